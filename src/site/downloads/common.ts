/**
 * What every download builder shares: its input, the download lists, media types and licences.
 */
import { type Atlas } from '../../schemas/index.ts';
import type { GeoLayers } from '../../data/geo-layers.ts';

/** What every builder needs: the validated atlas, the derived geometry and the public origin for `url` fields. */
export interface DownloadInput {
  atlas: Atlas;
  geo: GeoLayers;
  /** Public origin of the site (`astro.config.mjs` `site`); `url` fields are absolute when given. */
  site?: URL | string | undefined;
}

export const GEOJSON_DOWNLOADS = ['crossings', 'settlements', 'borders', 'regions'] as const;
export type GeoJsonDownload = (typeof GEOJSON_DOWNLOADS)[number];
export const CSV_DOWNLOADS = ['crossings', 'settlements'] as const;
export type CsvDownload = (typeof CSV_DOWNLOADS)[number];

export const MEDIA_TYPES = {
  geojson: 'application/geo+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  schema: 'application/schema+json; charset=utf-8',
} as const;

/** The atlas's own compilation: records, ids, names as the atlas writes them, classifications, notes. */
export const ATLAS_DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;
/** The schemas are generated from the atlas's source code and share its licence (package.json). */
export const SCHEMA_LICENCE = { name: 'MIT', url: 'https://opensource.org/license/mit' } as const;

/** GeoJSON coordinates keep at most this many decimals (RFC 7946 §11.2: 6 decimals ≈ 0.1 m). */
export const COORDINATE_DECIMALS = 6;
