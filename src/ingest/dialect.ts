/**
 * How an input file is laid out (plain lines, delimited, JSON Lines) and which of its columns
 * holds the phone number and the country. Decided once per file from a sample (see sniff.ts) and
 * sent with every chunk to the normaliser threads.
 */
import { PHONE_ERROR_CODES } from '../phone/index.js';

export type InputKind = 'text' | 'delimited' | 'jsonl';

export interface Dialect {
  readonly kind: InputKind;
  /** Field delimiter byte for `delimited` (`,` `\t` `;` `|`). */
  readonly delimiter: number;
  /** The first record is a header. */
  readonly header: boolean;
  /** Column names: the header's, or "column_N"; JSON keys for jsonl; ["phone"] for text. */
  readonly columns: readonly string[];
  readonly phoneColumn: number;
  /** -1 when no column gives the row's country. */
  readonly countryColumn: number;
}

/**
 * Why a row was rejected: the phone engine's codes, then the row-level ones. The index + 1 is
 * the status byte written by the normaliser; the strings are stable codes (docs/errors.md).
 */
export const REJECT_CODES = [
  ...PHONE_ERROR_CODES,
  'IMPOSSIBLE_NUMBER',
  'EMPTY_PHONE',
  'MISSING_FIELD',
  'MALFORMED_ROW',
] as const;

export type RejectCode = (typeof REJECT_CODES)[number];

export const REJECT_IMPOSSIBLE = REJECT_CODES.indexOf('IMPOSSIBLE_NUMBER');
export const REJECT_EMPTY = REJECT_CODES.indexOf('EMPTY_PHONE');
export const REJECT_MISSING = REJECT_CODES.indexOf('MISSING_FIELD');
export const REJECT_MALFORMED = REJECT_CODES.indexOf('MALFORMED_ROW');

/**
 * Partition key of a valid number: calling code, NSN length, region and line type packed in one
 * integer below 2^32. Region and type are functions of the number, so numbers under different
 * keys are distinct and each key can be deduplicated on its own.
 */
export function partitionKey(
  callingCode: number,
  nsnLength: number,
  region: number,
  type: number,
): number {
  return ((callingCode * 32 + nsnLength) * 512 + region) * 16 + type;
}

export function unpackKey(key: number): {
  callingCode: number;
  nsnLength: number;
  region: number;
  type: number;
} {
  const type = key % 16;
  let rest = (key - type) / 16;
  const region = rest % 512;
  rest = (rest - region) / 512;
  const nsnLength = rest % 32;
  return { callingCode: (rest - nsnLength) / 32, nsnLength, region, type };
}
