/**
 * The five border pages and the sources page as built (dist/, no browser: what a reader gets without
 * JavaScript is the HTML itself): each border page lists exactly its crossings, numbers its sources
 * 1…n in reading order, links every public source with its access date, dates its facts and offers
 * a citation; the sources page links every public source with the date it was read. That the
 * citation's copy buttons appear with JavaScript is checked in Chromium (tests/e2e/layout.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadAtlas } from '../../src/data/load.ts';
import { attrOf, elementsOf, fileForPath, parse, textOf, type Element } from '../../scripts/dist/read-dist.ts';
import { distDir } from '../e2e/harness.ts';

const atlas = loadAtlas();
const sources = new Map(atlas.sources.map((s) => [s.id, s]));

/** The elements of a built page, in document order. */
function pageElements(sitePath: string): Element[] {
  const file = fileForPath(distDir(), sitePath);
  expect(file, `${sitePath} is in dist/ (did \`astro build\` run?)`).not.toBeNull();
  return elementsOf(parse(readFileSync(file!, 'utf8')));
}

const hasClass = (element: Element, name: string): boolean => (attrOf(element, 'class') ?? '').split(/\s+/).includes(name);
const within = (element: Element, predicate: (e: Element) => boolean): Element[] => elementsOf(element).filter((e) => e !== element && predicate(e));
const one = (elements: Element[], what: string): Element => {
  expect(elements.length, `exactly one ${what}`).toBe(1);
  return elements[0]!;
};

test('the sources page links every public source to its address, with the date it was read', () => {
  const elements = pageElements('/sources/');
  const expected = atlas.sources.filter((x) => x.url).map((x) => ({ id: x.id, url: x.url!, accessed: x.accessed ?? '' }));
  const found = expected.map((x) => {
    const item = elements.find((e) => attrOf(e, 'id') === `source-${x.id}`);
    const count = (tag: string, attribute: string, value: string): number =>
      item ? within(item, (e) => e.tagName === tag && attrOf(e, attribute) === value).length : -1;
    return { id: x.id, links: count('a', 'href', x.url), dates: count('time', 'datetime', x.accessed) };
  });
  expect(found).toEqual(expected.map((x) => ({ id: x.id, links: 1, dates: 1 })));
});

describe.each(atlas.borders.map((b) => [b.id]))('/borders/%s/ as built', (id) => {
  const path = `/borders/${id}/`;

  test('lists exactly its crossings, each linked to its page; the map buttons wait for JavaScript', () => {
    const elements = pageElements(path);
    const linked = new Set(
      elements
        .filter((e) => e.tagName === 'table')
        .flatMap((table) => within(table, (e) => e.tagName === 'a'))
        .map((a) => attrOf(a, 'href') ?? '')
        .filter((href) => /^\/crossings\/[^/]+\/$/.test(href)),
    );
    const expected = atlas.crossings.filter((c) => c.border === id).map((c) => `/crossings/${c.id}/`);
    expect(expected.length).toBeGreaterThan(0);
    expect([...linked].sort()).toEqual(expected.sort());
    // Selecting a crossing on the map needs JavaScript: the buttons are hidden until the map island shows them.
    const buttons = elements.filter((e) => attrOf(e, 'data-select-crossing') !== undefined);
    expect(buttons.length, 'a map button per crossing row').toBeGreaterThan(0);
    expect(
      buttons.filter((b) => attrOf(b, 'hidden') === undefined).map((b) => attrOf(b, 'data-select-crossing')),
      'map buttons shown without JavaScript',
    ).toEqual([]);
  });

  test('numbers its sources 1…n in order of first citation, and links public ones with their access date', () => {
    const elements = pageElements(path);
    const cited = elements.filter((e) => e.tagName === 'a' && attrOf(e, 'data-cite') !== undefined).map((a) => [attrOf(a, 'data-cite')!, textOf(a)] as const);
    expect(cited.length, 'citations in the text').toBeGreaterThan(0);
    const firstSeen: string[] = [];
    for (const [sid] of cited) if (!firstSeen.includes(sid)) firstSeen.push(sid);
    for (const [sid, label] of cited) expect(label, sid).toBe(`[${firstSeen.indexOf(sid) + 1}]`);
    const list = one(
      elements.filter((e) => attrOf(e, 'data-page-sources') !== undefined),
      'list of the page’s sources',
    );
    const items = list.childNodes.filter((n): n is Element => 'tagName' in n && n.tagName === 'li');
    expect(items.map((li) => Number(attrOf(li, 'value')))).toEqual(items.map((_, i) => i + 1));
    expect(items.slice(0, firstSeen.length).map((li) => attrOf(li, 'data-source'))).toEqual(firstSeen);
    for (const li of items) {
      const sid = attrOf(li, 'data-source')!;
      const source = sources.get(sid);
      expect(source, `${sid} is a source of the atlas`).toBeDefined();
      if (!source!.url) continue;
      expect(within(li, (e) => e.tagName === 'a' && attrOf(e, 'href') === source!.url).length, sid).toBe(1);
      expect(textOf(li), sid).toContain('read ');
    }
  });

  test('dates its facts and offers a complete citation, with no copy button before JavaScript', () => {
    const elements = pageElements(path);
    const footer = one(
      elements.filter((e) => e.tagName === 'footer' && hasClass(e, 'site-footer')),
      'site footer',
    );
    const factDates = one(
      within(footer, (e) => attrOf(e, 'data-fact-dates') !== undefined),
      'line of fact dates in the footer',
    );
    expect(textOf(factDates)).toMatch(/^Facts from sources dated \d{4}(–\d{4})?/);
    expect(textOf(footer)).toMatch(/Data last changed .+; page built/);
    const box = one(
      elements.filter((e) => attrOf(e, 'data-cite-page') !== undefined),
      'citation box',
    );
    const format = (name: string): string =>
      textOf(
        one(
          within(box, (e) => attrOf(e, 'data-format') === name),
          `${name} citation`,
        ),
      );
    expect(format('text')).toMatch(/Kazakhstan Border Atlas\. “.+ border\.” .+\/borders\/[a-z-]+\/ \(accessed \d{1,2} \w+ \d{4}\)\./);
    expect(format('bibtex')).toContain(`@misc{kba-${id},`);
    const csl = JSON.parse(format('csl')) as { type: string; URL: string }[];
    expect(csl[0]).toMatchObject({ type: 'webpage', URL: expect.stringContaining(path) });
    expect(within(box, (e) => e.tagName === 'button' && attrOf(e, 'data-copy') !== undefined).length, 'copy buttons in the HTML').toBe(0);
  });
});
