import { z } from 'zod';

/** One translated string: the text, and which English text it was made from. */
export const TranslationEntry = z.strictObject({
  /** `textHash` of the English text this translation renders; a different English text makes it stale. */
  from: z.string().regex(/^[0-9a-f]{12}$/, 'must be the 12-hex-digit hash of the English text (npm run i18n -- status)'),
  /** The text in the edition's language. */
  text: z.string().trim().min(1, 'must not be empty'),
});
export type TranslationEntry = z.infer<typeof TranslationEntry>;

/**
 * A dataset's translations into one language (`data/translations/<locale>/<dataset file>`):
 * record id (`(document)` for the one-document datasets) → field path → entry.
 */
export const TranslationFile = z.record(z.string(), z.record(z.string(), TranslationEntry));
export type TranslationFile = z.infer<typeof TranslationFile>;
