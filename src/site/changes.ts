/**
 * What changed at the borders: every dated status reading of every crossing and every dated event,
 * newest first, for the `/changes/` pages and the Atom feed (src/site/atom.ts). Pure.
 */
import type { Atlas } from '../schemas/index.ts';
import { isStale } from '../data/status.ts';
import { crossingLabel } from '../map/map-data.ts';
import { dateSortKey } from '../views/format.ts';
import { statusPhrase, statusSentence } from '../views/status.ts';
import { anchors, routesFor } from './routes.ts';
import { dictionary } from '../i18n/dictionary.ts';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';

/** Entries on one `/changes/` page, and in the feed. */
export const CHANGES_PAGE_SIZE = 50;

export interface ChangeEntry {
  /** Unique and stable across builds (`status/<crossing>/<date>/<source>`, `event/<id>`): the feed's entry id and the page's anchor. */
  key: string;
  kind: 'status' | 'event';
  /** As precise as the source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** End of a period (events only). */
  until?: string;
  /** What it concerns: the crossing (`Khorgos – Khorgos`) or the border(s). */
  subject: string;
  /** Site path of the crossing page or the event on its border page. */
  href: string;
  /** One line: `Open — last confirmed May 2024`, or the event's title. */
  title: string;
  /** Reader text: what the source reported, in the editors' words. */
  summary: string;
  /** Source id (data/sources.json). */
  source: string;
  /** A status reading older than the currency limit on the build date (events are never flagged). */
  stale: boolean;
}

/** `status/khorgos-khorgos/2024-05/travel-page` → `change-status-khorgos-khorgos-2024-05-travel-page`: an HTML id. */
export const changeAnchor = (key: string): string => `change-${key.replaceAll('/', '-')}`;

function readingSummary(reading: Atlas['crossings'][number]['status'][number], locale: Locale): string {
  const { phrase } = dictionary(locale).crossings;
  const parts = [reading.summary ?? statusSentence(reading, locale)];
  if (reading.whoMayCross) parts.push(`${phrase.whoMayCross} ${reading.whoMayCross}.`);
  if (reading.hours) parts.push(`${phrase.hours} ${reading.hours}.`);
  return parts.join(' ');
}

/**
 * Every status reading and event, newest first; same date: readings before events, then by key.
 * Worded and linked for `locale` (the feed is the English edition's only).
 */
export function changeEntries(atlas: Pick<Atlas, 'crossings' | 'events' | 'borders'>, today: string, locale: Locale = SOURCE_LOCALE): readonly ChangeEntry[] {
  // Every page of the paged list asks for the same list: it is built once per atlas, day and edition,
  // so a page costs the same however long the list grows.
  const lists = built.get(atlas) ?? new Map<string, readonly ChangeEntry[]>();
  built.set(atlas, lists);
  const key = `${today} ${locale}`;
  let list = lists.get(key);
  if (!list) {
    list = buildChangeEntries(atlas, today, locale);
    lists.set(key, list);
  }
  return list;
}
const built = new WeakMap<object, Map<string, readonly ChangeEntry[]>>();

function buildChangeEntries(atlas: Pick<Atlas, 'crossings' | 'events' | 'borders'>, today: string, locale: Locale): readonly ChangeEntry[] {
  const routes = routesFor(locale);
  const borderName = new Map(atlas.borders.map((b) => [b.id, b.name]));
  const entries: ChangeEntry[] = [];
  const seen = new Map<string, number>();
  const unique = (key: string): string => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}/${n}`;
  };
  for (const c of atlas.crossings) {
    for (const reading of c.status) {
      entries.push({
        key: unique(`status/${c.id}/${reading.date}/${reading.source}`),
        kind: 'status',
        date: reading.date,
        subject: crossingLabel(c),
        href: routes.crossing(c.id),
        title: statusPhrase(reading, locale),
        summary: readingSummary(reading, locale),
        source: reading.source,
        stale: isStale(reading.date, today),
      });
    }
  }
  for (const e of atlas.events) {
    entries.push({
      key: unique(`event/${e.id}`),
      kind: 'event',
      date: e.date,
      ...(e.until ? { until: e.until } : {}),
      subject: e.borders.map((b) => borderName.get(b) ?? b).join(', '),
      href: `${routes.border(e.borders[0]!)}#${anchors.event(e.id)}`,
      title: e.title,
      summary: e.summary ?? e.title,
      source: e.source,
      // Events are history, not readings of a current state: nothing to flag.
      stale: false,
    });
  }
  const kindOrder = { status: 0, event: 1 } as const;
  return entries.sort((a, b) => dateSortKey(b.date).localeCompare(dateSortKey(a.date)) || kindOrder[a.kind] - kindOrder[b.kind] || a.key.localeCompare(b.key));
}

/** The entries of page `page` (1-based) and how many pages there are (at least one). */
export function changesPage<T>(entries: readonly T[], page: number, size = CHANGES_PAGE_SIZE): { items: T[]; pages: number } {
  const pages = Math.max(1, Math.ceil(entries.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new RangeError(`changes page ${page} is not in 1…${pages}`);
  return { items: entries.slice((page - 1) * size, page * size), pages };
}
