/**
 * `stats.json` of a leak: the figures measured at ingest, from which every report is drawn.
 */
import type { NumberSetSummary } from '../index/index.js';

export interface RegionStats {
  readonly region: string;
  readonly callingCode: number;
  /** Accepted rows (valid or possible-only) whose number belongs to the region. */
  readonly rows: number;
  readonly unique: number;
  readonly share: number;
  readonly lineTypes: Readonly<Record<string, number>>;
  readonly topBlocks: readonly { readonly prefix: string; readonly unique: number }[];
}

/** The row accounting of an ingest: rows = accepted + rejected; accepted = valid + possibleOnly. */
export interface LeakCounts {
  /** Data rows (header and blank lines excluded). */
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly headerLines: number;
  readonly blankLines: number;
  readonly valid: number;
  readonly possibleOnly: number;
  /** Unique valid numbers: the size of the number set. */
  readonly unique: number;
}

export interface LeakStats extends LeakCounts {
  readonly regions: readonly RegionStats[];
  readonly lineTypes: readonly { readonly type: string; readonly unique: number }[];
  readonly rejectReasons: readonly { readonly code: string; readonly rows: number }[];
  readonly dataClasses: readonly {
    readonly column: string;
    readonly dataClass: string;
    readonly filled: number;
    readonly fillRate: number;
  }[];
  readonly numberSet: NumberSetSummary;
}
