import { englishCountryName } from '../schemas/common.ts';

/** `RU` → `Russia`: the English short name of a country, by ISO 3166-1 alpha-2 code. */
export function countryName(code: string): string {
  const name = englishCountryName(code);
  if (!name) throw new Error(`no name for country code "${code}"`);
  return name;
}
