// Real-browser measurements with playwright-core + Debian's Chromium (WebGL2 in software:
// SwiftShader, as in the e2e tests): bytes actually transferred before and after a page's map
// activates, and the time from scrolling the map into view until it is ready.
//
// "Before": the page is loaded scrolled to its bottom (an init script scrolls there as soon as the
// document is parsed, before the deferred module scripts attach the IntersectionObserver), so the
// map stays dormant; everything fetched until the network is idle counts. A text page is then
// scrolled through to the end to prove that nothing of MapLibre ever loads.
// "After": t0 = the map box is scrolled into view; ready = <atlas-map> has the class
// atlas-map--live (MapLibre fired `load`, its CSS is in, the SVG twin is hidden) AND the MapLibre
// map is idle (style, sources and tiles loaded, no transition running).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs, LAUNCH_TIMEOUT_MS } from '../config/chromium.ts';
import { isMapLibre } from './weights.mjs';

export const VIEWPORT = { width: 1280, height: 900 };
// Generous: a loaded two-core machine draws a map in software (SwiftShader) many times slower.
const READY_TIMEOUT_MS = 60_000;

export async function launch() {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing (Debian package chromium)`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs(), timeout: LAUNCH_TIMEOUT_MS });
}

/** Kind of a request by URL, for the byte breakdown; `activation` is own map code loaded by import(). */
export function kind(url, activationUrls = new Set()) {
  const path = new URL(url).pathname;
  if (isMapLibre(path)) return 'maplibre';
  if (path.startsWith('/map-data/')) return 'mapData';
  if (activationUrls.has(path) || /atlas-map-view/.test(path)) return 'mapCode';
  if (/\/fonts\/[^/]+\.woff2$/.test(path)) return 'font';
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  return 'other';
}
/** What the map's activation loads (everything else is "before the map activates"). */
export const ACTIVATION_KINDS = new Set(['maplibre', 'mapData', 'mapCode']);

const HOLD_AT_BOTTOM = () => {
  // When the map goes live, relative to navigation start (for maps that start on load).
  new MutationObserver(() => {
    if (!window.__benchLiveAt && document.querySelector('atlas-map.atlas-map--live')) window.__benchLiveAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  const bottom = () => window.scrollTo(0, document.documentElement.scrollHeight);
  document.addEventListener('readystatechange', () => document.readyState === 'interactive' && bottom());
  addEventListener('DOMContentLoaded', bottom);
  addEventListener('load', bottom);
};

async function settle(page, ms = 250) {
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
  await page.waitForTimeout(ms);
}

function tally(requests) {
  const by = {};
  let total = 0;
  for (const r of requests) {
    by[r.kind] = (by[r.kind] ?? 0) + r.bytes;
    total += r.bytes;
  }
  return { total, by, count: requests.length };
}

/**
 * Loads `url` once in a fresh context (cold cache), with the map held dormant if possible, then
 * (map pages) scrolls the map into view and waits until it is ready.
 * @param {{ map: boolean, activate?: boolean, viewport?: {width:number,height:number}, activationUrls?: Set<string> }} options
 */
export async function measurePage(browser, url, { map, activate = true, viewport = VIEWPORT, activationUrls = new Set() }) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const requests = [];
  const pending = [];
  let phase = 'before';
  const origin = new URL(url).origin;
  const foreign = new Set();
  context.on('request', (r) => {
    if (!r.url().startsWith(origin) && /^(https?|wss?):/.test(r.url())) foreign.add(r.url());
  });
  context.on('requestfinished', (request) => {
    if (!request.url().startsWith(origin)) return;
    const at = phase;
    pending.push(
      (async () => {
        const s = await request.sizes();
        // A worker's script is fetched outside the page: Playwright sees the request but not its
        // body. The server sends an exact Content-Length (of the compressed body), so use it.
        const length = Number((await request.response())?.headers()['content-length'] ?? 0);
        const body = Math.max(s.responseBodySize, length);
        const k = kind(request.url(), activationUrls);
        requests.push({
          url: new URL(request.url()).pathname,
          kind: k,
          activation: ACTIVATION_KINDS.has(k),
          phase: at,
          bytes: body + s.responseHeadersSize,
          body,
        });
      })().catch(() => {}),
    );
  });
  await context.addInitScript(HOLD_AT_BOTTOM);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const result = { url, map, viewport };
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await settle(page);
    await Promise.all(pending);
    // Did the map start although the page sat at its bottom (map within reach of the viewport)?
    result.earlyActivation = requests.some((r) => r.activation);
    phase = 'after';
    if (!map) {
      // Scroll through the whole page: nothing of MapLibre may load on a page without a map.
      await page.evaluate(async () => {
        window.scrollTo(0, 0);
        for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
          window.scrollTo(0, y);
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
        }
      });
      await settle(page, 300);
    } else if (activate) {
      result.ready = await page.evaluate(async (timeout) => {
        const el = document.querySelector('atlas-map');
        if (!el) return { error: 'no <atlas-map> on the page' };
        const LIVE = 'atlas-map--live';
        // The map's view and its box on screen, for the bare MapLibre page that draws the same.
        const view = (el.getAttribute('data-src') ?? '').replace(/^.*\/|\.json$/g, '');
        const box = el.getBoundingClientRect();
        const t0 = performance.now();
        el.scrollIntoView({ block: 'center' });
        let busySeen = false;
        const live = await new Promise((resolve) => {
          const check = () => {
            if (el.classList.contains(LIVE)) return resolve(true);
            if (el.hasAttribute('aria-busy')) busySeen = true;
            // Started and finished without going live: failed (the status note says why).
            else if (busySeen) return resolve(false);
            return undefined;
          };
          new MutationObserver(check).observe(el, { attributes: true, attributeFilter: ['class', 'aria-busy'] });
          setTimeout(() => resolve(false), timeout);
          check();
        });
        const tLive = performance.now() - t0;
        if (!live) return { error: el.querySelector('[data-atlas-status]')?.textContent || 'timed out', tLive, view };
        const m = el.map;
        if (m && !m.loaded()) await new Promise((resolve) => m.once('idle', resolve));
        // One more frame so the idle map is on screen.
        await new Promise((resolve) => requestAnimationFrame(() => resolve()));
        const tReady = performance.now() - t0;
        return {
          tLive,
          tReady,
          liveSinceNavigation: window.__benchLiveAt ?? null,
          view,
          box: { width: Math.round(box.width), height: Math.round(box.height) },
        };
      }, READY_TIMEOUT_MS);
      await settle(page);
    }
    await Promise.all(pending);
    result.before = tally(requests.filter((r) => !r.activation));
    result.activation = tally(requests.filter((r) => r.activation));
    result.after = tally(requests);
    result.mapLibreOnTextPage = !map && requests.some((r) => r.kind === 'maplibre');
    result.requests = requests;
  } catch (error) {
    result.failed = String(error?.message ?? error);
  } finally {
    result.foreign = [...foreign];
    result.errors = errors;
    await context.close().catch(() => {});
  }
  return result;
}

/**
 * The bare map (scripts/bench/floor.mjs) in a fresh context, cold cache: loaded, then activated;
 * tReady = from activation (MapLibre and the view's data fetched, the map drawn) to its first idle frame.
 */
export async function measureBareMap(browser, url, { viewport = VIEWPORT, view, box }) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const target = new URL(url);
    target.search = new URLSearchParams({ view, w: String(box.width), h: String(box.height) }).toString();
    await page.goto(target.href, { waitUntil: 'load', timeout: 30_000 });
    await settle(page);
    return await page.evaluate(async (timeout) => {
      const t0 = performance.now();
      const done = await Promise.race([window.activate().then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), timeout))]);
      return done ? { tReady: performance.now() - t0 } : { error: 'timed out' };
    }, READY_TIMEOUT_MS);
  } catch (error) {
    return { error: String(error?.message ?? error) };
  } finally {
    await context.close().catch(() => {});
  }
}
