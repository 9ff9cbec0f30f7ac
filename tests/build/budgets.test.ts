/**
 * The byte budgets (scripts/config/budgets.ts, their one home) over the files of the built site,
 * deterministic, gzip level 9 as scripts/serve.mjs sends:
 *   - a text page's HTML ≤ 14 KB compressed (it fits the first round trip);
 *   - own JavaScript on a text page ≤ 10 KB compressed (eager scripts, their static imports, inline modules);
 *   - a page's HTML + eager CSS + eager JS ≤ 50 KB compressed;
 *   - no eager script reaches maplibre-gl through static imports;
 *   - each /map-data/<view>.json ≤ 300 KB compressed.
 * In Chromium (tests/e2e/): the bytes transferred before any map activates and the layout shift
 * on the sampled pages of every template (the page pass, tests/e2e/page-pass.ts); nothing heavy
 * before the reader moves, and a map scrolled into view then loads (tests/e2e/map.test.ts).
 *
 * "Text pages" are the pages whose main content is text: /travel/, /sources/, /transnational-issues/,
 * /data/, the 404 page and every crossing page (which carry a small map). The map-led pages (the
 * overview /, the border pages, the /crossings/ directory and the /research/migration/ charts) are
 * held to the 50 KB transfer budget only.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOCALES, localizePath, unlocalizedPath } from '../../src/i18n/locales.ts';
import { BUDGETS as BUDGET, beforeMapBudget, htmlBudget, isTextPage, kb } from '../../scripts/config/budgets.ts';
import { eagerAssets, eagerJs, fileForPath, gzipSize, htmlFiles, inlineScripts, readText, tags } from '../e2e/dist-scan.ts';
import { distDir } from '../e2e/harness.ts';

const pages = htmlFiles();
const textPages = pages.filter((p) => isTextPage(p.path));

/** A site-path asset's file (throws with the page that links it when missing). */
const assetFile = (url: string, from: string): string => {
  const file = fileForPath(new URL(url, `http://x${from}`).pathname);
  if (!file) throw new Error(`${from} links ${url}, which is not in dist/`);
  return file;
};

interface StaticWeight {
  html: number;
  css: number;
  js: number;
  inlineJs: number;
  jsFiles: string[];
}
function staticWeight(file: string, path: string): StaticWeight {
  const html = readText(file);
  const css = eagerAssets(html)
    .filter((a) => a.kind === 'css')
    .reduce((sum, a) => sum + gzipSize(readText(assetFile(a.url, path))), 0);
  // Linked module scripts and everything they import statically (site path → file).
  const js = eagerJs(path, html);
  return {
    html: gzipSize(html),
    css,
    js: [...js.values()].reduce((sum, f) => sum + gzipSize(readText(f)), 0),
    inlineJs: inlineScripts(html).reduce((sum, s) => sum + (s.trim() ? gzipSize(s) : 0), 0),
    jsFiles: [...js.keys()],
  };
}

test('the build has pages, text pages among them, and map data', () => {
  expect(pages.length, `no HTML in ${distDir()}`).toBeGreaterThan(5);
  expect(textPages.map((p) => p.path)).toEqual(expect.arrayContaining(['/travel/', '/sources/', '/transnational-issues/', '/data/']));
  expect(
    textPages.some((p) => p.path.startsWith('/crossings/') && p.path !== '/crossings/'),
    'a crossing page',
  ).toBe(true);
  expect(existsSync(join(distDir(), 'map-data')), 'dist/map-data/').toBe(true);
});

describe('static budgets (dist/ files, gzip -9)', () => {
  test.each(textPages.map((p) => [p.path, p.file]))(`text page %s: HTML within its budget, own JS ≤ ${kb(BUDGET.ownJsText)}`, (path, file) => {
    const w = staticWeight(file, path);
    expect(w.html, `${path}: compressed HTML (budget ${kb(htmlBudget(path))})`).toBeLessThanOrEqual(htmlBudget(path));
    expect(w.js + w.inlineJs, `${path}: compressed own JS, ${w.jsFiles.join(', ')} + inline (budget ${kb(BUDGET.ownJsText)})`).toBeLessThanOrEqual(
      BUDGET.ownJsText,
    );
  });

  test.each(pages.map((p) => [p.path, p.file]))(
    `%s: HTML and HTML + eager CSS + eager JS within the page's budgets, no MapLibre in the eager graph`,
    (path, file) => {
      const w = staticWeight(file, path);
      expect(w.html, `${path}: compressed HTML (budget ${kb(htmlBudget(path))})`).toBeLessThanOrEqual(htmlBudget(path));
      const total = w.html + w.css + w.js;
      expect(
        w.jsFiles.filter((u) => /maplibre/i.test(u)),
        `${path}: MapLibre loaded eagerly`,
      ).toEqual([]);
      expect(total, `${path}: HTML ${kb(w.html)} + CSS ${kb(w.css)} + JS ${kb(w.js)} (budget ${kb(beforeMapBudget(path))})`).toBeLessThanOrEqual(
        beforeMapBudget(path),
      );
    },
  );

  test(`every map data file ≤ ${kb(BUDGET.mapData)} compressed, and every map on a page points at one`, () => {
    const dirs = LOCALES.map((l) => localizePath('/map-data/', l));
    const sizes: Record<string, number> = {};
    let maps = 0;
    for (const page of pages) {
      for (const tag of tags(readText(page.file))) {
        if (tag.name !== 'atlas-map') continue;
        maps++;
        const src = tag.attrs.get('data-src') ?? '';
        // Each edition's map data, in its language: /map-data/<view>.json, /ru/map-data/<view>.json.
        expect(unlocalizedPath(src), `${page.path}: <atlas-map data-src>`).toMatch(/^\/map-data\/[a-z0-9-]+\.json$/);
        const file = fileForPath(src);
        expect(file, `${page.path}: ${src} exists`).not.toBeNull();
        sizes[src] ??= gzipSize(readText(file!));
      }
    }
    expect(maps, 'pages with an <atlas-map>').toBeGreaterThan(0);
    for (const dir of dirs)
      for (const name of readdirSync(join(distDir(), dir)).filter((n) => n.endsWith('.json')))
        sizes[`${dir}${name}`] ??= gzipSize(readText(join(distDir(), dir, name)));
    const largest = Object.entries(sizes).sort((a, b) => b[1] - a[1]);
    console.info(
      `map data: ${largest.length} files, largest ${largest
        .slice(0, 3)
        .map(([u, s]) => `${u} ${kb(s)}`)
        .join(', ')}`,
    );
    expect(
      largest.filter(([, s]) => s > BUDGET.mapData).map(([u, s]) => `${u}: ${kb(s)}`),
      `over ${kb(BUDGET.mapData)} compressed`,
    ).toEqual([]);
  });
});
