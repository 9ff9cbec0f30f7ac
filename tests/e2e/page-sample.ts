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
 * Which tabs visit a page is decided here too. The phone (`PhoneVisit`, dark theme) takes each page of
 * another edition, alone (`desktop` false: its dark colours, its words and its widths in one visit),
 * and the first page of an English template that no other edition has; the desktop takes every
 * English page. The visit without JavaScript (`noJs`): the first page of each English template, and
 * the pages of another edition that have a map.
 *
 * The sheets the sheet pass prints (print-sheet.ts `sheetSample`) follow from this sample.
 */
import { readFileSync } from 'node:fs';
import { loadAtlas } from '../../src/data/load.ts';
import { localeOfPath, SOURCE_LOCALE, unlocalizedPath, type Locale } from '../../src/i18n/locales.ts';
import type { HtmlFile } from './dist-scan.ts';
import { mainText } from '../../scripts/dist/read-dist.ts';

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
   * Visited on the desktop (1280 px, light theme, maps held back): every English page. A page of
   * another edition is the phone's alone, which runs the desktop's checks that hold at any size
   * (policy, bytes, named SVGs, the width sweep) besides its own.
   */
  desktop: boolean;
  /** Which of axe's rules the page's visit runs; see `AxeScope`. */
  axe: AxeScope;
  /**
   * Swept from 320 to 1920 px by its visit (width-sweep.ts; the desktop, or the phone alone): every sampled page but the
   * crossings chosen only for their border (a border changes a crossing page's map, not its width).
   */
  sweep: boolean;
  /**
   * Visited without JavaScript (page-pass.ts): the first sampled page of each English template (what
   * that visit checks — the <h1>, the content, every map's SVG shown, no control that needs scripts,
   * the static map's labels on a page that is not a reference sheet — is the template's); a page of
   * another edition when it has a map (its static map's labels in that language must not overlap).
   * The reference sheets' static maps, the ones whose data varies from page to page, are checked
   * without JavaScript on every sampled sheet by the sheet pass (print-sheet.ts).
   */
  noJs: boolean;
}

/**
 * axe on a page's visit (page-pass.ts):
 *   - `all`: every rule (WCAG 2.x A and AA, best practices), on the desktop in the light theme, on the
 *     first sampled page of each English template: axe judges the template (structure, names, contrast);
 *   - `words`: the rules whose outcome depends on the words (languages, titles, the names of links,
 *     buttons, images and fields), on the pages of another edition — the same template in other
 *     words — on the phone, together with the colour rules of the dark theme;
 *   - `none`: the other English pages, chosen for their data (map extent, length), which the desktop,
 *     no-JavaScript and sheet checks read.
 * The phone runs the colour rules in the dark theme on every page it visits.
 */
export type AxeScope = 'all' | 'words' | 'none';

/**
 * The phone's part in a page's visit (page-pass.ts), 390 px in the dark theme:
 *   - `full`: every page of another edition (one per template: page-sample's rule above), and the
 *     first page of an English template no other edition has — the load checks, no layout shift,
 *     the dark theme and its contrast, and a map that may start as it nears the screen (it must wait
 *     until then); on a page of another edition also the desktop's checks that hold at any size;
 *   - `none`: the English pages of a template another edition has (its phone visit checks the
 *     template's dark theme and phone layout), and the other pages of a template — the same
 *     components with other data, which the desktop (axe, bytes, policy), no-JavaScript visit and
 *     the width sweep (width-sweep.ts, from 320 px) check.
 */
export type PhoneVisit = 'full' | 'none';

export interface SampleInputs {
  /** The site paths of the build's HTML documents. */
  paths: string[];
  /** How heavy a page is (characters of text in its <main>); 0 when unknown. */
  weight: (path: string) => number;
  /** The border a crossing page belongs to (by the crossing's id), if known. */
  borderOf: (crossingId: string) => string | undefined;
  /** Whether a page has a map (an <atlas-map>). */
  hasMap: (path: string) => boolean;
}

const natural = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** The pages the browser visits, in path order, each with its reasons (pure: see `pageSample` for dist/). */
export function samplePages({ paths, weight, borderOf, hasMap }: SampleInputs): SampledPage[] {
  const chosen = new Map<string, SampledPage>();
  const choose = (path: string, reason: Reason, why: string): void => {
    const { locale } = splitLocale(path);
    const entry = chosen.get(path) ?? {
      path,
      locale,
      template: templateOf(path),
      reasons: [],
      why: [],
      phone: 'none',
      desktop: locale === SOURCE_LOCALE,
      axe: 'words',
      sweep: true,
      noJs: locale !== SOURCE_LOCALE && hasMap(path),
    };
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
  for (const page of sample) page.sweep = page.reasons.some((r) => r !== 'border-crossing');
  const inOtherEditions = new Set(sample.filter((p) => p.locale !== SOURCE_LOCALE).map((p) => p.template));
  const templatesSeen = new Set<string>();
  for (const page of sample) {
    if (page.locale !== SOURCE_LOCALE) {
      page.phone = 'full';
      continue;
    }
    const first = !templatesSeen.has(page.template);
    templatesSeen.add(page.template);
    page.phone = first && !inOtherEditions.has(page.template) ? 'full' : 'none';
    page.axe = first ? 'all' : 'none';
    page.noJs = first;
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
  return mainTextLengthOf(html);
}

/** Characters of text in the <main> of a page's HTML (parsed: scripts/dist/read-dist.ts `mainText`). */
const mainTextLengthOf = (html: string): number => mainText(html).length;

/** The inputs for the build's HTML files: weights from the files, borders from the atlas data. */
export function sampleInputs(files: HtmlFile[]): SampleInputs {
  const fileOf = new Map(files.map((f) => [f.path, f.file]));
  const border = new Map(loadAtlas().crossings.map((c) => [c.id, c.border]));
  // Each file read once, whichever of weight and hasMap asks first; each weight parsed once.
  const read = new Map<string, string>();
  const weights = new Map<string, number>();
  const html = (path: string): string => {
    const file = fileOf.get(path);
    if (file === undefined) return '';
    if (!read.has(path)) read.set(path, readFileSync(file, 'utf8'));
    return read.get(path)!;
  };
  return {
    paths: files.map((f) => f.path),
    weight: (path) => {
      if (!weights.has(path)) weights.set(path, mainTextLengthOf(html(path)));
      return weights.get(path)!;
    },
    borderOf: (id) => border.get(id),
    hasMap: (path) => html(path).includes('<atlas-map'),
  };
}

/** The sample of the build's HTML files. */
export const pageSample = (files: HtmlFile[]): SampledPage[] => samplePages(sampleInputs(files));
