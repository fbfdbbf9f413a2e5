/**
 * rows.parquet: one row per number read (a cell of several numbers gives several rows), with our
 * columns (file, line, e164, region, line_type, valid) and then the record's own fields as text
 * (delimited input: the dialect's columns; JSON Lines: the record as JSON in `data`; plain lines:
 * nothing more). Parquet is what DuckDB, Spark, Trino and ClickHouse all read.
 *
 * Written in one reading of the input: each normaliser thread encodes the rows of its chunk into
 * compressed pages as it reads them (RowsEncoder), from the same cut and decoded fields the number
 * pass reads, so that nothing it accepts can fail later. The main thread puts the pages of
 * consecutive chunks together into row groups, in the order it merges chunks (RowsFile). The one
 * thing a thread cannot know is where its chunk starts in the file: lines are written as deltas
 * (DELTA_BINARY_PACKED), whose first value alone the main thread sets.
 *
 * Values: an empty field is null, as DuckDB read an empty CSV field; a quoted field is its content
 * with doubled quotes read as one; a record with fewer fields than the header has nulls for the
 * rest, and fields past the header's are left out. Region and line type are dictionary-coded
 * (the engine's region list and PHONE_TYPES), null when unknown; the record's columns are too,
 * chunk by chunk, where their values repeat enough (DictionaryEncoder). A JSON Lines record that
 * JavaScript read as JSON but that holds an unpaired surrogate escape ("\ud800"), which DuckDB's
 * JSON reader refuses, is kept as a JSON string of its text.
 */
import {
  BooleanColumn,
  Codec,
  DeltaColumn,
  DictionaryEncoder,
  Encoding,
  IndexColumn,
  ParquetWriter,
  TextColumn,
  dataPage,
  deltaPage,
  dictionaryPage,
  plainByteArrays,
  type ColumnChunk,
  type ColumnDeclaration,
  type Page,
} from '../parquet/index.js';
import { PHONE_TYPES } from '../phone/index.js';
import type { Dialect } from './dialect.js';

/**
 * The codec of every column but `line` (which is small, and left uncompressed for the main thread
 * to set its first value). brotli at quality 0 by default: on the rows of the bench dump it
 * compressed at 330 ns a row to 37 bytes, where gzip at level 1 took 740 ns for 33 bytes (and
 * snappy 630 ns, lz4 410 ns, both native, for 50 bytes). Node 20 has no zstd. gzip is for readers
 * without brotli: Spark, Hive and other Hadoop-based ones need an extra library for it.
 */
export type RowsCodec = 'brotli' | 'gzip';
export const DEFAULT_ROWS_CODEC: RowsCodec = 'brotli';
const CODECS: Record<RowsCodec, Codec> = { brotli: Codec.BROTLI, gzip: Codec.GZIP };

/**
 * Rows per row group, at least: a group closes at the first chunk end past it, or holds one chunk
 * whose columns have dictionaries of their own (most chunks of a dump with names: about 63,000
 * rows of the bench dump). DuckDB's own groups are 122,880 rows; Spark and Trino read a group
 * per task.
 */
const ROW_GROUP_ROWS = 100_000;

const OWN_COLUMNS: readonly ColumnDeclaration[] = [
  { name: 'file', kind: 'text', optional: false },
  { name: 'line', kind: 'int64', optional: false },
  { name: 'e164', kind: 'text', optional: false },
  { name: 'region', kind: 'text', optional: true },
  { name: 'line_type', kind: 'text', optional: true },
  { name: 'valid', kind: 'boolean', optional: false },
];

/** How many columns of the original record rows.parquet has (sourceColumnNames' count). */
export function sourceColumnCount(dialect: Dialect): number {
  return dialect.kind === 'text' ? 0 : dialect.kind === 'jsonl' ? 1 : dialect.columns.length;
}

/** Column names of the original record, made unique and kept apart from ours. */
export function sourceColumnNames(dialect: Dialect): string[] {
  if (dialect.kind === 'text') return [];
  if (dialect.kind === 'jsonl') return ['data'];
  const taken = new Set(OWN_COLUMNS.map((c) => c.name));
  return dialect.columns.map((raw) => {
    let name = raw.trim() === '' ? 'column' : raw.trim();
    if (taken.has(name.toLowerCase())) name = `source_${name}`;
    let unique = name;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${name}_${n}`;
    taken.add(unique.toLowerCase());
    return unique;
  });
}

/** A chunk's rows as pages, made in a normaliser thread; its memory moves to the main thread. */
export interface ChunkRows {
  readonly rows: number;
  /** The first row's line within the chunk (1-based), and the blocks of the lines' deltas. */
  readonly firstLine: number;
  readonly lineBlocks: Uint8Array;
  /**
   * The pages of each column: e164, region, line_type, valid, then the record's columns
   * (sourceColumnNames), whose values have a dictionary of their own when they repeat (its page
   * first).
   */
  readonly columns: readonly (readonly Page[])[];
}

/** Whether any column of `rows` has a dictionary of its own (its row group holds it alone). */
function ownDictionaries(rows: ChunkRows): boolean {
  return rows.columns.some((pages) => pages.length > 1);
}

/** The buffers of `rows` to move to another thread. */
export function rowsTransfer(rows: ChunkRows): ArrayBuffer[] {
  return [
    rows.lineBlocks.buffer,
    ...rows.columns.flatMap((pages) => pages.map((p) => p.bytes.buffer)),
  ] as ArrayBuffer[];
}

const encoder = new TextEncoder();
const BACKSLASH = 0x5c;

/**
 * One thread's encoder of rows into pages, a chunk at a time (reset() between). For each number
 * the normaliser adds our columns (number()), then the record's fields (field() or null() per
 * column, or json()). Our columns are kept as numbers and made into pages a column at a time by
 * finish(): made value by value as they came, the default ingest of the 5M bench dump took 1.06x
 * as long (the same bytes).
 */
export class RowsEncoder {
  private readonly own = new OwnColumns();
  private readonly line = new DeltaColumn();
  private readonly region: IndexColumn;
  private readonly lineType = new IndexColumn(true, PHONE_TYPES.length);
  private readonly valid = new BooleanColumn();
  private readonly sources: TextColumn[];
  private readonly dictionaries = new DictionaryEncoder();
  private e164 = Buffer.allocUnsafeSlow(1 << 16);

  /**
   * `sourceColumns`: the record's columns (sourceColumnNames' count); `regions`: the engine's
   * region count (region indexes at or past it are no region).
   */
  constructor(
    readonly sourceColumns: number,
    private readonly regions: number,
  ) {
    this.region = new IndexColumn(true, regions);
    this.sources = Array.from({ length: sourceColumns }, () => new TextColumn(true));
  }

  reset(): void {
    this.own.count = 0;
    for (const s of this.sources) s.reset();
  }

  /**
   * A number on line `line` of the chunk: calling code, national number of `length` digits (the
   * digits past the last 9, and the last 9), region index, type (an index in PHONE_TYPES plus 1,
   * 0 for none), validity.
   */
  number(
    line: number,
    cc: number,
    length: number,
    high: number,
    low: number,
    region: number,
    type: number,
    valid: boolean,
  ): void {
    const own = this.own;
    const i = own.count;
    if (i === own.line.length) own.grow();
    own.line[i] = line;
    own.callingCode[i] = cc;
    own.nsnLength[i] = length;
    own.nsnHigh[i] = high;
    own.nsnLow[i] = low;
    own.region[i] = region >= 0 && region < this.regions ? region : -1;
    own.type[i] = type - 1;
    own.valid[i] = valid ? 1 : 0;
    own.count = i + 1;
  }

  /** Column `c` of the record: `bytes[from..to)`, its doubled quotes read as one when quoted. */
  field(c: number, bytes: Buffer, from: number, to: number, quoted: boolean): void {
    if (quoted) this.sources[c]!.addUnquoted(bytes, from, to);
    else this.sources[c]!.add(bytes, from, to);
  }

  /**
   * Column `c` of the record: from `bytes[from]` up to the first `delimiter` or `end`; returns
   * where it ends (the split and the copy in one pass).
   */
  fieldUntil(c: number, bytes: Buffer, from: number, end: number, delimiter: number): number {
    return this.sources[c]!.addUntil(bytes, from, end, delimiter);
  }

  /** Column `c` of the record is missing (the record has fewer fields). */
  null(c: number): void {
    this.sources[c]!.addNull();
  }

  /** A JSON Lines record, `bytes[from..to)`. */
  json(bytes: Buffer, from: number, to: number): void {
    const column = this.sources[0]!;
    if (!hasLoneSurrogateEscape(bytes, from, to)) column.add(bytes, from, to);
    else column.addBytes(encoder.encode(JSON.stringify(textOf(bytes, from, to, 'utf8'))));
  }

  /**
   * The chunk's pages. `sourceBodies`: the record's columns as PLAIN page bodies made elsewhere
   * (the field index's module), instead of those added here. Either way, a column whose values
   * repeat gets a dictionary (DictionaryEncoder).
   */
  finish(codecName: RowsCodec, sourceBodies?: readonly Uint8Array[]): ChunkRows | null {
    const own = this.own;
    const rows = own.count;
    if (rows === 0) return null;
    const codec = CODECS[codecName];
    const sources =
      sourceBodies === undefined
        ? this.sources.map((s) => this.dictionaries.pages(codec, s.plainBody(), rows))
        : sourceBodies.map((body) => this.dictionaries.pages(codec, body, rows));
    const { line, region, lineType, valid } = this;
    line.reset();
    region.reset();
    lineType.reset();
    valid.reset();
    line.addAll(own.line, rows);
    region.addAll(own.region, rows);
    lineType.addAll(own.type, rows);
    valid.addAll(own.valid, rows);
    return {
      rows,
      firstLine: line.first,
      lineBlocks: line.blocks(),
      columns: [
        [dataPage(codec, this.e164Body(), rows, Encoding.PLAIN)],
        [region.page(codec)],
        [lineType.page(codec)],
        [valid.page(codec)],
        ...sources,
      ],
    };
  }

  /** The e164 column's PLAIN body: each number's length, then `+`, its calling code and digits. */
  private e164Body(): Uint8Array {
    const own = this.own;
    const rows = own.count;
    // Each value is written 4 bytes at a time, up to 3 bytes past its end (overwritten by the
    // next, or past the body's end).
    const need = rows * MAX_E164_ENTRY + 3;
    if (this.e164.length < need) this.e164 = Buffer.allocUnsafeSlow(need + (need >> 2));
    const out = this.e164;
    const view = new DataView(out.buffer, out.byteOffset, out.length);
    let p = 0;
    for (let i = 0; i < rows; i++) {
      const cc = own.callingCode[i]!;
      const length = own.nsnLength[i]!;
      const prefix = cc < 10 ? 2 : cc < 100 ? 3 : 4;
      const size = prefix + length;
      view.setUint32(p, size, true);
      view.setUint32(p + 4, CALLING_CODE_TEXT[cc]!, true);
      const at = p + 4 + prefix;
      const low = own.nsnLow[i]!;
      if (length >= 9) {
        const before = length - 9;
        if (before > 0) writePadded(out, at, own.nsnHigh[i]!, before);
        // The last 9 digits: the first, then two groups of 4.
        const top = (low / 1e8) | 0;
        const rest = low - top * 1e8;
        const high = (rest / 1e4) | 0;
        out[at + before] = 48 + top;
        view.setUint32(at + before + 1, DIGIT_QUADS[high]!, true);
        view.setUint32(at + before + 5, DIGIT_QUADS[rest - high * 1e4]!, true);
      } else writePadded(out, at, low, length);
      p += 4 + size;
    }
    return out.subarray(0, p);
  }
}

/** Bytes of an e164 value at most, with its length: 4, `+`, 3 digits of calling code, 17. */
const MAX_E164_ENTRY = 4 + 1 + 3 + 17;

/**
 * Our columns of a chunk's rows, as numbers (RowsEncoder.number()'s arguments), the region and
 * type as the dictionary index of each, -1 for none (null).
 */
class OwnColumns {
  count = 0;
  line = new Int32Array(1 << 14);
  callingCode = new Uint16Array(1 << 14);
  nsnLength = new Uint8Array(1 << 14);
  nsnHigh = new Uint32Array(1 << 14);
  nsnLow = new Uint32Array(1 << 14);
  region = new Int32Array(1 << 14);
  type = new Int32Array(1 << 14);
  valid = new Uint8Array(1 << 14);

  grow(): void {
    const size = 2 * this.line.length;
    const grown = <T extends Int32Array | Uint32Array | Uint16Array | Uint8Array>(
      array: T,
      make: (n: number) => T,
    ): T => {
      const next = make(size);
      next.set(array);
      return next;
    };
    this.line = grown(this.line, (n) => new Int32Array(n));
    this.callingCode = grown(this.callingCode, (n) => new Uint16Array(n));
    this.nsnLength = grown(this.nsnLength, (n) => new Uint8Array(n));
    this.nsnHigh = grown(this.nsnHigh, (n) => new Uint32Array(n));
    this.nsnLow = grown(this.nsnLow, (n) => new Uint32Array(n));
    this.region = grown(this.region, (n) => new Int32Array(n));
    this.type = grown(this.type, (n) => new Int32Array(n));
    this.valid = grown(this.valid, (n) => new Uint8Array(n));
  }
}

/**
 * rows.parquet as the main thread writes it: a file's chunks in merge order, put together into
 * row groups of ROW_GROUP_ROWS or more, or a group per chunk with dictionaries of its own (a
 * group holds one file's rows).
 */
export class RowsFile {
  private readonly writer: ParquetWriter;
  private readonly own: number[];
  private readonly regionDictionary: Page;
  private readonly typeDictionary: Page;
  private file: { name: Page; sources: number[] } | null = null;
  private pending: { rows: ChunkRows; line: Page }[] = [];
  private pendingRows = 0;
  private readonly codec: Codec;

  /** `codec`: the one the threads write the chunks' pages in (ChunkOptions.rowsCodec). */
  constructor(path: string, regionIds: readonly string[], codec: RowsCodec, createdBy: string) {
    this.codec = CODECS[codec];
    this.writer = ParquetWriter.create(path, createdBy);
    this.own = OWN_COLUMNS.map((c) => this.writer.column(c));
    this.regionDictionary = dictionaryOf(regionIds, this.codec);
    this.typeDictionary = dictionaryOf(PHONE_TYPES, this.codec);
  }

  /** The next input file's rows follow: its name for the `file` column, its columns. */
  startFile(name: string, dialect: Dialect): void {
    this.flush();
    const kind = dialect.kind === 'jsonl' ? 'json' : 'text';
    this.file = {
      name: dictionaryOf([name], this.codec),
      sources: sourceColumnNames(dialect).map((n) =>
        this.writer.column({ name: n, kind, optional: true }),
      ),
    };
  }

  /**
   * A chunk's rows; `linesBefore` is the number of the file's lines before the chunk. A chunk
   * with dictionaries of its own is a row group alone (a column chunk has one dictionary).
   */
  add(rows: ChunkRows, linesBefore: number): void {
    const alone = ownDictionaries(rows);
    if (alone) this.flush();
    this.pending.push({
      rows,
      line: deltaPage(linesBefore + rows.firstLine, rows.rows, rows.lineBlocks),
    });
    this.pendingRows += rows.rows;
    if (alone || this.pendingRows >= ROW_GROUP_ROWS) this.flush();
  }

  /** Writes what is pending and the footer; returns the file's rows, size and SHA-256. */
  close(): { rows: number; bytes: number; sha256: string } {
    this.flush();
    return this.writer.close();
  }

  abort(): void {
    this.writer.abort();
  }

  private flush(): void {
    if (this.pendingRows === 0) return;
    const file = this.file!;
    const rows = this.pendingRows;
    const chunks: (ColumnChunk | undefined)[] = [];
    const [fileColumn, line, e164, region, lineType, valid] = this.own as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const names = new IndexColumn(false, 1);
    for (let i = 0; i < rows; i++) names.add(0);
    chunks[fileColumn] = { codec: this.codec, pages: [file.name, names.page(this.codec)] };
    chunks[line] = { codec: Codec.UNCOMPRESSED, pages: this.pending.map((p) => p.line) };
    const pages = (k: number, dictionary?: Page): ColumnChunk => ({
      codec: this.codec,
      pages: [
        ...(dictionary === undefined ? [] : [dictionary]),
        ...this.pending.flatMap((p) => p.rows.columns[k]!),
      ],
    });
    chunks[e164] = pages(0);
    chunks[region] = pages(1, this.regionDictionary);
    chunks[lineType] = pages(2, this.typeDictionary);
    chunks[valid] = pages(3);
    file.sources.forEach((column, k) => {
      chunks[column] = pages(4 + k);
    });
    this.writer.writeRowGroup(rows, chunks);
    this.pending = [];
    this.pendingRows = 0;
  }
}

function dictionaryOf(values: readonly string[], codec: Codec): Page {
  return dictionaryPage(
    codec,
    plainByteArrays(values.map((v) => encoder.encode(v))),
    values.length,
  );
}

/**
 * Whether `bytes[from..to)` holds a \uD800-\uDFFF escape that is not half of a high-low pair.
 * (An escaped backslash before such a `u` is read as an escape too: the record is then kept as a
 * string, still whole.)
 */
export function hasLoneSurrogateEscape(bytes: Uint8Array, from: number, to: number): boolean {
  const backslash = bytes.indexOf(BACKSLASH, from);
  if (backslash === -1 || backslash >= to) return false;
  const text = textOf(bytes, from, to, 'latin1');
  const surrogate = /\\u[dD]([89a-fA-F])[0-9a-fA-F]{2}/g;
  // Where a low half must start to pair with the high half before it; -1 when none is due.
  let lowDue = -1;
  for (let match = surrogate.exec(text); match !== null; match = surrogate.exec(text)) {
    const high = /[89abAB]/.test(match[1]!);
    if (lowDue !== -1) {
      if (high || match.index !== lowDue) return true;
      lowDue = -1;
    } else if (high) lowDue = match.index + 6;
    else return true;
  }
  return lowDue !== -1;
}

function textOf(bytes: Uint8Array, from: number, to: number, encoding: BufferEncoding): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString(encoding);
}

/** The two digits of 0 to 99, as ASCII: two a division, where a digit a division took longer. */
const DIGIT_PAIRS = Uint8Array.from({ length: 200 }, (_, i) =>
  i % 2 === 0 ? 48 + (((i >> 1) / 10) | 0) : 48 + ((i >> 1) % 10),
);

/** `value` (an integer in [0, 10^width), below 2^31) in `width` decimal digits, zeros kept. */
function writePadded(out: Uint8Array, p: number, value: number, width: number): number {
  let n = width;
  while (n >= 2) {
    const next = (value / 100) | 0;
    const pair = 2 * (value - 100 * next);
    out[p + n - 2] = DIGIT_PAIRS[pair]!;
    out[p + n - 1] = DIGIT_PAIRS[pair + 1]!;
    value = next;
    n -= 2;
  }
  if (n === 1) out[p] = 48 + value;
  return p + width;
}

/** The four digits of 0 to 9999 as ASCII, the first in the lowest byte (written little-endian). */
const DIGIT_QUADS = new Uint32Array(10000);
for (let v = 0; v < 10000; v++)
  DIGIT_QUADS[v] =
    (48 + ((v / 1000) | 0)) |
    ((48 + (((v / 100) | 0) % 10)) << 8) |
    ((48 + (((v / 10) | 0) % 10)) << 16) |
    ((48 + (v % 10)) << 24);

/** `+` and the digits of each calling code (0 to 999), the `+` in the lowest byte. */
const CALLING_CODE_TEXT = Uint32Array.from({ length: 1000 }, (_, cc) => {
  const text = `+${cc}`;
  let word = 0;
  for (let k = 0; k < text.length; k++) word |= text.charCodeAt(k) << (8 * k);
  return word >>> 0;
});
