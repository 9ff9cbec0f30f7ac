/**
 * The Russian edition, from the files of the build (no browser), on EVERY page: each English page
 * has its Russian twin and the other way round; each page says its language and links its twin
 * both ways (hreflang, plus x-default); the language switch leads to the twin; the sitemap lists
 * both with their alternates; and a Russian page's main text is Russian.
 *
 * "Russian" is measured: the share of Cyrillic among the letters of `<main>`, leaving out what is
 * marked as another language (`lang` on an element: source titles, Latin forms of names), code and
 * addresses. Every page's share is logged; a page below the floor fails with its Latin words, so
 * English left in a Russian page shows by name.
 */
import { readFileSync } from 'node:fs';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { distDir } from '../e2e/harness.ts';
import { attrOf as attr, elementsOf as elements, htmlFiles, parse, type Element, type Node } from '../../scripts/dist/read-dist.ts';
import { LOCALES, SOURCE_LOCALE, localeOfPath, localizePath } from '../../src/i18n/locales.ts';
import { sitemapPaths } from '../../src/site/sitemap.ts';
import { isNotFoundPath } from '../../src/site/routes.ts';

const DIST = distDir();
// Pages and each edition's 404 page (/404.html, /ru/404.html).
const files = htmlFiles(DIST).filter((f) => f.path.endsWith('/') || isNotFoundPath(f.path));
const byPath = new Map(files.map((f) => [f.path, f.file]));
const english = files.filter((f) => localeOfPath(f.path) === SOURCE_LOCALE).map((f) => f.path);
const russian = files.filter((f) => localeOfPath(f.path) === 'ru').map((f) => f.path);

/** Least share of Cyrillic among the letters of a Russian page's own text. */
const MIN_CYRILLIC_SHARE = 0.85;
/** The downloads page explains English field names and values, which stay as they are in the files. */
const floorFor = (path: string): number => (path === '/ru/data/' ? 0.8 : MIN_CYRILLIC_SHARE);

/** The text of `<main>` in the page's own language: elements marked with another `lang`, code, scripts and styles left out. */
function ownText(main: Element, locale: string): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if ('tagName' in node) {
      const lang = attr(node, 'lang');
      if (lang && lang !== locale) return;
      if (['script', 'style', 'code', 'pre', 'template'].includes(node.tagName)) return;
    }
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value);
    for (const child of 'childNodes' in node ? node.childNodes : []) walk(child);
  };
  walk(main);
  // Addresses and file names are neither language: leave them out.
  return parts
    .join(' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+|\b[\w.-]+\.(?:json|geojson|csv|kz|ru|kg|uz|org|com|net|gov|int)\b\S*/gi, ' ')
    .replace(/\s+/g, ' ');
}

const letters = (text: string, script: 'Cyrillic' | 'Latin'): number =>
  (text.match(script === 'Cyrillic' ? /\p{Script=Cyrillic}/gu : /\p{Script=Latin}/gu) ?? []).length;

test('the build has both editions', () => {
  expect(english.length, 'English pages in dist/ (did `astro build` run?)').toBeGreaterThan(10);
  expect(russian.length, 'Russian pages in dist/').toBeGreaterThan(10);
});

test('every English page has its Russian twin and every Russian page its English one (equal counts)', () => {
  const missingRu = english.filter((p) => !byPath.has(localizePath(p, 'ru')));
  const missingEn = russian.filter((p) => !byPath.has(localizePath(p, SOURCE_LOCALE)));
  expect(missingRu, 'English pages without a Russian twin').toEqual([]);
  expect(missingEn, 'Russian pages without an English twin').toEqual([]);
  expect(byPath.has('/ru/404.html'), 'the Russian 404 page').toBe(true);
  expect(russian.length).toBe(english.length);
});

describe('every page says its language and links its twins', () => {
  const pages = [...english, ...russian];
  test.each(pages)('%s', (path) => {
    const all = elements(parse(readFileSync(byPath.get(path)!, 'utf8')));
    const locale = localeOfPath(path);
    expect(
      attr(
        all.find((e) => e.tagName === 'html')!,
        'lang',
      ),
      '<html lang>',
    ).toBe(locale);
    const noindex = all.some((e) => e.tagName === 'meta' && attr(e, 'name') === 'robots' && /noindex/.test(attr(e, 'content') ?? ''));
    const alternates = new Map(
      all
        .filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'hreflang'))
        .map((e) => [attr(e, 'hreflang')!, new URL(attr(e, 'href')!, 'https://x.test').pathname]),
    );
    if (!noindex) {
      for (const l of LOCALES) expect(alternates.get(l), `hreflang="${l}"`).toBe(localizePath(path, l));
      expect(alternates.get('x-default'), 'hreflang="x-default"').toBe(localizePath(path, SOURCE_LOCALE));
    }
    const switchLinks = all.filter((e) => e.tagName === 'a' && attr(e, 'data-keep-fragment') !== undefined);
    expect(switchLinks.length, 'language switch links').toBe(LOCALES.length - 1);
    for (const a of switchLinks) {
      const target = attr(a, 'hreflang')!;
      expect(attr(a, 'lang'), 'the switch names the other language in that language').toBe(target);
      expect(attr(a, 'href'), `switch to ${target}`).toBe(localizePath(path, target as (typeof LOCALES)[number]));
    }
  });
});

test('the sitemap lists both editions, each page with its alternates', () => {
  let xml: string;
  try {
    xml = readFileSync(`${DIST}/sitemap.xml`, 'utf8');
  } catch {
    throw new Error('dist/sitemap.xml is missing: the tested build needs SITE_URL (npm test sets it)');
  }
  const listed = new Set(sitemapPaths(xml));
  for (const path of [...english, ...russian].filter((p) => !isNotFoundPath(p))) expect(listed.has(path), `${path} in the sitemap`).toBe(true);
  expect(xml).toMatch(/<xhtml:link rel="alternate" hreflang="ru" href="[^"]*\/ru\/crossings\/"\/>/);
  expect((xml.match(/hreflang="x-default"/g) ?? []).length, 'x-default alternates: one per listed page').toBe(listed.size);
});

test(`every Russian page's main text is Russian (≥ ${MIN_CYRILLIC_SHARE * 100}% Cyrillic letters outside text marked as another language)`, () => {
  const shares: string[] = [];
  const failures: string[] = [];
  for (const path of russian) {
    const main = elements(parse(readFileSync(byPath.get(path)!, 'utf8'))).find((e) => e.tagName === 'main');
    expect(main, `${path}: <main>`).toBeDefined();
    const text = ownText(main!, 'ru');
    const cyr = letters(text, 'Cyrillic');
    const lat = letters(text, 'Latin');
    const share = cyr / Math.max(1, cyr + lat);
    shares.push(`${path} ${(share * 100).toFixed(1)}%`);
    if (share < floorFor(path)) {
      const words = [...new Set(text.match(/\b\p{Script=Latin}[\p{Script=Latin}'’-]*/gu) ?? [])].slice(0, 40);
      failures.push(`${path}: ${(share * 100).toFixed(1)}% Cyrillic; Latin words: ${words.join(' ')}`);
    }
  }
  console.info(`Cyrillic share of each Russian page's main text:\n${shares.join('\n')}`);
  expect(failures).toEqual([]);
});
