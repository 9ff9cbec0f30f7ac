/**
 * The crossings directory and the counts on pages: the full table without JavaScript, filters
 * and sorting with it, their state in the URL, and every crossing in the data shown and linked.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadAtlas } from '../../src/data/load.ts';
import { bringMapIntoView, launchBrowser, type OpenedPage, openPage, screenshot, urlFor } from './harness.ts';

const atlas = loadAtlas();
const perBorder = (id: string) => atlas.crossings.filter((c) => c.border === id).length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const visibleRows = (page: Page) =>
  page
    .locator('crossing-directory tbody tr')
    .evaluateAll((rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLElement).dataset.crossingRow ?? ''));

describe('without JavaScript', () => {
  test('the full table is there, every crossing linked to its page, filters hidden', async () => {
    const opened = await openPage(browser, '/crossings/', { javaScript: false });
    const { page } = opened;
    const rows = await visibleRows(page);
    expect(rows.sort()).toEqual(atlas.crossings.map((c) => c.id).sort());
    // Every row links to its crossing's page, once.
    const links = await page
      .locator('crossing-directory tbody tr')
      .evaluateAll((trs) =>
        trs.map(
          (tr) =>
            `${(tr as HTMLElement).dataset.crossingRow} ${tr.querySelectorAll(`a[href="/crossings/${(tr as HTMLElement).dataset.crossingRow}/"]`).length}`,
        ),
      );
    expect(links.sort()).toEqual(atlas.crossings.map((c) => `${c.id} 1`).sort());
    expect(await page.locator('crossing-directory form').isVisible()).toBe(false);
    await opened.close();
  });
});

describe('with JavaScript', () => {
  describe('the table', () => {
    // One page serves the table's tests in order (each leaves the filters cleared). Its map is held
    // back: a click is a sign of the reader, and the map is not what these tests are about.
    let opened: OpenedPage;
    let page: Page;
    beforeAll(async () => {
      opened = await openPage(browser, '/crossings/', { holdMapsBack: true });
      page = opened.page;
    });
    afterAll(async () => {
      await opened?.close();
    });

    test('filters narrow the table and keep their state in the URL', async () => {
      await page.selectOption('crossing-directory select[name="border"]', 'kazakhstan-kyrgyzstan');
      expect(await visibleRows(page)).toHaveLength(perBorder('kazakhstan-kyrgyzstan'));
      expect(new URL(page.url()).searchParams.get('border')).toBe('kazakhstan-kyrgyzstan');
      await page.selectOption('crossing-directory select[name="restriction"]', 'summer-only');
      const summer = atlas.crossings.filter((c) => c.border === 'kazakhstan-kyrgyzstan' && c.restrictions.includes('summer-only'));
      expect(await visibleRows(page)).toEqual(summer.map((c) => c.id));
      await expect.poll(() => page.locator('crossing-directory output').textContent()).toBe(`${summer.length} of ${atlas.crossings.length} crossings shown`);
      await screenshot(page, 'directory-filtered--desktop');
      await page.click('crossing-directory button[type="reset"]');
      expect(await visibleRows(page)).toHaveLength(atlas.crossings.length);
      expect(new URL(page.url()).search).toBe('');
    });

    test('clicking a column heading sorts, and again reverses', async () => {
      const names = () => page.locator('crossing-directory tbody tr th[scope="row"]').evaluateAll((cells) => cells.map((c) => c.textContent?.trim() ?? ''));
      await page.click('th[data-sort="kazakh"] button');
      const ascending = await names();
      expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
      expect(new URL(page.url()).searchParams.get('sort')).toBe('kazakh');
      await page.click('th[data-sort="kazakh"] button');
      expect(await names()).toEqual([...ascending].reverse());
      expect(await page.locator('th[data-sort="kazakh"]').getAttribute('aria-sort')).toBe('descending');
    });

    test('a shared URL restores filters and sorting', async () => {
      await page.goto(urlFor('/crossings/?mode=rail&sort=kazakh&dir=desc'), { waitUntil: 'load' });
      const rail = atlas.crossings.filter((c) => c.modes.includes('rail'));
      const rows = await visibleRows(page);
      expect(rows.sort()).toEqual(rail.map((c) => c.id).sort());
      expect(await page.locator('crossing-directory select[name="mode"]').inputValue()).toBe('rail');
      expect(await page.locator('th[data-sort="kazakh"]').getAttribute('aria-sort')).toBe('descending');
      expect(opened.pageErrors).toEqual([]);
    });
  });

  describe('the map follows the filters', () => {
    const idsOn = (border: string) =>
      atlas.crossings
        .filter((c) => c.border === border)
        .map((c) => c.id)
        .sort();
    /** Crossings the live map shows (members of group buttons included), and whether each lies inside the canvas. */
    const mapCrossings = (page: Page) =>
      page.evaluate(() => {
        const host = document.querySelector('atlas-map') as HTMLElement & { map?: { getContainer(): HTMLElement } };
        const box = host.map!.getContainer().getBoundingClientRect();
        return [...host.querySelectorAll<HTMLElement>('.atlas-map__crossing:not([hidden])')].flatMap((b) => {
          const r = b.getBoundingClientRect();
          const x = r.x + r.width / 2;
          const y = r.y + r.height / 2;
          const inside = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
          return (b.dataset.members ?? b.dataset.crossing!).split(' ').map((id) => ({ id, inside }));
        });
      });
    const shownOnMap = async (page: Page) => (await mapCrossings(page)).map((c) => c.id).sort();
    const allInside = async (page: Page) => (await mapCrossings(page)).every((c) => c.inside);
    const zoom = (page: Page) => page.evaluate(() => (document.querySelector('atlas-map') as HTMLElement & { map?: { getZoom(): number } }).map!.getZoom());

    // On the desktop: fitting a box to the filtered crossings is the same code on every screen (the
    // phone's tap, the box it grows to and its markers are map.test.ts's), and a live map is the
    // costliest thing a browser test starts.
    test("desktop: a filtered URL shows and fits only the table's crossings; another filter refits; changes go into the URL and history", async () => {
      const opened = await openPage(browser, '/crossings/?border=kazakhstan-china', { viewport: 'desktop' });
      const { page } = opened;
      try {
        expect((await visibleRows(page)).sort()).toEqual(idsOn('kazakhstan-china'));
        await bringMapIntoView(page);
        await page.waitForSelector('atlas-map.atlas-map--live', { timeout: 15_000 });
        await expect.poll(() => shownOnMap(page)).toEqual(idsOn('kazakhstan-china'));
        await expect.poll(() => allInside(page), { timeout: 5_000 }).toBe(true);
        const chinaZoom = await zoom(page);
        await screenshot(page, 'directory-map-china--desktop');

        // Another filter: the map follows and refits; the URL keeps it as a new history entry.
        await page.selectOption('crossing-directory select[name="border"]', 'kazakhstan-kyrgyzstan');
        expect(new URL(page.url()).searchParams.get('border')).toBe('kazakhstan-kyrgyzstan');
        await expect.poll(() => shownOnMap(page)).toEqual(idsOn('kazakhstan-kyrgyzstan'));
        await expect.poll(() => allInside(page), { timeout: 5_000 }).toBe(true);
        expect(opened.pageErrors).toEqual([]);

        // Cleared: every crossing again, at a wider view than one border's.
        await page.click('crossing-directory button[type="reset"]');
        await expect.poll(() => shownOnMap(page)).toEqual(atlas.crossings.map((c) => c.id).sort());
        await expect.poll(() => zoom(page), { timeout: 5_000 }).toBeLessThan(chinaZoom);

        // Back and forward step through the filters: table, select, URL and map together.
        await page.goBack();
        await expect.poll(() => new URL(page.url()).searchParams.get('border')).toBe('kazakhstan-kyrgyzstan');
        expect(await page.locator('crossing-directory select[name="border"]').inputValue()).toBe('kazakhstan-kyrgyzstan');
        expect((await visibleRows(page)).sort()).toEqual(idsOn('kazakhstan-kyrgyzstan'));
        await expect.poll(() => shownOnMap(page)).toEqual(idsOn('kazakhstan-kyrgyzstan'));
        await page.goBack();
        await expect.poll(() => new URL(page.url()).searchParams.get('border')).toBe('kazakhstan-china');
        await expect.poll(() => shownOnMap(page)).toEqual(idsOn('kazakhstan-china'));
        await expect.poll(() => allInside(page), { timeout: 5_000 }).toBe(true);
        await page.goForward();
        await expect.poll(() => shownOnMap(page)).toEqual(idsOn('kazakhstan-kyrgyzstan'));
        expect(opened.pageErrors).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  });
});
