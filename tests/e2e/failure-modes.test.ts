/**
 * Failure modes in Chromium, beyond those tests/e2e/map.test.ts covers (no WebGL on one border page,
 * WebGL context lost and restored) and the page pass, page-pass.ts (the sampled pages of every template without JavaScript: its <h1>,
 * content and SVG maps, and no control that would need JavaScript).
 *
 * Here:
 *   - map data slow to arrive: the static map stays, the status says it is loading, the box does
 *     not move once the tap has grown it to a phone's usable height (bounding rect before/after,
 *     layout-shift entries from activation on ≤ the CLS budget; shifts while the page itself loads
 *     are checked in the page pass), then the map goes live;
 *   - map data missing (404), broken (truncated JSON), unreachable (network error), and the
 *     MapLibre chunk missing (a stale deploy): a clear note, the SVG, the page otherwise intact
 *     (heading, tables, links), no uncaught errors, no layout shift;
 *   - no WebGL (--disable-3d-apis) on a crossing page (map.test.ts: on a border page);
 *   - JavaScript off: the static map's crossing links work. */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUDGETS } from '../../scripts/config/budgets.ts';
import { fileForPath } from './dist-scan.ts';
import { mapIdle, note, svgVisible } from './live-map.ts';
import { HEAVY, VIEWPORTS, launchBrowser, layoutShift, listPages, type OpenedPage, openPage } from './harness.ts';

const pages = listPages();
const borderPage = pages.find((p) => p.includes('kazakhstan-russia')) ?? pages.find((p) => /^\/borders\/[^/]+\/$/.test(p)) ?? '/borders/kazakhstan-russia/';
const crossingPage = pages.find((p) => /^\/crossings\/[^/]+\/$/.test(p)) ?? '/crossings/khorgos-khorgos/';
/** CLS ≤ 0.01 (scripts/config/budgets.ts). */
const CLS_BUDGET = BUDGETS.cls;
const NOTE_FALLBACK = /showing the static map\.$/;

const mapBox = async (page: Page) => {
  // Relative to the document, so that scrolling does not count as moving.
  return page
    .locator('atlas-map')
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: Math.round(r.x + scrollX), y: Math.round(r.y + scrollY), width: Math.round(r.width), height: Math.round(r.height) };
    });
};

/** Page intact: its heading, its links and every table the build wrote are there and visible. */
async function expectIntact(page: Page, path: string): Promise<void> {
  expect(await page.locator('h1').first().isVisible(), `${path}: <h1>`).toBe(true);
  expect(await page.locator('main a[href]').count(), `${path}: links in <main>`).toBeGreaterThan(3);
  const file = fileForPath(path);
  expect(file, `${path} in dist/`).not.toBeNull();
  const built = (readFileSync(file!, 'utf8').match(/<table\b/g) ?? []).length;
  const tables = page.locator('table');
  expect(await tables.count(), `${path}: tables, as many as the built page has`).toBe(built);
  if (built > 0) expect(await tables.first().isVisible(), `${path}: first table`).toBe(true);
  expect(await page.locator('atlas-map').first().getAttribute('aria-busy'), `${path}: aria-busy cleared`).toBeNull();
}

const noErrors = (opened: OpenedPage, what: string, allowFailed: RegExp) => {
  expect(opened.pageErrors, `${what}: uncaught errors`).toEqual([]);
  expect(opened.foreignRequests, `${what}: foreign requests`).toEqual([]);
  expect(
    opened.failedRequests.filter((r) => !allowFailed.test(r) && !/ERR_ABORTED/.test(r)),
    `${what}: other failed requests`,
  ).toEqual([]);
};

let browser: Browser;
let noWebgl: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  noWebgl = await launchBrowser({ webgl: false });
});
afterAll(async () => {
  await browser?.close();
  await noWebgl?.close();
});

describe('map data slow to arrive', () => {
  test(`${borderPage}: the static map stays while loading, nothing moves, then the map goes live`, async () => {
    let release!: () => void;
    const released = new Promise<void>((ok) => (release = ok));
    let asked = 0;
    const opened = await openPage(browser, borderPage, {
      viewport: 'phone',
      holdMapsBack: true,
      prepare: (context) =>
        context.route(/\/map-data\//, async (route) => {
          asked++;
          await released;
          await route.continue();
        }),
    });
    try {
      const { page } = opened;
      await page.waitForLoadState('networkidle');
      expect(asked, 'map data requested before the reader asked').toBe(0);
      const before = await mapBox(page);
      // Shifts while the page loaded are the budget test's business; here: from activation on.
      const t0 = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: 'Load interactive map' }).first().click();
      await expect.poll(() => asked, { message: 'map data requested once asked for' }).toBeGreaterThan(0);
      // On a phone the tap itself grows the box to a usable height (a shift the reader caused),
      // at once and only then: from here on nothing moves.
      await expect.poll(async () => (await mapBox(page)).height, { message: 'map box grows on the tap' }).toBeGreaterThanOrEqual(0.6 * VIEWPORTS.phone.height);
      const grown = await mapBox(page);
      expect({ ...grown, height: before.height }, 'map box keeps its place and width').toEqual(before);
      expect(grown.height, 'map box on a phone once asked for').toBeGreaterThanOrEqual(0.6 * VIEWPORTS.phone.height);
      // Waiting: SVG shown, a note says so, the element is busy.
      await expect.poll(() => note(page)).toMatch(/loading/i);
      expect(await svgVisible(page), 'SVG shown while the data is on its way').toBe(true);
      expect(await page.locator('atlas-map').first().getAttribute('aria-busy')).toBe('true');
      await page.waitForTimeout(1_500);
      expect(await svgVisible(page), 'SVG still shown 1.5 s later').toBe(true);
      expect(await mapBox(page), 'map box while loading').toEqual(grown);
      release();
      await page.waitForSelector('atlas-map.atlas-map--live', { timeout: 20_000 });
      await mapIdle(page);
      expect(await mapBox(page), 'map box once live').toEqual(grown);
      const shift = (await layoutShift(page, t0)).value;
      expect(shift, 'layout shift while the map waited and went live').toBeLessThanOrEqual(CLS_BUDGET);
      expect(await note(page)).toBe('');
      noErrors(opened, 'slow data', /^$/);
    } finally {
      await opened.close();
    }
  });
});

// On a crossing page, the lightest page with a live map: what fails is the same code on every map page.
describe('map data or code that fails', () => {
  const cases: { name: string; route: RegExp; answer: 'missing' | 'broken' | 'offline'; message: RegExp }[] = [
    {
      name: 'map data missing (404)',
      route: /\/map-data\//,
      answer: 'missing',
      message: /^Map data could not be loaded \(HTTP 404\): showing the static map\.$/,
    },
    {
      name: 'map data truncated (invalid JSON)',
      route: /\/map-data\//,
      answer: 'broken',
      message: /^The interactive map failed to load \(.+\): showing the static map\.$/,
    },
    {
      name: 'map data unreachable (network error)',
      route: /\/map-data\//,
      answer: 'offline',
      message: /^The interactive map failed to load \(.+\): showing the static map\.$/,
    },
    {
      name: 'MapLibre chunk missing (stale deploy)',
      route: /\/_astro\/maplibre-gl[^/]*\.js/,
      answer: 'missing',
      message: /^The interactive map failed to load \(.+\): showing the static map\.$/,
    },
  ];

  test.each(cases)('$name: a clear note, the SVG, the page intact', async ({ route, answer, message }) => {
    const path = crossingPage;
    const opened = await openPage(browser, path, {
      holdMapsBack: true,
      prepare: (context) =>
        context.route(route, (r) =>
          answer === 'missing'
            ? r.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
            : answer === 'broken'
              ? r.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"FeatureCollection","features":[{"type":' })
              : r.abort('internetdisconnected'),
        ),
    });
    try {
      const { page } = opened;
      const before = await mapBox(page);
      const t0 = await page.evaluate(() => performance.now());
      // The reader asks for the map.
      await page.getByRole('button', { name: 'Load interactive map' }).first().click();
      await expect.poll(() => note(page), { timeout: 15_000 }).toMatch(NOTE_FALLBACK);
      const text = (await note(page)) ?? '';
      expect(text, 'the note').toMatch(message);
      expect(await svgVisible(page), 'SVG still shown').toBe(true);
      expect(await page.locator('atlas-map [data-atlas-load]').first().isVisible(), 'no load button left to press in vain').toBe(false);
      expect(await page.locator('atlas-map .maplibregl-canvas').count(), 'no half-built map').toBeLessThanOrEqual(1);
      if ((await page.locator('atlas-map .maplibregl-canvas').count()) === 1)
        expect(await page.locator('atlas-map .maplibregl-canvas').isVisible()).toBe(false);
      expect(await mapBox(page), 'map box unchanged').toEqual(before);
      expect((await layoutShift(page, t0)).value, 'layout shift from the request on').toBeLessThanOrEqual(CLS_BUDGET);
      await expectIntact(page, path);
      noErrors(opened, path, /map-data|maplibre-gl/);
    } finally {
      await opened.close();
    }
  });
});

// The check for WebGL comes before any map is made, the same on every map page: on a crossing page
// here (a border page in map.test.ts).
describe('no WebGL (--disable-3d-apis) on a crossing page', () => {
  test.each([crossingPage])('%s: SVG twin and a note, nothing heavy fetched, no errors, no shift', async (path) => {
    const opened = await openPage(noWebgl, path, { holdMapsBack: true });
    try {
      const { page } = opened;
      const before = await mapBox(page);
      const t0 = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: 'Load interactive map' }).first().click();
      await expect.poll(() => note(page)).toBe('Interactive map unavailable in this browser: showing the static map.');
      expect(await svgVisible(page)).toBe(true);
      expect(
        opened.requests.filter((u) => HEAVY.test(u)),
        'heavy requests without WebGL',
      ).toEqual([]);
      expect(await mapBox(page)).toEqual(before);
      expect((await layoutShift(page, t0)).value, 'layout shift from the request on').toBeLessThanOrEqual(CLS_BUDGET);
      expect(await page.getByRole('button', { name: 'Load interactive map' }).first().isVisible(), 'load button gone').toBe(false);
      await expectIntact(page, path);
      noErrors(opened, path, /^$/);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('JavaScript off', () => {
  test(`${borderPage}: the static map's crossing links lead to the crossing pages`, async () => {
    const opened = await openPage(browser, borderPage, { javaScript: false });
    try {
      const { page } = opened;
      const link = page.locator('atlas-map [data-atlas-static] svg a[href^="/crossings/"]').first();
      expect(await link.count(), 'crossing links in the SVG map').toBe(1);
      const href = await link.getAttribute('href');
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.pathname === href, { timeout: 10_000 });
      expect(await page.locator('h1').first().isVisible()).toBe(true);
    } finally {
      await opened.close();
    }
  });
});
