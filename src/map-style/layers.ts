/**
 * The atlas map style as typed data: `layers(source, palette)` and `style(palette, data)`.
 *
 * No glyph server and no sprite: the style has no `glyphs` key, so MapLibre (≥ 5.11) draws label
 * text locally from the `text-font` list, which is read as a CSS font-family list (the same system
 * stack the pages use). Every source is inline GeoJSON taken from `/map-data/<view>.json`, so the
 * map makes no request to another origin. Crossing symbols are circles here; the interactive map
 * lays a transparent, focusable `<button>` over each one for keyboard and screen-reader access.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Geometry } from 'geojson';
import type { CrossingProperties, MapData } from '../lib/map-data.types.ts';
import type { CrossingMode, Palette } from './palette.ts';

/** Ids of the GeoJSON sources the layers read. */
export interface SourceIds {
  countries: string;
  borders: string;
  regions: string;
  settlements: string;
  crossings: string;
  /** One point per country and region for its name (see `labelPoints`). */
  labels: string;
}

/** Source ids from a prefix (`atlas-` → `atlas-countries`, …), or given one by one. */
export function sourceIds(source: string | SourceIds): SourceIds {
  if (typeof source !== 'string') return source;
  return {
    countries: `${source}countries`,
    borders: `${source}borders`,
    regions: `${source}regions`,
    settlements: `${source}settlements`,
    crossings: `${source}crossings`,
    labels: `${source}labels`,
  };
}

/** Default source-id prefix. */
export const SOURCE_PREFIX = 'atlas-';

/** Restrictions that draw a crossing as a hollow ring (access limited to some people or seasons). */
export const RESTRICTING = ['locals-only', 'summer-only'] as const;

/** The symbol a crossing shows: rail beats road beats pedestrian/hiking (as `primaryMode` says). */
export function crossingMode(primaryMode: string): CrossingMode {
  if (primaryMode === 'rail') return 'rail';
  if (primaryMode === 'road') return 'road';
  return 'pedestrian';
}

/** True when a crossing's restrictions make it a "restricted" symbol. */
export function isRestricted(restrictions: readonly string[]): boolean {
  return restrictions.some((r) => (RESTRICTING as readonly string[]).includes(r));
}

/** Crossing properties as the style reads them: two derived flat fields added. */
export type StyledCrossingProperties = CrossingProperties & { symbol: CrossingMode; restricted: boolean };

/** Label text font: the pages' system font stack, read by MapLibre as CSS families. */
export const LABEL_FONT = ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Noto Sans', 'Helvetica Neue', 'Arial', 'sans-serif'];

/** Bold variant: MapLibre reads the weight from the first family's name, the browser skips the unknown family. */
export const LABEL_FONT_BOLD = ['Noto Sans Bold', ...LABEL_FONT];

/** Layer ids, in drawing order (bottom first). Tests and the client refer to them by name. */
export const LAYER = {
  background: 'background',
  countriesContext: 'countries-context',
  countriesNeighbour: 'countries-neighbour',
  countriesKazakhstan: 'countries-kazakhstan',
  regionsFill: 'regions-fill',
  regionsOutline: 'regions-outline',
  countriesOutline: 'countries-outline',
  bordersOther: 'borders-other',
  bordersEmphasisCasing: 'borders-emphasis-casing',
  bordersEmphasis: 'borders-emphasis',
  settlements: 'settlements',
  crossingsSelected: 'crossings-selected',
  crossings: 'crossings',
  crossingNumbers: 'crossing-numbers',
  countryLabels: 'country-labels',
  regionLabels: 'region-labels',
  settlementLabels: 'settlement-labels',
  crossingLabels: 'crossing-labels',
} as const;

const bySide = (kazakh: string, neighbour: string): ExpressionSpecification => [
  'match', ['get', 'side'], 'kazakh', kazakh, neighbour,
];

const byMode = (p: Palette, key: 'fill' | 'restricted'): ExpressionSpecification => [
  'match', ['get', 'symbol'],
  'rail', p.crossing.rail[key],
  'road', p.crossing.road[key],
  p.crossing.pedestrian[key],
];

const restricted: ExpressionSpecification = ['==', ['get', 'restricted'], true];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const role = (r: string): FilterSpecification => ['==', ['get', 'role'], r];

/** Halo shared by labels: keeps text ≥ 4.5:1 over lines and dots as well as fills. */
const labelPaint = (p: Palette, colour = p.label.text) => ({
  'text-color': colour,
  'text-halo-color': p.label.halo,
  'text-halo-width': 1.5,
  'text-halo-blur': 0.5,
});

/**
 * The atlas layers, bottom to top: background (water), context countries, neighbours, Kazakhstan,
 * the page's regions (fill + outline), country outlines, other borders, the page's border (casing
 * + line), settlements, crossings (selected halo + dots), then labels.
 */
export function layers(source: string | SourceIds, p: Palette): LayerSpecification[] {
  const s = sourceIds(source);
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': p.water } },
    {
      id: LAYER.countriesContext, type: 'fill', source: s.countries, filter: role('context'),
      paint: { 'fill-color': p.land.context },
    },
    {
      id: LAYER.countriesNeighbour, type: 'fill', source: s.countries, filter: role('neighbour'),
      paint: { 'fill-color': p.land.neighbour },
    },
    {
      id: LAYER.countriesKazakhstan, type: 'fill', source: s.countries, filter: role('kazakhstan'),
      paint: { 'fill-color': p.land.kazakhstan },
    },
    {
      id: LAYER.regionsFill, type: 'fill', source: s.regions,
      paint: { 'fill-color': bySide(p.region.kazakh.fill, p.region.neighbour.fill) },
    },
    {
      id: LAYER.regionsOutline, type: 'line', source: s.regions,
      paint: {
        'line-color': bySide(p.region.kazakh.outline, p.region.neighbour.outline),
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.2],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: LAYER.countriesOutline, type: 'line', source: s.countries,
      paint: { 'line-color': p.land.outline, 'line-width': 0.6 },
    },
    {
      id: LAYER.bordersOther, type: 'line', source: s.borders,
      filter: ['!=', ['get', 'emphasis'], true],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.border.other, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1, 8, 2] },
    },
    {
      id: LAYER.bordersEmphasisCasing, type: 'line', source: s.borders,
      filter: ['==', ['get', 'emphasis'], true],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.border.casing, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 5, 8, 9] },
    },
    {
      id: LAYER.bordersEmphasis, type: 'line', source: s.borders,
      filter: ['==', ['get', 'emphasis'], true],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.border.emphasis, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 2.5, 8, 5] },
    },
    {
      id: LAYER.settlements, type: 'circle', source: s.settlements,
      paint: {
        'circle-color': bySide(p.settlement.kazakh, p.settlement.neighbour),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 2.5, 8, 4.5],
        'circle-stroke-color': p.settlement.stroke,
        'circle-stroke-width': 1,
      },
    },
    {
      // Drawn under the dot: a bright halo around a dark ring, for the selected crossing only.
      id: LAYER.crossingsSelected, type: 'circle', source: s.crossings,
      paint: {
        'circle-color': p.selection.halo,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, ['case', selected, 13, 0], 7, ['case', selected, 15, 0]],
        'circle-stroke-color': p.selection.ring,
        'circle-stroke-width': ['case', selected, 2.5, 0],
        'circle-opacity': ['case', selected, 1, 0],
        'circle-stroke-opacity': ['case', selected, 1, 0],
      },
    },
    {
      // Open crossings: a solid dot in the mode's colour. Restricted: a ring of that colour.
      id: LAYER.crossings, type: 'circle', source: s.crossings,
      paint: {
        'circle-color': ['case', restricted, byMode(p, 'restricted'), byMode(p, 'fill')],
        // Wide enough for a two-digit number, as in the SVG twin.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 7.5, 7, 9.5],
        'circle-stroke-color': ['case', restricted, byMode(p, 'fill'), p.crossing.stroke],
        'circle-stroke-width': ['case', restricted, 2.5, 1.5],
      },
    },
    {
      // The number the table and the SVG twin give the crossing (west to east along the border).
      id: LAYER.crossingNumbers, type: 'symbol', source: s.crossings,
      filter: ['has', 'number'],
      layout: {
        'text-field': ['to-string', ['get', 'number']],
        'text-font': LABEL_FONT_BOLD,
        'text-size': 10,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': ['case', restricted, p.label.text, p.crossing.number] },
    },
    {
      id: LAYER.countryLabels, type: 'symbol', source: s.labels,
      filter: ['==', ['get', 'kind'], 'country'],
      layout: {
        'text-field': ['upcase', ['get', 'name']],
        'text-font': LABEL_FONT,
        'text-size': 12,
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
        'symbol-placement': 'point',
        'text-padding': 8,
      },
      paint: labelPaint(p, p.label.muted),
    },
    {
      id: LAYER.regionLabels, type: 'symbol', source: s.labels,
      filter: ['==', ['get', 'kind'], 'region'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 14],
        'text-max-width': 7,
        'text-padding': 6,
      },
      paint: labelPaint(p),
    },
    {
      id: LAYER.settlementLabels, type: 'symbol', source: s.settlements,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 13],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.6,
        'text-justify': 'auto',
        'text-optional': true,
      },
      paint: labelPaint(p),
    },
    {
      // Crossing names only once zoomed in: at country scale the markers' labels and the table carry them.
      id: LAYER.crossingLabels, type: 'symbol', source: s.crossings, minzoom: 7,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': 12,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1.1,
        'text-optional': true,
      },
      paint: labelPaint(p),
    },
  ];
}

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

type Ring = number[][];
type Bounds4 = readonly [number, number, number, number];

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
  let a = 0, x = 0, y = 0;
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
    const [xi, yi] = ring[i]!, [xj, yj] = ring[j]!;
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}
function edgeDistance([x, y]: readonly number[], ring: Ring): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[j]!, [bx, by] = ring[i]!;
    const dx = bx! - ax!, dy = by! - ay!;
    const t = dx || dy ? Math.max(0, Math.min(1, ((x! - ax!) * dx + (y! - ay!) * dy) / (dx * dx + dy * dy))) : 0;
    best = Math.min(best, Math.hypot(x! - ax! - t * dx, y! - ay! - t * dy));
  }
  return best;
}
/** Centroid, or for a concave shape whose centroid falls outside, the grid point deepest inside. */
function ringLabel(ring: Ring): { area: number; at: [number, number] } {
  const c = ringCentroid(ring);
  if (c.area === 0 || insideRing(c.at, ring)) return c;
  const xs = ring.map((p) => p[0]!), ys = ring.map((p) => p[1]!);
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

/**
 * One label point per country and region: the centroid of its largest outer ring clipped to the
 * view's bounds (or, where that falls outside a concave shape, the point deepest inside it). Labelling the polygons directly would repeat a name in every tile a large
 * country spans (Russia four times), and a whole-country centroid can lie far outside the view.
 */
export function labelPoints(data: Pick<MapData, 'countries' | 'regions' | 'bounds'>): FeatureCollection<Geometry, { kind: 'country' | 'region'; name: string; role?: string; side?: string }> {
  const features = (
    [
      ...data.countries.features.map((f) => ['country', f] as const),
      ...data.regions.features.map((f) => ['region', f] as const),
    ] as const
  ).flatMap(([kind, f]) => {
    const outers = f.geometry.type === 'Polygon' ? [f.geometry.coordinates[0]!] : f.geometry.coordinates.map((poly) => poly[0]!);
    const best = outers.map((r) => ringLabel(clipRing(r, data.bounds))).sort((a, b) => b.area - a.area)[0];
    if (!best || best.area === 0) return [];
    const props = f.properties as { name: string; role?: string; side?: string };
    return [{
      type: 'Feature' as const,
      properties: { kind, name: props.name, ...(props.role ? { role: props.role } : {}), ...(props.side ? { side: props.side } : {}) },
      geometry: { type: 'Point' as const, coordinates: best.at },
    }];
  });
  return { type: 'FeatureCollection', features };
}

/** Adds the flat fields the crossing layers read (`symbol`, `restricted`). Pure. */
export function styledCrossings(fc: MapData['crossings']): FeatureCollection<Geometry, StyledCrossingProperties> {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      ...f,
      properties: { ...f.properties, symbol: crossingMode(f.properties.primaryMode), restricted: isRestricted(f.properties.restrictions) },
    })),
  };
}

/** The GeoJSON sources for a map view (empty collections without data). */
export function sources(data?: Pick<MapData, Exclude<keyof SourceIds, 'labels'> | 'bounds'>, prefix = SOURCE_PREFIX): Record<string, GeoJSONSourceSpecification> {
  const s = sourceIds(prefix);
  const geojson = (fc: FeatureCollection | undefined, extra: Partial<GeoJSONSourceSpecification> = {}): GeoJSONSourceSpecification => ({
    type: 'geojson',
    data: (fc ?? empty()) as GeoJSONSourceSpecification['data'],
    ...extra,
  });
  return {
    [s.countries]: geojson(data?.countries, { tolerance: 0.5 }),
    [s.borders]: geojson(data?.borders),
    [s.regions]: geojson(data?.regions, { tolerance: 0.5 }),
    [s.settlements]: geojson(data?.settlements),
    // Feature ids from `id`, so the selected crossing can be marked with feature-state.
    [s.crossings]: geojson(data ? styledCrossings(data.crossings) : undefined, { promoteId: 'id' }),
    [s.labels]: geojson(data ? labelPoints(data) : undefined),
  };
}

/** The complete style: no glyphs, no sprite, inline sources only. */
export function style(p: Palette, data?: Pick<MapData, Exclude<keyof SourceIds, 'labels'> | 'bounds'>): StyleSpecification {
  return {
    version: 8,
    name: 'Kazakhstan Border Atlas',
    sources: sources(data),
    layers: layers(SOURCE_PREFIX, p),
  };
}
