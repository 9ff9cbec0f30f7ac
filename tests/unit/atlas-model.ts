/** The atlas model for unit tests: map data per view as src/site/model.ts builds it, without astro:content. */
import { centroid } from '@turf/turf';
import { analyseBorder, type BorderAnalysis } from '../../src/geo/border-analysis.ts';
import { loadGeoLayers } from '../../src/data/geo-layers.ts';
import { loadAtlas } from '../../src/data/load.ts';
import { borderMapData, overviewMapData } from '../../src/map/map-data.ts';
import type { MapData } from '../../src/map/map-data.types.ts';
import { STUDY_AREA_VIEW, studyAreaMapData } from '../../src/map/study-area.ts';

/** The atlas model as src/site/model.ts builds it (without astro:content). */
export function buildModel() {
  const atlas = loadAtlas();
  const geo = loadGeoLayers();
  const analyses = new Map<string, BorderAnalysis>();
  const regionLongitude = new Map(geo.regions.features.map((f) => [f.properties.iso3166_2, centroid(f).geometry.coordinates[0]!] as const));
  for (const border of atlas.borders) {
    const line = geo.borders.features.find((f) => f.properties.id === border.id)!;
    const regionTouchKm = new Map(geo.regions.features.map((f) => [f.properties.iso3166_2, f.properties.touchKm[border.id] ?? 0] as const));
    analyses.set(border.id, analyseBorder(atlas, border.id, { line, regionTouchKm, regionLongitude }));
  }
  const cache = new Map<string, MapData>();
  const mapData = (view: string): MapData => {
    let d = cache.get(view);
    if (d) return d;
    if (view === 'overview' || view === 'crossings') d = overviewMapData(view, atlas, geo, [...analyses.values()]);
    else if (view === STUDY_AREA_VIEW) d = studyAreaMapData(atlas, geo, analyses.get(atlas.migrationStudy.border)!);
    else if (analyses.has(view)) d = borderMapData(atlas, geo, analyses.get(view)!);
    else {
      const crossing = atlas.crossings.find((c) => c.id === view)!;
      d = borderMapData(atlas, geo, analyses.get(crossing.border)!, crossing);
    }
    cache.set(view, d);
    return d;
  };
  return { atlas, analyses, mapData };
}
