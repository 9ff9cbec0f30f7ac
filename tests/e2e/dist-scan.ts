/**
 * Reading the built site from disk, for the quality gates that need no browser (links, html-validate,
 * byte budgets): which HTML files it has, which URLs they reference, which ids they define.
 *
 * The pages are found like harness.ts listPages(), but every HTML document counts here, including
 * /404.html and /data/ (listPages leaves out the whole data/ folder, so /data/index.html with it).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir } from './harness.ts';

/** Folders of dist/ that hold no pages of the site: search index fragments and build assets. */
const NOT_PAGES = ['pagefind', '_astro'];

/** An HTML document of the build: its file and the site path that serves it. */
export interface HtmlFile {
  file: string;
  /** `/`, `/borders/kazakhstan-russia/`, `/404.html`. */
  path: string;
}

/** Every .html file in dist/ (pages, /404.html, /data/), sorted by site path. */
export function htmlFiles(dist = distDir()): HtmlFile[] {
  if (!existsSync(dist)) return [];
  const out: HtmlFile[] = [];
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const rel = relative(dist, file).split(sep);
    if (NOT_PAGES.includes(rel[0] ?? '')) continue;
    const path =
      entry.name === 'index.html'
        ? '/' +
          rel
            .slice(0, -1)
            .map((s) => `${s}/`)
            .join('')
        : '/' + rel.join('/');
    out.push({ file, path });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Bytes of `data` gzipped at level 9, as scripts/serve.mjs sends them. */
export const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

/** The dist/ file a site path is served from, or null when none is (mirrors scripts/serve.mjs). */
export function fileForPath(sitePath: string, dist = distDir()): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return null;
  }
  const target = join(dist, decoded);
  if (!target.startsWith(dist)) return null;
  if (!existsSync(target)) return null;
  const info = statSync(target);
  if (info.isFile()) return target;
  // A folder answers with its index.html, and only under the address with the trailing slash.
  if (info.isDirectory() && decoded.endsWith('/') && existsSync(join(target, 'index.html'))) return join(target, 'index.html');
  return null;
}

/** The markup without the bodies of <script> and <style> elements (their text is no markup). */
export const markupOnly = (html: string): string =>
  html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2').replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, '$1$2');

const decodeEntities = (value: string): string =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

/** One start tag: its name and its attributes (values decoded; a bare attribute has the value ''). */
export interface Tag {
  name: string;
  attrs: Map<string, string>;
}

/** Every start tag in the markup (script and style bodies skipped). */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  const markup = markupOnly(html).replace(/<!--[\s\S]*?-->/g, '');
  for (const match of markup.matchAll(/<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)) {
    const attrs = new Map<string, string>();
    for (const a of (match[2] ?? '').matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attrs.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    out.push({ name: match[1]!.toLowerCase(), attrs });
  }
  return out;
}

/** Every `id` (and `<a name>`) a page defines: the targets of `#fragment` links into it. */
export function anchorsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags(html)) {
    const id = tag.attrs.get('id');
    if (id) ids.add(id);
    if (tag.name === 'a' && tag.attrs.get('name')) ids.add(tag.attrs.get('name')!);
  }
  return ids;
}

/** A reference from a page: where it is and what it points at. */
export interface Reference {
  /** `a[href]`, `img[src]`, `link[href]`, `meta[og:image]`, `atlas-map[data-src]`… */
  where: string;
  url: string;
}

/**
 * Every URL a page refers to: links, sources, stylesheets and icons, form actions, srcset entries,
 * SVG `href`/`xlink:href`, the map island's `data-src` and the search box's `data-bundle`, and the
 * link-preview image in the OpenGraph/Twitter meta tags.
 */
export function referencesOf(html: string): Reference[] {
  const refs: Reference[] = [];
  for (const tag of tags(html)) {
    for (const attr of ['href', 'src', 'xlink:href', 'action', 'poster', 'data-src', 'data-bundle']) {
      const value = tag.attrs.get(attr);
      if (value !== undefined) refs.push({ where: `${tag.name}[${attr}]`, url: value });
    }
    const srcset = tag.attrs.get('srcset');
    if (srcset) for (const candidate of srcset.split(',')) refs.push({ where: `${tag.name}[srcset]`, url: candidate.trim().split(/\s+/)[0] ?? '' });
    const property = tag.attrs.get('property') ?? tag.attrs.get('name') ?? '';
    if (tag.name === 'meta' && /^(og:image|og:url|twitter:image)$/.test(property))
      refs.push({ where: `meta[${property}]`, url: tag.attrs.get('content') ?? '' });
  }
  return refs;
}

/** The eager subresources of a page: stylesheets and module scripts it links, with their sizes. */
export function eagerAssets(html: string): { url: string; kind: 'css' | 'js' }[] {
  const out: { url: string; kind: 'css' | 'js' }[] = [];
  for (const tag of tags(html)) {
    if (tag.name === 'link' && /\bstylesheet\b/.test(tag.attrs.get('rel') ?? '') && !tag.attrs.has('disabled'))
      out.push({ url: tag.attrs.get('href')!, kind: 'css' });
    if (tag.name === 'link' && /\bmodulepreload\b/.test(tag.attrs.get('rel') ?? '')) out.push({ url: tag.attrs.get('href')!, kind: 'js' });
    if (tag.name === 'script' && tag.attrs.get('src')) out.push({ url: tag.attrs.get('src')!, kind: 'js' });
  }
  return out;
}

/** Static `import` specifiers of an ES module (`import"./x.js"`, `from"./x.js"`), not dynamic import(). */
export const staticImports = (js: string): string[] =>
  [...js.matchAll(/(?:^|[;\s}])(?:import\s*(?:[\w*{}\s,$]+\s*from\s*)?|export\s*[\w*{}\s,$]+\s*from\s*)["']([^"']+)["']/g)].map((m) => m[1]!);

/** Reads a file of the build as text. */
export const readText = (file: string): string => readFileSync(file, 'utf8');
