/**
 * The border registry. `data/borders.json` is the one list of Kazakhstan's borders; whatever varies
 * by border is derived from it here: which borders have a page, which countries the atlas records
 * places in, and which lines the geometry build draws. Adding a border is one record there plus its
 * prose, `content/borders/<id>.mdx` (README, "Adding a border").
 */
import type { Border } from '../schemas/borders.ts';

/** Whether a border has a page of its own (`/borders/<id>/`): every border not drawn for its geometry only. */
export function hasPage(border: Pick<Border, 'coverage'>): boolean {
  return border.coverage !== 'geometry-only';
}

/** Ids of the borders that have a page, in registry order. */
export function borderIdsWithPage(borders: readonly Pick<Border, 'id' | 'coverage'>[]): Set<string> {
  return new Set(borders.filter(hasPage).map((b) => b.id));
}

/** Kazakhstan first, then each neighbour in registry order: the countries whose regions and places the atlas records. */
export function atlasCountries(borders: readonly Pick<Border, 'neighbour'>[]): string[] {
  return ['KZ', ...borders.map((b) => b.neighbour)];
}
