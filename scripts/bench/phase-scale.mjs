// Benchmark, scaling: the build with o.scaleFactor× the crossings (synthetic, on the real border
// lines) in a throw-away copy, against the normal build's median; the weights of SCALE_PAGES.
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brief, buildProgress, dirStats } from './facts.mjs';
import { astroBuild, copyProject, removeProject } from './project.mjs';
import { sec } from './report.mjs';
import { multiplyCrossings, translateCopies } from './synthetic.mjs';
import { allWeights } from './weights.mjs';

export const SCALE_PAGES = ['/crossings/', '/borders/kazakhstan-russia/', '/crossings/khorgos-khorgos/'];

/** Returns `{ scale, scaleDir? }`; the copy is registered in `temps` while it exists. */
export async function measureScale({ o, root, logs, buildMedian, normalPages, temps, progress }) {
  const result = {};
  progress(`copying the project for the ${o.scaleFactor}× crossings build`);
  const big = await copyProject(root, 'scale');
  temps.add(big);
  try {
    const file = join(big, 'data', 'crossings.json');
    const crossings = JSON.parse(await readFile(file, 'utf8'));
    const borders = JSON.parse(await readFile(join(big, 'data', 'geo', 'borders.geojson'), 'utf8'));
    const many = multiplyCrossings(crossings, borders, o.scaleFactor);
    await writeFile(file, `${JSON.stringify(many, null, 2)}\n`);
    // Every edition's translations of the copies: a missing translation fails the build.
    const editions = join(big, 'data', 'translations');
    for (const locale of existsSync(editions) ? readdirSync(editions) : []) {
      const translated = join(editions, locale, 'crossings.json');
      if (!existsSync(translated)) continue;
      const copies = translateCopies(JSON.parse(await readFile(translated, 'utf8')), crossings, many, locale);
      await writeFile(translated, `${JSON.stringify(copies, null, 2)}\n`);
    }
    progress(`${o.scaleFactor}× build: ${many.length} crossings (timeout ${o.scaleTimeout} s)`);
    const r = await astroBuild(big, join(logs, `build-${o.scaleFactor}x.log`), { timeoutMs: o.scaleTimeout * 1000 });
    progress(`  ${sec(r.ms)}${r.timedOut ? ' (stopped: timeout)' : r.ok ? '' : ` (failed, exit ${r.code})`}`);
    const bigDist = join(big, 'dist');
    const dist = await dirStats(bigDist);
    const present = SCALE_PAGES.filter((p) => existsSync(join(bigDist, ...p.split('/').filter(Boolean), 'index.html')));
    const scaled = await allWeights(bigDist, present);
    result.scale = {
      factor: o.scaleFactor,
      crossings: { normal: crossings.length, scaled: many.length },
      ms: Math.round(r.ms),
      ok: r.ok,
      timedOut: r.timedOut,
      code: r.code,
      ratio: buildMedian ? r.ms / buildMedian : null,
      dist,
      // Build time per page written (index.html files), against the normal build's: the cost of a page must not grow with the atlas.
      perPage: { ms: dist.pages ? r.ms / dist.pages : null, normalMs: normalPages ? buildMedian / normalPages : null },
      mapData: await dirStats(join(bigDist, 'map-data')),
      pages: scaled.pages.map(brief),
      progress: await buildProgress(r.log),
      log: relative(root, r.log),
    };
  } finally {
    if (o.keep) result.scaleDir = big;
    else {
      await removeProject(big);
      temps.delete(big);
    }
  }
  return result;
}
