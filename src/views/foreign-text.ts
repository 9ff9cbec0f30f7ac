/**
 * The language of a piece of text that is not in the page's own language: a source title or a
 * name in Latin letters on a Russian page is marked `lang="en"` (titles are never translated).
 * Pure.
 */
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';

/** `lang` for `text` on a page of `locale`: 'en' for Latin-only text on a non-English page, else undefined (the page's own language). */
export const latinTextLang = (text: string, locale: Locale): 'en' | undefined =>
  locale !== SOURCE_LOCALE && /\p{Script=Latin}/u.test(text) && !/\p{Script=Cyrillic}/u.test(text) ? 'en' : undefined;
