/**
 * Content-Security-Policy in Chromium: no violation (securitypolicyviolation events, console
 * "Content Security Policy" messages) on a border page with the interactive map live and a
 * crossing selected, and on a page whose search box has been used (Pagefind compiles WebAssembly).
 * Every page as loaded is checked in the page pass (page-pass.ts); the policy in the files in tests/build/csp.test.ts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlFiles } from './dist-scan.ts';
import { VIEWPORTS, baseUrl, bringMapIntoView, launchBrowser, neverIntersect, urlFor } from './harness.ts';

const files = htmlFiles();

describe('no violation in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleCsp: string[] = [];

  beforeAll(async () => {
    baseUrl();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: VIEWPORTS.desktop, deviceScaleFactor: 1, serviceWorkers: 'block', reducedMotion: 'reduce' });
    // Record every violation the document reports, from the first script on. The map island is
    // held back (its observer never fires) except where the `csp-live` query lifts the stub.
    await context.addInitScript(neverIntersect, 'csp-live');
    await context.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = list;
      document.addEventListener('securitypolicyviolation', (e) => {
        list.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample ? `"${e.sample}"` : ''}`);
      });
    });
    page = await context.newPage();
    page.on('console', (m) => {
      if (/content security policy/i.test(m.text())) consoleCsp.push(`${page.url()}: ${m.text()}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const violations = (): Promise<string[]> => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);

  test('a border page with the interactive map live (worker, canvas, popup) and a crossing selected', async () => {
    const border = files.find((f) => /^\/borders\/[^/]+\/$/.test(f.path))?.path;
    expect(border, 'a border page').toBeTruthy();
    consoleCsp.length = 0;
    await page.goto(urlFor(`${border!}?csp-live`), { waitUntil: 'load' });
    await bringMapIntoView(page);
    await page.waitForSelector('atlas-map.atlas-map--live', { timeout: 20_000 });
    const marker = page.locator('atlas-map .atlas-map__crossing').first();
    expect(await marker.count(), 'crossing markers on the live map').toBeGreaterThan(0);
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(1);
    // Zoom once so that tiles of the GeoJSON are worked in the worker again; wait until the map is idle.
    const zoomed = await page.evaluate(async () => {
      const map = (document.querySelector('atlas-map') as HTMLElement & { map?: { zoomIn(o: unknown): void; once(type: string): Promise<unknown> } }).map;
      if (!map) return false;
      const idle = map.once('idle');
      map.zoomIn({ animate: false });
      await idle;
      return true;
    });
    expect(zoomed, 'the live map zoomed in and settled').toBe(true);
    expect(await page.locator('atlas-map').first().getAttribute('class')).toContain('atlas-map--live');
    expect(await violations(), `${border}: violations with the map live`).toEqual([]);
    expect(consoleCsp).toEqual([]);
  });

  test('a search (Pagefind: WebAssembly, index fragments) on a text page', async () => {
    consoleCsp.length = 0;
    await page.goto(urlFor('/sources/'), { waitUntil: 'load' });
    const input = page.locator('header site-search input[type="search"]');
    await input.click();
    await input.fill('Khorgos');
    await expect.poll(async () => (await page.locator('header site-search [data-search-status]').textContent()) ?? '', { timeout: 15_000 }).toMatch(/result/);
    expect(await page.locator('header site-search [data-search-results] a').count(), 'search results').toBeGreaterThan(0);
    expect(await violations(), 'violations while searching').toEqual([]);
    expect(consoleCsp).toEqual([]);
  });
});
