/**
 * One WebGL program per layer type, however the layers style their features.
 *
 * MapLibre compiles a shader program for every combination of how a layer type's paint properties
 * are given: a constant (or a function of zoom only) is a uniform, a function of the feature an
 * attribute, a function of both a zoomed attribute. A style whose circle layers mix the three
 * compiles one circle program per mix: twenty programs for this atlas's layers where nine shader
 * kinds are drawn. Each program costs a compilation before the first frame, and a software
 * renderer (WebGL without a GPU) spends most of a map's start on them.
 *
 * `sharePrograms` restates each paint property in the most general form any layer of the type
 * needs, with the same value: a colour `c` becomes `['case', ['has', '_'], c, c]` (the same colour
 * whatever the feature), and a feature's value `v` becomes `['interpolate', ['linear'], ['zoom'],
 * 0, v, 24, v]` (the same value at every zoom). What the map draws does not change; the layers of a
 * type then share one program.
 *
 * Pure; no MapLibre code at run time (the client bundle does not carry the style spec). The
 * defaults below are checked against the style spec in tests/unit/shared-programs.test.ts.
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';

/** How a paint value varies, in the order MapLibre's program key tells them apart (widest last). */
export type ValueKind = 'constant' | 'zoom' | 'feature' | 'feature-and-zoom';

/** Expression operators whose value depends on the feature. */
const FEATURE_OPERATORS = new Set(['get', 'has', 'properties', 'id', 'geometry-type', 'feature-state', 'accumulated']);

function walk(value: unknown, seen: { feature: boolean; zoom: boolean }): void {
  if (!Array.isArray(value) || typeof value[0] !== 'string') return;
  const [op, ...args] = value as [string, ...unknown[]];
  if (op === 'literal') return;
  if (op === 'zoom') seen.zoom = true;
  if (FEATURE_OPERATORS.has(op)) seen.feature = true;
  for (const arg of args) walk(arg, seen);
}

/** How a paint value varies: with the feature, with the zoom, with both, or not at all. */
export function valueKind(value: unknown): ValueKind {
  const seen = { feature: false, zoom: false };
  walk(value, seen);
  if (seen.feature) return seen.zoom ? 'feature-and-zoom' : 'feature';
  return seen.zoom ? 'zoom' : 'constant';
}

/** What the program key records: a uniform (constant or zoom-only), an attribute, or a zoomed attribute. */
type ProgramKind = 'uniform' | 'attribute' | 'zoomed-attribute';

const programKind = (kind: ValueKind): ProgramKind => (kind === 'feature-and-zoom' ? 'zoomed-attribute' : kind === 'feature' ? 'attribute' : 'uniform');

/**
 * The data-driven paint properties of each layer type the atlas draws, with the style spec's
 * default for each (what a layer that leaves a property out draws with). `fill-outline-color`
 * has no default: left out, it is the layer's `fill-color`.
 */
export const PROGRAM_PROPERTIES: Readonly<Record<'circle' | 'fill' | 'line' | 'symbol', Readonly<Record<string, string | number | null>>>> = {
  circle: {
    'circle-radius': 5,
    'circle-color': '#000000',
    'circle-blur': 0,
    'circle-opacity': 1,
    'circle-stroke-width': 0,
    'circle-stroke-color': '#000000',
    'circle-stroke-opacity': 1,
  },
  fill: { 'fill-opacity': 1, 'fill-color': '#000000', 'fill-outline-color': null },
  line: { 'line-opacity': 1, 'line-color': '#000000', 'line-width': 1, 'line-gap-width': 0, 'line-offset': 0, 'line-blur': 0 },
  symbol: { 'text-opacity': 1, 'text-color': '#000000', 'text-halo-color': 'rgba(0, 0, 0, 0)', 'text-halo-width': 0, 'text-halo-blur': 0 },
};

type Paint = Record<string, unknown>;

const paintOf = (layer: LayerSpecification): Paint => ((layer as { paint?: Paint }).paint ?? {}) as Paint;

/** The value a layer draws a property with: its own, else the default (`fill-outline-color`: the fill colour). */
function valueOf(layer: LayerSpecification, property: string, fallback: string | number | null): unknown {
  const paint = paintOf(layer);
  if (property in paint) return paint[property];
  if (property === 'fill-outline-color') return paint['fill-color'] ?? PROGRAM_PROPERTIES.fill['fill-color'];
  return fallback;
}

/** The same value, read off the feature (so that MapLibre binds it as an attribute). */
const perFeature = (value: unknown): unknown => (valueKind(value) === 'constant' ? ['case', ['has', '_'], value, value] : value);

/** A value restated in the wider form `to`, drawing the same at every zoom and for every feature. */
function widen(value: unknown, from: ValueKind, to: ProgramKind, where: string): unknown {
  if (programKind(from) === to) return value;
  if (to === 'attribute') return perFeature(value);
  // To a zoomed attribute: a zoom curve whose outputs are read off the feature.
  if (from === 'zoom') {
    const curve = value as unknown[];
    const zoomInput = (at: number) => Array.isArray(curve[at]) && (curve[at] as unknown[])[0] === 'zoom';
    if (curve[0] === 'interpolate' && zoomInput(2)) return curve.map((part, i) => (i >= 4 && i % 2 === 0 ? perFeature(part) : part));
    if (curve[0] === 'step' && zoomInput(1)) return curve.map((part, i) => (i >= 2 && i % 2 === 0 ? perFeature(part) : part));
    throw new Error(`${where}: a zoom-only value must be a zoom curve (interpolate or step on ["zoom"]) to be shared: ${JSON.stringify(value)}`);
  }
  const same = perFeature(value);
  return ['interpolate', ['linear'], ['zoom'], 0, same, 24, same] as ExpressionSpecification;
}

/**
 * The layers, each paint property of a type given in one form across the layers of that type
 * (see the file comment). Layers of other types, and properties no layer varies, are unchanged.
 */
export function sharePrograms(list: readonly LayerSpecification[]): LayerSpecification[] {
  const kinds = new Map<string, Set<ValueKind>>();
  for (const layer of list) {
    const properties = PROGRAM_PROPERTIES[layer.type as keyof typeof PROGRAM_PROPERTIES];
    if (!properties) continue;
    for (const [property, fallback] of Object.entries(properties)) {
      const key = `${layer.type} ${property}`;
      kinds.set(key, (kinds.get(key) ?? new Set()).add(valueKind(valueOf(layer, property, fallback))));
    }
  }
  const target = (key: string): ProgramKind => {
    const seen = kinds.get(key) ?? new Set();
    // A zoom-only value beside a feature's value: only a zoomed attribute carries both.
    if (seen.has('feature-and-zoom') || (seen.has('feature') && seen.has('zoom'))) return 'zoomed-attribute';
    return seen.has('feature') ? 'attribute' : 'uniform';
  };
  return list.map((layer) => {
    const properties = PROGRAM_PROPERTIES[layer.type as keyof typeof PROGRAM_PROPERTIES];
    if (!properties) return layer;
    const paint: Paint = { ...paintOf(layer) };
    let changed = false;
    for (const [property, fallback] of Object.entries(properties)) {
      const wanted = target(`${layer.type} ${property}`);
      const value = valueOf(layer, property, fallback);
      const kind = valueKind(value);
      if (programKind(kind) === wanted) continue;
      paint[property] = widen(value, kind, wanted, `${layer.id} ${property}`);
      changed = true;
    }
    return changed ? ({ ...layer, paint } as LayerSpecification) : layer;
  });
}
