/**
 * Pure helpers for the travel-rules page (`/travel/`): section list, labels and number
 * formatting in each edition's language for the rules in `data/travel-rules.json`. No DOM, no Astro.
 */
import type { TravelRules } from '../schemas/travel-rules.ts';
import { citedSources } from '../data/references.ts';
import { dictionary } from '../i18n/dictionary.ts';
import { formatsFor } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

export type TravelRule = TravelRules['documents'][number];
export type Allowance = TravelRules['customsAllowances'][number];
export type Traveller = NonNullable<TravelRule['appliesTo']>[number];

/** The page's sections in reading order; the ids are public anchors (`/travel/#customs`): never rename. */
export const TRAVEL_SECTIONS = ['visa', 'documents', 'migration-card', 'registration', 'vehicles', 'inspection', 'refusal', 'customs', 'prohibited'] as const;
export type TravelSectionId = (typeof TRAVEL_SECTIONS)[number];

const words = (locale: Locale) => dictionary(locale).travel;

/** Title of a section by anchor id. */
export function sectionTitle(id: TravelSectionId, locale: Locale): string {
  return words(locale).sections[id];
}

/** `10000` → `10,000` / `10 000`, `0.5` → `0.5` / `0,5`, `3` → `3`: as many decimals as the value has (up to 2). */
export function formatAmount(value: number, locale: Locale): string {
  const decimals = Math.min(2, String(value).split('.')[1]?.length ?? 0);
  return formatsFor(locale).number(value, decimals);
}

/** Unit of an allowance in words, in the form its amount takes: `litres`, `US dollars`; `литров`. */
export function unitName(unit: Allowance['unit'], value: number, locale: Locale): string {
  return formatsFor(locale).plural(value, words(locale).unitNames[unit]);
}

/** An amount with its unit as a reader would write it: `US$10,000`, `3 l`, `1,000 pieces`, `0.5 kg`. */
export function formatQuantity(value: number, unit: Allowance['unit'], locale: Locale): string {
  return words(locale).quantity(formatAmount(value, locale), unit, value, formatsFor(locale));
}

/** The limit column of the allowances table, without the unit: `up to 3`, `papers needed above 0.5`. */
export function formatLimit(a: Pick<Allowance, 'limit' | 'kind'>, locale: Locale): string {
  return words(locale).limit(a.kind, formatAmount(a.limit, locale));
}

/** A whole allowance in a phrase: `up to 3 l`, `up to US$10,000`, `papers needed above 0.5 kg`. */
export function formatAllowance(a: Pick<Allowance, 'limit' | 'kind' | 'unit'>, locale: Locale): string {
  return words(locale).limit(a.kind, formatQuantity(a.limit, a.unit, locale));
}

/** `30` → `30 days`, `1` → `1 day`; likewise months (`30 дней`, `1 месяц`). */
export function formatDuration(value: number, unit: 'days' | 'months' | 'years', locale: Locale): string {
  return words(locale).duration(formatAmount(value, locale), value, unit, formatsFor(locale));
}

/**
 * A phrase around a number of days (`up to 90 days`, `до 90 дней`): the phrase gets the duration, the
 * number and the formatted number, since some languages decline the unit after a preposition.
 */
export function daysPhrase(phrase: (duration: string, value: number, amount: string) => string, value: number, locale: Locale): string {
  return phrase(formatDuration(value, 'days', locale), value, formatAmount(value, locale));
}

export const travellerLabel = (t: Traveller, locale: Locale): string => words(locale).travellers[t];

/** Labels for whom a rule is aimed at, leaving out "all travellers" (the default, not worth a tag). */
export function audienceLabels(rule: Pick<TravelRule, 'appliesTo'>, locale: Locale): string[] {
  return (rule.appliesTo ?? []).filter((t) => t !== 'all-travellers').map((t) => travellerLabel(t, locale));
}

/** Groups rules by the first traveller they apply to, keeping the file's order inside each group. */
export function groupByAudience<R extends Pick<TravelRule, 'appliesTo'>>(rules: readonly R[]): Map<Traveller, R[]> {
  const groups = new Map<Traveller, R[]>();
  for (const rule of rules) {
    const key = rule.appliesTo?.[0] ?? 'all-travellers';
    groups.set(key, [...(groups.get(key) ?? []), rule]);
  }
  return groups;
}

/**
 * The inspection sequence in step order. Throws when the steps are not exactly 1…n, since
 * the page renders them as a numbered list whose numbers are the data's.
 */
export function orderedSteps<S extends { id: string; step: number }>(steps: readonly S[]): S[] {
  const sorted = [...steps].sort((a, b) => a.step - b.step);
  sorted.forEach((s, i) => {
    if (s.step !== i + 1) throw new Error(`data/travel-rules.json › inspectionSequence › ${s.id}: expected step ${i + 1}, found ${s.step}`);
  });
  return sorted;
}

/** Names of BCP 47 language codes in the edition's language: `['ru', 'kk']` → `['Russian', 'Kazakh']` / `['русский', 'казахский']`. */
export function languageNames(codes: readonly string[], locale: Locale): string[] {
  const names = new Intl.DisplayNames([words(locale).languageNamesIn], { type: 'language', fallback: 'none' });
  return codes.map((code) => {
    const name = names.of(code);
    if (!name) throw new Error(`no ${locale} name for language code "${code}"`);
    return name;
  });
}

/** Every source the travel rules cite, for the page's source list. */
export const travelSourceIds = (rules: TravelRules): string[] => [...citedSources(rules)];

const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  sixteen: 16,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
};

/** Numbers written in a text, as digits (`10,000`, `0.5`) or as words (`three`; not `one`, mostly a pronoun). */
export function numbersInText(text: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) found.push(Number(m[0].replaceAll(',', '')));
  for (const m of text.toLowerCase().matchAll(/[a-z]+/g)) {
    const n = NUMBER_WORDS[m[0]];
    if (n !== undefined) found.push(n);
  }
  return found;
}

/** Fields holding prose a reader sees (checked for numbers); ids, sources and dates are not prose. */
const PROSE_KEYS = new Set(['text', 'item', 'condition', 'keep', 'title']);

export interface UnbackedNumber {
  /** Dotted path to the prose field. */
  path: string;
  number: number;
  text: string;
}

/**
 * Numbers written in the rules' prose that no numeric field of the same record (or a record
 * around it) holds. The page may print a rule's text as written only if every number in it is
 * also data: then a corrected figure cannot leave a stale copy in a sentence.
 */
export function unbackedNumbers(value: unknown, path: string[] = [], around: number[] = []): UnbackedNumber[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => unbackedNumbers(item, [...path, String(i)], around));
  if (value === null || typeof value !== 'object') return [];
  const entries = Object.entries(value);
  const own = entries.flatMap(([, v]) => (typeof v === 'number' ? [v] : []));
  const known = [...around, ...own];
  const problems: UnbackedNumber[] = [];
  for (const [key, child] of entries) {
    if (PROSE_KEYS.has(key) && typeof child === 'string') {
      for (const n of numbersInText(child)) {
        if (!known.includes(n)) problems.push({ path: [...path, key].join('.'), number: n, text: child });
      }
    } else problems.push(...unbackedNumbers(child, [...path, key], known));
  }
  return problems;
}

/**
 * `'Goods under embargo.'` → `['Goods under ', 'embargo.']`: the last word is kept on one line with
 * the citation after it, so a citation never wraps onto a line of its own.
 */
export function splitLastWord(text: string): [string, string] {
  const trimmed = text.trimEnd();
  const i = trimmed.lastIndexOf(' ');
  return i < 0 ? ['', trimmed] : [trimmed.slice(0, i + 1), trimmed.slice(i + 1)];
}
