import type { Formats, PluralForms } from '../format.ts';

type Section = 'visa' | 'documents' | 'migration-card' | 'registration' | 'vehicles' | 'inspection' | 'refusal' | 'customs' | 'prohibited';
type Unit = 'usd' | 'litres' | 'pieces' | 'kg';
type LimitKind = 'at-most' | 'above-needs-document';
type DurationUnit = 'days' | 'months' | 'years';
type Traveller = 'all-travellers' | 'russian-citizens' | 'kazakhstan-citizens' | 'foreigners' | 'children' | 'drivers' | 'passengers';

const UNIT_NAMES: Record<Unit, PluralForms> = {
  usd: { one: 'US dollar', other: 'US dollars' },
  litres: { one: 'litre', other: 'litres' },
  pieces: { one: 'piece', other: 'pieces' },
  kg: { one: 'kilogram', other: 'kilograms' },
};

/** The travel-rules page (`/travel/`): sections, units, durations, travellers and the page's own sentences. */
export const travel = {
  sections: {
    visa: 'Visa regime',
    documents: 'Documents',
    'migration-card': 'Migration card',
    registration: 'Registration',
    vehicles: 'Vehicle documents',
    inspection: 'At the checkpoint',
    refusal: 'Refusal of entry',
    customs: 'Customs allowances',
    prohibited: 'Prohibited goods',
  } satisfies Record<Section, string>,
  /** An allowance's unit in words, the form chosen by the limit (`litre`, `litres`). */
  unitNames: UNIT_NAMES,
  /** An amount with its unit: `US$10,000`, `3 l`, `1,000 pieces`; `amount` is already formatted. */
  quantity: (amount: string, unit: Unit, value: number, f: Formats): string => {
    switch (unit) {
      case 'usd':
        return `US$${amount}`;
      case 'litres':
        return `${amount} l`;
      case 'kg':
        return `${amount} kg`;
      case 'pieces':
        return `${amount} ${f.plural(value, UNIT_NAMES.pieces)}`;
    }
  },
  /** A limit with its qualifier: `up to 3 l`, `papers needed above 0.5 kg`. */
  limit: (kind: LimitKind, amount: string): string => (kind === 'at-most' ? `up to ${amount}` : `papers needed above ${amount}`),
  /** `30 days`, `1 month`; `amount` is `value` already formatted. */
  duration: (amount: string, value: number, unit: DurationUnit, f: Formats): string =>
    `${amount} ${f.plural(value, { days: { one: 'day', other: 'days' }, months: { one: 'month', other: 'months' }, years: { one: 'year', other: 'years' } }[unit])}`,
  travellers: {
    'all-travellers': 'All travellers',
    'russian-citizens': 'Russian citizens',
    'kazakhstan-citizens': 'Citizens of Kazakhstan',
    foreigners: 'Foreigners',
    children: 'Children',
    drivers: 'Drivers',
    passengers: 'Passengers',
  } satisfies Record<Traveller, string>,
  /** Language names come from Intl.DisplayNames in this language. */
  languageNamesIn: 'en',
  title: 'Travel rules',
  crumbHome: 'Borders',
  description: (asOf: string) =>
    `Rules for crossing between Russia and Kazakhstan as of ${asOf}: visa-free stays, documents, migration card, registration, vehicles, checks, refusal of entry and customs allowances.`,
  rulesAsOf: 'Rules as of',
  asDescribedBy: 'as described by the source',
  lead: 'What crossing the land border between Russia and Kazakhstan involves: the visa-free regime, the papers to carry, the migration card and registration, the checks at the checkpoint, and what customs lets through.',
  checkFirst: 'Rules change: check before you travel',
  checkFirstText: (asOf: string) =>
    `This page restates the rules as one travel website described them in ${asOf}. Visa-free periods, allowances and the papers asked for are revised from time to time, and the atlas does not track those changes.`,
  checkFirstConfirm:
    'Before a trip, confirm the current rules with an official source: the border service of Kazakhstan, the embassy or consulate of the country you are entering, or the official government portals of Kazakhstan and Russia. Border service officers can also tell you whether anything bars your entry.',
  atAGlance: 'At a glance',
  visaFreeStay: 'Visa-free stay',
  /** `Citizens of Russia in Kazakhstan:` (country names and their ISO codes, for languages that decline names). */
  glanceVisa: (citizensOf: string, entering: string, _citizensCode: string, _enteringCode: string) => `Citizens of ${citizensOf} in ${entering}:`,
  visaNeeded: 'visa needed',
  /** `up to 90 days` (`duration` is the formatted duration of `value` days). */
  upToDays: (duration: string, _value: number, _amount: string) => `up to ${duration}`,
  registration: 'Registration',
  registrationAfter: (duration: string, _value: number, _amount: string) => `after ${duration}`,
  how: 'how',
  migrationCard: 'Migration card',
  cardFree: (free: boolean): string => (free ? 'free' : 'charged'),
  cardLanguagesShort: (languages: string) => `in ${languages}`,
  cashWithoutDeclaration: 'Cash without declaration',
  allAllowances: 'all allowances',
  neitherAsksVisa: "Neither country asks the other's citizens for a visa. ",
  directionByDirection: 'The rules, direction by direction:',
  visaCardTitle: (citizensOf: string, entering: string, _citizensCode: string, _enteringCode: string) => `Citizens of ${citizensOf} entering ${entering}`,
  visa: 'Visa',
  visaRequired: (required: boolean): string => (required ? 'required' : 'not required'),
  longestStay: 'Longest stay',
  purpose: 'Purpose',
  anyPurpose: (any: boolean): string => (any ? 'any, work and business included' : 'limited'),
  identityDocuments: 'Identity documents',
  children: 'Children',
  parentalConsent: 'Parental consent',
  insurance: 'Insurance',
  cardIntro: 'A short form filled in at the border and stamped; you carry it for the rest of the stay.',
  whoFillsOne: 'Who fills one in',
  entering: (country: string, _code: string) => `Entering ${country}:`,
  languages: 'Languages',
  cardLanguages: (languages: string) => `The Kazakh card can be filled in in ${languages}.`,
  cost: 'Cost',
  cardCost: (free: boolean): string => (free ? 'Free of charge.' : 'A fee is charged.'),
  keepingIt: 'Keeping it',
  lostOrDamaged: 'If it is lost or damaged',
  restoreWithin: (duration: string, _value: number, _amount: string) => `Ask the migration authorities to restore it within ${duration}.`,
  howYouGetOne: 'How you get one',
  registrationIntro: 'A visa-free stay starts without formalities, but a longer one has to be registered with the migration service.',
  registrationFigures: 'Registration in figures',
  withoutRegistering: 'without registering',
  addedByRegistering: 'added by registering',
  longestVisaFree: 'longest visa-free stay',
  stepByStep: 'Step by step',
  stayingLonger: 'Staying longer',
  vehiclesIntro: 'Drivers in their own car show these on both the Russian and the Kazakh side, on top of their identity documents.',
  inspectionIntro: 'The checks in the order travellers meet them, entering Kazakhstan from Russia by road.',
  refusalIntro: 'Kazakhstan may turn away a Russian citizen or a stateless person on any of these grounds.',
  customsIntro: 'Goods that may be brought into Kazakhstan without filling in a customs declaration.',
  allowancesCaption: 'Allowances for entering Kazakhstan without a declaration',
  needPermit: 'Goods that need a permit',
  notAllowedIn: 'Not allowed into Kazakhstan',
  notAllowedOut: 'Not allowed out of Kazakhstan',
  columns: { item: 'Goods', limit: 'Limit', unit: 'Unit', condition: 'Conditions', source: 'Source' },
  noneStated: 'none stated',
  appliesTo: 'Applies to:',
  asOf: 'as of',
  /** A formatted partial date as the page prints it (`iso` is the date it was made from). */
  asOfDate: (formatted: string, _iso: string) => formatted,
};
