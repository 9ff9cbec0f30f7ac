/**
 * schema.org structured data (JSON-LD) for the atlas's pages. Pure: pages pass the records and
 * the absolute site URL, BaseLayout writes the result into a `<script type="application/ld+json">`
 * (a data block, not a script: a CSP's script-src does not apply to it).
 */
import type { Alias, Border, Crossing, Settlement } from '../schemas/index.ts';
import { countryName } from '../data/countries.ts';
import { crossingLabel } from '../map/map-data.ts';
import { anchors, routesFor } from './routes.ts';
import { dictionary } from '../i18n/dictionary.ts';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';

type JsonLd = Record<string, unknown>;

/** Coordinates rounded to 5 decimals (about 1 m), as schema.org `GeoCoordinates`. */
export function geoCoordinates([lon, lat]: readonly [number, number] | readonly number[]): JsonLd {
  const r = (n: number | undefined) => Math.round((n ?? 0) * 1e5) / 1e5;
  return { '@type': 'GeoCoordinates', latitude: r(lat), longitude: r(lon) };
}

const alternateNames = (aliases: readonly Alias[], except: readonly string[] = []): string[] => {
  const seen = new Set(except.map((n) => n.toLowerCase()));
  const out: string[] = [];
  for (const { name } of aliases) {
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
};

/** A settlement as a `Place`, with its row on the border page as `@id` when it has one. */
export function settlementPlace(s: Settlement, site: string | URL, url?: string): JsonLd {
  const alternateName = alternateNames(s.aliases, [s.name]);
  return {
    '@type': 'Place',
    ...(url ? { '@id': new URL(url, site).href, url: new URL(url, site).href } : {}),
    name: s.name,
    ...(alternateName.length > 0 ? { alternateName } : {}),
    geo: geoCoordinates(s.coordinates.lonLat),
    address: { '@type': 'PostalAddress', addressCountry: s.country },
  };
}

/** A crossing page's `Place`: both sides' names, coordinates, the border it is on. */
export function crossingPlace(
  crossing: Crossing,
  border: Pick<Border, 'id' | 'name' | 'neighbour'>,
  site: string | URL,
  description?: string,
  locale: Locale = SOURCE_LOCALE,
): JsonLd {
  const t = dictionary(locale).structuredData;
  const routes = routesFor(locale);
  const name = t.crossingName(crossingLabel(crossing));
  const url = new URL(routes.crossing(crossing.id), site).href;
  const alternateName = alternateNames([...crossing.kazakh.aliases, ...crossing.neighbour.aliases], [crossing.kazakh.name, crossing.neighbour.name]);
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    '@id': url,
    url,
    name,
    inLanguage: locale,
    ...(alternateName.length > 0 ? { alternateName } : {}),
    ...(description ? { description } : {}),
    additionalType: 'https://www.wikidata.org/wiki/Q1124843', // border crossing
    geo: geoCoordinates(crossing.coordinates.lonLat),
    containedInPlace: { '@type': 'Place', '@id': new URL(routes.border(border.id), site).href, name: t.borderName(border.name) },
    keywords: [countryName('KZ', locale), countryName(border.neighbour, locale), ...crossing.modes.map((m) => dictionary(locale).crossings.mode[m])].join(', '),
  };
}

/**
 * A border page's `Place`: the border, the crossings on it (linking to their pages) and the
 * settlements the sources list beside it (linking to their rows).
 */
export function borderPlace(
  border: Pick<Border, 'id' | 'name' | 'neighbour'>,
  crossings: readonly Crossing[],
  settlements: readonly Settlement[],
  site: string | URL,
  description?: string,
  locale: Locale = SOURCE_LOCALE,
): JsonLd {
  const t = dictionary(locale).structuredData;
  const routes = routesFor(locale);
  const url = new URL(routes.border(border.id), site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    '@id': url,
    url,
    inLanguage: locale,
    name: t.borderName(border.name),
    ...(description ? { description } : {}),
    containsPlace: [
      // Each crossing's own page describes it in full (coordinates included); here a reference is enough.
      ...crossings.map((c) => ({ '@type': 'Place', '@id': new URL(routes.crossing(c.id), site).href, name: t.crossingName(crossingLabel(c)) })),
      ...settlements.map((s) => settlementPlace(s, site, `${routes.border(border.id)}#${anchors.settlement(s.id)}`)),
    ],
  };
}

/** The home page's `WebSite`. */
export function websiteJsonLd(name: string, site: string | URL, description: string, locale: Locale = SOURCE_LOCALE): JsonLd {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name, url: new URL(routesFor(locale).home(), site).href, description, inLanguage: locale };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function jsonLdScript(data: object | object[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
