import type { Atlas, Source } from '../schemas/index.ts';
import { routes } from './routes.ts';

export interface Citation {
  id: string;
  /** Site-wide number: the source's position in the bibliography, so `[3]` means the same on every page. */
  number: number;
  title: string;
}

/** Resolves source ids to numbered citations, in bibliography order, without repeats. */
export function citationsFor(sources: readonly Source[], ids: readonly string[]): Citation[] {
  const unique = [...new Set(ids)];
  return unique
    .map((id) => {
      const index = sources.findIndex((s) => s.id === id);
      if (index < 0) throw new Error(`unknown source "${id}" cited`);
      return { id, number: index + 1, title: sources[index]!.title };
    })
    .sort((a, b) => a.number - b.number);
}

/** Every source id cited anywhere inside a value. */
export function citedSources(value: unknown): Set<string> {
  const ids = new Set<string>();
  walkCitations(value, [], (_path, id) => ids.add(id));
  return ids;
}

/** Sources cited by a border and everything on it (regions, settlements, crossings, events), plus the geometry's. */
export function sourcesOfBorder(atlas: Atlas, border: string): string[] {
  const onBorder = <T extends { borders?: readonly string[]; border?: string }>(r: T) => r.border === border || (r.borders?.includes(border) ?? false);
  const ids = citedSources([
    atlas.borders.filter((b) => b.id === border),
    atlas.regions.filter(onBorder),
    atlas.settlements.filter(onBorder),
    atlas.crossings.filter(onBorder),
    atlas.events.filter(onBorder),
    border === 'kazakhstan-russia' ? atlas.population : [],
  ]);
  ids.add('natural-earth');
  return [...ids];
}

/** Calls `visit` for every `source: string` and every item of `sources: string[]` inside a value. */
export function walkCitations(value: unknown, path: PropertyKey[], visit: (path: PropertyKey[], id: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkCitations(item, [...path, i], visit));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'source' && typeof child === 'string') visit([...path, key], child);
    else if (key === 'sources' && Array.isArray(child) && child.every((c) => typeof c === 'string')) {
      child.forEach((id: string, i) => visit([...path, key, i], id));
    } else walkCitations(child, [...path, key], visit);
  }
}

export interface Citer {
  label: string;
  /** Page showing the record, when it has one. */
  href: string | null;
}

/** Records that cite a source, labelled and linked to the page that shows them. */
export function citersOf(atlas: Atlas, sourceId: string): Citer[] {
  const cites = (value: unknown) => citedSources(value).has(sourceId);
  const borderName = new Map(atlas.borders.map((b) => [b.id, b.name]));
  const firstBorderPage = (ids: readonly string[]) => (ids[0] ? routes.border(ids[0]) : null);
  return [
    ...atlas.borders.filter(cites).map((b) => ({ label: `${b.name} border`, href: b.coverage === 'geometry-only' ? null : routes.border(b.id) })),
    ...atlas.crossings.filter(cites).map((c) => ({ label: `Crossing ${c.kazakh.name} – ${c.neighbour.name}`, href: routes.crossing(c.id) })),
    ...atlas.regions.filter(cites).map((r) => ({ label: `Region: ${r.name}`, href: firstBorderPage(r.borders) && `${firstBorderPage(r.borders)}#region-${r.id}` })),
    ...atlas.settlements.filter(cites).map((s) => ({ label: `Settlement: ${s.name}`, href: null })),
    ...atlas.events.filter(cites).map((e) => ({ label: `History: ${e.title} (${e.date})`, href: firstBorderPage(e.borders) && `${firstBorderPage(e.borders)}#event-${e.id}` })),
    ...(atlas.population.some(cites) ? [{ label: 'Russians in Kazakhstan, census figures', href: `${routes.border('kazakhstan-russia')}#population` }] : []),
    ...atlas.checkpointListings.filter(cites).map((l) => ({ label: `Checkpoint list for the ${borderName.get(l.border) ?? l.border} border`, href: `${routes.crossings()}#listing-${l.id}` })),
    ...(cites(atlas.travelRules) ? [{ label: 'Crossing rules', href: routes.travel() }] : []),
    ...(cites(atlas.migrationStudy) ? [{ label: 'Migration study', href: routes.migration() }] : []),
    ...(cites(atlas.transnationalIssues) ? [{ label: 'Transnational issues', href: routes.transnationalIssues() }] : []),
  ];
}
