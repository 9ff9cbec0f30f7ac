/**
 * The open downloads under `/data/`: GeoJSON (RFC 7946), CSV (RFC 4180) and JSON Schema.
 *
 * Pure: atlas + geometry in, text out. The endpoints in `src/pages/data/` write exactly these
 * strings and the `/data/` page measures the same strings, so the sizes it shows are the files' sizes.
 * GeoJSON and CSV of one dataset share one field list (name, meaning, unit, value), so the two
 * formats cannot drift apart and the page's field guide is the list itself.
 */
import { rewind } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { z } from 'zod';
import type { Alias } from '../schemas/common.ts';
import { DATASETS, type Atlas, type Border, type Crossing, type DatasetName, type Region, type Settlement } from '../schemas/index.ts';
import { countryName } from '../data/countries.ts';
import type { GeoLayers } from '../data/geo-layers.ts';
import { routes } from './routes.ts';

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
const COORDINATE_DECIMALS = 6;

// ─── Fields ────────────────────────────────────────────────────────────────────────────────────

/** An alias as the downloads carry it: the schema's defaults applied, nothing else added. */
export interface AliasOut {
  name: string;
  script: string;
  lang?: string;
  source: string;
  note?: string;
}

type PropertyValue = string | number | null | readonly string[] | readonly AliasOut[] | readonly Record<string, string | number | null>[];

/** One field of a download, as the page's field guide lists it. */
export interface FieldGuide {
  name: string;
  /** What it holds, in a sentence. */
  meaning: string;
  /** Unit or format of the value (`km`, `ISO date`, `list of source ids`). */
  unit: string;
}

/** A unit that reads differently in the two formats (a JSON list vs. joined text). */
type Unit = string | { geojson: string; csv: string };

interface Field<R> {
  name: string;
  meaning: string;
  unit: Unit;
  value: (record: R, ctx: Context) => PropertyValue;
  /** Only in this format (lon/lat are the geometry in GeoJSON and columns in CSV). */
  only?: 'geojson' | 'csv';
}

interface Context {
  atlas: Atlas;
  geo: GeoLayers;
  url: (path: string) => string;
  /** Borders with a page of their own (`coverage` other than geometry-only). */
  pages: ReadonlySet<string>;
  /** Measured (Natural Earth 1:10m) length of each border line, km. */
  lineKm: ReadonlyMap<string, number>;
}

function context({ atlas, geo, site }: DownloadInput): Context {
  return {
    atlas,
    geo,
    url: (path) => (site === undefined ? path : new URL(path, site).href),
    pages: new Set(atlas.borders.filter((b) => b.coverage !== 'geometry-only').map((b) => b.id)),
    lineKm: new Map(geo.borders.features.map((f) => [f.properties.id, f.properties.lengthKm] as const)),
  };
}

const aliases = (list: readonly Alias[]): AliasOut[] =>
  list.map((a) => ({ name: a.name, script: a.script, ...(a.lang ? { lang: a.lang } : {}), source: a.source, ...(a.note ? { note: a.note } : {}) }));

const round = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

const SLUG = 'ASCII slug';
const list = (of: string): Unit => ({ geojson: `list of ${of}`, csv: `${of}, joined with “; ”` });
const SOURCE_IDS = list('source ids (see /sources/)');
const ALIASES: Unit = { geojson: 'list of {name, script, lang, source, note}', csv: 'name (script), joined with “; ”' };

/** Fields of both sides of a crossing, Kazakh side first. */
const sideFields = (key: 'kazakh' | 'neighbour', label: string): Field<Crossing>[] => [
  { name: `${key}Name`, meaning: `The checkpoint’s name on the ${label} side, as the atlas writes it.`, unit: 'text', value: (c) => c[key].name },
  { name: `${key}Aliases`, meaning: `Other spellings and scripts of the ${label} name, each with the source that uses it.`, unit: ALIASES, value: (c) => aliases(c[key].aliases) },
  { name: `${key}Settlement`, meaning: `Settlement the ${label} checkpoint is at or named after (id in settlements), if the atlas has it.`, unit: 'settlement id', value: (c) => c[key].settlement ?? null },
  { name: `${key}Region`, meaning: `First-level region of the ${label} checkpoint (id as in regions), if known.`, unit: 'region id', value: (c) => c[key].region ?? null },
];

const CROSSING_FIELDS: Field<Crossing>[] = [
  { name: 'id', meaning: 'Crossing id: the two sides’ names, Kazakh side first. Also the GeoJSON feature id.', unit: SLUG, value: (c) => c.id },
  { name: 'border', meaning: 'Border the crossing lies on.', unit: 'border id (kazakhstan-<neighbour>)', value: (c) => c.border },
  { name: 'neighbourCountry', meaning: 'The neighbouring country.', unit: 'ISO 3166-1 alpha-2', value: (c, x) => x.atlas.borders.find((b) => b.id === c.border)?.neighbour ?? null },
  ...sideFields('kazakh', 'Kazakh'),
  ...sideFields('neighbour', 'neighbouring'),
  { name: 'modes', meaning: 'Ways across.', unit: list('modes: road, rail, pedestrian, hiking'), value: (c) => c.modes },
  { name: 'restrictions', meaning: 'Who may cross or when; empty when the sources state no limit.', unit: list('locals-only, summer-only, bilateral, daytime-only'), value: (c) => c.restrictions },
  { name: 'operatingMode', meaning: 'Hours of operation as a source states them.', unit: 'text', value: (c) => c.operatingMode?.value ?? null },
  { name: 'operatingModeSource', meaning: 'Source of operatingMode.', unit: 'source id', value: (c) => c.operatingMode?.source ?? null },
  { name: 'classification', meaning: 'Classification as a source gives it (multilateral, bilateral; cargo, passenger).', unit: 'text', value: (c) => c.classification?.value ?? null },
  { name: 'classificationSource', meaning: 'Source of classification.', unit: 'source id', value: (c) => c.classification?.source ?? null },
  { name: 'location', meaning: 'Where the checkpoint stands, in the source’s terms.', unit: 'text', value: (c) => c.location?.value ?? null },
  { name: 'status', meaning: 'Status as last stated.', unit: 'operating, listed, seasonal or closed', value: (c) => c.status.value },
  { name: 'statusAsOf', meaning: 'When the status was stated.', unit: 'date: YYYY, YYYY-MM or YYYY-MM-DD', value: (c) => c.status.asOf },
  { name: 'statusSource', meaning: 'Source of the status.', unit: 'source id', value: (c) => c.status.source },
  { name: 'lon', meaning: 'Longitude of the point (in GeoJSON: the Point geometry).', unit: 'decimal degrees, WGS 84', value: (c) => c.coordinates.lonLat[0], only: 'csv' },
  { name: 'lat', meaning: 'Latitude of the point (in GeoJSON: the Point geometry).', unit: 'decimal degrees, WGS 84', value: (c) => c.coordinates.lonLat[1], only: 'csv' },
  { name: 'coordinateSource', meaning: 'Where the coordinate comes from.', unit: 'source id', value: (c) => c.coordinates.source },
  { name: 'coordinatePrecision', meaning: 'What the point stands for: the crossing itself, the settlement centre, or an approximate spot within a few km.', unit: 'crossing, settlement or approximate', value: (c) => c.coordinates.precision },
  { name: 'coordinateNote', meaning: 'How the point was found or checked.', unit: 'text', value: (c) => c.coordinates.note ?? null },
  { name: 'note', meaning: 'Editors’ note on the record.', unit: 'text', value: (c) => c.note ?? null },
  { name: 'sources', meaning: 'Sources for the record as a whole.', unit: SOURCE_IDS, value: (c) => c.sources },
  { name: 'url', meaning: 'The crossing’s page in the atlas.', unit: 'URL', value: (c, x) => x.url(routes.crossing(c.id)) },
];

/** A settlement's place in the atlas: its entry on a border page, else the page of a crossing named after it. */
function settlementUrl(s: Settlement, x: Context): string | null {
  const withPage = s.borders.find((b) => x.pages.has(b));
  if (s.role === 'listed' && withPage) return x.url(`${routes.border(withPage)}#settlement-${s.id}`);
  const crossing = x.atlas.crossings.find((c) => c.kazakh.settlement === s.id || c.neighbour.settlement === s.id);
  if (crossing) return x.url(routes.crossing(crossing.id));
  return withPage ? x.url(routes.border(withPage)) : null;
}

const SETTLEMENT_FIELDS: Field<Settlement>[] = [
  { name: 'id', meaning: 'Settlement id: the English name, with the country where names repeat. Also the GeoJSON feature id.', unit: SLUG, value: (s) => s.id },
  { name: 'name', meaning: 'English name as the atlas writes it.', unit: 'text', value: (s) => s.name },
  { name: 'aliases', meaning: 'Other spellings, scripts and former names, each with the source that uses it.', unit: ALIASES, value: (s) => aliases(s.aliases) },
  { name: 'country', meaning: 'Country it lies in.', unit: 'ISO 3166-1 alpha-2', value: (s) => s.country },
  { name: 'region', meaning: 'First-level region it lies in (id as in regions), when the atlas has that region.', unit: 'region id', value: (s) => s.region ?? null },
  { name: 'kind', meaning: 'Size of the place.', unit: 'city, town, village or station', value: (s) => s.kind },
  { name: 'role', meaning: 'Why it is in the atlas: a source lists it near the border, a crossing is named after it, or another fact needs it.', unit: 'listed, checkpoint or reference', value: (s) => s.role },
  { name: 'borders', meaning: 'Borders a source lists it near.', unit: list('border ids'), value: (s) => s.borders },
  { name: 'lon', meaning: 'Longitude (in GeoJSON: the Point geometry).', unit: 'decimal degrees, WGS 84', value: (s) => s.coordinates.lonLat[0], only: 'csv' },
  { name: 'lat', meaning: 'Latitude (in GeoJSON: the Point geometry).', unit: 'decimal degrees, WGS 84', value: (s) => s.coordinates.lonLat[1], only: 'csv' },
  { name: 'coordinateSource', meaning: 'Where the coordinate comes from (geonames: the GeoNames gazetteer, CC BY 4.0).', unit: 'source id', value: (s) => s.coordinates.source },
  { name: 'coordinatePrecision', meaning: 'What the point stands for: the settlement centre, or an approximate spot within a few km.', unit: 'crossing, settlement or approximate', value: (s) => s.coordinates.precision },
  { name: 'coordinateNote', meaning: 'How the point was found or checked.', unit: 'text', value: (s) => s.coordinates.note ?? null },
  { name: 'note', meaning: 'Editors’ note on the record.', unit: 'text', value: (s) => s.note ?? null },
  { name: 'sources', meaning: 'Sources that list the place.', unit: SOURCE_IDS, value: (s) => s.sources },
  { name: 'url', meaning: 'Where the atlas shows it: its entry on a border page, or the page of a crossing named after it; null if none.', unit: 'URL', value: settlementUrl },
];

type BorderRecord = { border: Border; line: Feature<LineString | MultiLineString, { lengthKm: number; lengthKmSimplified?: number }> };
const sourcedYear = (v: Border['established']) => v?.value.year ?? null;

const BORDER_FIELDS: Field<BorderRecord>[] = [
  { name: 'id', meaning: 'Border id. Also the GeoJSON feature id.', unit: 'kazakhstan-<neighbour>', value: ({ border }) => border.id },
  { name: 'name', meaning: 'Display name, Kazakhstan first.', unit: 'text', value: ({ border }) => border.name },
  { name: 'neighbour', meaning: 'The neighbouring country.', unit: 'ISO 3166-1 alpha-2', value: ({ border }) => border.neighbour },
  { name: 'neighbourName', meaning: 'English short name of the neighbour.', unit: 'text', value: ({ border }) => countryName(border.neighbour) },
  {
    name: 'officialLengthKm',
    meaning: 'Lengths the sources state, one reading per source (sources can disagree); empty when none gives one.',
    unit: 'list of {km, source}; km',
    value: ({ border }) => border.lengthKm.map((l) => ({ km: l.value, source: l.source })),
  },
  { name: 'measuredLengthKm', meaning: 'Geodesic length of the unsimplified Natural Earth 1:10m line. Shorter than official lengths: the map generalises meanders and ridges.', unit: 'km, 1 decimal', value: ({ line }) => line.properties.lengthKm },
  { name: 'geometryLengthKm', meaning: 'Length of the simplified line in this file.', unit: 'km, 1 decimal', value: ({ line }) => line.properties.lengthKmSimplified ?? null },
  { name: 'establishedYear', meaning: 'When the line was first drawn as it runs now.', unit: 'year', value: ({ border }) => sourcedYear(border.established) },
  { name: 'establishedReason', meaning: 'Why, in the editors’ words.', unit: 'text', value: ({ border }) => border.established?.value.reason ?? null },
  { name: 'establishedSource', meaning: 'Source of establishedYear and establishedReason.', unit: 'source id', value: ({ border }) => border.established?.source ?? null },
  { name: 'currentYear', meaning: 'When it became the border it is now (an international frontier).', unit: 'year', value: ({ border }) => sourcedYear(border.current) },
  { name: 'currentReason', meaning: 'Why, in the editors’ words.', unit: 'text', value: ({ border }) => border.current?.value.reason ?? null },
  { name: 'currentSource', meaning: 'Source of currentYear and currentReason.', unit: 'source id', value: ({ border }) => border.current?.source ?? null },
  { name: 'crossings', meaning: 'Number of crossings the atlas records on it.', unit: 'count', value: ({ border }, x) => x.atlas.crossings.filter((c) => c.border === border.id).length },
  { name: 'coverage', meaning: 'What the atlas has on it: a full article, its checkpoints and geometry, or the geometry only.', unit: 'article, checkpoints-only or geometry-only', value: ({ border }) => border.coverage },
  { name: 'sources', meaning: 'Sources used for the border as a whole.', unit: SOURCE_IDS, value: ({ border }) => border.sources },
  { name: 'url', meaning: 'The border’s page in the atlas; null when it has none.', unit: 'URL', value: ({ border }, x) => (x.pages.has(border.id) ? x.url(routes.border(border.id)) : null) },
];

type RegionRecord = { region: Region; polygon: GeoLayers['regions']['features'][number] };

const REGION_FIELDS: Field<RegionRecord>[] = [
  { name: 'id', meaning: 'Region id: country code and name. Also the GeoJSON feature id.', unit: SLUG, value: ({ region }) => region.id },
  { name: 'iso3166_2', meaning: 'ISO 3166-2 code as in Natural Earth admin-1, which links the record to its polygon.', unit: 'ISO 3166-2', value: ({ region }) => region.iso3166_2 },
  { name: 'country', meaning: 'Country it belongs to.', unit: 'ISO 3166-1 alpha-2', value: ({ region }) => region.country },
  { name: 'name', meaning: 'English name as the atlas writes it.', unit: 'text', value: ({ region }) => region.name },
  { name: 'aliases', meaning: 'Local-language, Cyrillic and former names, each with the source that uses it.', unit: ALIASES, value: ({ region }) => aliases(region.aliases) },
  { name: 'kind', meaning: 'Kind of unit.', unit: 'oblys, oblast, krai or republic', value: ({ region }) => region.kind },
  { name: 'borders', meaning: 'Borders the sources list the region on.', unit: list('border ids'), value: ({ region }) => region.borders },
  {
    name: 'borderShare',
    meaning:
      'For each border the polygon touches: km of the Natural Earth 1:10m line within 2 km of the region, and that as a percentage of the measured line (one side’s shares add up to roughly 100%).',
    unit: 'list of {border, km, percent}; km 1 decimal, percent 1 decimal',
    value: ({ polygon }, x) =>
      Object.entries(polygon.properties.touchKm).map(([border, km]) => {
        const total = x.lineKm.get(border);
        return { border, km, percent: total ? round((100 * km) / total, 1) : null };
      }),
  },
  { name: 'note', meaning: 'Explains any difference between the sources’ list and the geometry.', unit: 'text', value: ({ region }) => region.note ?? null },
  { name: 'sources', meaning: 'Sources for the record.', unit: SOURCE_IDS, value: ({ region }) => region.sources },
  {
    name: 'url',
    meaning: 'The region’s row on a border page; null when none of its borders has a page.',
    unit: 'URL',
    value: ({ region }, x) => {
      const page = region.borders.find((b) => x.pages.has(b));
      return page ? x.url(`${routes.border(page)}#region-${region.id}`) : null;
    },
  },
];

/** The field guide of each download, in column / property order. */
export function fieldGuide(format: 'geojson' | 'csv', name: GeoJsonDownload): FieldGuide[] {
  const fields: readonly Field<never>[] = { crossings: CROSSING_FIELDS, settlements: SETTLEMENT_FIELDS, borders: BORDER_FIELDS, regions: REGION_FIELDS }[name];
  return fields
    .filter((f) => f.only === undefined || f.only === format)
    .map(({ name, meaning, unit }) => ({ name, meaning, unit: typeof unit === 'string' ? unit : unit[format] }));
}

function properties<R>(fields: readonly Field<R>[], record: R, ctx: Context): Record<string, PropertyValue> {
  return Object.fromEntries(fields.filter((f) => f.only !== 'csv').map((f) => [f.name, f.value(record, ctx)]));
}

// ─── GeoJSON ───────────────────────────────────────────────────────────────────────────────────

type Positions = Position | Positions[];
const roundPositions = (p: Positions): Positions =>
  typeof p[0] === 'number' ? (p as Position).map((v) => round(v, COORDINATE_DECIMALS)) : (p as Positions[]).map(roundPositions);

/** RFC 7946 geometry: coordinates rounded to 6 decimals, polygon exteriors counter-clockwise, holes clockwise. */
export function rfc7946Geometry<G extends Point | LineString | MultiLineString | Polygon | MultiPolygon>(geometry: G): G {
  // data/geo keeps d3's clockwise exteriors; turf's rewind (reverse: false) gives RFC 7946 winding.
  const wound = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? (rewind(geometry, { reverse: false }) as G) : geometry;
  return { type: wound.type, coordinates: roundPositions(wound.coordinates as Positions) } as G;
}

type OutFeature = Feature<Geometry, Record<string, PropertyValue>> & { id: string };

const feature = (id: string, props: Record<string, PropertyValue>, geometry: Point | LineString | MultiLineString | Polygon | MultiPolygon): OutFeature => ({
  type: 'Feature',
  id,
  properties: props,
  geometry: rfc7946Geometry(geometry),
});

const point = (lonLat: readonly [number, number]): Point => ({ type: 'Point', coordinates: [lonLat[0], lonLat[1]] });

/** One dataset as an RFC 7946 FeatureCollection (no `crs`, WGS 84 lon/lat). */
export function geojsonCollection(name: GeoJsonDownload, input: DownloadInput): FeatureCollection<Geometry, Record<string, PropertyValue>> {
  const x = context(input);
  const { atlas, geo } = input;
  let features: OutFeature[];
  switch (name) {
    case 'crossings':
      features = atlas.crossings.map((c) => feature(c.id, properties(CROSSING_FIELDS, c, x), point(c.coordinates.lonLat)));
      break;
    case 'settlements':
      features = atlas.settlements.map((s) => feature(s.id, properties(SETTLEMENT_FIELDS, s, x), point(s.coordinates.lonLat)));
      break;
    case 'borders':
      features = atlas.borders.map((border) => {
        const line = geo.borders.features.find((f) => f.properties.id === border.id);
        if (!line) throw new Error(`data/geo/borders.geojson has no line for border "${border.id}"`);
        return feature(border.id, properties(BORDER_FIELDS, { border, line }, x), line.geometry);
      });
      break;
    case 'regions':
      features = atlas.regions.flatMap((region) => {
        const polygon = region.iso3166_2 === null ? undefined : geo.regions.features.find((f) => f.properties.iso3166_2 === region.iso3166_2);
        return polygon ? [feature(region.id, properties(REGION_FIELDS, { region, polygon }, x), polygon.geometry)] : [];
      });
      break;
  }
  return { type: 'FeatureCollection', features };
}

/** The file's text: one feature per line, so a diff between two versions shows which records changed. */
export function geojsonText(name: GeoJsonDownload, input: DownloadInput): string {
  const { features } = geojsonCollection(name, input);
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

// ─── CSV ───────────────────────────────────────────────────────────────────────────────────────

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const isAlias = (v: unknown): v is AliasOut => typeof v === 'object' && v !== null && 'name' in v && 'script' in v;

/** A property value as CSV text: lists joined with `; `, aliases as `name (script)`, null empty. */
function csvValue(value: PropertyValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return value.map((v) => (typeof v === 'string' ? v : isAlias(v) ? `${v.name} (${v.script})` : JSON.stringify(v))).join('; ');
}

function csv<R>(fields: readonly Field<R>[], records: readonly R[], ctx: Context): string {
  const columns = fields.filter((f) => f.only !== 'geojson');
  const lines = [columns.map((f) => csvField(f.name)), ...records.map((r) => columns.map((f) => csvField(csvValue(f.value(r, ctx)))))];
  // RFC 4180: CRLF after every record, the last one included.
  return lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}

/** One dataset as RFC 4180 CSV (UTF-8, header row, one row per record). */
export function csvText(name: CsvDownload, input: DownloadInput): string {
  const x = context(input);
  return name === 'crossings' ? csv(CROSSING_FIELDS, input.atlas.crossings, x) : csv(SETTLEMENT_FIELDS, input.atlas.settlements, x);
}

// ─── JSON Schema ───────────────────────────────────────────────────────────────────────────────

/** `checkpointListings` → `checkpoint-listings`: the dataset's file name in data/ without `.json`. */
export const schemaName = (dataset: DatasetName): string => DATASETS[dataset].file.replace(/\.json$/, '');

export const SCHEMA_DATASETS = Object.keys(DATASETS) as DatasetName[];

const datasetOfSchema = (name: string): DatasetName => {
  const dataset = SCHEMA_DATASETS.find((d) => schemaName(d) === name);
  if (!dataset) throw new Error(`no dataset with schema name "${name}"`);
  return dataset;
};

/**
 * JSON Schema (draft 2020-12) of one dataset file, generated from its zod schema. `io: 'input'`
 * describes the file as written (fields with defaults are optional); a list dataset is an array of records.
 */
export function jsonSchema(name: string, site?: URL | string): Record<string, unknown> {
  const dataset = datasetOfSchema(name);
  const { file, shape, schema } = DATASETS[dataset];
  const root = shape === 'list' ? z.array(schema as z.ZodType) : (schema as z.ZodType);
  const { $schema, ...rest } = z.toJSONSchema(root, { target: 'draft-2020-12', io: 'input' });
  const path = `/data/schema/${name}.json`;
  return {
    $schema,
    ...(site === undefined ? {} : { $id: new URL(path, site).href }),
    title: `Kazakhstan Border Atlas: ${file}`,
    description:
      shape === 'list'
        ? `The ${file} dataset: a list of records with unique ids.`
        : `The ${file} dataset: one document.`,
    ...rest,
  };
}

export function jsonSchemaText(name: string, site?: URL | string): string {
  return `${JSON.stringify(jsonSchema(name, site), null, 2)}\n`;
}

// ─── Catalogue for the /data/ page ─────────────────────────────────────────────────────────────

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

/** `12345` → `12.1 KB`; under 1 KB in bytes. KB = 1,024 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const kb = bytes / 1024;
  return kb < 1024 ? `${kb.toFixed(1)} KB` : `${(kb / 1024).toFixed(2)} MB`;
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
