/**
 * Reading and wording the migration study's figures (data/migration-study.json). Pure: the
 * components under src/components/research/ call these so that every number on the page comes
 * from the data, worded the same way everywhere.
 */
import type { MigrationStudy, StudyMeasure } from '../schemas/migration-study.ts';
import { formatNumber } from './format.ts';

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

/** Shares the study gives in words, as the editors converted them (percent → words). */
const FRACTIONS: Record<string, string> = {
  '10': '1 in 10',
  '20': '1 in 5',
  '25': '1 in 4',
  '33.3': '1 in 3',
  '50': '1 in 2',
  '66.7': '2 in 3',
};

/** `33.3` → `1 in 3` when the share is one the study states in words, else `null`. */
export const fractionWords = (percent: number): string | null => FRACTIONS[String(percent)] ?? null;

const UNIT_WORDS: Record<StudyMeasure['unit'], (n: string, value: number) => string> = {
  percent: (n) => `${n}%`,
  persons: (n, v) => `${n} ${v === 1 ? 'person' : 'people'}`,
  count: (n) => n,
  years: (n) => `${n} years`,
  km: (n) => `${n} km`,
  times: (n) => `${n} times`,
  'trains-per-week': (n) => `${n} trains a week`,
  'trains-per-day': (n) => `${n} trains a day`,
  usd: (n) => `US$${n}`,
};

const QUALIFIER_WORDS: Record<StudyMeasure['qualifier'], string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  fraction: '',
};

/**
 * A study figure as the page prints it: `78%`, `about 40%`, `1 in 5 (20%)`, `more than 2 in 3`,
 * `30–50 years`, `more than 1,000 km`, `7–8 trains a day`, `about 3 times`.
 */
export function formatMeasure(m: Pick<StudyMeasure, 'value' | 'valueMax' | 'unit' | 'qualifier'>): string {
  const digits = Number.isInteger(m.value) ? 0 : 1;
  const number = m.valueMax === undefined ? formatNumber(m.value, digits) : `${formatNumber(m.value, digits)}–${formatNumber(m.valueMax, digits)}`;
  const words = m.unit === 'percent' && m.valueMax === undefined ? fractionWords(m.value) : null;
  if (words && m.qualifier === 'fraction') return `${words} (${formatNumber(m.value, 0)}%)`;
  if (words && m.qualifier === 'more-than') return `more than ${words}`;
  // A share the study gives in words ("nearly one third") keeps its words: `about 33.3%` would be false precision.
  if (words && m.qualifier === 'about' && !Number.isInteger(m.value)) return `about ${words}`;
  return `${QUALIFIER_WORDS[m.qualifier]}${UNIT_WORDS[m.unit](number, m.valueMax ?? m.value)}`;
}

/** `1500` → `US$1,500`; a range → `US$5,000–8,000`; `about` in front when the study rounds. */
export function formatUsd(amount: number, max?: number, qualifier?: StudyMeasure['qualifier']): string {
  const range = max === undefined ? formatNumber(amount) : `${formatNumber(amount)}–${formatNumber(max)}`;
  return `${qualifier ? QUALIFIER_WORDS[qualifier] : ''}US$${range}`;
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

const pct = (value: number) => `${formatNumber(value, 0)}%`;

/**
 * The study's findings as charts. Values come from the data; where a bar is derived from two
 * figures (twice 19%, a third of 50%, 100 − 20) its label says so.
 */
export function studyCharts(study: MigrationStudy): Record<StudyChartName, StudyChartSpec> {
  const m = (id: string) => studyMeasure(study, id);
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
  return {
    ties: {
      id: 'study-ties',
      title: 'Family across the line',
      summary: `Border-zone respondents with no relatives or friends on the other side: ${formatMeasure(noTies)}. Those with close blood relatives there are ${formatMeasure(relativesRatio)} as many, about ${pct(relatives)}.`,
      columns: ['Border-zone respondents', 'Share'],
      axis: 'percent',
      rows: [
        { label: 'No relatives or friends across', value: noTies.value, valueLabel: formatMeasure(noTies) },
        { label: `Close blood relatives across (${formatMeasure(relativesRatio)} as many)`, value: relatives, valueLabel: `≈${pct(relatives)}` },
      ],
    },
    trade: {
      id: 'study-trade',
      title: 'Crossing to earn money',
      summary: `${formatMeasure(weekly)} border-zone migrants cross several times a week to trade; counting people who buy and sell while visiting family, ${formatMeasure(commercial)} of border-zone migrants are commercial migrants.`,
      columns: ['Border-zone migrants', 'Share'],
      axis: 'percent',
      rows: [
        { label: 'Cross several times a week to trade', value: weekly.value, valueLabel: formatMeasure(weekly) },
        { label: 'Commercial migrants, incl. those trading on family visits', value: commercial.value, valueLabel: formatMeasure(commercial) },
      ],
    },
    views: {
      id: 'study-views',
      title: 'Is the border an advantage? Should it be open?',
      summary: `${formatMeasure(kz)} of Kazakhstan's citizens see living near the border as a benefit; Russian citizens who do are ${formatMeasure(ruRatio)} fewer (about ${pct(ru)}). ${formatMeasure(open)} of all respondents want the border fully open both ways.`,
      columns: ['Question', 'Share'],
      axis: 'percent',
      rows: [
        { label: 'Living near the border is an advantage', series: 'Kazakhstan citizens', value: kz.value, valueLabel: formatMeasure(kz) },
        { label: 'Living near the border is an advantage', series: 'Russian citizens', value: ru, valueLabel: `≈${pct(ru)} (a third of the Kazakh share)` },
        { label: 'The border should be fully open both ways', series: 'All respondents', value: open.value, valueLabel: formatMeasure(open) },
      ],
    },
    purposes: {
      id: 'study-purposes',
      title: 'Why arrivals from Kazakhstan come',
      summary: `Entering Omsk oblast, ${formatMeasure(omskWork)} came for work, business or to explore settling; most of the rest came to trade. Entering through Orenburg oblast, ${formatMeasure(orenWork)} came to work, ${formatMeasure(orenSettle)} to settle, and only ${formatMeasure(orenStay)} meant to stay in the oblast.`,
      columns: ['Arrivals', 'Share'],
      axis: 'percent',
      rows: [
        { label: 'Via Omsk: work, business or to explore settling', value: omskWork.value, valueLabel: formatMeasure(omskWork) },
        { label: 'Via Orenburg: to work', value: orenWork.value, valueLabel: formatMeasure(orenWork) },
        { label: 'Via Orenburg: to settle in Russia', value: orenSettle.value, valueLabel: formatMeasure(orenSettle) },
        { label: 'Via Orenburg: to stay in the oblast', value: orenStay.value, valueLabel: formatMeasure(orenStay) },
      ],
    },
    entry: {
      id: 'study-entry',
      title: 'How arrivals got into Russia',
      summary: `Of ${formatNumber(sample.value)} people questioned in Omsk and Orenburg, ${formatNumber(avoided.value)} had entered without passing a checkpoint though they could have entered legally; ${formatNumber(besidePost.value)} of those interviewed at the border had gone around a post close by.`,
      columns: ['Respondents', `People (of ${formatNumber(sample.value)})`],
      max: sample.value,
      rows: [
        {
          label: 'Through a checkpoint',
          value: sample.value - avoided.value,
          valueLabel: `${formatNumber(sample.value - avoided.value)} of ${formatNumber(sample.value)}`,
        },
        { label: 'Around a checkpoint', value: avoided.value, valueLabel: `${formatNumber(avoided.value)} of ${formatNumber(sample.value)}` },
      ],
    },
    problems: {
      id: 'study-problems',
      title: 'Trouble at the checkpoint',
      summary: `${formatMeasure(problems)} CIS citizens who entered Russia through a checkpoint had problems there.`,
      columns: ['CIS citizens who entered officially', 'Share'],
      axis: 'percent',
      rows: [
        { label: 'Had problems at the checkpoint', value: problems.value, valueLabel: formatMeasure(problems) },
        { label: 'Reported none', value: 100 - problems.value, valueLabel: `≈${pct(100 - problems.value)}` },
      ],
    },
    complaints: {
      id: 'study-complaints',
      title: 'Whose services they complained about',
      summary: `Complaints about the Russian checkpoint services were ${formatMeasure(complaints)} as common as about the Kazakh ones.`,
      columns: ['Services complained about', 'Complaints, relative to the Kazakh side'],
      rows: [
        { label: 'Russian services', value: complaints.value, valueLabel: `${formatNumber(complaints.value)}×` },
        { label: 'Kazakh services', value: 1, valueLabel: '1×' },
      ],
    },
    'far-abroad': {
      id: 'study-far-abroad',
      title: 'Where irregular migrants from far abroad are caught',
      summary: `${formatMeasure(farAbroad)} of the irregular migrants from outside the former Soviet Union who come to Russia are detained on the Russia–Kazakhstan border.`,
      columns: ['Irregular migrants from far abroad', 'Share'],
      axis: 'percent',
      rows: [{ label: 'Detained on the Russia–Kazakhstan border', value: farAbroad.value, valueLabel: formatMeasure(farAbroad) }],
    },
  };
}
