/**
 * A map view in another edition's language: the same frame, geometry, label anchors and priorities
 * as the English view (which decides what is relevant and featured on Natural Earth's own names),
 * with every name a reader sees replaced. Crossings, settlements, regions and borders are named
 * from the edition's atlas, countries by `countryName`, towns by Natural Earth's `NAME_RU`, and
 * rivers, lakes, ranges and peaks from data/feature-names.json. A feature the edition cannot name
 * is left unlabelled (drawn, not named) and listed in `unnamed` for the build's warning. Pure.
 */
import type { Feature, Geometry, Point } from 'geojson';
import type { Atlas, Crossing, FeatureName } from '../schemas/index.ts';
import type { GeoLayers } from '../data/geo-layers.ts';
import type { LabelProperties, MapContextProperties, MapData } from './map-data.types.ts';
import type { Locale } from '../i18n/locales.ts';
import { crossingFeature, type CrossingWords } from './map-data.ts';

export interface MapEdition {
  locale: Locale;
  /** The edition's atlas (names in its language). */
  atlas: Atlas;
  /** The English atlas the view was built from (to find records by their English names). */
  source: Atlas;
  geo: GeoLayers;
  /** A country's name by ISO alpha-2 code. */
  country: (iso: string) => string;
  /** Links and status wording of the edition's crossings. */
  crossing: CrossingWords;
}

/** Features of one view that stay unlabelled for want of a name, as `kind "Natural Earth name"`. */
export interface LocalizedMap {
  data: MapData;
  unnamed: string[];
}

/** The edition's name of a context feature (`null`: none known). */
export type ContextNamer = (kind: FeatureName['kind'] | 'town', name: string, country?: string) => string | null;

/** Looks names up in the feature-names dataset and in the towns' `NAME_RU`. */
export function contextNamer(names: readonly FeatureName[], geo: GeoLayers): ContextNamer {
  const byKey = new Map(names.map((n) => [`${n.kind}\u0000${n.naturalEarth}`, n.ru]));
  const towns = new Map<string, string>();
  for (const f of geo.context.features) {
    const p = f.properties;
    if (p.kind === 'town' && p.nameRu) towns.set(`${p.nameEn}\u0000${p.country}`, p.nameRu);
  }
  return (kind, name, country) => (kind === 'town' ? (towns.get(`${name}\u0000${country ?? ''}`) ?? null) : (byKey.get(`${kind}\u0000${name}`) ?? null));
}

/** Records of data/feature-names.json whose Natural Earth name is in no layer of data/geo/context.geojson. */
export function strayFeatureNames(names: readonly FeatureName[], geo: GeoLayers): FeatureName[] {
  const known = new Set(geo.context.features.map((f) => `${f.properties.kind}\u0000${f.properties.name ?? ''}`));
  return names.filter((n) => !known.has(`${n.kind}\u0000${n.naturalEarth}`));
}

export function localizeMapData(data: MapData, edition: MapEdition, named: ContextNamer): LocalizedMap {
  const unnamed = new Set<string>();
  const need = (kind: string, name: string) => unnamed.add(`${kind} "${name}"`);
  const byId = <T extends { id: string }>(list: readonly T[], what: string) => {
    const map = new Map(list.map((r) => [r.id, r]));
    return (id: string): T => {
      const found = map.get(id);
      if (!found) throw new Error(`map view "${data.view}": no ${what} "${id}" in the ${edition.locale} atlas`);
      return found;
    };
  };
  const crossing = byId<Crossing>(edition.atlas.crossings, 'crossing');
  const settlement = byId(edition.atlas.settlements, 'settlement');
  const region = byId(edition.atlas.regions, 'region');
  const border = byId(edition.atlas.borders, 'border');
  const isoOfCountry = new Map(data.countries.features.map((f) => [f.properties.name, f.properties.iso]));
  const regionIdOf = new Map(edition.source.regions.map((r) => [r.name, r.id]));
  const countries = <C extends MapData['countries']>(fc: C): C => ({
    ...fc,
    features: fc.features.map((f) => ({ ...f, properties: { ...f.properties, name: edition.country(f.properties.iso) } })),
  });

  /** A context feature's name in the edition, or '' / null (drawn unnamed) where it has none. */
  const context = (f: Feature<Geometry, MapContextProperties>): Feature<Geometry, MapContextProperties> => {
    const p = f.properties;
    if (p.kind === 'town') {
      const name = named('town', p.nameEn, p.country);
      if (name === null) need('town', p.nameEn);
      return { ...f, properties: { ...p, name: name ?? '' } };
    }
    if (p.name === null || p.name === '') return f;
    const name = named(p.kind, p.name);
    if (name === null) need(p.kind, p.name);
    return { ...f, properties: p.kind === 'lake' ? { ...p, name } : { ...p, name: name ?? '' } };
  };
  const label = (f: Feature<Point, LabelProperties>): Feature<Point, LabelProperties>[] => {
    const p = f.properties;
    if (p.kind === 'country') {
      const iso = isoOfCountry.get(p.name);
      if (!iso) throw new Error(`map view "${data.view}": country label "${p.name}" names no country of the view`);
      return [{ ...f, properties: { ...p, name: edition.country(iso) } }];
    }
    if (p.kind === 'region') {
      const id = regionIdOf.get(p.name);
      if (!id) throw new Error(`map view "${data.view}": region label "${p.name}" names no region of the atlas`);
      return [{ ...f, properties: { ...p, name: region(id).name } }];
    }
    const name = named(p.kind, p.name);
    if (name === null) {
      need(p.kind, p.name);
      return [];
    }
    return [{ ...f, properties: { ...p, name } }];
  };
  // The border's natural features in the edition's words, in the data's order (featured/unmatched hold English names).
  const featuredNames = (names: readonly string[] | undefined): string[] | undefined => {
    if (!names || !data.relevantTo) return names ? [...names] : undefined;
    const english = edition.source.borders.find((b) => b.id === data.relevantTo)?.naturalFeatures ?? [];
    const local = border(data.relevantTo).naturalFeatures;
    return names.map((n) => local[english.findIndex((f) => f.name === n)]?.name ?? n);
  };

  const localized: MapData = {
    ...data,
    countries: countries(data.countries),
    borders: { ...data.borders, features: data.borders.features.map((f) => ({ ...f, properties: { ...f.properties, name: border(f.properties.id).name } })) },
    regions: { ...data.regions, features: data.regions.features.map((f) => ({ ...f, properties: { ...f.properties, name: region(f.properties.id).name } })) },
    settlements: {
      ...data.settlements,
      features: data.settlements.features.map((f) => ({ ...f, properties: { ...f.properties, name: settlement(f.properties.id).name } })),
    },
    crossings: {
      ...data.crossings,
      features: data.crossings.features.map((f) => {
        const c = crossingFeature(crossing(f.properties.id), f.properties.number, undefined, edition.crossing);
        return { ...f, properties: { ...c.properties, stale: f.properties.stale } };
      }),
    },
    context: { ...data.context, features: data.context.features.map(context) },
    labels: { ...data.labels, features: data.labels.features.flatMap(label) },
    locale: edition.locale,
    ...(data.featured ? { featured: featuredNames(data.featured) } : {}),
    ...(data.unmatched ? { unmatched: featuredNames(data.unmatched) } : {}),
    ...(data.insetLand ? { insetLand: countries(data.insetLand) } : {}),
  };
  return { data: localized, unnamed: [...unnamed].sort() };
}
