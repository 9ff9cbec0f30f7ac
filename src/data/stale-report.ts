/**
 * `npm run data:stale`: every crossing by the age of its newest reading, oldest first, the old ones
 * flagged (the rule is STALE_AFTER_YEARS in ./status.ts). Pure; scripts/data-stale.ts prints it.
 */
import type { Crossing } from '../schemas/crossings.ts';
import { ageInYears, isStale, lastDayOf, latestReading, STALE_AFTER_YEARS } from './status.ts';

export interface StaleRow {
  id: string;
  border: string;
  /** Date of the newest reading, as stored. */
  date: string;
  /** Whole years since that date (taken at its last day) on `today`. */
  ageYears: number;
  value: string;
  source: string;
  stale: boolean;
}

/** One row per crossing, oldest newest-reading first; ties by border, then id. */
export function staleRows(crossings: readonly Crossing[], today: string): StaleRow[] {
  return crossings
    .map((c) => {
      const r = latestReading(c);
      return { id: c.id, border: c.border, date: r.date, ageYears: ageInYears(r.date, today), value: r.value, source: r.source, stale: isStale(r.date, today) };
    })
    .sort((a, b) => lastDayOf(a.date).localeCompare(lastDayOf(b.date)) || a.border.localeCompare(b.border) || a.id.localeCompare(b.id));
}

/** The report as plain text: aligned columns, `OLD` on the stale rows, and a count line. */
export function formatStaleReport(rows: readonly StaleRow[], today: string): string {
  const header = ['', 'crossing', 'border', 'newest', 'age', 'status', 'source'];
  const lines = rows.map((r) => [r.stale ? 'OLD' : '', r.id, r.border, r.date, `${r.ageYears} y`, r.value, r.source]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const stale = rows.filter((r) => r.stale).length;
  return [
    fmt(header),
    ...lines.map(fmt),
    '',
    `${stale} of ${rows.length} crossings lead with a reading ${STALE_AFTER_YEARS} or more years old on ${today} (marked OLD): find a newer source for them.`,
  ].join('\n');
}
