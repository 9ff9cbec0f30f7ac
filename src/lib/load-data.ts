import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS, type Atlas, type DatasetName } from '../schemas/index.ts';
import { buildAtlas, datasetPath } from './atlas.ts';
import { DataError } from './validate.ts';

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
