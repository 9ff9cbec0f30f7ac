#!/usr/bin/env node
// `npm test`: everything, in three phases that keep both cores busy without starving the browser.
//   0. ensure Chromium (+ poppler-utils) are installed (scripts/ensure-chromium.mjs)
//   1. at once: `astro build` → dist/, the lint and format gates (`eslint .`, `prettier --check .`),
//      vitest's `unit` project and its `failing-build` project (builds of broken copies, which need
//      no dist/); as soon as the build has written Astro's types, the type check (`astro check
//      --noSync` on those types, 0 errors: src/, tests/ and scripts/); as soon as the build has
//      finished, vitest's `build` project (no browser; reads dist/). The build and its tests, the
//      path to phase 2, run first on the cores: the others run at a lower priority (niceness 10)
//   2. vitest's `e2e` project alone (Chromium against the built site)
//   3. one plain summary line `N passed, N failed[, N skipped]`, also written to test-results/summary.txt;
//      each gate counts as one test. Per-phase times are printed and kept in test-results/phases.txt.
// Exits non-zero when anything failed or no test ran.
//
// Extra arguments go to vitest and run only vitest (no gates): `npm test -- --project unit`,
// `npm test -- tests/e2e/print.test.ts`. SKIP_BUILD=1 reuses an existing dist/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { setPriority } from 'node:os';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'test-results');
const SUMMARY = join(RESULTS, 'summary.txt');
const PHASES = join(RESULTS, 'phases.txt');
const BIN = join(ROOT, 'node_modules', '.bin');

// Astro 7 needs Node ≥ 22.12; the project ships Node 24 as the `node` devDependency.
// `npm test` puts node_modules/.bin first on PATH, but re-run under it if started some other way.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  const local = join(BIN, 'node');
  if (existsSync(local) && !process.env.ATLAS_REEXEC) {
    const result = spawnSync(local, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, ATLAS_REEXEC: '1', PATH: `${BIN}:${process.env.PATH ?? ''}` },
    });
    process.exit(result.status ?? 1);
  }
  console.error(`run-tests: Node ${process.versions.node} is too old (need ≥ 22.12); run \`npm ci\` and use \`npm test\`.`);
  finish(0, 1, 0);
}
// Imported only now: it reads scripts/config/chromium.ts, which needs Node's type stripping.
const { ensureChromium } = await import('./ensure-chromium.mjs');

/** Public origin of the tested build (see SITE_URL below). */
const TEST_SITE_URL = 'https://kazakhstan-border-atlas.test';
const env = {
  ...process.env,
  PATH: `${BIN}:${process.env.PATH ?? ''}`,
  FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0'),
  // The tested build is a release build: canonical links, sitemap, structured data and QR codes
  // need a public origin. `.test` is reserved for testing (RFC 2606), so nothing real is named.
  SITE_URL: process.env.SITE_URL || TEST_SITE_URL,
};

function banner(text) {
  console.log(`\n━━ ${text} ${'━'.repeat(Math.max(0, 70 - text.length))}`);
}

/** Prints the summary line last, records it for .ci/run, and exits. */
function finish(passed, failed, skipped) {
  const line = `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
  try {
    mkdirSync(dirname(SUMMARY), { recursive: true });
    writeFileSync(SUMMARY, line + '\n');
  } catch {
    // The line is printed below either way.
  }
  console.log('');
  console.log(line);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

/**
 * Runs a command. `live`: output streamed as it comes (one command at a time); otherwise kept and
 * printed in one block when it ends, so that commands running side by side do not interleave.
 */
function run(name, command, args, { live = false, onOutput, yieldToOthers = false } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (yieldToOthers && child.pid !== undefined) {
      try {
        // Lower priority (its workers inherit it): the cores go first to the build and the tests
        // that wait for it, the path the browser tests wait on.
        setPriority(child.pid, BACKGROUND_PRIORITY);
      } catch {
        // Not allowed here: it runs at the same priority, only later done.
      }
    }
    let output = '';
    const keep = (chunk) => {
      output += chunk;
      if (output.length > 2_000_000) output = output.slice(-1_000_000);
      onOutput?.(chunk);
    };
    for (const [stream, sink] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      stream.on('data', (chunk) => {
        if (live) sink.write(chunk);
        keep(chunk.toString());
      });
    }
    const done = (code) => {
      const result = { name, code, output, ms: Date.now() - started };
      if (!live) {
        banner(`${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} (${seconds(result.ms)})`);
        const text = output.trim();
        if (text) console.log(code === 0 && text.split('\n').length > 40 ? `… ${text.split('\n').slice(-15).join('\n')}` : text);
      }
      resolve(result);
    };
    child.on('error', (error) => {
      output += `\n${command}: ${error.message}`;
      done(127);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

/** Niceness of the phase-1 jobs off the path build → build tests (eslint, prettier, unit, failing builds, type check). */
const BACKGROUND_PRIORITY = 10;

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const vitestArgs = process.argv.slice(2);
const full = vitestArgs.length === 0;
const onlyUnit = vitestArgs.includes('--project') && vitestArgs[vitestArgs.indexOf('--project') + 1] === 'unit';
const phases = [];
const gates = [];
const reports = [];
const runStarted = Date.now();

/** Vitest with a JSON report of its own (several runs are summed). */
function vitest(name, args, options) {
  const report = join(RESULTS, `vitest-${name}.json`);
  rmSync(report, { force: true });
  const entry = { name, report, code: null };
  reports.push(entry);
  return run(`vitest ${name}`, join(BIN, 'vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], options).then(
    (result) => {
      entry.code = result.code;
      return result;
    },
  );
}

rmSync(SUMMARY, { force: true });
mkdirSync(RESULTS, { recursive: true });

// 0. Chromium
if (!onlyUnit) {
  banner('0 Chromium');
  if (!ensureChromium()) finish(0, 1, 0);
}

// 1. Everything that needs no browser: the build, and beside it the lint gates and the unit tests
//    (they need no build); the type check and the build tests as soon as the build is there.
const phase1 = Date.now();
const buildNeeded = !onlyUnit && !(process.env.SKIP_BUILD && existsSync(join(ROOT, 'dist')));
banner(
  `1 ${buildNeeded ? 'astro build' : 'astro build skipped (SKIP_BUILD is set, reusing dist/)'}${full ? ' + eslint + prettier --check + vitest unit + vitest failing-build + astro check (once the types are written), then vitest build' : ''}`,
);
// Astro's types (.astro/) are written once, at the start of the build ("[types] Generated"), and not
// again: the type check can read them from then on, beside the rest of the build.
let typesWritten = () => {};
const typesReady = new Promise((resolve) => (typesWritten = resolve));
const building = buildNeeded
  ? run('astro build', join(BIN, 'astro'), ['build'], {
      onOutput: (chunk) => /\[types\] Generated/.test(stripVTControlCharacters(String(chunk))) && typesWritten(),
    })
  : Promise.resolve(null);
const typesOrBuild = Promise.race([typesReady, building]);
const [build, ...besideBuild] = await Promise.all([
  building,
  ...(full
    ? [
        run('gate: eslint', join(BIN, 'eslint'), ['.'], { yieldToOthers: true }),
        run('gate: prettier --check', join(BIN, 'prettier'), ['--check', '.'], { yieldToOthers: true }),
        vitest('unit', ['--project', 'unit'], { yieldToOthers: true }),
        vitest('failing-build', ['--project', 'failing-build'], { yieldToOthers: true }),
        // Once the build has generated Astro's types (.astro/): the check reads them rather than
        // generating them again (--noSync), and two writers of .astro/ must not run at once.
        // It type-checks src/, tests/ and scripts/ alike (tsconfig.json includes them all).
        typesOrBuild.then(() => run('gate: astro check', join(BIN, 'astro'), ['check', ...(buildNeeded ? ['--noSync'] : [])], { yieldToOthers: true })),
        building.then((built) => (built === null || built.code === 0 ? vitest('build', ['--project', 'build']) : null)),
      ]
    : []),
]);
gates.push(...besideBuild.filter((r) => r !== null && r.name.startsWith('gate: ')));
const took = (name) => besideBuild.find((r) => r?.name === name)?.ms;
const timings = [
  ...(build ? [`astro build ${seconds(build.ms)}`] : []),
  ...['gate: astro check', 'vitest unit', 'vitest failing-build', 'vitest build']
    .filter((n) => took(n) !== undefined)
    .map((n) => `${n.replace('gate: ', '')} ${seconds(took(n))}`),
];
phases.push(`1 build${full ? ', gates, unit and build tests' : ''}: ${seconds(Date.now() - phase1)}${timings.length > 0 ? ` (${timings.join(', ')})` : ''}`);
if (build && build.code !== 0) {
  // Astro prints the data error in its output; repeat the lines that name a data file so they are not lost.
  const plain = stripVTControlCharacters(build.output);
  const dataLines = [
    ...new Set(
      plain
        .split('\n')
        .filter((l) => /(data\/[\w.-]+\.json|component <)[^\n]*›/.test(l))
        .map((l) => l.trim()),
    ),
  ];
  if (dataLines.length > 0) {
    console.error('The data does not pass validation:');
    for (const line of dataLines) console.error(`  ${line.replace(/^-\s*/, '- ')}`);
  } else {
    console.error(plain.trim().split('\n').slice(-40).join('\n'));
  }
  console.error('\nThe build failed: the tests of the built site did not run (`npm run build` shows the same error).');
  gates.push(build);
}

if (full) {
  // 2. The browser tests, alone (they need every core), once the build is good.
  if (!build || build.code === 0) {
    const phase2 = Date.now();
    banner('2 vitest e2e');
    await vitest('e2e', ['--project', 'e2e'], { live: true });
    phases.push(`2 e2e: ${seconds(Date.now() - phase2)}`);
  }
} else if (!build || build.code === 0) {
  const phase = Date.now();
  banner(`vitest ${vitestArgs.join(' ')}`);
  await vitest('selected', vitestArgs, { live: true });
  phases.push(`vitest ${vitestArgs.join(' ')}: ${seconds(Date.now() - phase)}`);
}
phases.push(`total: ${seconds(Date.now() - runStarted)}`);

// 4. Summary
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const gate of gates) {
  if (gate.code === 0) passed++;
  else {
    failed++;
    failures.push(`${gate.name} (exit ${gate.code}; its output is above)`);
  }
}
for (const { name, report: file, code } of reports) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    failed++;
    failures.push(`vitest ${name}: no readable ${file} (${error.message})`);
    continue;
  }
  let failedHere = 0;
  for (const result of report.testResults ?? []) {
    const assertions = result.assertionResults ?? [];
    for (const a of assertions) {
      if (a.status === 'passed') passed++;
      else if (a.status === 'failed') {
        failed++;
        failedHere++;
        failures.push(`${result.name.replace(ROOT, '')} › ${a.fullName ?? a.title}`);
      } else skipped++; // pending, skipped, todo, disabled
    }
    // A file that failed without any failed test (syntax error, failing import or hook) counts once.
    if (result.status === 'failed' && !assertions.some((a) => a.status === 'failed')) {
      failed++;
      failedHere++;
      failures.push(`${result.name.replace(ROOT, '')} (file failed: ${(result.message ?? '').split('\n')[0]})`);
    }
  }
  // Errors outside any test (unhandled rejections…) make vitest fail without a failed test in the report.
  if (code !== 0 && failedHere === 0) {
    failed++;
    failures.push(`vitest ${name} exited with code ${code} (unhandled error or startup failure; see above)`);
  }
}
if (passed + failed === 0) {
  console.error('run-tests: no test ran — that is a failure, not a pass.');
  failed++;
}
banner('times');
for (const line of phases) console.log(`  ${line}`);
try {
  writeFileSync(PHASES, phases.join('\n') + '\n');
} catch {
  // Printed above either way.
}
if (failures.length > 0) {
  banner('failed');
  for (const f of failures) console.log(`  ✗ ${f}`);
}
finish(passed, failed, skipped);
