/**
 * Site search (Pagefind, built into dist/pagefind by `astro build`) in Chromium.
 *
 * - The header search finds places by any alias, transliteration or script in the data, with the
 *   right page in the top 3, using only the atlas's own origin.
 * - Searching stays within the Content-Security-Policy (Pagefind compiles WebAssembly and fetches
 *   its index fragments): no violation event, no console message about the policy.
 * - The 404 page answers 404 and offers the search box.
 * Without JavaScript the box does not show (the page pass, page-pass.ts, checks a page of every template for controls that would
 * need JavaScript).
 * Page metadata (canonical links, titles, OpenGraph, structured data, sitemap) is checked from the
 * files in tests/build/metadata.test.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, VIEWPORTS, cspViolations, launchBrowser, type OpenedPage, openPage, screenshot, urlFor } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Types `query` into the header search and returns the result links' hrefs, best first. */
async function search(page: Page, query: string, scope = 'header site-search', done = /result/): Promise<string[]> {
  const input = page.locator(`${scope} input[type="search"]`);
  const status = page.locator(`${scope} [data-search-status]`);
  await input.click();
  // An empty box clears the last search's results, so that they are not read as this one's.
  await input.fill('');
  await expect.poll(async () => (await status.textContent()) ?? '', { message: 'search status cleared' }).toBe('');
  await input.fill(query);
  await expect.poll(async () => (await status.textContent()) ?? '', { message: `search status for "${query}"`, timeout: 15_000 }).toMatch(done);
  return page.locator(`${scope} [data-search-results] a`).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

test('the build wrote the search index', () => {
  expect(existsSync(join(DIST, 'pagefind', 'pagefind.js')), 'dist/pagefind/pagefind.js').toBe(true);
  expect(existsSync(join(DIST, 'pagefind', 'pagefind-entry.json')), 'dist/pagefind/pagefind-entry.json').toBe(true);
});

describe('header search', () => {
  // On /sources/: the header is the same on every page, and a page without a map settles quickly.
  // One desktop page serves the tests in order (a search replaces the last); the last leaves it.
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser, '/sources/');
  });
  afterAll(async () => {
    await opened?.close();
  });

  test('search loads nothing until used, then only from /pagefind/ on the same origin, within the Content-Security-Policy', async () => {
    expect(
      opened.requests.filter((u) => u.includes('/pagefind/')),
      'pagefind requested before the box was used',
    ).toEqual([]);
    expect(await search(opened.page, 'Khorgos'), 'search results').not.toEqual([]);
    expect(opened.requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
    expect(opened.foreignRequests).toEqual([]);
    // Pagefind compiles WebAssembly and fetches its index fragments: the policy must allow both.
    expect(await cspViolations(opened.page), 'policy violations while searching').toEqual([]);
    expect(opened.consoleCsp, 'console messages about the policy').toEqual([]);
  });

  // [query, where the reader should land]: a settlement's row on its border page, or a crossing page.
  const EXAMPLES: [string, string][] = [
    ['Petropavlovsk', '/borders/kazakhstan-russia/#settlement-petropavl'],
    ['Uralsk', '/borders/kazakhstan-russia/#settlement-oral'],
    ['Druzhba', '/crossings/dostyk-alashankou/'],
    ['Khorgas', '/crossings/khorgos-khorgos/'],
    ['Хоргос', '/crossings/khorgos-khorgos/'],
    ['Alashankou', '/crossings/dostyk-alashankou/'],
  ];

  test.each(EXAMPLES)('"%s" finds %s in the top 3', async (query, expected) => {
    const hrefs = await search(opened.page, query);
    expect(hrefs.slice(0, 3), `top results for "${query}"`).toContain(expected);
    expect(opened.foreignRequests, 'requests to other origins').toEqual([]);
    expect(opened.consoleErrors, 'console errors').toEqual([]);
    expect(opened.pageErrors, 'page errors').toEqual([]);
    expect(opened.failedRequests, 'failed requests').toEqual([]);
  });

  test.each(['desktop', 'phone'] as const)('the results panel stays inside the screen (%s)', async (viewport) => {
    const tab = viewport === 'desktop' ? opened : await openPage(browser, '/sources/', { viewport });
    try {
      const hrefs = await search(tab.page, 'Druzhba');
      expect(hrefs[0]).toBe('/crossings/dostyk-alashankou/');
      const box = await tab.page.locator('header site-search [data-search-panel]').boundingBox();
      const { width } = VIEWPORTS[viewport];
      expect(box && box.x >= 0 && box.x + box.width <= width, `results panel inside the viewport: ${JSON.stringify(box)}`).toBe(true);
      await screenshot(tab.page, `search--${viewport}`, { fullPage: false });
    } finally {
      if (tab !== opened) await tab.close();
    }
  });

  test('keyboard: ↓ focuses the first result, Enter opens it; Escape closes the list', async () => {
    const { page } = opened;
    await search(page, 'Uralsk');
    const panel = page.locator('header site-search [data-search-panel]');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    await page.locator('header site-search input').press('ArrowDown');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/borders/kazakhstan-russia/#settlement-oral');
    await Promise.all([page.waitForURL(/#settlement-oral$/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe('/borders/kazakhstan-russia/');
  });
});

describe('search on the Russian edition', () => {
  // The Russian pages search the Russian index (Pagefind picks it by <html lang>): Russian names and
  // sentences, results on /ru/ pages only.
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser, '/ru/sources/');
  });
  afterAll(async () => {
    await opened?.close();
  });
  const EXAMPLES: [string, string][] = [
    ['Уральск', '/ru/borders/kazakhstan-russia/#settlement-oral'],
    ['Орал', '/ru/borders/kazakhstan-russia/#settlement-oral'],
    ['Петропавловск', '/ru/borders/kazakhstan-russia/#settlement-petropavl'],
    ['Хоргос', '/ru/crossings/khorgos-khorgos/'],
    ['Druzhba', '/ru/crossings/dostyk-alashankou/'],
  ];
  test.each(EXAMPLES)('"%s" finds %s in the top 3, in Russian', async (query, expected) => {
    const hrefs = await search(opened.page, query, 'header site-search', /результат/);
    expect(hrefs.slice(0, 3), `top results for "${query}"`).toContain(expected);
    expect(
      hrefs.every((h) => h.startsWith('/ru/')),
      `every result is a Russian page: ${hrefs.join(', ')}`,
    ).toBe(true);
    const kinds = await opened.page.locator('header site-search .site-search__kind').allInnerTexts();
    expect(
      kinds.every((k) => /^[\p{Script=Cyrillic}\s]+$/u.test(k)),
      `result kinds in Russian: ${kinds.join(', ')}`,
    ).toBe(true);
    expect(opened.consoleErrors, 'console errors').toEqual([]);
  });
  test('a Russian town name on the maps finds the border it lies near', async () => {
    const hrefs = await search(opened.page, 'Оренбург', 'header site-search', /результат/);
    expect(
      hrefs.slice(0, 3).some((h) => h.startsWith('/ru/borders/kazakhstan-russia/')),
      `top results: ${hrefs.join(', ')}`,
    ).toBe(true);
  });
  test('a missing Russian address answers 404 with the Russian 404 page', async () => {
    const response = await fetch(urlFor('/ru/no-such-page/'));
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/<html lang="ru"/);
  });
});

describe('the 404 page', () => {
  test('an unknown address answers 404 with the search box and links to the main sections', async () => {
    const opened = await openPage(browser, '/no-such-page/');
    try {
      const { page, response } = opened;
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').innerText()).toMatch(/not found/i);
      const box = page.locator('main site-search input[type="search"]');
      await expect.poll(() => box.isVisible(), { message: 'search box in <main> of the 404 page' }).toBe(true);
      for (const href of ['/', '/crossings/', '/sources/']) expect(await page.locator(`main a[href="${href}"]`).count(), `link to ${href}`).toBeGreaterThan(0);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      const hrefs = await search(page, 'Uralsk', 'main site-search');
      expect(hrefs.slice(0, 3)).toContain('/borders/kazakhstan-russia/#settlement-oral');
      await screenshot(page, 'not-found--desktop', { fullPage: false });
      expect(opened.foreignRequests).toEqual([]);
      expect(
        opened.consoleErrors.filter((e) => !e.includes('404')),
        'console errors besides the 404 itself',
      ).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
