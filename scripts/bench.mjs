#!/usr/bin/env node
// `npm run bench`: a benchmark, not a test. Measures the atlas against the budgets in
// docs/architecture.md and prints a Markdown report, also written to bench-results/bench.md
// (and every figure to bench-results/bench.json; build logs in bench-results/logs/).
//
//   1. clean `astro build` wall time (median of 2), in a throw-away copy of the project
//   2. per-page weights of every dist/**/index.html (HTML, CSS, JS; gzip and brotli) and, in
//      Chromium, the bytes actually transferred before and after the map activates
//   3. Lighthouse, mobile defaults, median of 3: /, a border, a crossing, /crossings/, /travel/, each
//      beside its floor (the page's text as plain HTML): the LCP ratio page ÷ floor per page type
//   4. time until a map is ready after it is scrolled into view (median of 5), and for the border
//      page against bare MapLibre showing the same GeoJSON (scripts/bench/floor.mjs): the ratio
//   5. the build with 100× the crossings (synthetic, on the real border lines), vs the normal one
//
// Options: --quick (1 build, 1 Lighthouse run, 1 map timing, no 100× build), --no-lighthouse,
// --no-browser, --no-scale, --builds=N, --lighthouse-runs=N, --map-runs=N, --scale-factor=N,
// --scale-timeout=SECONDS (default 1800; a killed build is reported as "more than"), --keep
// (keep the temporary copies, paths printed), --report-only (re-render bench.md from bench.json).
//
// The project is copied (without node_modules, dist, .git, caches) to a temporary directory and
// built there, so the real dist/ and caches are never touched and edits made meanwhile do not
// leak into a half-finished build. Progress goes to stderr, the report to stdout.
// One job per file in scripts/bench/: options.mjs (command line), project.mjs (copies and builds),
// weights.mjs (static page weights), phase-browser.mjs + browser.mjs (Chromium), phase-lighthouse.mjs
// + lighthouse.mjs, phase-scale.mjs + synthetic.mjs (100× crossings), facts.mjs (small measurements),
// report.mjs (formatting; budgets from scripts/config/budgets.ts) and render.mjs (the Markdown report).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { brief, buildProgress, dirStats, sh } from './bench/facts.mjs';
import { parseArgs } from './bench/options.mjs';
import { measureInBrowser } from './bench/phase-browser.mjs';
import { writeBareMap, writeFloorPages } from './bench/floor.mjs';
import { LIGHTHOUSE_PAGES, measureLighthouse } from './bench/phase-lighthouse.mjs';
import { measureScale } from './bench/phase-scale.mjs';
import { astroBuild, copyProject, removeProject, stopBuilds } from './bench/project.mjs';
import { render } from './bench/render.mjs';
import { median, sec } from './bench/report.mjs';
import { allWeights } from './bench/weights.mjs';
import { CHROMIUM_PATH } from './config/chromium.ts';
import { startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench-results');
const LOGS = join(OUT, 'logs');

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
      commit: sh('git', ['rev-parse', '--short', 'HEAD'], ROOT),
      uncommittedFiles: (sh('git', ['status', '--porcelain'], ROOT) ?? '').split('\n').filter(Boolean).length,
      node: process.version,
      chromium: sh(CHROMIUM_PATH, ['--version'], ROOT),
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

  // The reference pages go into the copy's dist/ after its pages were weighed.
  const floors = await writeFloorPages(dist, LIGHTHOUSE_PAGES);
  const bareMap = await writeBareMap(dist);
  const server = await startServer({ root: dist, port: 0 });
  const urlOf = (path) => new URL(path, server.url).href;
  try {
    // 2b / 4. Browser ----------------------------------------------------------------------
    if (o.browser) R.browser = await measureInBrowser({ o, pages, byPath, urlOf, progress, bareMap });
    // 3. Lighthouse ---------------------------------------------------------------------------
    if (o.lighthouse) R.lighthouse = await measureLighthouse({ o, urlOf, progress, floors });
  } finally {
    await server.close();
  }
  R.build.dir = o.keep ? copy : undefined;
  if (!o.keep) {
    await removeProject(copy);
    temps.delete(copy);
  }

  // 5. Scaling ----------------------------------------------------------------------------------
  if (o.scale)
    Object.assign(R, await measureScale({ o, root: ROOT, logs: LOGS, buildMedian: R.build.median, normalPages: R.build.dist.pages, temps, progress }));

  R.env.loadEnd = loadavg().map((x) => +x.toFixed(2));
  R.env.seconds = Math.round((performance.now() - started) / 1000);
  // The figures first: a report that fails to render can be redone with --report-only.
  await writeFile(join(OUT, 'bench.json'), `${JSON.stringify(R, null, 2)}\n`);
  const md = render(R);
  await writeFile(join(OUT, 'bench.md'), md);
  console.log(md);
  progress(`written ${relative(ROOT, join(OUT, 'bench.md'))} and bench.json`);
}

main()
  .catch(async (error) => {
    console.error(`bench: ${error?.stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(cleanup);
