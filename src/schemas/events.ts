import { z } from 'zod';
import { BorderId, PartialDate, Slug, SourceId, Text } from './common.ts';

/** Another date a source gives for the same event; sources can disagree on a day. */
export const EventDateReading = z.object({
  /** The date this source gives, as precisely as it says. */
  date: PartialDate,
  /** The source stating it. */
  source: SourceId,
  /** Editors' note: how this source words the date, or why it may differ. */
  note: Text.optional(),
});
export type EventDateReading = z.infer<typeof EventDateReading>;

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
  /** The source for `date` and the text. */
  source: SourceId,
  /** Other dates sources give for the same event, each with its source; `date` is the reading the atlas leads with. */
  otherDates: z.array(EventDateReading).min(1, 'list other dates only when there is one').optional(),
});
