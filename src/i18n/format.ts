/**
 * Numbers, lengths, dates, lists and plurals as each edition prints them, through `Intl` (British
 * English: `7,644 km`, `18 January 2005`; Russian: `7 644 км`, `18 января 2005 г.`).
 */
import { LOCALE_TAGS, type Locale } from './locales.ts';

/** Plural forms by CLDR category (`Intl.PluralRules`): English uses one/other, Russian one/few/many. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const UNITS = {
  en: { km: 'km', north: 'N', south: 'S', east: 'E', west: 'W' },
  ru: { km: 'км', north: 'с. ш.', south: 'ю. ш.', east: 'в. д.', west: 'з. д.' },
} as const satisfies Record<Locale, Record<string, string>>;

export interface Formats {
  locale: Locale;
  /** `7644` → `7,644` / `7 644`; `digits` fixes the decimals. */
  number(value: number, digits?: number): string;
  /** `7644` → `7,644 km` / `7 644 км`. */
  km(km: number, digits?: number): string;
  /** A length as a source states it, with its own decimals, never rounded. */
  sourceKm(km: number): string;
  /** `12.5` → `12.5%` / `12,5 %`. */
  percent(value: number, digits?: number): string;
  /** A partial date: `2005-01-18` → `18 January 2005` / `18 января 2005 г.`; `2007-07`; `1936`. */
  date(date: string): string;
  /** `['road', 'rail']` → `road and rail` / `road и rail`. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** `[80.27, 44.21]` → `44.2100° N, 80.2700° E` / `44,2100° с. ш., 80,2700° в. д.` */
  lonLat(lonLat: readonly [number, number], digits?: number): string;
  /** The form for `count` (`{one: 'crossing', other: 'crossings'}`), without the number. */
  plural(count: number, forms: PluralForms): string;
  /** `count` and its form: `1 переход`, `2 перехода`, `5 переходов`. */
  count(count: number, forms: PluralForms): string;
}

const cache = new Map<Locale, Formats>();

export function formatsFor(locale: Locale): Formats {
  const cached = cache.get(locale);
  if (cached) return cached;
  const tag = LOCALE_TAGS[locale].intl;
  const units = UNITS[locale];
  const plurals = new Intl.PluralRules(tag);
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const number = (value: number, digits = 0): string => {
    let f = numberFormats.get(digits);
    if (!f) numberFormats.set(digits, (f = new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
    return f.format(value);
  };
  const km = (value: number, digits = 0): string => `${number(value, digits)}\u00a0${units.km}`;
  const dayFormat = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const plural = (count: number, forms: PluralForms): string => forms[plurals.select(count)] ?? forms.other;
  const formats: Formats = {
    locale,
    number,
    km,
    sourceKm: (value) => km(value, String(value).split('.')[1]?.length ?? 0),
    percent: (value, digits = 1) =>
      new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value / 100),
    date(date) {
      const [year, month, day] = date.split('-');
      if (month === undefined) return year ?? date;
      if (Number(month) < 1 || Number(month) > 12) throw new RangeError(`invalid month in ${date}`);
      const when = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
      return (day === undefined ? monthFormat : dayFormat).format(when);
    },
    list: (items, type = 'conjunction') => new Intl.ListFormat(tag, { style: 'long', type }).format(items),
    lonLat([lon, lat], digits = 4) {
      const ns = lat >= 0 ? units.north : units.south;
      const ew = lon >= 0 ? units.east : units.west;
      return `${number(Math.abs(lat), digits)}° ${ns}, ${number(Math.abs(lon), digits)}° ${ew}`;
    },
    plural,
    count: (count, forms) => `${number(count)}\u00a0${plural(count, forms)}`,
  };
  cache.set(locale, formats);
  return formats;
}
