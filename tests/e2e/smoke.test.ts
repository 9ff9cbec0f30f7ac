/**
 * Every page of the built site (found in dist/**\/index.html, so new pages are covered
 * automatically) loads without errors, stays on its own origin, works without JavaScript,
 * and is screenshotted at desktop and phone width into test-results/screenshots/.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { distDir, launchBrowser, listPages, nameForPath, openPage, screenshot, urlFor } from './harness.ts';

const pages = listPages();

test('dist/ has pages to test', () => {
  expect(pages, `no index.html pages found in ${distDir()} (a snapshot of dist/); did \`astro build\` run and produce pages?`).not.toEqual([]);
});

// One browser with WebGL and scripts, one without either, shared by every page.
let browser: Browser;
let noJsBrowser: Browser;

beforeAll(async () => {
  if (pages.length === 0) return;
  browser = await launchBrowser();
  noJsBrowser = await launchBrowser({ javaScript: false, webgl: false });
});
afterAll(async () => {
  await browser?.close();
  await noJsBrowser?.close();
});

describe.each(pages)('page %s', (path) => {
  test('loads with an <h1> and a <title>, no foreign requests, no errors (desktop and phone)', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const opened = await openPage(browser, path, { viewport });
      try {
        const { page, response } = opened;
        await screenshot(page, `${nameForPath(path)}--${viewport}`);
        expect(response?.status(), `${path} at ${viewport}: HTTP status`).toBe(200);
        expect(await page.title(), `${path}: <title>`).toMatch(/\S/);
        await expect.poll(() => page.locator('h1').count(), { message: `${path}: <h1> count` }).toBeGreaterThanOrEqual(1);
        expect((await page.locator('h1').first().innerText()).trim(), `${path}: <h1> text`).not.toBe('');
        expect.soft(opened.foreignRequests, `${path}: requests to other origins`).toEqual([]);
        expect.soft(opened.pageErrors, `${path}: uncaught page errors`).toEqual([]);
        expect.soft(opened.consoleErrors, `${path}: console errors`).toEqual([]);
        expect.soft(opened.failedRequests, `${path}: failed same-origin requests`).toEqual([]);
      } finally {
        await opened.close();
      }
    }
  });

  test('without JavaScript: <h1>, main content, and every <atlas-map> shows its SVG', async () => {
    const opened = await openPage(noJsBrowser, path, { javaScript: false });
    try {
      const { page } = opened;
      await screenshot(page, `${nameForPath(path)}--nojs`);
      expect(opened.response?.status()).toBe(200);
      const h1 = page.locator('h1').first();
      await expect.poll(() => h1.isVisible(), { message: `${path}: visible <h1> without JS` }).toBe(true);
      const main = page.locator('main, [role="main"]').first();
      expect(await main.count(), `${path}: <main> element`).toBe(1);
      const mainText = (await main.innerText()).replace(/\s+/g, ' ').trim();
      const h1Text = (await h1.innerText()).replace(/\s+/g, ' ').trim();
      expect(mainText.length, `${path}: <main> has content beyond the <h1> without JS`).toBeGreaterThan(h1Text.length);

      const maps = page.locator('atlas-map');
      const count = await maps.count();
      for (let i = 0; i < count; i++) {
        const svg = maps.nth(i).locator('svg').first();
        expect(await svg.count(), `${path}: <atlas-map> #${i} contains an <svg>`).toBe(1);
        expect(await svg.isVisible(), `${path}: <atlas-map> #${i} <svg> is visible`).toBe(true);
        const box = await svg.boundingBox();
        expect(box && box.width > 50 && box.height > 50, `${path}: <atlas-map> #${i} <svg> has a real size (${JSON.stringify(box)})`).toBe(true);
      }
      expect.soft(opened.foreignRequests, `${path}: requests to other origins`).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

test('a missing path answers 404', async () => {
  const response = await fetch(urlFor('/this-page-does-not-exist-7f3a/'));
  expect(response.status).toBe(404);
  if (existsSync(join(distDir(), '404.html'))) {
    // The site's own 404 page is served with the 404 status.
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toMatch(/<h1[\s>]/);
  }
  const missingFile = await fetch(urlFor('/no-such-file.geojson'));
  expect(missingFile.status).toBe(404);
});
