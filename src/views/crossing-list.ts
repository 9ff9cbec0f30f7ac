/**
 * How a border page lists its crossings: every row inline up to a threshold, above it a summary
 * and the directory (which always lists every crossing, with or without JavaScript). Pure.
 */
import type { Crossing, StatusValue } from '../schemas/crossings.ts';
import { isStale, latestReading } from '../data/status.ts';
import { directoryQuery, DEFAULT_STATE } from '../shared/crossing-directory.ts';
import { anchors, routesFor } from '../site/routes.ts';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';

/** Most crossings a border page lists row by row; a border with more links to the directory instead. */
export const BORDER_TABLE_MAX = 60;

/** True when a border with `count` crossings lists them on its own page. */
export const listsInline = (count: number): boolean => count <= BORDER_TABLE_MAX;

/** The directory filtered to one border, opened at its first row (JS off: the full directory, scrolled there). */
export function directoryForBorder(border: string, firstCrossing?: string, locale: Locale = SOURCE_LOCALE): string {
  const hash = firstCrossing ? `#${anchors.crossing(firstCrossing)}` : `#${anchors.crossings}`;
  return `${routesFor(locale).crossings()}${directoryQuery({ ...DEFAULT_STATE, border })}${hash}`;
}

/** Where a crossing's row is: on its border page when the border lists inline, else in the directory. */
export function crossingRowHref(crossing: Pick<Crossing, 'id' | 'border'>, borderCount: number, locale: Locale = SOURCE_LOCALE): string {
  const routes = routesFor(locale);
  return `${listsInline(borderCount) ? routes.border(crossing.border) : routes.crossings()}#${anchors.crossing(crossing.id)}`;
}

/** What a border page says instead of hundreds of rows: counts by newest status, and how many are old. */
export interface BorderStatusSummary {
  total: number;
  byStatus: Partial<Record<StatusValue, number>>;
  /** Crossings whose newest reading is old on `today`. */
  stale: number;
}

export function borderStatusSummary(crossings: readonly Pick<Crossing, 'status'>[], today: string): BorderStatusSummary {
  const summary: BorderStatusSummary = { total: crossings.length, byStatus: {}, stale: 0 };
  for (const c of crossings) {
    const reading = latestReading(c);
    summary.byStatus[reading.value] = (summary.byStatus[reading.value] ?? 0) + 1;
    if (isStale(reading.date, today)) summary.stale += 1;
  }
  return summary;
}
