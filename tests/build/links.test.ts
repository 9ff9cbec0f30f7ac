/**
 * Link check over the whole build, from the files (no browser): every URL in every HTML file —
 * links, `#fragment`s (the id must exist in the target page), downloads, stylesheets, scripts,
 * images, the map island's data-src, the search bundle, link-preview images — resolves to a file in
 * dist/, as scripts/serve.mjs would serve it. Absolute URLs on the site's own origin (canonical,
 * og:url, the footer's page address) count as internal. Only plain `<a href>` links may leave the
 * site (licences); nothing the page loads may (the browser side of that is in the page pass, tests/e2e/page-pass.ts).
 * Also: every url() in the built CSS, and every <loc> of sitemap.xml.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { anchorsOf, fileForPath, htmlFiles, readText, referencesOf, tags } from '../e2e/dist-scan.ts';
import { distDir } from '../e2e/harness.ts';
import { isNotFoundPath } from '../../src/site/routes.ts';

const dist = distDir();
const files = htmlFiles();

/** The public origin, from the home page's canonical link (astro.config.mjs `site`). */
const siteOrigin = (() => {
  const home = files.find((f) => f.path === '/');
  const canonical = home && tags(readText(home.file)).find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical');
  return canonical ? new URL(canonical.attrs.get('href')!).origin : null;
})();

const anchorCache = new Map<string, Set<string>>();
const anchorsIn = (file: string): Set<string> => {
  let ids = anchorCache.get(file);
  if (!ids) anchorCache.set(file, (ids = anchorsOf(readText(file))));
  return ids;
};

/** `#map=zoom/lat/lon` is map state read by the map island, not an element id. */
const MAP_STATE = /^map=\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?$/;

/** Why a reference from `pagePath` is broken, or null when it resolves. */
function problem(ref: { where: string; url: string }, pagePath: string, pageFile: string): string | null {
  const raw = ref.url.trim();
  if (raw === '') return 'empty URL';
  if (/^javascript:/i.test(raw)) return 'javascript: URL';
  if (/^(mailto|tel|data):/i.test(raw)) return null;
  const url = new URL(raw, `https://site.invalid${pagePath}`);
  const internal = url.origin === 'https://site.invalid' || (siteOrigin !== null && url.origin === siteOrigin);
  if (!internal) {
    // A reader may follow a link elsewhere; the page must not load anything from elsewhere.
    return ref.where === 'a[href]' && /^https?:$/.test(url.protocol) ? null : `another origin (${url.origin}) in ${ref.where}`;
  }
  if (ref.where.endsWith('[data-bundle]')) {
    return existsSync(join(dist, decodeURIComponent(url.pathname), 'pagefind.js')) ? null : `no pagefind.js under ${url.pathname}`;
  }
  const target = url.pathname === pagePath && raw.startsWith('#') ? pageFile : fileForPath(url.pathname, dist);
  if (!target) {
    const dir = join(dist, decodeURIComponent(url.pathname));
    if (!url.pathname.endsWith('/') && existsSync(join(dir, 'index.html'))) return `${url.pathname} lacks the trailing slash (answers with a redirect)`;
    return `${url.pathname} is not in dist/`;
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment === '' || MAP_STATE.test(fragment) || fragment.startsWith(':~:')) return url.hash === '#' ? 'bare "#" link' : null;
  // A static map's geometry file: `<use href="/maps/<view>.svg#land-kazakhstan">` names a group in it.
  if (target.endsWith('.svg')) return anchorsIn(target).has(fragment) ? null : `#${fragment} does not exist in ${url.pathname}`;
  if (!target.endsWith('.html')) return `#${fragment} on a non-HTML file`;
  return anchorsIn(target).has(fragment) ? null : `#${fragment} does not exist in ${url.pathname}`;
}

test('dist/ has pages, and the site origin is known', () => {
  expect(files.length, `no HTML in ${dist}`).toBeGreaterThan(0);
  expect(siteOrigin, 'canonical link on the home page').toMatch(/^https?:\/\//);
});

test.each(files.map((f) => [f.path, f.file]))('%s: every link, anchor and resource resolves', (path, file) => {
  const broken: string[] = [];
  for (const ref of referencesOf(readText(file))) {
    const why = problem(ref, path, file);
    if (why) broken.push(`${ref.where} "${ref.url}": ${why}`);
  }
  expect(broken, `${path}: broken references`).toEqual([]);
});

test('no two elements of a page share an id (fragments must be unambiguous)', () => {
  const duplicates: string[] = [];
  for (const { path, file } of files) {
    const seen = new Set<string>();
    for (const tag of tags(readText(file))) {
      const id = tag.attrs.get('id');
      if (!id) continue;
      if (seen.has(id)) duplicates.push(`${path}#${id}`);
      seen.add(id);
    }
  }
  expect(duplicates).toEqual([]);
});

test('every url() in the built CSS resolves', () => {
  const astro = join(dist, '_astro');
  const broken: string[] = [];
  for (const name of existsSync(astro) ? readdirSync(astro).filter((n) => n.endsWith('.css')) : []) {
    const css = readText(join(astro, name));
    for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      const value = m[2]!;
      if (/^(data:|#)/.test(value)) continue;
      if (/^[a-z]+:/i.test(value)) {
        broken.push(`${name}: ${value} (another origin)`);
        continue;
      }
      const sitePath = new URL(value, `https://site.invalid/_astro/${name}`).pathname;
      if (!fileForPath(sitePath, dist)) broken.push(`${name}: ${value} → ${sitePath} not in dist/`);
    }
  }
  expect(broken).toEqual([]);
});

test('every <loc> of sitemap.xml is a page of the build', () => {
  const sitemap = join(dist, 'sitemap.xml');
  expect(existsSync(sitemap), 'dist/sitemap.xml').toBe(true);
  const locs = [...readText(sitemap).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim());
  expect(locs.length).toBeGreaterThan(0);
  const missing = locs.filter((loc) => {
    const url = new URL(loc);
    return url.origin !== siteOrigin || !fileForPath(url.pathname, dist);
  });
  expect(missing, 'sitemap entries without a page').toEqual([]);
  // …and every page but the 404 page is in it.
  const listed = new Set(locs.map((l) => new URL(l).pathname));
  const unlisted = files.map((f) => f.path).filter((p) => !isNotFoundPath(p) && !listed.has(p));
  expect(unlisted, 'pages missing from the sitemap').toEqual([]);
});

test('the downloads the /data/ page offers exist, with their public names (docs/architecture.md)', () => {
  const page = files.find((f) => f.path === '/data/');
  expect(page, '/data/ page').toBeTruthy();
  const hrefs = referencesOf(readText(page!.file))
    .filter((r) => r.where === 'a[href]')
    .map((r) => new URL(r.url, 'https://site.invalid/data/').pathname)
    .filter((p) => /^\/data\/.+\.(geojson|csv|json)$/.test(p));
  expect(hrefs.filter((h) => h.endsWith('.geojson')).length, 'GeoJSON downloads').toBeGreaterThan(0);
  expect(hrefs.filter((h) => h.endsWith('.csv')).length, 'CSV downloads').toBeGreaterThan(0);
  expect(hrefs.filter((h) => /^\/data\/schema\/[^/]+\.json$/.test(h)).length, 'JSON Schema downloads').toBeGreaterThan(0);
  expect(
    hrefs.filter((h) => !fileForPath(h, dist)).map((h) => relative(dist, join(dist, h))),
    'downloads missing from dist/',
  ).toEqual([]);
});
