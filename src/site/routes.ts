import { SOURCE_LOCALE, localizePath, type Locale } from '../i18n/locales.ts';

/**
 * Every public URL of the atlas in one place. Pages call these; nothing else builds paths.
 * The URL scheme is public (people link to it): change it only with redirects.
 */
export const routes = {
  home: () => '/',
  border: (id: string) => `/borders/${id}/`,
  crossings: () => '/crossings/',
  crossing: (id: string) => `/crossings/${id}/`,
  travel: () => '/travel/',
  migration: () => '/research/migration/',
  transnationalIssues: () => '/transnational-issues/',
  sources: () => '/sources/',
  source: (id: string) => `/sources/#source-${id}`,
  data: () => '/data/',
  mapData: (view: string) => `/map-data/${view}.json`,
  /** Geometry of a static map (land, water, borders), shared by the page and its print. */
  staticMap: (view: string) => `/maps/${view}.svg`,
  /** Link-preview image (1200×630 PNG) for a border id or `overview`. */
  ogImage: (id: string) => `/og/${id}.png`,
  sitemap: () => '/sitemap.xml',
  /** What changed: dated status readings and events, newest first (page n ≥ 2 at `/changes/<n>/`). */
  changes: (page = 1) => (page <= 1 ? '/changes/' : `/changes/${page}/`),
  /** The Atom feed of the same (written only when the build knows its public address). */
  changesFeed: () => '/changes.xml',
} as const;

export { anchors } from '../shared/anchors.ts';

/**
 * The routes as an edition links them: every page under its edition's prefix (`/ru/crossings/x/`),
 * and the live map's data, whose names are in the edition's language (`/ru/map-data/x.json`);
 * downloads, static-map geometry, images and feeds are shared by all editions and keep their one address.
 */
export function routesFor(locale: Locale): typeof routes {
  if (locale === SOURCE_LOCALE) return routes;
  const l = (path: string): string => localizePath(path, locale);
  return {
    ...routes,
    home: () => l(routes.home()),
    border: (id) => l(routes.border(id)),
    crossings: () => l(routes.crossings()),
    crossing: (id) => l(routes.crossing(id)),
    travel: () => l(routes.travel()),
    migration: () => l(routes.migration()),
    transnationalIssues: () => l(routes.transnationalIssues()),
    sources: () => l(routes.sources()),
    source: (id) => l(routes.source(id)),
    data: () => l(routes.data()),
    changes: (page) => l(routes.changes(page)),
    // Link previews speak the page's language: /og/ru/<id>.png.
    ogImage: (id) => routes.ogImage(`${locale}/${id}`),
    mapData: (view) => l(routes.mapData(view)),
  };
}
