/**
 * The byte budgets of DESIGN.md (Budgets), as tests over the built site.
 *
 * Static part (deterministic, from the files in dist/, gzip level 9 as scripts/serve.mjs sends):
 *   - a text page's HTML ≤ 14 KB compressed (it fits the first round trip);
 *   - own JavaScript on a text page ≤ 10 KB compressed (eager scripts, their static imports, inline modules);
 *   - a page's HTML + eager CSS + eager JS ≤ 50 KB compressed;
 *   - no eager script reaches maplibre-gl through static imports;
 *   - each /map-data/<view>.json ≤ 300 KB compressed.
 * Browser part (Chromium, one browser, a fresh context per page so nothing comes from the cache):
 *   - with the map island unable to start (IntersectionObserver stubbed, no button pressed), the
 *     bytes transferred until the network is idle ≤ 50 KB, and no MapLibre or map data requested;
 *     the self-hosted typeface (/fonts/) has its own budget, ≤ 60 KB for first paint (DESIGN.md);
 *   - with the real observer, a map below the fold stays unloaded until it is scrolled near;
 *   - while loading, the layout shifts by no more than the CLS budget (0.01), desktop and phone.
 *
 * "Text pages" are the pages whose main content is text: /travel/, /sources/, /transnational-issues/,
 * /data/, the 404 page and every crossing page (which carry a small map). The map-led pages (the
 * overview /, the border pages, the /crossings/ directory and the /research/migration/ charts) are
 * held to the 50 KB transfer budget only.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eagerAssets, fileForPath, gzipSize, htmlFiles, readText, staticImports, tags } from './dist-scan.ts';
import { baseUrl, bringMapIntoView, distDir, launchBrowser, neverIntersect, urlFor } from './harness.ts';

const KB = 1024;
const BUDGET = {
  textHtml: 14 * KB,
  textOwnJs: 10 * KB,
  beforeMap: 50 * KB,
  /** The bundled typeface's files a page loads for first paint (DESIGN.md: body font ≤ 60 KB). */
  fonts: 60 * KB,
  mapData: 300 * KB,
  /** Cumulative layout shift while a page loads (DESIGN.md: CLS ≤ 0.01). */
  cls: 0.01,
};
const HEAVY = /maplibre-gl|\/map-data\//;
const FONT = /\/fonts\/[^/]+\.woff2$/;

const pages = htmlFiles();
const isTextPage = (path: string): boolean =>
  /^\/(travel|sources|transnational-issues|data)\/$/.test(path) || path === '/404.html' || /^\/crossings\/[^/]+\/$/.test(path);
const textPages = pages.filter((p) => isTextPage(p.path));
const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

/** A site-path asset's file (throws with the page that links it when missing). */
const assetFile = (url: string, from: string): string => {
  const file = fileForPath(new URL(url, `http://x${from}`).pathname);
  if (!file) throw new Error(`${from} links ${url}, which is not in dist/`);
  return file;
};

/** Eager JS of a page: linked module scripts + everything they import statically, by file. */
function eagerJs(html: string, from: string): Map<string, string> {
  const files = new Map<string, string>(); // file → URL path
  const queue = eagerAssets(html)
    .filter((a) => a.kind === 'js')
    .map((a) => new URL(a.url, `http://x${from}`).pathname);
  while (queue.length > 0) {
    const url = queue.shift()!;
    const file = assetFile(url, from);
    if (files.has(file)) continue;
    files.set(file, url);
    for (const spec of staticImports(readText(file))) if (/^\.{0,2}\//.test(spec)) queue.push(new URL(spec, `http://x${url}`).pathname);
  }
  return files;
}

/** Inline module/classic scripts of a page (JSON data blocks excluded): their text. */
const inlineScripts = (html: string): string[] =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc\s*=/.test(m[1]!) && !/type\s*=\s*"?application\/(ld\+)?json/i.test(m[1]!))
    .map((m) => m[2]!);

interface StaticWeight {
  html: number;
  css: number;
  js: number;
  inlineJs: number;
  jsFiles: string[];
}
function staticWeight(file: string, path: string): StaticWeight {
  const html = readText(file);
  const css = eagerAssets(html)
    .filter((a) => a.kind === 'css')
    .reduce((sum, a) => sum + gzipSize(readText(assetFile(a.url, path))), 0);
  const js = eagerJs(html, path);
  return {
    html: gzipSize(html),
    css,
    js: [...js.keys()].reduce((sum, f) => sum + gzipSize(readText(f)), 0),
    inlineJs: inlineScripts(html).reduce((sum, s) => sum + (s.trim() ? gzipSize(s) : 0), 0),
    jsFiles: [...js.values()],
  };
}

test('the build has pages, text pages among them, and map data', () => {
  expect(pages.length, `no HTML in ${distDir()}`).toBeGreaterThan(5);
  expect(textPages.map((p) => p.path)).toEqual(expect.arrayContaining(['/travel/', '/sources/', '/transnational-issues/', '/data/']));
  expect(textPages.some((p) => p.path.startsWith('/crossings/') && p.path !== '/crossings/'), 'a crossing page').toBe(true);
  expect(existsSync(join(distDir(), 'map-data')), 'dist/map-data/').toBe(true);
});

describe('static budgets (dist/ files, gzip -9)', () => {
  test.each(textPages.map((p) => [p.path, p.file]))('text page %s: HTML ≤ 14 KB, own JS ≤ 10 KB', (path, file) => {
    const w = staticWeight(file, path);
    expect(w.html, `${path}: compressed HTML (budget ${kb(BUDGET.textHtml)})`).toBeLessThanOrEqual(BUDGET.textHtml);
    expect(w.js + w.inlineJs, `${path}: compressed own JS, ${w.jsFiles.join(', ')} + inline (budget ${kb(BUDGET.textOwnJs)})`).toBeLessThanOrEqual(BUDGET.textOwnJs);
  });

  test.each(pages.map((p) => [p.path, p.file]))('%s: HTML + eager CSS + eager JS ≤ 50 KB, no MapLibre in the eager graph', (path, file) => {
    const w = staticWeight(file, path);
    const total = w.html + w.css + w.js;
    expect(w.jsFiles.filter((u) => /maplibre/i.test(u)), `${path}: MapLibre loaded eagerly`).toEqual([]);
    expect(total, `${path}: HTML ${kb(w.html)} + CSS ${kb(w.css)} + JS ${kb(w.js)} (budget ${kb(BUDGET.beforeMap)})`).toBeLessThanOrEqual(BUDGET.beforeMap);
  });

  test('figures (for the issue notes)', () => {
    const rows = pages.map(({ path, file }) => {
      const w = staticWeight(file, path);
      return `${path.padEnd(48)} ${kb(w.html + w.css + w.js).padStart(9)} = HTML ${kb(w.html).padStart(8)} + CSS ${kb(w.css).padStart(7)} + JS ${kb(w.js).padStart(7)} (+ inline ${kb(w.inlineJs)})`;
    });
    console.info(`static weight before any map activates (gzip -9):\n${rows.join('\n')}`);
  });

  test('every map data file ≤ 300 KB compressed, and every map on a page points at one', () => {
    const dir = join(distDir(), 'map-data');
    const sizes: Record<string, number> = {};
    for (const page of pages) {
      for (const tag of tags(readText(page.file))) {
        if (tag.name !== 'atlas-map') continue;
        const src = tag.attrs.get('data-src') ?? '';
        expect(src, `${page.path}: <atlas-map data-src>`).toMatch(/^\/map-data\/[a-z0-9-]+\.json$/);
        const file = fileForPath(src);
        expect(file, `${page.path}: ${src} exists`).not.toBeNull();
        sizes[src] ??= gzipSize(readText(file!));
      }
    }
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) sizes[`/map-data/${name}`] ??= gzipSize(readText(join(dir, name)));
    const largest = Object.entries(sizes).sort((a, b) => b[1] - a[1]);
    console.info(`map data: ${largest.length} files, largest ${largest.slice(0, 3).map(([u, s]) => `${u} ${kb(s)}`).join(', ')}`);
    expect(largest.filter(([, s]) => s > BUDGET.mapData).map(([u, s]) => `${u}: ${kb(s)}`), 'over 300 KB compressed').toEqual([]);
  });
});

describe('in Chromium: transfer before any map activates', () => {
  let browser: Browser;
  beforeAll(async () => {
    baseUrl(); // fails with the reason when the server is not up
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  interface Session {
    context: BrowserContext;
    page: Page;
    /** Layout shift of the page so far, and what moved. */
    cls(): Promise<{ value: number; what: string }>;
    /** Loads `path` with an empty cache; returns compressed body bytes by URL once the network is quiet. */
    load(path: string): Promise<Map<string, number>>;
  }

  /**
   * One context and one tab for a series of pages (a new context costs 0.3–0.8 s here), with the
   * HTTP cache disabled through the DevTools protocol so that every page is measured cold.
   */
  async function session({ stubObserver, viewport }: { stubObserver: boolean; viewport: { width: number; height: number } }): Promise<Session> {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
    if (stubObserver) {
      // An observer that never fires: the map island cannot start by itself (only a button press would start it).
      await context.addInitScript(neverIntersect);
    }
    // Layout shifts from the first paint on (DESIGN.md: CLS ≤ 0.01; e.g. a control revealed by a script).
    await context.addInitScript(() => {
      const w = window as unknown as { __cls: { value: number; what: string }[] };
      w.__cls = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
          if (e.hadRecentInput) continue;
          const what = (e.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${(s.node.getAttribute('class') ?? '').split(' ')[0]}` : String(s.node?.nodeName))).join(', ');
          w.__cls.push({ value: e.value, what });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let bytes = new Map<string, number>();
    let pending: Promise<void>[] = [];
    let inflight = new Set<unknown>();
    let lastChange = Date.now();
    page.on('request', (request) => {
      inflight.add(request);
      lastChange = Date.now();
    });
    page.on('requestfinished', (request) => {
      if (!inflight.delete(request)) return; // from the page before
      lastChange = Date.now();
      const into = bytes;
      pending.push(
        request.sizes().then(
          (s) => void into.set(request.url(), (into.get(request.url()) ?? 0) + s.responseBodySize),
          () => {},
        ),
      );
    });
    page.on('requestfailed', (request) => {
      if (!inflight.delete(request)) return;
      lastChange = Date.now();
      bytes.set(request.url(), bytes.get(request.url()) ?? 0);
    });
    return {
      context,
      page,
      cls: () =>
        page.evaluate(() => {
          const shifts = (window as unknown as { __cls: { value: number; what: string }[] }).__cls;
          return { value: shifts.reduce((a, e) => a + e.value, 0), what: [...new Set(shifts.map((e) => e.what))].join('; ') };
        }),
      async load(path) {
        await page.goto('about:blank');
        bytes = new Map();
        pending = [];
        inflight = new Set();
        await page.goto(urlFor(path), { waitUntil: 'load' });
        // Quiet for 250 ms (Playwright's networkidle waits 500 ms; over every page that adds up).
        const deadline = Date.now() + 5_000;
        while (Date.now() < deadline && (inflight.size > 0 || Date.now() - lastChange < 250)) await page.waitForTimeout(50);
        await Promise.all(pending);
        return bytes;
      },
    };
  }

  const heavy = (bytes: Map<string, number>): string[] => [...bytes.keys()].filter((u) => HEAVY.test(u));
  const describeBytes = (bytes: Map<string, number>): string =>
    [...bytes.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([u, s]) => `${new URL(u).pathname} ${kb(s)}`)
      .join(', ');

  test('every page: ≤ 50 KB transferred with the map not activated, nothing of MapLibre or the map data, CLS ≤ 0.01', async () => {
    const over: string[] = [];
    const fontsOver: string[] = [];
    const heavyLoads: string[] = [];
    const report: string[] = [];
    const shifted: string[] = [];
    const { context, load, cls } = await session({ stubObserver: true, viewport: { width: 1280, height: 900 } });
    try {
      for (const { path } of pages) {
        const bytes = await load(path);
        const shift = await cls();
        if (shift.value > BUDGET.cls) shifted.push(`${path}: ${shift.value.toFixed(3)} (${shift.what})`);
        const fontBytes = [...bytes.entries()].filter(([u]) => FONT.test(new URL(u).pathname)).reduce((a, [, b]) => a + b, 0);
        const total = [...bytes.values()].reduce((a, b) => a + b, 0) - fontBytes;
        report.push(`${path} ${kb(total)} + fonts ${kb(fontBytes)}`);
        if (total > BUDGET.beforeMap) over.push(`${path}: ${kb(total)} — ${describeBytes(bytes)}`);
        if (fontBytes > BUDGET.fonts) fontsOver.push(`${path}: fonts ${kb(fontBytes)} — ${describeBytes(bytes)}`);
        if (heavy(bytes).length > 0) heavyLoads.push(`${path}: ${heavy(bytes).join(', ')}`);
      }
    } finally {
      await context.close();
    }
    console.info(`transferred before map activation: ${report.join(', ')}`);
    expect.soft(heavyLoads, 'MapLibre or map data fetched without the map being activated').toEqual([]);
    expect.soft(over, `pages over ${kb(BUDGET.beforeMap)} compressed before any map activates (fonts apart)`).toEqual([]);
    expect.soft(fontsOver, `pages loading over ${kb(BUDGET.fonts)} of fonts`).toEqual([]);
    expect.soft(shifted, `pages whose layout shifts by more than ${BUDGET.cls} while loading (desktop)`).toEqual([]);
  });

  /** Where the first map box starts, in CSS px from the top of the page (null: no map). */
  const mapTop = (page: Page) =>
    page.evaluate(() => {
      const map = document.querySelector('atlas-map');
      return map ? map.getBoundingClientRect().top + window.scrollY : null;
    });

  test('a map below the fold loads nothing heavy until it is scrolled near; pages without a map never load MapLibre', async () => {
    // Phone size: the map sits below the fold on most pages. The island starts 200 px before the box shows.
    const viewport = { width: 390, height: 844 };
    const checked: string[] = [];
    // Every page without a map, and the first page of each kind that has one (they share templates).
    const kinds = new Map<string, string>();
    for (const { path, file } of pages) {
      const kind = /<atlas-map\b/.test(readText(file)) ? path.replace(/^(\/[^/]+\/)[^/]+\/$/, '$1*') : path;
      if (!kinds.has(kind)) kinds.set(kind, path);
    }
    const shifted: string[] = [];
    const { context, page, load, cls } = await session({ stubObserver: false, viewport });
    try {
      for (const path of kinds.values()) {
        const bytes = await load(path);
        const shift = await cls();
        if (shift.value > BUDGET.cls) shifted.push(`${path}: ${shift.value.toFixed(3)} (${shift.what})`);
        const top = await mapTop(page);
        if (top === null) {
          // No map: scroll to the end; still nothing heavy.
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          await page.waitForTimeout(300);
          expect(heavy(bytes), `${path} has no map, yet fetched`).toEqual([]);
          checked.push(`${path} (no map)`);
        } else if (top > viewport.height + 250) {
          expect(heavy(bytes), `${path}: map at ${Math.round(top)} px, below the fold, yet fetched`).toEqual([]);
          checked.push(`${path} (map at ${Math.round(top)} px)`);
        }
      }
    } finally {
      await context.close();
    }
    console.info(`checked below-the-fold / no-map pages: ${checked.length}`);
    expect(shifted, `pages whose layout shifts by more than ${BUDGET.cls} while loading (phone)`).toEqual([]);
    expect(checked.length, 'pages where the map is below the fold or absent').toBeGreaterThan(0);
  });

  test('scrolling the map into view then loads MapLibre and the page’s map data', async () => {
    const target = pages.find((p) => /^\/borders\//.test(p.path)) ?? pages.find((p) => /^\/crossings\/[^/]+\/$/.test(p.path));
    expect(target, 'a page with a map').toBeTruthy();
    const { context, page, load } = await session({ stubObserver: false, viewport: { width: 390, height: 844 } });
    try {
      const bytes = await load(target!.path);
      const top = await mapTop(page);
      if (top !== null && top > 844 + 250) expect(heavy(bytes)).toEqual([]);
      await bringMapIntoView(page);
      await expect.poll(() => heavy(bytes).some((u) => /maplibre-gl/.test(u)), { timeout: 15_000 }).toBe(true);
      await expect.poll(() => heavy(bytes).some((u) => /\/map-data\//.test(u)), { timeout: 15_000 }).toBe(true);
    } finally {
      await context.close();
    }
  });
});
