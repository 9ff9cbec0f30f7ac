/**
 * What the search index learns from the datasets, beyond the pages' own text.
 *
 * Pages (borders, crossings, travel…) are indexed by Pagefind from the built HTML
 * (src/integrations/site-index.ts). Settlements and regions have no page of their own: each gets
 * a custom record pointing at its row on a border page (`/borders/<id>/#settlement-<id>`,
 * `#region-<id>`) that carries every name and alias in the data, so that "Uralsk" finds Oral and
 * "Петропавловск" finds Petropavl. Crossing pages get every name of both sides and of their
 * settlements added to their index entry, so "Druzhba" or "Alashankou" finds Dostyk.
 *
 * Pure: the caller says which URLs exist in the build (`hasTarget`), so a record never links to a
 * page or anchor that was not built.
 */
import type { Alias, Atlas, Crossing, Settlement } from '../schemas/index.ts';
import type { FeatureCollection, Geometry } from 'geojson';
import { countryName } from '../data/countries.ts';
import type { ContextProperties } from '../data/geo-layers.ts';
import { anchors, routesFor } from './routes.ts';
import { dictionary } from '../i18n/dictionary.ts';
import { formatsFor } from '../i18n/format.ts';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';

/** One Pagefind custom record (`addCustomRecord`), in the language of the edition it was planned for. */
export interface SearchRecord {
  /** Where the result leads; may carry a `#fragment`. */
  url: string;
  /** Result title: the name in the edition's language. */
  title: string;
  /** Indexed text: names, aliases and a sentence of context. */
  content: string;
  /** What the result is; the search box names it beside the title in the page's language. */
  kind: 'settlement' | 'region' | 'town';
}

/** A town of the maps' context layer (Natural Earth populated places), as search needs it. */
export interface ContextTown {
  name: string;
  nameEn: string;
  nameRu: string | null;
  country: string;
  region: string | null;
  lonLat: [number, number];
}

/** The towns of the maps' context layer (data/geo/context.geojson), as the search plan takes them. */
export function contextTowns(context: FeatureCollection<Geometry, ContextProperties>): ContextTown[] {
  return context.features.flatMap((f) =>
    f.properties.kind === 'town' && f.geometry.type === 'Point'
      ? [
          {
            name: f.properties.name,
            nameEn: f.properties.nameEn,
            nameRu: f.properties.nameRu,
            country: f.properties.country,
            region: f.properties.region,
            lonLat: f.geometry.coordinates as [number, number],
          },
        ]
      : [],
  );
}

/** Towns farther than this from every crossing get no record, km. */
export const TOWN_SEARCH_RADIUS_KM = 300;

/** Great-circle distance, km (haversine on the mean Earth radius). */
export function distanceKm([lon1, lat1]: readonly [number, number], [lon2, lat2]: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Each spelling once (compared case-insensitively, trimmed), first occurrence kept, empty ones dropped. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    const key = name.toLocaleLowerCase('en');
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** Every name of a place, English first, each spelling once, in data order. */
export const placeNames = (name: string, aliases: readonly Pick<Alias, 'name'>[]): string[] => uniqueNames([name, ...aliases.map((a) => a.name)]);

/** Names of both sides of a crossing and of the settlements they stand at, for the crossing page's search keywords. */
export function crossingSearchNames(crossing: Crossing, settlements: readonly Settlement[]): string[] {
  const byId = new Map(settlements.map((s) => [s.id, s]));
  const names: string[] = [];
  for (const side of [crossing.kazakh, crossing.neighbour]) {
    names.push(...placeNames(side.name, side.aliases));
    const settlement = side.settlement ? byId.get(side.settlement) : undefined;
    if (settlement) names.push(...placeNames(settlement.name, settlement.aliases));
  }
  return uniqueNames(names);
}

type PlaceData = Pick<Atlas, 'settlements' | 'regions' | 'crossings' | 'borders'>;

/** What the search index gets beyond the pages' own text. */
export interface SearchPlan {
  /** One record per settlement or region that has a row (an anchor) on a border page. */
  records: SearchRecord[];
  /**
   * Extra names for a page's index entry, by site path: on a crossing page every name of both
   * sides and their settlements; on a border page the names of places on that border that have
   * no row of their own (a town a distance is quoted from, a region without a row).
   */
  pageNames: Map<string, string[]>;
}

/**
 * Plans the search index for places.
 * A custom record always points at an anchor (`#settlement-<id>`, `#region-<id>`): a record at a
 * page's own URL would replace that page in Pagefind's index.
 * @param hasTarget whether a URL (path plus optional `#anchor`) exists in the built site
 */
export function searchPlan(
  data: PlaceData,
  hasTarget: (url: string) => boolean,
  towns: readonly ContextTown[] = [],
  locale: Locale = SOURCE_LOCALE,
): SearchPlan {
  const t = dictionary(locale).search;
  const f = formatsFor(locale);
  const routes = routesFor(locale);
  const regionName = new Map(data.regions.map((r) => [r.id, r.name]));
  const borderName = new Map(data.borders.map((b) => [b.id, b.name]));
  const bordersText = (ids: readonly string[]) => ids.map((b) => t.borderOf(borderName.get(b) ?? b)).join(', ');
  const also = (names: readonly string[]) => (names.length > 1 ? t.also(names.slice(1).join(', ')) : '');
  const records: SearchRecord[] = [];
  const pageNames = new Map<string, string[]>();
  const addNames = (url: string, names: readonly string[]) => pageNames.set(url, uniqueNames([...(pageNames.get(url) ?? []), ...names]));

  for (const c of data.crossings) {
    if (hasTarget(routes.crossing(c.id))) addNames(routes.crossing(c.id), crossingSearchNames(c, data.settlements));
  }
  const atCrossing = new Set(data.crossings.flatMap((c) => [c.kazakh.settlement, c.neighbour.settlement]).filter((id) => id !== undefined));

  for (const s of data.settlements) {
    const names = placeNames(s.name, s.aliases);
    const url = s.role === 'listed' ? s.borders.map((b) => `${routes.border(b)}#${anchors.settlement(s.id)}`).find(hasTarget) : undefined;
    if (url) {
      const where = [s.region && regionName.get(s.region), countryName(s.country, locale)].filter(Boolean).join(', ');
      records.push({
        url,
        kind: 'settlement',
        title: s.name,
        content: t.settlement(s.name, also(names), t.settlementKind[s.kind], where, bordersText(s.borders)),
      });
    } else if (!atCrossing.has(s.id)) {
      const page = s.borders.map((b) => routes.border(b)).find(hasTarget);
      if (page) addNames(page, names);
    }
  }

  for (const r of data.regions) {
    const names = placeNames(r.name, r.aliases);
    const url = r.borders.map((b) => `${routes.border(b)}#${anchors.region(r.id)}`).find(hasTarget);
    if (url) {
      records.push({
        url,
        kind: 'region',
        title: r.name,
        content: t.region(r.name, also(names), t.regionKind[r.kind], countryName(r.country, locale), bordersText(r.borders)),
      });
    } else {
      const page = r.borders.map((b) => routes.border(b)).find(hasTarget);
      if (page) addNames(page, names);
    }
  }

  // Towns on the maps: every spelling Natural Earth gives, leading to the nearest crossing's row on its
  // border page, with the distance. Towns the atlas already names (a settlement record) are left to it.
  const known = new Set(data.settlements.flatMap((s) => placeNames(s.name, s.aliases)).map((n) => n.toLocaleLowerCase('en')));
  const targets = data.crossings.flatMap((c) => {
    const url = `${routes.border(c.border)}#${anchors.crossing(c.id)}`;
    return hasTarget(url) ? [{ c, url }] : [];
  });
  for (const town of towns) {
    const names = uniqueNames(
      locale === 'ru' && town.nameRu ? [town.nameRu, town.nameEn, town.name] : [town.nameEn, town.name, ...(town.nameRu ? [town.nameRu] : [])],
    );
    if (names.some((n) => known.has(n.toLocaleLowerCase('en'))) || targets.length === 0) continue;
    const nearest = targets
      .map((x) => ({ ...x, km: distanceKm(town.lonLat, x.c.coordinates.lonLat) }))
      .sort((a, b) => a.km - b.km || a.c.id.localeCompare(b.c.id))[0]!;
    if (nearest.km > TOWN_SEARCH_RADIUS_KM) continue;
    let country: string;
    try {
      country = countryName(town.country, locale);
    } catch {
      continue; // a town of a country the atlas does not cover
    }
    const where = [town.region, country].filter(Boolean).join(', ');
    const crossingName = `${nearest.c.kazakh.name} – ${nearest.c.neighbour.name}`;
    records.push({
      url: nearest.url,
      kind: 'town',
      title: names[0]!,
      content: t.town(names[0]!, also(names), where, f.km(Math.round(nearest.km)), crossingName, borderName.get(nearest.c.border) ?? nearest.c.border),
    });
  }
  return { records, pageNames };
}

const escapeHtml = (s: string): string => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/**
 * The page's HTML as Pagefind should index it: `names` added as one weighted paragraph at the
 * start of `<main>` (before the first heading, so a match leads to the top of the page). Only the
 * index sees it; the built page is not changed. Returns `html` unchanged when there are no names
 * or no `<main>`.
 */
export function withSearchNames(html: string, names: readonly string[], weight = 5): string {
  const open = /<main\b[^>]*>/i.exec(html);
  if (names.length === 0 || !open) return html;
  const at = open.index + open[0].length;
  const block = `<p data-pagefind-weight="${weight}">${names.map(escapeHtml).join(' · ')}</p>`;
  return html.slice(0, at) + block + html.slice(at);
}
