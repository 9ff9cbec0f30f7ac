/**
 * Printing (design notes, Print; the rules are in print-sheet.ts). The sampled sheets (every border
 * sheet, the heaviest crossing sheets: print-sheet.ts `sheetSample`) are checked in print media, page
 * count estimated on both papers, without JavaScript in the sheet pass of crossing-pages.test.ts.
 * Here, what that pass cannot show (a sheet printed with its interactive map live: map.test.ts):
 *   - real PDFs on A4 and Letter of the tallest sheets of each kind (most text in <main>: the
 *     longest border sheet and crossing sheet, in any edition): pages counted (pdfinfo,
 *     else `/Type /Page` objects), text of each page read (pdftotext), and the cheap estimate checked
 *     not to undercount the real count. The estimate itself is held to the limit on the sampled sheets
 *     (the sheet pass of crossing-pages.test.ts); a sheet near its limit is a tall one, so the tallest
 *     are where an undercount would let a sheet through;
 *   - the "Print reference sheet" button, and the citation's copy buttons beside it.
 *
 * PDFs go to test-results/pdf/print-<page>--<format>.pdf; with SCREENSHOTS=1 (or PRINT_SHOTS=<dir>)
 * the A4 ones are also rendered to PNGs (60 dpi) for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileForPath } from './dist-scan.ts';
import { mainTextLength } from './page-sample.ts';
import { DIST, launchBrowser, listPages, nameForPath, openPage, pdfToPngs, printPdf, SCREENSHOTS, SCREENSHOTS_WANTED, urlFor, VIEWPORTS } from './harness.ts';
import { estimatePages, FACT_DATES, FORMATS, MAX_PAGES, printedState, sheetKind, type SheetKind } from './print-sheet.ts';

const pages = listPages();
const borderPages = pages.filter((p) => sheetKind(p) === 'border');
const crossingPages = pages.filter((p) => sheetKind(p) === 'crossing');
/** How many sheets of each kind are printed to PDF for their length (most text in <main>). */
const LONGEST = 1;

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

/** Characters of text in a page's <main> (page-sample.ts): a stand-in for how tall it prints. */
const textLength = (path: string): number => mainTextLength(fileForPath(path));
const longest = (paths: string[]): string[] => [...paths].sort((a, b) => textLength(b) - textLength(a) || a.localeCompare(b)).slice(0, LONGEST);

test('dist/ has border and crossing pages to print', () => {
  expect(borderPages, `no dist/borders/*/index.html in ${DIST}`).not.toEqual([]);
  expect(crossingPages, `no dist/crossings/*/index.html in ${DIST}`).not.toEqual([]);
});

let browser: Browser;
let sheetTab: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, deviceScaleFactor: 1, serviceWorkers: 'block', reducedMotion: 'reduce' });
  sheetTab = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Page counts seen, for the summary logged at the end. */
const counts: string[] = [];
afterAll(() => {
  if (counts.length > 0) console.log(`Printed page counts:\n  ${counts.join('\n  ')}`);
});

/** The sheets printed to PDF: the longest border sheets and the longest crossing sheets, nearest their page limits. */
function pdfSample(): { path: string; kind: SheetKind }[] {
  return [
    ...longest(borderPages).map((path) => ({ path, kind: 'border' as const })),
    ...longest(crossingPages).map((path) => ({ path, kind: 'crossing' as const })),
  ];
}

describe('printed to PDF on A4 and Letter', () => {
  test('the longest border and crossing sheets: page count, text on every page, the estimate does not undercount', { timeout: 300_000 }, async () => {
    const sample = pdfSample();
    expect(sample.filter((s) => s.kind === 'crossing').length, 'crossing sheets in the PDF sample').toBe(Math.min(crossingPages.length, LONGEST));
    expect(sample.filter((s) => s.kind === 'border').length, 'border sheets in the PDF sample').toBe(Math.min(borderPages.length, LONGEST));
    // Soft: every sheet of the sample is printed and checked, whatever an earlier one showed.
    const page = sheetTab;
    for (const { path, kind } of sample) {
      const pageErrors: string[] = [];
      const onError = (error: Error) => pageErrors.push(error.stack ?? error.message);
      page.on('pageerror', onError);
      try {
        await page.setViewportSize(VIEWPORTS.desktop);
        await page.emulateMedia({ media: 'screen' });
        await page.goto(urlFor(path), { waitUntil: 'load' });
        const printed = await printedState(page);
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
            expect.soft(all, `${path} ${format}: PDF text dates its facts`).toMatch(FACT_DATES);
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
  });
});

// Without JavaScript neither shows: the page pass checks a page of every template for controls that
// would need it, tests/build/borders.test.ts the HTML of the citation box. One component each on both
// kinds of sheet: tried on a crossing page, the lighter of the two.
describe('"Print reference sheet" button and the citation’s copy buttons', () => {
  const samples = crossingPages.slice(0, 1);

  test.each(samples)('%s: shown with JavaScript; print calls window.print() and hides in print; three copy buttons', async (path) => {
    const opened = await openPage(browser, path, { holdMapsBack: true });
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
      await expect.poll(() => page.locator('[data-cite-page] button[data-copy]:visible').count(), { message: `${path}: copy buttons of the citation` }).toBe(3);
      await page.emulateMedia({ media: 'print' });
      expect(await button.isVisible(), `${path}: print button in print`).toBe(false);
    } finally {
      await opened.close();
    }
  });
});
