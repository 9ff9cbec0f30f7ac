/**
 * GeoJSON downloads (RFC 7946): one feature per line, coordinates rounded, polygons wound as the RFC says.
 */
import { rewind } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { COORDINATE_DECIMALS, type DownloadInput, type GeoJsonDownload } from './common.ts';
import { BORDER_FIELDS, CROSSING_FIELDS, type PropertyValue, REGION_FIELDS, SETTLEMENT_FIELDS, context, properties, round } from './fields.ts';

export type Positions = Position | Positions[];
const roundPositions = (p: Positions): Positions =>
  typeof p[0] === 'number' ? (p as Position).map((v) => round(v, COORDINATE_DECIMALS)) : (p as Positions[]).map(roundPositions);

/** RFC 7946 geometry: coordinates rounded to 6 decimals, polygon exteriors counter-clockwise, holes clockwise. */
export function rfc7946Geometry<G extends Point | LineString | MultiLineString | Polygon | MultiPolygon>(geometry: G): G {
  // data/geo keeps d3's clockwise exteriors; turf's rewind (reverse: false) gives RFC 7946 winding.
  const wound = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? (rewind(geometry, { reverse: false }) as G) : geometry;
  return { type: wound.type, coordinates: roundPositions(wound.coordinates as Positions) } as G;
}

type OutFeature = Feature<Geometry, Record<string, PropertyValue>> & { id: string };

export const feature = (
  id: string,
  props: Record<string, PropertyValue>,
  geometry: Point | LineString | MultiLineString | Polygon | MultiPolygon,
): OutFeature => ({
  type: 'Feature',
  id,
  properties: props,
  geometry: rfc7946Geometry(geometry),
});

export const point = (lonLat: readonly [number, number]): Point => ({ type: 'Point', coordinates: [lonLat[0], lonLat[1]] });

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
