import { z } from 'zod';
import { Name, Slug, SourceId } from './common.ts';

/**
 * The Russian name of a natural feature the maps label (a river, lake, range, desert, plain or peak)
 * where the Natural Earth copy in data/geo carries none: keyed by the feature's kind and its Natural
 * Earth name as data/geo/context.geojson has it. Towns need no record: Natural Earth gives `NAME_RU`.
 */
export const FeatureNameSchema = z.object({
  /** `<kind>-<slug of the Natural Earth name>` (`river-syr-darya`). */
  id: Slug,
  /** The layer of data/geo/context.geojson the feature is in. */
  kind: z.enum(['river', 'lake', 'area', 'peak']),
  /** The feature's `name` in data/geo/context.geojson, exactly. */
  naturalEarth: Name,
  /** Its usual Russian name, as the source spells it (Cyrillic, capitalised). */
  ru: Name.regex(/^[А-ЯЁ][А-ЯЁа-яё\- ]*$/, 'must be a Russian name in Cyrillic, starting with a capital letter'),
  /** A page that uses this Russian name for this feature. */
  source: SourceId,
});
export type FeatureName = z.infer<typeof FeatureNameSchema>;
