/**
 * Reading the factbook comparison (data/transnational-issues.json) for the transnational-issues
 * page: which statements concern Kazakhstan's own borders, grouped by border. Pure.
 */
import { hasPage } from '../data/borders.ts';
import type { Atlas } from '../schemas/index.ts';
import type { TransnationalIssues } from '../schemas/transnational-issues.ts';

type Topic = TransnationalIssues['topics'][number];
type Cell = Topic['cells'][number];
export type IssueItem = Cell['items'][number];

/** True when a statement is about one of Kazakhstan's land borders (its line, demarcation or traffic across it). */
export const concernsKazakhBorder = (item: IssueItem): boolean =>
  item.scope === 'kazakhstan-russia' || item.scope === 'kazakhstan-other-border' || item.borders.length > 0;

export interface BorderIssueGroup {
  /** Border id, or `null` for statements about Kazakhstan and Russia that name no land border (the Caspian seabed). */
  border: string | null;
  /** Border name, e.g. `Kazakhstan–Russia`. */
  name: string;
  /** True when the atlas has a page for the border. */
  hasPage: boolean;
  items: { item: IssueItem; country: string; topic: string; year: number }[];
}

/**
 * Statements concerning Kazakhstan's borders, grouped by border in data order (borders without a line
 * name last, under `noLandBorder`, the edition's words for that group).
 */
export function borderIssues(atlas: Atlas, noLandBorder: string): BorderIssueGroup[] {
  const issues = atlas.transnationalIssues;
  const groups = new Map<string | null, BorderIssueGroup>();
  const group = (border: string | null): BorderIssueGroup => {
    let g = groups.get(border);
    if (!g) {
      const record = border === null ? undefined : atlas.borders.find((b) => b.id === border);
      if (border !== null && !record) throw new Error(`data/transnational-issues.json names unknown border "${border}"`);
      g = {
        border,
        name: record?.name ?? noLandBorder,
        hasPage: record !== undefined && hasPage(record),
        items: [],
      };
      groups.set(border, g);
    }
    return g;
  };
  for (const topic of issues.topics) {
    for (const cell of topic.cells) {
      for (const item of [...cell.items, ...(cell.tierRating?.reasons ?? [])]) {
        if (!concernsKazakhBorder(item)) continue;
        const targets = item.borders.length > 0 ? item.borders : [null];
        for (const border of targets) group(border).items.push({ item, country: cell.country, topic: topic.title, year: cell.year });
      }
    }
  }
  const order = new Map<string | null, number>(atlas.borders.map((b, i) => [b.id, i]));
  return [...groups.values()].sort((a, b) => (order.get(a.border) ?? 99) - (order.get(b.border) ?? 99));
}
