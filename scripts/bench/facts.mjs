// Small facts the benchmark records: command output, folder sizes, a build log's progress, a page's figures.
import { execFileSync } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const sh = (cmd, args, cwd) => {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

export async function dirStats(dir) {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  async function walk(d) {
    for (const entry of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        bytes += (await stat(path)).size;
        files++;
        if (entry.name === 'index.html') pages++;
      }
    }
  }
  await walk(dir);
  return { bytes, files, pages };
}

/** The last route a build log names and how many it wrote ("├─ /map-data/x.json"). */
export async function buildProgress(logFile) {
  const text = await readFile(logFile, 'utf8').catch(() => '');
  const routes = [...text.matchAll(/[├└]─ (\S+)/g)].map((m) => m[1]);
  return { routes: routes.length, last: routes.at(-1) ?? null };
}

/** A page's figures without the per-file lists (for the JSON and the tables). */
export const brief = (p) => ({
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
