// Benchmark, Lighthouse: median of o.lighthouseRuns runs on each of LIGHTHOUSE_PAGES.
import { CHROME_FLAGS, CHROME_PATH, lighthouseRun, loadLighthouse } from './lighthouse.mjs';
import { median } from './report.mjs';

export const LIGHTHOUSE_PAGES = ['/', '/borders/kazakhstan-russia/', '/crossings/khorgos-khorgos/', '/travel/'];

/** Returns `{ version, chromePath, flags, pages: { [path]: scores… }, error? }`. */
export async function measureLighthouse({ o, urlOf, progress }) {
  const lh = await loadLighthouse();
  const result = { version: lh.version, chromePath: CHROME_PATH, flags: CHROME_FLAGS, pages: {} };
  if (!lh.ok) {
    result.error = lh.error;
    progress(`Lighthouse cannot run: ${lh.error}`);
    return result;
  }
  {
    outer: for (const path of LIGHTHOUSE_PAGES) {
      const runs = [];
      for (let i = 1; i <= o.lighthouseRuns; i++) {
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
    }
  }
  return result;
}
