/**
 * The page pass (page-pass.ts) over the sampled crossing pages (page-sample.ts: the first three, the
 * first of each border, the heaviest), side by side with pages.test.ts, which takes the rest of the
 * sample. Then the sheet pass: EVERY English reference sheet (border and crossing pages; of another
 * locale, the sampled ones) in print media without JavaScript, laid out once per paper — its
 * content (print-sheet.ts expectSheet: title, address, QR code, dates, map, status lead, no screen
 * furniture) and its estimated page count on A4 and Letter. That is the check a sheet's length can
 * break, so it stays on every sheet; it costs a layout per paper, not a page visit (no scripts, no
 * axe, no screenshots). print.test.ts prints the tallest sheets to PDF and checks the estimate.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlFiles } from './dist-scan.ts';
import { launchBrowser, urlFor } from './harness.ts';
import { definePagePass } from './page-pass.ts';
import { pageSample, splitLocale } from './page-sample.ts';
import { expectFitsPaper, expectSheet, PRINTABLE, printedState, sheetKind } from './print-sheet.ts';

const files = htmlFiles();
const sample = pageSample(files);
const pages = sample.filter((p) => p.template === 'crossings/*');
const sampled = new Set(sample.map((p) => p.path));
const sheets = files.map((f) => f.path).filter((p) => sheetKind(p) !== null && (splitLocale(p).locale === 'en' || sampled.has(p)));

test('the build has crossing pages to visit', () => {
  expect(pages.length, 'crossing pages in dist/ (did `astro build` run?)').toBeGreaterThan(0);
});

definePagePass(pages);

describe('every reference sheet printed (JavaScript off, print media, one layout per paper)', () => {
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
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the build has border and crossing sheets', () => {
    expect(sheets.filter((p) => sheetKind(p) === 'border').length, 'border sheets').toBeGreaterThan(0);
    expect(sheets.filter((p) => sheetKind(p) === 'crossing').length, 'crossing sheets').toBeGreaterThan(0);
  });

  test.each(sheets)('%s: title, address, QR code, dates, map, no screen furniture; fits its pages on A4 and Letter', async (path) => {
    // Laid out first at A4's printable width, in print media (printedState), then at Letter's (expectFitsPaper).
    await page.setViewportSize(PRINTABLE.A4);
    const response = await page.goto(urlFor(path), { waitUntil: 'load' });
    expect(response?.status(), `${path}: HTTP status`).toBe(200);
    expectSheet(path, await printedState(page));
    await expectFitsPaper(page, path, sheetKind(path)!);
  });
});
