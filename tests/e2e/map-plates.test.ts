/**
 * Plates sized for the reader (style/spec.ts PLATES), measured in Chromium without JavaScript (the
 * static maps are what shows): at a 1280 px window every border map spans at least 800 CSS px; at a
 * 390 px window the phone plate shows, and no label on any static map of a border or crossing page is
 * drawn below 10 CSS px (its font size times the drawing's scale on screen).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, listPages, openPage, screenshot } from './harness.ts';

const borderPages = listPages().filter((p) => /^\/borders\/[^/]+\/$/.test(p));
const crossingPages = listPages()
  .filter((p) => /^\/crossings\/[^/]+\/$/.test(p))
  .slice(0, 3);

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
  beforeAll(async () => {
    browser = await launchBrowser({ javaScript: false });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('at 1280 px every border map is at least 800 px wide', async () => {
    expect(borderPages.length).toBeGreaterThan(0);
    for (const path of borderPages) {
      const opened = await openPage(browser, path, { viewport: { width: 1280, height: 900 } });
      const maps = await measure(opened.page);
      expect(maps[0]?.plate, path).toBe('wide');
      expect(maps[0]!.width, path).toBeGreaterThanOrEqual(800);
      if (path.includes('kyrgyzstan')) await screenshot(opened.page, 'plate-1280', { fullPage: false });
      await opened.close();
    }
  });

  test('at 390 px the phone plate shows and no label is drawn below 10 px', async () => {
    for (const path of [...borderPages, ...crossingPages]) {
      const opened = await openPage(browser, path, { viewport: { width: 390, height: 844 } });
      const maps = await measure(opened.page);
      expect(maps.length, path).toBeGreaterThan(0);
      for (const m of maps) {
        expect(m.plate, path).toBe('phone');
        expect(m.smallest, `${path}: smallest label`).toBeGreaterThanOrEqual(10);
      }
      if (path.includes('kyrgyzstan')) await screenshot(opened.page, 'plate-390', { fullPage: false });
      await opened.close();
    }
  });
});
