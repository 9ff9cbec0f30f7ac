/**
 * After `astro build` has written dist/: the sitemap (`/sitemap.xml`), the Atom feed of what
 * changed (`/changes.xml`) and the Pagefind search index (`/pagefind/`), so that `astro build`
 * alone produces a complete, searchable site.
 *
 * Both read the same list of pages: every built HTML file except the 404 page, redirects and
 * pages marked noindex (src/site/sitemap.ts). The search index holds
 * - each page's `<main>` (header, footer and the map figures left out: map labels would make
 *   every nearby page match every town on its map);
 * - on crossing pages, every name and alias of both sides and of their settlements (and on
 *   border pages those of places without a row of their own), as a weighted paragraph that only
 *   the index sees;
 * - one custom record per settlement and region, pointing at its row on a border page
 *   (`#settlement-<id>`, `#region-<id>`), so any spelling, transliteration or script finds it.
 * What goes where is decided in src/site/search-records.ts.
 * Everything is local files: no service, no request to another origin.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadCheckedAtlas, loadEdition } from '../data/load.ts';
import { LOCALES, LOCALE_TAGS, TRANSLATED_LOCALES, localeOfPath, localizePath } from '../i18n/locales.ts';
import { routesFor } from '../site/routes.ts';
import { geoContext } from '../data/geo-layers.ts';
import { contextTowns, searchPlan, withSearchNames } from '../site/search-records.ts';
import { pagePathForFile, sitemapXml } from '../site/sitemap.ts';
import { DATA_REVIEWED } from '../site/config.ts';
import { changesFeedXml } from '../site/changes-feed.ts';

/**
 * Pagefind's ready-made UIs, written with every index. The atlas has its own small search element
 * (src/client/site-search.ts over `pagefind.js`), so these would only be dead weight in dist/.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Parts of `<main>` the index leaves out: maps and their legends, navigation, citation marks, print-only headers. */
const EXCLUDE = ['.atlas-figure', '.static-map', '.breadcrumbs', 'sup.cite', 'site-search', '.print-only'];

interface BuiltPage {
  /** Site path, `/crossings/khorgos-khorgos/`. */
  path: string;
  html: string;
}

async function builtPages(root: string): Promise<BuiltPage[]> {
  const pages: BuiltPage[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = await readFile(file, 'utf8');
    const path = pagePathForFile(relative(root, file).split(sep).join('/'), html);
    if (path) pages.push({ path, html });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Astro writes only the English 404 page as a file (`/404.html`); an edition's 404 page comes out as
 * a folder (`/ru/404/index.html`). Hosts answer a missing `/ru/…` path with the nearest `404.html`,
 * so each edition's page moves to `/<edition>/404.html` (routes.notFound).
 */
async function moveNotFoundPages(root: string): Promise<void> {
  for (const locale of TRANSLATED_LOCALES) {
    const folder = join(root, ...localizePath('/404/', locale).split('/').filter(Boolean));
    const target = join(root, ...routesFor(locale).notFound().split('/').filter(Boolean));
    await rename(join(folder, 'index.html'), target);
    await rm(folder, { recursive: true });
  }
}

export default function siteIndex(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'atlas-site-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        await moveNotFoundPages(root);
        const pages = await builtPages(root);

        // Sitemap
        if (site) {
          await writeFile(
            join(root, 'sitemap.xml'),
            sitemapXml(
              site,
              pages.map((p) => p.path),
              DATA_REVIEWED,
              LOCALES,
            ),
          );
          logger.info(`sitemap.xml: ${pages.length} pages`);
        } else logger.warn('no `site` in astro.config: sitemap.xml not written');

        // The Atom feed of what changed: absolute links only, so like the sitemap only with a public address.
        if (site) {
          await writeFile(join(root, 'changes.xml'), changesFeedXml(loadCheckedAtlas(), site));
          logger.info('changes.xml: Atom feed of status readings and events');
        } else logger.warn('no `site` in astro.config: changes.xml (Atom feed) not written');

        // Search index
        const byPath = new Map(pages.map((p) => [p.path, p.html]));
        const hasTarget = (url: string): boolean => {
          const [path = '', anchor] = url.split('#');
          const html = byPath.get(path);
          return html !== undefined && (!anchor || html.includes(`id="${anchor}"`));
        };
        const towns = contextTowns(geoContext());
        // One plan per edition: its own names, sentences and addresses. Pagefind keeps one index per
        // language (from each page's <html lang>), so a Russian page searches the Russian index.
        const plans = LOCALES.map((locale) => ({ locale, ...searchPlan(loadEdition(locale), hasTarget, towns, locale) }));
        const records = plans.flatMap((p) => p.records.map((r) => ({ ...r, language: LOCALE_TAGS[p.locale].search })));
        const pageNames = new Map(plans.flatMap((p) => [...p.pageNames].filter(([path]) => localeOfPath(path) === p.locale)));

        const { index, errors } = await pagefind.createIndex({ rootSelector: 'main', excludeSelectors: EXCLUDE });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        try {
          const problems: string[] = [];
          for (const page of pages) {
            const content = withSearchNames(page.html, pageNames.get(page.path) ?? []);
            const added = await index.addHTMLFile({ url: page.path, content });
            problems.push(...added.errors.map((e) => `${page.path}: ${e}`));
          }
          for (const r of records) {
            const added = await index.addCustomRecord({ url: r.url, content: r.content, language: r.language, meta: { title: r.title, kind: r.kind } });
            problems.push(...added.errors.map((e) => `${r.url}: ${e}`));
          }
          if (problems.length > 0) throw new Error(`pagefind:\n  ${problems.join('\n  ')}`);
          const outputPath = join(root, 'pagefind');
          await mkdir(outputPath, { recursive: true });
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
          await Promise.all(UNUSED_BUNDLE_FILES.map((f) => rm(join(outputPath, f), { force: true })));
          logger.info(`pagefind: ${pages.length} pages + ${records.length} places indexed in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
