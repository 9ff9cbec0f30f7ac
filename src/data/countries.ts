import { englishCountryName } from '../schemas/common.ts';
import { LOCALE_TAGS, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';

/**
 * Where an edition names a country otherwise than CLDR: Kazakhstan's and Kyrgyzstan's own Russian
 * usage is «Кыргызстан» (CLDR has «Киргизия», the usual form in Russia).
 */
const OWN_USAGE: Partial<Record<Locale, Record<string, string>>> = { ru: { KG: 'Кыргызстан' } };

/** `RU` → `Russia` / `Россия`: a country's short name in an edition's language, by ISO 3166-1 alpha-2 code. */
export function countryName(code: string, locale: Locale = SOURCE_LOCALE): string {
  const name = locale === SOURCE_LOCALE ? englishCountryName(code) : (OWN_USAGE[locale]?.[code] ?? displayNames(locale).of(code));
  if (!name || !/^[A-Z]{2}$/.test(code)) throw new Error(`no name for country code "${code}"`);
  return name;
}

const names = new Map<Locale, Intl.DisplayNames>();
function displayNames(locale: Locale): Intl.DisplayNames {
  let n = names.get(locale);
  if (!n) names.set(locale, (n = new Intl.DisplayNames([LOCALE_TAGS[locale].intl], { type: 'region', fallback: 'none' })));
  return n;
}
