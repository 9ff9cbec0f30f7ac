import { simplify } from '@turf/turf';
import { geoArea, geoConicConformal, geoDistance, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { MapData } from './map-data.types.ts';

/** A map drawn to plain SVG primitives: what StaticMap renders, and what snapshot tests compare. */
export interface SvgMap {
  width: number;
  height: number;
  countries: { iso: string; name: string; role: string; d: string }[];
  regions: { id: string; name: string; side: string; d: string; label: Point | null }[];
  borders: { id: string; name: string; emphasis: boolean; d: string }[];
  settlements: { id: string; name: string; side: string; at: Point }[];
  crossings: { id: string; name: string; number: number; primaryMode: string; restricted: boolean; url: string; at: Point }[];
  /** A round distance and its length on the map, for the scale bar. */
  scale: { km: number; px: number };
}
export type Point = [number, number];

export interface SvgMapOptions {
  width?: number;
  height?: number;
  /** Blank margin around the view's bounds, px. */
  padding?: number;
}

/**
 * d3 winds polygons clockwise and reads RFC 7946 (counter-clockwise) rings as
 * "everything except this": a ring that covers more than a hemisphere is reversed.
 */
function d3Winding<G extends Polygon | MultiPolygon>(feature: Feature<G>): Feature<G> {
  if (geoArea(feature) <= 2 * Math.PI) return feature;
  const reverseRings = (rings: number[][][]) => rings.map((ring) => [...ring].reverse());
  const geometry =
    feature.geometry.type === 'Polygon'
      ? { ...feature.geometry, coordinates: reverseRings(feature.geometry.coordinates) }
      : { ...feature.geometry, coordinates: (feature.geometry as MultiPolygon).coordinates.map(reverseRings) };
  return { ...feature, geometry: geometry as G };
}

const round = (n: number) => Math.round(n * 10) / 10;
const NICE_KM = [10, 20, 50, 100, 200, 250, 500, 1000];

/** Projects a map view to SVG paths and points (conic conformal, fitted to the view's bounds). */
export function drawSvgMap(data: MapData, { width = 1000, height = 625, padding = 16 }: SvgMapOptions = {}): SvgMap {
  const [west, south, east, north] = data.bounds;
  const centre: Point = [(west + east) / 2, (south + north) / 2];
  const frame: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [[west, south], [west, north], [east, south], [east, north], [centre[0], north], [centre[0], south]],
  };
  const projection = geoConicConformal()
    .parallels([south + (north - south) / 6, north - (north - south) / 6])
    .rotate([-centre[0], 0])
    .fitExtent([[padding, padding], [width - padding, height - padding]], frame)
    .clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  // Detail finer than about a pixel cannot be seen but would weigh on every page: drop it.
  const tolerance = (east - west) / width;
  const simple = <F extends Feature<Polygon | MultiPolygon> | Feature<LineString | MultiLineString>>(f: F): F =>
    simplify(f, { tolerance, highQuality: false, mutate: false });
  const point = (lonLat: number[]): Point | null => {
    const p = projection([lonLat[0] ?? 0, lonLat[1] ?? 0]);
    if (!p || p[0] < 0 || p[0] > width || p[1] < 0 || p[1] > height) return null;
    return [round(p[0]), round(p[1])];
  };

  const kmPerPx = (() => {
    const [x, y] = [width / 2, height / 2];
    const a = projection.invert?.([x - 50, y]);
    const b = projection.invert?.([x + 50, y]);
    return a && b ? (geoDistance(a, b) * 6371.0088) / 100 : 1;
  })();
  const km = [...NICE_KM].reverse().find((k) => k / kmPerPx <= width / 5) ?? NICE_KM[0]!;

  return {
    width,
    height,
    countries: data.countries.features
      .map((f) => ({ iso: f.properties.iso, name: f.properties.name, role: f.properties.role, d: path(d3Winding(simple(f))) ?? '' }))
      .filter((c) => c.d !== ''),
    regions: data.regions.features
      .map((f) => {
        const wound = d3Winding(simple(f));
        const c = path.centroid(wound);
        const inside = Number.isFinite(c[0]) && c[0] > 0 && c[0] < width && c[1] > 0 && c[1] < height;
        return { id: f.properties.id, name: f.properties.name, side: f.properties.side, d: path(wound) ?? '', label: inside ? ([round(c[0]), round(c[1])] as Point) : null };
      })
      .filter((r) => r.d !== ''),
    borders: data.borders.features
      .map((f) => ({ id: f.properties.id, name: f.properties.name, emphasis: f.properties.emphasis, d: path(simple(f)) ?? '' }))
      .filter((b) => b.d !== '')
      .sort((a, b) => Number(a.emphasis) - Number(b.emphasis)),
    settlements: data.settlements.features.flatMap((f) => {
      const at = point(f.geometry.coordinates);
      return at ? [{ id: f.properties.id, name: f.properties.name, side: f.properties.side, at }] : [];
    }),
    crossings: data.crossings.features.flatMap((f) => {
      const at = point(f.geometry.coordinates);
      const { id, name, number, primaryMode, restricted, url } = f.properties;
      return at ? [{ id, name, number, primaryMode, restricted, url, at }] : [];
    }),
    scale: { km, px: round(km / kmPerPx) },
  };
}
