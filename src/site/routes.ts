import { SOURCE_LOCALE, localeOfPath, localizePath, unlocalizedPath, type Locale } from '../i18n/locales.ts';

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
  /** The page a host answers a missing path with: one per edition (`/404.html`, `/ru/404.html`), as hosts look for the nearest one. */
  notFound: () => '/404.html',
} as const;

/** Whether a site path is an edition's 404 page (in any form Astro or a host gives it: `/ru/404`, `/ru/404/`, `/ru/404.html`). */
export const isNotFoundPath = (path: string): boolean => /^\/404(\/|\.html)?$/.test(unlocalizedPath(path));

/** The address of the page being rendered: Astro's pathname, or the edition's 404 file for a 404 page. */
export const pagePath = (pathname: string): string => (isNotFoundPath(pathname) ? localizePath(routes.notFound(), localeOfPath(pathname)) : pathname);

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
    notFound: () => l(routes.notFound()),
  };
}
