// Benchmark, Chromium: the bytes each page transfers before its map activates, and the time from
// scrolling a map into view until it is ready (median of o.mapRuns), for MAP_TIMING_PAGES.
import { launch, measurePage, VIEWPORT } from './browser.mjs';
import { median, msf } from './report.mjs';

export const MAP_TIMING_PAGES = ['/borders/kazakhstan-russia/', '/crossings/khorgos-khorgos/', '/'];
const PHONE = { width: 390, height: 844 };

/** Returns `{ pages: { [path]: before… }, maps: { [path]: timings… } }`. */
export async function measureInBrowser({ o, pages, byPath, urlOf, progress }) {
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
        runs.push({
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
        activation: median(runs.map((r) => r.activation?.total)),
        activationBy: runs.find((r) => r.activation)?.activation?.by,
        before: median(runs.map((r) => r.before)),
        errors: [...new Set(runs.flatMap((r) => [r.error, ...(r.errors ?? [])]).filter(Boolean))],
      };
      progress(`  ready ${msf(result.maps[path].ready)} (live ${msf(result.maps[path].live)})`);
    }
  } finally {
    await browser.close();
  }
  return result;
}
