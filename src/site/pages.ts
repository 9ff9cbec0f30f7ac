/** Which MDX entries become which pages; computed once, used by the thin route files. */
import { hasPage } from '../data/borders.ts';
import type { Border } from '../schemas/borders.ts';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { draftEditions } from '../i18n/draft.ts';

/** The id of a page's prose in an edition: `borders/x` in English, `ru/borders/x` in Russian (content/ru/borders/x.mdx). */
export const proseId = (id: string, locale: Locale): string => (locale === SOURCE_LOCALE ? id : `${locale}/${id}`);

interface PageEntry {
  id: string;
  filePath?: string | undefined;
  data: { border?: string | undefined };
}

/**
 * Border pages, in registry order: the prose `content/borders/<id>.mdx` of every border that has a
 * page (src/data/borders.ts). Registry and prose must agree: a border with a page but no prose, prose
 * for a border without a page or not in the registry, or a `border` that is not the file's name
 * stops the build, naming the file.
 */
export function borderPages<T extends PageEntry>(
  entries: readonly T[],
  borders: readonly Pick<Border, 'id' | 'coverage'>[],
  locale: Locale = SOURCE_LOCALE,
): T[] {
  let folder = proseId('borders/', locale);
  // A draft edition (src/i18n/draft.ts) shows the English prose until its own is written.
  if (draftEditions() && !entries.some((e) => e.id.startsWith(folder))) folder = proseId('borders/', SOURCE_LOCALE);
  const prose = entries.filter((e) => e.id.startsWith(folder));
  const problems: string[] = [];
  const byBorder = new Map<string, T>();
  for (const entry of prose) {
    const file = entry.filePath ?? `content/${entry.id}.mdx`;
    const id = entry.id.slice(folder.length);
    const record = borders.find((b) => b.id === id);
    if (entry.data.border !== id) problems.push(`${file}: frontmatter \`border\` must be "${id}", the file's name`);
    else if (!record) problems.push(`${file}: no border "${id}" in data/borders.json`);
    else if (!hasPage(record)) problems.push(`${file}: data/borders.json › ${id} › coverage is "${record.coverage}", which has no page`);
    else byBorder.set(id, entry);
  }
  for (const b of borders.filter(hasPage)) {
    if (!byBorder.has(b.id) && !problems.some((p) => p.includes(`/${b.id}.mdx`))) {
      problems.push(`content/${folder}${b.id}.mdx: missing; data/borders.json › ${b.id} has a page (coverage "${b.coverage}")`);
    }
  }
  if (problems.length > 0) throw new Error(`border pages and data/borders.json disagree:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return borders.filter(hasPage).map((b) => byBorder.get(b.id)!);
}
