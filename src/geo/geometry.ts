/**
 * Long on purpose: the geometry helpers share their input forms and unit conventions (below).
 *
 * Small, pure geometry helpers for the atlas (no DOM, no fs), built on turf.
 *
 * Conventions:
 * - Positions are `[lon, lat]` in WGS84 degrees.
 * - All distances and lengths are great-circle kilometres (turf's haversine,
 *   Earth radius 6371.0088 km).
 * - Border lines in `data/geo/borders.geojson` run west → east, so "position
 *   along" a border is measured from its west end.
 */
import { along, booleanPointInPolygon, distance, length, lineSliceAlong, lineString, nearestPointOnLine, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';

/** A LineString, bare or wrapped in a Feature. */
export type LineLike = LineString | Feature<LineString, unknown>;
/** A LineString or MultiLineString, bare or wrapped in a Feature. */
export type AnyLineLike = LineString | MultiLineString | Feature<LineString | MultiLineString, unknown>;
/** A Polygon or MultiPolygon, bare or wrapped in a Feature. */
export type AreaLike = Polygon | MultiPolygon | Feature<Polygon | MultiPolygon, unknown>;
/** A point as `[lon, lat]` (mutable or readonly), a Point geometry or a Point feature. */
export type PointLike = Position | readonly number[] | Point | Feature<Point, unknown>;

const KM = { units: 'kilometers' } as const;

/** `[lon, lat]` of any supported point form. */
export function toPosition(point: PointLike): Position {
  if (!('type' in point)) return point as Position;
  if (point.type === 'Feature') return point.geometry.coordinates;
  return point.coordinates;
}

function lineGeometry(line: LineLike): LineString {
  return line.type === 'Feature' ? line.geometry : line;
}

function lineParts(line: AnyLineLike): Position[][] {
  const geometry = line.type === 'Feature' ? line.geometry : line;
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

function areaGeometry(area: AreaLike): Polygon | MultiPolygon {
  return area.type === 'Feature' ? area.geometry : area;
}

/**
 * Geodesic length of a line (all parts of a MultiLineString summed), in km.
 * @example lineLengthKm(lineString([[70, 45], [70, 46]]).geometry) // ≈ 111.2
 */
export function lineLengthKm(line: AnyLineLike): number {
  const geometry = line.type === 'Feature' ? line.geometry : line;
  return length({ type: 'Feature', properties: {}, geometry }, KM);
}

/**
 * ISO alpha-2 code of the country polygon containing the point, or `null`
 * when no polygon contains it (sea, Caspian, outside the clipped view).
 * Points exactly on a shared boundary go to the first match in collection order.
 */
export function countryAt(point: PointLike, countries: FeatureCollection<Polygon | MultiPolygon, { iso: string }>): string | null {
  const position = toPosition(point);
  for (const country of countries.features) {
    if (booleanPointInPolygon(position, country)) return country.properties.iso;
  }
  return null;
}

/**
 * Which side of a Kazakhstan–neighbour border the point is on:
 * `'kazakh'` (inside Kazakhstan), `'neighbour'` (inside the border's neighbour
 * country) or `'neither'` (any other country, or no country).
 */
export function sideOfBorder(
  point: PointLike,
  countries: FeatureCollection<Polygon | MultiPolygon, { iso: string }>,
  border: Feature<LineString | MultiLineString, { neighbour: string }>,
): 'kazakh' | 'neighbour' | 'neither' {
  const iso = countryAt(point, countries);
  if (iso === 'KZ') return 'kazakh';
  if (iso !== null && iso === border.properties.neighbour) return 'neighbour';
  return 'neither';
}

/** Shortest geodesic distance from a point to a line (nearest part of a MultiLineString), in km. */
export function distanceToLineKm(point: PointLike, line: AnyLineLike): number {
  const position = toPosition(point);
  let best = Infinity;
  for (const part of lineParts(line)) {
    best = Math.min(best, pointToLineDistance(position, lineString(part), { ...KM, method: 'geodesic' }));
  }
  return best;
}

/**
 * Distance in km, measured along the line from its first vertex (the west end
 * for atlas borders), of the point on the line nearest to `point`.
 * Use it to order crossings west → east.
 */
export function positionAlongKm(point: PointLike, line: LineLike): number {
  return nearestPointOnLine(lineGeometry(line), toPosition(point), KM).properties.totalDistance;
}

/** A point ordered along a line, see {@link orderAlong}. */
export interface AlongResult<T> {
  point: T;
  /** Index of the point in the input array. */
  index: number;
  /** Position along the line from its first vertex, km. */
  positionKm: number;
  /** Distance from the point to the line, km. */
  offsetKm: number;
}

/**
 * Orders points by their position along the line (first vertex first; ties
 * keep input order). Each result carries its position and its offset from the line.
 */
export function orderAlong<T extends PointLike>(points: readonly T[], line: LineLike): AlongResult<T>[] {
  const geometry = lineGeometry(line);
  return points
    .map((point, index) => {
      const nearestPoint = nearestPointOnLine(geometry, toPosition(point), KM);
      return {
        point,
        index,
        positionKm: nearestPoint.properties.totalDistance,
        offsetKm: nearestPoint.properties.pointDistance,
      };
    })
    .sort((a, b) => a.positionKm - b.positionKm || a.index - b.index);
}

/** A point with its distance from a reference point, see {@link nearest}. */
export interface NearestResult<T> {
  point: T;
  index: number;
  distanceKm: number;
}

/**
 * The `n` points closest to `from` (great-circle), nearest first; ties keep input order.
 */
export function nearest<T extends PointLike>(points: readonly T[], from: PointLike, n: number): NearestResult<T>[] {
  const origin = toPosition(from);
  return points
    .map((point, index) => ({ point, index, distanceKm: distance(origin, toPosition(point), KM) }))
    .sort((a, b) => a.distanceKm - b.distanceKm || a.index - b.index)
    .slice(0, Math.max(0, n));
}

/** A stretch of a line, see {@link longestGap}. */
export interface Gap {
  fromKm: number;
  toKm: number;
  lengthKm: number;
  /** `[lon, lat]` of the point on the line halfway along the stretch. */
  midpoint: Position;
}

/**
 * Longest stretch of the line with no crossing, given the crossings' positions
 * along it (km from the first vertex, e.g. from {@link positionAlongKm}).
 * The stretches from each end of the line to the first/last crossing count.
 * Positions are clamped to `[0, length]`; with no positions the whole line is the gap.
 * The first of equally long gaps wins.
 */
export function longestGap(line: LineLike, positionsKm: readonly number[]): Gap {
  const total = lineLengthKm(line);
  const stops = [0, ...positionsKm.map((km) => Math.min(total, Math.max(0, km))).sort((a, b) => a - b), total];
  let fromKm = 0;
  let toKm = 0;
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1] as number;
    const b = stops[i] as number;
    if (b - a > toKm - fromKm) {
      fromKm = a;
      toKm = b;
    }
  }
  const midpoint = along(lineGeometry(line), (fromKm + toKm) / 2, KM).geometry.coordinates;
  return { fromKm, toKm, lengthKm: toKm - fromKm, midpoint };
}

/**
 * Mean distance between consecutive positions along a line (km), i.e.
 * (max − min) / (n − 1). `null` for fewer than two positions.
 */
export function meanSpacingKm(positionsKm: readonly number[]): number | null {
  if (positionsKm.length < 2) return null;
  return (Math.max(...positionsKm) - Math.min(...positionsKm)) / (positionsKm.length - 1);
}

/**
 * The part of the line between two places, each given either as a position
 * along the line (km) or as a point (projected onto the line). The result
 * keeps the line's direction whatever the argument order.
 */
export function sliceLineBetween(line: LineLike, from: number | PointLike, to: number | PointLike): Feature<LineString> {
  const geometry = lineGeometry(line);
  const a = typeof from === 'number' ? from : positionAlongKm(from, geometry);
  const b = typeof to === 'number' ? to : positionAlongKm(to, geometry);
  return lineSliceAlong(geometry, Math.min(a, b), Math.max(a, b), KM);
}

const KM_PER_DEGREE = (Math.PI / 180) * 6371.0088;

/**
 * Length (km) of the parts of a line that lie inside the polygon or within
 * `toleranceKm` of its boundary — e.g. a region's share of a border when the
 * region and the border come from different data sets that don't share vertices.
 *
 * The line is cut into pieces of at most `stepKm`; a piece counts when its
 * midpoint is inside or near the polygon. Distances to the boundary use a local
 * equirectangular approximation (error ≪ 1 % at the few-km scale this is meant for).
 * Accuracy ≈ ± stepKm per entry/exit of the polygon.
 */
export function lengthWithinPolygon(line: AnyLineLike, polygon: AreaLike, toleranceKm: number, stepKm = 0.5): number {
  const area = areaGeometry(polygon);
  const near = nearBoundaryTest(area, toleranceKm);
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of area.type === 'Polygon' ? area.coordinates : area.coordinates.flat()) {
    for (const [lon, lat] of ring as [number, number][]) {
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
  }
  const padLat = toleranceKm / KM_PER_DEGREE;
  const padLon = padLat / Math.max(0.01, Math.cos((Math.max(Math.abs(minLat), Math.abs(maxLat)) * Math.PI) / 180));

  let total = 0;
  for (const part of lineParts(line)) {
    for (let i = 1; i < part.length; i++) {
      const a = part[i - 1] as Position;
      const b = part[i] as Position;
      const segmentKm = distance(a, b, KM);
      const pieces = Math.max(1, Math.ceil(segmentKm / stepKm));
      for (let k = 0; k < pieces; k++) {
        const t = (k + 0.5) / pieces;
        const lon = (a[0] as number) + ((b[0] as number) - (a[0] as number)) * t;
        const lat = (a[1] as number) + ((b[1] as number) - (a[1] as number)) * t;
        if (lon < minLon - padLon || lon > maxLon + padLon || lat < minLat - padLat || lat > maxLat + padLat) continue;
        if (near(lon, lat) || booleanPointInPolygon([lon, lat], area)) total += segmentKm / pieces;
      }
    }
  }
  return total;
}

/** Builds a grid-indexed "is (lon, lat) within toleranceKm of the area's boundary" test. */
function nearBoundaryTest(area: Polygon | MultiPolygon, toleranceKm: number): (lon: number, lat: number) => boolean {
  const rings = (area.type === 'Polygon' ? area.coordinates : area.coordinates.flat()) as [number, number][][];
  const tolLat = toleranceKm / KM_PER_DEGREE;
  const cell = Math.max(0.05, 4 * tolLat);
  const grid = new Map<string, number[]>();
  const segments: number[] = []; // flat [lon1, lat1, lon2, lat2, ...]
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [x1, y1] = ring[i - 1] as [number, number];
      const [x2, y2] = ring[i] as [number, number];
      const id = segments.length / 4;
      segments.push(x1, y1, x2, y2);
      const padLon = tolLat / Math.max(0.01, Math.cos((Math.max(Math.abs(y1), Math.abs(y2)) * Math.PI) / 180));
      const cx0 = Math.floor((Math.min(x1, x2) - padLon) / cell);
      const cx1 = Math.floor((Math.max(x1, x2) + padLon) / cell);
      const cy0 = Math.floor((Math.min(y1, y2) - tolLat) / cell);
      const cy1 = Math.floor((Math.max(y1, y2) + tolLat) / cell);
      for (let cx = cx0; cx <= cx1; cx++) {
        for (let cy = cy0; cy <= cy1; cy++) {
          const key = `${cx},${cy}`;
          const list = grid.get(key);
          if (list) list.push(id);
          else grid.set(key, [id]);
        }
      }
    }
  }
  return (lon, lat) => {
    const list = grid.get(`${Math.floor(lon / cell)},${Math.floor(lat / cell)}`);
    if (!list) return false;
    const kx = KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
    const ky = KM_PER_DEGREE;
    for (const id of list) {
      const ax = ((segments[4 * id] as number) - lon) * kx;
      const ay = ((segments[4 * id + 1] as number) - lat) * ky;
      const bx = ((segments[4 * id + 2] as number) - lon) * kx;
      const by = ((segments[4 * id + 3] as number) - lat) * ky;
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2));
      const px = ax + t * dx;
      const py = ay + t * dy;
      if (px * px + py * py <= toleranceKm * toleranceKm) return true;
    }
    return false;
  };
}
