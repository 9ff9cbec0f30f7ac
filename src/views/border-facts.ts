import { formatsFor } from '../i18n/format.ts';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import type { Atlas, Region } from '../schemas/index.ts';
import type { BorderAnalysis } from '../geo/border-analysis.ts';
import { countryName } from '../data/countries.ts';
import { dictionary } from '../i18n/dictionary.ts';

export const BORDER_FACT_FIELDS = ['length', 'measuredLength', 'established', 'current', 'crossingCount', 'kazakhRegionCount', 'neighbourRegionCount'] as const;
export type BorderFactField = (typeof BORDER_FACT_FIELDS)[number];

export interface FactText {
  text: string;
  /** Source ids to cite after the text; empty for counts of the atlas's own records. */
  sources: string[];
}

/** A fact about a border as prose shows it, taken from the data. Throws when the data lacks it. */
export function borderFact(
  atlas: Atlas,
  analyses: ReadonlyMap<string, BorderAnalysis>,
  borderId: string,
  field: BorderFactField,
  locale: Locale = SOURCE_LOCALE,
): FactText {
  const f = formatsFor(locale);
  const t = dictionary(locale).border.fact;
  const border = atlas.borders.find((b) => b.id === borderId);
  const analysis = analyses.get(borderId);
  if (!border || !analysis) throw new Error(`<Fact>: unknown border "${borderId}"`);
  const missing = () => new Error(`<Fact>: border "${borderId}" has no ${field} in data/borders.json`);
  switch (field) {
    case 'length': {
      const [first, ...others] = border.lengthKm;
      if (!first) throw missing();
      const text = [first.value, ...new Set(others.map((o) => o.value).filter((v) => v !== first.value))]
        .map((v, i) => (i ? t.lengthOr(f.sourceKm(v)) : f.sourceKm(v)))
        .join(' ');
      return { text, sources: border.lengthKm.map((r) => r.source) };
    }
    case 'measuredLength':
      return { text: t.about(f.km(Math.round(analysis.measuredKm / 10) * 10)), sources: ['natural-earth'] };
    case 'established':
    case 'current': {
      const reading = border[field];
      if (!reading) throw missing();
      return { text: String(reading.value.year), sources: [reading.source] };
    }
    case 'crossingCount':
      return { text: f.number(analysis.crossings.length), sources: [] };
    case 'kazakhRegionCount':
      return {
        text: regionCountText(
          analysis.regions.kazakh.map((s) => s.region),
          locale,
        ),
        sources: [],
      };
    case 'neighbourRegionCount':
      return {
        text: regionCountText(
          analysis.regions.neighbour.map((s) => s.region),
          locale,
        ),
        sources: [],
      };
  }
}

/** `7 regions`, or `8 in Kazakhstan (7 before the 2022 reform)` when a later reform added a unit the sources' lists predate. */
export function regionCountPhrase(regions: readonly Region[], label: string, locale: Locale = SOURCE_LOCALE): string {
  const { listed, reforms } = reformCounts(regions);
  return dictionary(locale).border.regionCountPhrase(regions.length, listed, label, reforms, formatsFor(locale));
}

/** How many of `regions` the sources' lists know, and the years of the reforms that added the others. */
function reformCounts(regions: readonly Region[]): { listed: number; reforms: number[] } {
  const listed = regions.filter((r) => r.formed === undefined).length;
  const reforms = [...new Set(regions.flatMap((r) => (r.formed ? [r.formed.year] : [])))].sort();
  return { listed, reforms };
}

/** `7`, or `7 (8 since 2022)` when a later reform added a unit the sources' lists predate. */
export function regionCountText(regions: readonly Region[], locale: Locale = SOURCE_LOCALE): string {
  const { listed, reforms } = reformCounts(regions);
  return dictionary(locale).border.regionCountText(regions.length, listed, reforms, formatsFor(locale));
}

/** `Russia, China and Kyrgyzstan`: the neighbours in the registry, in its order. */
export function neighbourNames(borders: readonly { neighbour: string }[], locale: Locale = SOURCE_LOCALE): string {
  return formatsFor(locale).list(borders.map((b) => countryName(b.neighbour, locale)));
}
