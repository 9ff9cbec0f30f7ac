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
 *   - `crossings/*` (one per crossing): the first three in path order (axe in the dark theme and a
 *     phone whose map may start, page-pass.ts), the first crossing of each border (each border's
 *     map extent and names), and the HEAVIEST crossing pages by text in <main> (the longest lists,
 *     tables and print sheets);
 *   - any other template with more pages (`changes/*`): the first and the last, in natural order
 *     (`/changes/2/` before `/changes/10/`).
 * Pages of another locale (`/ru/…`, twins of the English pages): one page per template, the first in
 * path order — the build checks read all of them; the browser needs only each template in that locale.
 *
 * Printed sheets are cheaper to check than a page visit (one layout per paper, no scripts, no axe):
 * every English sheet is checked (the sheet pass of crossing-pages.test.ts), and the sampled sheets of another locale.
 */
import { readFileSync } from 'node:fs';
import { loadAtlas } from '../../src/data/load.ts';
import type { HtmlFile } from './dist-scan.ts';

/** Locale prefixes besides English (which has none). */
export const LOCALES = ['ru'] as const;
export type Locale = 'en' | (typeof LOCALES)[number];

/** A template with at most this many English pages is visited whole. */
export const FEW = 5;
/** Crossing pages visited first in path order: the phone's map may start, and axe runs in the dark theme. */
export const FIRST_CROSSINGS = 3;
/** Crossing pages visited for their length (text in <main>). */
export const HEAVIEST_CROSSINGS = 3;

const LOCALE_PREFIX = new RegExp(`^/(${LOCALES.join('|')})(/.*)$`);

/** The locale of a site path and the path without its prefix (`/ru/borders/x/` → `ru`, `/borders/x/`). */
export function splitLocale(path: string): { locale: Locale; rest: string } {
  const match = LOCALE_PREFIX.exec(path);
  return match ? { locale: match[1] as Locale, rest: match[2]! } : { locale: 'en', rest: path };
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
 * Why a page is visited: `every` (its template has few pages), `first-crossings`, `border-crossing`
 * (the first crossing of a border), `heaviest`, `first-last` (of a long series), `locale` (one page
 * of its template in another locale).
 */
export type Reason = 'every' | 'first-crossings' | 'border-crossing' | 'heaviest' | 'first-last' | 'locale';

/** One page the browser visits, and why it was chosen. */
export interface SampledPage {
  path: string;
  locale: Locale;
  template: string;
  reasons: Reason[];
  /** The reasons, readable. */
  why: string[];
  /** Axe in the dark theme and a phone whose map may start (page-pass.ts); false: light-theme axe only, map held back on the phone. */
  fullPhone: boolean;
}

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
    const entry = chosen.get(path) ?? { path, locale, template: templateOf(path), reasons: [], why: [], fullPhone: false };
    entry.reasons.push(reason);
    entry.why.push(why);
    // The crossings chosen for their border or their length are extra pages of one template: light-theme axe, map held back.
    entry.fullPhone ||= reason !== 'border-crossing' && reason !== 'heaviest';
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
    if (locale !== 'en') {
      choose(group[0]!, 'locale', `one page of ${template} in ${locale}`);
    } else if (group.length <= FEW) {
      for (const path of group) choose(path, 'every', `every page of ${template} (${group.length})`);
    } else if (template === 'crossings/*') {
      for (const path of group.slice(0, FIRST_CROSSINGS)) choose(path, 'first-crossings', `first ${FIRST_CROSSINGS} crossings`);
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
  return [...chosen.values()].sort((a, b) => natural(a.path, b.path));
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
