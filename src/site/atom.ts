/**
 * The Atom 1.0 feed (RFC 4287) of what changed (src/site/changes.ts): absolute links from the
 * site's public address, one entry per reading or event with a `tag:` id that stays the same from
 * build to build. Pure: the build integration writes it only when SITE_URL is set.
 */
import { escapeXml } from '../shared/escape-xml.ts';
import type { ChangeEntry } from './changes.ts';
import { routes } from './routes.ts';

/** The date in every entry id's `tag:` authority (RFC 4151): the day the feed's ids were first minted. Never change it. */
export const FEED_TAG_DATE = '2026-12-04';

/** `2024-05` → `2024-05-01T00:00:00Z`: a partial date as an RFC 3339 timestamp (its first day, midnight UTC). */
export function rfc3339(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  if (!/^\d{4}$/.test(year ?? '') || !/^\d{2}$/.test(month) || !/^\d{2}$/.test(day)) throw new RangeError(`not a YYYY, YYYY-MM or YYYY-MM-DD date: "${date}"`);
  return `${year}-${month}-${day}T00:00:00Z`;
}

/** `tag:atlas.example.kz,2026-12-04:status/khorgos-khorgos/2024-05/source`: an entry's permanent id. */
export const tagId = (site: string | URL, key: string): string => `tag:${new URL(site).hostname},${FEED_TAG_DATE}:${key}`;

export interface FeedOptions {
  /** The public origin (SITE_URL). */
  site: string | URL;
  title: string;
  subtitle: string;
  author: string;
  entries: readonly ChangeEntry[];
  /** Title of each entry's source, by id (named in the entry's summary). */
  sourceTitle: ReadonlyMap<string, string>;
  /** Used when there are no entries (the feed must still say when it was updated). */
  fallbackUpdated: string;
}

/** The feed document. */
export function atomFeed(o: FeedOptions): string {
  const abs = (path: string) => new URL(path, o.site).href;
  const updated =
    o.entries
      .map((e) => rfc3339(e.date))
      .sort()
      .at(-1) ?? rfc3339(o.fallbackUpdated);
  const tag = (name: string, text: string, attrs = '') => `<${name}${attrs}>${escapeXml(text)}</${name}>`;
  const entries = o.entries.map((e) => {
    const source = o.sourceTitle.get(e.source) ?? e.source;
    return [
      '  <entry>',
      `    ${tag('id', tagId(o.site, e.key))}`,
      `    ${tag('title', `${e.subject}: ${e.title}`, ' type="text"')}`,
      `    ${tag('updated', rfc3339(e.date))}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(abs(e.href))}"/>`,
      `    <link rel="related" type="text/html" href="${escapeXml(abs(routes.source(e.source)))}" title="${escapeXml(source)}"/>`,
      `    <category term="${e.kind}"/>`,
      `    ${tag('summary', `${e.summary} Source: ${source}.`, ' type="text"')}`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  ${tag('id', abs(routes.changesFeed()))}`,
    `  ${tag('title', o.title, ' type="text"')}`,
    `  ${tag('subtitle', o.subtitle, ' type="text"')}`,
    `  ${tag('updated', updated)}`,
    `  <author>${tag('name', o.author)}<uri>${escapeXml(abs(routes.home()))}</uri></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(abs(routes.changesFeed()))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(abs(routes.changes()))}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
