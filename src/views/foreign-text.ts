/**
 * The language of a piece of text that is not in the page's own language: a source title or a
 * name in Latin letters on a Russian page is marked `lang="en"` (titles are never translated).
 * Pure.
 */
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';

/** `lang` for `text` on a page of `locale`: 'en' for Latin-only text on a non-English page, else undefined (the page's own language). */
export const latinTextLang = (text: string, locale: Locale): 'en' | undefined =>
  locale !== SOURCE_LOCALE && /\p{Script=Latin}/u.test(text) && !/\p{Script=Cyrillic}/u.test(text) ? 'en' : undefined;

/** Letters of the Kazakh alphabet that Russian lacks: a Cyrillic run with one of them is Kazakh. */
const KAZAKH_LETTERS = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/u;
/** Words of one script, with the spaces and dashes between them (quotation marks and final punctuation stay outside). */
const CYRILLIC_RUN = /\p{Script=Cyrillic}+(?:[\s‐-―-]+\p{Script=Cyrillic}+)*/gu;
const LATIN_RUN = /\p{Script=Latin}{2,}(?:[\s‐-―-]+\p{Script=Latin}+)*/gu;

/** A piece of a text, with its language where that is not the page's own. */
export interface TextRun {
  text: string;
  lang?: 'ru' | 'kk' | 'en';
}

/**
 * A text split into runs, each in another script than the page's marked with its language: on an
 * English page, Cyrillic words (`ru`, or `kk` with a letter only Kazakh has); on a Russian page,
 * Latin words (`en`). Screen readers then read a quoted spelling in its own language. Joined
 * together the runs give `text` back.
 */
export function textRuns(text: string, locale: Locale): TextRun[] {
  const pattern = locale === SOURCE_LOCALE ? CYRILLIC_RUN : LATIN_RUN;
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    if (at > last) runs.push({ text: text.slice(last, at) });
    const lang = locale !== SOURCE_LOCALE ? 'en' : KAZAKH_LETTERS.test(match[0]) ? 'kk' : 'ru';
    runs.push({ text: match[0], lang });
    last = at + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
