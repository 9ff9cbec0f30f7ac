/**
 * Reading the built site from disk, for the quality gates that need no browser (links, html-validate,
 * byte budgets): which HTML files it has, which URLs they reference, which ids they define. The
 * reading itself (files, pages, parsing) is scripts/dist/read-dist.ts, which the benchmark uses too;
 * this file adds the test run's dist/ as the default and the link checks' helpers.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as read from '../../scripts/dist/read-dist.ts';
import { distDir } from './harness.ts';

export type { HtmlFile, Tag } from '../../scripts/dist/read-dist.ts';
/** Parsed with parse5 (scripts/dist/read-dist.ts, shared with the benchmark). */
export const { eagerAssets, inlineScripts, tags } = read;

/** Every HTML document in dist/ (pages, /404.html, /data/), sorted by site path. */
export const htmlFiles = (dist = distDir()): read.HtmlFile[] => read.htmlFiles(dist);

/** Bytes of `data` gzipped at level 9, as scripts/serve.mjs sends them. */
export const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

/** The dist/ file a site path is served from, or null when none is (mirrors scripts/serve.mjs). */
export const fileForPath = (sitePath: string, dist = distDir()): string | null => read.fileForPath(dist, sitePath);

/** A page's eager JavaScript (module scripts and their static imports), site path → file; see read-dist.ts. */
export const eagerJs = (from: string, html: string, dist = distDir()): Map<string, string> => read.eagerJs(dist, from, html).static;

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

/** Reads a file of the build as text. */
export const readText = (file: string): string => readFileSync(file, 'utf8');
