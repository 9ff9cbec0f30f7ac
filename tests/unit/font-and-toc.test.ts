import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { tocEntries } from '../../src/site/toc.ts';
import { BUDGETS, kb } from '../../scripts/config/budgets.ts';

const css = readFileSync(new URL('../../src/styles/fonts.css', import.meta.url), 'utf8');
const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1]!);
const webFaces = faces.filter((f) => /url\(/.test(f));

/** Code points a unicode-range value covers. */
function inRange(range: string, cp: number): boolean {
  return range.split(',').some((part) => {
    const [a, b = a] = part.trim().replace(/^U\+/i, '').split('-');
    return cp >= parseInt(a!, 16) && cp <= parseInt(b!, 16);
  });
}

describe('the bundled typeface (src/styles/fonts.css, scripts/build-font.mjs)', () => {
  test('every face is a same-origin woff2; on paper always used (block); on screen Latin never moves text (optional), Chinese always shows (swap)', () => {
    expect(webFaces.length).toBeGreaterThan(0);
    const display = (f: string) => (/font-family: '[^']+ Print'/.test(f) ? 'block' : /font-family: 'Noto Sans SC'/.test(f) ? 'swap' : 'optional');
    for (const f of webFaces) {
      expect(f).toMatch(new RegExp(`font-display:\\s*${display(f)};`));
      expect(f).toMatch(/src:\s*url\('\/fonts\/[^']+\.woff2'\)\s*format\('woff2'\)/);
    }
  });

  test('covers Latin, Latin Extended and Cyrillic with every Kazakh letter', () => {
    const ranges = webFaces.map((f) => /unicode-range:\s*([^;]+);/.exec(f)![1]!);
    const covered = (ch: string) => ranges.some((r) => inRange(r, ch.codePointAt(0)!));
    for (const ch of 'AZaz09éöüŞğıāКазақстанӘәҒғҚқҢңӨөҰұҮүҺһІі–—’“”…№') expect(covered(ch), `U+${ch.codePointAt(0)!.toString(16)} ${ch}`).toBe(true);
  });

  test(`the files exist; the screen faces weigh at most ${kb(BUDGETS.fonts)} together (the most a page can fetch on screen)`, () => {
    const filesOf = (list: string[]) => [...new Set(list.map((f) => /url\('([^']+)'\)/.exec(f)![1]!))].map((u) => new URL(`../../public${u}`, import.meta.url));
    for (const file of filesOf(webFaces)) expect(existsSync(file), file.pathname).toBe(true);
    const screen = filesOf(webFaces.filter((f) => !/font-family: '[^']+ Print'/.test(f)));
    expect(screen.length).toBeGreaterThan(0);
    expect(screen.reduce((sum, file) => sum + statSync(file).size, 0)).toBeLessThanOrEqual(BUDGETS.fonts);
  });

  test('the Chinese face holds every Chinese character of the data, each in exactly one file', () => {
    const ranges = webFaces.filter((f) => /font-family: 'Noto Sans SC'/.test(f)).map((f) => /unicode-range:\s*([^;]+);/.exec(f)![1]!);
    const han = new Set(readFileSync(new URL('../../data/crossings.json', import.meta.url), 'utf8').match(/\p{Script=Han}/gu));
    expect(han.size).toBeGreaterThan(0);
    for (const ch of han) expect(ranges.filter((r) => inRange(r, ch.codePointAt(0)!)).length, ch).toBe(1);
  });

  test('a metric-matched fallback face', () => {
    const fallback = faces.find((f) => /fallback/.test(f) && /local\(/.test(f));
    expect(fallback).toBeDefined();
    for (const prop of ['size-adjust', 'ascent-override', 'descent-override', 'line-gap-override'])
      expect(fallback).toMatch(new RegExp(`${prop}:\\s*[\\d.]+%`));
  });
});

describe('tocEntries', () => {
  const h2 = (id: string, text: string, attrs = '') => `<h2 id="${id}"${attrs}>${text}</h2><p>…</p>`;
  test('lists each <h2 id> in order, text only, from four sections', () => {
    const html =
      h2('a', 'Overview') +
      h2('b', 'Course &amp; features<sup class="cite"><a href="#s1">[1]</a></sup>') +
      '<h2>No id</h2>' +
      h2('c', 'Regions') +
      h2('d', 'History');
    expect(tocEntries(html)).toEqual([
      { id: 'a', label: 'Overview' },
      { id: 'b', label: 'Course & features' },
      { id: 'c', label: 'Regions' },
      { id: 'd', label: 'History' },
    ]);
  });
  test('skips box titles and pages with fewer than four sections', () => {
    expect(tocEntries(h2('t', 'Box', ' class="infobox__title"') + h2('a', 'A') + h2('b', 'B') + h2('c', 'C'))).toEqual([]);
  });
});
