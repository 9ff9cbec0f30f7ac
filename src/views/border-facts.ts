import type { Atlas, Region } from '../schemas/index.ts';
import type { BorderAnalysis } from '../geo/border-analysis.ts';
import { countryName } from '../data/countries.ts';
import { formatKm, formatList, formatNumber, formatSourceKm } from './format.ts';

export const BORDER_FACT_FIELDS = ['length', 'measuredLength', 'established', 'current', 'crossingCount', 'kazakhRegionCount', 'neighbourRegionCount'] as const;
export type BorderFactField = (typeof BORDER_FACT_FIELDS)[number];

export interface FactText {
  text: string;
  /** Source ids to cite after the text; empty for counts of the atlas's own records. */
  sources: string[];
}

/** A fact about a border as prose shows it, taken from the data. Throws when the data lacks it. */
export function borderFact(atlas: Atlas, analyses: ReadonlyMap<string, BorderAnalysis>, borderId: string, field: BorderFactField): FactText {
  const border = atlas.borders.find((b) => b.id === borderId);
  const analysis = analyses.get(borderId);
  if (!border || !analysis) throw new Error(`<Fact>: unknown border "${borderId}"`);
  const missing = () => new Error(`<Fact>: border "${borderId}" has no ${field} in data/borders.json`);
  switch (field) {
    case 'length': {
      const [first, ...others] = border.lengthKm;
      if (!first) throw missing();
      const text = [first.value, ...new Set(others.map((o) => o.value).filter((v) => v !== first.value))]
        .map((v, i) => (i ? `or ${formatSourceKm(v)}` : formatSourceKm(v)))
        .join(' ');
      return { text, sources: border.lengthKm.map((r) => r.source) };
    }
    case 'measuredLength':
      return { text: `about ${formatKm(Math.round(analysis.measuredKm / 10) * 10)}`, sources: ['natural-earth'] };
    case 'established':
    case 'current': {
      const reading = border[field];
      if (!reading) throw missing();
      return { text: String(reading.value.year), sources: [reading.source] };
    }
    case 'crossingCount':
      return { text: formatNumber(analysis.crossings.length), sources: [] };
    case 'kazakhRegionCount':
      return { text: regionCountText(analysis.regions.kazakh.map((s) => s.region)), sources: [] };
    case 'neighbourRegionCount':
      return { text: regionCountText(analysis.regions.neighbour.map((s) => s.region)), sources: [] };
  }
}

/** `7 regions`, or `8 in Kazakhstan (7 before the 2022 reform)` when a later reform added a unit the sources' lists predate. */
export function regionCountPhrase(regions: readonly Region[], label: string): string {
  const listed = regions.filter((r) => r.formed === undefined).length;
  const reforms = [...new Set(regions.flatMap((r) => (r.formed ? [r.formed.year] : [])))].sort();
  if (reforms.length === 0) return `${formatNumber(listed)} ${label}`;
  return `${formatNumber(regions.length)} ${label} (${formatNumber(listed)} before the ${reforms.join(' and ')} reform${reforms.length > 1 ? 's' : ''})`;
}

/** `7`, or `7 (8 since 2022)` when a later reform added a unit the sources' lists predate. */
export function regionCountText(regions: readonly Region[]): string {
  const listed = regions.filter((r) => r.formed === undefined).length;
  const reforms = [...new Set(regions.flatMap((r) => (r.formed ? [r.formed.year] : [])))].sort();
  if (reforms.length === 0) return formatNumber(listed);
  return `${formatNumber(listed)} (${formatNumber(regions.length)} since ${reforms.join(' and ')})`;
}

/** `Russia, China and Kyrgyzstan`: the neighbours in the registry, in its order. */
export function neighbourNames(borders: readonly { neighbour: string }[]): string {
  return formatList(borders.map((b) => countryName(b.neighbour)));
}
