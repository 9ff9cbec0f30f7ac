/**
 * Site search (Pagefind, built into dist/pagefind by `astro build`) and page metadata.
 *
 * - The header search finds places by any alias, transliteration or script in the data, with the
 *   right page in the top 3, using only the atlas's own origin.
 * - Every page has one canonical link, a unique title and description, OpenGraph/Twitter tags
 *   whose image exists; structured data parses; the sitemap lists every page; the 404 page
 *   answers 404 and offers the search box.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, launchBrowser, listPages, openPage, screenshot, urlFor } from './harness.ts';

const pages = listPages();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Types `query` into the header search and returns the result links' hrefs, best first. */
async function search(page: Page, query: string, scope = 'header site-search'): Promise<string[]> {
  const input = page.locator(`${scope} input[type="search"]`);
  await input.click();
  await input.fill(query);
  const status = page.locator(`${scope} [data-search-status]`);
  await expect.poll(async () => (await status.textContent()) ?? '', { message: `search status for "${query}"`, timeout: 15_000 }).toMatch(/result/);
  return page.locator(`${scope} [data-search-results] a`).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

test('the build wrote the search index', () => {
  expect(existsSync(join(DIST, 'pagefind', 'pagefind.js')), 'dist/pagefind/pagefind.js').toBe(true);
  expect(existsSync(join(DIST, 'pagefind', 'pagefind-entry.json')), 'dist/pagefind/pagefind-entry.json').toBe(true);
});

describe('header search', () => {
  // Run on /sources/: the header is the same on every page, and a page without a map settles quickly.
  // [query, where the reader should land]: a settlement's row on its border page, or a crossing page.
  const EXAMPLES: [string, string][] = [
    ['Petropavlovsk', '/borders/kazakhstan-russia/#settlement-petropavl'],
    ['Uralsk', '/borders/kazakhstan-russia/#settlement-oral'],
    ['Druzhba', '/crossings/dostyk-alashankou/'],
    ['Khorgas', '/crossings/khorgos-khorgos/'],
    ['Хоргос', '/crossings/khorgos-khorgos/'],
    ['Alashankou', '/crossings/dostyk-alashankou/'],
  ];

  test.each(EXAMPLES)('"%s" finds %s in the top 3', async (query, expected) => {
    const opened = await openPage(browser, '/sources/');
    try {
      const hrefs = await search(opened.page, query);
      expect(hrefs.slice(0, 3), `top results for "${query}"`).toContain(expected);
      expect(opened.foreignRequests, 'requests to other origins').toEqual([]);
      expect(opened.consoleErrors, 'console errors').toEqual([]);
      expect(opened.pageErrors, 'page errors').toEqual([]);
      expect(opened.failedRequests, 'failed requests').toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('search loads nothing until used, then only from /pagefind/ on the same origin', async () => {
    const opened = await openPage(browser, '/sources/');
    try {
      expect(opened.requests.filter((u) => u.includes('/pagefind/')), 'pagefind requested before the box was used').toEqual([]);
      await search(opened.page, 'Khorgos');
      expect(opened.requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
      expect(opened.foreignRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('keyboard: ↓ focuses the first result, Enter opens it; Escape closes the list', async () => {
    const opened = await openPage(browser, '/sources/');
    try {
      const { page } = opened;
      await search(page, 'Uralsk');
      const panel = page.locator('header site-search [data-search-panel]');
      await page.keyboard.press('Escape');
      await expect.poll(() => panel.isVisible()).toBe(false);
      await page.locator('header site-search input').press('ArrowDown');
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/borders/kazakhstan-russia/#settlement-oral');
      await Promise.all([page.waitForURL(/#settlement-oral$/), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).toBe('/borders/kazakhstan-russia/');
    } finally {
      await opened.close();
    }
  });

  test.each(['desktop', 'phone'] as const)('results screenshot (%s)', async (viewport) => {
    const opened = await openPage(browser, '/sources/', { viewport });
    try {
      const hrefs = await search(opened.page, 'Druzhba');
      expect(hrefs[0]).toBe('/crossings/dostyk-alashankou/');
      const box = await opened.page.locator('header site-search [data-search-panel]').boundingBox();
      const width = viewport === 'desktop' ? 1280 : 390;
      expect(box && box.x >= 0 && box.x + box.width <= width, `results panel inside the viewport: ${JSON.stringify(box)}`).toBe(true);
      await screenshot(opened.page, `search--${viewport}`, { fullPage: false });
    } finally {
      await opened.close();
    }
  });

  test('without JavaScript the search box is not shown', async () => {
    const opened = await openPage(browser, '/', { javaScript: false });
    try {
      expect(await opened.page.locator('header site-search').count()).toBe(1);
      expect(await opened.page.locator('header site-search').isVisible()).toBe(false);
    } finally {
      await opened.close();
    }
  });
});

describe('metadata', () => {
  const read = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const metaContent = (html: string, key: string): string | undefined => {
    const tag = html.match(new RegExp(`<meta[^>]+(?:name|property)="${key}"[^>]*>`))?.[0];
    return tag ? attr(tag, 'content')?.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"') : undefined;
  };

  test('dist/ has pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  test('every page: one canonical link to itself, a unique <title> and description, OpenGraph and Twitter tags', () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const path of pages) {
      const html = read(path);
      const canonicals = html.match(/<link[^>]+rel="canonical"[^>]*>/g) ?? [];
      expect(canonicals, `${path}: canonical links`).toHaveLength(1);
      expect(new URL(attr(canonicals[0]!, 'href')!).pathname, `${path}: canonical`).toBe(path);

      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim();
      expect(title, `${path}: <title>`).toBeTruthy();
      expect(titles.get(title!), `${path}: title "${title}" also used by`).toBeUndefined();
      titles.set(title!, path);

      const description = metaContent(html, 'description');
      expect(description?.length ?? 0, `${path}: meta description`).toBeGreaterThan(40);
      expect(descriptions.get(description!), `${path}: description also used by`).toBeUndefined();
      descriptions.set(description!, path);

      for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image']) {
        expect(metaContent(html, key), `${path}: ${key}`).toBeTruthy();
      }
      const image = new URL(metaContent(html, 'og:image')!).pathname;
      expect(existsSync(join(DIST, image)), `${path}: og:image ${image} exists in dist`).toBe(true);
    }
  });

  test('structured data parses; crossing pages are Places with GeoCoordinates; border pages contain places', () => {
    for (const path of pages) {
      const html = read(path);
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
      if (/^\/crossings\/[^/]+\/$/.test(path)) {
        expect(blocks, `${path}: JSON-LD`).toHaveLength(1);
        expect(blocks[0]).toMatchObject({ '@context': 'https://schema.org', '@type': 'Place', geo: { '@type': 'GeoCoordinates' } });
      }
      if (/^\/borders\/[^/]+\/$/.test(path)) {
        expect(blocks[0]?.['@type'], `${path}: JSON-LD`).toBe('Place');
        expect((blocks[0]?.containsPlace as unknown[]).length, `${path}: containsPlace`).toBeGreaterThan(0);
      }
    }
  });

  test('link-preview images are 1200×630 PNGs', () => {
    for (const id of ['overview', 'kazakhstan-russia', 'kazakhstan-kyrgyzstan', 'kazakhstan-china']) {
      const png = readFileSync(join(DIST, 'og', `${id}.png`));
      expect(png.subarray(1, 4).toString('latin1'), `${id}.png signature`).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${id}.png size`).toEqual([1200, 630]);
    }
  });

  test('the sitemap lists every page (and nothing else); robots.txt points to it', async () => {
    const response = await fetch(urlFor('/sitemap.xml'));
    expect(response.status).toBe(200);
    const xml = await response.text();
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(listed.filter((p) => pages.includes(p)).sort(), 'pages in the sitemap').toEqual([...pages].sort());
    for (const path of listed) {
      expect(existsSync(join(DIST, path, 'index.html')), `sitemap entry ${path} is a built page`).toBe(true);
      expect(path, 'the 404 page is not listed').not.toMatch(/404/);
    }
    const robots = await (await fetch(urlFor('/robots.txt'))).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  });

  test('an unknown address answers 404 with the search box and links to the main sections', async () => {
    const opened = await openPage(browser, '/no-such-page/');
    try {
      const { page, response } = opened;
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').innerText()).toMatch(/not found/i);
      const box = page.locator('main site-search input[type="search"]');
      await expect.poll(() => box.isVisible(), { message: 'search box in <main> of the 404 page' }).toBe(true);
      for (const href of ['/', '/crossings/', '/sources/']) expect(await page.locator(`main a[href="${href}"]`).count(), `link to ${href}`).toBeGreaterThan(0);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      const hrefs = await search(page, 'Uralsk', 'main site-search');
      expect(hrefs.slice(0, 3)).toContain('/borders/kazakhstan-russia/#settlement-oral');
      await screenshot(page, 'not-found--desktop', { fullPage: false });
      expect(opened.foreignRequests).toEqual([]);
      expect(opened.consoleErrors.filter((e) => !e.includes('404')), 'console errors besides the 404 itself').toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
