import type { Alias } from '../schemas/index.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * The `lang` attribute a name needs on a page of `locale`: its own language when the data gives
 * one and it differs from the page's; a Latin or Chinese form without a language is marked by
 * script only (`und-Latn`), so screen readers and the page's language checks do not take it for
 * the page's language. Undefined when the name is in the page's language.
 */
export function nameLang(alias: Pick<Alias, 'lang' | 'script'>, locale: Locale): string | undefined {
  if (alias.lang) return alias.lang === locale ? undefined : alias.lang;
  if (alias.script === 'chinese') return 'zh';
  if (alias.script === 'latin' && locale !== 'en') return 'und-Latn';
  if (alias.script === 'cyrillic' && locale !== 'ru') return 'und-Cyrl';
  return undefined;
}

/** The `lang` of a source title on a page of `locale`, judged by its script: Cyrillic titles are Russian, Latin ones English. */
export function titleLang(title: string, locale: Locale): string | undefined {
  const cyrillic = (title.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (title.match(/\p{Script=Latin}/gu) ?? []).length;
  const lang = cyrillic > latin ? 'ru' : latin > 0 ? 'en' : undefined;
  return lang === locale ? undefined : lang;
}
