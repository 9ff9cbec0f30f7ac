import { SOURCE_LOCALE, isLocale, type Locale } from './locales.ts';

/**
 * The edition of the page being rendered, from Astro's i18n routing (`Astro.currentLocale`, which
 * Astro reads from the URL: `/ru/…` is Russian). Components call `pageLocale(Astro)`.
 */
export const pageLocale = (astro: { currentLocale?: string | undefined }): Locale => (isLocale(astro.currentLocale) ? astro.currentLocale : SOURCE_LOCALE);
