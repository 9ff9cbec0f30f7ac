/**
 * Which pages the browser visits: the one home of the sampling rule. The checks that need no browser
 * (tests/build: links, HTML validity, metadata, budgets, the policy in the files) read EVERY page of
 * dist/; a browser visit costs seconds, so the browser checks a page per template, and all the pages
 * of a template only when it has few. Coverage by template, not by page.
 *
 * A page's template is read from its path, with the locale prefix (`/ru/`) stripped first:
 *   `/` home · `/404.html` 404 · `/<section>/` a one-page template (`/crossings/` the directory,
 *   `/changes/` the list of changes, `/sources/`, `/data/`, `/travel/`, `/transnational-issues/`) ·
 *   `/<section>/<slug>/` one template per section (`borders/*`, `crossings/*`, `changes/*`, `research/*`).
 * A new section is a new template by itself, so it is visited without a change here.
 *
 * English pages (no prefix):
 *   - a template of at most FEW pages: every page (the five border pages, the research pages);
 *   - `crossings/*` (one per crossing): the first crossing of each border (each border's map
 *     extent and names), and the HEAVIEST crossing pages by text in <main> (the longest lists,
 *     tables and print sheets);
 *   - any other template with more pages (`changes/*`): the first and the last, in natural order
 *     (`/changes/2/` before `/changes/10/`).
 * Pages of another locale (`/ru/…`, twins of the English pages): one page per template, the first in
 * path order — the build checks read all of them; the browser needs only each template in that locale.
 * How much of a visit the phone takes is decided here too (`PhoneVisit`): in full on the first page
 * of each English template only.
 *
 * Printed sheets are cheaper to check than a page visit (one layout per paper, no scripts, no axe):
 * every English sheet is checked (the sheet pass of crossing-pages.test.ts), and the sampled sheets of another locale.
 */
import { readFileSync } from 'node:fs';
import { loadAtlas } from '../../src/data/load.ts';
import { localeOfPath, SOURCE_LOCALE, unlocalizedPath, type Locale } from '../../src/i18n/locales.ts';
import type { HtmlFile } from './dist-scan.ts';

/** A template with at most this many English pages is visited whole. */
export const FEW = 5;
/** Crossing pages visited for their length (text in <main>). */
export const HEAVIEST_CROSSINGS = 3;

/** The locale of a site path and the path without its prefix (`/ru/borders/x/` → `ru`, `/borders/x/`). */
export function splitLocale(path: string): { locale: Locale; rest: string } {
  return { locale: localeOfPath(path), rest: unlocalizedPath(path) };
}

/** The template a site path is built from (see the top of this file), whatever its locale. */
export function templateOf(path: string): string {
  const { rest } = splitLocale(path);
  if (rest === '/') return 'home';
  const parts = rest.split('/').filter(Boolean);
  if (parts.length === 1) return parts[0]!.replace(/\.html$/, '');
  return `${parts[0]}/*`;
}

/**
 * Why a page is visited: `every` (its template has few pages), `border-crossing` (the first
 * crossing of a border), `heaviest`, `first-last` (of a long series), `locale` (one page
 * of its template in another locale).
 */
export type Reason = 'every' | 'border-crossing' | 'heaviest' | 'first-last' | 'locale';

/** One page the browser visits, and why it was chosen. */
export interface SampledPage {
  path: string;
  locale: Locale;
  template: string;
  reasons: Reason[];
  /** The reasons, readable. */
  why: string[];
  /** What the phone visit does (page-pass.ts); see `PhoneVisit`. */
  phone: PhoneVisit;
  /**
   * axe in the light theme on the desktop: on every page but the extra pages of a long template
   * (crossings chosen for their border or their length, the last of a series), which are chosen for
   * their data (map extent, length), while axe judges the template, checked on its first page.
   */
  axe: boolean;
}

/**
 * The phone's part in a page's visit (page-pass.ts):
 *   - `full`: the first sampled page of each English template — axe in the dark theme, and a map
 *     that may start as it nears the screen (it must wait until then);
 *   - `held`: the other English pages — the load checks, no layout shift, no sideways scrolling, the
 *     map held back (the dark palette and the map's loading are the template's, checked on its first page);
 *   - `none`: pages of another edition — the same components with other words, so the desktop
 *     (axe, bytes, policy) and no-JavaScript visits check them, and layout.test.ts sweeps their widths.
 */
export type PhoneVisit = 'full' | 'held' | 'none';

export interface SampleInputs {
  /** The site paths of the build's HTML documents. */
  paths: string[];
  /** How heavy a page is (characters of text in its <main>); 0 when unknown. */
  weight: (path: string) => number;
  /** The border a crossing page belongs to (by the crossing's id), if known. */
  borderOf: (crossingId: string) => string | undefined;
}

const natural = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** The pages the browser visits, in path order, each with its reasons (pure: see `pageSample` for dist/). */
export function samplePages({ paths, weight, borderOf }: SampleInputs): SampledPage[] {
  const chosen = new Map<string, SampledPage>();
  const choose = (path: string, reason: Reason, why: string): void => {
    const { locale } = splitLocale(path);
    const entry = chosen.get(path) ?? { path, locale, template: templateOf(path), reasons: [], why: [], phone: 'none', axe: true };
    entry.reasons.push(reason);
    entry.why.push(why);
    chosen.set(path, entry);
  };
  const byTemplate = new Map<string, string[]>();
  for (const path of [...paths].sort(natural)) {
    const { locale } = splitLocale(path);
    const key = `${locale} ${templateOf(path)}`;
    byTemplate.set(key, [...(byTemplate.get(key) ?? []), path]);
  }
  for (const [key, group] of byTemplate) {
    const [locale, template] = key.split(' ') as [Locale, string];
    if (locale !== SOURCE_LOCALE) {
      choose(group[0]!, 'locale', `one page of ${template} in ${locale}`);
    } else if (group.length <= FEW) {
      for (const path of group) choose(path, 'every', `every page of ${template} (${group.length})`);
    } else if (template === 'crossings/*') {
      const seenBorders = new Set<string>();
      for (const path of group) {
        const border = borderOf(path.split('/')[2] ?? '');
        if (border && !seenBorders.has(border)) {
          seenBorders.add(border);
          choose(path, 'border-crossing', `first crossing of ${border}`);
        }
      }
      const heaviest = [...group].sort((a, b) => weight(b) - weight(a) || natural(a, b)).slice(0, HEAVIEST_CROSSINGS);
      for (const path of heaviest) choose(path, 'heaviest', `heaviest crossings (${weight(path)} characters in <main>)`);
    } else {
      choose(group[0]!, 'first-last', `first of ${template} (${group.length})`);
      choose(group[group.length - 1]!, 'first-last', `last of ${template} (${group.length})`);
    }
  }
  const sample = [...chosen.values()].sort((a, b) => natural(a.path, b.path));
  const templatesSeen = new Set<string>();
  for (const page of sample.filter((p) => p.locale === SOURCE_LOCALE)) {
    page.phone = templatesSeen.has(page.template) ? 'held' : 'full';
    page.axe = page.phone === 'full' || page.reasons.includes('every');
    templatesSeen.add(page.template);
  }
  return sample;
}

/** Characters of text in a page's <main>, read from its HTML file: a stand-in for how tall it is on screen and in print. */
export function mainTextLength(file: string | null): number {
  if (!file) return 0;
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch {
    return 0;
  }
  const main = /<main[\s>][\s\S]*<\/main>/.exec(html)?.[0] ?? '';
  return main
    .replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ').length;
}

/** The inputs for the build's HTML files: weights from the files, borders from the atlas data. */
export function sampleInputs(files: HtmlFile[]): SampleInputs {
  const fileOf = new Map(files.map((f) => [f.path, f.file]));
  const border = new Map(loadAtlas().crossings.map((c) => [c.id, c.border]));
  return {
    paths: files.map((f) => f.path),
    weight: (path) => mainTextLength(fileOf.get(path) ?? null),
    borderOf: (id) => border.get(id),
  };
}

/** The sample of the build's HTML files. */
export const pageSample = (files: HtmlFile[]): SampledPage[] => samplePages(sampleInputs(files));
