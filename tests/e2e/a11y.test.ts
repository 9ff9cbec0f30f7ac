/**
 * Accessibility in Chromium, beyond the page pass (page-pass.ts: axe on a page of every template as
 * loaded, and every visible <svg> decorative or named) and the live map (map.test.ts: axe inside the
 * live map and its crossing popup): keyboard focus is visible. Tab reaches the skip link first, then
 * the next links, each drawn with an outline or a box-shadow (and the picture changes when it takes focus).
 *
 * The check adds a style element to hide the focus indicator for comparison, which the site's
 * Content-Security-Policy forbids: this file opens its context with bypassCSP. One tab for every page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlFiles } from './dist-scan.ts';
import { VIEWPORTS, baseUrl, launchBrowser, neverIntersect, urlFor } from './harness.ts';

const pages = htmlFiles().map((f) => f.path);

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  baseUrl();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: VIEWPORTS.desktop, deviceScaleFactor: 1, bypassCSP: true, reducedMotion: 'reduce' });
  // The map island stays static (its observer never fires): these checks are about the page around it.
  await context.addInitScript(neverIntersect);
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

test('dist/ has pages', () => {
  expect(pages.length).toBeGreaterThan(0);
});

describe('keyboard focus is visible', () => {
  /** The focused element's focus indicator, and whether its pixels changed when it took focus. */
  async function tabTo(n: number) {
    const out: { text: string; outline: string; shadow: string; changed: boolean; inView: boolean }[] = [];
    await page.locator('body').focus();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < n; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const cs = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return {
          text: (el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 40),
          tag: el.tagName,
          outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 ? `${cs.outlineWidth} ${cs.outlineStyle} ${cs.outlineColor}` : '',
          shadow: cs.boxShadow !== 'none' ? cs.boxShadow : '',
          inView: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
          box: { x: Math.max(0, r.x - 8), y: Math.max(0, r.y - 8), width: r.width + 16, height: r.height + 16 },
        };
      });
      // The indicator must draw something: compare the element's area focused and blurred.
      const focused = await page.screenshot({ clip: info.box, animations: 'disabled' });
      await page.evaluate(() => document.documentElement.classList.add('a11y-test-nofocus'));
      const blurredStyle = await page.addStyleTag({
        content: '.a11y-test-nofocus *:focus, .a11y-test-nofocus *:focus-visible { outline: none !important; box-shadow: none !important; }',
      });
      const blurred = await page.screenshot({ clip: info.box, animations: 'disabled' });
      await blurredStyle.evaluate((el) => (el as Element).remove());
      await page.evaluate(() => document.documentElement.classList.remove('a11y-test-nofocus'));
      out.push({ text: `${info.tag} "${info.text}"`, outline: info.outline, shadow: info.shadow, changed: !focused.equals(blurred), inView: info.inView });
    }
    return out;
  }

  test.each(['/', '/travel/', pages.find((p) => /^\/crossings\/[^/]+\/$/.test(p)) ?? '/crossings/'])(
    '%s: the first Tab stops show a focus indicator',
    async (path) => {
      await page.goto(urlFor(path), { waitUntil: 'load' });
      const stops = await tabTo(4);
      expect(stops[0]!.text, 'the first Tab stop is the skip link').toMatch(/skip to content/i);
      for (const stop of stops) {
        expect(stop.outline || stop.shadow, `${path}: ${stop.text} has no outline or box-shadow when focused`).not.toBe('');
        expect(stop.changed, `${path}: ${stop.text}: focusing it changes no pixel`).toBe(true);
        expect(stop.inView, `${path}: ${stop.text} is not on screen when focused`).toBe(true);
      }
    },
  );
});
