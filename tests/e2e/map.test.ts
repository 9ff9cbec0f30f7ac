/**
 * The interactive map (<atlas-map>, src/client/atlas-map.ts) in headless Chromium against the
 * built site: it stays out of the network until wanted, renders non-blank WebGL, keyboard and
 * table selection work both ways, the URL keeps and restores its state, and a lost WebGL context
 * or no WebGL at all leaves the static SVG twin with a note and no page errors, and the page with
 * its map live prints its SVG twin. On the live map with a crossing selected: no axe violation in
 * the map or its popup, and no Content-Security-Policy violation (worker, canvas, popup). Missing,
 * broken and slow map data are in failure-modes.test.ts.
 *
 * A map start is the costliest step here, so the checks that need a live map but not a fresh load
 * share one page per viewport (in order, each leaving no popup open).
 *
 * With SCREENSHOTS=1, screenshots go to test-results/screenshots/map-*.png (and to $MAP_SHOTS when set). */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileForPath } from './dist-scan.ts';
import { live, mapIdle, note, svgHidden, svgVisible } from './live-map.ts';
import { expectFitsPaper, expectSheet, printedState } from './print-sheet.ts';
import { axe } from './axe.ts';
import { HEAVY, VIEWPORTS, bringMapIntoView, cspViolations, launchBrowser, listPages, type OpenedPage, openPage, screenshot } from './harness.ts';

/** A border page carries the fullest map: regions, settlements, crossings and the crossing table. */
const borderPages = listPages().filter((p) => /^\/borders\/[^/]+\/$/.test(p));
const MAP_PAGE =
  process.env.MAP_TEST_PATH ?? borderPages.find((p) => p.includes('kazakhstan-kyrgyzstan')) ?? borderPages[0] ?? '/borders/kazakhstan-kyrgyzstan/';
/**
 * The budget is ≤ 1 s from activation to a rendered map (scripts/config/budgets.ts, mapReadyMs). Measured here with SwiftShader
 * (software WebGL): 1.0–1.4 s on an idle machine, of which 0.6–2 s can be the GPU process's first
 * WebGL context, 4 s under a parallel build and 8.4 s on a two-core machine at load average 15.
 * The figure is logged (the benchmark holds it to the budget); the assertion catches a hang: the
 * wait for the live map lasts twice its limit, so a slow start fails the assertion rather than the
 * wait. Tighten with MAP_READY_BUDGET_MS on a quiet machine.
 */
const READY_BUDGET_MS = Number(process.env.MAP_READY_BUDGET_MS ?? 15_000);

const shot = async (page: Page, name: string, fullPage = false): Promise<void> => {
  const file = await screenshot(page, `map-${name}`, { fullPage });
  if (file && process.env.MAP_SHOTS) {
    mkdirSync(process.env.MAP_SHOTS, { recursive: true });
    copyFileSync(file, join(process.env.MAP_SHOTS, basename(file)));
  }
};

/** The first crossing a page's table lists, read from its built HTML. */
function firstCrossingOf(path: string): string | undefined {
  const file = fileForPath(path);
  const html = file ? readFileSync(file, 'utf8') : '';
  return /data-(?:select-crossing|crossing-row)="([^"]+)"/.exec(html)?.[1];
}

/** Distinct colours in the map canvas as screenshotted (a blank map has one or two). */
async function canvasColours(page: Page): Promise<number> {
  const png = await page.locator('atlas-map .maplibregl-canvas').first().screenshot();
  return page.evaluate(async (b64) => {
    // Decoded here rather than fetched from a data: URL, which the CSP's connect-src 'self' forbids.
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 16) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return seen.size;
  }, png.toString('base64'));
}

/** Map state read through the element's `map` property (set by atlas-map-view.ts). */
const mapState = (page: Page) =>
  page.evaluate(() => {
    const map = (document.querySelector('atlas-map') as HTMLElement & { map?: { getZoom(): number; getCenter(): { lat: number; lng: number } } }).map;
    return map ? { zoom: map.getZoom(), lat: map.getCenter().lat, lng: map.getCenter().lng } : null;
  });

const clean = (opened: OpenedPage, what: string) => {
  expect(opened.foreignRequests, `${what}: requests to other origins`).toEqual([]);
  expect(opened.pageErrors, `${what}: uncaught page errors`).toEqual([]);
  const failed = opened.failedRequests.filter((r) => !/favicon/.test(r));
  expect(failed, `${what}: failed requests`).toEqual([]);
};

describe(`interactive map on ${MAP_PAGE}`, () => {
  let browser: Browser;
  let noWebgl: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    noWebgl = await launchBrowser({ webgl: false });
  });
  afterAll(async () => {
    await browser?.close();
    await noWebgl?.close();
  });

  /**
   * One desktop page whose map goes live once, for the checks that need a live map but not a fresh
   * load (a map start is the costliest step of these tests). They run in order on that page; each
   * leaves no popup open.
   */
  describe('desktop, one live map', () => {
    let opened: OpenedPage;
    let page: Page;
    beforeAll(async () => {
      opened = await openPage(browser, MAP_PAGE);
      page = opened.page;
    });
    afterAll(async () => {
      await opened?.close();
    });

    test('a map on screen at load stays static until the reader scrolls, types, touches or moves the pointer', async () => {
      await page.waitForLoadState('networkidle');
      expect(
        opened.requests.filter((u) => HEAVY.test(u)),
        'fetched without any sign of the reader',
      ).toEqual([]);
      expect(await page.locator('link[href*="maplibre"]').count(), 'MapLibre CSS linked before the map starts').toBe(0);
      expect(await svgVisible(page)).toBe(true);
      await page.mouse.move(20, 20);
      await live(page);
      expect(
        opened.requests.some((u) => /maplibre-gl.*\.css/.test(u)),
        'MapLibre CSS once the map starts',
      ).toBe(true);
      expect(await svgHidden(page), 'SVG twin hidden once the map has rendered').toBe(true);
      expect(await page.getByRole('button', { name: 'Load interactive map' }).isVisible(), 'load button once live').toBe(false);
      expect(await canvasColours(page), 'colours drawn on the canvas (a blank map has one or two)').toBeGreaterThan(8);
      // Attribution: Natural Earth, nothing linking elsewhere, no logo; a scale bar.
      await expect.poll(() => page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Natural Earth');
      expect(await page.locator('.maplibregl-ctrl-attrib a, .maplibregl-ctrl-logo').count()).toBe(0);
      expect(await page.locator('.maplibregl-ctrl-scale').count()).toBe(1);
      await bringMapIntoView(page);
      await shot(page, 'border-desktop', true);
      clean(opened, "start on the reader's first move");
    });

    test('markers reachable by Tab and popups that link to crossings', async () => {
      await live(page);
      const markers = page.locator('atlas-map .atlas-map__crossing');
      expect(await markers.count()).toBeGreaterThan(0);
      // From the map canvas, Tab reaches the first crossing marker (a real, named button).
      await page.locator('atlas-map .maplibregl-canvas').focus();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { tag: el.tagName, cls: el.className, label: el.getAttribute('aria-label'), id: el.dataset.crossing };
      });
      expect(focused.tag).toBe('BUTTON');
      expect(focused.cls).toContain('atlas-map__crossing');
      expect(focused.label).toMatch(/ – .+ crossing, (road|rail|pedestrian|hiking)/);
      // Enter selects it: popup with a link to its page, table row marked, URL updated.
      const events: unknown[] = [];
      await page.exposeFunction('__atlasSelected', (d: unknown) => events.push(d));
      await page.evaluate(() =>
        document.addEventListener('atlas:select', (e) =>
          (window as unknown as { __atlasSelected(d: unknown): void }).__atlasSelected((e as CustomEvent).detail),
        ),
      );
      await page.keyboard.press('Enter');
      const popup = page.locator('.maplibregl-popup');
      await expect.poll(() => popup.count()).toBe(1);
      expect(await popup.locator('a').getAttribute('href')).toBe(`/crossings/${focused.id}/`);
      await expect.poll(() => events).toContainEqual({ id: focused.id, source: 'map' });
      expect(new URL(page.url()).searchParams.get('crossing')).toBe(focused.id);
      const rows = page.locator(`[data-crossing-row="${focused.id}"]`);
      expect(await rows.count(), 'the crossing has a table row').toBeGreaterThan(0);
      expect(await rows.first().getAttribute('aria-current')).toBe('true');
      expect(await page.locator(`atlas-map .atlas-map__crossing[data-crossing="${focused.id}"]`).getAttribute('aria-current')).toBe('true');
      await shot(page, 'selected-desktop');
      await page.keyboard.press('Escape');
      await expect.poll(() => popup.count()).toBe(0);
      clean(opened, 'keyboard selection');
    });

    test('a popup stays inside the map; Esc closes it and focus returns', async () => {
      await live(page);
      const marker = page.locator('atlas-map .atlas-map__crossing:not([hidden]):not(.atlas-map__crossing--group)').last();
      const id = await marker.getAttribute('data-crossing');
      await marker.focus();
      await page.keyboard.press('Enter');
      const box = (await page.locator('atlas-map').boundingBox())!;
      await expect
        .poll(async () => {
          const pop = await page.locator('.maplibregl-popup').boundingBox();
          return Boolean(
            pop && pop.x >= box.x && pop.y >= box.y && pop.x + pop.width <= box.x + box.width + 0.5 && pop.y + pop.height <= box.y + box.height + 0.5,
          );
        })
        .toBe(true);
      await shot(page, 'popup-desktop');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(0);
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.crossing)).toBe(id);
    });

    test('table → map and map → table selection, and the view kept in #map=', async () => {
      const buttons = page.locator('[data-select-crossing]');
      expect(await buttons.count(), `crossing table buttons on ${MAP_PAGE}`).toBeGreaterThanOrEqual(2);
      await live(page);
      const second = buttons.nth(1);
      const id = (await second.getAttribute('data-select-crossing'))!;
      await second.click();
      await expect.poll(() => page.locator(`[data-crossing-row="${id}"]`).first().getAttribute('aria-current')).toBe('true');
      expect(await page.locator('[data-crossing-row][aria-current="true"]').count()).toBe(1);
      await expect.poll(() => page.locator('.maplibregl-popup a').getAttribute('href')).toBe(`/crossings/${id}/`);
      expect(await page.locator(`atlas-map .atlas-map__crossing[data-crossing="${id}"]`).getAttribute('aria-current')).toBe('true');
      // The fly-to ends with the view in the hash; other query state survives.
      await expect.poll(() => new URL(page.url()).hash, { timeout: 10_000 }).toMatch(/^#map=[\d.]+\/-?[\d.]+\/-?[\d.]+$/);
      expect(new URL(page.url()).searchParams.get('crossing')).toBe(id);

      // Map → table: clicking another marker moves the table mark.
      const other = page.locator('atlas-map .atlas-map__crossing').first();
      const otherId = (await other.getAttribute('data-crossing'))!;
      await other.click({ force: true });
      await expect.poll(() => page.locator(`[data-crossing-row="${otherId}"]`).first().getAttribute('aria-current')).toBe('true');
      if (otherId !== id) expect(await page.locator(`[data-crossing-row="${id}"]`).first().getAttribute('aria-current')).toBeNull();
      await page.keyboard.press('Escape');
      clean(opened, 'table selection');
    });

    test('a lost WebGL context shows the SVG again; a restored one brings the map back', async () => {
      await live(page);
      await page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('atlas-map .maplibregl-canvas')!;
        const ext = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
        (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
        ext.loseContext();
      });
      await expect.poll(() => svgVisible(page)).toBe(true);
      expect(await note(page)).toMatch(/showing the static map/);
      await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
      await live(page);
      await expect.poll(() => note(page)).toBe('');
      expect(opened.pageErrors).toEqual([]);
    });

    test('with the map live, a crossing selected and the map zoomed: no axe violation in the map or its popup, no CSP violation', async () => {
      await live(page);
      expect(await axe(page, { include: 'atlas-map' }), 'axe violations inside the live map').toEqual([]);
      // The canvas region has a name (MapLibre's default is "Map").
      const label = await page.locator('atlas-map .maplibregl-canvas, atlas-map [role="region"]').first().getAttribute('aria-label');
      expect(label ?? '', 'the live map names itself').toMatch(/\S/);
      // A crossing selected from the keyboard opens its popup: checked on its own (while it is open it
      // may cover a neighbouring marker, which the reader closes it to reach).
      const marker = page.locator('atlas-map .atlas-map__crossing:not([hidden])').first();
      await marker.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(1);
      expect(await axe(page, { include: '.maplibregl-popup' }), 'axe violations in the crossing popup').toEqual([]);
      // Zoom once so that the worker cuts the GeoJSON again; then the policy has seen worker, canvas and popup.
      const zoomed = await page.evaluate(async () => {
        const map = (document.querySelector('atlas-map') as HTMLElement & { map?: { zoomIn(o: unknown): void; once(type: string): Promise<unknown> } }).map;
        if (!map) return false;
        const idle = map.once('idle');
        map.zoomIn({ animate: false });
        await idle;
        return true;
      });
      expect(zoomed, 'the live map zoomed in and settled').toBe(true);
      expect(await cspViolations(page), 'securitypolicyviolation events with the map live').toEqual([]);
      expect(opened.consoleCsp, 'console messages about the policy').toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(0);
    });

    test('printed with the map live: the SVG twin, not the canvas or the map buttons', async () => {
      await live(page);
      expect(await page.locator('atlas-map .maplibregl-canvas').count(), 'the live map canvas').toBeGreaterThan(0);
      expectSheet(MAP_PAGE, await printedState(page));
      await expectFitsPaper(page, MAP_PAGE, 'border');
      expect(opened.pageErrors).toEqual([]);
    });
  });

  test('a shared link opens the same view: ?crossing= starts at once, #map= restores the camera', async () => {
    const id = firstCrossingOf(MAP_PAGE);
    expect(id, `a crossing listed on ${MAP_PAGE}`).toBeTruthy();
    const opened = await openPage(browser, `${MAP_PAGE}?crossing=${id}#map=7.25/43.1000/76.5000`, { viewport: 'phone' });
    try {
      const { page } = opened;
      await live(page);
      const state = await mapState(page);
      expect(state?.zoom).toBeCloseTo(7.25, 1);
      expect(state?.lat).toBeCloseTo(43.1, 1);
      expect(state?.lng).toBeCloseTo(76.5, 1);
      await expect.poll(() => page.locator(`atlas-map .atlas-map__crossing[data-crossing="${id}"]`).getAttribute('aria-current')).toBe('true');
      expect(await page.locator(`[data-crossing-row="${id}"]`).first().getAttribute('aria-current')).toBe('true');
      clean(opened, 'deep link');
    } finally {
      await opened.close();
    }
  });

  /** One phone page: the tap that starts its map, then the checks of the live map, in order. */
  describe('phone, one live map', () => {
    let opened: OpenedPage;
    let page: Page;
    beforeAll(async () => {
      opened = await openPage(browser, MAP_PAGE, { viewport: 'phone' });
      page = opened.page;
    });
    afterAll(async () => {
      await opened?.close();
    });
    /** Crossing buttons shown (single or grouped with a count), with the crossings each holds. */
    const markers = () =>
      page.locator('atlas-map .atlas-map__crossing:not([hidden])').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          const b = e as HTMLElement;
          return { id: b.dataset.crossing!, members: (b.dataset.members ?? b.dataset.crossing!).split(' '), x: r.x, y: r.y, w: r.width, h: r.height };
        }),
      );

    test('nothing heavy before the reader scrolls; the map waits for a tap (fetching meanwhile), then grows to most of the screen; no two markers overlap', async () => {
      const before = await page.locator('atlas-map').boundingBox();
      // On screen or below it, the map waits for a sign of the reader (a scroll, key, touch or pointer move).
      await page.waitForLoadState('networkidle');
      expect(
        opened.requests.filter((u) => HEAVY.test(u)),
        'MapLibre or map data fetched before the reader did anything',
      ).toEqual([]);
      await bringMapIntoView(page);
      // Near the viewport, MapLibre and the data are fetched, but the box keeps its size and the SVG.
      await expect.poll(() => opened.requests.some((u) => /maplibre-gl/.test(u)), { timeout: 10_000 }).toBe(true);
      await expect.poll(() => opened.requests.some((u) => /\/map-data\//.test(u)), { timeout: 10_000 }).toBe(true);
      // Everything fetched has arrived: a map that would start by itself has what it needs now.
      await page.waitForFunction(() =>
        ['maplibre-gl', '/map-data/'].every((part) =>
          performance.getEntriesByType('resource').some((e) => e.name.includes(part) && (e as PerformanceResourceTiming).responseEnd > 0),
        ),
      );
      expect(await page.locator('atlas-map.atlas-map--live').count(), 'started without a tap').toBe(0);
      expect(await svgVisible(page)).toBe(true);
      expect((await page.locator('atlas-map').boundingBox())?.height).toBeCloseTo(before?.height ?? 0, 0);
      const started = Date.now();
      await page.getByRole('button', { name: 'Load interactive map' }).click();
      await live(page, 2 * READY_BUDGET_MS);
      const readyMs = Date.now() - started;
      console.info(`map ready ${readyMs} ms after the tap (phone)`);
      expect(readyMs, 'ms from the tap to a live map').toBeLessThan(READY_BUDGET_MS);
      await mapIdle(page);
      const after = (await page.locator('atlas-map').boundingBox())!;
      expect(after.width).toBeLessThanOrEqual(VIEWPORTS.phone.width);
      expect(after.height, 'live map height on a phone').toBeGreaterThanOrEqual(0.6 * VIEWPORTS.phone.height);
      expect(after.y, 'map top on screen').toBeGreaterThanOrEqual(0);
      expect(after.y + after.height, 'map bottom on screen').toBeLessThanOrEqual(VIEWPORTS.phone.height + 1);
      expect(await canvasColours(page)).toBeGreaterThan(8);
      await shot(page, 'border-phone');

      // Crossing buttons never overlap, and together hold every crossing.
      const initial = await markers();
      const overlaps: string[] = [];
      for (const [i, a] of initial.entries()) {
        for (const b of initial.slice(i + 1)) {
          if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) overlaps.push(`${a.id} × ${b.id}`);
        }
      }
      expect(overlaps, 'overlapping crossing buttons at the first view').toEqual([]);
      const rows = await page.locator('[data-crossing-row]').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.crossingRow!))]);
      expect(initial.flatMap((m) => m.members).sort()).toEqual(rows.sort());
    });

    test('a group of crossings too close to tell apart zooms in when pressed, until they stand apart', async (ctx) => {
      await live(page);
      const group = page.locator('atlas-map .atlas-map__crossing--group').first();
      if ((await group.count()) === 0) ctx.skip('no group at the first view of this map');
      const initial = await markers();
      expect(await group.getAttribute('aria-label')).toMatch(/^\d+ crossings close together: .+\. Zoom in$/);
      const size = Number(await group.textContent());
      await group.click();
      await expect.poll(async () => (await markers()).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(initial.length + size - 1);
      await mapIdle(page);
      await shot(page, 'group-expanded-phone');
    });

    test('a popup stays inside the map with its link visible; Esc and × close it, focus returns to the marker', async () => {
      await live(page);
      const inside = async () => {
        const [box, pop, link] = await Promise.all([
          page.locator('atlas-map').boundingBox(),
          page.locator('.maplibregl-popup').boundingBox(),
          page.locator('.maplibregl-popup a', { hasText: 'Crossing details' }).boundingBox(),
        ]);
        if (!box || !pop || !link) return 'missing';
        const within = (r: typeof pop) =>
          r.x >= box.x && r.y >= box.y && r.x + r.width <= box.x + box.width + 0.5 && r.y + r.height <= box.y + box.height + 0.5;
        return within(pop) && within(link) ? 'inside' : `popup ${JSON.stringify(pop)} outside map ${JSON.stringify(box)}`;
      };
      const singles = page.locator('atlas-map .atlas-map__crossing:not([hidden]):not(.atlas-map__crossing--group)');
      const count = await singles.count();
      expect(count).toBeGreaterThan(0);
      // Every crossing's popup, from the keyboard: inside the box, and Escape hands focus back.
      for (let i = 0; i < count; i++) {
        const marker = singles.nth(i);
        const id = await marker.getAttribute('data-crossing');
        await marker.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(1);
        await expect.poll(inside, { timeout: 5_000 }).toBe('inside');
        if (i === count - 1) await shot(page, 'popup-phone');
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(0);
        expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.crossing), 'focus back on the marker').toBe(id);
      }
      // The close button does the same for a tapped marker: one the map shows now (fitting the popups
      // above has panned the map, so the first marker may lie outside the box, where no one can tap it).
      const box = (await page.locator('atlas-map').boundingBox())!;
      const tappable = await singles.evaluateAll(
        (els, b) =>
          els.findIndex((e) => {
            const r = e.getBoundingClientRect();
            const x = r.left + r.width / 2;
            const y = r.top + r.height / 2;
            return x >= b.x && y >= b.y && x <= b.x + b.width && y <= b.y + b.height;
          }),
        box,
      );
      const where = async () =>
        JSON.stringify({
          box,
          markers: await singles.evaluateAll((els) =>
            els.map((e) => [e.dataset.crossing, Math.round(e.getBoundingClientRect().x), Math.round(e.getBoundingClientRect().y)]),
          ),
        });
      expect(tappable, `a single crossing marker inside the map box: ${tappable < 0 ? await where() : ''}`).toBeGreaterThanOrEqual(0);
      const marker = singles.nth(tappable);
      const id = await marker.getAttribute('data-crossing');
      await marker.click({ force: true });
      await expect.poll(inside, { timeout: 5_000 }).toBe('inside');
      const close = page.locator('.maplibregl-popup-close-button');
      const closeBox = (await close.boundingBox())!;
      expect(Math.min(closeBox.width, closeBox.height), 'close button target size').toBeGreaterThanOrEqual(24);
      await close.click();
      await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(0);
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.crossing)).toBe(id);
      clean(opened, 'phone popups');
    });
  });

  test('without WebGL (--disable-3d-apis): SVG twin and a note, nothing heavy fetched, no errors', async () => {
    const opened = await openPage(noWebgl, MAP_PAGE);
    try {
      const { page } = opened;
      await bringMapIntoView(page);
      await expect.poll(() => note(page)).toBe('Interactive map unavailable in this browser: showing the static map.');
      expect(await svgVisible(page)).toBe(true);
      expect(opened.requests.filter((u) => HEAVY.test(u))).toEqual([]);
      // Table selection still marks rows without a map.
      const button = page.locator('[data-select-crossing]').first();
      expect(await button.count(), `crossing table buttons on ${MAP_PAGE}`).toBeGreaterThan(0);
      const id = await button.getAttribute('data-select-crossing');
      await button.click();
      expect(await page.locator(`[data-crossing-row="${id}"]`).first().getAttribute('aria-current')).toBe('true');
      await shot(page, 'no-webgl-desktop');
      clean(opened, 'no WebGL');
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
