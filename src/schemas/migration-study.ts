import { z } from 'zod';
import { PartialDate, Slug, SourceId, Text } from './common.ts';

/** Unit of a number the study reports. */
export const StudyUnit = z.enum([
  /** Percent of the stated base. */
  'percent',
  /** A headcount of people. */
  'persons',
  /** A count of things (posts, roads, routes, trains). */
  'count',
  /** Years of age. */
  'years',
  /** Kilometres. */
  'km',
  /** A multiple: how many times larger one group is than another. */
  'times',
  /** Trains per week. */
  'trains-per-week',
  /** Trains per day. */
  'trains-per-day',
  /** United States dollars. */
  'usd',
]);
export type StudyUnit = z.infer<typeof StudyUnit>;

/** How exact the study says its number is. */
export const Qualifier = z.enum([
  /** Stated as an exact figure. */
  'exact',
  /** "About", "nearly", "almost": a rounded figure. */
  'about',
  /** "More than" the value. */
  'more-than',
  /** Given as a fraction in words (one fifth, one third) and converted to a number by the editors. */
  'fraction',
]);

/** One number the study reports, with what it is a number of. */
const Measure = z.object({
  id: Slug,
  /** What the number says, in the editors' words (a short sentence a reader can take in at once). */
  label: Text,
  /** The figure; for a range, its lower end. */
  value: z.number().nonnegative('must not be negative'),
  /** Upper end of a range (`30`–`50` years), same unit; absent for a single figure. */
  valueMax: z.number().nonnegative().optional(),
  unit: StudyUnit,
  /** How exact the figure is. */
  qualifier: Qualifier,
  /** What the figure is measured against: the group of respondents, the stretch of border, the route. */
  base: Text,
  source: SourceId,
});
export type StudyMeasure = z.infer<typeof Measure>;

/** A stretch of the Russia–Kazakhstan border the study surveyed. */
const Section = z.object({
  id: Slug,
  /** Russian region the section lies in (id in regions). */
  region: Slug,
  /** Length of the border within that region, as the study gives it. */
  borderLength: Measure,
  /** Places where interviews were held (ids in settlements), in the order the study names them. */
  sites: z.array(Slug),
  /** Survey locations without a settlement record (a highway crossing, a railway station), in the editors' words. */
  otherSites: z.array(Text),
  source: SourceId,
});

/** One of the study's surveys. */
const Survey = z.object({
  id: Slug,
  /** Who was asked, where, in the editors' words. */
  label: Text,
  /** Where it was carried out (ids in settlements). */
  settlements: z.array(Slug),
  /** Sample size when the study gives one. */
  respondents: Measure.optional(),
  source: SourceId,
});

/** A crossing route, control point or gap in control that the study describes. */
const Route = z.object({
  id: Slug,
  /** What kind of route or control it is. */
  kind: z.enum(['control-posts', 'uncontrolled-routes', 'rail', 'crossing-point', 'bypass', 'smuggling-route']),
  /** Name as the atlas writes it. */
  name: Text,
  /** What the study says about it, in the editors' words. */
  summary: Text,
  /** Region it lies in (id in regions). */
  region: Slug.optional(),
  /** Settlement it is at (id in settlements). */
  settlement: Slug.optional(),
  /** Atlas crossing it corresponds to (id in crossings). */
  crossing: Slug.optional(),
  /** Train services or places along the route, as the study names them. */
  services: z.array(Text).optional(),
  /** Numbers the study gives for it. */
  measures: z.array(Measure),
  source: SourceId,
});

/** A price the study quotes for smuggling people. */
const SmugglingCost = z.object({
  id: Slug,
  /** What was paid for, in the editors' words. */
  label: Text,
  /** Amount in US dollars; for a range, its lower end. */
  amountUsd: z.number().positive(),
  /** Upper end of a range, US dollars. */
  amountUsdMax: z.number().positive().optional(),
  /** Whom the amount covers: one person or a whole group. */
  per: z.enum(['person', 'group', 'document']),
  /** Size of the group, persons, when `per` is `group`. */
  groupSize: z.number().int().positive().optional(),
  qualifier: Qualifier,
  source: SourceId,
});

/** One of the study's recommendations. */
const Recommendation = z.object({
  id: Slug,
  /** Its number in the study's list (1–3). */
  number: z.number().int().min(1),
  /** Short title, the editors' words. */
  title: Text,
  /** What it asks for and why, the editors' words. */
  summary: Text,
  source: SourceId,
});

/**
 * The field study of legal and illegal migration across the Russia–Kazakhstan border
 * (surveys in Omsk and Orenburg oblasts): one document.
 */
export const MigrationStudySchema = z.object({
  /** Title in the editors' words. */
  title: Text,
  /** The study as a whole (id in sources). */
  source: SourceId,
  /** Border the study is about (id in borders). */
  border: Slug,
  /** The surveyed area. */
  studyArea: z.object({
    /** What the surveyed stretches add up to, as a share of the whole border. */
    shareOfBorder: Measure,
    sections: z.array(Section).min(1),
  }),
  /** How the study was done: its surveys, the editors' words. */
  method: z.object({
    summary: Text,
    surveys: z.array(Survey).min(1),
    source: SourceId,
  }),
  /** Dated rules the study refers to. */
  rules: z.array(z.object({ id: Slug, date: PartialDate, summary: Text, source: SourceId })),
  /** Survey results: shares, counts, ages. */
  findings: z.array(Measure).min(1),
  /** Crossing points, control posts and the ways around them. */
  routes: z.array(Route),
  /** Prices paid to smugglers. */
  smugglingCosts: z.array(SmugglingCost),
  /** The study's main conclusion, in the editors' words. */
  conclusion: Text,
  /** The three recommendations, in the study's order. */
  recommendations: z.array(Recommendation).length(3, 'the study makes three recommendations'),
});
export type MigrationStudy = z.infer<typeof MigrationStudySchema>;
