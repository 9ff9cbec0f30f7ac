/**
 * Plates sized for the reader (src/map/style/spec.ts PLATES, MIN_LABEL), measured on the static maps
 * of a reference page (border or crossing) as the window shows them:
 *   - at 1280 px a border map is the wide plate and spans at least 800 CSS px;
 *   - at 390 px the phone plate shows, and no label is drawn below MIN_LABEL.screenPx (its font size
 *     times the drawing's scale on screen).
 * The width sweep (width-sweep.ts) runs it at those widths on the pages it sweeps; the page pass
 * (page-pass.ts) at 390 px on the sampled crossing pages it does not sweep.
 */
import type { Page } from 'playwright-core';
import { MIN_LABEL } from '../../src/map/style/spec.ts';
import { VIEWPORTS } from './harness.ts';
import { sheetKind } from './print-sheet.ts';

/** Narrowest on-screen width of a border map at 1280 px, CSS px. */
export const WIDE_BORDER_MAP_PX = 800;

/** The widths at which plateProblems measures anything. */
export const PLATE_WIDTHS: readonly number[] = [VIEWPORTS.phone.width, VIEWPORTS.desktop.width];

/** Every visible static map on the page: its plate, its width on screen and its smallest drawn label, CSS px. */
const measure = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('svg[data-static-map]')]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const sizes = [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')) * scale);
        return { plate: svg.getAttribute('data-plate'), width: svg.getBoundingClientRect().width, smallest: Math.min(...sizes) };
      }),
  );

/** What is wrong with the plates of a reference page at the window's present `width` ([] when nothing, or nothing to measure). */
export async function plateProblems(page: Page, path: string, width: number): Promise<string[]> {
  const kind = sheetKind(path);
  if (kind === null || !PLATE_WIDTHS.includes(width)) return [];
  const maps = await measure(page);
  if (maps.length === 0) return [`${width}px: no static map shows`];
  if (width === VIEWPORTS.desktop.width) {
    if (kind !== 'border') return [];
    const [first] = maps;
    if (first!.plate !== 'wide') return [`${width}px: the border map shows the ${first!.plate} plate, not the wide one`];
    return first!.width >= WIDE_BORDER_MAP_PX ? [] : [`${width}px: the border map is ${Math.round(first!.width)} px wide (at least ${WIDE_BORDER_MAP_PX})`];
  }
  return maps.flatMap((m, i) => [
    ...(m.plate === 'phone' ? [] : [`${width}px: static map #${i} shows the ${m.plate} plate, not the phone one`]),
    ...(m.smallest >= MIN_LABEL.screenPx ? [] : [`${width}px: static map #${i} draws a label at ${m.smallest.toFixed(1)} px (at least ${MIN_LABEL.screenPx})`]),
  ]);
}
