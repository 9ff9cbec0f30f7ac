/**
 * Printing (design notes, Print): every border and crossing page, printed by Chromium with print
 * media, is a reference sheet — a crossing on exactly one page, a border on at most three, on A4 and
 * on US Letter — carrying its title, canonical URL and the dates of its facts, the static SVG map and a QR
 * code, and none of the screen furniture (navigation, search, buttons, the MapLibre canvas). No
 * printed page is empty.
 *
 * Every sheet gets the checks in the page (print media emulated: title, URL, date, map, QR, no
 * furniture) and a cheap page count on both papers: the page laid out at the paper's printable
 * width, its height divided by the printable height (the @page margins of src/styles/print.css).
 * Every border sheet, the first crossing sheet and the tallest crossing sheets on each paper are
 * also printed to PDF on both papers: pages counted (pdfinfo, else `/Type /Page` objects), text of
 * each page read (pdftotext), and the cheap count checked not to undercount the real one.
 *
 * PDFs go to test-results/pdf/print-<page>--<format>.pdf; with SCREENSHOTS=1 (or PRINT_SHOTS=<dir>)
 * the A4 ones are also rendered to PNGs (60 dpi) for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  bringMapIntoView,
  DIST,
  launchBrowser,
  listPages,
  nameForPath,
  openPage,
  pdfToPngs,
  printPdf,
  SCREENSHOTS,
  SCREENSHOTS_WANTED,
  urlFor,
} from './harness.ts';

const pages = listPages();
const borderPages = pages.filter((p) => /^\/borders\/[^/]+\/$/.test(p));
const crossingPages = pages.filter((p) => /^\/crossings\/[^/]+\/$/.test(p));
const sheets = [...borderPages.map((path) => ({ path, kind: 'border' as const })), ...crossingPages.map((path) => ({ path, kind: 'crossing' as const }))];

/** Most printed pages a sheet may take, per kind. */
const MAX_PAGES = { border: 3, crossing: 1 } as const;
const FORMATS = ['A4', 'Letter'] as const;
type Format = (typeof FORMATS)[number];
/** How many crossing sheets, besides the first, are printed to PDF: the tallest on each paper. */
const TALLEST_CROSSINGS = 2;

/** CSS px per mm. */
const PX_PER_MM = 96 / 25.4;
/** The @page margins of src/styles/print.css, in mm: top, right, bottom, left. */
const MARGINS_MM = { top: 9, right: 12, bottom: 11, left: 12 };
/** The printable area of each paper, in CSS px. */
const PRINTABLE = Object.fromEntries(
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

/** Cheap page count: the page laid out with print media at the paper's printable width, its height over the printable height. */
async function estimatePages(page: Page, format: Format): Promise<{ pages: number; height: number }> {
  const area = PRINTABLE[format];
  await page.setViewportSize({ width: area.width, height: area.height });
  await page.emulateMedia({ media: 'print' });
  const height = await page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));
  return { pages: Math.ceil((height - 1) / area.height), height };
}

const hasTool = (tool: string): boolean => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const POPPLER = { pdfinfo: hasTool('pdfinfo'), pdftotext: hasTool('pdftotext'), pdftoppm: hasTool('pdftoppm') };

/** Page objects in a PDF file: pdfinfo's count, or `/Type /Page` objects (the page tree's `/Type /Pages` excluded). */
function countPdfPages(file: string): number {
  if (POPPLER.pdfinfo) {
    const match = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file]).toString());
    if (match) return Number(match[1]);
  }
  return (
    readFileSync(file)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []
  ).length;
}

/** Text of one PDF page (pdftotext), whitespace collapsed. */
const pdfPageText = (file: string, page: number): string =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'])
    .toString()
    .replace(/\s+/g, ' ')
    .trim();

/** Print media on: what the printed page shows. */
interface PrintedState {
  canonical: string;
  title: string;
  text: string;
  /** Visible elements that must not print, as selector descriptions. */
  visibleFurniture: string[];
  staticMaps: number;
  qrVisible: boolean;
  /** The address the QR code encodes (PageQr's data-page-qr). */
  qrUrl: string;
}

async function printedState(page: Page): Promise<PrintedState> {
  await page.emulateMedia({ media: 'print' });
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
    };
  });
}

test('dist/ has border and crossing pages to print', () => {
  expect(borderPages, `no dist/borders/*/index.html in ${DIST}`).not.toEqual([]);
  expect(crossingPages, `no dist/crossings/*/index.html in ${DIST}`).not.toEqual([]);
});

let browser: Browser;
let noJsBrowser: Browser;
let sheetTab: Page;
beforeAll(async () => {
  if (sheets.length === 0) return;
  browser = await launchBrowser();
  noJsBrowser = await launchBrowser({ javaScript: false, webgl: false });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
  sheetTab = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await noJsBrowser?.close();
});

/** Page counts seen, for the summary logged at the end. */
const counts: string[] = [];
afterAll(() => {
  if (counts.length > 0) console.log(`Printed page counts:\n  ${counts.join('\n  ')}`);
});

/** Estimated heights of the crossing sheets, per paper, filled by the in-page checks below. */
const crossingHeights: Record<Format, Map<string, number>> = { A4: new Map(), Letter: new Map() };

describe.each(sheets)('printing $path', ({ path, kind }) => {
  test(`a ${kind} reference sheet in print media: title, URL, date, map and QR, no screen furniture, ≤ ${MAX_PAGES[kind]} page(s) on A4 and Letter (estimated)`, async () => {
    // The first sheet of each kind gets a fresh page and waits for the interactive map, so that its
    // canvas is there to be hidden; the others share one tab (a context per sheet costs time, not checks).
    const first = path === borderPages[0] || path === crossingPages[0];
    const opened = first ? await openPage(browser, path) : null;
    const page = opened?.page ?? sheetTab;
    const pageErrors: string[] = [];
    const onError = (error: Error) => pageErrors.push(error.stack ?? error.message);
    page.on('pageerror', onError);
    try {
      if (first) {
        // A live map must print as its SVG twin, the canvas and the map's buttons hidden.
        await bringMapIntoView(page);
        await page.waitForSelector('atlas-map.atlas-map--live', { timeout: 30_000 });
        expect(await page.locator('atlas-map .maplibregl-canvas').count(), `${path}: the live map's canvas`).toBeGreaterThan(0);
      } else {
        await page.goto(urlFor(path), { waitUntil: 'load' });
      }
      // Paper uses the bundled typeface only: page counts must not depend on the machine's fonts.
      await page.evaluate(() => document.fonts.ready);
      const printed = await printedState(page);
      // Print media asks for the print faces (font-display: block): wait until they are in.
      await page.evaluate(() => document.fonts.ready);
      // A build with SITE_URL has a canonical address, printed and in the QR code; one without has neither.
      const hasAddress = printed.canonical !== '';
      if (hasAddress) {
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
      expect(printed.text, `${path}: printed text dates its facts`).toMatch(/Facts from sources (dated \d{4}|that give no date)/);
      expect(printed.visibleFurniture, `${path}: screen furniture visible in print`).toEqual([]);
      expect(printed.staticMaps, `${path}: static SVG maps visible in print`).toBeGreaterThanOrEqual(1);
      for (const format of FORMATS) {
        const estimate = await estimatePages(page, format);
        if (kind === 'crossing') crossingHeights[format].set(path, estimate.height);
        expect(estimate.pages, `${path}: estimated pages on ${format} (${estimate.height} px at ${PRINTABLE[format].height} px a page)`).toBeLessThanOrEqual(
          MAX_PAGES[kind],
        );
      }
      expect.soft([...(opened?.pageErrors ?? []), ...pageErrors], `${path}: uncaught page errors`).toEqual([]);
    } finally {
      page.off('pageerror', onError);
      await opened?.close();
    }
  });
});

/** The sheets printed to PDF: every border sheet, the first crossing sheet and the tallest crossing sheets on each paper. */
function pdfSample(): { path: string; kind: 'border' | 'crossing' }[] {
  const chosen = new Set<string>(crossingPages.slice(0, 1));
  for (const format of FORMATS) {
    const tallest = [...crossingHeights[format].entries()].sort((a, b) => b[1] - a[1]).slice(0, TALLEST_CROSSINGS);
    for (const [path] of tallest) chosen.add(path);
  }
  return [...borderPages.map((path) => ({ path, kind: 'border' as const })), ...[...chosen].map((path) => ({ path, kind: 'crossing' as const }))];
}

describe('printed to PDF on A4 and Letter', () => {
  test(
    'every border sheet and a sample of crossing sheets (the first, the tallest): page count, text on every page, the estimate does not undercount',
    { timeout: 300_000 },
    async () => {
      const sample = pdfSample();
      expect(sample.filter((s) => s.kind === 'crossing').length, 'crossing sheets in the PDF sample').toBeGreaterThanOrEqual(Math.min(crossingPages.length, 2));
      // Soft: every sheet of the sample is printed and checked, whatever an earlier one showed.
      const page = sheetTab;
      for (const { path, kind } of sample) {
        const pageErrors: string[] = [];
        const onError = (error: Error) => pageErrors.push(error.stack ?? error.message);
        page.on('pageerror', onError);
        try {
          await page.goto(urlFor(path), { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready);
          const printed = await printedState(page);
          await page.evaluate(() => document.fonts.ready);
          for (const format of FORMATS) {
            const file = await printPdf(page, `print-${nameForPath(path)}--${format}`, { format });
            const n = countPdfPages(file);
            counts.push(`${path} ${format}: ${n}`);
            expect.soft(n, `${path}: pages printed on ${format}`).toBeGreaterThanOrEqual(1);
            expect.soft(n, `${path}: pages printed on ${format} (a ${kind} sheet takes at most ${MAX_PAGES[kind]})`).toBeLessThanOrEqual(MAX_PAGES[kind]);
            const estimate = await estimatePages(page, format);
            expect.soft(estimate.pages, `${path} ${format}: the estimate (${estimate.pages}) undercounts the printed pages (${n})`).toBeGreaterThanOrEqual(n);
            await page.emulateMedia({ media: 'print' });
            if (POPPLER.pdftotext) {
              const pageTexts = Array.from({ length: n }, (_, i) => pdfPageText(file, i + 1));
              pageTexts.forEach((t, i) => expect.soft(t.length, `${path} ${format}: page ${i + 1} is empty`).toBeGreaterThan(80));
              const all = pageTexts.join(' ');
              expect.soft(all, `${path} ${format}: PDF text has the title`).toContain(printed.title);
              if (printed.canonical !== '') expect.soft(all, `${path} ${format}: PDF text has the canonical URL`).toContain(printed.canonical);
              expect.soft(all, `${path} ${format}: PDF text dates its facts`).toMatch(/Facts from sources (dated \d{4}|that give no date)/);
            }
            const shots = process.env.PRINT_SHOTS ?? (SCREENSHOTS_WANTED ? SCREENSHOTS : '');
            if (format === 'A4' && POPPLER.pdftoppm && shots) {
              mkdirSync(shots, { recursive: true });
              for (const png of pdfToPngs(file, { dpi: 60 })) copyFileSync(png, join(shots, basename(png)));
            }
          }
          expect.soft(pageErrors, `${path}: uncaught page errors`).toEqual([]);
        } finally {
          page.off('pageerror', onError);
        }
      }
    },
  );
});

describe('"Print reference sheet" button', () => {
  const samples = [borderPages[0], crossingPages[0]].filter((p): p is string => p !== undefined);

  test.each(samples)('%s: shown with JavaScript, calls window.print(), hidden in print', async (path) => {
    const opened = await openPage(browser, path);
    try {
      const { page } = opened;
      const button = page.locator('button[data-print-button]');
      await expect.poll(() => button.isVisible(), { message: `${path}: print button visible on screen` }).toBe(true);
      expect((await button.innerText()).trim()).toBe('Print reference sheet');
      await page.evaluate(() => {
        (window as unknown as { printCalls: number }).printCalls = 0;
        window.print = () => {
          (window as unknown as { printCalls: number }).printCalls += 1;
        };
      });
      await button.click();
      expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls), `${path}: window.print() calls`).toBe(1);
      await page.emulateMedia({ media: 'print' });
      expect(await button.isVisible(), `${path}: print button in print`).toBe(false);
    } finally {
      await opened.close();
    }
  });

  test.each(samples)('%s: hidden without JavaScript', async (path) => {
    const opened = await openPage(noJsBrowser, path, { javaScript: false });
    try {
      const button = opened.page.locator('button[data-print-button]');
      expect(await button.count(), `${path}: print button in the HTML`).toBe(1);
      expect(await button.isVisible(), `${path}: print button without JS`).toBe(false);
    } finally {
      await opened.close();
    }
  });
});
