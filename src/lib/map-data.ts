import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { Atlas, Crossing } from '../schemas/index.ts';
import type { BorderAnalysis } from './border-analysis.ts';
import type { CountryProperties } from './geo.ts';
import type { Bounds, CrossingProperties, MapData, RegionProperties, SettlementProperties } from './map-data.types.ts';
import { routes } from './routes.ts';
import { STUDY_AREA_VIEW } from './study-area.ts';

/** The Natural Earth layers written by `npm run data:geo`. */
export interface GeoLayers {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  borders: FeatureCollection<LineString | MultiLineString, { id: string; neighbour: string; lengthKm: number }>;
  regions: FeatureCollection<Polygon | MultiPolygon, { iso3166_2: string; country: string; name: string; borders: string[]; touchKm: Record<string, number> }>;
}

const MODE_PRIORITY = ['rail', 'road', 'pedestrian', 'hiking'] as const;

const pointFeature = <P>(lonLat: readonly [number, number], properties: P): Feature<Point, P> => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [lonLat[0], lonLat[1]] },
});

export const crossingLabel = (c: Crossing): string => `${c.kazakh.name} – ${c.neighbour.name}`;

export function crossingFeature(c: Crossing, number: number): Feature<Point, CrossingProperties> {
  return pointFeature(c.coordinates.lonLat, {
    id: c.id,
    name: crossingLabel(c),
    border: c.border,
    modes: [...c.modes],
    restrictions: [...c.restrictions],
    primaryMode: MODE_PRIORITY.find((m) => c.modes.includes(m)) ?? 'road',
    url: routes.crossing(c.id),
    number,
    restricted: c.restrictions.some((r) => r === 'locals-only' || r === 'summer-only'),
  });
}

const pad = ([w, s, e, n]: number[], degrees: number): Bounds => [w! - degrees, s! - degrees / 2, e! + degrees, n! + degrees / 2];

/** Kazakhstan and all its borders, every crossing, no regions. For the home page and the directory. */
export function overviewMapData(view: 'overview' | 'crossings', atlas: Atlas, geo: GeoLayers, analyses: readonly BorderAnalysis[]): MapData {
  const covered = new Set(atlas.borders.filter((b) => b.coverage !== 'geometry-only').map((b) => b.id));
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

/** One border with its regions, settlements and crossings; `focus` narrows the view to one crossing. */
export function borderMapData(atlas: Atlas, geo: GeoLayers, analysis: BorderAnalysis, focus?: Crossing): MapData {
  const id = analysis.border.id;
  const line = geo.borders.features.find((f) => f.properties.id === id);
  if (!line) throw new Error(`data/geo/borders.geojson has no line "${id}"`);
  const polygons = new Map(geo.regions.features.map((f) => [f.properties.iso3166_2, f]));
  const regions = atlas.regions
    .filter((r) => r.borders.includes(id) && r.iso3166_2 !== null && polygons.has(r.iso3166_2))
    .map((r): Feature<Polygon | MultiPolygon, RegionProperties> => ({
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
  const bounds = focus
    ? pad([focus.coordinates.lonLat[0], focus.coordinates.lonLat[1], focus.coordinates.lonLat[0], focus.coordinates.lonLat[1]], 2.5)
    : pad(bbox(line), 1);
  return {
    view: focus?.id ?? id,
    bounds,
    countries: geo.countries,
    borders: bordersLayer(atlas, geo, new Set([id])),
    regions: { type: 'FeatureCollection', features: regions },
    settlements: { type: 'FeatureCollection', features: settlements },
    crossings: {
      type: 'FeatureCollection',
      features: analysis.crossings.map((o) => crossingFeature(o.crossing, o.number)),
    },
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
