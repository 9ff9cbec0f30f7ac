// Throw-away copies of the project for clean builds: everything but node_modules, dist, .git and
// caches is copied; node_modules is a real directory of symlinks to the project's packages, so
// the copy's own caches (node_modules/.astro, node_modules/.vite) never touch the real project.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** Builds running now (process group ids), so an interrupted benchmark can stop them. */
const running = new Set();
export function stopBuilds() {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** Top-level entries never copied. */
const SKIP_TOP = new Set(['node_modules', 'dist', '.git', '.astro', 'bench-results', 'test-results', '.ci', '.cache']);
/** node_modules entries that are caches: each copy gets its own. */
const SKIP_MODULES = new Set(['.astro', '.vite', '.cache', '.vitest']);

/** Copies `root` to a new temporary directory; returns its path. */
export async function copyProject(root, label = 'copy') {
  const dir = await mkdtemp(join(tmpdir(), `atlas-bench-${label}-`));
  for (const name of await readdir(root)) {
    if (SKIP_TOP.has(name) || name.endsWith('.log')) continue;
    await cp(join(root, name), join(dir, name), { recursive: true, verbatimSymlinks: true });
  }
  const modules = join(dir, 'node_modules');
  await mkdir(modules);
  for (const name of await readdir(join(root, 'node_modules'))) {
    if (SKIP_MODULES.has(name)) continue;
    await symlink(join(root, 'node_modules', name), join(modules, name));
  }
  return dir;
}

export const removeProject = (dir) => {
  if (!basename(dir).startsWith('atlas-bench-')) throw new Error(`refusing to delete ${dir}`);
  return rm(dir, { recursive: true, force: true });
};

/**
 * Runs `astro build` in `dir` with the project's Node (node_modules/.bin first on PATH) and
 * returns { ms, ok, code, log }. Output goes to `logFile`; the dist/ of `dir` is removed first.
 */
export async function astroBuild(dir, logFile, { timeoutMs = 15 * 60_000 } = {}) {
  // Clean: no output and no caches from an earlier build of this copy.
  for (const sub of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) await rm(join(dir, sub), { recursive: true, force: true });
  const bin = join(dir, 'node_modules', '.bin');
  const env = { ...process.env, PATH: [bin, process.env.PATH].join(delimiter), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  const log = createWriteStream(logFile);
  const start = performance.now();
  let timedOut = false;
  const code = await new Promise((resolve) => {
    const child = spawn(join(bin, 'astro'), ['build'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running.add(child.pid);
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    const timer = setTimeout(() => {
      timedOut = true;
      log.write(`\n[bench] build timed out after ${timeoutMs} ms: killed\n`);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      log.write(`\n[bench] ${error}\n`);
      resolve(-1);
    });
    child.on('close', (c, signal) => {
      running.delete(child.pid);
      clearTimeout(timer);
      resolve(c ?? (signal ? 128 : -1));
    });
  });
  const ms = performance.now() - start;
  await new Promise((r) => log.end(r));
  return { ms, ok: code === 0 && !timedOut, code, timedOut, log: logFile, dist: join(dir, 'dist') };
}
