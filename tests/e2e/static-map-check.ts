/**
 * The static maps read like an atlas (issue 13), measured in Chromium from the rendered boxes with
 * JavaScript off (the static map is what shows). The page pass (page-pass.ts) runs it on the sampled pages with a
 * static map, and the sheet pass (crossing-pages.test.ts) on every border and crossing page, without
 * JavaScript at 1280 px:
 *   - labels placed, a country named among them; no label overlaps another label or a crossing
 *     marker, no two markers overlap;
 *   - the map's geometry file loads (land is painted), and the named water the sources mention is
 *     labelled on its border's map where Natural Earth has it (the Ural, Issyk-Kul);
 *   - a key lists every numbered crossing of the map, linked to its page (or points to the page's
 *     table of crossings, whose rows carry the numbers).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Named water each border's map must label (where Natural Earth 1:10m has it). */
const WATER: Record<string, string[]> = {
  '/borders/kazakhstan-russia/': ['Ural'],
  '/borders/kazakhstan-kyrgyzstan/': ['Issyk-Kul'],
  // The Russian maps name them from data/feature-names.json.
  '/ru/borders/kazakhstan-russia/': ['Урал'],
  '/ru/borders/kazakhstan-kyrgyzstan/': ['Иссык-Куль'],
};

export interface Measured {
  labels: { text: string; kind: string; box: [number, number, number, number] }[];
  markers: { n: string; box: [number, number, number, number] }[];
  keyNumbers: string[];
  keyLinks: number;
  /** Numbers of the page's crossings table, when the key points to it instead of listing. */
  tableNumbers: string[] | null;
  landPainted: boolean;
}

async function measure(page: Page): Promise<Measured | null> {
  return page.evaluate(() => {
    const svg = document.querySelector('[data-static-map]') as SVGSVGElement | null;
    if (!svg) return null;
    const box = (el: Element): [number, number, number, number] => {
      const r = el.getBoundingClientRect();
      return [r.left, r.top, r.right, r.bottom];
    };
    const labels = [...svg.querySelectorAll('text[data-label]')].map((t) => ({
      text: t.textContent ?? '',
      kind: t.getAttribute('data-label') ?? '',
      box: box(t),
    }));
    const markers = [...svg.querySelectorAll('circle[data-marker]')].map((c) => ({ n: c.getAttribute('data-marker') ?? '', box: box(c) }));
    const figure = svg.closest('.atlas-figure');
    const key = [...(figure?.querySelectorAll('.map-key li') ?? [])];
    // A <use> of the geometry file paints only when the file has loaded: its box is then non-empty.
    const land = svg.querySelector('use[class~="m-land-kazakhstan"]') as SVGGraphicsElement | null;
    const b = land?.getBBox();
    const tableLink = figure?.querySelector('.map-key__table a[href^="#"]');
    const table = tableLink ? document.getElementById(tableLink.getAttribute('href')!.slice(1)) : null;
    // The link's target (the section's heading or the section) exists; its table's rows carry the numbers.
    const rows = table ? [...document.querySelectorAll('tr[data-crossing-row]')].filter((tr) => tr.querySelector('a[href*="/crossings/"]')) : null;
    return {
      labels,
      markers,
      keyNumbers: key.map((li) => li.getAttribute('value') ?? ''),
      keyLinks: key.filter((li) => li.querySelector('a[href*="/crossings/"]')).length,
      tableNumbers: rows ? rows.map((tr) => tr.querySelector('td.num')?.textContent?.trim() ?? '') : null,
      landPainted: !!b && b.width > 10 && b.height > 10,
    };
  });
}

const overlap = (a: number[], b: number[], tol = 0.5): boolean => a[0]! < b[2]! - tol && b[0]! < a[2]! - tol && a[1]! < b[3]! - tol && b[1]! < a[3]! - tol;

/**
 * Checks the page's (first) static map; returns a line of figures for the log, or null when the
 * page has none.
 */
export async function checkStaticMap(page: Page, path: string): Promise<string | null> {
  // A <use> of the geometry file paints once that file has loaded, which may be after the load event.
  await expect.poll(async () => (await measure(page))?.landPainted ?? true, { message: `${path}: the map's geometry file did not paint` }).toBe(true);
  const m = await measure(page);
  if (!m) return null;
  expect(
    m.labels.filter((l) => l.kind === 'country').map((l) => l.text),
    `${path}: no country named`,
  ).not.toEqual([]);
  expect(m.labels.length, `${path}: labels placed`).toBeGreaterThan(3);
  const problems: string[] = [];
  m.labels.forEach((a, i) => {
    for (const b of m.labels.slice(i + 1)) if (overlap(a.box, b.box)) problems.push(`label "${a.text}" overlaps label "${b.text}"`);
    for (const k of m.markers) if (overlap(a.box, k.box)) problems.push(`label "${a.text}" overlaps marker ${k.n}`);
  });
  // Markers are circles: centres at least the two radii apart.
  const circle = (b: number[]) => ({ x: (b[0]! + b[2]!) / 2, y: (b[1]! + b[3]!) / 2, r: (b[2]! - b[0]!) / 2 });
  m.markers.forEach((a, i) => {
    const ca = circle(a.box);
    for (const b of m.markers.slice(i + 1)) {
      const cb = circle(b.box);
      if (Math.hypot(ca.x - cb.x, ca.y - cb.y) < ca.r + cb.r - 0.5) problems.push(`marker ${a.n} overlaps marker ${b.n}`);
    }
  });
  expect(problems, path).toEqual([]);
  for (const name of WATER[path] ?? [])
    expect(
      m.labels.map((l) => l.text),
      `${path}: ${name} labelled`,
    ).toContain(name);
  if (m.tableNumbers) {
    // The key points to the page's table of crossings: every marker's number has a linked row there.
    for (const k of m.markers) expect(m.tableNumbers, `${path}: marker ${k.n} in the crossings table`).toContain(k.n);
  } else {
    expect([...m.keyNumbers].sort(), `${path}: the key lists every numbered marker`).toEqual(m.markers.map((k) => k.n).sort());
    expect(m.keyLinks).toBe(m.markers.length);
  }
  return `${path.padEnd(40)} ${String(m.labels.length).padStart(3)} labels, ${m.markers.length} markers`;
}
