/**
 * How the atlas words a crossing's status: the lead every view opens with (the newest reading and
 * its date), the notice for an old reading, and the rows of the status history. Pure; the currency
 * rule itself (what counts as old) lives in src/data/status.ts.
 */
import type { Crossing, StatusReading, StatusValue } from '../schemas/crossings.ts';
import { ageInYears, isStale, latestReading, STALE_AFTER_YEARS } from '../data/status.ts';
import { formatPartialDate } from './format.ts';

/** The status word as a reader sees it. */
export const STATUS_LABEL: Record<StatusValue, string> = {
  open: 'Open',
  restricted: 'Restricted',
  seasonal: 'Seasonal',
  closed: 'Closed',
  listed: 'Listed',
};

/** `2024-05` → `May 2024`, `2019` → `in 2019`: a date that reads after "confirmed" or "as of". */
const when = (date: string): string => (date.length === 4 ? `in ${date}` : formatPartialDate(date));

/**
 * One reading in plain words, its date never left out:
 * `Open — last confirmed May 2024`, `Closed — as of 5 February 2025`,
 * `Listed in a source of 2019; working status not stated`.
 */
export function statusPhrase(reading: Pick<StatusReading, 'value' | 'date'>): string {
  const date = formatPartialDate(reading.date);
  switch (reading.value) {
    case 'open':
      return `Open — last confirmed ${when(reading.date)}`;
    case 'listed':
      return `Listed in a source of ${date}; working status not stated`;
    default:
      return `${STATUS_LABEL[reading.value]} — as of ${date}`;
  }
}

/** The short form for tables: `Open, May 2024`. */
export const statusShort = (reading: Pick<StatusReading, 'value' | 'date'>): string => `${STATUS_LABEL[reading.value]}, ${formatPartialDate(reading.date)}`;

/** What a view leads with for one crossing. */
export interface StatusLead {
  reading: StatusReading;
  /** `Open — last confirmed May 2024`. */
  phrase: string;
  /** Whole years since the reading's date (taken at its last day) on the build date. */
  ageYears: number;
  /** True when the reading is STALE_AFTER_YEARS or more old: every view flags it. */
  stale: boolean;
  /** The flag in words for tables and lists (`5 years old`), or null when current. */
  flag: string | null;
  /** How many readings the history holds. */
  readings: number;
}

const years = (n: number): string => `${n} year${n === 1 ? '' : 's'}`;

/** The lead for a crossing on `today` (the build date). */
export function statusLead(crossing: Pick<Crossing, 'status'>, today: string): StatusLead {
  const reading = latestReading(crossing);
  const ageYears = ageInYears(reading.date, today);
  const stale = isStale(reading.date, today);
  return {
    reading,
    phrase: statusPhrase(reading),
    ageYears,
    stale,
    flag: stale ? `${years(ageYears)} old` : null,
    readings: crossing.status.length,
  };
}

/**
 * The notice a page shows under an old reading: how old it is and what to do, naming no address or
 * number the sources do not give. Null when the reading is current.
 */
export function staleNotice(lead: StatusLead, neighbourCountry: string): string | null {
  if (!lead.stale) return null;
  return (
    `The newest reading the atlas holds is at least ${years(lead.ageYears)} old (${formatPartialDate(lead.reading.date)}); ` +
    `readings older than ${years(STALE_AFTER_YEARS)} may no longer hold. ` +
    `Check the crossing's current status with the border services of Kazakhstan or ${neighbourCountry} before travelling.`
  );
}

/** One row of the status history table. */
export interface HistoryRow {
  reading: StatusReading;
  /** `May 2024`, with `(date from the text)` when the page carries no date of its own. */
  date: string;
  status: string;
  stale: boolean;
}

/** The history rows, newest first, as stored. */
export const historyRows = (crossing: Pick<Crossing, 'status'>, today: string): HistoryRow[] =>
  crossing.status.map((reading) => ({
    reading,
    date: `${formatPartialDate(reading.date)}${reading.dateInferred ? ' (date read from the text)' : ''}`,
    status: STATUS_LABEL[reading.value],
    stale: isStale(reading.date, today),
  }));

/** How many readings a printed sheet keeps (the rest are on the page online). */
export const PRINTED_READINGS = 1;
