/**
 * The one reader of the built site (dist/) for the tests and the benchmark: which HTML documents and
 * pages it has, what kind each page is, and what a page loads eagerly — read with real parsers
 * (parse5 for HTML, es-module-lexer for JavaScript modules), not regular expressions.
 *
 * Used by tests/e2e/harness.ts (listPages), tests/e2e/dist-scan.ts (the file checks) and
 * scripts/bench/weights.mjs (page weights).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { initSync, parse as parseModule } from 'es-module-lexer';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { isTextPage } from '../config/budgets.ts';
import { unlocalizedPath } from '../../src/i18n/locales.ts';

/** Folders of dist/ that hold no page: build assets, the search index, map data and images, link previews, downloads (but /data/ itself). */
export const NON_PAGE_DIRS = ['_astro', 'pagefind', 'map-data', 'maps', 'og', 'data'];

/** An HTML document of the build: its file and the site path that serves it. */
export interface HtmlFile {
  file: string;
  /** `/`, `/borders/kazakhstan-russia/`, `/404.html`. */
  path: string;
}

/** Every HTML document in dist/ (the pages and /404.html), sorted by site path. */
export function htmlFiles(dist: string): HtmlFile[] {
  if (!existsSync(dist)) return [];
  const out: HtmlFile[] = [];
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const rel = relative(dist, file).split(sep);
    // dist/data/index.html is the /data/ page; anything else in those folders is not a page.
    if (NON_PAGE_DIRS.includes(rel[0] ?? '') && !(rel[0] === 'data' && rel.length === 2 && entry.name === 'index.html')) continue;
    const folders = entry.name === 'index.html' ? rel.slice(0, -1) : rel;
    const path = '/' + folders.map((s, i) => (entry.name !== 'index.html' && i === folders.length - 1 ? s : `${s}/`)).join('');
    out.push({ file, path });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Every page of the built site as a site path (`/`, `/borders/kazakhstan-russia/`): the folders' index.html, not /404.html. */
export const listPages = (dist: string): string[] =>
  htmlFiles(dist)
    .map((f) => f.path)
    .filter((p) => p.endsWith('/'));

/** What a page is, by its address: the page types the benchmark and the tests name. */
export type PageKind = 'home' | 'border' | 'crossing' | 'directory' | 'text' | 'other';
export function pageKind(sitePath: string): PageKind {
  // The kind of a page is the same in every edition (`/ru/crossings/x/` is a crossing page).
  const path = unlocalizedPath(sitePath);
  if (path === '/') return 'home';
  if (/^\/borders\/[^/]+\/$/.test(path)) return 'border';
  if (path === '/crossings/') return 'directory';
  if (/^\/crossings\/[^/]+\/$/.test(path)) return 'crossing';
  return isTextPage(path) ? 'text' : 'other';
}
export { isTextPage };

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** Every element under `node` (itself included), in document order. */
export function elementsOf(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  for (const child of 'childNodes' in node ? node.childNodes : []) elementsOf(child, out);
  return out;
}

/** An element's attribute, or undefined. */
export const attrOf = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

/** The text of a node as the DOM's textContent gives it (every text node under it, joined). */
export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return ('childNodes' in node ? node.childNodes : []).map(textOf).join('');
}

/** One start tag: its name and its attributes (values decoded; a bare attribute has the value ''). */
export interface Tag {
  name: string;
  attrs: Map<string, string>;
}

/**
 * parse5's tree of a document, kept for the run: the build checks read every page several times
 * (links, policy, budgets, editions), and a worker that runs several of them parses each page once.
 * The trees are read, never changed.
 */
const parsed = new Map<string, DefaultTreeAdapterMap['document']>();
export function parse(html: string): DefaultTreeAdapterMap['document'] {
  let document = parsed.get(html);
  if (!document) {
    document = parseHtml(html);
    parsed.set(html, document);
  }
  return document;
}

/** Every element of the document, in document order (template contents included), as parse5 parses it. */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  const walk = (node: Node): void => {
    if ('tagName' in node) out.push({ name: node.tagName, attrs: new Map(node.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value])) });
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child);
    if ('content' in node && (node as Element & { content?: Node }).content) walk((node as Element & { content: Node }).content);
  };
  walk(parse(html));
  return out;
}

/** The text of a page's inline scripts (module or classic; JSON data blocks left out). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const script of elementsOf(parse(html)).filter((e) => e.tagName === 'script')) {
    if (attrOf(script, 'src') === undefined && !/^application\/(ld\+)?json$/i.test(attrOf(script, 'type') ?? '')) out.push(textOf(script));
  }
  return out;
}

/**
 * The text of a page's <main> (scripts, styles and drawings left out), whitespace collapsed: what a
 * reader reads, a stand-in for how tall the page is on screen and in print. '' without a <main>.
 */
export function mainText(html: string): string {
  const parts: string[] = [];
  const collect = (node: Node): void => {
    if ('tagName' in node && ['script', 'style', 'svg', 'template'].includes(node.tagName)) return;
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value);
    for (const child of 'childNodes' in node ? node.childNodes : []) collect(child);
  };
  const main = elementsOf(parse(html)).find((e) => e.tagName === 'main');
  if (main) collect(main);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The eager subresources of a page: the stylesheets it links and the module scripts it loads or preloads. */
export function eagerAssets(html: string): { url: string; kind: 'css' | 'js' }[] {
  const out: { url: string; kind: 'css' | 'js' }[] = [];
  for (const tag of tags(html)) {
    const rel = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (tag.name === 'link' && rel.includes('stylesheet') && !tag.attrs.has('disabled') && tag.attrs.get('href')) out.push({ url: tag.attrs.get('href')!, kind: 'css' });
    if (tag.name === 'link' && rel.includes('modulepreload') && tag.attrs.get('href')) out.push({ url: tag.attrs.get('href')!, kind: 'js' });
    if (tag.name === 'script' && tag.attrs.get('src')) out.push({ url: tag.attrs.get('src')!, kind: 'js' });
  }
  return out;
}

initSync();

/** An ES module's imports: `static` (loaded with it) and `dynamic` (`import()` of a string: loaded later). */
export function moduleImports(js: string): { static: string[]; dynamic: string[] } {
  const [imports] = parseModule(js);
  const out = { static: [] as string[], dynamic: [] as string[] };
  for (const i of imports) {
    if (i.n === undefined) continue; // import() of a computed specifier
    if (i.d === -1) out.static.push(i.n);
    else if (i.d >= 0) out.dynamic.push(i.n);
  }
  return out;
}

/** The dist/ file a site path is served from, or null when none is (as scripts/serve.mjs and a static host answer). */
export function fileForPath(dist: string, sitePath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return null;
  }
  const target = join(dist, decoded);
  if (!target.startsWith(dist) || !existsSync(target)) return null;
  const info = statSync(target);
  if (info.isFile()) return target;
  // A folder answers with its index.html, and only under the address with the trailing slash.
  if (info.isDirectory() && decoded.endsWith('/') && existsSync(join(target, 'index.html'))) return join(target, 'index.html');
  return null;
}

/** A same-origin URL in a page or module at `from`, as a site path; null for another origin or scheme. */
export const sitePath = (url: string, from: string): string | null => {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  return new URL(url, `http://site${from}`).pathname;
};

/**
 * The JavaScript a page loads before anything happens: its module scripts and module preloads and
 * everything they import statically (site path → file), and the modules they `import()` later.
 * Throws, naming the page, when a file it needs is not in dist/.
 */
export function eagerJs(dist: string, from: string, html: string): { static: Map<string, string>; dynamic: Set<string> } {
  const files = new Map<string, string>();
  const dynamic = new Set<string>();
  const queue = eagerAssets(html)
    .filter((a) => a.kind === 'js')
    .map((a) => sitePath(a.url, from))
    .filter((u): u is string => u !== null);
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (files.has(url)) continue;
    const file = fileForPath(dist, url);
    if (!file) throw new Error(`${from} loads ${url}, which is not in dist/`);
    files.set(url, file);
    const imports = moduleImports(readFileSync(file, 'utf8'));
    for (const spec of imports.static) {
      const dep = sitePath(spec, url);
      if (dep) queue.push(dep);
    }
    for (const spec of imports.dynamic) {
      const dep = sitePath(spec, url);
      if (dep) dynamic.add(dep);
    }
  }
  return { static: files, dynamic };
}
