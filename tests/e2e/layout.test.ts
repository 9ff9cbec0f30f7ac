/**
 * Layout beyond the width sweep (width-sweep.ts, run by the page pass on every page it sweeps):
 *   - the header: one row (brand, navigation, search) from 1024 px; the navigation on one row at
 *     1280 px and the header at most 120 px tall on a phone, in both editions;
 *   - the theme toggle remembers an explicit choice across pages, applied before first paint;
 *   - the sweep covers every template of the page sample, in every edition.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { htmlFiles } from './dist-scan.ts';
import { VIEWPORTS, launchBrowser, neverIntersect, settle, urlFor } from './harness.ts';
import { pageSample } from './page-sample.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, reducedMotion: 'reduce' });
  // The maps stay static: these tests are about the page around them.
  await context.addInitScript(neverIntersect);
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

test('the width sweep covers every template of the sample in every edition, and every page chosen for its length', () => {
  const sample = pageSample(htmlFiles());
  const swept = sample.filter((p) => p.sweep);
  const key = (p: { template: string; locale: string }) => `${p.locale} ${p.template}`;
  expect(new Set(swept.map(key)), 'templates swept, by edition').toEqual(new Set(sample.map(key)));
  expect(
    sample.filter((p) => p.reasons.includes('heaviest') && !p.sweep).map((p) => p.path),
    'heaviest pages left out of the sweep',
  ).toEqual([]);
});

test('header: one row from 1024 px (the Russian navigation on one row at 1280 px), the search hint never cut off, at most 120 px tall on a phone', async () => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(urlFor('/'), { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const rows = await page.evaluate(() => {
    const mid = (sel: string) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, visible: r.width > 0 && r.height > 0 };
    };
    return { brand: mid('.site-title'), nav: mid('.site-nav ul'), search: mid('.site-search') };
  });
  expect(rows.nav.visible && rows.search.visible, 'navigation and search visible at 1024 px').toBe(true);
  // One row: every part's vertical extent overlaps the others'.
  for (const [a, b] of [
    [rows.brand, rows.nav],
    [rows.nav, rows.search],
    [rows.brand, rows.search],
  ] as const) {
    expect(a.top < b.bottom && b.top < a.bottom, `header parts on one row: ${JSON.stringify(rows)}`).toBe(true);
  }
  // Both editions: the Russian brand, navigation and link to the other edition run longer.
  for (const path of ['/', '/ru/']) {
    if (path !== '/') await page.goto(urlFor(path), { waitUntil: 'load' });
    // The search box's placeholder is read whole, not cut off, where the box is narrowest (one header row).
    for (const width of [1024, VIEWPORTS.desktop.width]) {
      await page.setViewportSize({ width, height: 800 });
      await settle(page);
      const hint = await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('.site-search input')!;
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: input.placeholder, width: context.measureText(input.placeholder).width, room };
      });
      expect(hint.text, `${path}: search placeholder`).not.toBe('');
      expect(hint.width, `${path}: "${hint.text}" fits its box at ${width} px (${Math.round(hint.room)} px of room)`).toBeLessThanOrEqual(hint.room);
    }
    await page.setViewportSize(VIEWPORTS.desktop);
    await settle(page);
    const nav = await page.evaluate(() => {
      const links = [...document.querySelectorAll('.site-nav ul a')].map((a) => a.getBoundingClientRect());
      return { rows: new Set(links.map((r) => Math.round(r.top))).size, links: links.length };
    });
    expect(nav.links, `${path}: navigation links`).toBeGreaterThan(3);
    expect(nav.rows, `${path}: rows of navigation at ${VIEWPORTS.desktop.width} px`).toBe(1);
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await settle(page);
      const height = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);
      expect(height, `${path}: header height at ${width} px`).toBeLessThanOrEqual(120);
    }
  }
});

test('theme toggle: an explicit choice sticks across pages, set on <html> before first paint', async () => {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, colorScheme: 'light' });
  await context.addInitScript(neverIntersect);
  const p = await context.newPage();
  try {
    await p.goto(urlFor('/'), { waitUntil: 'load' });
    const button = p.locator('theme-toggle button');
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // The next page: the stored choice is on <html> when the first script after it runs.
    await p.goto(urlFor('/sources/'), { waitUntil: 'commit' });
    await p.waitForSelector('body', { state: 'attached' });
    expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await p.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    await expect.poll(() => p.locator('theme-toggle button').getAttribute('aria-pressed')).toBe('true');
  } finally {
    await context.close();
  }
});
