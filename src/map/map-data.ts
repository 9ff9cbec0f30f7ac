import { bbox, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { isRestricted, primaryMode } from './style/symbology.ts';
import type { Atlas, Crossing } from '../schemas/index.ts';
import { buildDate, isStale, latestReading } from '../data/status.ts';
import { statusPhrase } from '../views/status.ts';
import type { BorderAnalysis } from '../geo/border-analysis.ts';
import type { GeoLayers } from '../data/geo-layers.ts';
import { borderIdsWithPage } from '../data/borders.ts';
import { clipCollection, growBounds, labelPoints } from './map-labels.ts';
import {
  STUDY_AREA_VIEW,
  type Bounds,
  type CrossingProperties,
  type LabelProperties,
  type MapContextProperties,
  type MapData,
  type Naming,
  type MapRegionProperties,
  type SettlementProperties,
} from './map-data.types.ts';
import { routes } from '../site/routes.ts';
import { NAME_VARIANTS, labelPriority, type Relevance } from './style/spec.ts';
import { layerRelevance, lineIndex, pointsInside } from './relevance.ts';
import { checkedName } from './name-check.ts';
import { nearbyCrossings } from './nearby-crossings.ts';
import { sameName } from '../shared/same-name.ts';

/** The Natural Earth layers written by `npm run data:geo`. */

/** A map view before its context, label anchors and clipping are added (`finishView`). */
export type ViewCore = Omit<MapData, 'context' | 'labels'>;

const pointFeature = <P>(lonLat: readonly [number, number], properties: P): Feature<Point, P> => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [lonLat[0], lonLat[1]] },
});

export const crossingLabel = (c: Crossing): string => `${c.kazakh.name} – ${c.neighbour.name}`;

/** How an edition links a crossing and words its status (English: the site's routes and src/views/status.ts). */
export interface CrossingWords {
  url: (id: string) => string;
  status: (reading: ReturnType<typeof latestReading>) => string;
}
const ENGLISH: CrossingWords = { url: routes.crossing, status: statusPhrase };

export function crossingFeature(c: Crossing, number: number, today: string = buildDate(), words: CrossingWords = ENGLISH): Feature<Point, CrossingProperties> {
  const reading = latestReading(c);
  return pointFeature(c.coordinates.lonLat, {
    id: c.id,
    name: crossingLabel(c),
    border: c.border,
    modes: [...c.modes],
    restrictions: [...c.restrictions],
    primaryMode: primaryMode(c.modes),
    url: words.url(c.id),
    number,
    restricted: isRestricted(c.restrictions),
    approximate: c.coordinates.precision !== 'crossing',
    status: words.status(reading),
    stale: isStale(reading.date, today),
  });
}

const pad = ([w, s, e, n]: number[], degrees: number): Bounds => [w! - degrees, s! - degrees / 2, e! + degrees, n! + degrees / 2];

/** Kazakhstan and all its borders, every crossing, no regions. For the home page and the directory. */
export function overviewMapData(view: 'overview' | 'crossings', atlas: Atlas, geo: GeoLayers, analyses: readonly BorderAnalysis[]): MapData {
  return finishView(overviewCore(view, atlas, geo, analyses), geo);
}
function overviewCore(view: 'overview' | 'crossings', atlas: Atlas, geo: GeoLayers, analyses: readonly BorderAnalysis[]): ViewCore {
  const covered = borderIdsWithPage(atlas.borders);
  const kazakhstan = geo.countries.features.find((f) => f.properties.iso === 'KZ');
  if (!kazakhstan) throw new Error('data/geo/countries.geojson has no Kazakhstan');
  return {
    view,
    bounds: pad(bbox(kazakhstan), 1.5),
    countries: geo.countries,
    borders: bordersLayer(atlas, geo, covered),
    regions: { type: 'FeatureCollection', features: [] },
    settlements: { type: 'FeatureCollection', features: [] },
    crossings: {
      type: 'FeatureCollection',
      // One sequence across all borders, so each number appears once on the map and in the directory.
      features: directoryOrder(analyses).map(({ crossing }, i) => crossingFeature(crossing, i + 1)),
    },
  };
}

/** The frame of a crossing's own map, centred on it. */
export const crossingFrame = ([lon, lat]: readonly [number, number]): Bounds => pad([lon, lat, lon, lat], 2.5);

/** One border with its regions, settlements and crossings; `focus` narrows the view to one crossing. */
export function borderMapData(atlas: Atlas, geo: GeoLayers, analysis: BorderAnalysis, focus?: Crossing): MapData {
  return finishView(borderCore(atlas, geo, analysis, focus), geo);
}
function borderCore(atlas: Atlas, geo: GeoLayers, analysis: BorderAnalysis, focus?: Crossing): ViewCore {
  const id = analysis.border.id;
  const line = geo.borders.features.find((f) => f.properties.id === id);
  if (!line) throw new Error(`data/geo/borders.geojson has no line "${id}"`);
  const polygons = new Map(geo.regions.features.map((f) => [f.properties.iso3166_2, f]));
  const regions = atlas.regions
    .filter((r) => r.borders.includes(id) && r.iso3166_2 !== null && polygons.has(r.iso3166_2))
    .map((r): Feature<Polygon | MultiPolygon, MapRegionProperties> => ({
      type: 'Feature',
      properties: { id: r.id, name: r.name, country: r.country, side: r.country === 'KZ' ? 'kazakh' : 'neighbour' },
      geometry: polygons.get(r.iso3166_2!)!.geometry,
    }));
  const settlements = atlas.settlements
    .filter((s) => s.borders.includes(id))
    .map((s) =>
      pointFeature<SettlementProperties>(s.coordinates.lonLat, {
        id: s.id,
        name: s.name,
        country: s.country,
        side: s.country === 'KZ' ? 'kazakh' : 'neighbour',
      }),
    );
  const bounds = focus ? crossingFrame(focus.coordinates.lonLat) : pad(bbox(line), 1);
  // A crossing's view carries only its nearest crossings within reach of its frame, so its cost does not grow with the border's count.
  const nearby = focus ? nearbyCrossings(analysis.crossings, focus.coordinates.lonLat, growBounds(bounds, 0.25, 1)) : null;
  return {
    view: focus?.id ?? id,
    bounds,
    countries: geo.countries,
    borders: bordersLayer(atlas, geo, new Set([id])),
    regions: { type: 'FeatureCollection', features: regions },
    settlements: { type: 'FeatureCollection', features: settlements },
    crossings: {
      type: 'FeatureCollection',
      features: (nearby?.shown ?? analysis.crossings).map((o) => crossingFeature(o.crossing, o.number)),
    },
    ...(nearby && nearby.omitted > 0 ? { omittedCrossings: nearby.omitted } : {}),
    featured: analysis.border.naturalFeatures.map((f) => f.name),
    relevantTo: id,
    ...(focus
      ? {
          focus: { crossing: focus.id, border: id, at: [focus.coordinates.lonLat[0], focus.coordinates.lonLat[1]] as [number, number] },
          insetLand: {
            type: 'FeatureCollection' as const,
            features: geo.countries.features.filter((f) => f.properties.iso === 'KZ' || f.properties.iso === analysis.border.neighbour),
          },
        }
      : {}),
  };
}

/**
 * Completes a view at build time: countries, regions and context clipped to the view (with room to
 * pan), and one label anchor per country, region, named area and lake, so the browser neither clips
 * nor searches for label points.
 */
export function finishView(core: ViewCore, geo: GeoLayers): MapData {
  const room = growBounds(core.bounds, 0.25, 1);
  // Detail below about a third of a pixel at the view's full width on a large screen is dropped.
  const tolerance = (core.bounds[2] - core.bounds[0]) / 3000;
  const countries = simplifyCollection(clipCollection(core.countries, room), tolerance);
  const regions = simplifyCollection(clipCollection(core.regions, room), tolerance);
  const naming = contextNaming(core, geo);
  // A lake whose name fails the check (src/map/name-check.ts) is drawn unnamed; a named area is left out of the labels.
  const named = geo.context.features.map((f, i) => {
    const p = f.properties;
    const name = p.kind === 'lake' ? { name: checkedName(p.name) } : {};
    return { ...f, properties: { ...p, ...name, ...naming[i]! } as MapContextProperties };
  });
  const areas = named.filter(
    (f): f is Feature<Polygon | MultiPolygon, Extract<MapContextProperties, { kind: 'area' | 'lake' }>> =>
      (f.properties.kind === 'area' && checkedName(f.properties.name) !== null) || (f.properties.kind === 'lake' && f.properties.name !== null),
  );
  const labelBox = growBounds(core.bounds, 0.05);
  const line = core.relevantTo ? geo.borders.features.find((f) => f.properties.id === core.relevantTo)?.geometry : undefined;
  /** A range the border runs through may also be named on the line, inside the range. */
  const alt = (f: Feature<Polygon | MultiPolygon, Naming>) =>
    line && f.properties.relevance === 'on' ? { alt: pointsInside(lineIndex(line), f.geometry, core.bounds) } : {};
  const labels: Feature<Point, LabelProperties>[] = [
    ...labelPoints(countries.features, labelBox, (f) => ({
      kind: 'country',
      name: f.properties.name,
      role: f.properties.role,
      priority: labelPriority({ kind: 'country', role: f.properties.role }),
    })),
    ...labelPoints(regions.features, labelBox, (f) => ({
      kind: 'region',
      name: f.properties.name,
      side: f.properties.side,
      priority: labelPriority({ kind: 'region' }),
    })),
    ...labelPoints(areas, labelBox, (f): LabelProperties => {
      const p = f.properties;
      const n = namingOf(p);
      return p.kind === 'area'
        ? { kind: 'area', name: p.name, class: p.class, rank: p.rank, ...n, ...alt(f) }
        : { kind: 'lake', name: p.name ?? '', rank: p.rank, ...n };
    }),
  ];
  const context = simplifyCollection(
    clipCollection({ type: 'FeatureCollection', features: named.filter((f) => f.properties.kind !== 'area').map(slimContext) }, room),
    tolerance,
  );
  const unmatched = (core.featured ?? []).filter((n) => !named.some((f) => f.properties.featured && matchesFeatured(n, f.properties.name ?? '')));
  return { ...core, countries, regions, context, labels: { type: 'FeatureCollection', features: labels }, ...(core.featured ? { unmatched } : {}) };
}

const namingOf = (p: Naming): Naming => ({
  priority: p.priority,
  ...(p.relevance ? { relevance: p.relevance } : {}),
  ...(p.featured ? { featured: true } : {}),
});

/** A featured name ("Lake Botkul", "Ural") and a Natural Earth name ("Botkul", "Ural River"?) name the same feature. */
const matchesFeatured = (featured: string, name: string): boolean =>
  (NAME_VARIANTS[featured] ?? []).some((v) => sameName(v, name)) ||
  sameName(featured, name) ||
  sameName(featured, `Lake ${name}`) ||
  sameName(`Lake ${featured}`, name) ||
  sameName(featured, name.replace(/ (River|Lake)$/i, ''));

/**
 * Priority, relevance to the view's border and whether the border's data names it, for every context
 * feature (style/spec.ts decides what these mean). Relevance is computed once per border (cached).
 */
function contextNaming(core: ViewCore, geo: GeoLayers): Naming[] {
  const line = core.relevantTo ? geo.borders.features.find((f) => f.properties.id === core.relevantTo) : undefined;
  const relevance: (Relevance | null)[] = line ? layerRelevance(geo.context.features, line.properties.id, line.geometry) : [];
  const featured = core.featured ?? [];
  return geo.context.features.map((f, i) => {
    const p = f.properties;
    const isFeatured = p.kind !== 'town' && p.kind !== 'peak' && p.name !== null && featured.some((n) => matchesFeatured(n, p.name!));
    const rel = relevance[i] ?? (isFeatured ? 'near' : null);
    const facts = { kind: p.kind, rank: p.rank, capital: p.kind === 'town' ? p.capital : null, relevance: rel, featured: isFeatured };
    return { priority: labelPriority(facts), ...(rel ? { relevance: rel } : {}), ...(isFeatured ? { featured: true as const } : {}) };
  });
}

/** Simplifies every polygon and line of a collection (points untouched). */
function simplifyCollection<G extends Geometry, P>(fc: FeatureCollection<G, P>, tolerance: number): FeatureCollection<G, P> {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) =>
      f.geometry.type === 'Point' ? f : (simplify(f as Feature<G, P> as never, { tolerance, highQuality: false, mutate: false }) as Feature<G, P>),
    ),
  };
}

/** A context feature with only what the maps draw (towns lose their search-only fields). */
function slimContext(f: Feature<Geometry, MapContextProperties>): Feature<Geometry, MapContextProperties> {
  const p = f.properties;
  if (p.kind !== 'town') return f;
  return {
    type: 'Feature',
    properties: {
      ...namingOf(p),
      kind: 'town',
      name: p.name,
      nameEn: p.nameEn,
      nameRu: null,
      country: p.country,
      region: null,
      rank: p.rank,
      population: 0,
      capital: p.capital,
    },
    geometry: f.geometry,
  };
}

function bordersLayer(atlas: Atlas, geo: GeoLayers, emphasised: ReadonlySet<string>): MapData['borders'] {
  const names = new Map(atlas.borders.map((b) => [b.id, b.name]));
  return {
    type: 'FeatureCollection',
    features: geo.borders.features.map((f) => ({
      type: 'Feature',
      properties: { id: f.properties.id, name: names.get(f.properties.id) ?? f.properties.id, emphasis: emphasised.has(f.properties.id) },
      geometry: f.geometry,
    })),
  };
}

/**
 * Every map view the site serves as a file: the overview, the directory, the migration study's area and
 * each border with a line. A crossing's interactive map loads its border's file and opens on the
 * crossing, so the files do not grow with the square of the number of crossings.
 */
export function mapViews(bordersWithLines: readonly string[]): string[] {
  return ['overview', 'crossings', STUDY_AREA_VIEW, ...bordersWithLines];
}

/** All crossings, border by border in the given order, west to east within each: the directory's order. */
export function directoryOrder(analyses: readonly BorderAnalysis[]): BorderAnalysis['crossings'] {
  return analyses.flatMap((a) => a.crossings);
}
