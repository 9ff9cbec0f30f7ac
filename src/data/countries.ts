/** English short names of the countries the atlas covers, by ISO 3166-1 alpha-2 code. */
const NAMES: Record<string, string> = {
  KZ: 'Kazakhstan',
  RU: 'Russia',
  KG: 'Kyrgyzstan',
  CN: 'China',
  UZ: 'Uzbekistan',
  TM: 'Turkmenistan',
};

export function countryName(code: string): string {
  const name = NAMES[code];
  if (!name) throw new Error(`no name for country code "${code}"`);
  return name;
}

const ADJECTIVES: Record<string, string> = {
  KZ: 'Kazakh',
  RU: 'Russian',
  KG: 'Kyrgyz',
  CN: 'Chinese',
  UZ: 'Uzbek',
  TM: 'Turkmen',
};

/** `RU` → `Russian`. */
export function countryAdjective(code: string): string {
  const adjective = ADJECTIVES[code];
  if (!adjective) throw new Error(`no adjective for country code "${code}"`);
  return adjective;
}
