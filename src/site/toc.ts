/**
 * "On this page": the sections of a rendered page, read from its HTML (every `<h2 id>` outside
 * boxes that title themselves, such as the infobox). Pure, so BaseLayout can list the sections of
 * any page, whether their headings come from MDX or from components.
 */

export interface TocEntry {
  id: string;
  label: string;
}

/** Fewest sections for which a contents list helps. */
export const TOC_MIN_SECTIONS = 4;

const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' })[e]!);

/** Sections (`<h2 id>` without `data-toc="skip"` or a class ending in `__title`) in document order; empty below TOC_MIN_SECTIONS. */
export function tocEntries(html: string, min = TOC_MIN_SECTIONS): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const m of html.matchAll(/<h2\b([^>]*)>([\s\S]*?)<\/h2>/g)) {
    const attrs = m[1]!;
    const id = /\sid="([^"]+)"/.exec(attrs)?.[1];
    if (!id || /data-toc="skip"/.test(attrs) || /class="[^"]*__title\b/.test(attrs)) continue;
    // Citation marks and other inline markup are not part of the section's name.
    const label = decode(m[2]!.replace(/<sup[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
    if (label) entries.push({ id, label });
  }
  return entries.length >= min ? entries : [];
}
