/**
 * Label anchors and clipping for map views, at build time: the browser computes no label point and
 * clips no polygon. One point per named area: the centroid of its largest part inside the view, or,
 * where that falls outside a concave shape, the grid point deepest inside it.
 */
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import type { Bounds, LabelProperties } from './map-data.types.ts';

type Bounds4 = readonly [number, number, number, number];

type Ring = number[][];

/** Clips a ring to a lon/lat box (Sutherland–Hodgman, one box edge at a time). */
function clipRing(ring: Ring, [w, s, e, n]: Bounds4): Ring {
  const edges: [(p: number[]) => boolean, (a: number[], b: number[]) => number[]][] = [
    [(p) => p[0]! >= w, (a, b) => cut(a, b, 0, w)],
    [(p) => p[0]! <= e, (a, b) => cut(a, b, 0, e)],
    [(p) => p[1]! >= s, (a, b) => cut(a, b, 1, s)],
    [(p) => p[1]! <= n, (a, b) => cut(a, b, 1, n)],
  ];
  let out = ring;
  for (const [inside, intersect] of edges) {
    const input = out;
    out = [];
    input.forEach((cur, i) => {
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(cur)) {
        if (!inside(prev)) out.push(intersect(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(intersect(prev, cur));
    });
    if (out.length === 0) break;
  }
  return out;
}
function cut(a: number[], b: number[], axis: 0 | 1, at: number): number[] {
  const t = (at - a[axis]!) / (b[axis]! - a[axis]!);
  return axis === 0 ? [at, a[1]! + t * (b[1]! - a[1]!)] : [a[0]! + t * (b[0]! - a[0]!), at];
}
/** Signed area and area centroid of a ring (planar lon/lat: fine for placing a label). */
function ringCentroid(ring: Ring): { area: number; at: [number, number] } {
  let a = 0,
    x = 0,
    y = 0;
  ring.forEach((p, i) => {
    const q = ring[(i + 1) % ring.length]!;
    const f = p[0]! * q[1]! - q[0]! * p[1]!;
    a += f;
    x += (p[0]! + q[0]!) * f;
    y += (p[1]! + q[1]!) * f;
  });
  return a === 0 ? { area: 0, at: [ring[0]?.[0] ?? 0, ring[0]?.[1] ?? 0] } : { area: Math.abs(a / 2), at: [x / (3 * a), y / (3 * a)] };
}

function insideRing([x, y]: readonly number[], ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!,
      [xj, yj] = ring[j]!;
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}
function edgeDistance([x, y]: readonly number[], ring: Ring): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[j]!,
      [bx, by] = ring[i]!;
    const dx = bx! - ax!,
      dy = by! - ay!;
    const t = dx || dy ? Math.max(0, Math.min(1, ((x! - ax!) * dx + (y! - ay!) * dy) / (dx * dx + dy * dy))) : 0;
    best = Math.min(best, Math.hypot(x! - ax! - t * dx, y! - ay! - t * dy));
  }
  return best;
}
/** Centroid, or for a concave shape whose centroid falls outside, the grid point deepest inside. */
function ringLabel(ring: Ring): { area: number; at: [number, number] } {
  const c = ringCentroid(ring);
  if (c.area === 0 || insideRing(c.at, ring)) return c;
  const xs = ring.map((p) => p[0]!),
    ys = ring.map((p) => p[1]!);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best = { d: -1, at: c.at };
  for (let i = 0.5; i < 16; i++) {
    for (let j = 0.5; j < 16; j++) {
      const at: [number, number] = [w + ((e - w) * i) / 16, s + ((n - s) * j) / 16];
      if (!insideRing(at, ring)) continue;
      const d = edgeDistance(at, ring);
      if (d > best.d) best = { d, at };
    }
  }
  return { area: c.area, at: best.at };
}

/** The label anchor of a (Multi)Polygon within bounds, or null when none of it is inside. */
export function labelAnchor(geometry: Polygon | MultiPolygon, bounds: Bounds4): [number, number] | null {
  const outers = geometry.type === 'Polygon' ? [geometry.coordinates[0]!] : geometry.coordinates.map((poly) => poly[0]!);
  const best = outers.map((r) => ringLabel(clipRing(r, bounds))).sort((a, b) => b.area - a.area)[0];
  if (!best || best.area === 0) return null;
  return [Math.round(best.at[0] * 1000) / 1000, Math.round(best.at[1] * 1000) / 1000];
}

/** Label points for named polygons: each feature's anchor within the bounds, with the properties given. */
export function labelPoints<F extends Feature<Polygon | MultiPolygon, unknown>>(
  features: readonly F[],
  bounds: Bounds4,
  properties: (f: F) => LabelProperties | null,
): Feature<Point, LabelProperties>[] {
  return features.flatMap((f) => {
    const props = properties(f);
    const at = props ? labelAnchor(f.geometry, bounds) : null;
    return props && at ? [{ type: 'Feature' as const, properties: props, geometry: { type: 'Point' as const, coordinates: at } }] : [];
  });
}

/** Bounds grown on every side by a share of their size plus a margin, degrees. */
export function growBounds([w, s, e, n]: Bounds4, share: number, margin = 0): Bounds {
  const dx = (e - w) * share + margin;
  const dy = (n - s) * share + margin;
  return [w - dx, s - dy, e + dx, n + dy];
}

/** Clips every polygon or line of a collection to a box (features left empty are dropped). */
export function clipCollection<G extends Geometry, P>(fc: FeatureCollection<G, P>, box: Bounds4): FeatureCollection<G, P> {
  const [w, s, e, n] = box;
  const features = fc.features.flatMap((f) => {
    const g = f.geometry;
    if (g.type === 'Point') {
      const [x, y] = g.coordinates as [number, number];
      return x >= w && x <= e && y >= s && y <= n ? [f] : [];
    }
    const clipped = bboxClip(f as Feature<Polygon | MultiPolygon>, [w, s, e, n]).geometry as Geometry;
    const empty =
      (clipped.type === 'Polygon' && clipped.coordinates.every((r) => r.length < 4)) ||
      (clipped.type === 'MultiPolygon' && clipped.coordinates.every((p) => p.every((r) => r.length < 4))) ||
      (clipped.type === 'LineString' && clipped.coordinates.length < 2) ||
      (clipped.type === 'MultiLineString' && clipped.coordinates.every((l) => l.length < 2));
    if (empty) return [];
    const tidy =
      clipped.type === 'Polygon'
        ? { ...clipped, coordinates: clipped.coordinates.filter((r) => r.length >= 4) }
        : clipped.type === 'MultiPolygon'
          ? { ...clipped, coordinates: clipped.coordinates.map((p) => p.filter((r) => r.length >= 4)).filter((p) => p.length > 0) }
          : clipped.type === 'MultiLineString'
            ? { ...clipped, coordinates: clipped.coordinates.filter((l) => l.length >= 2) }
            : clipped;
    return [{ ...f, geometry: tidy as G }];
  });
  return { type: 'FeatureCollection', features };
}
