import { z } from 'zod';
import { Alias, BorderId, CountryCode, Slug, SourceId, Text, Year, Name } from './common.ts';

/** A first-level administrative unit on one side of a border. */
export const RegionSchema = z.object({
  /** `<country>-<name>` slug, e.g. `kz-west-kazakhstan`, `ru-orenburg-oblast`. */
  id: Slug,
  country: CountryCode,
  /** English name as the atlas writes it. */
  name: Name,
  /** Other names: local-language forms, Cyrillic, former names. */
  aliases: z.array(Alias),
  /** Kind of unit: Kazakhstan's oblys (region), Russia's oblast, krai or republic, Kyrgyzstan's oblast, Uzbekistan's viloyat or republic (Karakalpakstan), Turkmenistan's welayat, China's autonomous region. */
  kind: z.enum(['oblys', 'oblast', 'krai', 'republic', 'viloyat', 'welayat', 'autonomous-region']),
  /** ISO 3166-2 code used by Natural Earth admin-1 (`iso_3166_2`), linking the record to its polygon. Null for units formed after Natural Earth's data. */
  iso3166_2: z
    .string()
    .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 code such as KZ-ZAP')
    .nullable(),
  /** Borders the sources list this region on. */
  borders: z.array(BorderId).min(1, 'must lie on at least one border'),
  /** For a unit that exists only since a reform: the year it was formed and the region it came from. */
  formed: z.object({ year: Year, from: Slug, source: SourceId }).optional(),
  /** Explains any difference between the sources' list and what geometry shows. */
  note: Text.optional(),
  sources: z.array(SourceId).min(1, 'must cite at least one source'),
});
export type Region = z.infer<typeof RegionSchema>;
