import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>/` of the static server over dist/, or '' when it could not start. */
    baseUrl: string;
    /** Why the server did not start (dist/ missing…), or ''. */
    serverError: string;
    /** The directory served: a private snapshot of dist/ taken when the run started. */
    distDir: string;
  }
}

const DIST = process.env.ATLAS_DIST ? resolve(process.env.ATLAS_DIST) : fileURLToPath(new URL('../../dist', import.meta.url));

/**
 * Starts one static server over (a snapshot of) the built site for the whole e2e project.
 * When dist/ is missing the tests still run and fail with the reason (rather than the run crashing).
 */
export default async function setup(project: TestProject) {
  if (!existsSync(DIST)) {
    project.provide('baseUrl', '');
    project.provide('distDir', DIST);
    project.provide('serverError', `${DIST} does not exist: run \`npm run build\` (npm test builds first)`);
    return;
  }
  // Serve a snapshot, so a build started elsewhere during the run (it empties dist/) cannot break it.
  const snapshot = mkdtempSync(join(tmpdir(), 'atlas-e2e-dist-'));
  cpSync(DIST, snapshot, { recursive: true });
  const server = await startServer({ root: snapshot, port: 0, host: '127.0.0.1' });
  project.provide('baseUrl', server.url);
  project.provide('distDir', snapshot);
  project.provide('serverError', '');
  return async () => {
    await server.close();
    rmSync(snapshot, { recursive: true, force: true });
  };
}
