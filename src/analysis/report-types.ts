/**
 * The shape of a leak report: what `ringfence report --format json` prints and what the text and
 * HTML renderers draw. Every figure is measured from the data at ingest; none is typed in.
 */
import type { PhoneType } from '../phone/index.js';
import type { InputReading, LeakCounts } from '../store/index.js';

/** Line-type key: libphonenumber's type names, or UNKNOWN for a number no type pattern matches. */
export type LineTypeKey = PhoneType | 'UNKNOWN';

export interface NumberBlock {
  /** E.164 prefix of the block, e.g. "+20100" (calling code and the first NSN digits). */
  readonly prefix: string;
  /** Unique valid numbers in the block. */
  readonly unique: number;
}

export interface CountryReport {
  /** ISO 3166-1 alpha-2 region, or "001" for non-geographic numbers (+800, +882...). */
  readonly region: string;
  /** English short name of the region ("Egypt"); the region code itself when none is known. */
  readonly name: string;
  readonly callingCode: number;
  /** Accepted rows whose number belongs to this region (duplicates included). */
  readonly rows: number;
  /** Unique valid numbers. */
  readonly unique: number;
  /** unique / total unique of the leak, 0..1. */
  readonly share: number;
  /** Unique valid numbers by line type; absent types are 0 or missing. */
  readonly lineTypes: Partial<Record<LineTypeKey, number>>;
  /** The largest number blocks, largest first (at most 10). */
  readonly topBlocks: readonly NumberBlock[];
}

export interface LineTypeReport {
  readonly type: LineTypeKey;
  readonly unique: number;
  readonly share: number;
}

export interface DataClassReport {
  /** Column name as in the input header (or "column N" without a header). */
  readonly column: string;
  /** HIBP-like data class: "Names", "Email addresses", "Genders", "Geographic locations", ... */
  readonly dataClass: string;
  /** Rows with a non-empty value. */
  readonly filled: number;
  /** filled / rows, 0..1. */
  readonly fillRate: number;
}

export interface RejectReasonReport {
  /** Stable reason code (a phone error code such as TOO_SHORT, or a row code such as MALFORMED_ROW). */
  readonly code: string;
  readonly rows: number;
}

export interface NumberSetReport {
  readonly bytes: number;
  readonly partitions: number;
  readonly bitsPerNumber: number;
  /** Sum over partitions of log2(C(universe, n)), divided by the number count. */
  readonly boundBitsPerNumber: number;
}

/** The row accounting (`LeakCounts`) and everything measured about the leak. */
export interface LeakReport extends LeakCounts {
  readonly name: string;
  readonly title: string;
  readonly source: string | null;
  readonly breachDate: string | null;
  readonly addedDate: string;
  readonly flags: {
    readonly verified: boolean;
    readonly fabricated: boolean;
    readonly sensitive: boolean;
    readonly spamList: boolean;
  };
  /** Rejected rows (no number, unreadable, impossible): the same as `rejected`. */
  readonly invalid: number;
  /** valid - unique. */
  readonly duplicates: number;
  /** Largest first. */
  readonly countries: readonly CountryReport[];
  readonly lineTypes: readonly LineTypeReport[];
  readonly dataClasses: readonly DataClassReport[];
  readonly rejectReasons: readonly RejectReasonReport[];
  readonly numberSet: NumberSetReport;
  /** The phone metadata version the numbers were classified with. */
  readonly metadataVersion: string;
  /** How the input was read: notes and warnings (absent for leaks ingested before 0.2). */
  readonly reading?: InputReading;
  /** From `ringfence novelty`, when it has run: this leak against the rest of the catalogue. */
  readonly novelty?: {
    readonly newToCollection: number;
    readonly recompilationOf: string | null;
    readonly bestMatch: { readonly name: string; readonly share: number } | null;
    readonly comparedWith: readonly string[];
    /** Sets of the store not allowed to explain the leak (absent when recorded before 0.3). */
    readonly excluded?: readonly { readonly name: string; readonly reason: string }[];
  };
}
