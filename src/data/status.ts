import type { Crossing, StatusReading } from '../schemas/crossings.ts';

/** A reading older than this many years at build time is shown as old, never as current. */
export const STALE_AFTER_YEARS = 3;

/**
 * The day the site is built (UTC, `YYYY-MM-DD`): the reference for how old a reading is.
 * `ATLAS_BUILD_DATE` pins it, so a build can be reproduced and tests can ask what a later reader would see.
 */
export function buildDate(env: Record<string, string | undefined> = globalThis.process?.env ?? {}): string {
  const pinned = env.ATLAS_BUILD_DATE?.trim();
  if (pinned) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new Error(`ATLAS_BUILD_DATE must be YYYY-MM-DD, not "${pinned}"`);
    return pinned;
  }
  return new Date().toISOString().slice(0, 10);
}

/** The newest reading: the one every view leads with. */
export const latestReading = (crossing: Pick<Crossing, 'status'>): StatusReading => crossing.status[0]!;

/**
 * The last day a partial date can stand for (`2021` → `2021-12-31`, `2021-02` → `2021-02-28`),
 * so a reading is called old only once even its latest possible day is past the limit.
 */
export function lastDayOf(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  if (day !== undefined) return date;
  if (month === undefined) return `${year}-12-31`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** Whole years between a partial date (taken at its last day) and `today`. */
export function ageInYears(date: string, today: string): number {
  const [y0, m0, d0] = lastDayOf(date).split('-').map(Number) as [number, number, number];
  const [y1, m1, d1] = today.split('-').map(Number) as [number, number, number];
  const beforeAnniversary = m1 < m0 || (m1 === m0 && d1 < d0);
  return Math.max(0, y1 - y0 - (beforeAnniversary ? 1 : 0));
}

/** True when a reading dated `date` is older than STALE_AFTER_YEARS on `today`. */
export const isStale = (date: string, today: string): boolean => ageInYears(date, today) >= STALE_AFTER_YEARS;
