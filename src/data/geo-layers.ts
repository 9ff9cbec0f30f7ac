/**
 * Typed, cached access to the derived geometry in data/geo (see data/geo/README.md).
 * Build-time / test only (reads files with node:fs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';

/** Properties of a feature in `data/geo/countries.geojson`. */
export interface CountryProperties {
  /** ISO 3166-1 alpha-2 code. */
  iso: string;
  name: string;
  /** Kazakhstan itself, a neighbour sharing a border, or context only. */
  role: 'kazakhstan' | 'neighbour' | 'context';
}

/** Physical and cultural context from Natural Earth (data/geo/context.geojson), clipped to the view. */
export type ContextProperties =
  | { kind: 'river'; name: string; rank: number }
  | { kind: 'lake'; name: string | null; rank: number }
  | { kind: 'area'; name: string; class: string; rank: number }
  | { kind: 'peak'; name: string; elevation: number; rank: number }
  | {
      kind: 'town';
      name: string;
      nameEn: string;
      nameRu: string | null;
      country: string;
      region: string | null;
      rank: number;
      population: number;
      capital: 'country' | 'region' | null;
    };

export interface BorderProperties {
  /** Border id, as in data/borders.json (`kazakhstan-russia`). */
  id: string;
  /** ISO alpha-2 of the neighbour. */
  neighbour: string;
  /** Length of the unsimplified Natural Earth 1:10m line, km. */
  lengthKm: number;
  /** Length of the stored (simplified) line, km. */
  lengthKmSimplified: number;
}

export interface RegionProperties {
  iso3166_2: string;
  /** ISO alpha-2 of the region's country. */
  country: string;
  name: string;
  borders: string[];
  /** Approximate length of each touched border (keys: border ids) within ~2 km of the region, km. */
  touchKm: Record<string, number>;
}

const cache = new Map<string, unknown>();

function read<T>(file: string, dir: string): T {
  const path = join(dir, file);
  let value = cache.get(path) as T | undefined;
  if (value === undefined) {
    value = JSON.parse(readFileSync(path, 'utf8')) as T;
    cache.set(path, value);
  }
  return value;
}

const defaultDir = () => join(process.cwd(), 'data', 'geo');

/** Country outlines clipped to the atlas view (Kazakhstan, its neighbours, context countries). */
export function geoCountries(dir = defaultDir()): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
  return read('countries.geojson', dir);
}

/** The Kazakhstan–neighbour border lines, one per record of data/borders.json, each running west → east. */
export function geoBorders(dir = defaultDir()): FeatureCollection<LineString | MultiLineString, BorderProperties> {
  return read('borders.geojson', dir);
}

/**
 * One border by id. Every line is a single LineString in the current data; throws
 * if the id is unknown or the line is not a single LineString.
 */
export function borderLine(id: string, dir = defaultDir()): Feature<LineString, BorderProperties> {
  const border = geoBorders(dir).features.find((f) => f.properties.id === id);
  if (!border) throw new Error(`unknown border id: ${id}`);
  if (border.geometry.type !== 'LineString') throw new Error(`border ${id} is not a single LineString`);
  return border as Feature<LineString, BorderProperties>;
}

/** First-level regions (both sides) that touch a Kazakhstan border. */
export function geoRegions(dir = defaultDir()): FeatureCollection<Polygon | MultiPolygon, RegionProperties> {
  return read('regions.geojson', dir);
}

/** Rivers, lakes, named areas, peaks and towns from Natural Earth (data/geo/context.geojson). */
export function geoContext(dir = defaultDir()): FeatureCollection<Geometry, ContextProperties> {
  return read('context.geojson', dir);
}

/** The derived geometry in data/geo, every layer. */
export interface GeoLayers {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  borders: FeatureCollection<LineString | MultiLineString, BorderProperties>;
  regions: FeatureCollection<Polygon | MultiPolygon, RegionProperties>;
  /** Rivers, lakes, named areas, peaks and towns (data/geo/context.geojson). */
  context: FeatureCollection<Geometry, ContextProperties>;
}

/** All four layers at once. */
export function loadGeoLayers(dir = defaultDir()): GeoLayers {
  return { countries: geoCountries(dir), borders: geoBorders(dir), regions: geoRegions(dir), context: geoContext(dir) };
}
