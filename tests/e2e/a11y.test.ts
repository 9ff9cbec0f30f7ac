/**
 * Accessibility in Chromium, beyond the page pass (page-pass.ts: axe on a sample of every template as
 * loaded, and every visible <svg> decorative or named):
 *   - axe-core (WCAG 2.0/2.1/2.2 A and AA rules, and axe's best practices) finds no violation on a
 *     border page with the interactive map live and a crossing selected;
 *   - keyboard focus is visible: Tab reaches the skip link first, then the next links, each drawn
 *     with an outline or a box-shadow (and the picture changes when it takes focus).
 *
 * axe is injected as an inline script, which the site's Content-Security-Policy forbids: this file
 * opens its context with bypassCSP. One tab reused for every page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlFiles } from './dist-scan.ts';
import { VIEWPORTS, baseUrl, bringMapIntoView, launchBrowser, neverIntersect, urlFor } from './harness.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = htmlFiles().map((f) => f.path);

interface AxeNode {
  target: string[];
  failureSummary?: string;
  html: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** Runs axe on the page (injecting it once per document) and returns its violations, readable. */
async function axe(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(async (selector) => {
    const w = window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } };
    const result = await w.axe.run(selector ? { include: [[selector]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations;
  }, include ?? null)) as AxeViolation[];
  return violations.flatMap((v) =>
    v.nodes.slice(0, 5).map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300)}`),
  );
}

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  baseUrl();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: VIEWPORTS.desktop, deviceScaleFactor: 1, bypassCSP: true, reducedMotion: 'reduce' });
  // The map island stays static on the pages as loaded (its observer never fires), so axe sees a
  // settled page; the live map is checked on its own below (the `a11y-live` query lifts the stub).
  await context.addInitScript(neverIntersect, 'a11y-live');
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

describe('the live map', () => {
  test('a border page with the interactive map live, and its crossing popup: no axe violations', async () => {
    const border = pages.find((p) => /^\/borders\/[^/]+\/$/.test(p));
    expect(border, 'a border page').toBeTruthy();
    await page.goto(urlFor(`${border!}?a11y-live`), { waitUntil: 'load' });
    await bringMapIntoView(page);
    await page.waitForSelector('atlas-map.atlas-map--live', { timeout: 20_000 });
    expect(await axe(page, 'atlas-map'), `${border}: axe violations inside the live map`).toEqual([]);
    // A crossing selected from the keyboard opens its popup: check the popup on its own (while it is
    // open it may cover a neighbouring marker, which the reader closes it to reach).
    const marker = page.locator('atlas-map .atlas-map__crossing').first();
    expect(await marker.count(), 'crossing markers on the live map').toBeGreaterThan(0);
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(1);
    expect(await axe(page, '.maplibregl-popup'), `${border}: axe violations in the crossing popup`).toEqual([]);
    // The canvas region has a name (MapLibre's default is "Map").
    const label = await page.locator('atlas-map .maplibregl-canvas, atlas-map [role="region"]').first().getAttribute('aria-label');
    expect(label ?? '', 'the live map names itself').toMatch(/\S/);
  });
});
