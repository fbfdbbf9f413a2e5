/**
 * `stats.json` of a leak: the figures measured at ingest, from which every report is drawn.
 */
import type { NumberSetSummary } from '../number-set/index.js';

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

/** Valid numbers read beyond the unique ones (a cell of several numbers counts each). */
export function duplicatesOf(stats: LeakStats): number {
  return (stats.reading?.validNumbers ?? stats.valid) - stats.unique;
}

/** The row accounting alone, out of any record that carries it. */
export function leakCounts(c: LeakCounts): LeakCounts {
  return {
    rows: c.rows,
    accepted: c.accepted,
    rejected: c.rejected,
    headerLines: c.headerLines,
    blankLines: c.blankLines,
    valid: c.valid,
    possibleOnly: c.possibleOnly,
    unique: c.unique,
  };
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
  /** How the input was read (absent in stores written before it was recorded). */
  readonly reading?: InputReading;
}

/**
 * What an ingest had to do to read its input, and what a reader of its figures must know: the
 * encodings and line ends met, bytes repaired, quotes taken literally, cells with several numbers,
 * and the files of a directory that were not data.
 */
export interface InputReading {
  /** How the input was read (empty for clean UTF-8 CSV): encodings, repairs, quotes, cells. */
  readonly notes: readonly ReadingNote[];
  /** What weakens the figures (for example a large share rejected): shown before them. */
  readonly warnings: readonly ReadingNote[];
  /** Files of a directory input that were not read, and why. */
  readonly skippedFiles: readonly { readonly path: string; readonly reason: string }[];
  /** Rows read again with a quote taken literally (it opened a field and never closed). */
  readonly literalQuotes: number;
  /** Rows whose phone cell held several numbers, and the numbers beyond each one's first. */
  readonly multiNumberRows: number;
  readonly extraNumbers: number;
  /** Valid numbers read: `valid` plus the valid extra numbers of cells with several. */
  readonly validNumbers: number;
  /** NUL bytes removed, and lines that were not UTF-8 and were read as Windows-1252. */
  readonly nulBytes: number;
  readonly reencodedLines: number;
}

/**
 * One thing said about the reading: a stable code for programs, a plain sentence for people, and
 * the rows it concerns (null when it is about bytes or the file, not rows).
 */
export interface ReadingNote {
  readonly code: ReadingCode;
  readonly message: string;
  readonly rows: number | null;
}

/** The codes of ReadingNote, documented in docs/errors.md (ingest warnings). */
export const READING_CODES = [
  'REJECTED_SHARE',
  'UTF16',
  'UTF8_BOM',
  'CR_LINE_ENDS',
  'REENCODED_LINES',
  'INVALID_BYTES',
  'NUL_BYTES',
  'LITERAL_QUOTES',
  'MULTI_NUMBER_CELLS',
  'JSON_ARRAY',
  // A sentence kept from a stats.json written before notes had codes.
  'NOTE',
] as const;
export type ReadingCode = (typeof READING_CODES)[number];

/**
 * The reading of a stats.json as this version writes it: stores written by the development
 * versions between 0.1 and 0.2 hold plain sentences, read as code NOTE.
 */
export function readingOf(stats: LeakStats): InputReading | undefined {
  const reading = stats.reading;
  if (reading === undefined) return undefined;
  const coded = (list: readonly (ReadingNote | string)[]): ReadingNote[] =>
    list.map((n) => (typeof n === 'string' ? { code: 'NOTE', message: n, rows: null } : n));
  return {
    ...reading,
    notes: coded(reading.notes),
    warnings: coded(reading.warnings),
  };
}

/** Prefix digits of a number block: the operator or area block for the usual lengths. */
function blockDigits(nsnLength: number): number {
  return Math.max(1, Math.min(4, nsnLength - 6));
}

/**
 * A key's sorted unique numbers counted by number block: each block's prefix (the number's first
 * blockDigits() digits) and how many of the numbers it holds, in ascending prefix order.
 */
export interface BlockCounts {
  readonly prefixes: Float64Array;
  readonly counts: Float64Array;
}

/**
 * The blocks of `values` (sorted, national numbers of `nsnLength` digits). Counted where the
 * values were sorted, in a normaliser thread: on the main thread it took about 90 ms at the end
 * of a 5M-row ingest, between the threads' answers.
 */
export function countBlocks(values: Float64Array, nsnLength: number): BlockCounts {
  const divisor = 10 ** (nsnLength - blockDigits(nsnLength));
  const prefixes: number[] = [];
  const counts: number[] = [];
  // Values are sorted: count runs of the same prefix. A value below the next prefix's first
  // is in the run (a comparison, where a division per value took most of this time).
  let next = 0;
  let run = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value >= next) {
      if (run > 0) counts.push(run);
      const prefix = Math.floor(value / divisor);
      prefixes.push(prefix);
      next = (prefix + 1) * divisor;
      run = 0;
    }
    run++;
  }
  if (run > 0) counts.push(run);
  return { prefixes: Float64Array.from(prefixes), counts: Float64Array.from(counts) };
}

function topBlocks(blocks: Map<string, number>): { prefix: string; unique: number }[] {
  return [...blocks]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 10)
    .map(([prefix, unique]) => ({ prefix, unique }));
}

/**
 * Unique numbers by region and line type, with each region's top number blocks, as the number
 * set of a leak is written (by ingest and by derive alike). Regions are engine region indexes.
 */
export class RegionTally {
  private readonly byRegion = new Map<
    number,
    {
      unique: number;
      callingCode: number;
      lineTypes: Record<string, number>;
      blocks: Map<string, number>;
    }
  >();
  private readonly typeUnique = new Map<string, number>();

  /** `count` unique numbers of one region (or none: NO_REGION_INDEX) and line type. */
  add(region: number, callingCode: number, type: string, count: number): void {
    this.typeUnique.set(type, (this.typeUnique.get(type) ?? 0) + count);
    const r = this.entry(region, callingCode);
    r.unique += count;
    r.lineTypes[type] = (r.lineTypes[type] ?? 0) + count;
  }

  /** Sorted unique numbers of one region from one partition, counted by number block. */
  addBlocks(region: number, callingCode: number, nsnLength: number, values: Float64Array): void {
    this.addBlockCounts(region, callingCode, nsnLength, countBlocks(values, nsnLength));
  }

  /** As addBlocks, from the blocks countBlocks() found in the numbers. */
  addBlockCounts(
    region: number,
    callingCode: number,
    nsnLength: number,
    { prefixes, counts }: BlockCounts,
  ): void {
    const blocks = this.entry(region, callingCode).blocks;
    const digits = blockDigits(nsnLength);
    for (let b = 0; b < prefixes.length; b++) {
      const key = `+${callingCode} ${String(prefixes[b]).padStart(digits, '0')}`;
      blocks.set(key, (blocks.get(key) ?? 0) + counts[b]!);
    }
  }

  /**
   * Per-region figures, largest first. `regionIds[i]` names region index i (others, such as
   * NO_REGION_INDEX, are left out); `rows[i]`, when given, counts the accepted rows of region i,
   * and regions with rows but no unique number are kept.
   */
  regions(
    regionIds: readonly string[],
    total: number,
    rows?: { readonly counts: Float64Array; readonly callingCode: (region: number) => number },
  ): RegionStats[] {
    const out: RegionStats[] = [];
    for (let i = 0; i < regionIds.length; i++) {
      const r = this.byRegion.get(i);
      const regionRows = rows === undefined ? (r?.unique ?? 0) : rows.counts[i]!;
      if (r === undefined && regionRows === 0) continue;
      out.push({
        region: regionIds[i]!,
        callingCode: r?.callingCode ?? rows?.callingCode(i) ?? 0,
        rows: regionRows,
        unique: r?.unique ?? 0,
        share: total === 0 ? 0 : (r?.unique ?? 0) / total,
        lineTypes: r?.lineTypes ?? {},
        topBlocks: r === undefined ? [] : topBlocks(r.blocks),
      });
    }
    return out.sort(
      (a, b) => b.unique - a.unique || b.rows - a.rows || (a.region < b.region ? -1 : 1),
    );
  }

  /** Unique numbers by line type, largest first. */
  lineTypes(): { type: string; unique: number }[] {
    return [...this.typeUnique]
      .map(([type, unique]) => ({ type, unique }))
      .sort((a, b) => b.unique - a.unique);
  }

  private entry(region: number, callingCode: number) {
    let r = this.byRegion.get(region);
    if (r === undefined) {
      r = { unique: 0, callingCode, lineTypes: {}, blocks: new Map() };
      this.byRegion.set(region, r);
    }
    return r;
  }
}
