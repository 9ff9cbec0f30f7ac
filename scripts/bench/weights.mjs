// Static page weights: for every dist/**/index.html, the HTML and the CSS and JavaScript it loads
// before any map activates, raw and compressed (gzip level 9 as scripts/serve.mjs sends it, and
// brotli quality 11 as a static host would precompress), plus the map data its <atlas-map> fetches
// on activation. JavaScript is followed through its static imports (not `import()`: that is what
// activation loads).
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzipSync } from 'node:zlib';

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

/** Every dist/**\/index.html (and no files under _astro, map-data, data, pagefind), as site paths. */
export async function findPages(dist) {
  const pages = [];
  async function walk(dir) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (dir === dist && ['_astro', 'pagefind', 'map-data', 'og'].includes(entry.name)) continue;
        await walk(path);
      } else if (entry.name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  }
  await walk(dist);
  return pages.sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
}

const attr = (tag, name) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);
const tags = (html, name) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];

/** Resolves a URL found in a page or module to a file in dist (same-origin, no query); null if external. */
function toFile(dist, from, url) {
  if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const clean = url.split(/[?#]/)[0];
  const path = clean.startsWith('/') ? clean : posix.join(posix.dirname(from), clean);
  return { url: path, file: join(dist, ...path.split('/').filter(Boolean)) };
}

const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`$]+)["'`]|\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["'`]([^"'`$]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g;

/** The static module graph from `entries` (site URLs): { static: Set<url>, dynamic: Set<url> }. */
async function moduleGraph(dist, entries) {
  const seen = new Set();
  const dynamic = new Set();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const target = toFile(dist, url, url);
    const text = await readFile(target.file, 'utf8').catch(() => '');
    for (const m of text.matchAll(STATIC_IMPORT)) {
      const dep = toFile(dist, url, m[1] ?? m[2]);
      if (dep) queue.push(dep.url);
    }
    for (const m of text.matchAll(DYNAMIC_IMPORT)) {
      const dep = toFile(dist, url, m[1]);
      if (dep) dynamic.add(dep.url);
    }
  }
  return { static: seen, dynamic };
}

/** Is this asset part of MapLibre (its library chunk, worker or stylesheet)? */
export const isMapLibre = (url) => /maplibre/i.test(url);

/**
 * Weights of one page. Returns { path, map: bool, mapData, html, css[], js[], totals }.
 */
export async function pageWeight(dist, path) {
  const htmlFile = join(dist, ...path.split('/').filter(Boolean), 'index.html');
  const html = await readFile(htmlFile, 'utf8');
  const css = [];
  for (const tag of tags(html, 'link')) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet')) {
      const target = toFile(dist, path, attr(tag, 'href'));
      if (target) css.push(target.url);
    }
  }
  const entries = [];
  for (const tag of tags(html, 'script')) {
    const src = attr(tag, 'src');
    if (src && (attr(tag, 'type') ?? '').toLowerCase() === 'module') {
      const target = toFile(dist, path, src);
      if (target) entries.push(target.url);
    }
  }
  for (const tag of tags(html, 'link')) {
    if ((attr(tag, 'rel') ?? '').toLowerCase() === 'modulepreload') {
      const target = toFile(dist, path, attr(tag, 'href'));
      if (target) entries.push(target.url);
    }
  }
  const graph = await moduleGraph(dist, entries);
  // What activation adds: the static closure of the dynamic imports, minus what is already loaded.
  const later = await moduleGraph(dist, [...graph.dynamic]);
  const activationUrls = [...later.static].filter((u) => !graph.static.has(u));
  const mapTag = tags(html, 'atlas-map')[0];
  const mapSrc = mapTag ? toFile(dist, path, attr(mapTag, 'data-src')) : null;
  const [htmlSizes, cssSizes, jsSizes] = await Promise.all([
    sizes(Buffer.from(html)),
    Promise.all(css.map(async (url) => ({ url, ...(await fileSizes(toFile(dist, url, url).file)) }))),
    Promise.all([...graph.static].map(async (url) => ({ url, ...(await fileSizes(toFile(dist, url, url).file)) }))),
  ]);
  // Map data: gzip only (brotli -11 of ~35 files of ~0.3 MB would take most of the run).
  const mapData = mapSrc
    ? { url: mapSrc.url, ...(await fileSizes(mapSrc.file, { br: false }).catch(() => ({ raw: null, gzip: null, br: null, missing: true }))) }
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
  for (const url of [...urls].sort()) files.push({ url, ...(await fileSizes(toFile(dist, url, url).file).catch(() => ZERO)) });
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
