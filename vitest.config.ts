import { defineConfig } from 'vitest/config';
import AtlasSequencer from './tests/sequencer.ts';

/**
 * Three projects, run by `npm test` (scripts/run-tests.mjs):
 *
 * - `unit`:  tests/unit/**, plain Node, files in parallel. Needs nothing built. Not isolated: the
 *            files of a worker share their imported modules (the data, zod, turf are loaded once per
 *            worker, not per file: a third less CPU), so a test restores what it changes (env, globals).
 * - `failing-build`: tests/failing-build/**, `astro build` on copies of the project with bad data or
 *            prose, which must fail naming file, record and field. Needs nothing built: `npm test`
 *            runs it beside the real build.
 * - `build`: tests/build/**, checks over the built site read from disk (dist/, or ATLAS_DIST) with no
 *            browser — links, HTML validity, the CSP in the files, static byte budgets, metadata. Not
 *            isolated either: the files only read, and share each page's parsed tree (scripts/dist/
 *            read-dist.ts `parse`), so a page is parsed once per worker rather than once per file.
 * - `e2e`:   tests/e2e/**, playwright-core driving Chromium (scripts/config/chromium.ts) against the
 *            BUILT site served on 127.0.0.1 by scripts/serve.mjs. The global setup starts the
 *            server (on a snapshot of dist/) and the Chromiums every file connects to; two files at
 *            a time, after the other two projects. The page pass (tests/e2e/page-pass.ts, run by
 *            pages.test.ts and crossing-pages.test.ts) visits a sample of the pages by template
 *            (tests/e2e/page-sample.ts; `build` reads every page) once per viewport and starts first
 *            (tests/sequencer.ts); a new page in dist/ or a new *.test.ts file needs no change here.
 *
 * Run one project: `npx vitest run --project unit`. `build` and `e2e` need `npm run build` first.
 * Timeouts are generous: the suite must pass on a loaded two-core machine, not only on a fast one.
 */
export default defineConfig({
  test: {
    sequence: { sequencer: AtlasSequencer },
    // Test files and what they import run on Node's own import (TypeScript by type stripping, as the
    // scripts do) rather than through Vite's module runner: nothing here needs Vite's transforms or
    // vi.mock, and the unit project takes half the CPU.
    experimental: { viteModuleRunner: false },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          isolate: false,
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'failing-build',
          include: ['tests/failing-build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 240_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          isolate: false,
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // Two files at a time: most of a browser test is waiting on Chromium, which has two cores
          // of its own to use. Timing checks are hang catchers (the benchmark holds the figures).
          fileParallelism: true,
          maxWorkers: 2,
          // Only after the unit and build projects have finished.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
