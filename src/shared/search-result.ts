/**
 * Turns a Pagefind result into what the header search shows: one link per result, with a kind
 * label. Pure (no DOM), shared by the browser element and its unit test.
 */

/** The parts of a Pagefind result (`await result.data()`) the search box uses. */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  sub_results?: SubResult[];
}

/** A section of a page that matched (Pagefind splits pages at headings with an id). */
export interface SubResult {
  url: string;
  title: string;
  excerpt: string;
  /** Each matched word's score in this section. */
  weighted_locations?: { balanced_score: number }[];
}

const sectionScore = (s: SubResult): number => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/** The section that matched best (highest summed word score; the earlier one on a tie), or undefined. */
export function bestSection(subResults: readonly SubResult[] = []): SubResult | undefined {
  let best: SubResult | undefined;
  for (const s of subResults) if (!best || sectionScore(s) > sectionScore(best)) best = s;
  return best;
}

export interface SearchHit {
  href: string;
  title: string;
  /** `Crossing`, `Border`, `Settlement`, `Region` or `Page`. */
  kind: ResultKind;
  /** Pagefind's excerpt: text with `<mark>` around the matched words. */
  excerpt: string;
}

/** What kind of thing a result is: custom records say so in `meta.kind`; pages by their URL. */
export function resultKind(url: string, meta: Record<string, string | undefined> = {}): ResultKind {
  if (meta.kind && (RESULT_KINDS as readonly string[]).includes(meta.kind)) return meta.kind as ResultKind;
  // The path without an edition prefix (`/ru/crossings/x/` → `/crossings/x/`).
  const path = url.replace(/[?#].*$/, '').replace(/^\/[a-z]{2}(?=\/)/, '');
  if (/^\/crossings\/[^/]+\/$/.test(path)) return 'crossing';
  if (/^\/borders\/[^/]+\/$/.test(path)) return 'border';
  return 'page';
}

/** What a result can be; the search box shows each in the page's language. */
export const RESULT_KINDS = ['crossing', 'border', 'page', 'settlement', 'region', 'town'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/**
 * One hit per result. When the best match is in a section of a page (a sub-result with its own
 * anchor), the link goes to that section and the title names it: `Kazakhstan–Russia border › Settlements`.
 * Crossing pages are short: their results always lead to the top of the page.
 */
export function toHit(data: PagefindResultData): SearchHit {
  const title = data.meta.title?.trim() || data.url;
  const kind = resultKind(data.url, data.meta);
  const sub = bestSection(data.sub_results);
  if (kind !== 'crossing' && sub && sub.url !== data.url && sub.url.includes('#') && sub.title.trim() && sub.title.trim() !== title) {
    return { href: sub.url, title: `${title} › ${sub.title.trim()}`, kind, excerpt: sub.excerpt };
  }
  return { href: data.url, title, kind, excerpt: data.excerpt };
}
