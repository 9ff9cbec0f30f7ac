// Lighthouse (mobile defaults: Moto G Power emulation, simulated Slow 4G and 4× CPU throttling)
// against the local server, driving Debian's Chromium through chrome-launcher. Nothing external is
// fetched: the page is on 127.0.0.1, Chromium runs with background networking off, and Lighthouse
// itself reports nothing anywhere (no error reporting in programmatic use). The foreign requests
// the page made are counted from Lighthouse's own network record, so a leak would show.
//
// Only audits with weight 0 in every category are skipped (screenshots, bf-cache), to save time;
// the scores are those of the default config.
import { performance } from 'node:perf_hooks';

import { CHROMIUM_PATH, lighthouseChromeFlags } from '../config/chromium.ts';

export const CHROME_PATH = process.env.CHROME_PATH || CHROMIUM_PATH;
export const CHROME_FLAGS = lighthouseChromeFlags();
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const SKIP = ['screenshot-thumbnails', 'final-screenshot', 'bf-cache'];

/** Loads lighthouse and chrome-launcher; returns { ok, error?, lighthouse, launcher, version }. */
export async function loadLighthouse() {
  try {
    const { default: lighthouse } = await import('lighthouse');
    const launcher = await import('chrome-launcher');
    const { createRequire } = await import('node:module');
    const version = createRequire(import.meta.url)('lighthouse/package.json').version;
    return { ok: true, lighthouse, launcher, version };
  } catch (error) {
    return { ok: false, error: `lighthouse is not installed or failed to load (${error?.message ?? error}); npm install --save-dev --save-exact lighthouse` };
  }
}

/** One Lighthouse run in a fresh Chromium. */
export async function lighthouseRun(lh, url) {
  const chrome = await lh.launcher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const start = performance.now();
  try {
    const result = await lh.lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      skipAudits: SKIP,
      disableFullPageScreenshot: true,
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    const origin = new URL(url).origin;
    const requests = lhr.audits['network-requests']?.details?.items ?? [];
    const failing = [];
    for (const category of Object.values(lhr.categories)) {
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative') {
          failing.push({ category: category.id, id: audit.id, score: audit.score, value: audit.displayValue ?? '' });
        }
      }
    }
    const bootup = (lhr.audits['bootup-time']?.details?.items ?? [])
      .slice(0, 3)
      .map((i) => ({ url: String(i.url).replace(origin, ''), ms: Math.round(i.total) }));
    const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
    return {
      ok: !lhr.runtimeError,
      error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : undefined,
      warnings: lhr.runWarnings ?? [],
      ms: performance.now() - start,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
      tbt: lhr.audits['total-blocking-time']?.numericValue ?? null,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
      fcp: lhr.audits['first-contentful-paint']?.numericValue ?? null,
      transfer: lhr.audits['total-byte-weight']?.numericValue ?? null,
      mapLibreLoaded: requests.some((r) => /maplibre/.test(r.url)),
      foreignRequests: requests.map((r) => r.url).filter((u) => /^(https?|wss?):/.test(u) && !u.startsWith(origin)),
      failing,
      bootup,
      layoutShifts: (lhr.audits['layout-shifts']?.details?.items ?? []).slice(0, 3).map((i) => ({ node: i.node?.selector ?? i.node?.snippet, score: i.score })),
    };
  } finally {
    await chrome.kill();
  }
}
