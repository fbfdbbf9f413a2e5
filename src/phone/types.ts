/**
 * Public shapes of the phone engine. The names of the line types are libphonenumber's, so that
 * results can be compared with it and read by people who know it.
 */

export const PHONE_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'FIXED_LINE_OR_MOBILE',
  'TOLL_FREE',
  'PREMIUM_RATE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

export type PhoneType = (typeof PHONE_TYPES)[number];

/** Stable codes for what cannot be read as a phone number (see docs/errors.md). */
export const PHONE_ERROR_CODES = [
  'NOT_A_NUMBER',
  'TOO_SHORT',
  'TOO_LONG',
  'INVALID_COUNTRY',
  'INPUT_TOO_LONG',
  'EXCEL_PRECISION_LOST',
  'EXCEL_NOT_INTEGER',
] as const;

export type PhoneErrorCode = (typeof PHONE_ERROR_CODES)[number];

/**
 * How the calling code was found:
 * - `plus`: written after a `+` (or `tel:+`);
 * - `idd`: after the default region's international dialling prefix (`0044`, `011 44`);
 * - `national`: the number is national, the calling code is the default region's; without a
 *   default region, +1 for ten digits written the North American way (`(209) 525-7564`), a
 *   guess: `guessed` is true (docs/phone-conformance.md, "Guessing without a region");
 * - `no-plus`: the digits start with a calling code written without `+` (`447700900123`).
 *   That reading is a guess: `guessed` is true.
 */
export type PhoneReading = 'plus' | 'idd' | 'national' | 'no-plus';

export interface ParsedPhone {
  readonly ok: true;
  /** `+` and digits: calling code then national significant number. */
  readonly e164: string;
  readonly callingCode: number;
  readonly nationalNumber: string;
  /** ISO 3166-1 alpha-2, `001` for non-geographic calling codes, null when no region fits. */
  readonly region: string | null;
  /** Line type when the number is valid, else null. */
  readonly type: PhoneType | null;
  /** The number matches a number-type pattern of the metadata. */
  readonly valid: boolean;
  /** Its length is a possible length for its region (true for every valid number). */
  readonly possible: boolean;
  readonly reading: PhoneReading;
  /** True when the reading was decided by the metadata rather than written in the input. */
  readonly guessed: boolean;
  /**
   * Extension digits found after the number (`ext. 12`, `x12`, `#12`, `доб. 12`, `;ext=12`,
   * `,,12`...), never part of `e164`.
   */
  readonly extension: string | null;
}

export interface PhoneParseFailure {
  readonly ok: false;
  readonly error: { readonly code: PhoneErrorCode };
}

export type PhoneParseResult = ParsedPhone | PhoneParseFailure;

export interface ParseOptions {
  /** ISO 3166-1 alpha-2 region used for national numbers and IDD prefixes. */
  readonly defaultRegion?: string;
}
