import { z } from 'zod';
import { BorderId, PartialDate, Slug, SourceId, Text, Name } from './common.ts';

/**
 * A source's own list of checkpoint locations, kept as the source gives it and
 * matched to the atlas's crossings, so readers can see which name each source uses.
 */
export const CheckpointListingSchema = z.object({
  id: Slug,
  border: BorderId,
  source: SourceId,
  /** Date the list describes. */
  asOf: PartialDate,
  /** Checkpoints the source says were operating then. */
  operatingCount: z.number().int().positive().optional(),
  /** Federal subjects or regions the source says the line runs through. */
  regionCount: z.number().int().positive().optional(),
  /** Places, grouped by the region the source puts them in. */
  entries: z
    .array(
      z.object({
        /** The place name exactly as the source spells it. */
        name: Name,
        /** Region the source puts it in (id in regions). */
        region: Slug,
        /** The atlas crossing it corresponds to (id in crossings); absent when none matches. */
        crossing: Slug.optional(),
        /** How the match was made or why there is none. */
        note: Text.optional(),
      }),
    )
    .min(1),
  note: Text.optional(),
});
