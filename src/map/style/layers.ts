/**
 * Long on purpose: the style is one declarative list of layers; the order of the list is the
 * drawing order, so it reads best in one place.
 *
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
import type { CrossingProperties, MapData } from '../map-data.types.ts';
import type { CrossingMode, Palette } from './palette.ts';
import { sharePrograms } from './shared-programs.ts';
import { crossingMode, isRestricted } from './symbology.ts';
import { LABEL_CLASSES, SCALE_BANDS, zoomForDensity, type ScaledKind } from './spec.ts';

/** Ids of the GeoJSON sources the layers read. */
export interface SourceIds {
  countries: string;
  borders: string;
  regions: string;
  settlements: string;
  crossings: string;
  /** Label anchors of countries, regions, named areas and lakes, computed at build time (src/map/map-labels.ts). */
  labels: string;
  /** Rivers, lakes, towns and peaks (Natural Earth context). */
  context: string;
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
    context: `${source}context`,
  };
}

/** Default source-id prefix. */
export const SOURCE_PREFIX = 'atlas-';

/** Crossing properties as the style reads them: two derived flat fields added. */
export type StyledCrossingProperties = CrossingProperties & { symbol: CrossingMode; restricted: boolean };

/** Label text font: system families only (not the pages' stack, which leads with the bundled face), read by MapLibre as CSS families. */
export const LABEL_FONT = ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Noto Sans', 'Helvetica Neue', 'Arial', 'sans-serif'];

/** Bold variant: MapLibre reads the weight from the first family's name, the browser skips the unknown family. */
export const LABEL_FONT_BOLD = ['Noto Sans Bold', ...LABEL_FONT];

/** Italic variant for water and relief names, read the same way. */
export const LABEL_FONT_ITALIC = ['Noto Sans Italic', ...LABEL_FONT];

/** Layer ids, in drawing order (bottom first). Tests and the client refer to them by name. */
export const LAYER = {
  background: 'background',
  countriesContext: 'countries-context',
  countriesNeighbour: 'countries-neighbour',
  countriesKazakhstan: 'countries-kazakhstan',
  regionsFill: 'regions-fill',
  regionsOutline: 'regions-outline',
  lakes: 'lakes',
  countriesOutline: 'countries-outline',
  bordersOther: 'borders-other',
  bordersEmphasisCasing: 'borders-emphasis-casing',
  rivers: 'rivers',
  bordersEmphasis: 'borders-emphasis',
  towns: 'towns',
  townLabels: 'town-labels',
  settlements: 'settlements',
  crossingsApproximate: 'crossings-approximate',
  crossingsSelected: 'crossings-selected',
  crossings: 'crossings',
  crossingNumbers: 'crossing-numbers',
  crossingsStale: 'crossings-stale',
  areaLabels: 'area-labels',
  riverLabels: 'river-labels',
  peakLabels: 'peak-labels',
  lakeLabels: 'lake-labels',
  countryLabels: 'country-labels',
  regionLabels: 'region-labels',
  settlementLabels: 'settlement-labels',
  crossingLabels: 'crossing-labels',
} as const;

const bySide = (kazakh: string, neighbour: string): ExpressionSpecification => ['match', ['get', 'side'], 'kazakh', kazakh, neighbour];

const byMode = (p: Palette, key: 'fill' | 'restricted'): ExpressionSpecification => [
  'match',
  ['get', 'symbol'],
  'rail',
  p.crossing.rail[key],
  'road',
  p.crossing.road[key],
  p.crossing.pedestrian[key],
];

const restricted: ExpressionSpecification = ['==', ['get', 'restricted'], true];

/** Padding around a crossing's number (10 px text) that makes its collision box cover the marker (radius up to 9.5 px and its stroke). */
const MARKER_CLEARANCE_PX = 6;

/**
 * `shown` for the features of a kind that the spec (spec.ts `isCandidate`) names at the current zoom,
 * `hidden` for the rest: every national capital and every feature on or near the view's border, the
 * others by Natural Earth rank, with the static maps' scale bands converted to zoom levels.
 */
export function byScale(kind: ScaledKind, shown: ExpressionSpecification | string | number, hidden: string | number): ExpressionSpecification {
  const upTo = (rank: number): ExpressionSpecification => [
    'case',
    ['any', ['has', 'relevance'], ['==', ['get', 'capital'], 'country'], ['<=', ['get', 'rank'], rank]],
    shown,
    hidden,
  ];
  const [first, ...rest] = SCALE_BANDS;
  return [
    'step',
    ['zoom'],
    upTo(first!.ranks[kind]),
    ...rest.flatMap((b) => [Math.round(zoomForDensity(b.fromDensity) * 100) / 100, upTo(b.ranks[kind])]),
  ] as ExpressionSpecification;
}
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
      id: LAYER.countriesContext,
      type: 'fill',
      source: s.countries,
      filter: role('context'),
      paint: { 'fill-color': p.land.context },
    },
    {
      id: LAYER.countriesNeighbour,
      type: 'fill',
      source: s.countries,
      filter: role('neighbour'),
      paint: { 'fill-color': p.land.neighbour },
    },
    {
      id: LAYER.countriesKazakhstan,
      type: 'fill',
      source: s.countries,
      filter: role('kazakhstan'),
      paint: { 'fill-color': p.land.kazakhstan },
    },
    {
      id: LAYER.regionsFill,
      type: 'fill',
      source: s.regions,
      paint: { 'fill-color': bySide(p.region.kazakh.fill, p.region.neighbour.fill) },
    },
    {
      id: LAYER.regionsOutline,
      type: 'line',
      source: s.regions,
      paint: {
        'line-color': bySide(p.region.kazakh.outline, p.region.neighbour.outline),
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.2],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: LAYER.lakes,
      type: 'fill',
      source: s.context,
      filter: ['==', ['get', 'kind'], 'lake'],
      paint: { 'fill-color': p.water, 'fill-outline-color': p.river, 'fill-opacity': byScale('lake', 1, 0) },
    },
    {
      id: LAYER.countriesOutline,
      type: 'line',
      source: s.countries,
      paint: { 'line-color': p.land.outline, 'line-width': 0.6 },
    },
    {
      id: LAYER.bordersOther,
      type: 'line',
      source: s.borders,
      filter: ['!=', ['get', 'emphasis'], true],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.border.other, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1, 8, 2] },
    },
    {
      id: LAYER.bordersEmphasisCasing,
      type: 'line',
      source: s.borders,
      filter: ['==', ['get', 'emphasis'], true],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.border.casing, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 5, 8, 9] },
    },
    {
      // Between the casing and the line: where the border follows a river, its blue shows in the line's gaps.
      id: LAYER.rivers,
      type: 'line',
      source: s.context,
      filter: ['==', ['get', 'kind'], 'river'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': p.river,
        'line-opacity': byScale('river', 1, 0),
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, ['case', ['<=', ['get', 'rank'], 4], 1.6, 0.9], 8, ['case', ['<=', ['get', 'rank'], 4], 3, 2]],
      },
    },
    {
      id: LAYER.bordersEmphasis,
      type: 'line',
      source: s.borders,
      filter: ['==', ['get', 'emphasis'], true],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': p.border.emphasis,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 2.5, 8, 5],
        'line-dasharray': [4, 1],
      },
    },
    {
      id: LAYER.towns,
      type: 'circle',
      source: s.context,
      filter: ['==', ['get', 'kind'], 'town'],
      paint: {
        'circle-color': p.town.fill,
        'circle-radius': byScale('town', ['case', ['==', ['get', 'capital'], 'country'], 3.5, 2.5], 0),
        'circle-stroke-opacity': byScale('town', 1, 0),
        'circle-stroke-color': p.town.stroke,
        'circle-stroke-width': 1,
      },
    },
    // Town names under the crossings, so a marker is never hidden by a name.
    {
      id: LAYER.townLabels,
      type: 'symbol',
      source: s.context,
      filter: ['==', ['get', 'kind'], 'town'],
      layout: {
        'text-field': byScale('town', ['get', 'name'], ''),
        'text-font': LABEL_FONT,
        'text-size': LABEL_CLASSES.town.liveSize,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.5,
        'text-justify': 'auto',
        'symbol-sort-key': ['get', 'priority'],
      },
      paint: labelPaint(p),
    },
    {
      id: LAYER.settlements,
      type: 'circle',
      source: s.settlements,
      paint: {
        'circle-color': bySide(p.settlement.kazakh, p.settlement.neighbour),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 2.5, 8, 4.5],
        'circle-stroke-color': p.settlement.stroke,
        'circle-stroke-width': 1,
      },
    },
    {
      // A position that is not the crossing point itself: a translucent halo of uncertainty (as the SVG twin's m-approx).
      id: LAYER.crossingsApproximate,
      type: 'circle',
      source: s.crossings,
      filter: ['==', ['get', 'approximate'], true],
      paint: {
        'circle-color': p.label.muted,
        'circle-opacity': 0.18,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 13, 7, 16],
        'circle-stroke-color': p.label.muted,
        'circle-stroke-width': 1.2,
      },
    },
    {
      // Drawn under the dot: a bright halo around a dark ring, for the selected crossing only.
      id: LAYER.crossingsSelected,
      type: 'circle',
      source: s.crossings,
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
      id: LAYER.crossings,
      type: 'circle',
      source: s.crossings,
      paint: {
        'circle-color': ['case', restricted, byMode(p, 'restricted'), byMode(p, 'fill')],
        // Wide enough for a two-digit number, as in the SVG twin.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 7.5, 7, 9.5],
        'circle-stroke-color': ['case', restricted, byMode(p, 'fill'), p.crossing.stroke],
        'circle-stroke-width': ['case', restricted, 2.5, 1.5],
      },
    },
    {
      // Newest reading past the currency rule: a small hollow badge on the marker's shoulder (as the SVG twin's m-stale).
      id: LAYER.crossingsStale,
      type: 'circle',
      source: s.crossings,
      filter: ['==', ['get', 'stale'], true],
      paint: {
        'circle-color': p.label.halo,
        'circle-radius': 3.5,
        'circle-translate': [7.5, -7.5],
        'circle-stroke-color': p.label.text,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: LAYER.areaLabels,
      type: 'symbol',
      source: s.labels,
      filter: ['==', ['get', 'kind'], 'area'],
      layout: {
        'text-field': byScale('area', ['get', 'name'], ''),
        'text-font': LABEL_FONT_ITALIC,
        'text-size': LABEL_CLASSES.area.liveSize,
        'text-letter-spacing': 0.06,
        'text-max-width': 8,
        'symbol-sort-key': ['get', 'priority'],
      },
      paint: labelPaint(p, p.label.relief),
    },
    {
      id: LAYER.lakeLabels,
      type: 'symbol',
      source: s.labels,
      filter: ['==', ['get', 'kind'], 'lake'],
      layout: {
        'text-field': byScale('lake', ['get', 'name'], ''),
        'text-font': LABEL_FONT_ITALIC,
        'text-size': LABEL_CLASSES.water.liveSize,
        'text-max-width': 7,
        'symbol-sort-key': ['get', 'priority'],
      },
      paint: labelPaint(p, p.label.water),
    },
    {
      id: LAYER.riverLabels,
      type: 'symbol',
      source: s.context,
      filter: ['==', ['get', 'kind'], 'river'],
      layout: {
        'text-field': byScale('river', ['get', 'name'], ''),
        'text-font': LABEL_FONT_ITALIC,
        'text-size': LABEL_CLASSES.water.liveSize,
        'symbol-sort-key': ['get', 'priority'],
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-offset': [0, -0.8],
      },
      paint: labelPaint(p, p.label.water),
    },
    {
      id: LAYER.peakLabels,
      type: 'symbol',
      source: s.context,
      filter: ['==', ['get', 'kind'], 'peak'],
      layout: {
        'text-field': byScale('peak', ['get', 'name'], ''),
        'text-font': LABEL_FONT,
        'text-size': LABEL_CLASSES.peak.liveSize,
        'symbol-sort-key': ['get', 'priority'],
        'text-optional': true,
      },
      paint: labelPaint(p, p.label.relief),
    },
    {
      id: LAYER.countryLabels,
      type: 'symbol',
      source: s.labels,
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
      id: LAYER.regionLabels,
      type: 'symbol',
      source: s.labels,
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
      id: LAYER.settlementLabels,
      type: 'symbol',
      source: s.settlements,
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
      id: LAYER.crossingLabels,
      type: 'symbol',
      source: s.crossings,
      minzoom: 7,
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
    {
      // The number the table and the SVG twin give the crossing (west to east along the border). The
      // top layer, so it is placed first: its box, padded to the marker's size, keeps every name off
      // the markers (circles take no part in MapLibre's label collisions; a symbol does).
      id: LAYER.crossingNumbers,
      type: 'symbol',
      source: s.crossings,
      filter: ['has', 'number'],
      layout: {
        'text-field': ['to-string', ['get', 'number']],
        'text-font': LABEL_FONT_BOLD,
        'text-size': 10,
        'text-allow-overlap': true,
        'text-ignore-placement': false,
        'text-padding': MARKER_CLEARANCE_PX,
      },
      paint: { 'text-color': ['case', restricted, p.label.text, p.crossing.number] },
    },
  ];
}

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

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

/** What the style reads from a map view (everything computed at build time). */
export type StyleData = Pick<MapData, 'countries' | 'borders' | 'regions' | 'settlements' | 'crossings' | 'context' | 'labels' | 'bounds'>;

/**
 * The sets that share one GeoJSON source, told apart by a `set` property. MapLibre repaints each
 * time a tile of any source arrives: with a source per set, a map start drew some fourteen frames
 * nobody sees (the SVG twin still covers the canvas), each a fixed cost on software WebGL. The
 * crossings keep a source of their own: their ids carry the selected state.
 */
const SHARED_SETS = ['countries', 'borders', 'regions', 'context', 'settlements', 'labels'] as const satisfies readonly (keyof SourceIds)[];
const SET = 'set';

/** Id of the source the shared sets are served from. */
export const sharedSourceId = (prefix = SOURCE_PREFIX): string => `${prefix}shared`;

/** The GeoJSON sources for a map view (empty collections without data): the shared sets in one, the crossings in another. */
export function sources(data?: StyleData, prefix = SOURCE_PREFIX): Record<string, GeoJSONSourceSpecification> {
  const s = sourceIds(prefix);
  const shared = SHARED_SETS.flatMap((set) => (data?.[set]?.features ?? []).map((f) => ({ ...f, properties: { ...f.properties, [SET]: set } })));
  return {
    [sharedSourceId(prefix)]: { type: 'geojson', data: { type: 'FeatureCollection', features: shared } as GeoJSONSourceSpecification['data'] },
    // Feature ids from `id`, so the selected crossing can be marked with feature-state.
    [s.crossings]: {
      type: 'geojson',
      data: (data ? styledCrossings(data.crossings) : empty()) as GeoJSONSourceSpecification['data'],
      promoteId: 'id',
    },
  };
}

/** Layers as they read the sources of `sources()`: a layer of a shared set reads the shared source, narrowed to its set. */
export function onSharedSource(list: readonly LayerSpecification[], prefix = SOURCE_PREFIX): LayerSpecification[] {
  const s = sourceIds(prefix);
  const setOf = new Map<string, string>(SHARED_SETS.map((set) => [s[set], set]));
  return list.map((layer) => {
    const set = 'source' in layer ? setOf.get(layer.source) : undefined;
    if (!set || !('source' in layer)) return layer;
    const inSet: FilterSpecification = ['==', ['get', SET], set];
    return {
      ...layer,
      source: sharedSourceId(prefix),
      filter: layer.filter ? (['all', inSet, layer.filter] as FilterSpecification) : inSet,
    } as LayerSpecification;
  });
}

/** The complete style: no glyphs, no sprite, inline sources only. */
export function style(p: Palette, data?: StyleData): StyleSpecification {
  return {
    version: 8,
    name: 'Kazakhstan Border Atlas',
    sources: sources(data),
    // One program per layer type (shared-programs.ts): the map starts sooner on a software renderer.
    layers: sharePrograms(onSharedSource(layers(SOURCE_PREFIX, p))),
  };
}
