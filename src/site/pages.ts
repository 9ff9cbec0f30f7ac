/** Which MDX entries become which pages; computed once, used by the thin route files. */

interface PageEntry {
  id: string;
  data: { border?: string | undefined };
}

/** Border pages: every MDX entry under `borders/` with a `border` id in its frontmatter. */
export function borderPages<T extends PageEntry>(entries: readonly T[]): T[] {
  return entries.filter((e) => e.id.startsWith('borders/') && e.data.border !== undefined);
}
