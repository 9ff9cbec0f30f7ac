import { z } from 'zod';
import { PartialDate, Slug, Text, Year, Name } from './common.ts';

/** One document or dataset the atlas takes facts or geometry from. */
export const SourceSchema = z
  .object({
    /** Stable id, cited by every fact (`wiki-kazakhstan-russia-border`). */
    id: Slug,
    /** Title as the document gives it. */
    title: Name,
    /** What sort of document it is; readers weigh an encyclopedia and a field study differently. */
    kind: z.enum(['encyclopedia', 'web-page', 'research-paper', 'factbook', 'dataset', 'legal-act', 'editorial']),
    /** Who publishes or maintains it. */
    publisher: Name,
    /** Year of publication or of the data it reports. */
    year: Year.optional(),
    /** The period its figures describe, when that differs from `year` (`2019–2020`). */
    dataPeriod: Name.optional(),
    /** File name of the source document in the project's seed collection, when it is one. */
    seedFile: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/)
      .optional(),
    /** npm package the data comes from, for datasets (`world-atlas@2`). */
    package: Name.optional(),
    /** Licence the material is under. */
    licence: Name,
    /** Where a reader can find it (a public address), when it has one. */
    url: z.url().optional(),
    /** Publication date as the page gives it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), when it gives one. */
    published: PartialDate.optional(),
    /** Day the editors read the copy the atlas cites (`YYYY-MM-DD`); required with `url`. */
    accessed: z.iso.date().optional(),
    /** Day the editors reopened the page a second time and confirmed value, attribution and wording of every fact cited to it. */
    checked: z.iso.date().optional(),
    /** What the atlas takes from it and how reliable that is, in a sentence or two. */
    description: Text,
  })
  .refine((s) => s.url === undefined || s.accessed !== undefined, {
    message: 'a source with a url must give the date it was read (accessed)',
    path: ['accessed'],
  });
export type Source = z.infer<typeof SourceSchema>;
