/**
 * The page pass (page-pass.ts) over the sampled crossing pages (page-sample.ts: the first three, the
 * first of each border, the heaviest), side by side with pages.test.ts, which takes the rest of the
 * sample. Then the sheet pass: the sampled reference sheets (print-sheet.ts `sheetSample`: every
 * border sheet of every edition, the heaviest crossing sheets) without JavaScript, in print media,
 * the checks that depend on a page's own data rather than its template: its static map (static-map-check.ts: no overlapping labels
 * or markers, land painted, named water, a key for its numbers; print shows the wide plate, the
 * one a 1280 px screen shows), its content (print-sheet.ts expectSheet: title, address, QR code,
 * dates, map, status lead, no screen furniture) and its estimated page count on A4 and Letter.
 * One layout per paper, no scripts, no axe, no screenshots: a fraction of a page visit.
 * print.test.ts prints the tallest sheets to PDF and checks the estimate against them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlFiles } from './dist-scan.ts';
import { launchBrowser, urlFor } from './harness.ts';
import { definePagePass } from './page-pass.ts';
import { samplePages, sampleInputs } from './page-sample.ts';
import { expectFitsPaper, expectSheet, PRINTABLE, printedState, sheetKind, sheetSample } from './print-sheet.ts';
import { checkStaticMap } from './static-map-check.ts';

const inputs = sampleInputs(htmlFiles());
const sample = samplePages(inputs);
const pages = sample.filter((p) => p.template === 'crossings/*');
const sheets = sheetSample(sample, inputs);

test('the build has crossing pages to visit', () => {
  expect(pages.length, 'crossing pages in dist/ (did `astro build` run?)').toBeGreaterThan(0);
});

definePagePass(pages);

describe('every reference sheet printed without JavaScript (print media, one layout per paper)', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: PRINTABLE.A4,
      javaScriptEnabled: false,
      deviceScaleFactor: 1,
      locale: 'en-GB',
      serviceWorkers: 'block',
    });
    page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
  });
  /** Labels and markers placed per static map of a printed sheet (JS off, A4), logged at the end. */
  const staticMapFigures: string[] = [];
  afterAll(async () => {
    if (staticMapFigures.length > 0) console.info(`labels placed per static map of a sheet (JS off, printed on A4):\n${staticMapFigures.join('\n')}`);
    await browser?.close();
  });

  test('the build has border and crossing sheets', () => {
    expect(sheets.filter((p) => sheetKind(p) === 'border').length, 'border sheets').toBeGreaterThan(0);
    expect(sheets.filter((p) => sheetKind(p) === 'crossing').length, 'crossing sheets').toBeGreaterThan(0);
  });

  test.each(sheets)('%s: static map; title, address, QR code, dates, no screen furniture; fits its pages on A4 and Letter', async (path) => {
    // Laid out at A4's printable width (the last sheet left Letter's), then at Letter's (expectFitsPaper).
    await page.setViewportSize(PRINTABLE.A4);
    const response = await page.goto(urlFor(path), { waitUntil: 'load' });
    expect(response?.status(), `${path}: HTTP status`).toBe(200);
    const printed = await printedState(page);
    const figures = await checkStaticMap(page, path);
    expect(figures, `${path}: a static map`).not.toBeNull();
    staticMapFigures.push(figures!);
    expectSheet(path, printed);
    await expectFitsPaper(page, path, sheetKind(path)!);
  });
});
