/**
 * The relevance rule's geometry (the rule itself is in style/spec.ts): how each context feature
 * relates to a border line — on it (within `RELEVANCE_KM.on`, or containing part of it), near it
 * (within `RELEVANCE_KM.near`) or neither. Computed once per border for the whole context layer and
 * cached, so a border's crossing views reuse it and the work does not grow with the atlas.
 *
 * Distances use a grid index of points sampled along the line (about 2 km apart) and an
 * equirectangular approximation, good to a few per cent at these distances.
 */
import { booleanPointInPolygon, bbox } from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { RELEVANCE_KM, type Relevance } from './style/spec.ts';

const KM_PER_DEGREE = 111.32;
const CELL = 0.25;

/** Points along a line at most `stepKm` apart. */
function sampleLine(g: LineString | MultiLineString, stepKm = 2): Position[] {
  const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  const out: Position[] = [];
  for (const part of parts) {
    part.forEach((p, i) => {
      const q = part[i + 1];
      out.push(p);
      if (!q) return;
      const n = Math.floor(kmBetween(p, q) / stepKm);
      for (let k = 1; k < n; k++) out.push([p[0]! + ((q[0]! - p[0]!) * k) / n, p[1]! + ((q[1]! - p[1]!) * k) / n]);
    });
  }
  return out;
}

function kmBetween(a: Position, b: Position): number {
  const dx = (a[0]! - b[0]!) * Math.cos((((a[1]! + b[1]!) / 2) * Math.PI) / 180);
  return Math.hypot(dx, a[1]! - b[1]!) * KM_PER_DEGREE;
}

/** A grid of the line's sample points: nearest-distance queries look at the cells around a point only. */
export class LineIndex {
  private readonly cells = new Map<string, Position[]>();
  readonly samples: Position[];
  constructor(line: LineString | MultiLineString) {
    this.samples = sampleLine(line);
    for (const p of this.samples) {
      const key = LineIndex.key(Math.floor(p[0]! / CELL), Math.floor(p[1]! / CELL));
      const cell = this.cells.get(key);
      if (cell) cell.push(p);
      else this.cells.set(key, [p]);
    }
  }
  private static key(i: number, j: number): string {
    return `${i}:${j}`;
  }
  /** Distance from a point to the line, km, or Infinity beyond `limitKm` (searched no farther). */
  distanceKm(p: Position, limitKm: number = RELEVANCE_KM.near): number {
    const reachLat = Math.ceil(limitKm / KM_PER_DEGREE / CELL);
    const reachLon = Math.ceil(limitKm / (KM_PER_DEGREE * Math.max(0.2, Math.cos((p[1]! * Math.PI) / 180))) / CELL);
    const [ci, cj] = [Math.floor(p[0]! / CELL), Math.floor(p[1]! / CELL)];
    let best = Infinity;
    for (let i = ci - reachLon; i <= ci + reachLon; i++)
      for (let j = cj - reachLat; j <= cj + reachLat; j++) for (const q of this.cells.get(LineIndex.key(i, j)) ?? []) best = Math.min(best, kmBetween(p, q));
    return best <= limitKm ? best : Infinity;
  }
}

function vertices(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
      return sampleLine(g, 5);
    case 'MultiLineString':
      return sampleLine(g, 5);
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      return [];
  }
}

/** How one feature relates to the line: `on`, `near` or null. */
export function relevanceTo(index: LineIndex, g: Geometry): Relevance | null {
  let best = Infinity;
  for (const v of vertices(g)) {
    best = Math.min(best, index.distanceKm(v));
    if (best <= RELEVANCE_KM.on) return 'on';
  }
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    // A range or a lake the line runs through: some of the line lies inside it.
    const [w, s, e, n] = bbox(g);
    const feature: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: g };
    const inside = index.samples.some((p, i) => i % 4 === 0 && p[0]! >= w && p[0]! <= e && p[1]! >= s && p[1]! <= n && booleanPointInPolygon(p, feature));
    if (inside) return 'on';
  }
  return best <= RELEVANCE_KM.near ? 'near' : null;
}

/**
 * Where a range's or desert's name can go when the line runs through it: points of the line inside
 * the polygon (within bounds), spread along it (up to `max`), then points of a grid over the polygon,
 * nearest the line first (up to 3 × `max`: the grid points nearest the line are where the markers
 * crowd, so a range's name needs farther ones to find a free place).
 */
export function pointsInside(index: LineIndex, g: Polygon | MultiPolygon, within: readonly number[], max = 8): [number, number][] {
  const feature: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: g };
  const [gw, gs, ge, gn] = bbox(g);
  const [w, s, e, n] = [Math.max(gw, within[0]!), Math.max(gs, within[1]!), Math.min(ge, within[2]!), Math.min(gn, within[3]!)];
  const inBox = (p: Position) => p[0]! >= w && p[0]! <= e && p[1]! >= s && p[1]! <= n;
  const onLine = index.samples.filter((p, i) => i % 4 === 0 && inBox(p) && booleanPointInPolygon(p, feature));
  const step = Math.max(1, Math.floor(onLine.length / max));
  const grid: Position[] = [];
  for (let i = 0.5; i < 10; i++) for (let j = 0.5; j < 10; j++) grid.push([w + ((e - w) * i) / 10, s + ((n - s) * j) / 10]);
  const near = grid
    .filter((p) => booleanPointInPolygon(p, feature))
    .map((p) => ({ p, d: index.distanceKm(p, 1000) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3 * max)
    .map((x) => x.p);
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return [...onLine.filter((_, i) => i % step === 0).slice(0, max), ...near].map((p) => [r(p[0]!), r(p[1]!)]);
}

const indexes = new WeakMap<object, LineIndex>();
/** The grid index of a border line, built once per line. */
export function lineIndex(line: LineString | MultiLineString): LineIndex {
  let index = indexes.get(line);
  if (!index) indexes.set(line, (index = new LineIndex(line)));
  return index;
}

const cache = new WeakMap<object, Map<string, (Relevance | null)[]>>();

/** The relevance of every feature of a layer to a border line, computed once per (layer, border). */
export function layerRelevance(layer: readonly Feature<Geometry>[], borderId: string, line: LineString | MultiLineString): (Relevance | null)[] {
  let byBorder = cache.get(layer);
  if (!byBorder) cache.set(layer, (byBorder = new Map()));
  let out = byBorder.get(borderId);
  if (!out) {
    const index = lineIndex(line);
    byBorder.set(borderId, (out = layer.map((f) => relevanceTo(index, f.geometry))));
  }
  return out;
}
