/**
 * Printing (DESIGN.md, Print): every border and crossing page, printed by Chromium with print media,
 * is a reference sheet — a crossing on exactly one page, a border on at most three, on A4 and on US
 * Letter — carrying its title, canonical URL and "as of" date, the static SVG map and a QR code, and
 * none of the screen furniture (navigation, search, buttons, the MapLibre canvas). No printed page
 * is empty.
 *
 * PDFs go to test-results/pdf/print-<page>--<format>.pdf; the A4 ones are also rendered to PNGs
 * (test-results/pdf/print-<page>--A4-<n>.png, 60 dpi) when pdftoppm is installed, and to
 * $PRINT_SHOTS when set. Page counts use pdfinfo when present and otherwise count the PDF's
 * `/Type /Page` objects (not `/Type /Pages`, the page tree's nodes).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, launchBrowser, listPages, nameForPath, openPage, pdfToPngs, printPdf } from './harness.ts';

const pages = listPages();
const borderPages = pages.filter((p) => /^\/borders\/[^/]+\/$/.test(p));
const crossingPages = pages.filter((p) => /^\/crossings\/[^/]+\/$/.test(p));
const sheets = [...borderPages.map((path) => ({ path, kind: 'border' as const })), ...crossingPages.map((path) => ({ path, kind: 'crossing' as const }))];

/** Most printed pages a sheet may take, per kind. */
const MAX_PAGES = { border: 3, crossing: 1 } as const;
const FORMATS = ['A4', 'Letter'] as const;

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
  return (readFileSync(file).toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

/** Text of one PDF page (pdftotext), whitespace collapsed. */
const pdfPageText = (file: string, page: number): string =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-']).toString().replace(/\s+/g, ' ').trim();

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
    const furniture = ['nav.site-nav', '.site-header', '.site-search', '.breadcrumbs', '.maplibregl-canvas', '.maplibregl-control-container', 'canvas', 'button', 'form', '[data-print-button]'];
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
beforeAll(async () => {
  if (sheets.length === 0) return;
  browser = await launchBrowser();
  noJsBrowser = await launchBrowser({ javaScript: false, webgl: false });
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

describe.each(sheets)('printing $path', ({ path, kind }) => {
  test(`prints as a ${kind} reference sheet (≤ ${MAX_PAGES[kind]} page(s), A4 and Letter) with title, URL, date, map and QR, without screen furniture`, async () => {
    const opened = await openPage(browser, path);
    try {
      const { page } = opened;
      // The first sheet of each kind waits for the interactive map, so its canvas is there to be hidden.
      if (path === borderPages[0] || path === crossingPages[0]) {
        await page.locator('atlas-map').first().scrollIntoViewIfNeeded();
        await page.waitForSelector('atlas-map.atlas-map--live', { timeout: 15_000 }).catch(() => {});
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
      expect(printed.text, `${path}: printed text has the "as of" date`).toMatch(/Facts as of \S/);
      expect(printed.visibleFurniture, `${path}: screen furniture visible in print`).toEqual([]);
      expect(printed.staticMaps, `${path}: static SVG maps visible in print`).toBeGreaterThanOrEqual(1);

      for (const format of FORMATS) {
        const name = `print-${nameForPath(path)}--${format}`;
        const file = await printPdf(page, name, { format });
        const n = countPdfPages(file);
        counts.push(`${path} ${format}: ${n}`);
        expect(n, `${path}: pages printed on ${format}`).toBeGreaterThanOrEqual(1);
        expect(n, `${path}: pages printed on ${format} (a ${kind} sheet takes at most ${MAX_PAGES[kind]})`).toBeLessThanOrEqual(MAX_PAGES[kind]);
        if (POPPLER.pdftotext) {
          const pageTexts = Array.from({ length: n }, (_, i) => pdfPageText(file, i + 1));
          pageTexts.forEach((t, i) => expect(t.length, `${path} ${format}: page ${i + 1} is empty`).toBeGreaterThan(80));
          const all = pageTexts.join(' ');
          expect(all, `${path} ${format}: PDF text has the title`).toContain(printed.title);
          if (hasAddress) expect(all, `${path} ${format}: PDF text has the canonical URL`).toContain(printed.canonical);
          expect(all, `${path} ${format}: PDF text has the "as of" date`).toMatch(/Facts as of \S/);
        }
        if (format === 'A4' && POPPLER.pdftoppm) {
          const pngs = pdfToPngs(file, { dpi: 60 });
          if (process.env.PRINT_SHOTS) {
            mkdirSync(process.env.PRINT_SHOTS, { recursive: true });
            for (const png of pngs) copyFileSync(png, join(process.env.PRINT_SHOTS, basename(png)));
          }
        }
      }
      expect.soft(opened.pageErrors, `${path}: uncaught page errors`).toEqual([]);
    } finally {
      await opened.close();
    }
  });
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
