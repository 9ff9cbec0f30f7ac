/**
 * What a printed reference sheet must be (design notes, Print), in one place for the suites that
 * print: the sheet pass of crossing-pages.test.ts checks a sample of the border and crossing sheets
 * (`sheetSample`: every border sheet, the heaviest crossing sheets) in print media without
 * JavaScript, and print.test.ts prints the tallest to PDF and the sheets with a live map.
 *
 * A crossing sheet takes one page, a border sheet at most three, on A4 and on US Letter. Every sheet
 * carries its title, canonical URL and the dates of its facts, the static SVG map and a QR code, and
 * none of the screen furniture (navigation, search, buttons, the MapLibre canvas).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { HEAVIEST_CROSSINGS, splitLocale, type SampledPage, type SampleInputs } from './page-sample.ts';

export type SheetKind = 'border' | 'crossing';

/** The kind of reference sheet a site path prints as (in any locale), or null for pages that are not sheets. */
export const sheetKind = (path: string): SheetKind | null => {
  const { rest } = splitLocale(path);
  return /^\/borders\/[^/]+\/$/.test(rest) ? 'border' : /^\/crossings\/[^/]+\/$/.test(rest) ? 'crossing' : null;
};

/**
 * The sheets the sheet pass checks (crossing-pages.test.ts), from the page sample and its inputs, in path order:
 *   - every border sheet of every edition: few, and the tallest, nearest their page limit;
 *   - the crossing sheets of the page sample (page-sample.ts: the first of each border, the
 *     heaviest, one of each other edition);
 *   - the heaviest crossing sheets of each other edition (its words run longer than the English).
 * A sheet's length follows the text in its <main>, so the heaviest are where a sheet would outgrow
 * its page. Every static map's labels are placed without overlaps on every plate in both languages
 * by the placer, checked for all of them without a browser (tests/unit/svg-map.test.ts,
 * localize-map.test.ts); the sheet pass confirms it on this sample with the real fonts.
 */
export function sheetSample(sample: SampledPage[], { paths, weight }: SampleInputs): string[] {
  const chosen = new Set(sample.map((p) => p.path).filter((p) => sheetKind(p) !== null));
  for (const path of paths.filter((p) => sheetKind(p) === 'border')) chosen.add(path);
  const crossingsByLocale = Map.groupBy(
    paths.filter((p) => sheetKind(p) === 'crossing' && splitLocale(p).locale !== SOURCE_LOCALE),
    (p) => splitLocale(p).locale,
  );
  for (const group of crossingsByLocale.values()) {
    for (const path of [...group].sort((a, b) => weight(b) - weight(a)).slice(0, HEAVIEST_CROSSINGS)) chosen.add(path);
  }
  return [...chosen].sort();
}

/** Most printed pages a sheet may take, per kind. */
export const MAX_PAGES = { border: 3, crossing: 1 } as const satisfies Record<SheetKind, number>;
export const FORMATS = ['A4', 'Letter'] as const;
export type Format = (typeof FORMATS)[number];

/** CSS px per mm. */
const PX_PER_MM = 96 / 25.4;
/** The @page margins of src/styles/print.css, in mm: top, right, bottom, left. */
const MARGINS_MM = { top: 9, right: 12, bottom: 11, left: 12 };
/** The printable area of each paper, in CSS px. */
export const PRINTABLE = Object.fromEntries(
  (
    [
      ['A4', 210, 297],
      ['Letter', 215.9, 279.4],
    ] as const
  ).map(([name, w, h]) => [
    name,
    { width: Math.floor((w - MARGINS_MM.left - MARGINS_MM.right) * PX_PER_MM), height: Math.floor((h - MARGINS_MM.top - MARGINS_MM.bottom) * PX_PER_MM) },
  ]),
) as Record<Format, { width: number; height: number }>;

/**
 * Cheap page count: the page laid out with print media at the paper's printable width, its height
 * over the printable height. Leaves the page in print media at that size (restore what you need).
 */
export async function estimatePages(page: Page, format: Format): Promise<{ pages: number; height: number }> {
  const area = PRINTABLE[format];
  await page.setViewportSize({ width: area.width, height: area.height });
  await page.emulateMedia({ media: 'print' });
  const height = await page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));
  return { pages: Math.ceil((height - 1) / area.height), height };
}

/** Print media on: what the printed page shows. */
export interface PrintedState {
  canonical: string;
  title: string;
  text: string;
  /** Visible elements that must not print, as selector descriptions. */
  visibleFurniture: string[];
  staticMaps: number;
  qrVisible: boolean;
  /** The address the QR code encodes (PageQr's data-page-qr). */
  qrUrl: string;
  /** The printed text of the crossing's status lead (newest reading and date), '' when none shows. */
  statusLead: string;
  /** The lead's reading is old (data-stale), and whether its notice shows. */
  statusStale: boolean;
  staleNoticeVisible: boolean;
}

/**
 * Switches the page to print media and reads what it shows, once the print faces are in (print
 * media asks for them with font-display: block, and page counts must not depend on the machine's fonts).
 */
export async function printedState(page: Page): Promise<PrintedState> {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => {
    const shown = (el: Element): boolean => {
      const rect = el.getBoundingClientRect();
      return el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && rect.width > 0 && rect.height > 0;
    };
    const furniture = [
      'nav.site-nav',
      '.site-header',
      '.site-search',
      '.breadcrumbs',
      '.maplibregl-canvas',
      '.maplibregl-control-container',
      'canvas',
      'button',
      'form',
      '[data-print-button]',
    ];
    const visibleFurniture = furniture.flatMap((sel) => [...document.querySelectorAll(sel)].filter(shown).map((el) => `${sel} (${el.outerHTML.slice(0, 80)})`));
    return {
      canonical: document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? '',
      title: document.querySelector('h1')?.textContent?.trim() ?? '',
      text: document.body.innerText.replace(/\s+/g, ' '),
      visibleFurniture,
      staticMaps: [...document.querySelectorAll('atlas-map [data-atlas-static] svg')].filter(shown).length,
      qrVisible: [...document.querySelectorAll('.page-qr svg')].some(shown),
      qrUrl: document.querySelector<HTMLElement>('.page-qr')?.dataset.pageQr ?? '',
      statusLead: [...document.querySelectorAll<HTMLElement>('[data-status-lead]')]
        .filter(shown)
        .map((el) => el.innerText.trim())
        .join(' '),
      statusStale: document.querySelector<HTMLElement>('[data-status-lead]')?.dataset.stale === 'true',
      staleNoticeVisible: [...document.querySelectorAll('[data-stale-notice]')].some(shown),
    };
  });
}

/** The printed sheet's content: title, address (printed and in the QR code), dates, map, no furniture. */
export function expectSheet(path: string, printed: PrintedState): void {
  // A build with SITE_URL has a canonical address, printed and in the QR code; one without has neither.
  if (printed.canonical !== '') {
    expect(printed.canonical, `${path}: canonical URL`).toMatch(/^https?:\/\//);
    expect(new URL(printed.canonical).pathname, `${path}: canonical URL's path`).toBe(path);
    expect(printed.text, `${path}: printed text has the canonical URL`).toContain(printed.canonical);
    expect(printed.qrVisible, `${path}: QR code visible in print`).toBe(true);
    expect(printed.qrUrl, `${path}: QR code's address`).toBe(printed.canonical);
  } else {
    expect(printed.qrVisible, `${path}: no QR code without a public address`).toBe(false);
    expect(printed.text, `${path}: no invented address`).not.toMatch(/example\.org/);
  }
  expect(printed.text, `${path}: printed text has the title`).toContain(printed.title);
  expect(printed.text, `${path}: printed text dates its facts`).toMatch(FACT_DATES);
  expect(printed.visibleFurniture, `${path}: screen furniture visible in print`).toEqual([]);
  expect(printed.staticMaps, `${path}: static SVG maps visible in print`).toBeGreaterThanOrEqual(1);
  if (sheetKind(path) === 'crossing') {
    // The sheet leads with the newest status and its date; an old one prints its notice too.
    expect(printed.statusLead, `${path}: printed status lead with its date`).toMatch(/\b(1[89]|20)\d\d\b/);
    if (printed.statusStale) expect(printed.staleNoticeVisible, `${path}: notice of an old reading in print`).toBe(true);
  }
}

/** The printed line that dates a sheet's facts (in English, or in the Russian edition's wording). */
export const FACT_DATES = /Facts from sources (dated \d{4}|that give no date)|Факты из источников (\d{4}|без даты)/;

/**
 * The estimated page count on both papers within the sheet's limit; returns the estimated heights
 * (px) by paper. Leaves the page in print media at the last paper's size.
 */
export async function expectFitsPaper(page: Page, path: string, kind: SheetKind): Promise<Record<Format, number>> {
  const heights = {} as Record<Format, number>;
  for (const format of FORMATS) {
    const estimate = await estimatePages(page, format);
    heights[format] = estimate.height;
    expect(estimate.pages, `${path}: estimated pages on ${format} (${estimate.height} px at ${PRINTABLE[format].height} px a page)`).toBeLessThanOrEqual(
      MAX_PAGES[kind],
    );
  }
  return heights;
}
