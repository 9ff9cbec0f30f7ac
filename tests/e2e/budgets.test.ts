/**
 * In Chromium: a map scrolled into view loads MapLibre and its page's map data (and nothing heavy
 * before, when it starts below the fold). The per-page budgets in the browser — bytes transferred
 * before any map activates, layout shift while loading, nothing heavy below the fold — are checked
 * in the page pass (page-pass.ts); the static byte budgets over the files in tests/build/budgets.test.ts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlFiles } from './dist-scan.ts';
import { VIEWPORTS, baseUrl, bringMapIntoView, launchBrowser, neverIntersect, urlFor, layoutShift, recordLayoutShifts } from './harness.ts';

const HEAVY = /maplibre-gl|\/map-data\//;
const pages = htmlFiles();

describe('in Chromium: transfer before any map activates', () => {
  let browser: Browser;
  beforeAll(async () => {
    baseUrl(); // fails with the reason when the server is not up
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  interface Session {
    context: BrowserContext;
    page: Page;
    /** Layout shift of the page so far, and what moved. */
    cls(): Promise<{ value: number; what: string }>;
    /** Loads `path` with an empty cache; returns compressed body bytes by URL once the network is quiet. */
    load(path: string): Promise<Map<string, number>>;
  }

  /**
   * One context and one tab for a series of pages (a new context costs 0.3–0.8 s here), with the
   * HTTP cache disabled through the DevTools protocol so that every page is measured cold.
   */
  async function session({ stubObserver, viewport }: { stubObserver: boolean; viewport: { width: number; height: number } }): Promise<Session> {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
    if (stubObserver) {
      // An observer that never fires: the map island cannot start by itself (only a button press would start it).
      await context.addInitScript(neverIntersect);
    }
    // Layout shifts from the first paint on (budget: CLS ≤ 0.01; e.g. a control revealed by a script).
    await context.addInitScript(recordLayoutShifts);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let bytes = new Map<string, number>();
    let pending: Promise<void>[] = [];
    let inflight = new Set<unknown>();
    let lastChange = Date.now();
    page.on('request', (request) => {
      inflight.add(request);
      lastChange = Date.now();
    });
    page.on('requestfinished', (request) => {
      if (!inflight.delete(request)) return; // from the page before
      lastChange = Date.now();
      const into = bytes;
      pending.push(
        request.sizes().then(
          (s) => void into.set(request.url(), (into.get(request.url()) ?? 0) + s.responseBodySize),
          () => {},
        ),
      );
    });
    page.on('requestfailed', (request) => {
      if (!inflight.delete(request)) return;
      lastChange = Date.now();
      bytes.set(request.url(), bytes.get(request.url()) ?? 0);
    });
    return {
      context,
      page,
      cls: () => layoutShift(page),
      async load(path) {
        await page.goto('about:blank');
        bytes = new Map();
        pending = [];
        inflight = new Set();
        await page.goto(urlFor(path), { waitUntil: 'load' });
        // Quiet for 250 ms (Playwright's networkidle waits 500 ms; over every page that adds up).
        const deadline = Date.now() + 5_000;
        while (Date.now() < deadline && (inflight.size > 0 || Date.now() - lastChange < 250)) await page.waitForTimeout(50);
        await Promise.all(pending);
        return bytes;
      },
    };
  }

  const heavy = (bytes: Map<string, number>): string[] => [...bytes.keys()].filter((u) => HEAVY.test(u));
  /** Where the first map box starts, in CSS px from the top of the page (null: no map). */
  const mapTop = (page: Page) =>
    page.evaluate(() => {
      const map = document.querySelector('atlas-map');
      return map ? map.getBoundingClientRect().top + window.scrollY : null;
    });

  test('scrolling the map into view then loads MapLibre and the page’s map data', async () => {
    const target = pages.find((p) => /^\/borders\//.test(p.path)) ?? pages.find((p) => /^\/crossings\/[^/]+\/$/.test(p.path));
    expect(target, 'a page with a map').toBeTruthy();
    const { context, page, load } = await session({ stubObserver: false, viewport: VIEWPORTS.phone });
    try {
      const bytes = await load(target!.path);
      expect(await mapTop(page), `${target!.path}: a map box`).not.toBeNull();
      // On screen or below it, the map waits for a sign of the reader (a scroll, key, touch or pointer move).
      expect(heavy(bytes), 'heavy files fetched before the reader did anything').toEqual([]);
      await bringMapIntoView(page);
      await expect.poll(() => heavy(bytes).some((u) => /maplibre-gl/.test(u)), { timeout: 15_000 }).toBe(true);
      await expect.poll(() => heavy(bytes).some((u) => /\/map-data\//.test(u)), { timeout: 15_000 }).toBe(true);
    } finally {
      await context.close();
    }
  });
});
