/**
 * Page metadata, from the files of the build (no browser): every page has one canonical link to
 * itself, a unique title and description, OpenGraph/Twitter tags whose image exists; structured
 * data parses; the link-preview images are 1200×630 PNGs; the sitemap lists every page and
 * robots.txt points to it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, listPages } from '../e2e/harness.ts';

const DIST = distDir();
const pages = listPages();

describe('metadata', () => {
  const read = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const metaContent = (html: string, key: string): string | undefined => {
    const tag = html.match(new RegExp(`<meta[^>]+(?:name|property)="${key}"[^>]*>`))?.[0];
    return tag
      ? attr(tag, 'content')
          ?.replace(/&amp;/g, '&')
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"')
      : undefined;
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

  test('the sitemap lists every page (and nothing else); robots.txt points to it', () => {
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(listed.filter((p) => pages.includes(p)).sort(), 'pages in the sitemap').toEqual([...pages].sort());
    for (const path of listed) {
      expect(existsSync(join(DIST, path, 'index.html')), `sitemap entry ${path} is a built page`).toBe(true);
      expect(path, 'the 404 page is not listed').not.toMatch(/404/);
    }
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  });
});
