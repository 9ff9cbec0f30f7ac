/**
 * Pure helpers for the travel-rules page (`/travel/`): section list, labels and number
 * formatting for the rules in `data/travel-rules.json`. No DOM, no Astro.
 */
import type { TravelRules } from '../schemas/travel-rules.ts';
import { citedSources } from '../data/references.ts';

export type TravelRule = TravelRules['documents'][number];
export type Allowance = TravelRules['customsAllowances'][number];
export type Traveller = NonNullable<TravelRule['appliesTo']>[number];

/** The page's sections in reading order; the ids are public anchors (`/travel/#customs`): never rename. */
export const TRAVEL_SECTIONS = [
  { id: 'visa', title: 'Visa regime' },
  { id: 'documents', title: 'Documents' },
  { id: 'migration-card', title: 'Migration card' },
  { id: 'registration', title: 'Registration' },
  { id: 'vehicles', title: 'Vehicle documents' },
  { id: 'inspection', title: 'At the checkpoint' },
  { id: 'refusal', title: 'Refusal of entry' },
  { id: 'customs', title: 'Customs allowances' },
  { id: 'prohibited', title: 'Prohibited goods' },
] as const;
export type TravelSectionId = (typeof TRAVEL_SECTIONS)[number]['id'];

/** Title of a section by anchor id. */
export function sectionTitle(id: TravelSectionId): string {
  return TRAVEL_SECTIONS.find((s) => s.id === id)!.title;
}

/** `10000` → `10,000`, `0.5` → `0.5`, `3` → `3`: as many decimals as the value has (up to 2). */
export const formatAmount = (value: number): string => value.toLocaleString('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

const UNIT_NAMES: Record<Allowance['unit'], { one: string; many: string }> = {
  usd: { one: 'US dollar', many: 'US dollars' },
  litres: { one: 'litre', many: 'litres' },
  pieces: { one: 'piece', many: 'pieces' },
  kg: { one: 'kilogram', many: 'kilograms' },
};

/** Unit of an allowance in words: `litres`, `US dollars`. Singular only for exactly 1. */
export function unitName(unit: Allowance['unit'], value = 2): string {
  return value === 1 ? UNIT_NAMES[unit].one : UNIT_NAMES[unit].many;
}

/** An amount with its unit as a reader would write it: `US$10,000`, `3 l`, `1,000 pieces`, `0.5 kg`. */
export function formatQuantity(value: number, unit: Allowance['unit']): string {
  const amount = formatAmount(value);
  switch (unit) {
    case 'usd':
      return `US$${amount}`;
    case 'litres':
      return `${amount} l`;
    case 'kg':
      return `${amount} kg`;
    case 'pieces':
      return `${amount} ${unitName(unit, value)}`;
  }
}

/** Words that qualify an allowance's limit: the most allowed, or the amount above which papers are needed. */
const LIMIT_QUALIFIER: Record<Allowance['kind'], string> = {
  'at-most': 'up to',
  'above-needs-document': 'papers needed above',
};

/** The limit column of the allowances table, without the unit: `up to 3`, `papers needed above 0.5`. */
export function formatLimit(a: Pick<Allowance, 'limit' | 'kind'>): string {
  return `${LIMIT_QUALIFIER[a.kind]} ${formatAmount(a.limit)}`;
}

/** A whole allowance in a phrase: `up to 3 l`, `up to US$10,000`, `papers needed above 0.5 kg`. */
export function formatAllowance(a: Pick<Allowance, 'limit' | 'kind' | 'unit'>): string {
  return `${LIMIT_QUALIFIER[a.kind]} ${formatQuantity(a.limit, a.unit)}`;
}

/** `30` → `30 days`, `1` → `1 day`; likewise months. */
export function formatDuration(value: number, unit: 'days' | 'months' | 'years'): string {
  return `${formatAmount(value)} ${value === 1 ? unit.slice(0, -1) : unit}`;
}

const TRAVELLER_LABELS: Record<Traveller, string> = {
  'all-travellers': 'All travellers',
  'russian-citizens': 'Russian citizens',
  'kazakhstan-citizens': 'Citizens of Kazakhstan',
  foreigners: 'Foreigners',
  children: 'Children',
  drivers: 'Drivers',
  passengers: 'Passengers',
};

export const travellerLabel = (t: Traveller): string => TRAVELLER_LABELS[t];

/** Labels for whom a rule is aimed at, leaving out "all travellers" (the default, not worth a tag). */
export function audienceLabels(rule: Pick<TravelRule, 'appliesTo'>): string[] {
  return (rule.appliesTo ?? []).filter((t) => t !== 'all-travellers').map(travellerLabel);
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

/** English names of BCP 47 language codes: `['ru', 'kk']` → `['Russian', 'Kazakh']`. */
export function languageNames(codes: readonly string[]): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  return codes.map((code) => {
    const name = names.of(code);
    if (!name) throw new Error(`no English name for language code "${code}"`);
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
