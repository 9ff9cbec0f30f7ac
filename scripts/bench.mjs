#!/usr/bin/env node
// `npm run bench`: a benchmark, not a test. Measures the atlas against the budgets in
// ../shared/DESIGN.md and prints a Markdown report, also written to bench-results/bench.md
// (and every figure to bench-results/bench.json; build logs in bench-results/logs/).
//
//   1. clean `astro build` wall time (median of 2), in a throw-away copy of the project
//   2. per-page weights of every dist/**/index.html (HTML, CSS, JS; gzip and brotli) and, in
//      Chromium, the bytes actually transferred before and after the map activates
//   3. Lighthouse, mobile defaults, median of 3: /, a border, a crossing, /travel/
//   4. time until a map is ready after it is scrolled into view (median of 5)
//   5. the build with 100× the crossings (synthetic, on the real border lines), vs the normal one
//
// Options: --quick (1 build, 1 Lighthouse run, 1 map timing, no 100× build), --no-lighthouse,
// --no-browser, --no-scale, --builds=N, --lighthouse-runs=N, --map-runs=N, --scale-factor=N,
// --scale-timeout=SECONDS (default 240; a killed build is reported as "more than"), --keep
// (keep the temporary copies, paths printed), --report-only (re-render bench.md from bench.json).
//
// The project is copied (without node_modules, dist, .git, caches) to a temporary directory and
// built there, so the real dist/ and caches are never touched and edits made meanwhile do not
// leak into a half-finished build. Progress goes to stderr, the report to stdout.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { launch, measurePage, VIEWPORT } from './bench/browser.mjs';
import { loadLighthouse, lighthouseRun, CHROME_FLAGS, CHROME_PATH } from './bench/lighthouse.mjs';
import { astroBuild, copyProject, removeProject, stopBuilds } from './bench/project.mjs';
import { BUDGETS, kb, mark, mb, median, msf, sec, table } from './bench/report.mjs';
import { multiplyCrossings } from './bench/synthetic.mjs';
import { allWeights } from './bench/weights.mjs';
import { CHROMIUM_PATH } from './config/chromium.ts';
import { startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench-results');
const LOGS = join(OUT, 'logs');
const PHONE = { width: 390, height: 844 };

const LIGHTHOUSE_PAGES = ['/', '/borders/kazakhstan-russia/', '/crossings/khorgos-khorgos/', '/travel/'];
const MAP_TIMING_PAGES = ['/borders/kazakhstan-russia/', '/crossings/khorgos-khorgos/', '/'];
const SCALE_PAGES = ['/crossings/', '/borders/kazakhstan-russia/', '/crossings/khorgos-khorgos/'];

// ---------------------------------------------------------------------------------------------
function parseArgs(argv) {
  const o = { builds: 2, lighthouseRuns: 3, mapRuns: 5, scaleFactor: 100, scaleTimeout: 240, lighthouse: true, browser: true, scale: true, keep: false };
  for (const arg of argv) {
    const [key, value] = arg.replace(/^--/, '').split('=');
    const n = Number(value);
    if (key === 'quick') Object.assign(o, { builds: 1, lighthouseRuns: 1, mapRuns: 1, scale: false });
    else if (key === 'no-lighthouse') o.lighthouse = false;
    else if (key === 'no-browser') o.browser = false;
    else if (key === 'no-scale') o.scale = false;
    else if (key === 'keep') o.keep = true;
    else if (key === 'report-only') o.reportOnly = true;
    else if (key === 'builds' && n >= 1) o.builds = n;
    else if (key === 'lighthouse-runs' && n >= 1) o.lighthouseRuns = n;
    else if (key === 'map-runs' && n >= 1) o.mapRuns = n;
    else if (key === 'scale-factor' && n >= 2) o.scaleFactor = n;
    else if (key === 'scale-timeout' && n > 0) o.scaleTimeout = n;
    else {
      console.error(`bench: unknown or invalid option ${arg}\n${readUsage()}`);
      process.exit(2);
    }
  }
  return o;
}
const readUsage = () =>
  'usage: npm run bench -- [--quick] [--report-only] [--no-lighthouse] [--no-browser] [--no-scale] [--builds=N] [--lighthouse-runs=N] [--map-runs=N] [--scale-factor=N] [--scale-timeout=S] [--keep]';

const started = performance.now();
const progress = (...args) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...args);
const temps = new Set();

async function cleanup() {
  stopBuilds();
  for (const dir of temps) await removeProject(dir).catch(() => {});
  temps.clear();
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\nbench: ${signal}, removing temporary copies`);
    cleanup().finally(() => process.exit(130));
  });
}

const sh = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

async function dirStats(dir) {
  let bytes = 0;
  let files = 0;
  async function walk(d) {
    for (const entry of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        bytes += (await stat(path)).size;
        files++;
      }
    }
  }
  await walk(dir);
  return { bytes, files };
}

/** The last route a build log names and how many it wrote ("├─ /map-data/x.json"). */
async function buildProgress(logFile) {
  const text = await readFile(logFile, 'utf8').catch(() => '');
  const routes = [...text.matchAll(/[├└]─ (\S+)/g)].map((m) => m[1]);
  return { routes: routes.length, last: routes.at(-1) ?? null };
}

/** A page's figures without the per-file lists (for the JSON and the tables). */
const brief = (p) => ({
  path: p.path,
  map: p.map,
  html: p.html,
  css: p.totals.css,
  js: p.totals.js,
  ownJs: p.totals.ownJs,
  beforeMap: p.totals.beforeMap,
  mapData: p.mapData,
  staticMapLibre: p.staticMapLibre,
  files: [...p.css, ...p.js].map((f) => ({ url: f.url, gzip: f.gzip })),
});

// ---------------------------------------------------------------------------------------------
async function main() {
  const o = parseArgs(process.argv.slice(2));
  await mkdir(LOGS, { recursive: true });
  if (o.reportOnly) {
    const saved = JSON.parse(await readFile(join(OUT, 'bench.json'), 'utf8'));
    if (saved.scale && !saved.scale.progress) saved.scale.progress = await buildProgress(join(ROOT, saved.scale.log));
    const md = render(saved);
    await writeFile(join(OUT, 'bench.md'), md);
    console.log(md);
    return;
  }
  const R = {
    options: o,
    env: {
      date: new Date().toISOString(),
      commit: sh('git', ['rev-parse', '--short', 'HEAD']),
      uncommittedFiles: (sh('git', ['status', '--porcelain']) ?? '').split('\n').filter(Boolean).length,
      node: process.version,
      chromium: sh(CHROMIUM_PATH, ['--version']),
      cpus: cpus().length,
      loadStart: loadavg().map((x) => +x.toFixed(2)),
    },
    notes: [],
  };

  // 1. Clean builds ------------------------------------------------------------------------
  progress('copying the project');
  const copy = await copyProject(ROOT, 'build');
  temps.add(copy);
  R.build = { runs: [], dir: o.keep ? copy : undefined };
  for (let i = 1; i <= o.builds; i++) {
    progress(`clean astro build ${i}/${o.builds}`);
    const r = await astroBuild(copy, join(LOGS, `build-${i}.log`));
    if (!r.ok) throw new Error(`astro build failed (exit ${r.code}); see ${relative(ROOT, r.log)}`);
    R.build.runs.push(Math.round(r.ms));
    progress(`  ${sec(r.ms)}`);
  }
  R.build.median = median(R.build.runs);
  const dist = join(copy, 'dist');
  R.build.dist = await dirStats(dist);

  // 2a. Static weights ---------------------------------------------------------------------
  progress('page weights (static)');
  const weights = await allWeights(dist);
  const pages = weights.pages;
  R.weights = {
    pages: pages.map(brief),
    maplibre: weights.maplibre,
    mapCode: weights.activation,
    mapDataDir: weights.mapDataDir,
  };
  const byPath = new Map(pages.map((p) => [p.path, p]));

  const server = await startServer({ root: dist, port: 0 });
  const urlOf = (path) => new URL(path, server.url).href;
  try {
    // 2b / 4. Browser ----------------------------------------------------------------------
    if (o.browser) {
      progress(`Chromium: transfer before the map activates, ${pages.length} pages`);
      const browser = await launch();
      try {
        R.browser = { pages: {}, maps: {} };
        for (const p of pages) {
          const r = await measurePage(browser, urlOf(p.path), { map: p.map, activate: false, activationUrls: new Set(p.activationUrls) });
          R.browser.pages[p.path] = {
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
          R.browser.maps[path] = {
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
          progress(`  ready ${msf(R.browser.maps[path].ready)} (live ${msf(R.browser.maps[path].live)})`);
        }
      } finally {
        await browser.close();
      }
    }

    // 3. Lighthouse ---------------------------------------------------------------------------
    if (o.lighthouse) {
      const lh = await loadLighthouse();
      R.lighthouse = { version: lh.version, chromePath: CHROME_PATH, flags: CHROME_FLAGS, pages: {} };
      if (!lh.ok) {
        R.lighthouse.error = lh.error;
        progress(`Lighthouse cannot run: ${lh.error}`);
      } else {
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
              R.lighthouse.error = `Lighthouse could not drive Chromium: ${last.error}`;
              break outer;
            }
          }
          const ok = runs.filter((r) => r.ok);
          const med = (key) => median(ok.map((r) => r[key]));
          const failing = {};
          for (const r of ok) for (const f of r.failing) (failing[`${f.category}/${f.id}`] ??= []).push(f.value || String(f.score));
          const mid = ok.slice().sort((a, b) => a.performance - b.performance)[Math.floor(ok.length / 2)];
          R.lighthouse.pages[path] = {
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
    }
  } finally {
    await server.close();
  }
  R.build.dir = o.keep ? copy : undefined;
  if (!o.keep) {
    await removeProject(copy);
    temps.delete(copy);
  }

  // 5. Scaling ----------------------------------------------------------------------------------
  if (o.scale) {
    progress(`copying the project for the ${o.scaleFactor}× crossings build`);
    const big = await copyProject(ROOT, 'scale');
    temps.add(big);
    try {
      const file = join(big, 'data', 'crossings.json');
      const crossings = JSON.parse(await readFile(file, 'utf8'));
      const borders = JSON.parse(await readFile(join(big, 'data', 'geo', 'borders.geojson'), 'utf8'));
      const many = multiplyCrossings(crossings, borders, o.scaleFactor);
      await writeFile(file, `${JSON.stringify(many, null, 2)}\n`);
      progress(`${o.scaleFactor}× build: ${many.length} crossings (timeout ${o.scaleTimeout} s)`);
      const r = await astroBuild(big, join(LOGS, `build-${o.scaleFactor}x.log`), { timeoutMs: o.scaleTimeout * 1000 });
      progress(`  ${sec(r.ms)}${r.timedOut ? ' (stopped: timeout)' : r.ok ? '' : ` (failed, exit ${r.code})`}`);
      const bigDist = join(big, 'dist');
      const present = SCALE_PAGES.filter((p) => existsSync(join(bigDist, ...p.split('/').filter(Boolean), 'index.html')));
      const scaled = await allWeights(bigDist, present);
      R.scale = {
        factor: o.scaleFactor,
        crossings: { normal: crossings.length, scaled: many.length },
        ms: Math.round(r.ms),
        ok: r.ok,
        timedOut: r.timedOut,
        code: r.code,
        ratio: R.build.median ? r.ms / R.build.median : null,
        dist: await dirStats(bigDist),
        mapData: await dirStats(join(bigDist, 'map-data')),
        pages: scaled.pages.map(brief),
        progress: await buildProgress(r.log),
        log: relative(ROOT, r.log),
      };
    } finally {
      if (o.keep) R.scaleDir = big;
      else {
        await removeProject(big);
        temps.delete(big);
      }
    }
  }

  R.env.loadEnd = loadavg().map((x) => +x.toFixed(2));
  R.env.seconds = Math.round((performance.now() - started) / 1000);
  // The figures first: a report that fails to render can be redone with --report-only.
  await writeFile(join(OUT, 'bench.json'), `${JSON.stringify(R, null, 2)}\n`);
  const md = render(R);
  await writeFile(join(OUT, 'bench.md'), md);
  console.log(md);
  progress(`written ${relative(ROOT, join(OUT, 'bench.md'))} and bench.json`);
}

// ---------------------------------------------------------------------------------------------
function render(R) {
  const B = BUDGETS;
  const pages = R.weights.pages;
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const text = pages.filter((p) => !p.map);
  const maps = pages.filter((p) => p.map);
  const largest = (list, f) => list.reduce((a, b) => (f(b) > f(a) ? b : a), list[0]);
  const rows = [];

  rows.push([
    `Clean build (astro build), median of ${R.build.runs.length}`,
    `${sec(R.build.median)} (${R.build.runs.map((ms) => sec(ms)).join(', ')}); ${pages.length} pages`,
    `≤ ${sec(B.buildMs)}`,
    mark(R.build.median <= B.buildMs),
  ]);
  if (text.length) {
    const t = largest(text, (p) => p.html.gzip);
    rows.push([`Text page HTML, largest of ${text.length}`, `${kb(t.html.gzip)} ${t.path} (br ${kb(t.html.br)})`, `≤ ${kb(B.textHtml)}`, mark(t.html.gzip <= B.textHtml)]);
  }
  if (maps.length) {
    const m = largest(maps, (p) => p.html.gzip);
    const over = maps.filter((p) => p.html.gzip > B.textHtml);
    rows.push([
      `Map page HTML, largest of ${maps.length} (info)`,
      `${kb(m.html.gzip)} ${m.path} (br ${kb(m.html.br)}); ${over.length} over 14 KB: ${over.map((p) => p.path).slice(0, 5).join(' ')}${over.length > 5 ? ' …' : ''}`,
      '14 KB applies to text pages',
      '–',
    ]);
  }
  {
    const w = largest(pages, (p) => p.beforeMap.gzip);
    const over = pages.filter((p) => p.beforeMap.gzip > B.beforeMap);
    rows.push([
      'Transfer before a map activates (HTML + CSS + JS, static), largest',
      `${kb(w.beforeMap.gzip)} ${w.path} (br ${kb(w.beforeMap.br)}); over: ${over.length ? over.map((p) => p.path).join(' ') : 'none'}`,
      `≤ ${kb(B.beforeMap)}`,
      mark(!over.length),
    ]);
  }
  if (R.browser) {
    const measured = Object.entries(R.browser.pages).filter(([, v]) => v.before);
    const [path, v] = measured.reduce((a, b) => (b[1].before.total > a[1].before.total ? b : a), measured[0]);
    const over = measured.filter(([, x]) => x.before.total > B.beforeMap).map(([p]) => p);
    rows.push([
      'Transfer before a map activates, measured in Chromium (bodies + headers, favicon), largest',
      `${kb(v.before.total)} ${path}; over: ${over.length ? over.join(' ') : 'none'}`,
      `≤ ${kb(B.beforeMap)}`,
      mark(!over.length),
    ]);
    const textLoads = Object.entries(R.browser.pages).filter(([p, x]) => !byPath.get(p)?.map && x.mapLibreOnTextPage);
    const staticLoads = pages.filter((p) => p.staticMapLibre);
    const early = Object.entries(R.browser.pages).filter(([p, x]) => byPath.get(p)?.map && x.earlyActivation);
    rows.push([
      'MapLibre on pages without a map on screen',
      `text pages (scrolled to the end): ${textLoads.length ? textLoads.map(([p]) => p).join(' ') : 'none'}; in a page's static JS: ${staticLoads.length ? staticLoads.map((p) => p.path).join(' ') : 'none'}; map pages loaded at their bottom: starts only near the map${early.length ? `, except ${early.map(([p]) => p).join(' ')} (map within 200 px of the screen at ${VIEWPORT.width}×${VIEWPORT.height} even at the bottom: on screen)` : ''}`,
      'none',
      mark(!textLoads.length && !staticLoads.length),
    ]);
  }
  if (text.length) {
    const j = largest(text, (p) => p.ownJs.gzip);
    rows.push([`Own JS on a text page, largest`, `${kb(j.ownJs.gzip)} ${j.path} (br ${kb(j.ownJs.br)})`, `≤ ${kb(B.ownJsText)}`, mark(j.ownJs.gzip <= B.ownJsText)]);
  }
  if (maps.length) {
    const j = largest(maps, (p) => p.ownJs.gzip);
    const code = R.weights.mapCode.total;
    rows.push([`Own JS on a map page before activation (info) + map code on activation`, `${kb(j.ownJs.gzip)} + ${kb(code.gzip)}`, '–', '–']);
  }
  {
    const m = R.weights.maplibre;
    rows.push([
      'MapLibre on activation (JS + worker + CSS)',
      `${kb(m.total.gzip)} (br ${kb(m.total.br)}; ${m.files.map((f) => `${f.url.replace('/_astro/', '')} ${kb(f.gzip)}`).join(', ')})`,
      `about ${kb(B.mapLibre)}`,
      mark(m.total.gzip <= B.mapLibre * 1.05),
    ]);
  }
  if (maps.length) {
    const d = largest(maps, (p) => p.mapData?.gzip ?? 0);
    const over = maps.filter((p) => (p.mapData?.gzip ?? 0) > B.mapData);
    rows.push([
      `Map data per map page, largest of ${maps.length}`,
      `${kb(d.mapData.gzip)} ${d.path} (${d.mapData.url}; raw ${kb(d.mapData.raw)}); all map-data files: ${R.weights.mapDataDir.files}, ${mb(R.weights.mapDataDir.bytes)} raw`,
      `≤ ${kb(B.mapData)}`,
      mark(!over.length),
    ]);
  }
  if (R.browser) {
    for (const [path, m] of Object.entries(R.browser.maps)) {
      const by = m.activationBy ?? {};
      rows.push([
        `Map page after activation, measured: ${path}`,
        `+${kb(m.activation)} (MapLibre ${kb(by.maplibre)}, map code ${kb(by.mapCode)}, data ${kb(by.mapData)})`,
        `MapLibre + ≤ ${kb(B.mapData)} data`,
        mark(by.mapData != null && by.mapData <= B.mapData),
      ]);
    }
  }
  const L = B.lighthouse;
  if (R.lighthouse) {
    if (R.lighthouse.error) rows.push(['Lighthouse', `could not run: ${R.lighthouse.error}`, '–', '–']);
    for (const [path, l] of Object.entries(R.lighthouse.pages)) {
      if (!l.ok) {
        rows.push([`Lighthouse ${path}`, `no successful run: ${l.errors[0] ?? 'unknown'}`, '–', '–']);
        continue;
      }
      const scoresOk = l.performance >= L.performance && l.accessibility >= L.accessibility && l.bestPractices >= L.bestPractices && l.seo >= L.seo;
      rows.push([
        `Lighthouse ${path}: Perf / A11y / BP / SEO (median of ${l.ok})`,
        `${l.performance} / ${l.accessibility} / ${l.bestPractices} / ${l.seo}`,
        `≥ ${L.performance} / ${L.accessibility} / ${L.bestPractices} / ${L.seo}`,
        mark(scoresOk),
      ]);
      rows.push([
        `Lighthouse ${path}: LCP / TBT / CLS`,
        `${sec(l.lcp)} / ${msf(l.tbt)} / ${l.cls?.toFixed(3)}`,
        `≤ ${sec(L.lcp)} / ≤ ${L.tbt} ms / ≤ ${L.cls}`,
        mark(l.lcp <= L.lcp && l.tbt <= L.tbt && l.cls <= L.cls),
      ]);
    }
  }
  if (R.browser) {
    for (const [path, m] of Object.entries(R.browser.maps)) {
      rows.push([
        `Map ready after scrolling into view: ${path} (median of ${m.runs.length}${m.viewport === VIEWPORT ? '' : `, ${m.viewport.width}×${m.viewport.height}`})`,
        m.ready == null ? `failed: ${m.errors.join('; ')}` : `${msf(m.ready)} (live ${msf(m.live)}; runs ${m.runs.map((r) => msf(r.ready)).join(', ')})`,
        `≤ ${msf(B.mapReadyMs)}`,
        mark(m.ready != null && m.ready <= B.mapReadyMs),
      ]);
    }
  }
  if (R.scale) {
    const s = R.scale;
    const verb = s.timedOut ? 'more than ' : '';
    rows.push([
      `Build with ${s.factor}× crossings (${s.crossings.scaled})`,
      `${verb}${sec(s.ms)} = ${verb}${s.ratio?.toFixed(1)}× the normal build${s.ok || s.timedOut ? '' : ` — FAILED (exit ${s.code}, ${s.log})`}${
        s.timedOut && s.progress ? ` (stopped at the time limit after ${s.progress.routes} routes, at ${s.progress.last})` : ''
      }; dist ${mb(s.dist.bytes)} in ${s.dist.files} files, map-data ${mb(s.mapData.bytes)} (normal: ${mb(R.weights.mapDataDir.bytes)}, ${R.build.dist ? mb(R.build.dist.bytes) : '?'} in all)`,
      `≤ ${B.scaledRatio}× (≤ ${sec(B.buildMs * B.scaledRatio)})`,
      mark(s.ok && s.ratio <= B.scaledRatio && s.ms <= B.buildMs * B.scaledRatio),
    ]);
    for (const p of s.pages) {
      const n = byPath.get(p.path);
      rows.push([
        `${s.factor}×: ${p.path} before the map (gzip)`,
        `${kb(p.beforeMap.gzip)} (HTML ${kb(p.html.gzip)}, raw ${kb(p.html.raw)}${n ? `; ${(p.beforeMap.gzip / n.beforeMap.gzip).toFixed(1)}× normal` : ''})${
          p.mapData ? `; map data ${p.mapData.missing ? 'not written before the stop' : `${kb(p.mapData.gzip)} (raw ${kb(p.mapData.raw)}${n?.mapData ? `; ${(p.mapData.gzip / n.mapData.gzip).toFixed(1)}× normal` : ''})`}` : ''
        }`,
        `≤ ${kb(B.beforeMap)}${p.mapData ? `; data ≤ ${kb(B.mapData)}` : ''}`,
        mark(p.beforeMap.gzip <= B.beforeMap && (!p.mapData || p.mapData.missing || p.mapData.gzip <= B.mapData)),
      ]);
    }
  }

  const e = R.env;
  const out = [];
  out.push('# Kazakhstan Border Atlas — benchmark (`npm run bench`)');
  out.push('');
  out.push(
    `${e.date} · commit ${e.commit ?? '?'}${e.uncommittedFiles ? ` + ${e.uncommittedFiles} uncommitted files` : ''} · Node ${e.node} · ${e.chromium ?? 'Chromium ?'} · ${e.cpus} CPUs · load average ${e.loadStart.join(' ')} at start, ${e.loadEnd.join(' ')} at end · ${Math.round(e.seconds / 6) / 10} min`,
  );
  out.push('');
  out.push('Compressed = gzip -9 (what scripts/serve.mjs sends); br = brotli -11. 1 KB = 1024 bytes. Budgets: ../shared/DESIGN.md › Budgets.');
  out.push('');
  out.push('## Budgets');
  out.push('');
  out.push(table(['what', 'measured', 'budget', ''], rows));
  out.push('');

  out.push('## Pages (static, compressed with gzip)');
  out.push('');
  out.push(
    table(
      ['page', 'map', 'HTML raw', 'HTML gz', 'HTML br', 'CSS gz', 'JS gz', 'before map gz', '≤ 50 KB', 'Chromium before', 'map data gz'],
      pages.map((p) => [
        p.path,
        p.map ? 'map' : 'text',
        kb(p.html.raw),
        kb(p.html.gzip),
        kb(p.html.br),
        kb(p.css.gzip),
        kb(p.js.gzip),
        kb(p.beforeMap.gzip),
        mark(p.beforeMap.gzip <= B.beforeMap),
        R.browser?.pages[p.path]?.before ? kb(R.browser.pages[p.path].before.total) : '–',
        p.mapData ? kb(p.mapData.gzip) : '–',
      ]),
    ),
  );
  out.push('');

  if (R.lighthouse && Object.keys(R.lighthouse.pages).length) {
    out.push(`## Lighthouse ${R.lighthouse.version} (mobile defaults, simulated throttling; ${R.lighthouse.chromePath} ${R.lighthouse.flags.join(' ')})`);
    out.push('');
    out.push(
      table(
        ['page', 'runs (Perf/A11y/BP/SEO · LCP/TBT/CLS)', 'failing audits (weight > 0)', 'main-thread top (median run)', 'layout shift', 's/run'],
        Object.entries(R.lighthouse.pages).map(([path, l]) => [
          path,
          l.all.map((r) => `${r.p}/${r.a}/${r.b}/${r.s} · ${sec(r.lcp)}/${msf(r.tbt)}/${r.cls?.toFixed(3)}`).join('; ') + (l.errors.length ? `; errors: ${l.errors.join('; ')}` : ''),
          Object.entries(l.failing)
            .map(([id, v]) => `${id} (${v[0]})`)
            .join(', ') || 'none',
          (l.bootup ?? []).map((b) => `${b.url.replace(/^\/_astro\//, '')} ${b.ms} ms`).join(', '),
          (l.layoutShifts ?? []).map((s) => `${s.node} ${s.score?.toFixed(3)}`).join(', ') || 'none',
          l.secondsPerRun,
        ]),
      ),
    );
    const foreign = Object.values(R.lighthouse.pages).flatMap((l) => l.foreignRequests);
    out.push('');
    out.push(`Requests to other origins during Lighthouse runs: ${foreign.length ? foreign.join(' ') : 'none'}.`);
    const warnings = [...new Set(Object.values(R.lighthouse.pages).flatMap((l) => l.warnings))];
    if (warnings.length) out.push(`Lighthouse warnings: ${warnings.join(' / ')}`);
    out.push('');
  }

  if (R.browser) {
    out.push(`## Maps in Chromium (${R.env.chromium ?? 'Chromium'}, WebGL2 in software; ${VIEWPORT.width}×${VIEWPORT.height}, cold cache each run)`);
    out.push('');
    out.push(
      table(
        ['page', 'viewport', 'live (median)', 'ready (median)', 'runs (ready)', 'before', 'activation', 'note'],
        Object.entries(R.browser.maps).map(([path, m]) => [
          path,
          `${m.viewport.width}×${m.viewport.height}`,
          msf(m.live),
          msf(m.ready),
          m.runs.map((r) => (r.ready == null ? `✗ ${r.error}` : msf(r.ready))).join(', '),
          kb(m.before),
          kb(m.activation),
          [m.note, ...m.errors].filter(Boolean).join('; '),
        ]),
      ),
    );
    const foreign = [...new Set(Object.values(R.browser.pages).flatMap((p) => p.foreign ?? []))];
    const errors = [...new Set(Object.values(R.browser.pages).flatMap((p) => p.errors ?? []))];
    out.push('');
    out.push(`Requests to other origins: ${foreign.length ? foreign.join(' ') : 'none'}. Page errors: ${errors.length ? errors.join(' / ') : 'none'}.`);
    out.push('');
  }

  out.push('## Method');
  out.push('');
  out.push(
    [
      `- Builds run in a temporary copy of the project (no node_modules/dist/.git/caches; node_modules is a directory of symlinks), with \`node_modules/.bin/astro build\` and the project's Node, caches removed before each build; wall time of the whole command.`,
      `- Static weights: every dist/**/index.html; its \`<link rel=stylesheet>\`, \`<script type=module src>\` and \`modulepreload\`, JS followed through static imports (\`import()\` is activation). "Before map" = HTML + CSS + JS.`,
      `- Chromium: each page loaded with a fresh context, held at its bottom (an init script scrolls there before the module scripts run), until the network is idle: "before". Text pages are then scrolled to the end (MapLibre must not load). Map timing: t0 = \`scrollIntoView\` of \`<atlas-map>\`; live = class \`atlas-map--live\` (MapLibre \`load\` + its CSS; the SVG twin hidden); ready = live and \`map.loaded()\`/\`idle\`, plus one frame.`,
      `- Lighthouse: fresh Chromium per run via chrome-launcher, default (mobile) config; weight-0 audits screenshot-thumbnails, final-screenshot, bf-cache and the full-page screenshot skipped (scores unchanged); medians per figure.`,
      `- ${R.scale ? `${R.scale.factor}×` : '100×'} build: every crossing plus copies with new ids placed on points of their own Natural Earth border line (data/geo/borders.geojson) within ±60 km of the original, so the data checks pass; the copy is deleted afterwards.`,
      `- Timings depend on the machine's other load: see the load averages above.`,
    ].join('\n'),
  );
  out.push('');
  return out.join('\n');
}

main()
  .catch(async (error) => {
    console.error(`bench: ${error?.stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(cleanup);
