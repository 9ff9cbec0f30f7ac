/**
 * Plates sized for the reader (style/spec.ts PLATES), measured in Chromium without JavaScript (the
 * static maps are what shows): at a 1280 px window every border map spans at least 800 CSS px; at a
 * 390 px window the phone plate shows, and no label on any static map of a border or crossing page is
 * drawn below 10 CSS px (its font size times the drawing's scale on screen).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlFiles } from './dist-scan.ts';
import { launchBrowser, listPages, screenshot, urlFor } from './harness.ts';
import { pageSample } from './page-sample.ts';

const borderPages = listPages().filter((p) => /^\/borders\/[^/]+\/$/.test(p));
/** The sampled crossing pages (page-sample.ts): one per border (each map's extent), the longest, the first three. */
const crossingPages = pageSample(htmlFiles())
  .filter((p) => p.template === 'crossings/*')
  .map((p) => p.path);

/** Every visible static map on the page: its width on screen and its smallest drawn label, CSS px. */
function measure(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('svg[data-static-map]')]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const sizes = [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')) * scale);
        return { plate: svg.getAttribute('data-plate'), width: svg.getBoundingClientRect().width, smallest: Math.min(...sizes) };
      }),
  );
}

describe('static map plates', () => {
  let browser: Browser;
  /** One tab without JavaScript per window width, reused page after page (nothing is left running between pages). */
  let tabs: Record<'wide' | 'phone', Page>;
  beforeAll(async () => {
    browser = await launchBrowser({ javaScript: false });
    const tab = async (viewport: { width: number; height: number }) =>
      (await browser.newContext({ viewport, javaScriptEnabled: false, deviceScaleFactor: 1, serviceWorkers: 'block' })).newPage();
    tabs = { wide: await tab({ width: 1280, height: 900 }), phone: await tab({ width: 390, height: 844 }) };
  });
  afterAll(async () => {
    await browser?.close();
  });
  const open = async (tab: Page, path: string): Promise<Page> => {
    const response = await tab.goto(urlFor(path), { waitUntil: 'load' });
    expect(response?.status(), `${path}: HTTP status`).toBe(200);
    return tab;
  };

  test('at 1280 px every border map is at least 800 px wide', async () => {
    expect(borderPages.length).toBeGreaterThan(0);
    for (const path of borderPages) {
      const page = await open(tabs.wide, path);
      const maps = await measure(page);
      expect(maps[0]?.plate, path).toBe('wide');
      expect(maps[0]!.width, path).toBeGreaterThanOrEqual(800);
      if (path.includes('kyrgyzstan')) await screenshot(page, 'plate-1280', { fullPage: false });
    }
  });

  test('at 390 px the phone plate shows and no label is drawn below 10 px', async () => {
    for (const path of [...borderPages, ...crossingPages]) {
      const page = await open(tabs.phone, path);
      const maps = await measure(page);
      expect(maps.length, path).toBeGreaterThan(0);
      for (const m of maps) {
        expect(m.plate, path).toBe('phone');
        expect(m.smallest, `${path}: smallest label`).toBeGreaterThanOrEqual(10);
      }
      if (path.includes('kyrgyzstan')) await screenshot(page, 'plate-390', { fullPage: false });
    }
  });
});
