#!/usr/bin/env node
// `npm test`: everything, in order.
//   1. ensure Chromium (+ pdftoppm) are installed (scripts/ensure-chromium.mjs)
//   2. `astro build` → dist/ (the browser tests test the built site)
//   3. vitest run over both projects (unit, e2e): readable output + test-results/vitest.json
//   4. one plain summary line `N passed, N failed[, N skipped]`, also written to test-results/summary.txt
// Exits non-zero when anything failed or no test ran.
// Extra arguments go to vitest: `npm test -- --project unit`, `npm test -- tests/unit/bad-data.test.ts`.
// SKIP_BUILD=1 reuses an existing dist/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'test-results');
const JSON_REPORT = join(RESULTS, 'vitest.json');
const SUMMARY = join(RESULTS, 'summary.txt');
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

const env = { ...process.env, PATH: `${BIN}:${process.env.PATH ?? ''}`, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') };

function banner(text) {
  console.log(`\n━━ ${text} ${'━'.repeat(Math.max(0, 70 - text.length))}`);
}

/** Prints the summary line last, records it for .ci/run, and exits. */
function finish(passed, failed, skipped) {
  const line = `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
  try {
    mkdirSync(dirname(SUMMARY), { recursive: true });
    writeFileSync(SUMMARY, line + '\n');
  } catch {}
  console.log('');
  console.log(line);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

/** Runs a command with output streamed live and kept (tail) for the report. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => {
      output += chunk;
      if (output.length > 2_000_000) output = output.slice(-1_000_000);
    };
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      keep(chunk.toString());
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      keep(chunk.toString());
    });
    child.on('error', (error) => resolve({ code: 127, output: `${output}\n${command}: ${error.message}` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const vitestArgs = process.argv.slice(2);
const onlyUnit = vitestArgs.includes('--project') && vitestArgs[vitestArgs.indexOf('--project') + 1] === 'unit';

// 1. Chromium
if (!onlyUnit) {
  banner('1/3 Chromium');
  if (!ensureChromium()) finish(0, 1, 0);
}

// 2. Build
rmSync(JSON_REPORT, { force: true });
rmSync(SUMMARY, { force: true });
if (process.env.SKIP_BUILD && existsSync(join(ROOT, 'dist'))) {
  banner('2/3 astro build (skipped: SKIP_BUILD is set, reusing dist/)');
} else if (!onlyUnit) {
  banner('2/3 astro build');
  const started = Date.now();
  const build = await run(join(BIN, 'astro'), ['build']);
  if (build.code !== 0) {
    // Astro prints the data error in its output; repeat the lines that name a data file so they are not lost.
    const plain = build.output.replace(/\x1b\[[0-9;]*m/g, '');
    const dataLines = [...new Set(plain.split('\n').filter((l) => /(data\/[\w.-]+\.json|component <)[^\n]*›/.test(l)).map((l) => l.trim()))];
    banner(`astro build FAILED (exit ${build.code}, ${seconds(started)})`);
    if (dataLines.length > 0) {
      console.error('The data does not pass validation:');
      for (const line of dataLines) console.error(`  ${line.replace(/^-\s*/, '- ')}`);
    } else {
      console.error(plain.trim().split('\n').slice(-40).join('\n'));
    }
    console.error('\nNo tests were run: fix the build first (`npm run build` shows the same error).');
    finish(0, 1, 0);
  }
  console.log(`astro build: ok (${seconds(started)})`);
}

// 3. Vitest
banner('3/3 vitest (unit, e2e)');
mkdirSync(RESULTS, { recursive: true });
const started = Date.now();
const vitest = await run(join(BIN, 'vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${JSON_REPORT}`,
  ...vitestArgs,
]);
console.log(`vitest: exit ${vitest.code} (${seconds(started)})`);

// 4. Summary
let report;
try {
  report = JSON.parse(readFileSync(JSON_REPORT, 'utf8'));
} catch (error) {
  console.error(`run-tests: no readable ${JSON_REPORT} (${error.message}); vitest exited with ${vitest.code}`);
  finish(0, 1, 0);
}
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const file of report.testResults ?? []) {
  const assertions = file.assertionResults ?? [];
  for (const a of assertions) {
    if (a.status === 'passed') passed++;
    else if (a.status === 'failed') {
      failed++;
      failures.push(`${file.name.replace(ROOT, '')} › ${a.fullName ?? a.title}`);
    } else skipped++; // pending, skipped, todo, disabled
  }
  // A file that failed without any failed test (syntax error, failing import or hook) counts once.
  if (file.status === 'failed' && !assertions.some((a) => a.status === 'failed')) {
    failed++;
    failures.push(`${file.name.replace(ROOT, '')} (file failed: ${(file.message ?? '').split('\n')[0]})`);
  }
}
// Errors outside any test (unhandled rejections…) make vitest fail without a failed test in the report.
if (vitest.code !== 0 && failed === 0) {
  failed++;
  failures.push(`vitest exited with code ${vitest.code} (unhandled error or startup failure; see above)`);
}
if (passed + failed === 0) {
  console.error('run-tests: no test ran — that is a failure, not a pass.');
  failed++;
}
if (failures.length > 0) {
  banner('failed');
  for (const f of failures) console.log(`  ✗ ${f}`);
}
finish(passed, failed, skipped);
