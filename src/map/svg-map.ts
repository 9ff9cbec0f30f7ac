/**
 * Long on purpose: one drawing pipeline (projection, layers, label requests, markers, scale bar,
 * inset) whose steps share the projection and the placed boxes; split, they would pass both around.
 *
 * The static map, drawn at build time: a map view projected to plain SVG primitives (layers of paths,
 * dots, crossing markers, placed labels, scale bar, inset). `svg-map-string.ts` turns it into markup;
 * the snapshot tests compare this structure. Pure (no fs): same data and size, same map.
 */
import { simplify } from '@turf/turf';
import { geoArea, geoConicConformal, geoDistance, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { crossingMode } from './style/symbology.ts';
import type { CrossingMode } from './style/palette.ts';
import {
  circleBox,
  placeLabels,
  segmentBoxes,
  spreadMarkers,
  textWidth,
  type Box,
  type LabelRequest,
  type PlacedLabel,
  type Placement,
  type Point,
  type TextStyle,
} from './label-placer.ts';
import type { LabelProperties, MapContextProperties, MapData } from './map-data.types.ts';
import { thinMarkers } from './marker-thinning.ts';
import { FURNITURE, LABEL_CLASSES, MIN_LABEL, PLATES, isCandidate, labelPriority, namingRule, shortReliefName } from './style/spec.ts';
import { sameName } from '../shared/same-name.ts';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { dictionary } from '../i18n/dictionary.ts';
import { formatsFor } from '../i18n/format.ts';

/** One geometry layer: its id in the geometry file, its paint class, its paths. */
export interface SvgLayer {
  id: string;
  /** Paint class (`m-land-kazakhstan`), styled by src/styles/static-map.css or resolved from a palette. */
  cls: string;
  paths: string[];
  /** Draw the same geometry again as another layer (casing under a line) by this id. */
  reuse?: string;
}
export interface SvgDot {
  kind: 'settlement' | 'town' | 'capital' | 'peak';
  cls: string;
  at: Point;
  r: number;
  name: string;
}
export interface SvgCrossing {
  id: string;
  name: string;
  number: number;
  mode: CrossingMode;
  restricted: boolean;
  url: string;
  /** True position. */
  at: Point;
  /** Where the marker is drawn (moved off `at` when it would cover another marker). */
  drawn: Point;
  moved: boolean;
  r: number;
  /** Position not the crossing point itself: drawn with an uncertainty halo. */
  approximate: boolean;
  /** Newest status reading past the currency rule: drawn muted. */
  stale: boolean;
}
export interface SvgLabel extends PlacedLabel {
  cls: string;
}
export interface SvgInset {
  x: number;
  y: number;
  width: number;
  height: number;
  layers: SvgLayer[];
  /** The crossing in inset coordinates. */
  at: Point;
}
/** A map drawn to plain SVG primitives. */
export interface SvgMap {
  view: string;
  /** The edition whose words the map's labels and names are in. */
  locale: Locale;
  width: number;
  height: number;
  layers: SvgLayer[];
  dots: SvgDot[];
  crossings: SvgCrossing[];
  labels: SvgLabel[];
  /** Labels that found no free place (ids), for the build report and tests. */
  dropped: string[];
  /** Every placed name with the spec's rule that chose it (style/spec.ts `namingRule`). */
  named: { text: string; kind: string; rule: string }[];
  /** Settlements marked with a letter where their name found no room, for the map's key. */
  lettered: { letter: string; name: string }[];
  /** Crossings left undrawn on a plate that cannot hold them all (src/map/marker-thinning.ts), for the map's key. */
  thinnedCrossings: number;
  /** Font size of the smallest label, map units (6.5 pt at the print width). */
  minFont: number;
  /** A round distance, its length on the map and where the bar starts. */
  scale: { km: number; px: number; x: number; y: number };
  credit: { x: number; y: number };
  inset: SvgInset | null;
  selected: string | null;
}

export interface SvgMapOptions {
  width?: number;
  height?: number;
  /** Blank margin around the view's bounds, px. */
  padding?: number;
  /** Width the map prints at, pt (the smallest label is 6.5 pt there). */
  printWidthPt?: number;
  /** Crossing drawn as selected (and located in the inset). */
  selected?: string | null;
  /** Leave out context labels and towns (small previews). */
  labels?: boolean;
  /** A plate drawn for a screen width (style/spec.ts `PLATES`): smallest label and marker size from it, and the scale bands read at that width. */
  plate?: keyof typeof PLATES | null;
}

/** Size of each kind of static map: border and crossing maps print beside a summary box (≈ 105 mm), the others across the page (≈ 180 mm). */
export function staticMapSize(kind: 'wide' | 'sheet'): Required<Pick<SvgMapOptions, 'width' | 'height' | 'printWidthPt'>> {
  return kind === 'sheet' ? { width: 600, height: 375, printWidthPt: 298 } : { width: 1000, height: 625, printWidthPt: 510 };
}

/** The smallest label on paper, pt (style/spec.ts). */
export const MIN_PRINT_PT = MIN_LABEL.printPt;

/**
 * d3 winds polygons clockwise and reads RFC 7946 (counter-clockwise) rings as
 * "everything except this": a ring that covers more than a hemisphere is reversed.
 */
function d3Winding<G extends Polygon | MultiPolygon>(feature: Feature<G>): Feature<G> {
  // Part by part: simplification can turn one small part of a multipolygon the other way round.
  const fix = (rings: number[][][]): number[][][] =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  const geometry =
    feature.geometry.type === 'Polygon'
      ? { ...feature.geometry, coordinates: fix(feature.geometry.coordinates) }
      : { ...feature.geometry, coordinates: (feature.geometry as MultiPolygon).coordinates.map(fix) };
  return { ...feature, geometry: geometry as G };
}

const round = (n: number) => Math.round(n * 10) / 10;

function projectionFor([west, south, east, north]: readonly number[], width: number, height: number, padding: number): GeoProjection {
  const centre: Point = [(west! + east!) / 2, (south! + north!) / 2];
  const frame: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      [west!, south!],
      [west!, north!],
      [east!, south!],
      [east!, north!],
      [centre[0], north!],
      [centre[0], south!],
    ],
  };
  return geoConicConformal()
    .parallels([south! + (north! - south!) / 6, north! - (north! - south!) / 6])
    .rotate([-centre[0], 0])
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

/** Pixels per degree of longitude at the frame's centre: decides how much context a view can carry. */
const densityOf = (bounds: readonly number[], width: number) => width / (bounds[2]! - bounds[0]!);

/** What every stage of drawing one view shares: its size, projection, plate, smallest label and naming rule at its scale. */
interface Drawing {
  data: MapData;
  width: number;
  height: number;
  labels: boolean;
  words: ReturnType<typeof dictionary>['maps'];
  formats: ReturnType<typeof formatsFor>;
  projection: GeoProjection;
  path: ReturnType<typeof geoPath>;
  screen: (typeof PLATES)[keyof typeof PLATES] | null;
  unitsPerPx: number;
  minFont: number;
  simple: <F extends Feature<Polygon | MultiPolygon> | Feature<LineString | MultiLineString>>(f: F) => F;
  inFrame: (p: [number, number] | null, m?: number) => p is [number, number];
  point: (lonLat: Position) => Point | null;
  candidate: (p: MapContextProperties | LabelProperties) => boolean;
  labelStyle: (extra?: Partial<TextStyle>) => TextStyle;
  /** A label's style from its class in the spec. */
  classStyle: (c: keyof typeof LABEL_CLASSES) => TextStyle;
}

/** Projects a map view to SVG primitives, places every label, spreads crowded markers. */
export function drawSvgMap(
  data: MapData,
  { width = 1000, height = 625, padding = 16, printWidthPt = 510, selected = null, labels = true, plate = null }: SvgMapOptions = {},
): SvgMap {
  const drawing = drawingOf(data, { width, height, padding, printWidthPt, labels, plate });
  const layers = geometryLayers(drawing);
  const { scaleBar, credit, reserved } = furniture(drawing);
  const { crossings, thinned } = crossingMarkers(drawing);
  const inset = insetOf(drawing, crossings);
  if (inset) reserved.push({ x0: inset.x - 2, y0: inset.y - 2, x1: inset.x + inset.width + 2, y1: inset.y + inset.height + 2 });
  const { requests, rules, dots, obstacles } = labelRequests(drawing, crossings, reserved);
  const { placement, lettered } = placeWithLetters(drawing, requests, obstacles);
  for (const l of placement.placed) {
    if (l.symbolAt && l.symbol) {
      const kind = l.kind === 'capital' ? 'capital' : l.kind === 'peak' ? 'peak' : 'town';
      dots.push({ kind, cls: kind === 'peak' ? 'm-peak' : kind === 'capital' ? 'm-capital' : 'm-town', at: l.symbolAt, r: l.symbol, name: l.text });
    }
  }
  return {
    view: data.view,
    locale: data.locale ?? SOURCE_LOCALE,
    width,
    height,
    layers,
    dots,
    crossings,
    labels: placement.placed.map((l) => ({ ...l, cls: LABEL_CSS[l.kind] ?? 'm-label' })),
    dropped: placement.dropped.map((d) => d.id),
    named: placement.placed.filter((l) => l.kind !== 'letter').map((l) => ({ text: l.text, kind: l.kind, rule: rules.get(l.id) ?? '' })),
    lettered,
    thinnedCrossings: thinned,
    minFont: drawing.minFont,
    scale: scaleBar,
    credit,
    inset,
    selected: selected ?? null,
  };
}

/** The shared state of a drawing: projection, plate, smallest label, simplification, naming at this scale. */
function drawingOf(
  data: MapData,
  { width, height, padding, printWidthPt, labels, plate }: Required<Pick<SvgMapOptions, 'width' | 'height' | 'padding' | 'printWidthPt' | 'labels' | 'plate'>>,
): Drawing {
  const locale = data.locale ?? SOURCE_LOCALE;
  const words = dictionary(locale).maps;
  const formats = formatsFor(locale);
  const projection = projectionFor(data.bounds, width, height, padding);
  const path = geoPath(projection).digits(1);
  const screen = plate ? PLATES[plate] : null;
  // Map units per CSS pixel on the plate's screen; the print size otherwise.
  const unitsPerPx = screen ? width / screen.cssWidth : 0;
  const minFont = screen ? Math.ceil(screen.minPx * unitsPerPx * 2) / 2 : Math.ceil(((MIN_PRINT_PT * width) / printWidthPt) * 2) / 2;
  // Detail finer than about a pixel cannot be seen but would weigh on every file: drop it.
  const tolerance = (data.bounds[2] - data.bounds[0]) / width;
  const simple = <F extends Feature<Polygon | MultiPolygon> | Feature<LineString | MultiLineString>>(f: F): F =>
    simplify(f, { tolerance, highQuality: false, mutate: false });
  const inFrame = (p: [number, number] | null, m = 0): p is [number, number] => !!p && p[0] >= m && p[0] <= width - m && p[1] >= m && p[1] <= height - m;
  const point = (lonLat: Position): Point | null => {
    const p = projection([lonLat[0] ?? 0, lonLat[1] ?? 0]);
    return inFrame(p) ? [round(p[0]), round(p[1])] : null;
  };
  const density = densityOf(data.bounds, screen ? screen.cssWidth : width);
  /** The spec's naming rule for a context feature or area label at this map's scale. */
  const candidate = (p: MapContextProperties | LabelProperties): boolean =>
    p.kind !== 'country' && p.kind !== 'region' && isCandidate({ ...p, capital: p.kind === 'town' ? p.capital : null }, density);
  const labelStyle = (extra: Partial<TextStyle> = {}): TextStyle => ({ size: minFont, ...extra });
  const classStyle = (c: keyof typeof LABEL_CLASSES): TextStyle => {
    const k: { size: number; bold?: boolean; italic?: boolean; letterSpacing?: number } = LABEL_CLASSES[c];
    return labelStyle({
      size: Math.round(minFont * k.size * 2) / 2,
      ...(k.bold ? { bold: true } : {}),
      ...(k.italic ? { italic: true } : {}),
      ...(k.letterSpacing ? { letterSpacing: minFont * k.letterSpacing } : {}),
    });
  };
  return {
    data,
    width,
    height,
    labels,
    words,
    formats,
    projection,
    path,
    screen,
    unitsPerPx,
    minFont,
    simple,
    inFrame,
    point,
    candidate,
    labelStyle,
    classStyle,
  };
}

/** The geometry layers, bottom to top. */
function geometryLayers({ data, path, simple, candidate }: Drawing): SvgLayer[] {
  const polys = (features: Feature<Polygon | MultiPolygon>[]) => features.map((f) => path(d3Winding(simple(f))) ?? '').filter((d) => d !== '');
  const lines = (features: Feature<LineString | MultiLineString>[]) => features.map((f) => path(simple(f)) ?? '').filter((d) => d !== '');
  const byRole = (role: string) => polys(data.countries.features.filter((f) => f.properties.role === role));
  const context = data.context?.features ?? [];
  const lakes = context.filter(
    (f): f is Feature<Polygon | MultiPolygon, Extract<MapContextProperties, { kind: 'lake' }>> => f.properties.kind === 'lake' && candidate(f.properties),
  );
  const rivers = context.filter(
    (f): f is Feature<LineString | MultiLineString, Extract<MapContextProperties, { kind: 'river' }>> =>
      f.properties.kind === 'river' && candidate(f.properties),
  );
  const emphasis = data.borders.features.filter((f) => f.properties.emphasis);
  const layers: SvgLayer[] = [
    { id: 'land-context', cls: 'm-land-context', paths: byRole('context') },
    { id: 'land-neighbour', cls: 'm-land-neighbour', paths: byRole('neighbour') },
    { id: 'land-kazakhstan', cls: 'm-land-kazakhstan', paths: byRole('kazakhstan') },
    { id: 'regions-kazakh', cls: 'm-region-kazakh', paths: polys(data.regions.features.filter((f) => f.properties.side === 'kazakh')) },
    { id: 'regions-neighbour', cls: 'm-region-neighbour', paths: polys(data.regions.features.filter((f) => f.properties.side === 'neighbour')) },
    { id: 'lakes', cls: 'm-lake', paths: polys(lakes) },
    { id: 'borders-other', cls: 'm-border-other', paths: lines(data.borders.features.filter((f) => !f.properties.emphasis)) },
    { id: 'border', cls: 'm-border-casing', paths: lines(emphasis) },
    // Rivers between the casing and the line: where the border follows a river, the river's blue shows in the line's gaps.
    { id: 'rivers-major', cls: 'm-river-major', paths: lines(rivers.filter((f) => f.properties.rank <= 4)) },
    { id: 'rivers-minor', cls: 'm-river-minor', paths: lines(rivers.filter((f) => f.properties.rank > 4)) },
    { id: 'border-line', cls: 'm-border', paths: [], reuse: 'border' },
  ].filter((l) => l.paths.length > 0 || l.reuse);
  return layers;
}

/** Reserved corners: scale bar bottom left, credit bottom right (the inset takes the emptiest other corner). */
function furniture({ width, height, projection, minFont, words, formats, labelStyle }: Drawing): {
  scaleBar: SvgMap['scale'];
  credit: SvgMap['credit'];
  reserved: Box[];
} {
  const scaleBar = (() => {
    const [x, y] = [width / 2, height / 2];
    const a = projection.invert?.([x - 50, y]);
    const b = projection.invert?.([x + 50, y]);
    const kmPerPx = a && b ? (geoDistance(a, b) * 6371.0088) / 100 : 1;
    const km = [...FURNITURE.scaleKm].reverse().find((k) => k / kmPerPx <= width * FURNITURE.scaleShare) ?? FURNITURE.scaleKm[0];
    return { km, px: round(km / kmPerPx), x: 14, y: height - 14 };
  })();
  const scaleBox: Box = {
    x0: 4,
    y0: scaleBar.y - minFont - 10,
    x1: scaleBar.x + scaleBar.px + 12 + textWidth(words.scale(scaleBar.km, formats), labelStyle()),
    y1: height - 2,
  };
  const creditText = FURNITURE.credit;
  const creditBox: Box = { x0: width - 8 - textWidth(creditText, labelStyle()) - 2, y0: height - 8 - minFont * 1.1, x1: width - 2, y1: height - 2 };
  const credit = { x: width - 8, y: height - 8 };
  return { scaleBar, credit, reserved: [scaleBox, creditBox] };
}

/** Crossings: markers that would overlap are spread apart, tethered to their true position. */
function crossingMarkers({ data, width, height, point, screen, unitsPerPx, labelStyle }: Drawing): { crossings: SvgCrossing[]; thinned: number } {
  const numberStyle = labelStyle({ bold: true });
  // Wide enough for a two-digit number; on a screen plate, markers at least the plate's gap apart.
  const r = Math.max(Math.ceil(textWidth('88', numberStyle) / 2 + 2), screen ? Math.ceil((screen.markerGapPx * unitsPerPx) / 2) : 0);
  const projectedCrossings = data.crossings.features.flatMap((f) => {
    const at = point(f.geometry.coordinates);
    return at ? [{ f, at, number: f.properties.number }] : [];
  });
  const thinned = thinMarkers(projectedCrossings, 2 * r + 2);
  const rawCrossings = thinned.kept.map((i) => projectedCrossings[i]!);
  const spread = spreadMarkers(
    rawCrossings.map(({ f, at }) => ({ id: f.properties.id, at, r })),
    { width, height, margin: 3 },
  );
  const crossings: SvgCrossing[] = rawCrossings.map(({ f }, i) => {
    const s = spread[i]!;
    const p = f.properties;
    return {
      id: p.id,
      name: p.name,
      number: p.number,
      mode: crossingMode(p.primaryMode),
      restricted: p.restricted,
      url: p.url,
      at: s.at,
      drawn: s.drawn,
      moved: s.moved,
      r,
      approximate: p.approximate,
      stale: p.stale,
    };
  });
  return { crossings, thinned: thinned.omitted };
}

/** Inset (crossing views): the whole border with the crossing on it, in the emptiest corner. */
function insetOf({ data, width, height, minFont, point }: Drawing, crossings: readonly SvgCrossing[]): SvgInset | null {
  let inset: SvgInset | null = null;
  const focus = data.focus;
  if (focus) {
    const line = data.borders.features.find((f) => f.properties.id === focus.border);
    const kz = data.insetLand;
    if (line && kz) {
      const w = Math.round(width * FURNITURE.insetShare);
      const h = Math.round(w * 0.62);
      const corners: Array<[number, number]> = [
        [width - w - 6, 6],
        [6, 6],
        [width - w - 6, height - h - 6 - minFont * 1.6],
      ];
      // What the inset would cover: crossings, settlements, and (counted twice, as a name needs
      // more room than a dot) the points where the countries' names go.
      const projected = (coordinates: number[]): Array<[number, number]> => {
        const p = point(coordinates);
        return p ? [p] : [];
      };
      const dots = [...crossings.map((c) => c.drawn), ...data.settlements.features.flatMap((s) => projected(s.geometry.coordinates))];
      const countryNames = (data.labels?.features ?? []).filter((f) => f.properties.kind === 'country').flatMap((f) => projected(f.geometry.coordinates));
      const crowd = (x: number, y: number) => {
        const inside = ([px, py]: readonly [number, number]): boolean => px >= x - 20 && px <= x + w + 20 && py >= y - 20 && py <= y + h + 20;
        return dots.filter(inside).length + 2 * countryNames.filter(inside).length;
      };
      const [x, y] = corners.map((c) => [c, crowd(c[0], c[1])] as const).sort((a, b) => a[1] - b[1])[0]![0];
      const [lw, ls, le, ln] = lineBounds(line);
      const ip = projectionFor([lw - 1, ls - 0.6, le + 1, ln + 0.6], w, h, 6);
      const ipath = geoPath(ip).digits(1);
      const tol = (le - lw + 2) / w;
      const isimple = <F extends Feature<Polygon | MultiPolygon> | Feature<LineString | MultiLineString>>(f: F): F =>
        simplify(f, { tolerance: tol, highQuality: false, mutate: false });
      const at = ip([focus.at[0], focus.at[1]]) ?? [w / 2, h / 2];
      inset = {
        x,
        y,
        width: w,
        height: h,
        layers: [
          {
            id: 'inset-land',
            cls: 'm-land-neighbour',
            paths: kz.features
              .filter((f) => f.properties.role !== 'kazakhstan')
              .map((f) => ipath(d3Winding(isimple(f))) ?? '')
              .filter(Boolean),
          },
          {
            id: 'inset-kazakhstan',
            cls: 'm-land-kazakhstan',
            paths: kz.features
              .filter((f) => f.properties.role === 'kazakhstan')
              .map((f) => ipath(d3Winding(isimple(f))) ?? '')
              .filter(Boolean),
          },
          { id: 'inset-border', cls: 'm-inset-border', paths: [ipath(isimple(line)) ?? ''].filter(Boolean) },
        ],
        at: [round(at[0]), round(at[1])],
      };
    }
  }
  return inset;
}

/** A view's label requests, and why each is named (style/spec.ts `namingRule`), by request id. */
interface Requests {
  list: LabelRequest[];
  rules: Map<string, string>;
  add: (r: LabelRequest, rule: string) => void;
}
const newRequests = (): Requests => {
  const list: LabelRequest[] = [];
  const rules = new Map<string, string>();
  return { list, rules, add: (r, rule) => (rules.set(r.id, rule), list.push(r)) };
};

/** Every label the view asks for, the dots of its settlements and the boxes no label may cover. */
function labelRequests(
  drawing: Drawing,
  crossings: readonly SvgCrossing[],
  reserved: readonly Box[],
): { requests: LabelRequest[]; rules: Map<string, string>; dots: SvgDot[]; obstacles: Box[] } {
  const obstacles: Box[] = [...reserved];
  for (const c of crossings) {
    obstacles.push(circleBox(c.drawn, c.r + 1));
    if (c.moved) obstacles.push(circleBox(c.at, 2.5), ...segmentBoxes(c.at, c.drawn, 1));
  }
  const requests = newRequests();
  const { dots, settlementPoints } = settlementRequests(drawing, requests, obstacles);
  viewLabelRequests(drawing, requests);
  if (drawing.labels) contextRequests(drawing, requests, settlementPoints);
  return { requests: requests.list, rules: requests.rules, dots, obstacles };
}

/** The atlas's settlements: a dot each and a name with a leader where it must move off the dot. */
function settlementRequests({ data, point, classStyle }: Drawing, requests: Requests, obstacles: Box[]): { dots: SvgDot[]; settlementPoints: Point[] } {
  const dots: SvgDot[] = [];
  const settlementPoints: Point[] = [];
  const settlementR = 3.5;
  const capitals = (data.context?.features ?? [])
    .filter((f) => f.properties.kind === 'town' && f.properties.capital === 'country')
    .map((f) => f.properties as { name: string; nameEn: string });
  const isCapital = (name: string) => capitals.some((c) => sameName(c.name, name) || sameName(c.nameEn, name));
  for (const s of data.settlements.features) {
    const at = point(s.geometry.coordinates);
    if (!at) continue;
    settlementPoints.push(at);
    const cls = s.properties.side === 'kazakh' ? 'm-settlement-kazakh' : 'm-settlement-neighbour';
    dots.push({ kind: 'settlement', cls, at, r: settlementR, name: s.properties.name });
    obstacles.push(circleBox(at, settlementR + 0.5));
    const capital = isCapital(s.properties.name);
    requests.add(
      {
        type: 'point',
        id: `settlement-${s.properties.id}`,
        kind: capital ? 'capital' : 'settlement',
        text: s.properties.name,
        style: classStyle(capital ? 'capital' : 'settlement'),
        priority: capital ? LABEL_CLASSES.capital.priority : labelPriority({ kind: 'settlement' }),
        at,
        symbol: settlementR,
        leader: true,
      },
      capital ? 'national capital' : namingRule({ kind: 'settlement' }),
    );
  }
  return { dots, settlementPoints };
}

/** The view's label anchors: countries, regions, named areas and lakes. */
function viewLabelRequests({ data, labels, point, candidate, classStyle }: Drawing, { add: request }: Requests): void {
  for (const f of data.labels?.features ?? []) {
    const p = f.properties;
    const at = point(f.geometry.coordinates);
    if (!at || !p.name) continue;
    if (p.kind === 'country') {
      const style = classStyle(p.role === 'kazakhstan' ? 'kazakhstan' : p.role === 'neighbour' ? 'neighbour' : 'country');
      request({ type: 'area', id: `country-${p.name}`, kind: 'country', text: p.name.toUpperCase(), style, priority: p.priority, at }, 'country of the view');
    } else if (p.kind === 'region') {
      request(
        { type: 'area', id: `region-${p.name}`, kind: 'region', text: p.name, style: classStyle('region'), priority: p.priority, at },
        'region of the border',
      );
    } else if (labels && candidate(p)) {
      const style = classStyle(p.kind === 'area' ? 'area' : 'water');
      const alternatives =
        p.kind === 'area'
          ? (p.alt ?? []).flatMap((a): Point[] => {
              const q = point(a);
              return q ? [q] : [];
            })
          : [];
      const short = p.kind === 'area' ? shortReliefName(p.name) : null;
      const r: LabelRequest = {
        type: 'area',
        id: `${p.kind}-${p.name}`,
        kind: p.kind,
        text: p.name,
        style,
        priority: p.priority,
        at,
        alternatives,
        ...(short ? { shortText: short } : {}),
      };
      request(r, namingRule(p, p.featured));
    }
  }
}

/** Context features by the spec's rule at this scale: rivers along their course, towns and peaks beside their dot. */
function contextRequests(
  { data, projection, inFrame, point, candidate, classStyle, words, formats }: Drawing,
  { add: request }: Requests,
  settlementPoints: readonly Point[],
): void {
  const settlementNames = data.settlements.features.map((s) => s.properties.name);
  const reliefShortNames = (data.labels?.features ?? []).flatMap((f) =>
    f.properties.kind === 'area' && f.properties.name ? [shortReliefName(f.properties.name) ?? f.properties.name] : [],
  );
  for (const f of data.context?.features ?? []) {
    const p = f.properties;
    // A feature the edition has no name for is drawn unlabelled (src/map/localize-map.ts).
    if (!p.name || !candidate(p)) continue;
    const rule = namingRule({ ...p, capital: p.kind === 'town' ? p.capital : null }, p.featured);
    if (p.kind === 'river') {
      const run = projectedRuns(projection, f.geometry as LineString | MultiLineString, inFrame)[0];
      if (run && run.length > 1)
        request({ type: 'line', id: `river-${p.name}`, kind: 'river', text: p.name, style: classStyle('water'), priority: p.priority, line: run }, rule);
    } else if (p.kind === 'town') {
      const at = point((f.geometry as { coordinates: Position }).coordinates);
      if (!at) continue;
      // The atlas's own settlements already name this place.
      if (settlementPoints.some((s) => Math.hypot(s[0] - at[0], s[1] - at[1]) < 8)) continue;
      if (settlementNames.some((n) => sameName(n, p.name) || sameName(n, p.nameEn))) continue;
      // A town named like a range's short name (Altay) would read as the same label twice.
      if (reliefShortNames.some((n) => sameName(n, p.name))) continue;
      const capital = p.capital === 'country';
      const style = classStyle(capital ? 'capital' : 'town');
      const id = `town-${p.name}-${p.country}`;
      request(
        {
          type: 'point',
          id,
          kind: capital ? 'capital' : 'town',
          text: p.name,
          style,
          priority: p.priority,
          at,
          symbol: capital ? 3.5 : 2.5,
          symbolOptional: true,
          leader: capital,
        },
        rule,
      );
    } else if (p.kind === 'peak') {
      const at = point((f.geometry as { coordinates: Position }).coordinates);
      if (!at) continue;
      const text = words.peak(p.name, p.elevation, formats);
      request(
        { type: 'point', id: `peak-${p.name}`, kind: 'peak', text, style: classStyle('peak'), priority: p.priority, at, symbol: 4, symbolOptional: true },
        rule,
      );
    }
  }
}

/** CSS class of a placed label, by kind. */
const LABEL_CSS: Record<string, string> = {
  country: 'm-label-country',
  region: 'm-label-region',
  settlement: 'm-label',
  town: 'm-label',
  capital: 'm-label m-label-capital',
  river: 'm-label-water',
  lake: 'm-label-water',
  area: 'm-label-relief',
  peak: 'm-label',
  letter: 'm-label m-label-letter',
};

/** Places the labels; settlements whose names found no room get a letter beside the dot, spelled out in the map's key. */
function placeWithLetters({ width, height }: Drawing, requests: LabelRequest[], obstacles: Box[]): { placement: Placement; lettered: SvgMap['lettered'] } {
  const placement = placeLabels(requests, { width, height, obstacles, gap: 1.5 });
  const unnamed = placement.dropped.filter(
    (r): r is Extract<LabelRequest, { type: 'point' }> => r.type === 'point' && !r.symbolOptional && (r.kind === 'settlement' || r.kind === 'capital'),
  );
  const lettered: SvgMap['lettered'] = [];
  if (unnamed.length > 0) {
    const ordered = [...unnamed].sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.id.localeCompare(b.id));
    // Placed with the widest capitals as stand-ins: the code each gets (in placement order, below) is
    // only known afterwards, and whatever it is, its text then fits inside the box placed.
    const widest = 'W'.repeat(letterCode(ordered.length - 1).length);
    const letters = ordered.map((r) => ({ ...r, id: `${r.id}-letter`, kind: 'letter', text: widest, name: r.text }));
    const second = placeLabels(letters, { width, height, obstacles: [...obstacles, ...placement.placed.map((l) => l.box)], gap: 1 });
    const names = new Map(letters.map((l) => [l.id, l.name]));
    let n = 0;
    for (const l of second.placed) {
      // Letters are given again in placement order so the key runs A, B, C without gaps.
      const code = letterCode(n++);
      lettered.push({ letter: code, name: names.get(l.id)! });
      placement.placed.push({ ...l, text: code });
    }
    const placedIds = new Set(second.placed.map((l) => l.id.replace(/-letter$/, '')));
    placement.dropped = placement.dropped.filter((d) => !placedIds.has(d.id));
  }
  return { placement, lettered };
}

/** A, B, … Z, then AA, AB, … */
const letterCode = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : letterCode(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

function lineBounds(f: Feature<LineString | MultiLineString>): [number, number, number, number] {
  const pts = f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat();
  const xs = pts.map((p) => p[0]!);
  const ys = pts.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** A line's stretches inside the frame, projected, longest first (for placing its name). */
function projectedRuns(projection: GeoProjection, g: LineString | MultiLineString, inFrame: (p: [number, number] | null, m?: number) => boolean): Point[][] {
  const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  const runs: Point[][] = [];
  for (const part of parts) {
    let run: Point[] = [];
    for (const c of part) {
      const p = projection([c[0]!, c[1]!]);
      if (p && inFrame(p, 4)) run.push([p[0], p[1]]);
      else {
        if (run.length > 1) runs.push(run);
        run = [];
      }
    }
    if (run.length > 1) runs.push(run);
  }
  const len = (r: Point[]) => r.reduce((s, p, i) => (i ? s + Math.hypot(p[0] - r[i - 1]![0], p[1] - r[i - 1]![1]) : 0), 0);
  return runs.sort((a, b) => len(b) - len(a));
}

const cache = new WeakMap<MapData, Map<string, SvgMap>>();
/** `drawSvgMap`, computed once per view data and options in a build (pages and geometry files share it). */
export function drawSvgMapCached(data: MapData, options: SvgMapOptions): SvgMap {
  const key = JSON.stringify(options);
  let byOptions = cache.get(data);
  if (!byOptions) cache.set(data, (byOptions = new Map()));
  let map = byOptions.get(key);
  if (!map) byOptions.set(key, (map = drawSvgMap(data, options)));
  return map;
}

/** Views drawn across the page; the others (borders, crossings) print beside a summary box. */
const WIDE_VIEWS = new Set(['overview', 'crossings', 'migration-study']);

/**
 * The static map of a view as pages show it: size by kind of page, the selected crossing, cached.
 * With a plate (`phone`), the same frame and geometry drawn for that screen: fewer, larger labels
 * by the same spec, markers farther apart.
 */
export function staticMapFor(data: MapData, selected: string | null = data.focus?.crossing ?? null, plate: keyof typeof PLATES | null = null): SvgMap {
  return drawSvgMapCached(data, { ...staticMapSize(WIDE_VIEWS.has(data.view) ? 'wide' : 'sheet'), selected, ...(plate ? { plate } : {}) });
}
