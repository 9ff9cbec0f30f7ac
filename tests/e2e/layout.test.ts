/**
 * Layout from 320 to 1920 px (issue: reads well on every screen), on the sampled pages (every
 * template; see below). Each page is loaded once and resized through the widths, so the check stays cheap:
 *   - no page-level horizontal overflow (`scrollWidth ≤ innerWidth`) at 320, 390, 768, 1280, 1920 px;
 *   - at 1280 px no table needs sideways scrolling (each fits its box);
 *   - a table that scrolls on a phone does so inside a focusable, labelled region;
 *   - the header: one row (brand, navigation, search) from 1024 px, at most 120 px tall on a phone;
 *   - long pages (four or more sections) have an "On this page" list whose links all resolve;
 *   - the theme toggle remembers an explicit choice across pages, applied before first paint.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlFiles } from './dist-scan.ts';
import { VIEWPORTS, launchBrowser, neverIntersect, urlFor } from './harness.ts';
import { pageSample } from './page-sample.ts';

const WIDTHS = [320, 390, 768, 1280, 1920] as const;
// The page sample (page-sample.ts: every template), but the crossing pages chosen only for their
// border: a border changes a crossing page's map, not its width; the longest crossing pages stay.
const pages = pageSample(htmlFiles())
  .filter((p) => p.reasons.some((r) => r !== 'border-crossing'))
  .map((p) => p.path);

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

async function settle(): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

test('dist/ has pages', () => {
  expect(pages.length).toBeGreaterThan(0);
});

describe.each(pages)('%s', (path) => {
  test('fits every width from 320 to 1920 px; no table scrolls at 1280 px; scrolling tables are labelled regions; border pages list their sections', async () => {
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.goto(urlFor(path), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: VIEWPORTS.desktop.height });
      await settle();
      const r = await page.evaluate(() => {
        const tables = [...document.querySelectorAll('table')].filter((t) => t.getClientRects().length > 0);
        const scrolling = tables.flatMap((t) => {
          const box = t.closest('.table-scroll') ?? t.parentElement!;
          if (box.scrollWidth <= box.clientWidth + 1) return [];
          // A focusable region landmark: <section> (or role=region) named by aria-label.
          const labelled =
            box.getAttribute('tabindex') === '0' && box.matches('section, [role="region"]') && (box.getAttribute('aria-label') ?? '').trim() !== '';
          return [{ name: (t.caption?.textContent ?? t.className ?? 'table').trim().slice(0, 50), labelled }];
        });
        return { scrollWidth: document.documentElement.scrollWidth, innerWidth, scrolling };
      });
      if (r.scrollWidth > r.innerWidth) problems.push(`${width}px: page scrolls sideways (scrollWidth ${r.scrollWidth} > ${r.innerWidth})`);
      for (const t of r.scrolling) {
        if (width >= VIEWPORTS.desktop.width) problems.push(`${width}px: table "${t.name}" needs horizontal scrolling`);
        else if (!t.labelled) problems.push(`${width}px: table "${t.name}" scrolls outside a focusable, labelled region`);
      }
    }
    expect(problems, path).toEqual([]);
    if (path.startsWith('/borders/')) {
      // Long pages list their sections in "On this page", every link resolving, in the side column at 1280 px.
      await page.setViewportSize(VIEWPORTS.desktop);
      const toc = await page.evaluate(() => {
        const links = [...document.querySelectorAll<HTMLAnchorElement>('.page-toc a[href^="#"]')];
        return {
          count: links.length,
          missing: links.filter((a) => !document.getElementById(decodeURIComponent(a.hash.slice(1)))).map((a) => a.hash),
          visible: (document.querySelector('.page-toc__list')?.getBoundingClientRect().height ?? 0) > 0,
        };
      });
      expect(toc.count, `${path}: sections in On this page`).toBeGreaterThanOrEqual(4);
      expect(toc.missing, `${path}: links without a target`).toEqual([]);
      expect(toc.visible, `${path}: list shown in the side column at 1280 px`).toBe(true);
    }
  });
});

test('header: one row from 1024 px, at most 120 px tall on a phone', async () => {
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
  // Both editions: the Russian brand and link to the other edition run longer.
  for (const path of ['/', '/ru/']) {
    if (path !== '/') await page.goto(urlFor(path), { waitUntil: 'load' });
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await settle();
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
