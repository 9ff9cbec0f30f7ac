import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS, type Atlas, type DatasetName } from '../schemas/index.ts';
import { buildAtlas, datasetPath } from './build-atlas.ts';
import { DataError } from './validate.ts';
import { loadGeoLayers } from './geo-layers.ts';
import { checkGeometry } from './geometry-checks.ts';

/** Reads every dataset file from `dir` (JSON syntax errors name the file). */
export function readDatasets(dir: string): Partial<Record<DatasetName, unknown>> {
  const raw: Partial<Record<DatasetName, unknown>> = {};
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    let text: string;
    try {
      text = readFileSync(join(dir, DATASETS[name].file), 'utf8');
    } catch {
      continue; // buildAtlas reports the missing file
    }
    try {
      raw[name] = JSON.parse(text);
    } catch (error) {
      throw new DataError([{ file: datasetPath(name), record: '(document)', field: '(record)', message: `not valid JSON: ${(error as Error).message}` }]);
    }
  }
  return raw;
}

const cache = new Map<string, Atlas>();

/** Reads and validates the atlas data once per directory. */
export function loadAtlas(dir = join(process.cwd(), 'data')): Atlas {
  let atlas = cache.get(dir);
  if (!atlas) {
    atlas = buildAtlas(readDatasets(dir));
    cache.set(dir, atlas);
  }
  return atlas;
}

/**
 * The atlas checked against the geometry too (data/geo): what the build uses, so a point on the
 * wrong side of its border stops the build like a schema error.
 */
export function loadCheckedAtlas(dir = join(process.cwd(), 'data')): Atlas {
  const atlas = loadAtlas(dir);
  if (!checked.has(atlas)) {
    const problems = checkGeometry(atlas, loadGeoLayers(join(dir, 'geo')));
    if (problems.length > 0) throw new DataError(problems);
    checked.add(atlas);
  }
  return atlas;
}

const checked = new WeakSet<Atlas>();
