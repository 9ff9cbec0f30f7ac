import { z } from 'zod';
import { Alias, BorderId, Coordinates, CountryCode, Slug, SourceId, Text } from './common.ts';

/** A town, village or station that a source lists near a border. */
export const SettlementSchema = z.object({
  /** ASCII slug of the English name, with the country where names repeat (`orsk`, `tup-kg`). */
  id: Slug,
  country: CountryCode,
  /** Region it lies in (id in regions), when the atlas has that region. */
  region: Slug.optional(),
  /** English name as the atlas writes it. */
  name: Text,
  /** Other spellings, scripts and former names. */
  aliases: z.array(Alias),
  /** Size of the place, as far as the sources or gazetteer tell. */
  kind: z.enum(['city', 'town', 'village', 'station']),
  coordinates: Coordinates,
  /** Borders a source lists it near. */
  borders: z.array(BorderId).min(1, 'must be listed for at least one border'),
  note: Text.optional(),
  sources: z.array(SourceId).min(1, 'must cite at least one source'),
});
export type Settlement = z.infer<typeof SettlementSchema>;
