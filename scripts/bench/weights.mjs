// Static page weights: for every page of dist/, the HTML and the CSS and JavaScript it loads
// before any map activates, raw and compressed (gzip level 9 as scripts/serve.mjs sends it, and
// brotli quality 11 as a static host would precompress), plus the map data its <atlas-map> fetches
// on activation. JavaScript is followed through its static imports (not `import()`: that is what
// activation loads). Pages, HTML and modules are read by scripts/dist/read-dist.ts, as the tests read them.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzipSync } from 'node:zlib';

import { eagerAssets, eagerJs, listPages, sitePath, tags } from '../dist/read-dist.ts';

const brotli = promisify(brotliCompress);

const sizeCache = new Map();

/** { raw, gzip, br } byte counts of a buffer (brotli runs on libuv's thread pool). */
export async function sizes(buffer, { br: withBrotli = true } = {}) {
  if (!withBrotli) return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length, br: null };
  const br = brotli(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length } });
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length, br: (await br).length };
}

/** Sizes of a file, cached by content (the same asset in two builds is compressed once). */
async function fileSizes(path, options = {}) {
  const buffer = await readFile(path);
  const key = `${createHash('sha1').update(buffer).digest('hex')} ${options.br !== false}`;
  if (!sizeCache.has(key)) sizeCache.set(key, sizes(buffer, options));
  return sizeCache.get(key);
}

const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, br: a.br + b.br });
const ZERO = { raw: 0, gzip: 0, br: 0 };
export const sum = (list) => list.reduce(add, ZERO);

/** Every page of dist/ as site paths (scripts/dist/read-dist.ts), the home page first, then by depth. */
export const findPages = async (dist) => listPages(dist).sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));

/** A site path's file in dist (same origin, no query). */
const fileOf = (dist, url) => join(dist, ...url.split('/').filter(Boolean));

/** The static module graph from `urls` (site paths of modules): { static: Set<url>, dynamic: Set<url> }. */
function moduleGraph(dist, urls) {
  const html = urls.map((u) => `<script type="module" src="${u}"></script>`).join('');
  const graph = eagerJs(dist, '/', html);
  return { static: new Set(graph.static.keys()), dynamic: graph.dynamic };
}

/** Is this asset part of MapLibre (its library chunk, worker or stylesheet)? */
export const isMapLibre = (url) => /maplibre/i.test(url);

/**
 * Weights of one page. Returns { path, map: bool, mapData, html, css[], js[], totals }.
 */
export async function pageWeight(dist, path) {
  const htmlFile = join(dist, ...path.split('/').filter(Boolean), 'index.html');
  const html = await readFile(htmlFile, 'utf8');
  const css = eagerAssets(html)
    .filter((a) => a.kind === 'css')
    .map((a) => sitePath(a.url, path))
    .filter(Boolean);
  const page = eagerJs(dist, path, html);
  const graph = { static: new Set(page.static.keys()), dynamic: page.dynamic };
  // What activation adds: the static closure of the dynamic imports, minus what is already loaded.
  const later = moduleGraph(dist, [...graph.dynamic]);
  const activationUrls = [...later.static].filter((u) => !graph.static.has(u));
  const mapTag = tags(html).find((t) => t.name === 'atlas-map');
  const mapSrc = mapTag?.attrs.get('data-src') ? sitePath(mapTag.attrs.get('data-src'), path) : null;
  const [htmlSizes, cssSizes, jsSizes] = await Promise.all([
    sizes(Buffer.from(html)),
    Promise.all(css.map(async (url) => ({ url, ...(await fileSizes(fileOf(dist, url))) }))),
    Promise.all([...graph.static].map(async (url) => ({ url, ...(await fileSizes(fileOf(dist, url))) }))),
  ]);
  // Map data: gzip only (brotli -11 of ~35 files of ~0.3 MB would take most of the run).
  const mapData = mapSrc
    ? { url: mapSrc, ...(await fileSizes(fileOf(dist, mapSrc), { br: false }).catch(() => ({ raw: null, gzip: null, br: null, missing: true }))) }
    : null;
  const js = sum(jsSizes);
  const ownJs = sum(jsSizes.filter((j) => !isMapLibre(j.url)));
  const cssTotal = sum(cssSizes);
  return {
    path,
    map: Boolean(mapTag),
    html: htmlSizes,
    css: cssSizes,
    js: jsSizes,
    dynamicImports: [...graph.dynamic],
    activationUrls,
    mapData,
    staticMapLibre: jsSizes.some((j) => isMapLibre(j.url)) || cssSizes.some((c) => isMapLibre(c.url)),
    totals: { css: cssTotal, js, ownJs, beforeMap: sum([htmlSizes, cssTotal, js]) },
  };
}

/** MapLibre's files in dist/_astro: { files: [{url, raw, gzip, br}], total }. */
export async function mapLibreWeight(dist) {
  const dir = join(dist, '_astro');
  const files = [];
  for (const name of (await readdir(dir)).sort()) {
    if (!isMapLibre(name) || name.endsWith('.map')) continue;
    files.push({ url: `/_astro/${name}`, ...(await fileSizes(join(dir, name))) });
  }
  return { files, total: sum(files) };
}

/** The atlas-map-view chunk(s): the map code of our own that activation loads besides MapLibre. */
export async function activationChunks(dist, pages) {
  const urls = new Set(pages.flatMap((p) => p.activationUrls).filter((u) => !isMapLibre(u)));
  const files = [];
  for (const url of [...urls].sort()) files.push({ url, ...(await fileSizes(fileOf(dist, url)).catch(() => ZERO)) });
  return { files, total: sum(files) };
}

export async function allWeights(dist, only) {
  const paths = only ?? (await findPages(dist));
  const pages = await Promise.all(paths.map((path) => pageWeight(dist, path)));
  const dirBytes = async (sub) => {
    let total = 0;
    let count = 0;
    const dir = join(dist, sub);
    for (const name of await readdir(dir).catch(() => [])) {
      const info = await stat(join(dir, name));
      if (info.isFile()) {
        total += info.size;
        count++;
      }
    }
    return { files: count, bytes: total };
  };
  return {
    pages,
    maplibre: await mapLibreWeight(dist),
    activation: await activationChunks(dist, pages),
    mapDataDir: await dirBytes('map-data'),
  };
}
