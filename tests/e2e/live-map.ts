/** What the map tests read off a page's first `<atlas-map>`: its status note, its static plates, its live map. */
import type { Page } from 'playwright-core';

/** Resolves once the first map has gone live (its element carries `atlas-map--live`). */
export const live = (page: Page, timeout = 15_000) => page.waitForSelector('atlas-map.atlas-map--live', { timeout });

/** The map's status line (what a screen reader hears about it). */
export const note = (page: Page) => page.locator('atlas-map [data-atlas-status]').first().textContent();

/** How many plates of the static twin (wide, phone; not an inset inside one) are visible. */
const visiblePlates = (page: Page): Promise<number> => page.locator('atlas-map').first().locator('[data-atlas-static] > svg').filter({ visible: true }).count();

/** The static twin shows: exactly one of its plates is visible; false when none is, and when both are (CSS shows one). */
export const svgVisible = async (page: Page): Promise<boolean> => (await visiblePlates(page)) === 1;

/** No plate of the static twin is visible (the live map has replaced it). */
export const svgHidden = async (page: Page): Promise<boolean> => (await visiblePlates(page)) === 0;

/** Resolves once the live map has drawn everything it was asked to (MapLibre's `idle` after a repaint). */
export const mapIdle = (page: Page) =>
  page.evaluate(async () => {
    const map = (
      document.querySelector('atlas-map.atlas-map--live') as (HTMLElement & { map?: { once(type: string): Promise<unknown>; triggerRepaint(): void } }) | null
    )?.map;
    if (!map) throw new Error('no live map');
    const idle = map.once('idle');
    map.triggerRepaint();
    await idle;
  });
