/**
 * Label anchors and clipping for map views, at build time: the browser computes no label point and
 * clips no polygon. One point per named area: the centre of mass of its largest part inside the
 * view, or, where that falls outside a concave shape, the part's pole of inaccessibility (polylabel).
 */
import { area, bboxClip, booleanPointInPolygon, centerOfMass, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import type { Bounds, LabelProperties } from './map-data.types.ts';

type Bounds4 = readonly [number, number, number, number];

/** Anchors are kept to 0.001° (about 100 m): finer than any map of the atlas draws. */
const PRECISION = 0.001;
const round = (v: number): number => Math.round(v / PRECISION) / (1 / PRECISION);

/** A part's outer ring clipped to the box, as a polygon (null when nothing of it is inside). */
function clippedPart(ring: Position[], [w, s, e, n]: Bounds4): Feature<Polygon> | null {
  const clipped = bboxClip(polygon([ring]), [w, s, e, n]) as Feature<Polygon>;
  const outer = clipped.geometry.coordinates[0];
  return outer && outer.length >= 4 ? clipped : null;
}

/** Where a part's label goes: its centre of mass, unless a concave shape puts that outside it. */
function partAnchor(part: Feature<Polygon>): Position {
  const centre = centerOfMass(part);
  if (booleanPointInPolygon(centre, part)) return centre.geometry.coordinates;
  return polylabel(part.geometry.coordinates as [number, number][][], PRECISION);
}

/** The label anchor of a (Multi)Polygon within bounds, or null when none of it is inside. */
export function labelAnchor(geometry: Polygon | MultiPolygon, bounds: Bounds4): [number, number] | null {
  const outers = geometry.type === 'Polygon' ? [geometry.coordinates[0]!] : geometry.coordinates.map((poly) => poly[0]!);
  const parts = outers.flatMap((ring) => {
    const part = clippedPart(ring, bounds);
    const size = part ? area(part) : 0;
    return part && size > 0 ? [{ part, size }] : [];
  });
  const largest = parts.sort((a, b) => b.size - a.size)[0];
  if (!largest) return null;
  const [x, y] = partAnchor(largest.part);
  return [round(x!), round(y!)];
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
