import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS, type Atlas, type DatasetName } from '../schemas/index.ts';
import { buildAtlas, datasetPath } from './build-atlas.ts';
import { DataError } from './validate.ts';
import { loadGeoLayers } from './geo-layers.ts';
import { checkGeometry } from './geometry-checks.ts';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { draftEditions } from '../i18n/draft.ts';
import { localizeAtlas, readTranslations } from './translations.ts';

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

const localized = new Map<string, Atlas>();

/**
 * The checked atlas as an edition shows it (src/data/translations.ts): the English data itself for
 * `en`, otherwise every reader text translated and every place named in the edition's language.
 * A missing or stale translation stops the build, naming file, record and field.
 */
export function loadEdition(locale: Locale, dir = join(process.cwd(), 'data')): Atlas {
  const atlas = loadCheckedAtlas(dir);
  if (locale === SOURCE_LOCALE) return atlas;
  const key = `${locale}\u0000${dir}`;
  let edition = localized.get(key);
  if (!edition) {
    edition = localizeAtlas(atlas, readTranslations(dir, locale), locale, { draft: draftEditions() });
    localized.set(key, edition);
  }
  return edition;
}
