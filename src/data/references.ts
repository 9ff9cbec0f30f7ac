/** Where a record cites its sources: every `source` and `sources` field, however deep. */

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

/** Every source id cited anywhere inside a value. */
export function citedSources(value: unknown): Set<string> {
  const ids = new Set<string>();
  walkCitations(value, [], (_path, id) => ids.add(id));
  return ids;
}
