import { z } from 'zod';
import { Alias, BorderId, Coordinates, PartialDate, Slug, SourceId, Text, sourced, Name } from './common.ts';

/** How a crossing can be used. */
export const Mode = z.enum(['road', 'rail', 'pedestrian', 'hiking']);
export type Mode = z.infer<typeof Mode>;

/** Limits on who may cross or when. */
export const Restriction = z.enum([
  /** Only residents of the border districts may cross. */
  'locals-only',
  /** Open in summer only. */
  'summer-only',
  /** Open to citizens of the two neighbouring countries only. */
  'bilateral',
  /** Open in daytime hours only. */
  'daytime-only',
]);
export type Restriction = z.infer<typeof Restriction>;

/** What one reading says of the crossing's working state. */
export const StatusValue = z.enum([
  /** Working for the traffic it serves, as the source states. */
  'open',
  /** Working with limits beyond the crossing's usual ones (lorries only, reconstruction, one direction). */
  'restricted',
  /** Open part of the year only. */
  'seasonal',
  /** Not working: shut, suspended or out of use. */
  'closed',
  /** Named in a list of checkpoints; the source says nothing of whether it works. */
  'listed',
]);
export type StatusValue = z.infer<typeof StatusValue>;

/** One dated statement of a crossing's state by one source. Sources disagree, so a crossing keeps every reading. */
export const StatusReading = z.object({
  /** When the source says it held: the page's date, or the date the page gives for the state. */
  date: PartialDate,
  /** True when the page carries no date of its own and `date` was read from its text. */
  dateInferred: z.boolean().optional(),
  value: StatusValue,
  /** Who may cross according to this source (lorries only, citizens of the two countries, …), reader text. */
  whoMayCross: Text.optional(),
  /** Opening hours as this source gives them. */
  hours: Text.optional(),
  /** What the source reports, in the editors' words (reader text, one or two sentences). */
  summary: Text.optional(),
  /** The source stating it. */
  source: SourceId,
});
export type StatusReading = z.infer<typeof StatusReading>;

/** A crossing's readings, newest first (same-day readings from different sources stand side by side). */
export const StatusHistory = z
  .array(StatusReading)
  .min(1, 'must hold at least one reading')
  .superRefine((readings, ctx) => {
    readings.forEach((reading, i) => {
      const newer = readings[i - 1];
      if (newer !== undefined && newer.date.padEnd(10, '-') < reading.date.padEnd(10, '-')) {
        ctx.addIssue({ code: 'custom', path: [i, 'date'], message: `readings must be newest first: ${reading.date} follows ${newer.date}` });
      }
    });
  });

/** One side of a crossing: the checkpoint's name there and where it stands. */
const Side = z.object({
  /** The checkpoint's name on this side, as the atlas writes it. */
  name: Name,
  /** Other spellings and scripts, each with the source that uses it. */
  aliases: z.array(Alias),
  /** Settlement the checkpoint is at or named after (id in settlements). */
  settlement: Slug.optional(),
  /** Region it lies in (id in regions). */
  region: Slug.optional(),
  /** District (raion/audan) as a source names it. */
  district: sourced(Text).optional(),
});

/** A border crossing: a pair of checkpoints, Kazakh side first. */
export const CrossingSchema = z.object({
  /** ASCII slug of the two sides' names, Kazakh side first (`khorgos-khorgos`). Public URL `/crossings/<id>/`. */
  id: Slug,
  /** Border it lies on (id in borders). */
  border: BorderId,
  /** The Kazakh side. */
  kazakh: Side,
  /** The neighbouring country's side. */
  neighbour: Side,
  /** Ways across; at least one. */
  modes: z.array(Mode).min(1, 'must list at least one mode'),
  /** Who may cross and when; empty when the sources state no limit. */
  restrictions: z.array(Restriction),
  /** Hours of operation as a source states them. */
  operatingMode: sourced(Text).optional(),
  /** Classification as a source gives it (multilateral, bilateral; cargo, passenger). */
  classification: sourced(Text).optional(),
  /** Where the checkpoint stands, in the source's terms (region, district, village). */
  location: sourced(Text).optional(),
  /** The route or pass, when the crossing has one worth naming. */
  route: sourced(Text).optional(),
  coordinates: Coordinates,
  /** What the sources have said of the crossing's working state, newest reading first; at least one. */
  status: StatusHistory,
  note: Text.optional(),
  sources: z.array(SourceId).min(1, 'must cite at least one source'),
});
export type Crossing = z.infer<typeof CrossingSchema>;
