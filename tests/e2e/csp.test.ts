/**
 * Content-Security-Policy in Chromium on a page whose search box has been used (Pagefind compiles
 * WebAssembly and fetches its index fragments): no violation (securitypolicyviolation events,
 * console "Content Security Policy" messages). Every page as loaded is checked in the page pass
 * (page-pass.ts), a border page with its map live and a crossing selected in map.test.ts, the
 * policy in the files in tests/build/csp.test.ts.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cspViolations, launchBrowser, openPage } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('a search (Pagefind: WebAssembly, index fragments) on a text page: no violation', async () => {
  const opened = await openPage(browser, '/sources/', { holdMapsBack: true });
  try {
    const { page } = opened;
    const input = page.locator('header site-search input[type="search"]');
    await input.click();
    await input.fill('Khorgos');
    await expect.poll(async () => (await page.locator('header site-search [data-search-status]').textContent()) ?? '', { timeout: 15_000 }).toMatch(/result/);
    expect(await page.locator('header site-search [data-search-results] a').count(), 'search results').toBeGreaterThan(0);
    expect(await cspViolations(page), 'violations while searching').toEqual([]);
    expect(opened.consoleCsp, 'console messages about the policy').toEqual([]);
  } finally {
    await opened.close();
  }
});
