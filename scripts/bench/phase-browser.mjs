// Benchmark, Chromium: the bytes each page transfers before its map activates, and the time from
// scrolling a map into view until it is ready (median of o.mapRuns), for MAP_TIMING_PAGES.
import { launch, measureBareMap, measurePage, VIEWPORT } from './browser.mjs';
import { median, msf } from './report.mjs';

export const MAP_TIMING_PAGES = ['/borders/kazakhstan-russia/', '/crossings/khorgos-khorgos/', '/'];
/** The page whose live map is timed against bare MapLibre showing the same data. */
export const BARE_MAP_PAGE = '/borders/kazakhstan-russia/';
const PHONE = { width: 390, height: 844 };

/** Returns `{ pages: { [path]: before… }, maps: { [path]: timings… } }`. */
export async function measureInBrowser({ o, pages, byPath, urlOf, progress, bareMap }) {
  progress(`Chromium: transfer before the map activates, ${pages.length} pages`);
  const browser = await launch();
  const result = { pages: {}, maps: {} };
  try {
    for (const p of pages) {
      const r = await measurePage(browser, urlOf(p.path), { map: p.map, activate: false, activationUrls: new Set(p.activationUrls) });
      result.pages[p.path] = {
        before: r.before,
        earlyActivation: r.earlyActivation,
        mapLibreOnTextPage: r.mapLibreOnTextPage,
        foreign: r.foreign,
        errors: r.errors,
        failed: r.failed,
      };
      if (r.failed) progress(`  ${p.path}: ${r.failed}`);
    }
    for (const path of MAP_TIMING_PAGES) {
      const p = byPath.get(path);
      if (!p?.map) continue;
      progress(`Chromium: map ready after scrolling into view, ${path} ×${o.mapRuns}`);
      let viewport = VIEWPORT;
      let note;
      const runs = [];
      for (let attempt = 0; runs.length < o.mapRuns && attempt < o.mapRuns + 2; attempt++) {
        const r = await measurePage(browser, urlOf(path), { map: true, viewport, activationUrls: new Set(p.activationUrls) });
        if (r.earlyActivation && viewport === VIEWPORT) {
          // The map starts on load even with the page at its bottom: nothing to scroll to.
          note = `at ${VIEWPORT.width}×${VIEWPORT.height} the map is within the 200 px look-ahead even at the page bottom (starts on load, ready ${msf(r.ready?.liveSinceNavigation)} after navigation); timed at ${PHONE.width}×${PHONE.height}`;
          viewport = PHONE;
          continue;
        }
        // The same map, bare (MapLibre alone, minimal style), right after: the pair shares the moment.
        const bare =
          bareMap && path === BARE_MAP_PAGE && r.ready?.box && !r.ready.error
            ? await measureBareMap(browser, urlOf(bareMap), { viewport, view: r.ready.view, box: r.ready.box })
            : null;
        runs.push({
          bare: bare?.tReady ?? null,
          bareError: bare?.error,
          live: r.ready?.tLive ?? null,
          ready: r.ready?.error ? null : (r.ready?.tReady ?? null),
          error: r.ready?.error ?? r.failed,
          early: r.earlyActivation,
          before: r.before?.total,
          activation: r.activation,
          foreign: r.foreign,
          errors: r.errors,
        });
      }
      result.maps[path] = {
        viewport,
        note,
        runs,
        live: median(runs.map((r) => r.live)),
        ready: median(runs.map((r) => r.ready)),
        bare: median(runs.map((r) => r.bare)),
        bareRuns: runs.map((r) => r.bare),
        bareErrors: [...new Set(runs.map((r) => r.bareError).filter(Boolean))],
        activation: median(runs.map((r) => r.activation?.total)),
        activationBy: runs.find((r) => r.activation)?.activation?.by,
        before: median(runs.map((r) => r.before)),
        errors: [...new Set(runs.flatMap((r) => [r.error, ...(r.errors ?? [])]).filter(Boolean))],
      };
      const m = result.maps[path];
      progress(
        `  ready ${msf(m.ready)} (live ${msf(m.live)})${m.bare != null ? `; bare MapLibre ${msf(m.bare)}, ratio ${(m.ready / m.bare).toFixed(2)}` : ''}`,
      );
    }
  } finally {
    await browser.close();
  }
  return result;
}
