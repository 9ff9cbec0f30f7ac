/**
 * The one home of the byte and layout budgets (docs/architecture.md › Budgets). The browser tests
 * (tests/e2e/), the checks of the built files (tests/build/) and the benchmark (scripts/bench/) read them here.
 *
 * Sizes: 1 KB = 1024 bytes. "Compressed" is gzip -9, what scripts/serve.mjs sends.
 */
import { localeOfPath, unlocalizedPath, type Locale } from '../../src/i18n/locales.ts';
import { isNotFoundPath } from '../../src/site/routes.ts';

export const KB = 1024;

export const BUDGETS = {
  /** Any page's HTML, compressed (the first round trip), but for the long pages of `htmlBudget`. */
  html: 14 * KB,
  /** The HTML of the long reference pages (see `htmlBudget`). */
  htmlLong: 24 * KB,
  /**
   * The border pages' HTML. Raised from 24 KB when the Kazakhstan–Russia border went from 16 to 24
   * crossings, each with its newest dated status, and to 32 KB when every page gained its language
   * switch and alternates: 30.3 KB now. A debt, not a target (docs/architecture.md).
   */
  htmlBorder: 32 * KB,
  /**
   * The bibliography's HTML (/sources/): about 160 sources, each with its address, dates and the records
   * citing it, 37.7 KB now (raised from 36 KB for the sources of the maps' Russian names). A debt, not a
   * target: splitting it without breaking `/sources/#<id>` is open work.
   */
  htmlBibliography: 40 * KB,
  /** A border page's first view before its map activates (HTML, CSS, JS and fonts): DESIGN's first-view budget. */
  borderFirstView: 60 * KB,
  /** The bundled typeface's files a page loads for first paint. */
  fonts: 60 * KB,
  /** Own JavaScript on a text page, compressed (eager scripts, their static imports, inline modules). */
  ownJsText: 10 * KB,
  /** A page's HTML + eager CSS + eager JS compressed, and the bytes transferred before any map activates. */
  beforeMap: 50 * KB,
  /** Each /map-data/<view>.json, compressed. */
  mapData: 300 * KB,
  /** MapLibre, compressed ("about 450 KB"): the benchmark reports against it; informational. */
  mapLibre: 450 * KB,
  /** Cumulative layout shift while a page loads, and when a map goes live or falls back. */
  cls: 0.01,
  /** From activation to a rendered map (the benchmark's figure; the tests only catch a hang). */
  mapReadyMs: 1000,
  /** A page's Lighthouse LCP ÷ its floor's (the same text as plain HTML, system font), same run (benchmark). */
  floorRatio: 1.0,
  /** The border page's live map, activation to first idle frame, ÷ bare MapLibre drawing the same GeoJSON (benchmark). */
  bareMapRatio: 1.2,
  /** Lighthouse, mobile defaults (benchmark). */
  lighthouse: { performance: 98, accessibility: 100, bestPractices: 100, seo: 100, lcp: 1500, tbt: 50, cls: 0.01 },
  /** A clean `astro build` (benchmark). */
  buildMs: 30_000,
  /** The build with 100× the crossings may spend at most this many times the normal build's time per page (benchmark). */
  scaledRatio: 3,
} as const;

/**
 * Text pages: their main content is text, so they are held to the HTML and own-JS budgets too.
 * The map-led pages (overview, borders, the crossings directory, the research charts) are held to
 * the 50 KB budget only.
 */
export const isTextPage = (sitePath: string): boolean => {
  const path = unlocalizedPath(sitePath);
  return /^\/(travel|sources|transnational-issues|data)\/$/.test(path) || isNotFoundPath(path) || /^\/crossings\/[^/]+\/$/.test(path);
};

/**
 * A page's HTML budget: 24 KB for the long reference pages — the crossings directory, the travel
 * rules, the study and the border pages — else 14 KB. The border pages carry every crossing,
 * region, settlement and dated event of their border in tables that must read without JavaScript
 * and on paper; their map geometry is already a separate, cached file.
 */
export const htmlBudget = (sitePath: string): number => {
  const path = unlocalizedPath(sitePath);
  if (isBorderPage(path)) return scaled(sitePath, BUDGETS.htmlBorder);
  if (path === '/sources/') return scaled(sitePath, BUDGETS.htmlBibliography);
  return scaled(sitePath, /^\/(crossings|travel|research\/migration)\/$/.test(path) ? BUDGETS.htmlLong : BUDGETS.html);
};

const isBorderPage = (path: string): boolean => /^\/borders\/[a-z-]+\/$/.test(unlocalizedPath(path));

/**
 * What an edition's page may weigh against its English twin, the same content in another script.
 * A Cyrillic letter takes two bytes in UTF-8 where a Latin one takes one, and the Cyrillic glyphs
 * of the typeface are a subset of their own; gzip wins back part of it. Measured when the Russian
 * edition was built: Russian pages' compressed HTML is 1.12–1.31× their English twins' (median 1.15).
 * Every budget of a page (`htmlBudget`, `beforeMapBudget`) is scaled by its edition's factor.
 */
export const EDITION_BYTES: Record<Locale, number> = { en: 1, ru: 1.2 };
const scaled = (sitePath: string, bytes: number): number => Math.round(bytes * EDITION_BYTES[localeOfPath(sitePath)]);

/** Bytes a page may transfer before any map activates: the border pages' first-view budget, else `beforeMap`. */
export const beforeMapBudget = (path: string): number => scaled(path, isBorderPage(path) ? BUDGETS.borderFirstView : BUDGETS.beforeMap);

/** `12.3 KB`. */
export const kb = (bytes: number | null | undefined): string => (bytes == null ? '–' : `${(bytes / KB).toFixed(1)} KB`);
