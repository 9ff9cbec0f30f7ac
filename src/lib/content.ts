import { centroid } from '@turf/turf';
import { getCollection } from 'astro:content';
import { DATASETS, type Atlas, type DatasetName } from '../schemas/index.ts';
import { analyseBorder, type BorderAnalysis } from './border-analysis.ts';
import { loadGeoLayers } from './geo-data.ts';
import { loadAtlas } from './load-data.ts';
import { borderMapData, overviewMapData, type GeoLayers } from './map-data.ts';
import type { MapData } from './map-data.types.ts';
import { STUDY_AREA_VIEW, studyAreaMapData } from './study-area.ts';

let atlasPromise: Promise<Atlas> | undefined;

/**
 * The validated atlas as the content collections hold it, assembled once per build.
 * Document datasets are stored as a single entry named after the dataset.
 */
export function getAtlas(): Promise<Atlas> {
  atlasPromise ??= (async () => {
    const entries = await Promise.all(
      (Object.keys(DATASETS) as DatasetName[]).map(async (name) => {
        const records = (await getCollection(name as never)) as { id: string; data: unknown }[];
        // Collections come back in id order; the files' order is meaningful (sources are numbered by it).
        const inFile: unknown = loadAtlas()[name];
        const fileOrder = new Map(Array.isArray(inFile) ? inFile.map((r: { id: string }, i) => [r.id, i] as const) : []);
        const data =
          DATASETS[name].shape === 'list'
            ? records.sort((a, b) => (fileOrder.get(a.id) ?? 0) - (fileOrder.get(b.id) ?? 0)).map((r) => r.data)
            : records[0]?.data;
        return [name, data] as const;
      }),
    );
    return Object.fromEntries(entries) as Atlas;
  })();
  return atlasPromise;
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
      const regionTouchKm = new Map(
        geo.regions.features.map((f) => [f.properties.iso3166_2, f.properties.touchKm[border.id] ?? 0] as const),
      );
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
