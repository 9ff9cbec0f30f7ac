/**
 * The five border pages: each lists exactly its crossings, numbers its sources 1…n in reading order,
 * links every public source with its access date, dates its facts, and offers a citation, all
 * without JavaScript; with it, the citation can be copied.
 */
import type { Browser, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadAtlas } from '../../src/data/load.ts';
import { launchBrowser, type OpenedPage, openPage, urlFor } from './harness.ts';

const atlas = loadAtlas();
const sources = new Map(atlas.sources.map((s) => [s.id, s]));

let browser: Browser;
/** One tab without JavaScript, taken from page to page (a context per page costs time, not coverage). */
let tab: OpenedPage;
beforeAll(async () => {
  browser = await launchBrowser({ javaScript: false });
  tab = await openPage(browser, '/sources/');
});
afterAll(async () => {
  await tab?.close();
  await browser?.close();
});

describe('sources page', () => {
  test('every public source links to its address and shows the date it was read', async () => {
    const { page } = tab;
    expect(new URL(page.url()).pathname).toBe('/sources/');
    const expected = atlas.sources.filter((x) => x.url).map((x) => ({ id: x.id, url: x.url!, accessed: x.accessed ?? '' }));
    // Read in one pass in the page: a round trip per source and element adds up over the list.
    const found = await page.evaluate((list) => {
      /** Elements in the item whose attribute has the value; -1 when the item is missing. */
      const count = (item: Element | null, tag: string, attribute: string, value: string) =>
        item ? [...item.querySelectorAll(tag)].filter((el) => el.getAttribute(attribute) === value).length : -1;
      return list.map((x) => {
        const item = document.getElementById(`source-${x.id}`);
        return { id: x.id, links: count(item, 'a', 'href', x.url), dates: count(item, 'time', 'datetime', x.accessed) };
      });
    }, expected);
    expect(found).toEqual(expected.map((x) => ({ id: x.id, links: 1, dates: 1 })));
  });
});

describe.each(atlas.borders.map((b) => [b.id]))('/borders/%s/ without JavaScript', (id) => {
  // One page load serves the three checks.
  let response: Response | null;
  beforeAll(async () => {
    response = await tab.page.goto(urlFor(`/borders/${id}/`), { waitUntil: 'load' });
  });

  test('lists exactly its crossings, each linked to its page', async () => {
    const { page } = tab;
    expect(response?.status()).toBe(200);
    const linked = await page
      .locator('#crossings ~ * table a[href^="/crossings/"], section table a[href^="/crossings/"]')
      .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))].filter((h) => h !== '/crossings/'));
    const expected = atlas.crossings.filter((c) => c.border === id).map((c) => `/crossings/${c.id}/`);
    expect(expected.length).toBeGreaterThan(0);
    expect(linked.sort()).toEqual(expected.sort());
    // Selecting a crossing on the map needs JavaScript: without it those buttons do not show.
    expect(await page.locator('[data-select-crossing]:visible').count(), 'map buttons need JavaScript').toBe(0);
  });

  test('numbers its sources 1…n in order of first citation, and links public ones with their access date', async () => {
    const { page } = tab;
    const cited = await page.locator('a[data-cite]').evaluateAll((as) => as.map((a) => [a.getAttribute('data-cite')!, a.textContent!]));
    const firstSeen: string[] = [];
    for (const [sid] of cited) if (!firstSeen.includes(sid!)) firstSeen.push(sid!);
    for (const [sid, label] of cited) expect(label, sid).toBe(`[${firstSeen.indexOf(sid!) + 1}]`);
    const listed = await page
      .locator('[data-page-sources] > li')
      .evaluateAll((lis) => lis.map((li) => [li.getAttribute('value'), li.getAttribute('data-source')]));
    expect(listed.map(([n]) => Number(n))).toEqual(listed.map((_, i) => i + 1));
    expect(listed.slice(0, firstSeen.length).map(([, sid]) => sid)).toEqual(firstSeen);
    for (const [, sid] of listed) {
      const source = sources.get(sid!)!;
      if (!source.url) continue;
      const item = page.locator(`[data-page-sources] > li[data-source="${sid}"]`);
      expect(await item.locator(`a[href="${source.url}"]`).count(), sid!).toBe(1);
      expect(await item.textContent(), sid!).toContain('read ');
    }
  });

  test('dates its facts and offers a complete citation', async () => {
    const { page } = tab;
    expect(await page.locator('.site-footer [data-fact-dates]').textContent()).toMatch(/^Facts from sources dated \d{4}(–\d{4})?/);
    expect(await page.locator('.site-footer').textContent()).toMatch(/Data last changed .+; page built/);
    const box = page.locator('[data-cite-page]');
    expect(await box.locator('[data-format="text"]').textContent()).toMatch(
      /Kazakhstan Border Atlas\. “.+ border\.” .+\/borders\/[a-z-]+\/ \(accessed \d{1,2} \w+ \d{4}\)\./,
    );
    expect(await box.locator('[data-format="bibtex"]').textContent()).toContain(`@misc{kba-${id},`);
    const csl = JSON.parse((await box.locator('[data-format="csl"]').textContent())!) as { type: string; URL: string }[];
    expect(csl[0]).toMatchObject({ type: 'webpage', URL: expect.stringContaining(`/borders/${id}/`) });
    expect(await box.locator('button[data-copy]').count()).toBe(0);
  });
});

describe('with JavaScript', () => {
  test('the citation box shows its copy buttons', async () => {
    const { page, close, pageErrors } = await openPage(browser, '/crossings/tazhen-daut-ata/', { javaScript: true, holdMapsBack: true });
    await expect.poll(() => page.locator('[data-cite-page] button[data-copy]:visible').count()).toBe(3);
    expect(pageErrors).toEqual([]);
    await close();
  });
});
