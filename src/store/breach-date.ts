/**
 * Breach dates: when a leak was breached or scraped, kept as precisely as it is known. A dump
 * often comes with a year or a month only ("the 2021 scrape"), so YYYY-MM-DD, YYYY-MM and YYYY
 * are all accepted and stored as given; anything else is refused at ingest (INVALID_DATE), so
 * that the catalogue never holds "April 2021" beside "2021-04-03" and dates can be compared.
 *
 * A partial date stands for every day it covers: "2021" is 2021-01-01 to 2021-12-31. One date is
 * before another only when it ends before the other begins, so "2021" is not before "2021-06"
 * (the 2021 breach may have happened in July) and "2021-03" is.
 */
import { RingfenceError } from '../errors.js';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Years before this are typing mistakes (0201 for 2021), not breaches of phone numbers. */
const EARLIEST_YEAR = 1900;

/** The first and the last day (YYYY-MM-DD) a breach date stands for. */
export interface DateRange {
  readonly first: string;
  readonly last: string;
}

/**
 * The days a breach date covers; null when it is not a date (free text kept by stores written
 * before dates were checked) or not a real calendar date.
 */
export function breachDateRange(value: string | null): DateRange | null {
  if (value === null) return null;
  const match = DATE.exec(value);
  if (match === null) return null;
  const year = Number(match[1]);
  if (year < EARLIEST_YEAR) return null;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const lastDay = (month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (match[2] === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined)
    return { first: `${value}-01`, last: `${value}-${pad(lastDay(month))}` };
  const day = Number(match[3]);
  if (day < 1 || day > lastDay(month)) return null;
  return { first: value, last: value };
}

/**
 * A breach date as given, when it is YYYY-MM-DD, YYYY-MM or YYYY, a real date, from 1900 and
 * not in the future (its first day is today or before, in UTC); INVALID_DATE otherwise.
 */
export function checkBreachDate(value: string, today: Date = new Date()): string {
  const range = breachDateRange(value);
  if (range === null || range.first > today.toISOString().slice(0, 10))
    throw new RingfenceError('INVALID_DATE', { value });
  return value;
}

/**
 * Whether breach date `a` is known to be strictly before `b` (a's last day before b's first);
 * null when either is unknown or not a date.
 */
export function breachedBefore(a: string | null, b: string | null): boolean | null {
  const ra = breachDateRange(a);
  const rb = breachDateRange(b);
  if (ra === null || rb === null) return null;
  return ra.last < rb.first;
}
