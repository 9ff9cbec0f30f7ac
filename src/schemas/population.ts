import { z } from 'zod';
import { Slug, SourceId, Year } from './common.ts';

/** Ethnic Russians living in Kazakhstan in one year. */
export const PopulationSchema = z.object({
  /** `russians-<year>`. */
  id: Slug,
  year: Year,
  /** Headcount, persons; absent when the source gives only a share. */
  count: z.number().int().nonnegative('must not be negative').optional(),
  /** Share of Kazakhstan's population, percent. */
  sharePercent: z.number().min(0, 'must be 0–100').max(100, 'must be 0–100'),
  /** Census count or an estimate. */
  basis: z.enum(['census', 'estimate']),
  source: SourceId,
});
