import type { Atlas, Source } from '../schemas/index.ts';
import { dictionary } from '../i18n/dictionary.ts';
import { formatsFor } from '../i18n/format.ts';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { hasPage } from '../data/borders.ts';
import { citedSources } from '../data/references.ts';
import { anchors, routesFor } from './routes.ts';

export interface Citation {
  id: string;
  /** The source's position in the bibliography; each rendered page renumbers its citations 1…n (`renumberPage`). */
  number: number;
}

/** Resolves source ids to numbered citations, in bibliography order, without repeats. */
export function citationsFor(sources: readonly Source[], ids: readonly string[]): Citation[] {
  const unique = [...new Set(ids)];
  return unique
    .map((id) => {
      const index = sources.findIndex((s) => s.id === id);
      if (index < 0) throw new Error(`unknown source "${id}" cited`);
      return { id, number: index + 1 };
    })
    .sort((a, b) => a.number - b.number);
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

export interface Citer {
  label: string;
  /** `lang` of the label, when its language is not the page's (a Russian map name on the English page). */
  lang?: string;
  /** The label in the page's language, shown after it in brackets. */
  gloss?: string;
  /** Page showing the record, when it has one of its own. */
  href: string | null;
}

/** The records citing a source, in groups (`Crossings`, `Regions`, …) in reading order, named and linked in the edition's language; empty groups left out. */
export type CiterGroups = { group: string; citers: Citer[] }[];

export function citersOf(atlas: Atlas, sourceId: string, locale: Locale): CiterGroups {
  const t = dictionary(locale).bibliography;
  const routes = routesFor(locale);
  const cites = (value: unknown) => citedSources(value).has(sourceId);
  const borderName = new Map(atlas.borders.map((b) => [b.id, b.name]));
  const groups: CiterGroups = [
    {
      group: t.groups.borders,
      citers: atlas.borders.filter(cites).map((b) => ({ label: b.name, href: hasPage(b) ? routes.border(b.id) : null })),
    },
    {
      group: t.groups.crossings,
      citers: atlas.crossings.filter(cites).map((c) => ({ label: `${c.kazakh.name} – ${c.neighbour.name}`, href: routes.crossing(c.id) })),
    },
    // Regions, settlements and history entries are rows of the border pages linked above.
    { group: t.groups.regions, citers: atlas.regions.filter(cites).map((r) => ({ label: r.name, href: null })) },
    { group: t.groups.settlements, citers: atlas.settlements.filter(cites).map((s) => ({ label: s.name, href: null })) },
    { group: t.groups.history, citers: atlas.events.filter(cites).map((e) => ({ label: `${e.title} (${e.date})`, href: null })) },
    {
      group: t.groups.otherPages,
      citers: [
        ...(atlas.population.some(cites) ? [{ label: t.populationCiter, href: `${routes.border('kazakhstan-russia')}#${anchors.population}` }] : []),
        ...atlas.checkpointListings.filter(cites).map((l) => ({
          label: t.listingCiter(borderName.get(l.border) ?? l.border),
          href: `${routes.crossings()}#${anchors.listing(l.id)}`,
        })),
        ...(cites(atlas.travelRules) ? [{ label: t.travelCiter, href: routes.travel() }] : []),
        ...(cites(atlas.migrationStudy) ? [{ label: t.migrationCiter, href: routes.migration() }] : []),
        ...(cites(atlas.transnationalIssues) ? [{ label: t.transnationalCiter, href: routes.transnationalIssues() }] : []),
      ],
    },
    // The Russian names of rivers, lakes and ranges that Natural Earth has no Russian name for.
    {
      group: t.groups.mapLabels,
      citers: atlas.featureNames
        .filter(cites)
        .map((f): Citer => (locale === SOURCE_LOCALE ? { label: f.ru, lang: 'ru', gloss: f.naturalEarth, href: null } : { label: f.ru, href: null })),
    },
  ];
  return groups.filter((g) => g.citers.length > 0);
}

/** Years a source's facts date from: its publication (or data) year and the years of the period its figures describe. */
export function sourceYears(source: Source): number[] {
  const years = new Set<number>();
  const published = source.published ? Number(source.published.slice(0, 4)) : source.year;
  if (published !== undefined) years.add(published);
  for (const y of source.dataPeriod?.match(/\d{4}/g) ?? []) years.add(Number(y));
  return [...years];
}

/** "2013–2026", "2021" or null: the span of years the dated sources among `ids` come from (datasets and the editors' own work left out). */
export function factDates(sources: readonly Source[], ids: Iterable<string>): { span: string | null; undated: number } {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const years: number[] = [];
  let undated = 0;
  for (const id of new Set(ids)) {
    const s = byId.get(id);
    if (!s || s.kind === 'dataset' || s.kind === 'editorial') continue;
    const y = sourceYears(s);
    if (y.length === 0) undated += 1;
    years.push(...y);
  }
  if (years.length === 0) return { span: null, undated };
  const [min, max] = [Math.min(...years), Math.max(...years)];
  return { span: min === max ? String(min) : `${min}–${max}`, undated };
}

const CITE_LINK = /(<a\b[^>]*?\bdata-cite="([^"]+)"[^>]*>)\[\d+\](<\/a>)/g;
const SOURCE_LIST = /(<ol\b[^>]*\bdata-page-sources\b[^>]*>)([\s\S]*?)(<\/ol>)/;
const SOURCE_ITEM = /<li\b[^>]*\bdata-source="([^"]+)"[^>]*>[\s\S]*?<\/li>/g;

/**
 * Numbers a rendered page's citations 1…n in order of first citation, and puts its source list in that order
 * (sources the list names but the text never cites follow, in list order). Also fills the page's
 * `data-fact-dates` slot with the span of years its cited sources date from. Pure: HTML in, HTML out.
 */
export function renumberPage(html: string, sources: readonly Source[], locale: Locale = SOURCE_LOCALE): string {
  const order = new Map<string, number>();
  for (const m of html.matchAll(CITE_LINK)) if (!order.has(m[2]!)) order.set(m[2]!, order.size + 1);
  const list = html.match(SOURCE_LIST);
  if (list) for (const m of list[2]!.matchAll(SOURCE_ITEM)) if (!order.has(m[1]!)) order.set(m[1]!, order.size + 1);
  if (order.size === 0) return html.replace(/<span data-fact-dates><\/span>/g, '');
  let out = html.replace(CITE_LINK, (_all, open: string, id: string, close: string) => `${open}[${order.get(id)}]${close}`);
  out = out.replace(SOURCE_LIST, (_all, open: string, body: string, close: string) => {
    const items = [...body.matchAll(SOURCE_ITEM)].map((m) => ({ id: m[1]!, html: m[0].replace(/\bvalue="\d+"/, `value="${order.get(m[1]!)}"`) }));
    items.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    return `${open}${items.map((i) => i.html).join('')}${close}`;
  });
  const { span, undated } = factDates(sources, order.keys());
  const t = dictionary(locale).pageTools;
  const text = span ? `${t.factsDated(span, undated, formatsFor(locale))} ` : undated ? `${t.factsUndated} ` : '';
  return out.replace(/<span data-fact-dates><\/span>/g, `<span data-fact-dates>${text}</span>`);
}
