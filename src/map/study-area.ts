/**
 * The migration study's area, derived from the geometry (pure, no fs): the stretches of the
 * Kazakhstan–Russia line along the surveyed Russian oblasts, their lengths and shares, and the
 * map view that shows them (`/map-data/migration-study.json`).
 */
import { bbox } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { Atlas } from '../schemas/index.ts';
import type { BorderAnalysis } from '../geo/border-analysis.ts';
import { lengthWithinPolygon } from '../geo/geometry.ts';
import type { GeoLayers } from '../data/geo-layers.ts';
import { crossingFeature, finishView } from './map-data.ts';
import { STUDY_AREA_VIEW, type Bounds, type MapData, type MapRegionProperties, type SettlementProperties } from './map-data.types.ts';

/** Map-data view id of the study area (defined beside the map-data types, so map-data.ts need not import this file). */
export { STUDY_AREA_VIEW };

/** A region counts the line within this distance of its outline, km (the same rule as `touchKm` in data/geo). */
export const STUDY_TOLERANCE_KM = 2;

export interface StudySectionGeometry {
  /** Section id in the study data (`omsk-section`). */
  id: string;
  /** Region id in data/regions.json. */
  region: string;
  /** Region name as the atlas writes it. */
  name: string;
  /** Natural Earth ISO 3166-2 code of the region (`RU-OMS`). */
  iso3166_2: string;
  /**
   * Km of the unsimplified Natural Earth 1:10m line inside the region's polygon or within
   * {@link STUDY_TOLERANCE_KM} of it: `touchKm` in data/geo/regions.geojson, the figure the border page shows.
   */
  km: number;
  /** The same measured here with `lengthWithinPolygon` on the stored (simplified) line: a cross-check, slightly shorter. */
  simplifiedKm: number;
  /** `km` as a percentage of the whole unsimplified line. */
  percent: number;
  /** `percent` applied to the official length: the km the stretch would have at the official length's scale. */
  scaledKm: number;
  /** The length the study gives for the stretch, km, and how exact it is. */
  paper: { km: number; qualifier: string };
}

export interface StudyAreaGeometry {
  sections: StudySectionGeometry[];
  /** Length of the whole unsimplified Natural Earth 1:10m line, km. */
  lineKm: number;
  /** Official length of the border (the first the data gives), km. */
  officialKm: number;
  /** Sum of the sections' measured km. */
  totalKm: number;
  /** `totalKm` as a share of the whole line, %. */
  percent: number;
  /** The study's own share of the border, %. */
  paperPercent: number;
  /** The study's section lengths added up, km (lower bounds where it says "more than"). */
  paperTotalKm: number;
  /** The study's section lengths as a share of the official length, %. */
  paperTotalPercentOfOfficial: number;
}

/** The study's sections measured on the Natural Earth line and admin-1 polygons. Pure. */
export function studyAreaGeometry(atlas: Atlas, geo: GeoLayers): StudyAreaGeometry {
  const study = atlas.migrationStudy;
  const border = atlas.borders.find((b) => b.id === study.border);
  if (!border) throw new Error(`migration study: unknown border "${study.border}"`);
  const lineFeature = geo.borders.features.find((f) => f.properties.id === study.border);
  if (!lineFeature) throw new Error(`data/geo/borders.geojson has no line "${study.border}"`);
  const lineKm = lineFeature.properties.lengthKm;
  const officialKm = border.lengthKm[0]?.value;
  if (officialKm === undefined) throw new Error(`border "${border.id}" has no official length`);

  const sections = study.studyArea.sections.map((section): StudySectionGeometry => {
    const region = atlas.regions.find((r) => r.id === section.region);
    if (!region?.iso3166_2) throw new Error(`migration study › ${section.id}: region "${section.region}" has no ISO 3166-2 code`);
    const polygon = geo.regions.features.find((f) => f.properties.iso3166_2 === region.iso3166_2);
    if (!polygon) throw new Error(`data/geo/regions.geojson has no polygon "${region.iso3166_2}"`);
    const km = polygon.properties.touchKm[study.border];
    if (km === undefined) throw new Error(`data/geo/regions.geojson: ${region.iso3166_2} does not touch "${study.border}"`);
    const percent = (100 * km) / lineKm;
    return {
      id: section.id,
      region: region.id,
      name: region.name,
      iso3166_2: region.iso3166_2,
      km,
      simplifiedKm: lengthWithinPolygon(lineFeature, polygon, STUDY_TOLERANCE_KM),
      percent,
      scaledKm: (percent / 100) * officialKm,
      paper: { km: section.borderLength.value, qualifier: section.borderLength.qualifier },
    };
  });
  const totalKm = sections.reduce((sum, s) => sum + s.km, 0);
  const paperTotalKm = sections.reduce((sum, s) => sum + s.paper.km, 0);
  return {
    sections,
    lineKm,
    officialKm,
    totalKm,
    percent: (100 * totalKm) / lineKm,
    paperPercent: study.studyArea.shareOfBorder.value,
    paperTotalKm,
    paperTotalPercentOfOfficial: (100 * paperTotalKm) / officialKm,
  };
}

const pad = ([w, s, e, n]: number[], lon: number, lat: number): Bounds => [w! - lon, s! - lat, e! + lon, n! + lat];

/** Settlement ids the study names: interview sites, survey places and places on its routes, in that order. */
export function studySettlementIds(atlas: Atlas): string[] {
  const study = atlas.migrationStudy;
  return [
    ...new Set([
      ...study.studyArea.sections.flatMap((s) => s.sites),
      ...study.method.surveys.flatMap((s) => s.settlements),
      ...study.routes.flatMap((r) => (r.settlement ? [r.settlement] : [])),
    ]),
  ];
}

/**
 * The study-area map: every border line (Kazakhstan–Russia emphasised), the surveyed oblasts as
 * regions, the study's places as settlements, and the crossings in those oblasts numbered as on
 * the border page.
 */
export function studyAreaMapData(atlas: Atlas, geo: GeoLayers, analysis: BorderAnalysis): MapData {
  const study = atlas.migrationStudy;
  const names = new Map(atlas.borders.map((b) => [b.id, b.name]));
  const regionIds = new Set(study.studyArea.sections.map((s) => s.region));
  const polygons = new Map(geo.regions.features.map((f) => [f.properties.iso3166_2, f]));
  const regions = study.studyArea.sections.flatMap((s): Feature<Polygon | MultiPolygon, MapRegionProperties>[] => {
    const r = atlas.regions.find((region) => region.id === s.region);
    const polygon = r?.iso3166_2 ? polygons.get(r.iso3166_2) : undefined;
    if (!r || !polygon) return [];
    return [
      {
        type: 'Feature',
        properties: { id: r.id, name: r.name, country: r.country, side: r.country === 'KZ' ? 'kazakh' : 'neighbour' },
        geometry: polygon.geometry,
      },
    ];
  });
  const byId = new Map(atlas.settlements.map((s) => [s.id, s]));
  const settlements = studySettlementIds(atlas).map((id): Feature<Point, SettlementProperties> => {
    const s = byId.get(id);
    if (!s) throw new Error(`migration study names unknown settlement "${id}"`);
    return {
      type: 'Feature',
      properties: { id: s.id, name: s.name, country: s.country, side: s.country === 'KZ' ? 'kazakh' : 'neighbour' },
      geometry: { type: 'Point', coordinates: [s.coordinates.lonLat[0], s.coordinates.lonLat[1]] },
    };
  });
  const routeCrossings = new Set(study.routes.flatMap((r) => (r.crossing ? [r.crossing] : [])));
  const crossings = analysis.crossings.filter((o) => routeCrossings.has(o.crossing.id) || regionIds.has(o.crossing.neighbour.region ?? ''));
  const extent = bbox({ type: 'FeatureCollection', features: [...regions, ...settlements] });
  return finishView(
    {
      view: STUDY_AREA_VIEW,
      bounds: pad(extent, 1, 0.5),
      countries: geo.countries,
      borders: {
        type: 'FeatureCollection',
        features: geo.borders.features.map((f) => ({
          type: 'Feature',
          properties: { id: f.properties.id, name: names.get(f.properties.id) ?? f.properties.id, emphasis: f.properties.id === study.border },
          geometry: f.geometry,
        })),
      },
      regions: { type: 'FeatureCollection', features: regions },
      settlements: { type: 'FeatureCollection', features: settlements },
      crossings: { type: 'FeatureCollection', features: crossings.map((o) => crossingFeature(o.crossing, o.number)) },
    },
    geo,
  );
}
