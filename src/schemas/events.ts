import { z } from 'zod';
import { BorderId, PartialDate, Slug, SourceId, Text } from './common.ts';

/** A dated step in a border's history. */
export const EventSchema = z.object({
  id: Slug,
  /** Borders the event concerns. */
  borders: z.array(BorderId).min(1, 'must concern at least one border'),
  /** When: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precisely as the source says. */
  date: PartialDate,
  /** For periods: when it ended, same format. */
  until: PartialDate.optional(),
  /** One line, the editors' words. */
  title: Text,
  /** A sentence or two of context, the editors' words. */
  summary: Text.optional(),
  source: SourceId,
});
