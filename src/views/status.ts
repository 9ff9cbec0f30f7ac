/**
 * How the atlas words a crossing's status: the lead every view opens with (the newest reading and
 * its date), the notice for an old reading, and the rows of the status history. Pure; the currency
 * rule itself (what counts as old) lives in src/data/status.ts.
 */
import type { Crossing, StatusReading } from '../schemas/crossings.ts';
import { ageInYears, isStale, latestReading, STALE_AFTER_YEARS } from '../data/status.ts';
import { dictionary } from '../i18n/dictionary.ts';
import { formatsFor } from '../i18n/format.ts';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';

/**
 * One reading in plain words, its date never left out:
 * `Open — last confirmed May 2024`, `Closed — as of 5 February 2025`,
 * `Listed in a source of 2019; working status not stated` (and the same in each edition).
 */
export function statusPhrase(reading: Pick<StatusReading, 'value' | 'date'>, locale: Locale = SOURCE_LOCALE): string {
  const { status, phrase } = dictionary(locale).crossings;
  const f = formatsFor(locale);
  switch (reading.value) {
    case 'open':
      return phrase.open(reading.date, f);
    case 'listed':
      return phrase.listed(reading.date, f);
    default:
      return phrase.other(status[reading.value], reading.date, f);
  }
}

/** The phrase as a sentence (`Open — last confirmed May 2024.`), never doubling a final full stop (`… 2021 г.`). */
export function statusSentence(reading: Pick<StatusReading, 'value' | 'date'>, locale: Locale = SOURCE_LOCALE): string {
  const phrase = statusPhrase(reading, locale);
  return phrase.endsWith('.') ? phrase : `${phrase}.`;
}

/** The short form for tables: `Open, May 2024`. */
export const statusShort = (reading: Pick<StatusReading, 'value' | 'date'>, locale: Locale = SOURCE_LOCALE): string =>
  dictionary(locale).crossings.phrase.short(dictionary(locale).crossings.status[reading.value], reading.date, formatsFor(locale));

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

/** The lead for a crossing on `today` (the build date), in the words of `locale`. */
export function statusLead(crossing: Pick<Crossing, 'status'>, today: string, locale: Locale = SOURCE_LOCALE): StatusLead {
  const reading = latestReading(crossing);
  const ageYears = ageInYears(reading.date, today);
  const stale = isStale(reading.date, today);
  return {
    reading,
    phrase: statusPhrase(reading, locale),
    ageYears,
    stale,
    flag: stale ? dictionary(locale).crossings.phrase.flag(ageYears, formatsFor(locale)) : null,
    readings: crossing.status.length,
  };
}

/**
 * The notice a page shows under an old reading: how old it is and what to do, naming no address or
 * number the sources do not give. Null when the reading is current.
 */
export function staleNotice(lead: StatusLead, neighbourCountry: string, locale: Locale = SOURCE_LOCALE): string | null {
  if (!lead.stale) return null;
  return dictionary(locale).crossings.phrase.staleNotice(lead.ageYears, lead.reading.date, STALE_AFTER_YEARS, neighbourCountry, formatsFor(locale));
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
export const historyRows = (crossing: Pick<Crossing, 'status'>, today: string, locale: Locale = SOURCE_LOCALE): HistoryRow[] =>
  crossing.status.map((reading) => ({
    reading,
    date: `${formatsFor(locale).date(reading.date)}${reading.dateInferred ? dictionary(locale).crossings.phrase.dateFromText : ''}`,
    status: dictionary(locale).crossings.status[reading.value],
    stale: isStale(reading.date, today),
  }));

/** How many readings a printed sheet keeps (the rest are on the page online). */
export const PRINTED_READINGS = 1;
