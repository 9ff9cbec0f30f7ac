/** Formatting for numbers and dates as the atlas prints them (British English). */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `7644` → `7,644`; `digits` fixes the decimals. */
export const formatNumber = (value: number, digits = 0): string =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** `7644` → `7,644 km`; lengths under 100 km keep one decimal when asked. */
export const formatKm = (km: number, digits = 0): string => `${formatNumber(km, digits)} km`;

/** A length as a source states it, with its own decimals: `1,782.75 km`, `2,330 km`; never rounded. */
export const formatSourceKm = (km: number): string => formatKm(km, String(km).split('.')[1]?.length ?? 0);

export const formatPercent = (value: number, digits = 1): string => `${formatNumber(value, digits)}%`;

/** `2005-01-18` → `18 January 2005`, `2007-07` → `July 2007`, `1936` → `1936`. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return year ?? date;
  const monthName = MONTHS[Number(month) - 1];
  if (monthName === undefined) throw new RangeError(`invalid month in ${date}`);
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** Sort key that orders partial dates chronologically (a year before its months). */
export const dateSortKey = (date: string): string => date.padEnd(10, '-');

/** `['road', 'rail']` → `road and rail`; `['a','b','c']` → `a, b and c`. */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** `locals-only` → `locals only`. */
export const humanize = (slug: string): string => slug.replaceAll('-', ' ');

/** `[80.27, 44.21]` → `44.21000° N, 80.27000° E` with the given decimals. */
export function formatLonLat([lon, lat]: readonly [number, number], digits = 4): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lon >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(digits)}° ${ns}, ${Math.abs(lon).toFixed(digits)}° ${ew}`;
}

/**
 * Between the items of a short inline list ("Dulata · Дулаты"): a middle dot held to the item before
 * it by a no-break space, so a wrapped line never starts with the dot.
 */
export const LIST_SEPARATOR = '\u00a0· ';
