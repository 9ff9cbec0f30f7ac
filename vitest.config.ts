import { defineConfig } from 'vitest/config';

/**
 * Two projects, run by `npm test` (scripts/run-tests.mjs) one after the other:
 *
 * - `unit`: tests/unit/**, plain Node, files in parallel.
 * - `e2e`:  tests/e2e/**, playwright-core driving /usr/bin/chromium against the BUILT site
 *           (dist/) served on 127.0.0.1 by scripts/serve.mjs. One file at a time; the
 *           global setup starts the server on a free port and provides its URL as
 *           `inject('baseUrl')` (see tests/e2e/harness.ts).
 *
 * Run one project: `npx vitest run --project unit`. The e2e project needs `npm run build` first.
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
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
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: CI has two cores, and screenshots must not starve each other.
          fileParallelism: false,
          maxWorkers: 1,
          // Only after the unit project has finished.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
