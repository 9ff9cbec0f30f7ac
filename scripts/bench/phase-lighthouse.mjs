// Benchmark, Lighthouse: median of o.lighthouseRuns runs on each of LIGHTHOUSE_PAGES, each run
// followed by one on the page's floor (its text as plain HTML, scripts/bench/floor.mjs), so that the
// LCP ratio page ÷ floor compares two figures taken in the same minute on the same machine.
import { CHROME_FLAGS, CHROME_PATH, lighthouseRun, loadLighthouse } from './lighthouse.mjs';
import { median } from './report.mjs';

export const LIGHTHOUSE_PAGES = ['/', '/borders/kazakhstan-russia/', '/crossings/khorgos-khorgos/', '/crossings/', '/travel/'];

/** One page type per path, for the report. */
export const PAGE_TYPES = {
  '/': 'home',
  '/borders/kazakhstan-russia/': 'border',
  '/crossings/khorgos-khorgos/': 'crossing',
  '/travel/': 'text (travel)',
  '/crossings/': 'directory',
};

/** Median figures of a list of runs. */
function summarise(runs) {
  const ok = runs.filter((r) => r.ok);
  const med = (key) => median(ok.map((r) => r[key]));
  return { runs: runs.length, ok: ok.length, lcp: med('lcp'), fcp: med('fcp'), cls: med('cls'), transfer: med('transfer'), all: ok.map((r) => r.lcp) };
}

/** Returns `{ version, chromePath, flags, pages: { [path]: scores… }, floors: { [path]: … }, error? }`; `floors` maps a page to its floor page's path. */
export async function measureLighthouse({ o, urlOf, progress, floors = new Map() }) {
  const lh = await loadLighthouse();
  const result = { version: lh.version, chromePath: CHROME_PATH, flags: CHROME_FLAGS, pages: {}, floors: {} };
  if (!lh.ok) {
    result.error = lh.error;
    progress(`Lighthouse cannot run: ${lh.error}`);
    return result;
  }
  {
    outer: for (const path of LIGHTHOUSE_PAGES) {
      const runs = [];
      const floorRuns = [];
      const floor = floors.get(path);
      for (let i = 1; i <= o.lighthouseRuns; i++) {
        if (floor) {
          progress(`Lighthouse ${floor} (floor of ${path}) ${i}/${o.lighthouseRuns}`);
          floorRuns.push(await lighthouseRun(lh, urlOf(floor)).catch((error) => ({ ok: false, error: String(error?.message ?? error) })));
        }
        progress(`Lighthouse ${path} ${i}/${o.lighthouseRuns}`);
        try {
          runs.push(await lighthouseRun(lh, urlOf(path)));
        } catch (error) {
          runs.push({ ok: false, error: String(error?.message ?? error) });
        }
        const last = runs.at(-1);
        if (!last.ok) progress(`  failed: ${last.error}`);
        // Chromium itself cannot start: no point in trying the other pages.
        if (!last.ok && /launch|ECONNREFUSED|spawn|chrome/i.test(last.error ?? '') && runs.every((r) => !r.ok) && path === LIGHTHOUSE_PAGES[0]) {
          result.error = `Lighthouse could not drive Chromium: ${last.error}`;
          break outer;
        }
      }
      const ok = runs.filter((r) => r.ok);
      const med = (key) => median(ok.map((r) => r[key]));
      const failing = {};
      for (const r of ok) for (const f of r.failing) (failing[`${f.category}/${f.id}`] ??= []).push(f.value || String(f.score));
      const mid = ok.slice().sort((a, b) => a.performance - b.performance)[Math.floor(ok.length / 2)];
      result.pages[path] = {
        runs: runs.length,
        ok: ok.length,
        errors: runs.filter((r) => !r.ok).map((r) => r.error),
        warnings: [...new Set(ok.flatMap((r) => r.warnings))],
        performance: med('performance'),
        accessibility: med('accessibility'),
        bestPractices: med('bestPractices'),
        seo: med('seo'),
        lcp: med('lcp'),
        fcp: med('fcp'),
        transfer: med('transfer'),
        tbt: med('tbt'),
        cls: med('cls'),
        mapLibreLoaded: ok.some((r) => r.mapLibreLoaded),
        foreignRequests: [...new Set(ok.flatMap((r) => r.foreignRequests))],
        failing,
        bootup: mid?.bootup,
        layoutShifts: mid?.layoutShifts,
        secondsPerRun: Math.round(median(runs.map((r) => r.ms)) / 100) / 10,
        all: ok.map(({ performance: p, accessibility: a, bestPractices: b, seo: s, lcp, tbt, cls }) => ({ p, a, b, s, lcp, tbt, cls })),
      };
      if (floor) {
        const f = summarise(floorRuns);
        result.floors[path] = { path: floor, ...f, ratio: f.lcp && result.pages[path].lcp != null ? result.pages[path].lcp / f.lcp : null };
      }
    }
  }
  return result;
}
