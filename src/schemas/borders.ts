import { z } from 'zod';
import { CountryCode, Slug, SourceId, Text, Year, sourced } from './common.ts';

/** A place where three countries meet at one end of a border. */
const Tripoint = z.object({
  /** The third country at this end. */
  country: CountryCode,
  /** Which end of the border it closes, seen from Kazakhstan. */
  end: z.enum(['west', 'east', 'north', 'south']),
  /** The terrain there, in the editors' words. */
  description: Text.optional(),
  source: SourceId,
});

/** A river, lake, range or sea the border follows or crosses. */
const NaturalFeature = z.object({
  /** Name as commonly written in English. */
  name: Text,
  kind: z.enum(['river', 'lake', 'mountains', 'sea', 'steppe', 'valley', 'desert', 'plateau']),
  /** How the line relates to it. */
  relation: z.enum(['follows', 'crosses', 'starts-at', 'runs-through', 'passes-near']),
  source: SourceId,
});

/** A distance a source quotes between a named place and the border line. */
const KeyDistance = z.object({
  /** Settlement the distance is measured from (id in settlements). */
  settlement: Slug,
  /** The distance the source gives, kilometres. */
  km: z.number().positive('must be a positive number of kilometres'),
  /** On which side of the line the place lies, as the source puts it. */
  direction: z.enum(['north', 'south', 'east', 'west']),
  source: SourceId,
});

/** One of Kazakhstan's international land borders. */
export const BorderSchema = z.object({
  /** `kazakhstan-<neighbour>`; the public URL is `/borders/<id>/`. */
  id: Slug.regex(/^kazakhstan-/, 'must start with "kazakhstan-"'),
  /** Display name, Kazakhstan first, en dash between (`Kazakhstan–Russia`). */
  name: Text,
  /** The neighbouring country. */
  neighbour: CountryCode.refine((code) => code !== 'KZ', 'must be a country other than Kazakhstan'),
  /** Official or quoted lengths in kilometres, one reading per source. Empty when no source gives one. */
  lengthKm: z.array(sourced(z.number().positive('must be a positive length in kilometres'))),
  /** When the line was first drawn as it runs now, with why. */
  established: sourced(z.object({ year: Year, reason: Text })).optional(),
  /** When it became the border it is now (an international frontier), with why. */
  current: sourced(z.object({ year: Year, reason: Text })).optional(),
  /** Tripoints at its ends. */
  tripoints: z.array(Tripoint),
  /** Natural features along the line. */
  naturalFeatures: z.array(NaturalFeature),
  /** Distances the sources quote between places and the line; the atlas recomputes them. */
  keyDistances: z.array(KeyDistance),
  /**
   * Regions that Natural Earth's geometry puts on this line but the sources do not list, each with
   * why. The geometry checks fail on any such region that is not explained here.
   */
  unlistedRegions: z.array(z.object({ iso3166_2: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/), note: Text, source: SourceId })).default([]),
  /** Short statements of fact about the border, each in the editors' words with its source. */
  facts: z.array(sourced(Text)),
  /** Whether the atlas has a full article on this border or only its checkpoints and geometry. */
  coverage: z.enum(['article', 'checkpoints-only', 'geometry-only']),
  /** Sources used for the border as a whole. */
  sources: z.array(SourceId).min(1, 'must cite at least one source'),
});
export type Border = z.infer<typeof BorderSchema>;
