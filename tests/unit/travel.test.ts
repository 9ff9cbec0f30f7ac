import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TravelRulesSchema } from '../../src/schemas/travel-rules.ts';
import { dictionary } from '../../src/i18n/dictionary.ts';
import {
  TRAVEL_SECTIONS,
  audienceLabels,
  daysPhrase,
  formatAllowance,
  formatAmount,
  formatDuration,
  formatLimit,
  formatQuantity,
  groupByAudience,
  languageNames,
  numbersInText,
  orderedSteps,
  travelSourceIds,
  unbackedNumbers,
  splitLastWord,
  unitName,
} from '../../src/views/travel.ts';

const rules = TravelRulesSchema.parse(JSON.parse(readFileSync(join(process.cwd(), 'data/travel-rules.json'), 'utf8')));

describe('travel formatting', () => {
  it('prints amounts with the decimals they have', () => {
    expect(formatAmount(10000, 'en')).toBe('10,000');
    expect(formatAmount(0.5, 'en')).toBe('0.5');
    expect(formatAmount(3, 'en')).toBe('3');
  });
  it('prints allowances the way a reader says them', () => {
    expect(formatAllowance({ limit: 3, unit: 'litres', kind: 'at-most' }, 'en')).toBe('up to 3 l');
    expect(formatAllowance({ limit: 10000, unit: 'usd', kind: 'at-most' }, 'en')).toBe('up to US$10,000');
    expect(formatAllowance({ limit: 1000, unit: 'pieces', kind: 'at-most' }, 'en')).toBe('up to 1,000 pieces');
    expect(formatAllowance({ limit: 0.5, unit: 'kg', kind: 'above-needs-document' }, 'en')).toBe('papers needed above 0.5 kg');
    expect(formatLimit({ limit: 150, kind: 'at-most' }, 'en')).toBe('up to 150');
    expect(formatQuantity(1, 'pieces', 'en')).toBe('1 piece');
  });
  it('names units and durations, singular only for one', () => {
    expect(unitName('usd', 2, 'en')).toBe('US dollars');
    expect(unitName('kg', 0.5, 'en')).toBe('kilograms');
    expect(unitName('litres', 1, 'en')).toBe('litre');
    expect(formatDuration(90, 'days', 'en')).toBe('90 days');
    expect(formatDuration(1, 'months', 'en')).toBe('1 month');
  });
  it('prints amounts, allowances and durations in Russian', () => {
    expect(formatAmount(10000, 'ru')).toBe('10\u00a0000');
    expect(formatAmount(0.5, 'ru')).toBe('0,5');
    expect(formatAllowance({ limit: 3, unit: 'litres', kind: 'at-most' }, 'ru')).toBe('до 3\u00a0л');
    expect(formatAllowance({ limit: 10000, unit: 'usd', kind: 'at-most' }, 'ru')).toBe('до 10\u00a0000\u00a0долл. США');
    expect(formatAllowance({ limit: 0.5, unit: 'kg', kind: 'above-needs-document' }, 'ru')).toBe('свыше 0,5\u00a0кг — с документом');
    expect(unitName('litres', 3, 'ru')).toBe('литров');
    expect(unitName('litres', 1, 'ru')).toBe('литра');
    expect(unitName('kg', 0.5, 'ru')).toBe('килограмма');
    expect(formatDuration(90, 'days', 'ru')).toBe('90\u00a0дней');
    expect(formatDuration(3, 'months', 'ru')).toBe('3\u00a0месяца');
    expect(formatDuration(1, 'months', 'ru')).toBe('1\u00a0месяц');
    expect(daysPhrase(dictionary('ru').travel.restoreWithin, 3, 'ru')).toContain('в течение 3\u00a0дней');
    expect(daysPhrase(dictionary('ru').travel.upToDays, 21, 'ru')).toBe('до 21\u00a0дня');
    expect(daysPhrase(dictionary('en').travel.upToDays, 90, 'en')).toBe('up to 90 days');
    expect(languageNames(['ru', 'kk'], 'ru')).toEqual(['русский', 'казахский']);
    expect(audienceLabels({ appliesTo: ['drivers'] }, 'ru')).toEqual(['Водители']);
  });
  it('names languages in English', () => {
    expect(languageNames(['ru', 'en', 'kk'], 'en')).toEqual(['Russian', 'English', 'Kazakh']);
  });
  it('labels audiences without the catch-all and groups by the first', () => {
    expect(audienceLabels({ appliesTo: ['all-travellers'] }, 'en')).toEqual([]);
    expect(audienceLabels({ appliesTo: ['drivers', 'passengers'] }, 'en')).toEqual(['Drivers', 'Passengers']);
    const groups = groupByAudience([{ id: 'a', appliesTo: ['drivers'] }, { id: 'b' }, { id: 'c', appliesTo: ['drivers', 'passengers'] }] as {
      id: string;
      appliesTo?: ('drivers' | 'passengers')[];
    }[]);
    expect([...groups.keys()]).toEqual(['drivers', 'all-travellers']);
    expect(groups.get('drivers')!.map((r) => r.id)).toEqual(['a', 'c']);
  });
  it('orders steps and rejects gaps', () => {
    expect(
      orderedSteps([
        { id: 'b', step: 2 },
        { id: 'a', step: 1 },
      ]).map((s) => s.id),
    ).toEqual(['a', 'b']);
    expect(() =>
      orderedSteps([
        { id: 'a', step: 1 },
        { id: 'c', step: 3 },
      ]),
    ).toThrow(/c: expected step 2, found 3/);
  });
  it('finds numbers written as digits or words', () => {
    expect(numbersInText('Up to 10,000 dollars, 0.5 kg or three months; under-14s.')).toEqual([10000, 0.5, 14, 3]);
    expect(numbersInText('No numbers here, someone.')).toEqual([]);
  });
});

describe('data/travel-rules.json', () => {
  it('writes no number in prose that is not also a field of the record', () => {
    // The page prints the rules' sentences as they are; a figure must not live only in a sentence.
    expect(unbackedNumbers(rules)).toEqual([]);
    expect(unbackedNumbers({ text: 'Up to two litres.', value: 3 })).toEqual([{ path: 'text', number: 2, text: 'Up to two litres.' }]);
  });
  it('has unique ids, since the page uses them as anchors', () => {
    const ids: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const id = (v as { id?: unknown }).id;
        if (typeof id === 'string') ids.push(id);
        Object.values(v).forEach(walk);
      }
    };
    walk(rules);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  it('numbers the inspection sequence 1…n', () => {
    expect(orderedSteps(rules.inspectionSequence).map((s) => s.step)).toEqual(rules.inspectionSequence.map((_, i) => i + 1));
  });
  it('adds up: free days plus the extension make the visa-free stay', () => {
    const { freeDays, extensionDays } = rules.registration;
    for (const v of rules.visaRegime) expect(freeDays + extensionDays).toBe(v.maxStayDays);
  });
  it('cites the travel page for every rule', () => {
    expect(travelSourceIds(rules)).toEqual(['travel-checkpoints-rules']);
  });
  it('dates every rule no later than the document', () => {
    const dates: string[] = [];
    JSON.stringify(rules, (key, value: unknown) => {
      if (key === 'asOf' && typeof value === 'string') dates.push(value);
      return value;
    });
    expect(dates.length).toBeGreaterThan(50);
    for (const d of dates) expect(d <= rules.asOf.padEnd(10, '~')).toBe(true);
  });
});

describe('travel sections', () => {
  it('keeps the public anchors', () => {
    expect([...TRAVEL_SECTIONS]).toEqual(['visa', 'documents', 'migration-card', 'registration', 'vehicles', 'inspection', 'refusal', 'customs', 'prohibited']);
  });
});

describe('splitLastWord', () => {
  it('keeps the last word apart for the citation to hold on to', () => {
    expect(splitLastWord('Goods under embargo.')).toEqual(['Goods under ', 'embargo.']);
    expect(splitLastWord('Free. ')).toEqual(['', 'Free.']);
  });
});
