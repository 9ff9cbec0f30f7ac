/**
 * Reading and wording the migration study's figures (data/migration-study.json). Pure: the
 * components under src/components/research/ call these so that every number on the page comes
 * from the data, worded the same way everywhere.
 */
import type { MigrationStudy, StudyMeasure } from '../schemas/migration-study.ts';
import { dictionary } from '../i18n/dictionary.ts';
import { formatsFor } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

/** A measure of the study by id, from its findings, its study area or its routes; throws if absent. */
export function studyMeasure(study: MigrationStudy, id: string): StudyMeasure {
  const all: StudyMeasure[] = [
    ...study.findings,
    study.studyArea.shareOfBorder,
    ...study.studyArea.sections.map((s) => s.borderLength),
    ...study.method.surveys.flatMap((s) => (s.respondents ? [s.respondents] : [])),
    ...study.routes.flatMap((r) => r.measures),
  ];
  const found = all.find((m) => m.id === id);
  if (!found) throw new Error(`data/migration-study.json has no figure "${id}"`);
  return found;
}

const words = (locale: Locale) => dictionary(locale).study;

/** `33.3` → `1 in 3` when the share is one the study states in words, else `null`. */
export const fractionWords = (percent: number, locale: Locale): string | null => words(locale).fractions[String(percent)] ?? null;

/**
 * A study figure as the page prints it: `78%`, `about 40%`, `1 in 5 (20%)`, `more than 2 in 3`,
 * `30–50 years`, `more than 1,000 km`, `7–8 trains a day`, `about 3 times` (or in Russian:
 * `78 %`, `около 40 %`, `1 из 5 (20 %)`, `30–50 лет`, `более 1 000 км`, `примерно в 3 раза`).
 */
export function formatMeasure(m: Pick<StudyMeasure, 'value' | 'valueMax' | 'unit' | 'qualifier'>, locale: Locale): string {
  const t = words(locale);
  const f = formatsFor(locale);
  const digits = Number.isInteger(m.value) ? 0 : 1;
  const number = m.valueMax === undefined ? f.number(m.value, digits) : `${f.number(m.value, digits)}–${f.number(m.valueMax, digits)}`;
  const share = m.unit === 'percent' && m.valueMax === undefined ? fractionWords(m.value, locale) : null;
  if (share && m.qualifier === 'fraction') return t.fractionPhrase(share, 'fraction', t.measure('exact', 'percent', f.number(m.value, 0), m.value));
  if (share && m.qualifier === 'more-than') return t.fractionPhrase(share, 'more-than', '');
  // A share the study gives in words ("nearly one third") keeps its words: `about 33.3%` would be false precision.
  if (share && m.qualifier === 'about' && !Number.isInteger(m.value)) return t.fractionPhrase(share, 'about', '');
  return t.measure(m.qualifier, m.unit, number, m.valueMax ?? m.value);
}

/** `1500` → `US$1,500`; a range → `US$5,000–8,000`; `about` in front when the study rounds. */
export function formatUsd(locale: Locale, amount: number, max?: number, qualifier?: StudyMeasure['qualifier']): string {
  const f = formatsFor(locale);
  const range = max === undefined ? f.number(amount) : `${f.number(amount)}–${f.number(max)}`;
  return words(locale).usd(range, qualifier);
}

/** One chart of the study's findings, in the shape the Chart component takes. */
export interface StudyChartSpec {
  id: string;
  title: string;
  summary: string;
  columns: [string, string];
  rows: { label: string; value: number; valueLabel: string; series?: string }[];
  axis?: 'percent';
  max?: number;
}

/** Names of the charts {@link studyCharts} builds, in page order. */
export const STUDY_CHARTS = ['ties', 'trade', 'views', 'purposes', 'entry', 'problems', 'complaints', 'far-abroad'] as const;
export type StudyChartName = (typeof STUDY_CHARTS)[number];

/**
 * The study's findings as charts. Values come from the data; where a bar is derived from two
 * figures (twice 19%, a third of 50%, 100 − 20) its label says so.
 */
export function studyCharts(study: MigrationStudy, locale: Locale): Record<StudyChartName, StudyChartSpec> {
  const t = words(locale).charts;
  const f = formatsFor(locale);
  const pct = (value: number) => words(locale).measure('exact', 'percent', f.number(value, 0), value);
  const approx = (value: number) => words(locale).derived(pct(value));
  const m = (id: string) => studyMeasure(study, id);
  const fm = (measure: StudyMeasure) => formatMeasure(measure, locale);
  const noTies = m('no-ties-across');
  const relativesRatio = m('close-relatives-across');
  const weekly = m('weekly-traders');
  const commercial = m('commercial-share');
  const kz = m('kz-see-advantage');
  const ruRatio = m('ru-see-advantage-ratio');
  const open = m('want-open-border');
  const omskWork = m('omsk-work-seekers');
  const orenWork = m('orenburg-come-to-work');
  const orenSettle = m('orenburg-come-to-settle');
  const orenStay = m('orenburg-stay-in-oblast');
  const avoided = m('entered-avoiding-posts');
  const sample = m('arrivals-sample');
  const besidePost = m('avoided-next-to-posts');
  const problems = m('had-problems-at-border');
  const complaints = m('russian-vs-kazakh-complaints');
  const farAbroad = m('far-abroad-detained-share');
  const relatives = noTies.value * relativesRatio.value;
  const ru = kz.value / ruRatio.value;
  const n = (value: number) => f.number(value);
  return {
    ties: {
      id: 'study-ties',
      title: t.ties.title,
      summary: t.ties.summary(fm(noTies), fm(relativesRatio), pct(relatives)),
      columns: t.ties.columns,
      axis: 'percent',
      rows: [
        { label: t.ties.noTies, value: noTies.value, valueLabel: fm(noTies) },
        { label: t.ties.relatives(fm(relativesRatio)), value: relatives, valueLabel: approx(relatives) },
      ],
    },
    trade: {
      id: 'study-trade',
      title: t.trade.title,
      summary: t.trade.summary(fm(weekly), fm(commercial)),
      columns: t.trade.columns,
      axis: 'percent',
      rows: [
        { label: t.trade.weekly, value: weekly.value, valueLabel: fm(weekly) },
        { label: t.trade.commercial, value: commercial.value, valueLabel: fm(commercial) },
      ],
    },
    views: {
      id: 'study-views',
      title: t.views.title,
      summary: t.views.summary(fm(kz), fm(ruRatio), pct(ru), fm(open)),
      columns: t.views.columns,
      axis: 'percent',
      rows: [
        { label: t.views.advantage, series: t.views.kzCitizens, value: kz.value, valueLabel: fm(kz) },
        { label: t.views.advantage, series: t.views.ruCitizens, value: ru, valueLabel: t.views.ruValue(approx(ru)) },
        { label: t.views.open, series: t.views.allRespondents, value: open.value, valueLabel: fm(open) },
      ],
    },
    purposes: {
      id: 'study-purposes',
      title: t.purposes.title,
      summary: t.purposes.summary(fm(omskWork), fm(orenWork), fm(orenSettle), fm(orenStay)),
      columns: t.purposes.columns,
      axis: 'percent',
      rows: [
        { label: t.purposes.omskWork, value: omskWork.value, valueLabel: fm(omskWork) },
        { label: t.purposes.orenWork, value: orenWork.value, valueLabel: fm(orenWork) },
        { label: t.purposes.orenSettle, value: orenSettle.value, valueLabel: fm(orenSettle) },
        { label: t.purposes.orenStay, value: orenStay.value, valueLabel: fm(orenStay) },
      ],
    },
    entry: {
      id: 'study-entry',
      title: t.entry.title,
      summary: t.entry.summary(n(sample.value), n(avoided.value), n(besidePost.value)),
      columns: t.entry.columns(n(sample.value)),
      max: sample.value,
      rows: [
        { label: t.entry.through, value: sample.value - avoided.value, valueLabel: t.entry.of(n(sample.value - avoided.value), n(sample.value)) },
        { label: t.entry.around, value: avoided.value, valueLabel: t.entry.of(n(avoided.value), n(sample.value)) },
      ],
    },
    problems: {
      id: 'study-problems',
      title: t.problems.title,
      summary: t.problems.summary(fm(problems)),
      columns: t.problems.columns,
      axis: 'percent',
      rows: [
        { label: t.problems.had, value: problems.value, valueLabel: fm(problems) },
        { label: t.problems.none, value: 100 - problems.value, valueLabel: approx(100 - problems.value) },
      ],
    },
    complaints: {
      id: 'study-complaints',
      title: t.complaints.title,
      summary: t.complaints.summary(fm(complaints)),
      columns: t.complaints.columns,
      rows: [
        { label: t.complaints.russian, value: complaints.value, valueLabel: t.complaints.times(n(complaints.value)) },
        { label: t.complaints.kazakh, value: 1, valueLabel: t.complaints.times(n(1)) },
      ],
    },
    'far-abroad': {
      id: 'study-far-abroad',
      title: t.farAbroad.title,
      summary: t.farAbroad.summary(fm(farAbroad)),
      columns: t.farAbroad.columns,
      axis: 'percent',
      rows: [{ label: t.farAbroad.detained, value: farAbroad.value, valueLabel: fm(farAbroad) }],
    },
  };
}
