/**
 * Every download with its exact text, size, record count, licences and field guide: what /data/ lists.
 */
import { type Atlas, type DatasetName } from '../../schemas/index.ts';
import { ATLAS_DATA_LICENCE, CSV_DOWNLOADS, type DownloadInput, GEOJSON_DOWNLOADS, type GeoJsonDownload, MEDIA_TYPES, SCHEMA_LICENCE } from './common.ts';
import { type FieldGuide, fieldGuide } from './fields.ts';
import { geojsonCollection, geojsonText } from './geojson.ts';
import { csvText } from './csv.ts';
import { SCHEMA_DATASETS, jsonSchemaText, schemaName } from './json-schema.ts';

export interface LicenceNote {
  /** What the licence covers in this download. */
  covers: string;
  licence: string;
  /** Link to the licence text. */
  url?: string;
  /** Source record (on /sources/) the material comes from. */
  source?: string;
}

export interface Download {
  format: 'geojson' | 'csv' | 'schema';
  /** File name without extension (`crossings`, `checkpoint-listings`). */
  name: string;
  href: string;
  mediaType: string;
  /** The exact text the endpoint writes. */
  text: string;
  bytes: number;
  /** Features, rows or (for a schema) records of the dataset it describes. */
  records: number;
  licences: LicenceNote[];
  /** Empty for schemas: the schema is its own field guide. */
  fields: FieldGuide[];
}

export const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/**
 * `12345` → `12.1 KB`; under 1 KB in bytes. KB = 1,024 bytes. Another edition passes its unit words
 * and number format (`12,1 КБ`).
 */
export function formatBytes(
  bytes: number,
  units: { bytes: string; kb: string; mb: string } = { bytes: 'bytes', kb: 'KB', mb: 'MB' },
  number: (value: number, digits: number) => string = (value, digits) => value.toFixed(digits),
): string {
  if (bytes < 1024) return `${number(bytes, 0)} ${units.bytes}`;
  const kb = bytes / 1024;
  return kb < 1024 ? `${number(kb, 1)} ${units.kb}` : `${number(kb / 1024, 2)} ${units.mb}`;
}

function licencesFor(name: GeoJsonDownload, input: DownloadInput): LicenceNote[] {
  const { atlas } = input;
  const atlasLicence: LicenceNote = {
    covers: 'the compilation: records, ids, names and aliases, classifications and the editors’ notes (each record cites its sources)',
    licence: ATLAS_DATA_LICENCE.name,
    url: ATLAS_DATA_LICENCE.url,
  };
  const source = (id: string) => atlas.sources.find((s) => s.id === id);
  const notes: LicenceNote[] = [atlasLicence];
  if (name === 'crossings' || name === 'settlements') {
    const records = name === 'crossings' ? atlas.crossings : atlas.settlements;
    // Coordinates from a dataset carry that dataset's licence; the editors' own points are the atlas's.
    const bySource = new Map<string, number>();
    for (const r of records) bySource.set(r.coordinates.source, (bySource.get(r.coordinates.source) ?? 0) + 1);
    for (const [id, count] of bySource) {
      const s = source(id);
      if (!s || s.kind !== 'dataset') continue;
      notes.push({
        covers: `the coordinates of the ${count} records whose coordinateSource is “${id}”`,
        licence: s.licence,
        ...(s.licence === 'CC BY 4.0' ? { url: ATLAS_DATA_LICENCE.url } : {}),
        source: id,
      });
    }
  } else {
    const s = source(name === 'borders' ? 'natural-earth' : 'natural-earth-admin1');
    if (s) notes.push({ covers: 'the geometry', licence: s.licence, source: s.id });
  }
  return notes;
}

const recordCount = (dataset: DatasetName, atlas: Atlas): number => {
  const data: unknown = atlas[dataset];
  return Array.isArray(data) ? data.length : 1;
};

/** Every download with its text, size, record count, licences and field guide: what /data/ lists. */
export function downloadCatalogue(input: DownloadInput): Download[] {
  const geojson = GEOJSON_DOWNLOADS.map((name): Download => {
    const text = geojsonText(name, input);
    return {
      format: 'geojson',
      name,
      href: `/data/${name}.geojson`,
      mediaType: MEDIA_TYPES.geojson,
      text,
      bytes: byteLength(text),
      records: geojsonCollection(name, input).features.length,
      licences: licencesFor(name, input),
      fields: fieldGuide('geojson', name),
    };
  });
  const csvs = CSV_DOWNLOADS.map((name): Download => {
    const text = csvText(name, input);
    return {
      format: 'csv',
      name,
      href: `/data/${name}.csv`,
      mediaType: MEDIA_TYPES.csv,
      text,
      bytes: byteLength(text),
      records: input.atlas[name].length,
      licences: licencesFor(name, input),
      fields: fieldGuide('csv', name),
    };
  });
  const schemas = SCHEMA_DATASETS.map((dataset): Download => {
    const name = schemaName(dataset);
    const text = jsonSchemaText(name, input.site);
    return {
      format: 'schema',
      name,
      href: `/data/schema/${name}.json`,
      mediaType: MEDIA_TYPES.schema,
      text,
      bytes: byteLength(text),
      records: recordCount(dataset, input.atlas),
      licences: [{ covers: 'the schema (generated from the atlas’s source code)', licence: SCHEMA_LICENCE.name, url: SCHEMA_LICENCE.url }],
      fields: [],
    };
  });
  return [...geojson, ...csvs, ...schemas];
}
