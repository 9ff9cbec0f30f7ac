/**
 * The editions of the atlas. English is the source language and lives at the site root; every
 * other edition mirrors each English page under `/<locale>/`. Adding an edition is one entry here
 * (and in LOCALE_TAGS), its dictionaries (src/i18n/<locale>/, typed against the English ones), the
 * data translations (data/translations/<locale>/, `npm run i18n`), the prose twins
 * (content/<locale>/) and its byte factor (scripts/config/budgets.ts EDITION_BYTES).
 */
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language the data and the English pages are written in. */
export const SOURCE_LOCALE = 'en' satisfies Locale;

/** The editions whose reader text is translated from English. */
export const TRANSLATED_LOCALES = LOCALES.filter((l): l is Exclude<Locale, typeof SOURCE_LOCALE> => l !== SOURCE_LOCALE);
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** BCP 47 tags for `Intl` and the `og:locale` of each edition. */
export const LOCALE_TAGS = {
  en: { intl: 'en-GB', og: 'en_GB', name: 'English', search: 'en' },
  ru: { intl: 'ru-RU', og: 'ru_RU', name: 'Русский', search: 'ru' },
} as const satisfies Record<Locale, { intl: string; og: string; name: string; search: string }>;

/** The path prefix of an edition: '' for English, `/ru` for Russian. */
export const localePrefix = (locale: Locale): string => (locale === SOURCE_LOCALE ? '' : `/${locale}`);

/** The edition a site path belongs to (`/ru/crossings/` → `ru`). */
export function localeOfPath(path: string): Locale {
  const first = path.split('/')[1];
  return isLocale(first) && first !== SOURCE_LOCALE ? first : SOURCE_LOCALE;
}

/** A site path without its edition prefix (`/ru/crossings/` → `/crossings/`). */
export function unlocalizedPath(path: string): string {
  const locale = localeOfPath(path);
  return locale === SOURCE_LOCALE ? path : path.slice(localePrefix(locale).length) || '/';
}

/** The same page in another edition (`/crossings/x/#map` in `ru` → `/ru/crossings/x/#map`). */
export const localizePath = (path: string, locale: Locale): string => `${localePrefix(locale)}${unlocalizedPath(path)}`;

/** `getStaticPaths` params for a page that exists once per edition (`[...lang]`: undefined for English). */
export const localeParams = (locale: Locale): { lang: string | undefined } => ({ lang: locale === SOURCE_LOCALE ? undefined : locale });
