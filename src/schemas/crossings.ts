import { z } from 'zod';
import { Alias, BorderId, Coordinates, PartialDate, Slug, SourceId, Text, sourced } from './common.ts';

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

/** One side of a crossing: the checkpoint's name there and where it stands. */
const Side = z.object({
  /** The checkpoint's name on this side, as the atlas writes it. */
  name: Text,
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
  /** Status and the date it was last stated. */
  status: z.object({
    value: z.enum(['operating', 'listed', 'seasonal', 'closed']),
    asOf: PartialDate,
    source: SourceId,
  }),
  note: Text.optional(),
  sources: z.array(SourceId).min(1, 'must cite at least one source'),
});
export type Crossing = z.infer<typeof CrossingSchema>;
