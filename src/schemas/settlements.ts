import { z } from 'zod';
import { Alias, BorderId, Coordinates, CountryCode, Slug, SourceId, Text, Name } from './common.ts';

/** A town, village or station that a source lists near a border. */
export const SettlementSchema = z.object({
  /** ASCII slug of the English name, with the country where names repeat (`orsk`, `tup-kg`). */
  id: Slug,
  country: CountryCode,
  /** Region it lies in (id in regions), when the atlas has that region. */
  region: Slug.optional(),
  /** English name as the atlas writes it. */
  name: Name,
  /** Other spellings, scripts and former names. */
  aliases: z.array(Alias),
  /** Size of the place, as far as the sources or gazetteer tell. */
  kind: z.enum(['city', 'town', 'village', 'station']),
  coordinates: Coordinates,
  /**
   * Why the place is in the atlas. `listed`: a source lists it as a settlement near the border
   * (these make up the sources' lists, e.g. 6 Kazakh and 12 Russian places for Kazakhstan–Russia).
   * `checkpoint`: in the atlas only because a crossing is named after it or stands at it.
   * `reference`: in the atlas only because another sourced fact needs it on the map (a distance
   * quoted from it, a survey site, a railway station).
   */
  role: z.enum(['listed', 'checkpoint', 'reference']),
  /** Borders a source lists it near (for `checkpoint` and `reference` places: the border of the crossing or fact). */
  borders: z.array(BorderId).min(1, 'must be listed for at least one border'),
  note: Text.optional(),
  sources: z.array(SourceId).min(1, 'must cite at least one source'),
});
export type Settlement = z.infer<typeof SettlementSchema>;
