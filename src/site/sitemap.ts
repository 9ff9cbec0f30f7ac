/**
 * Which built HTML files are public pages, and the sitemap that lists them. Pure: the build
 * integration (src/integrations/site-index.ts) reads dist/ and writes the result.
 */
import { escapeXml } from '../shared/escape-xml.ts';
import { SOURCE_LOCALE, localizePath, type Locale } from '../i18n/locales.ts';

/** Build folders that hold assets and the search bundle, never pages. */
const ASSET_DIRS = new Set(['_astro', 'pagefind']);

/**
 * The site path of a built HTML file (path relative to dist/, `/`-separated), or null when the
 * file is not a public page: the 404 page, anything under an asset folder, or a file whose HTML
 * asks not to be indexed (`<meta name="robots" content="noindex">`) or only redirects.
 */
export function pagePathForFile(file: string, html = ''): string | null {
  const parts = file.split('/').filter(Boolean);
  const name = parts.at(-1) ?? '';
  if (!name.endsWith('.html') || ASSET_DIRS.has(parts[0] ?? '')) return null;
  if (name === '404.html') return null;
  if (/<meta\s+name=["']?robots["']?\s+content=["'][^"']*noindex/i.test(html)) return null;
  if (/<meta\s+http-equiv=["']?refresh/i.test(html)) return null;
  const dirs = parts.slice(0, -1);
  const path = name === 'index.html' ? dirs.map((d) => `${d}/`).join('') : [...dirs, name].join('/');
  return `/${path}`;
}

/**
 * A sitemaps.org urlset for `paths` on `site` (absolute URLs, sorted, each once). With `locales`,
 * every page lists the same page in each edition that exists (`xhtml:link rel="alternate"
 * hreflang`, itself included, plus `x-default` for the English one), as search engines read them.
 * @param lastmod ISO date the data was last reviewed, given to every URL
 */
export function sitemapXml(site: string | URL, paths: readonly string[], lastmod?: string, locales: readonly Locale[] = []): string {
  const known = new Set(paths);
  const unique = [...new Set(paths)].sort((a, b) => new URL(a, site).href.localeCompare(new URL(b, site).href));
  const entries = unique.map((path) => {
    const loc = new URL(path, site).href;
    const editions = locales.map((l) => ({ l, path: localizePath(path, l) })).filter((e) => known.has(e.path));
    const links =
      editions.length > 1
        ? [
            ...editions.map((e) => `<xhtml:link rel="alternate" hreflang="${e.l}" href="${escapeXml(new URL(e.path, site).href)}"/>`),
            `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(new URL(localizePath(path, SOURCE_LOCALE), site).href)}"/>`,
          ].join('')
        : '';
    return `  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ''}${links}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

/** Site paths listed in a sitemap's `<loc>` elements, relative to its site. */
export function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&')).pathname);
}
