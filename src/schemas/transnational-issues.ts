import { z } from 'zod';
import { BorderId, CountryCode, PartialDate, Slug, SourceId, Text, Year } from './common.ts';

/** A figure the factbook gives inside a cell (a count of people). */
const Figure = z.object({
  /** What is counted, the editors' words (`stateless persons`). */
  label: Text,
  /** The count, persons. */
  value: z.number().int().nonnegative(),
  /** Country of origin, for refugees. */
  origin: Text.optional(),
  /** Year the figure describes. */
  year: Year,
  source: SourceId,
});

/** One statement inside a cell, in the editors' words. */
const Item = z.object({
  id: Slug,
  /** The statement, restated briefly. */
  text: Text,
  /**
   * What it concerns: the shared Kazakhstan–Russia border, the cell's country alone, another of
   * Kazakhstan's borders, or something elsewhere (kept only as part of the comparison table).
   */
  scope: z.enum(['kazakhstan-russia', 'kazakhstan', 'russia', 'kazakhstan-other-border', 'elsewhere']),
  /** Atlas borders it concerns (ids in borders); empty when none. */
  borders: z.array(BorderId),
  /** When, if the statement is dated. */
  date: PartialDate.optional(),
  /** Figures in the statement. */
  figures: z.array(Figure).optional(),
  source: SourceId,
});

/** The US State Department tier in the factbook's trafficking entry. */
const TierRating = z.object({
  tier: z.enum(['tier-1', 'tier-2', 'tier-2-watch-list', 'tier-3']),
  /** The tier as the factbook writes it (`Tier 2 Watch List`). */
  label: Text,
  /** Year of the assessment. */
  year: Year,
  /** Reasons given for the rating, the editors' words. */
  reasons: z.array(Item),
  source: SourceId,
});

/** One country's entry under one topic. */
const Cell = z.object({
  country: CountryCode,
  /** Year the entry describes (the latest year it states, or the factbook edition's year). */
  year: Year,
  items: z.array(Item),
  /** Only for trafficking in persons. */
  tierRating: TierRating.optional(),
});

/** One row of the comparison: a factbook topic with a cell per country. */
const Topic = z.object({
  id: Slug,
  /** Topic title as the atlas writes it. */
  title: Text,
  cells: z.array(Cell).min(1),
});

/** The factbook's transnational issues for Kazakhstan and Russia, side by side: one document. */
export const TransnationalIssuesSchema = z.object({
  /** Title in the editors' words. */
  title: Text,
  /** The comparison page (id in sources). */
  source: SourceId,
  /** Countries compared, in column order. */
  countries: z.array(CountryCode).min(2),
  /** The period the figures describe, as `YYYY–YYYY`. */
  period: Text,
  topics: z.array(Topic).min(1),
});
export type TransnationalIssues = z.infer<typeof TransnationalIssuesSchema>;
