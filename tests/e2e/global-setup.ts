import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH, chromiumArgs, LAUNCH_TIMEOUT_MS } from '../../scripts/config/chromium.ts';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>/` of the static server over dist/, or '' when it could not start. */
    baseUrl: string;
    /** Why the server did not start (dist/ missing…), or ''. */
    serverError: string;
    /** The directory served: a private snapshot of dist/ taken when the run started. */
    distDir: string;
    /** WebSocket endpoint of the Chromium (WebGL on) shared by every e2e file, or '' (each file launches its own). */
    browserEndpoint: string;
    /** The same for the Chromium without WebGL (--disable-3d-apis), for the fallback tests. */
    noWebglBrowserEndpoint: string;
  }
}

const DIST = process.env.ATLAS_DIST ? resolve(process.env.ATLAS_DIST) : fileURLToPath(new URL('../../dist', import.meta.url));

/**
 * Starts one static server over (a snapshot of) the built site for the whole e2e project, and two
 * Chromiums that every test file connects to (harness.ts launchBrowser), one with WebGL and one
 * without: a launch costs seconds on a loaded two-core machine, and each file opens its own
 * contexts, so files stay isolated.
 * When dist/ is missing the tests still run and fail with the reason (rather than the run crashing).
 */
export default async function setup(project: TestProject) {
  const browsers: BrowserServer[] = [];
  const launch = async (webgl: boolean): Promise<string> => {
    if (!existsSync(CHROMIUM_PATH)) return '';
    const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs({ webgl }), timeout: LAUNCH_TIMEOUT_MS });
    browsers.push(server);
    return server.wsEndpoint();
  };
  const [withWebgl, withoutWebgl] = await Promise.all([launch(true), launch(false)]);
  project.provide('browserEndpoint', withWebgl);
  project.provide('noWebglBrowserEndpoint', withoutWebgl);
  const closeBrowsers = () => Promise.all(browsers.map((b) => b.close()));
  if (!existsSync(DIST)) {
    project.provide('baseUrl', '');
    project.provide('distDir', DIST);
    project.provide('serverError', `${DIST} does not exist: run \`npm run build\` (npm test builds first)`);
    return async () => {
      await closeBrowsers();
    };
  }
  // Serve a snapshot, so a build started elsewhere during the run (it empties dist/) cannot break it.
  const snapshot = mkdtempSync(join(tmpdir(), 'atlas-e2e-dist-'));
  cpSync(DIST, snapshot, { recursive: true });
  const server = await startServer({ root: snapshot, port: 0, host: '127.0.0.1' });
  project.provide('baseUrl', server.url);
  project.provide('distDir', snapshot);
  project.provide('serverError', '');
  return async () => {
    await closeBrowsers();
    await server.close();
    rmSync(snapshot, { recursive: true, force: true });
  };
}
