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
  /** Accepted rows with a valid number. */
  readonly valid: number;
  /** Accepted rows with a number of possible length that no pattern validates. */
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

/** Prefix digits of a number block: the operator or area block for the usual lengths. */
function blockDigits(nsnLength: number): number {
  return Math.max(1, Math.min(4, nsnLength - 6));
}

export function countBlocks(
  values: Float64Array,
  nsnLength: number,
  callingCode: number,
  blocks: Map<string, number>,
): void {
  const digits = blockDigits(nsnLength);
  const divisor = 10 ** (nsnLength - digits);
  // Values are sorted: count runs of the same prefix.
  let current = -1;
  let run = 0;
  const flush = (): void => {
    if (run === 0) return;
    const key = `+${callingCode} ${String(current).padStart(digits, '0')}`;
    blocks.set(key, (blocks.get(key) ?? 0) + run);
  };
  for (let i = 0; i < values.length; i++) {
    const prefix = Math.floor(values[i]! / divisor);
    if (prefix !== current) {
      flush();
      current = prefix;
      run = 0;
    }
    run++;
  }
  flush();
}

export function topBlocks(blocks: Map<string, number>): { prefix: string; unique: number }[] {
  return [...blocks]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 10)
    .map(([prefix, unique]) => ({ prefix, unique }));
}
