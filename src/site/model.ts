import { centroid } from '@turf/turf';
import type { Atlas } from '../schemas/index.ts';
import { analyseBorder, type BorderAnalysis } from '../geo/border-analysis.ts';
import { loadGeoLayers, type GeoLayers } from '../data/geo-layers.ts';
import { loadCheckedAtlas } from '../data/load.ts';
import { borderMapData, overviewMapData } from '../map/map-data.ts';
import type { MapData } from '../map/map-data.types.ts';
import { STUDY_AREA_VIEW, studyAreaMapData } from '../map/study-area.ts';

/**
 * The atlas the pages show: every dataset validated, every reference resolved and the geometry
 * checks passed (src/data/load.ts), read once per build. A bad record stops the build here.
 */
export async function getAtlas(): Promise<Atlas> {
  return loadCheckedAtlas();
}

export interface AtlasModel {
  atlas: Atlas;
  geo: GeoLayers;
  /** Analyses of every border that has a line in the geometry, by border id. */
  analyses: ReadonlyMap<string, BorderAnalysis>;
  /** Map data for a view: `overview`, `crossings`, `migration-study`, a border id or a crossing id. */
  mapData(view: string): MapData;
}

let modelPromise: Promise<AtlasModel> | undefined;

/** The atlas plus everything derived from it, computed once per build. */
export function getModel(): Promise<AtlasModel> {
  modelPromise ??= (async () => {
    const atlas = await getAtlas();
    const geo = loadGeoLayers();
    const analyses = new Map<string, BorderAnalysis>();
    const regionLongitude = new Map(geo.regions.features.map((f) => [f.properties.iso3166_2, centroid(f).geometry.coordinates[0]!] as const));
    for (const border of atlas.borders) {
      const line = geo.borders.features.find((f) => f.properties.id === border.id);
      if (!line) throw new Error(`data/geo/borders.geojson has no line for border "${border.id}"`);
      const regionTouchKm = new Map(geo.regions.features.map((f) => [f.properties.iso3166_2, f.properties.touchKm[border.id] ?? 0] as const));
      analyses.set(border.id, analyseBorder(atlas, border.id, { line, regionTouchKm, regionLongitude }));
    }
    const cache = new Map<string, MapData>();
    const mapData = (view: string): MapData => {
      let data = cache.get(view);
      if (data) return data;
      if (view === 'overview' || view === 'crossings') data = overviewMapData(view, atlas, geo, [...analyses.values()]);
      else if (view === STUDY_AREA_VIEW) data = studyAreaMapData(atlas, geo, analyses.get(atlas.migrationStudy.border)!);
      else if (analyses.has(view)) data = borderMapData(atlas, geo, analyses.get(view)!);
      else {
        const crossing = atlas.crossings.find((c) => c.id === view);
        if (!crossing) throw new Error(`no map view "${view}"`);
        data = borderMapData(atlas, geo, analyses.get(crossing.border)!, crossing);
      }
      cache.set(view, data);
      return data;
    };
    return { atlas, geo, analyses, mapData };
  })();
  return modelPromise;
}

/** The analysis of one border for a component; an unknown id stops the build naming the component. */
export async function getBorderAnalysis(component: string, border: string): Promise<{ model: AtlasModel; analysis: BorderAnalysis }> {
  const model = await getModel();
  const analysis = model.analyses.get(border);
  if (!analysis) throw new Error(`<${component}>: unknown border "${border}"`);
  return { model, analysis };
}
