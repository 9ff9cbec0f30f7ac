/**
 * The cartographic spec: what a map names and how, in one place. The static SVG placer
 * (src/map/svg-map.ts) and the MapLibre layers (layers.ts) both read it, so a change of rule is one
 * edit here; tests/unit/map-spec.test.ts shows both renderers name the same features for a view.
 *
 * - Scale bands: how many towns, rivers, lakes, named areas and peaks a view carries, by Natural
 *   Earth rank, measured in pixels per degree of longitude (the static map's density; the live map's
 *   zoom converts to the same measure with `zoomForDensity`).
 * - Relevance: a feature that crosses or follows the view's border, or lies within `RELEVANCE_KM` of
 *   it, is named whatever its rank and before any bigger feature far away (computed at build time in
 *   src/map/relevance.ts and carried as the `relevance` property). Countries and capitals stay first.
 * - Label classes: priority (lower first), size as a multiple of the map's smallest size, weight,
 *   style.
 * - Furniture: the credit line, the scale bar's round distances, the inset's share of the width.
 *
 * Browser-safe: no node, no turf, no d3.
 */

/** Context kinds whose labels depend on scale. */
export type ScaledKind = 'town' | 'river' | 'lake' | 'area' | 'peak';

/** How a feature relates to the view's border: on it (crosses, follows, contains it) or near it. */
export type Relevance = 'on' | 'near';

/** Highest Natural Earth rank each kind may have to be named, from a density (px per degree of longitude) up. */
export const SCALE_BANDS: readonly { fromDensity: number; ranks: Readonly<Record<ScaledKind, number>> }[] = [
  { fromDensity: 0, ranks: { town: 4, river: 5, lake: 4, area: 3, peak: 0 } },
  { fromDensity: 30, ranks: { town: 6, river: 7, lake: 6, area: 4, peak: 5 } },
  { fromDensity: 60, ranks: { town: 7, river: 9, lake: 9, area: 5, peak: 7 } },
  { fromDensity: 120, ranks: { town: 10, river: 10, lake: 10, area: 6, peak: 10 } },
];

/** Distance from the view's border within which a feature counts as near it, km. */
export const RELEVANCE_KM = { on: 4, near: 25 } as const;

/** Density of a web-mercator zoom (512 px tiles) at the equator's scale of longitude. */
export const densityAtZoom = (zoom: number): number => (512 * 2 ** zoom) / 360;
/** The zoom at which the live map reaches a density. */
export const zoomForDensity = (density: number): number => Math.log2((density * 360) / 512);

/** The rank limits of a density. */
export function ranksAt(density: number): Readonly<Record<ScaledKind, number>> {
  return [...SCALE_BANDS].reverse().find((b) => density >= b.fromDensity)!.ranks;
}

/** What the naming rule needs to know about a feature. */
export interface NameFacts {
  kind: ScaledKind;
  rank: number;
  capital?: 'country' | 'region' | null;
  relevance?: Relevance | null;
}

/** The rule: a national capital or a feature on or near the view's border is always a candidate; others by rank and scale. */
export function isCandidate(f: NameFacts, density: number): boolean {
  if (f.capital === 'country' || f.relevance) return true;
  return f.rank <= ranksAt(density)[f.kind];
}

/** Why a candidate is named (for the map's notes and the build report). */
export function namingRule(f: NameFacts | { kind: 'country' | 'region' | 'settlement' }, featured = false): string {
  if (featured) return 'the data names it as defining the border';
  if (!('rank' in f)) return f.kind === 'settlement' ? 'listed settlement of the border' : `${f.kind} of the view`;
  if (f.capital === 'country') return 'national capital';
  if (f.relevance === 'on') return `on the border (within ${RELEVANCE_KM.on} km: follows, crosses or contains it)`;
  if (f.relevance === 'near') return `near the border (within ${RELEVANCE_KM.near} km)`;
  return `large enough for the scale (rank ${f.rank})`;
}

/** Label classes: priority base (lower first), size as a multiple of the smallest label, weight and style. */
export const LABEL_CLASSES = {
  kazakhstan: { priority: 0, size: 1.4, bold: true, letterSpacing: 0.12, liveSize: 14 },
  neighbour: { priority: 1, size: 1.15, letterSpacing: 0.12, liveSize: 12 },
  country: { priority: 2, size: 1.15, letterSpacing: 0.12, liveSize: 12 },
  capital: { priority: 3, size: 1, bold: true, liveSize: 12 },
  featured: { priority: 4, size: 1, liveSize: 12 },
  region: { priority: 5, size: 1, liveSize: 12 },
  on: { priority: 6, size: 1, liveSize: 12 },
  settlement: { priority: 10, size: 1, liveSize: 12 },
  near: { priority: 11, size: 1, liveSize: 12 },
  water: { priority: 14, size: 1, italic: true, liveSize: 12 },
  town: { priority: 20, size: 1, liveSize: 12 },
  area: { priority: 32, size: 1, italic: true, letterSpacing: 0.06, liveSize: 12 },
  peak: { priority: 45, size: 1, liveSize: 11 },
} as const satisfies Record<string, { priority: number; size: number; bold?: boolean; italic?: boolean; letterSpacing?: number; liveSize: number }>;

/** Properties a label's priority is decided from. */
export type PriorityFacts =
  { kind: 'country'; role: 'kazakhstan' | 'neighbour' | 'context' } | { kind: 'region' | 'settlement' } | (NameFacts & { featured?: boolean });

/**
 * Label priority (lower first): Kazakhstan, neighbours, other countries, capitals, the features the
 * data names, regions, features on the border, settlements, features near it, then the rest by size:
 * water, towns, named areas, peaks.
 */
export function labelPriority(p: PriorityFacts): number {
  if (p.kind === 'country') return LABEL_CLASSES[p.role === 'kazakhstan' ? 'kazakhstan' : p.role === 'neighbour' ? 'neighbour' : 'country'].priority;
  if (!('rank' in p)) return LABEL_CLASSES[p.kind].priority;
  if (p.capital === 'country') return LABEL_CLASSES.capital.priority;
  if (p.featured) return LABEL_CLASSES.featured.priority;
  // Within a class, the bigger feature first (a tenth of a step per rank keeps the classes apart).
  if (p.relevance) return LABEL_CLASSES[p.relevance].priority + p.rank / 20;
  switch (p.kind) {
    case 'lake':
    case 'river':
      return LABEL_CLASSES.water.priority + p.rank * 2;
    case 'town':
      return LABEL_CLASSES.town.priority + p.rank;
    case 'area':
      return LABEL_CLASSES.area.priority + p.rank;
    case 'peak':
      return LABEL_CLASSES.peak.priority + p.rank;
  }
}

/**
 * Spellings of one feature: the border data's name and Natural Earth's (transliterations differ).
 * Used only to match the data's defining features to the context layers.
 */
export const NAME_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  'Kyzylkum Desert': ['Qizilqum Desert'],
  'Altai Mountains': ['Altay Mountains'],
  'Dzungarian Alatau': ['Alataw Mts.'],
  Zaysan: ['Lake Zaysan'],
};

/**
 * A relief name without its generic term ("Altay Mountains" → "Altay"): both renderers' short form,
 * the static placer's last try where the full name finds no room. Null when there is nothing to drop.
 */
export function shortReliefName(name: string): string | null {
  const short = /^(.+?)\s+(Mountains|Mts\.?|Range|Ra\.|Hills|Plateau|Upland|Desert)$/.exec(name)?.[1];
  return short && short !== name ? short : null;
}

/** Map furniture: the credit, the scale bar's round distances, the inset's share of the map's width. */
export const FURNITURE = {
  credit: 'Natural Earth',
  scaleKm: [5, 10, 20, 25, 50, 100, 200, 250, 500, 1000],
  /** The scale bar is at most this share of the map's width. */
  scaleShare: 1 / 6,
  insetShare: 0.3,
} as const;

/**
 * Plates drawn for a screen, beside the print drawing (which also serves desktops, where the map
 * spans the text column): the CSS width the plate is drawn for, its smallest label and the least
 * distance between crossing markers, CSS px. The phone plate shows below `maxViewport` CSS px.
 */
export const PLATES = {
  phone: { cssWidth: 340, minPx: 10.5, markerGapPx: 24, maxViewport: 640 },
} as const;

/** Smallest label on paper, pt, and on a screen, CSS px. */
export const MIN_LABEL = { printPt: 6.5, screenPx: 10 } as const;
