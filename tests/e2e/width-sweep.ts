/**
 * The width sweep (issue: reads well on every screen), run by the page pass (page-pass.ts) on the
 * desktop tab once its other checks are done, so a page is loaded once for both. The page is
 * resized through WIDTHS:
 *   - no page-level horizontal overflow (`scrollWidth ≤ innerWidth`) at any of them;
 *   - at 1280 px and wider no table needs sideways scrolling (each fits its box);
 *   - a table that scrolls on a narrower screen does so inside a focusable, labelled region, with the
 *     fading edges that show there is more; a table that fits has none (its text stands on the page's
 *     own background, where axe can measure its contrast);
 *   - a border page lists its sections (four or more) in "On this page", every link resolving,
 *     shown in the side column at 1280 px;
 *   - a reference page's static maps are plates sized for the reader at 390 and 1280 px (plate-check.ts).
 * Which pages are swept is page-sample.ts's `sweep`. The header and the theme toggle: layout.test.ts.
 */
import type { Page } from 'playwright-core';
import { settle, VIEWPORTS } from './harness.ts';
import { plateProblems } from './plate-check.ts';
import { sheetKind } from './print-sheet.ts';

export const WIDTHS = [320, 390, 768, 1280, 1920] as const;

/**
 * What is wrong with the page's layout across WIDTHS, readable ([] when nothing). Starts at the
 * desktop size the page was loaded at (no resize for it), and leaves the page there.
 */
export async function sweepWidths(page: Page, path: string): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  const problems: string[] = [];
  const loadedAt = page.viewportSize()?.width;
  for (const width of [...WIDTHS].sort((a, b) => Number(b === loadedAt) - Number(a === loadedAt))) {
    if (width !== page.viewportSize()?.width) await page.setViewportSize({ width, height: VIEWPORTS.desktop.height });
    await settle(page);
    const r = await page.evaluate(() => {
      const tables = [...document.querySelectorAll('table')].filter((t) => t.getClientRects().length > 0);
      const nameOf = (t: HTMLTableElement): string => (t.caption?.textContent ?? t.className ?? 'table').trim().slice(0, 50);
      const edges = (box: Element): boolean => getComputedStyle(box).backgroundImage !== 'none';
      const scrolling = tables.flatMap((t) => {
        const box = t.closest('.table-scroll') ?? t.parentElement!;
        if (box.scrollWidth <= box.clientWidth + 1) return [];
        // A focusable region landmark: <section> (or role=region) named by aria-label.
        const labelled =
          box.getAttribute('tabindex') === '0' && box.matches('section, [role="region"]') && (box.getAttribute('aria-label') ?? '').trim() !== '';
        return [{ name: nameOf(t), labelled, edges: edges(box) }];
      });
      // A table that fits shows no scroll edges: the plain page is behind its text (contrast can be measured).
      const edgesWithoutScroll = tables.flatMap((t) => {
        const box = t.closest('.table-scroll');
        return box && box.scrollWidth <= box.clientWidth + 1 && edges(box) ? [nameOf(t)] : [];
      });
      return { scrollWidth: document.documentElement.scrollWidth, innerWidth, scrolling, edgesWithoutScroll };
    });
    if (r.scrollWidth > r.innerWidth) problems.push(`${width}px: page scrolls sideways (scrollWidth ${r.scrollWidth} > ${r.innerWidth})`);
    for (const t of r.scrolling) {
      if (width >= VIEWPORTS.desktop.width) problems.push(`${width}px: table "${t.name}" needs horizontal scrolling`);
      else if (!t.labelled) problems.push(`${width}px: table "${t.name}" scrolls outside a focusable, labelled region`);
      else if (!t.edges) problems.push(`${width}px: table "${t.name}" scrolls without the fading edges that show there is more`);
    }
    for (const name of r.edgesWithoutScroll) problems.push(`${width}px: table "${name}" fits, yet is drawn with scroll edges`);
    problems.push(...(await plateProblems(page, path, width)));
  }
  await page.setViewportSize(VIEWPORTS.desktop);
  if (sheetKind(path) === 'border') {
    await settle(page);
    const toc = await page.evaluate(() => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>('.page-toc a[href^="#"]')];
      return {
        count: links.length,
        missing: links.filter((a) => !document.getElementById(decodeURIComponent(a.hash.slice(1)))).map((a) => a.hash),
        visible: (document.querySelector('.page-toc__list')?.getBoundingClientRect().height ?? 0) > 0,
      };
    });
    if (toc.count < 4) problems.push(`"On this page" lists ${toc.count} sections (at least 4 expected)`);
    if (toc.missing.length > 0) problems.push(`"On this page" links without a target: ${toc.missing.join(' ')}`);
    if (!toc.visible) problems.push(`"On this page" not shown in the side column at 1280 px`);
  }
  return problems;
}
