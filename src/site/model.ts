import { centroid } from '@turf/turf';
import type { Atlas } from '../schemas/index.ts';
import { analyseBorder, type BorderAnalysis } from '../geo/border-analysis.ts';
import { loadGeoLayers, type GeoLayers } from '../data/geo-layers.ts';
import { loadEdition } from '../data/load.ts';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { countryName } from '../data/countries.ts';
import { DataError } from '../data/validate.ts';
import { contextNamer, localizeMapData, strayFeatureNames } from '../map/localize-map.ts';
import { statusPhrase } from '../views/status.ts';
import { routesFor } from './routes.ts';
import { borderMapData, overviewMapData } from '../map/map-data.ts';
import type { MapData } from '../map/map-data.types.ts';
import { STUDY_AREA_VIEW, studyAreaMapData } from '../map/study-area.ts';

/**
 * The atlas the pages of an edition show: every dataset validated, every reference resolved and the
 * geometry checks passed, reader text and place names in the edition's language (src/data/load.ts),
 * read once per build. A bad record or a missing translation stops the build here.
 */
export async function getAtlas(locale: Locale): Promise<Atlas> {
  return loadEdition(locale);
}

export interface AtlasModel {
  atlas: Atlas;
  geo: GeoLayers;
  /** Analyses of every border that has a line in the geometry, by border id. */
  analyses: ReadonlyMap<string, BorderAnalysis>;
  /** Map data for a view: `overview`, `crossings`, `migration-study`, a border id or a crossing id. */
  mapData(view: string): MapData;
}

const models = new Map<Locale, Promise<AtlasModel>>();

/** The atlas of an edition plus everything derived from it, computed once per build and edition. */
export function getModel(locale: Locale): Promise<AtlasModel> {
  let modelPromise = models.get(locale);
  if (modelPromise) return modelPromise;
  modelPromise = (async () => {
    const atlas = await getAtlas(locale);
    const geo = loadGeoLayers();
    const analyses = new Map<string, BorderAnalysis>();
    const regionLongitude = new Map(geo.regions.features.map((f) => [f.properties.iso3166_2, centroid(f).geometry.coordinates[0]!] as const));
    for (const border of atlas.borders) {
      const line = geo.borders.features.find((f) => f.properties.id === border.id);
      if (!line) throw new Error(`data/geo/borders.geojson has no line for border "${border.id}"`);
      const regionTouchKm = new Map(geo.regions.features.map((f) => [f.properties.iso3166_2, f.properties.touchKm[border.id] ?? 0] as const));
      analyses.set(border.id, analyseBorder(atlas, border.id, { line, regionTouchKm, regionLongitude }));
    }
    const cache = viewCache((view) => isCrossingView(view, analyses));
    const mapData = locale === SOURCE_LOCALE ? undefined : await editionMapData(locale, atlas, geo, analyses);
    const englishMapData = (view: string): MapData => {
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
    return { atlas, geo, analyses, mapData: mapData ?? englishMapData };
  })();
  models.set(locale, modelPromise);
  return modelPromise;
}

const isCrossingView = (view: string, analyses: ReadonlyMap<string, BorderAnalysis>): boolean =>
  view !== 'overview' && view !== 'crossings' && view !== STUDY_AREA_VIEW && !analyses.has(view);

/** How many crossing views a cache keeps (the most recently used). */
const RECENT_CROSSING_VIEWS = 64;

/**
 * Map views by id. The overview, the border and the study views are few and kept for the build;
 * crossing views are one per crossing, each with its own clipped layers, so only the most recent are
 * kept and the rest rebuilt when asked again: the build's memory stays flat however many crossings
 * the atlas holds.
 */
function viewCache(isCrossing: (view: string) => boolean): { get(view: string): MapData | undefined; set(view: string, data: MapData): void } {
  const kept = new Map<string, MapData>();
  const recent = new Map<string, MapData>();
  return {
    get(view) {
      const data = kept.get(view) ?? recent.get(view);
      if (data && recent.delete(view)) recent.set(view, data);
      return data;
    },
    set(view, data) {
      if (!isCrossing(view)) {
        kept.set(view, data);
        return;
      }
      recent.set(view, data);
      if (recent.size > RECENT_CROSSING_VIEWS) recent.delete(recent.keys().next().value!);
    },
  };
}

/** Features already reported as left unlabelled in an edition's maps (one warning each per build). */
const reported = new Set<string>();

/**
 * An edition's map views: the English view (same frame, anchors and choices) with its names in the
 * edition's language (src/map/localize-map.ts). A feature-names record that matches no Natural Earth
 * feature stops the build; a feature the edition cannot name is drawn unlabelled, with a warning.
 */
async function editionMapData(locale: Locale, atlas: Atlas, geo: GeoLayers, analyses: ReadonlyMap<string, BorderAnalysis>): Promise<(view: string) => MapData> {
  const english = await getModel(SOURCE_LOCALE);
  const stray = strayFeatureNames(english.atlas.featureNames, geo);
  if (stray.length > 0) {
    throw new DataError(
      stray.map((n) => ({
        file: 'data/feature-names.json',
        record: n.id,
        field: 'naturalEarth',
        message: `no ${n.kind} "${n.naturalEarth}" in data/geo/context.geojson`,
      })),
    );
  }
  const named = contextNamer(english.atlas.featureNames, geo);
  const routes = routesFor(locale);
  const edition = {
    locale,
    atlas,
    source: english.atlas,
    geo,
    country: (iso: string) => countryName(iso, locale),
    crossing: { url: routes.crossing, status: (reading: Parameters<typeof statusPhrase>[0]) => statusPhrase(reading, locale) },
  };
  const cache = viewCache((view) => isCrossingView(view, analyses));
  return (view) => {
    let data = cache.get(view);
    if (data) return data;
    const localized = localizeMapData(english.mapData(view), edition, named);
    const fresh = localized.unnamed.filter((n) => !reported.has(`${locale} ${n}`));
    if (fresh.length > 0) {
      for (const n of fresh) reported.add(`${locale} ${n}`);
      console.warn(`[atlas] ${locale} maps: no ${locale} name for ${fresh.join(', ')}: drawn unlabelled (add them to data/feature-names.json)`);
    }
    cache.set(view, (data = localized.data));
    return data;
  };
}

/** The analysis of one border for a component; an unknown id stops the build naming the component. */
export async function getBorderAnalysis(component: string, border: string, locale: Locale): Promise<{ model: AtlasModel; analysis: BorderAnalysis }> {
  const model = await getModel(locale);
  const analysis = model.analyses.get(border);
  if (!analysis) throw new Error(`<${component}>: unknown border "${border}"`);
  return { model, analysis };
}
