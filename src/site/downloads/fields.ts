/**
 * Long on purpose: the field lists of the four downloads, each a table of name, meaning, unit and value.
 *
 * The downloads' field lists: one list per dataset serves the GeoJSON properties, the CSV columns
 * and the /data/ page's field guide, so the formats cannot drift apart.
 */
import type { Feature, LineString, MultiLineString } from 'geojson';
import type { Alias } from '../../schemas/common.ts';
import { type Atlas, type Border, type Crossing, type Region, type Settlement } from '../../schemas/index.ts';
import { countryName } from '../../data/countries.ts';
import { borderIdsWithPage } from '../../data/borders.ts';
import { latestReading } from '../../data/status.ts';
import type { GeoLayers } from '../../data/geo-layers.ts';
import { anchors, routes } from '../routes.ts';
import { type DownloadInput, type GeoJsonDownload } from './common.ts';

/** An alias as the downloads carry it: the schema's defaults applied, nothing else added. */
export interface AliasOut {
  name: string;
  script: string;
  lang?: string;
  source: string;
  note?: string;
}

export type PropertyValue = string | number | null | readonly string[] | readonly AliasOut[] | readonly Record<string, string | number | null>[];

/** One field of a download, as the page's field guide lists it. */
export interface FieldGuide {
  name: string;
  /** What it holds, in a sentence. */
  meaning: string;
  /** Unit or format of the value (`km`, `ISO date`, `list of source ids`). */
  unit: string;
}

/** A unit that reads differently in the two formats (a JSON list vs. joined text). */
export type Unit = string | { geojson: string; csv: string };

export interface Field<R> {
  name: string;
  meaning: string;
  unit: Unit;
  value: (record: R, ctx: Context) => PropertyValue;
  /** Only in this format (lon/lat are the geometry in GeoJSON and columns in CSV). */
  only?: 'geojson' | 'csv';
}

export interface Context {
  atlas: Atlas;
  geo: GeoLayers;
  url: (path: string) => string;
  /** Borders with a page of their own (src/data/borders.ts, `hasPage`). */
  pages: ReadonlySet<string>;
  /** Measured (Natural Earth 1:10m) length of each border line, km. */
  lineKm: ReadonlyMap<string, number>;
}

export function context({ atlas, geo, site }: DownloadInput): Context {
  return {
    atlas,
    geo,
    url: (path) => (site === undefined ? path : new URL(path, site).href),
    pages: borderIdsWithPage(atlas.borders),
    lineKm: new Map(geo.borders.features.map((f) => [f.properties.id, f.properties.lengthKm] as const)),
  };
}

export const aliases = (list: readonly Alias[]): AliasOut[] =>
  list.map((a) => ({ name: a.name, script: a.script, ...(a.lang ? { lang: a.lang } : {}), source: a.source, ...(a.note ? { note: a.note } : {}) }));

export const round = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

const SLUG = 'ASCII slug';
export const list = (of: string): Unit => ({ geojson: `list of ${of}`, csv: `${of}, joined with “; ”` });
const SOURCE_IDS = list('source ids (see /sources/)');
const ALIASES: Unit = { geojson: 'list of {name, script, lang, source, note}', csv: 'name (script), joined with “; ”' };

/** Fields of both sides of a crossing, Kazakh side first. */
const sideFields = (key: 'kazakh' | 'neighbour', label: string): Field<Crossing>[] => [
  { name: `${key}Name`, meaning: `The checkpoint’s name on the ${label} side, as the atlas writes it.`, unit: 'text', value: (c) => c[key].name },
  {
    name: `${key}Aliases`,
    meaning: `Other spellings and scripts of the ${label} name, each with the source that uses it.`,
    unit: ALIASES,
    value: (c) => aliases(c[key].aliases),
  },
  {
    name: `${key}Settlement`,
    meaning: `Settlement the ${label} checkpoint is at or named after (id in settlements), if the atlas has it.`,
    unit: 'settlement id',
    value: (c) => c[key].settlement ?? null,
  },
  {
    name: `${key}Region`,
    meaning: `First-level region of the ${label} checkpoint (id as in regions), if known.`,
    unit: 'region id',
    value: (c) => c[key].region ?? null,
  },
];

export const CROSSING_FIELDS: Field<Crossing>[] = [
  { name: 'id', meaning: 'Crossing id: the two sides’ names, Kazakh side first. Also the GeoJSON feature id.', unit: SLUG, value: (c) => c.id },
  { name: 'border', meaning: 'Border the crossing lies on.', unit: 'border id (kazakhstan-<neighbour>)', value: (c) => c.border },
  {
    name: 'neighbourCountry',
    meaning: 'The neighbouring country.',
    unit: 'ISO 3166-1 alpha-2',
    value: (c, x) => x.atlas.borders.find((b) => b.id === c.border)?.neighbour ?? null,
  },
  ...sideFields('kazakh', 'Kazakh'),
  ...sideFields('neighbour', 'neighbouring'),
  { name: 'modes', meaning: 'Ways across.', unit: list('modes: road, rail, pedestrian, hiking'), value: (c) => c.modes },
  {
    name: 'restrictions',
    meaning: 'Who may cross or when; empty when the sources state no limit.',
    unit: list('locals-only, summer-only, bilateral, daytime-only'),
    value: (c) => c.restrictions,
  },
  { name: 'operatingMode', meaning: 'Hours of operation as a source states them.', unit: 'text', value: (c) => c.operatingMode?.value ?? null },
  { name: 'operatingModeSource', meaning: 'Source of operatingMode.', unit: 'source id', value: (c) => c.operatingMode?.source ?? null },
  {
    name: 'classification',
    meaning: 'Classification as a source gives it (multilateral, bilateral; cargo, passenger).',
    unit: 'text',
    value: (c) => c.classification?.value ?? null,
  },
  { name: 'classificationSource', meaning: 'Source of classification.', unit: 'source id', value: (c) => c.classification?.source ?? null },
  { name: 'location', meaning: 'Where the checkpoint stands, in the source’s terms.', unit: 'text', value: (c) => c.location?.value ?? null },
  {
    name: 'status',
    meaning: 'Status in the newest reading (every reading: statusHistory, in the GeoJSON).',
    unit: 'open, restricted, seasonal, closed or listed',
    value: (c) => latestReading(c).value,
  },
  { name: 'statusAsOf', meaning: 'Date of the newest reading.', unit: 'date: YYYY, YYYY-MM or YYYY-MM-DD', value: (c) => latestReading(c).date },
  { name: 'statusSource', meaning: 'Source of the newest reading.', unit: 'source id', value: (c) => latestReading(c).source },
  {
    name: 'statusHistory',
    meaning: 'Every status reading, newest first (sources can disagree; same-day readings stand side by side).',
    unit: 'list of {date, value, whoMayCross, hours, summary, source}; null where a reading gives no such detail',
    value: (c) =>
      c.status.map((r) => ({
        date: r.date,
        value: r.value,
        whoMayCross: r.whoMayCross ?? null,
        hours: r.hours ?? null,
        summary: r.summary ?? null,
        source: r.source,
      })),
    only: 'geojson',
  },
  {
    name: 'lon',
    meaning: 'Longitude of the point (in GeoJSON: the Point geometry).',
    unit: 'decimal degrees, WGS 84',
    value: (c) => c.coordinates.lonLat[0],
    only: 'csv',
  },
  {
    name: 'lat',
    meaning: 'Latitude of the point (in GeoJSON: the Point geometry).',
    unit: 'decimal degrees, WGS 84',
    value: (c) => c.coordinates.lonLat[1],
    only: 'csv',
  },
  { name: 'coordinateSource', meaning: 'Where the coordinate comes from.', unit: 'source id', value: (c) => c.coordinates.source },
  {
    name: 'coordinatePrecision',
    meaning: 'What the point stands for: the crossing itself, the settlement centre, or an approximate spot within a few km.',
    unit: 'crossing, settlement or approximate',
    value: (c) => c.coordinates.precision,
  },
  { name: 'coordinateNote', meaning: 'How the point was found or checked.', unit: 'text', value: (c) => c.coordinates.note ?? null },
  { name: 'note', meaning: 'Editors’ note on the record.', unit: 'text', value: (c) => c.note ?? null },
  { name: 'sources', meaning: 'Sources for the record as a whole.', unit: SOURCE_IDS, value: (c) => c.sources },
  { name: 'url', meaning: 'The crossing’s page in the atlas.', unit: 'URL', value: (c, x) => x.url(routes.crossing(c.id)) },
];

/** A settlement's place in the atlas: its entry on a border page, else the page of a crossing named after it. */
function settlementUrl(s: Settlement, x: Context): string | null {
  const withPage = s.borders.find((b) => x.pages.has(b));
  if (s.role === 'listed' && withPage) return x.url(`${routes.border(withPage)}#${anchors.settlement(s.id)}`);
  const crossing = x.atlas.crossings.find((c) => c.kazakh.settlement === s.id || c.neighbour.settlement === s.id);
  if (crossing) return x.url(routes.crossing(crossing.id));
  return withPage ? x.url(routes.border(withPage)) : null;
}

export const SETTLEMENT_FIELDS: Field<Settlement>[] = [
  { name: 'id', meaning: 'Settlement id: the English name, with the country where names repeat. Also the GeoJSON feature id.', unit: SLUG, value: (s) => s.id },
  { name: 'name', meaning: 'English name as the atlas writes it.', unit: 'text', value: (s) => s.name },
  {
    name: 'aliases',
    meaning: 'Other spellings, scripts and former names, each with the source that uses it.',
    unit: ALIASES,
    value: (s) => aliases(s.aliases),
  },
  { name: 'country', meaning: 'Country it lies in.', unit: 'ISO 3166-1 alpha-2', value: (s) => s.country },
  {
    name: 'region',
    meaning: 'First-level region it lies in (id as in regions), when the atlas has that region.',
    unit: 'region id',
    value: (s) => s.region ?? null,
  },
  { name: 'kind', meaning: 'Size of the place.', unit: 'city, town, village or station', value: (s) => s.kind },
  {
    name: 'role',
    meaning: 'Why it is in the atlas: a source lists it near the border, a crossing is named after it, or another fact needs it.',
    unit: 'listed, checkpoint or reference',
    value: (s) => s.role,
  },
  { name: 'borders', meaning: 'Borders a source lists it near.', unit: list('border ids'), value: (s) => s.borders },
  { name: 'lon', meaning: 'Longitude (in GeoJSON: the Point geometry).', unit: 'decimal degrees, WGS 84', value: (s) => s.coordinates.lonLat[0], only: 'csv' },
  { name: 'lat', meaning: 'Latitude (in GeoJSON: the Point geometry).', unit: 'decimal degrees, WGS 84', value: (s) => s.coordinates.lonLat[1], only: 'csv' },
  {
    name: 'coordinateSource',
    meaning: 'Where the coordinate comes from (geonames: the GeoNames gazetteer, CC BY 4.0).',
    unit: 'source id',
    value: (s) => s.coordinates.source,
  },
  {
    name: 'coordinatePrecision',
    meaning: 'What the point stands for: the settlement centre, or an approximate spot within a few km.',
    unit: 'crossing, settlement or approximate',
    value: (s) => s.coordinates.precision,
  },
  { name: 'coordinateNote', meaning: 'How the point was found or checked.', unit: 'text', value: (s) => s.coordinates.note ?? null },
  { name: 'note', meaning: 'Editors’ note on the record.', unit: 'text', value: (s) => s.note ?? null },
  { name: 'sources', meaning: 'Sources that list the place.', unit: SOURCE_IDS, value: (s) => s.sources },
  {
    name: 'url',
    meaning: 'Where the atlas shows it: its entry on a border page, or the page of a crossing named after it; null if none.',
    unit: 'URL',
    value: settlementUrl,
  },
];

type BorderRecord = { border: Border; line: Feature<LineString | MultiLineString, { lengthKm: number; lengthKmSimplified?: number }> };
const sourcedYear = (v: Border['established']) => v?.value.year ?? null;

export const BORDER_FIELDS: Field<BorderRecord>[] = [
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
  {
    name: 'measuredLengthKm',
    meaning: 'Geodesic length of the unsimplified Natural Earth 1:10m line. Shorter than official lengths: the map generalises meanders and ridges.',
    unit: 'km, 1 decimal',
    value: ({ line }) => line.properties.lengthKm,
  },
  {
    name: 'geometryLengthKm',
    meaning: 'Length of the simplified line in this file.',
    unit: 'km, 1 decimal',
    value: ({ line }) => line.properties.lengthKmSimplified ?? null,
  },
  { name: 'establishedYear', meaning: 'When the line was first drawn as it runs now.', unit: 'year', value: ({ border }) => sourcedYear(border.established) },
  { name: 'establishedReason', meaning: 'Why, in the editors’ words.', unit: 'text', value: ({ border }) => border.established?.value.reason ?? null },
  {
    name: 'establishedSource',
    meaning: 'Source of establishedYear and establishedReason.',
    unit: 'source id',
    value: ({ border }) => border.established?.source ?? null,
  },
  {
    name: 'currentYear',
    meaning: 'When it became the border it is now (an international frontier).',
    unit: 'year',
    value: ({ border }) => sourcedYear(border.current),
  },
  { name: 'currentReason', meaning: 'Why, in the editors’ words.', unit: 'text', value: ({ border }) => border.current?.value.reason ?? null },
  { name: 'currentSource', meaning: 'Source of currentYear and currentReason.', unit: 'source id', value: ({ border }) => border.current?.source ?? null },
  {
    name: 'crossings',
    meaning: 'Number of crossings the atlas records on it.',
    unit: 'count',
    value: ({ border }, x) => x.atlas.crossings.filter((c) => c.border === border.id).length,
  },
  {
    name: 'coverage',
    meaning: 'What the atlas has on it: a full article, its checkpoints and geometry, or the geometry only.',
    unit: 'article, checkpoints-only or geometry-only',
    value: ({ border }) => border.coverage,
  },
  { name: 'sources', meaning: 'Sources used for the border as a whole.', unit: SOURCE_IDS, value: ({ border }) => border.sources },
  {
    name: 'url',
    meaning: 'The border’s page in the atlas; null when it has none.',
    unit: 'URL',
    value: ({ border }, x) => (x.pages.has(border.id) ? x.url(routes.border(border.id)) : null),
  },
];

type RegionRecord = { region: Region; polygon: GeoLayers['regions']['features'][number] };

export const REGION_FIELDS: Field<RegionRecord>[] = [
  { name: 'id', meaning: 'Region id: country code and name. Also the GeoJSON feature id.', unit: SLUG, value: ({ region }) => region.id },
  {
    name: 'iso3166_2',
    meaning: 'ISO 3166-2 code as in Natural Earth admin-1, which links the record to its polygon.',
    unit: 'ISO 3166-2',
    value: ({ region }) => region.iso3166_2,
  },
  { name: 'country', meaning: 'Country it belongs to.', unit: 'ISO 3166-1 alpha-2', value: ({ region }) => region.country },
  { name: 'name', meaning: 'English name as the atlas writes it.', unit: 'text', value: ({ region }) => region.name },
  {
    name: 'aliases',
    meaning: 'Local-language, Cyrillic and former names, each with the source that uses it.',
    unit: ALIASES,
    value: ({ region }) => aliases(region.aliases),
  },
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
      return page ? x.url(`${routes.border(page)}#${anchors.region(region.id)}`) : null;
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

export function properties<R>(fields: readonly Field<R>[], record: R, ctx: Context): Record<string, PropertyValue> {
  return Object.fromEntries(fields.filter((f) => f.only !== 'csv').map((f) => [f.name, f.value(record, ctx)]));
}
