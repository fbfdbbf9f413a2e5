/**
 * The normaliser: one chunk of whole records in, typed arrays out. It runs in worker threads
 * (chunk-worker.ts) and is a plain function so that tests call it directly.
 *
 * Per chunk it cuts records and fields out of the bytes (quoting as records.ts describes: a quote
 * that closes nowhere sensible is a plain byte, and costs one record; ragged rows), parses every
 * phone field in one batch call with each row's country as default region, and returns:
 * - the valid numbers grouped by partition key (calling code, length, region, type), so that the
 *   main thread appends a few arrays per chunk instead of touching every row;
 * - counts (rows, blanks, valid, possible-only, rejects by code, rows by region, filled fields);
 * - the rejects with their line (relative to the chunk) and reason;
 * - optionally the accepted rows as CSV for rows.parquet: chunk, chunk-relative line, E.164,
 *   region, type, valid, then the record's fields (see writeRows).
 *
 * Several numbers in one cell ("+44 7400 123456 / +44 7400 123457", "0171 123456; 0172 654321")
 * take a slow path that the common cell never enters: only a cell that is not one clean valid
 * number (rejected, possible only, or read with an extension) and holds a separator, or a valid
 * one that holds a `;` (after which the parser reads RFC 3966 parameters and ignores the rest),
 * is cut at its separators and its pieces parsed in a second, small batch. A rejected cell is
 * taken from its pieces when one of them is a number, a parsed one when two or more are. Such a
 * row counts once (as valid when one of its numbers is), every valid number goes to the number
 * set, and rows.parquet gets one row per number.
 */
import {
  BATCH_EXTENSION,
  BATCH_POSSIBLE,
  BATCH_VALID,
  NO_REGION_INDEX,
  type FieldReader,
  type PhoneBatch,
  type PhoneEngine,
} from '../phone/index.js';
import { fastE164 } from '../phone/fast-e164.js';
import {
  DEFAULT_ROWS_CODEC,
  RowsEncoder,
  sourceColumnCount,
  type ChunkRows,
  type RowsCodec,
} from './rows.js';
import {
  REJECT_CODES,
  REJECT_EMPTY,
  REJECT_IMPOSSIBLE,
  REJECT_MALFORMED,
  REJECT_MISSING,
  partitionKey,
  type Dialect,
} from './dialect.js';
import { MAX_QUOTED_BYTES, MAX_RECORD_BYTES, closingQuote } from './records.js';
import type { RegionMapper } from '../countries/index.js';
import { repairChunk, type RepairCounts } from './encoding.js';
import { CUT_CAPACITY, FieldIndex } from './field-index.js';
import { KeySlots } from './key-slots.js';

/**
 * Most pieces a phone cell is cut into. A cell of more (a list that lost its line ends, a
 * column of junk) is no one's numbers: it is read whole, and each of its numbers would repeat the
 * whole record in rows.parquet, quadratic in the cell.
 */
export const MAX_CELL_PIECES = 32;

/** Not looked up yet (region indexes are 0 and up, -1 for none). */
const UNKNOWN_COUNTRY = -2;
const QUOTE = 34;
const NEWLINE = 10;
const CR = 13;
const COMMA = 44;
const SPACE = 32;
const TAB = 9;
const SEMICOLON = 59;

export interface ChunkReject {
  /** 1-based line within the chunk. */
  readonly line: number;
  readonly code: string;
  /** The raw record, cut to 200 characters (the rejects file is part of the leak, not a log). */
  readonly raw: string;
}

export interface ChunkResult {
  /** Physical lines in the chunk. */
  readonly lines: number;
  /** Data records: header and blank lines excluded. */
  readonly records: number;
  readonly headerLines: number;
  readonly blankLines: number;
  /** Accepted records with a valid number (a record of several numbers: any of them valid). */
  readonly valid: number;
  /** Accepted records whose numbers are all possible but not valid. */
  readonly possibleOnly: number;
  /**
   * Data records read with a quote taken literally: a field opened a quote that does not close
   * within 64 KiB before a delimiter or line end, and the record was read again up to its LF
   * with every quote a plain byte (records.ts). Accepted or rejected alike.
   */
  readonly literalQuotes: number;
  /** Accepted records whose phone cell held two or more numbers (each counted once above). */
  readonly multiNumberRows: number;
  /**
   * Numbers in those records beyond the first: the chunk's numbers (valid or possible) are
   * valid + possibleOnly + extraNumbers, and so are its rows in rows.parquet.
   */
  readonly extraNumbers: number;
  /** What repairChunk did to the chunk's bytes first (NUL bytes, Windows-1252 lines). */
  readonly repaired: RepairCounts;
  /** Rejected records by index in REJECT_CODES. */
  readonly rejectCounts: Uint32Array;
  readonly rejects: ChunkReject[];
  /** Distinct partition keys, and their values in `values[keyOffsets[k]..keyOffsets[k+1])`. */
  readonly keys: Float64Array;
  readonly keyOffsets: Uint32Array;
  readonly values: Float64Array;
  /** Accepted rows by region index (the last slot: no region). */
  readonly regionRows: Float64Array;
  /** Non-empty fields by column, over data records. */
  readonly filled: Float64Array;
  /** The accepted rows as rows.parquet's pages (null unless asked, or when there is none). */
  readonly rows: ChunkRows | null;
}

export interface ChunkOptions {
  readonly dialect: Dialect;
  /** Default region index for rows without a country (-1 for none). */
  readonly defaultRegion: number;
  /** This chunk starts the file: its first record is the header when the dialect has one. */
  readonly first: boolean;
  readonly writeRows: boolean;
  /** The rows' compression (default DEFAULT_ROWS_CODEC). */
  readonly rowsCodec?: RowsCodec;
}

/** Growable per-record scratch arrays, reused across chunks by one normaliser. */
class Scratch {
  starts = new Uint32Array(1 << 16);
  ends = new Uint32Array(1 << 16);
  regions = new Int32Array(1 << 16);
  recordStart = new Uint32Array(1 << 16);
  recordEnd = new Uint32Array(1 << 16);
  recordLine = new Uint32Array(1 << 16);
  status = new Uint8Array(1 << 16);
  /** Fields of the record, and where its last expected column ends. */
  fields = new Uint32Array(1 << 16);
  cutEnd = new Uint32Array(1 << 16);
  /** 1 when the record was read with its quotes taken literally. */
  literal = new Uint8Array(1 << 16);

  ensure(n: number): void {
    if (n <= this.starts.length) return;
    const size = Math.max(n, this.starts.length * 2);
    const grow = <T extends Uint32Array | Int32Array | Uint8Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.starts = grow(this.starts, (n) => new Uint32Array(n));
    this.ends = grow(this.ends, (n) => new Uint32Array(n));
    this.regions = grow(this.regions, (n) => new Int32Array(n));
    this.recordStart = grow(this.recordStart, (n) => new Uint32Array(n));
    this.recordEnd = grow(this.recordEnd, (n) => new Uint32Array(n));
    this.recordLine = grow(this.recordLine, (n) => new Uint32Array(n));
    this.status = grow(this.status, (n) => new Uint8Array(n));
    this.fields = grow(this.fields, (n) => new Uint32Array(n));
    this.cutEnd = grow(this.cutEnd, (n) => new Uint32Array(n));
    this.literal = grow(this.literal, (n) => new Uint8Array(n));
  }
}

/**
 * Records read from the pieces of their phone cell, in record order: record `records[m]` has
 * pieces `first[m]..first[m] + count[m]` of `batch` (its numbers and its junk alike).
 */
interface SplitCells {
  readonly size: number;
  readonly records: Uint32Array;
  readonly first: Uint32Array;
  readonly count: Uint32Array;
  readonly batch: PhoneBatch;
}

const decoder = new TextDecoder();

export class Normaliser {
  private readonly scratch = new Scratch();
  private readonly fieldIndex: FieldIndex;
  /** Whether phone fields in E.164 are read in WebAssembly (see phoneFields()). */
  private readonly wasm: boolean;
  private phoneFieldReader: FieldReader | null | undefined;

  /** The encoder of rows.parquet's pages, made for the dialect in hand. */
  private rows: RowsEncoder | null = null;
  /** A record's fields, for rows.parquet (see writeRows). */
  private fieldFrom = new Uint32Array(0);
  private fieldTo = new Uint32Array(0);
  private fieldQuoted = new Uint8Array(0);

  /**
   * `wasm` false keeps to the TypeScript cutting and phone reading (for the tests that hold the
   * modules' to them).
   */
  constructor(
    private readonly engine: PhoneEngine,
    private readonly regions: RegionMapper,
    options: { readonly wasm?: boolean } = {},
  ) {
    this.fieldIndex = new FieldIndex(options.wasm !== false);
    this.wasm = options.wasm !== false;
  }

  /** The WebAssembly reader of phone fields in E.164, made on first use (null without it). */
  private phoneFields(): FieldReader | null {
    if (this.phoneFieldReader === undefined)
      this.phoneFieldReader = this.wasm ? fastE164(this.engine) : null;
    return this.phoneFieldReader;
  }

  run(input: Uint8Array, options: ChunkOptions): ChunkResult {
    // Valid UTF-8 without NUL bytes from here on (line ends, quotes and delimiters unchanged).
    // As Buffers: a chunk moved from another thread arrives as a plain Uint8Array, whose
    // indexOf is a loop (1.2 ms over 4 MiB, where Buffer's memchr takes 0.05).
    const repairedChunk = repairChunk(asBuffer(input));
    const bytes = asBuffer(repairedChunk.bytes);
    const repaired = repairedChunk.counts;
    const { dialect } = options;
    const s = this.scratch;
    const columns = dialect.columns.length;
    const filled = new Float64Array(columns);
    const rejectCounts = new Uint32Array(REJECT_CODES.length);
    let records = 0;
    let blankLines = 0;
    let headerLines = 0;
    let line = 0;
    let literalQuotes = 0;
    let phoneBytes: Uint8Array = bytes;

    if (dialect.kind === 'jsonl') {
      const cut = this.cutJson(bytes, options, filled);
      records = cut.records;
      blankLines = cut.blank;
      line = cut.lines;
      phoneBytes = asBuffer(cut.phoneBytes);
    } else {
      const cut = this.scanDelimited(bytes, options, filled);
      records = cut.records;
      blankLines = cut.blank;
      headerLines = cut.header;
      line = cut.lines;
      literalQuotes = cut.literal;
    }

    const batch = this.engine.parseRanges(
      phoneBytes,
      s.starts,
      s.ends,
      records,
      s.regions,
      -1,
      this.phoneFields(),
    );
    const split = this.splitCells(phoneBytes, records, batch, dialect);

    // Group valid numbers by partition key: count, then place.
    const slots = new KeySlots();
    const rowKey = new Int32Array(records);
    const pieceKey = new Int32Array(split === null ? 0 : split.batch.count).fill(-1);
    const regionRows = new Float64Array(this.engine.regionIds.length + 1);
    const noRegion = this.engine.regionIds.length;
    let valid = 0;
    let possibleOnly = 0;
    let numbers = 0;
    let multiNumberRows = 0;
    let extraNumbers = 0;
    let m = 0;
    let nextSplit = split === null ? -1 : split.records[0]!;
    const rejects: ChunkReject[] = [];
    for (let i = 0; i < records; i++) {
      rowKey[i] = -1;
      if (i === nextSplit) {
        // A cell of several numbers (split is not null here): the row is its best piece's.
        const pieces = split!.batch;
        const first = split!.first[m]!;
        const end = first + split!.count[m]!;
        let best = -1;
        let found = 0;
        for (let j = first; j < end; j++) {
          const flags = pieces.flags[j]!;
          if (pieces.status[j] !== 0 || (flags & (BATCH_VALID | BATCH_POSSIBLE)) === 0) continue;
          found++;
          if ((flags & BATCH_VALID) === 0) {
            if (best === -1) best = j;
            continue;
          }
          if (best === -1 || (pieces.flags[best]! & BATCH_VALID) === 0) best = j;
          const region = pieces.region[j]!;
          pieceKey[j] = slots.slot(
            partitionKey(pieces.callingCode[j]!, pieces.nsnLength[j]!, region, pieces.type[j]!),
          );
          numbers++;
        }
        const region = pieces.region[best]!;
        regionRows[region === NO_REGION_INDEX ? noRegion : region]!++;
        if ((pieces.flags[best]! & BATCH_VALID) !== 0) valid++;
        else possibleOnly++;
        if (found > 1) {
          multiNumberRows++;
          extraNumbers += found - 1;
        }
        m++;
        nextSplit = m < split!.size ? split!.records[m]! : -1;
        continue;
      }
      let status = s.status[i]!;
      if (status === 0) {
        const phoneStatus = batch.status[i]!;
        if (phoneStatus !== 0) status = phoneStatus;
        else if ((batch.flags[i]! & (BATCH_VALID | BATCH_POSSIBLE)) === 0)
          status = 1 + REJECT_IMPOSSIBLE;
      }
      if (status !== 0) {
        s.status[i] = status;
        rejectCounts[status - 1]!++;
        rejects.push({
          line: s.recordLine[i]! + 1,
          code: REJECT_CODES[status - 1]!,
          raw: decoder.decode(
            bytes.subarray(s.recordStart[i], Math.min(s.recordEnd[i]!, s.recordStart[i]! + 200)),
          ),
        });
        continue;
      }
      const region = batch.region[i]!;
      regionRows[region === NO_REGION_INDEX ? noRegion : region]!++;
      if ((batch.flags[i]! & BATCH_VALID) === 0) {
        possibleOnly++;
        continue;
      }
      valid++;
      numbers++;
      rowKey[i] = slots.slot(
        partitionKey(batch.callingCode[i]!, batch.nsnLength[i]!, region, batch.type[i]!),
      );
    }
    const keyList = slots.keys;
    const keyOffsets = new Uint32Array(keyList.length + 1);
    for (let k = 0; k < keyList.length; k++) keyOffsets[k + 1] = keyOffsets[k]! + slots.counts[k]!;
    const cursor = keyOffsets.slice(0, keyList.length);
    const values = new Float64Array(numbers);
    for (let i = 0; i < records; i++) {
      const k = rowKey[i]!;
      if (k < 0) continue;
      values[cursor[k]!++] = batch.nsnHigh[i]! * 1e9 + batch.nsnLow[i]!;
    }
    if (split !== null) {
      const pieces = split.batch;
      for (let j = 0; j < pieces.count; j++) {
        const k = pieceKey[j]!;
        if (k < 0) continue;
        values[cursor[k]!++] = pieces.nsnHigh[j]! * 1e9 + pieces.nsnLow[j]!;
      }
    }

    const rows = options.writeRows
      ? this.writeRows(bytes, records, batch, split, valid + possibleOnly + extraNumbers, options)
      : null;
    return {
      lines: line,
      records,
      headerLines,
      blankLines,
      valid,
      possibleOnly,
      literalQuotes,
      multiNumberRows,
      extraNumbers,
      rejectCounts,
      rejects,
      keys: Float64Array.from(keyList),
      keyOffsets,
      values,
      regionRows,
      filled,
      rows,
      repaired,
    };
  }

  /**
   * Cuts records and fields of delimited or plain-line bytes into the scratch arrays. One pass
   * over the bytes; quoted fields are found with indexOf. Kept apart from run() so that the JIT
   * sees a small loop with its arrays in locals.
   */
  private scanDelimited(
    bytes: Uint8Array,
    options: ChunkOptions,
    filled: Float64Array,
  ): { records: number; blank: number; header: number; lines: number; literal: number } {
    const { dialect, defaultRegion } = options;
    const s = this.scratch;
    const columns = dialect.columns.length;
    const delimiter = dialect.kind === 'text' ? -1 : dialect.delimiter;
    const phoneColumn = dialect.kind === 'text' ? 0 : dialect.phoneColumn;
    const countryColumn = dialect.kind === 'text' ? -1 : dialect.countryColumn;
    const length = bytes.length;
    let skipHeader = options.first && dialect.header;
    let records = 0;
    let blank = 0;
    let header = 0;
    let line = 0;
    let literalRecords = 0;
    let pos = 0;
    let capacity = s.starts.length;
    let recordStarts = s.recordStart;
    let recordEnds = s.recordEnd;
    let recordLines = s.recordLine;
    let fieldCounts = s.fields;
    let cutEnds = s.cutEnd;
    let starts = s.starts;
    let ends = s.ends;
    let statuses = s.status;
    let regions = s.regions;
    let literals = s.literal;
    // Field ends: `offsets[k]` is the first delimiter or LF at or after the cursor (the last
    // entry is `length`). Quoted fields move the cursor past their own delimiters and LFs.
    const offsets = this.fieldIndex.index(bytes, delimiter === -1 ? NEWLINE : delimiter, columns);
    const useModule = this.fieldIndex.canCut;
    let k = 0;
    while (pos < length) {
      // Room for what this turn may add: the module's records, or one.
      const room = useModule && !skipHeader ? CUT_CAPACITY : 1;
      if (records + room > capacity) {
        s.ensure(records + room);
        capacity = s.starts.length;
        recordStarts = s.recordStart;
        recordEnds = s.recordEnd;
        recordLines = s.recordLine;
        fieldCounts = s.fields;
        cutEnds = s.cutEnd;
        starts = s.starts;
        ends = s.ends;
        statuses = s.status;
        regions = s.regions;
        literals = s.literal;
      }
      if (useModule && !skipHeader) {
        // The module cuts records until a quote it must leave to the code below: it stops at
        // that record's start, and this loop reads the one record before asking it again.
        const cut = this.fieldIndex.cut(
          { pos, k, line, blank },
          delimiter,
          phoneColumn,
          countryColumn,
          MAX_QUOTED_BYTES,
        );
        pos = cut.pos;
        k = cut.k;
        line = cut.line;
        blank = cut.blank;
        const n = cut.records;
        for (let c = 0; c < columns; c++) filled[c]! += cut.filled[c]!;
        recordStarts.set(cut.recordStart.subarray(0, n), records);
        recordEnds.set(cut.recordEnd.subarray(0, n), records);
        recordLines.set(cut.recordLine.subarray(0, n), records);
        fieldCounts.set(cut.fields.subarray(0, n), records);
        cutEnds.set(cut.cutEnd.subarray(0, n), records);
        starts.set(cut.phoneStart.subarray(0, n), records);
        ends.set(cut.phoneEnd.subarray(0, n), records);
        literals.fill(0, records, records + n);
        const { countryStart, countryEnd } = cut;
        for (let r = 0; r < n; r++) {
          const at = records + r;
          statuses[at] = recordStatus(
            recordEnds[at]! - recordStarts[at]!,
            delimiter,
            fieldCounts[at]!,
            phoneColumn,
            ends[at]! - starts[at]!,
          );
          const from = countryStart[r]!;
          const to = countryEnd[r]!;
          regions[at] =
            to > from ? this.countryRegion(bytes, from, to, defaultRegion) : defaultRegion;
        }
        records += n;
        if (pos >= length) break;
        if (n === CUT_CAPACITY) continue;
      }
      const recordStart = pos;
      const recordLine = line;
      const recordOffset = k;
      let field = 0;
      let phoneStart = 0;
      let phoneEnd = 0;
      let countryStart = 0;
      let countryEnd = 0;
      let nonEmpty = 0;
      let cutEnd = -1;
      let literal = false;
      for (;;) {
        let fieldStart = pos;
        let fieldEnd: number;
        if (pos < length && bytes[pos] === QUOTE && delimiter !== -1 && !literal) {
          const close = closingQuote(bytes, pos, length, delimiter, true);
          if (close < 0) {
            // The quote is a plain byte: the record is read again from its start, up to its LF.
            unfill(bytes, recordStart, pos, length, delimiter, filled, columns);
            literal = true;
            pos = recordStart;
            k = recordOffset;
            line = recordLine;
            field = 0;
            phoneStart = phoneEnd = countryStart = countryEnd = 0;
            nonEmpty = 0;
            cutEnd = -1;
            continue;
          }
          // Newlines inside a quoted field count as lines.
          for (let k = pos + 1; k < close; k++) if (bytes[k] === NEWLINE) line++;
          fieldStart = pos + 1;
          fieldEnd = close;
          pos = close + 1;
          // Spaces (or a CR and what follows it) up to the delimiter stay out of the value.
          while (offsets[k]! < pos) k++;
          pos = offsets[k]!;
        } else {
          while (offsets[k]! < pos) k++;
          pos = offsets[k]!;
          fieldEnd = pos;
          const b = pos < length ? bytes[pos]! : 0;
          if (fieldEnd > fieldStart && bytes[fieldEnd - 1] === CR && b !== delimiter) fieldEnd--;
        }
        if (fieldEnd > fieldStart) {
          nonEmpty++;
          if (field < columns) filled[field]!++;
        }
        if (field === phoneColumn) {
          phoneStart = fieldStart;
          phoneEnd = fieldEnd;
        } else if (field === countryColumn) {
          countryStart = fieldStart;
          countryEnd = fieldEnd;
        }
        field++;
        if (field === columns) cutEnd = pos;
        if (pos < length && bytes[pos] === delimiter) {
          pos++;
          continue;
        }
        break;
      }
      const recordEnd = pos;
      pos++; // the newline
      line++;
      // A blank line: counted apart. (A row of empty fields is a row with an empty phone.)
      if (nonEmpty === 0 && field <= 1) {
        blank++;
        continue;
      }
      if (skipHeader) {
        skipHeader = false;
        header++;
        filled.fill(0);
        continue;
      }
      recordStarts[records] = recordStart;
      recordEnds[records] = recordEnd;
      recordLines[records] = recordLine;
      fieldCounts[records] = field;
      cutEnds[records] = cutEnd === -1 ? recordEnd : cutEnd;
      starts[records] = phoneStart;
      ends[records] = phoneEnd;
      literals[records] = literal ? 1 : 0;
      if (literal) literalRecords++;
      statuses[records] = recordStatus(
        recordEnd - recordStart,
        delimiter,
        field,
        phoneColumn,
        phoneEnd - phoneStart,
      );
      regions[records] =
        countryEnd > countryStart
          ? this.countryRegion(bytes, countryStart, countryEnd, defaultRegion)
          : defaultRegion;
      records++;
    }
    return { records, blank, header, lines: line, literal: literalRecords };
  }

  /** Two-byte country values by their bytes (UNKNOWN_COUNTRY until looked up). */
  private readonly twoLetterCountries = new Int16Array(1 << 16).fill(UNKNOWN_COUNTRY);
  /**
   * Every other country value ("EGY", "Egypt", "Saudi Arabia") by a hash of its bytes, with its
   * bytes: a value is decoded and looked up once, not once a row (decoding each row's name took
   * a dump of names about 15% longer to ingest than one of codes). A value whose hash another
   * holds is looked up each time; at most COUNTRY_VALUES are kept.
   */
  private readonly countryValues = new Map<number, { bytes: Uint8Array; region: number }>();

  private countryRegion(bytes: Uint8Array, start: number, end: number, fallback: number): number {
    const length = end - start;
    let found: number | undefined;
    if (length === 2) {
      // Two letters (ISO alpha-2), the common case: a table, not a map.
      const key = (bytes[start]! << 8) | bytes[start + 1]!;
      found = this.twoLetterCountries[key]!;
      if (found === UNKNOWN_COUNTRY) {
        found = this.regions.lookup(decoder.decode(bytes.subarray(start, end)));
        this.twoLetterCountries[key] = found;
      }
    } else {
      let hash = FNV_OFFSET ^ length;
      for (let k = start; k < end; k++) hash = Math.imul(hash ^ bytes[k]!, FNV_PRIME);
      const known = this.countryValues.get(hash);
      if (known !== undefined && sameBytes(known.bytes, bytes, start, end)) found = known.region;
      else {
        found = this.regions.lookup(decoder.decode(bytes.subarray(start, end)));
        if (known === undefined && this.countryValues.size < COUNTRY_VALUES) {
          // A copy: the chunk's memory moves back to the main thread (Buffer#slice is a view).
          const copy = Uint8Array.prototype.slice.call(bytes, start, end);
          this.countryValues.set(hash, { bytes: copy, region: found });
        }
      }
    }
    return found === -1 ? fallback : found;
  }

  /**
   * JSON Lines: each line parsed as an object; the phone and country values are copied into a
   * scratch buffer of `value\n` so the batch parser reads them like plain lines.
   */
  private cutJson(
    bytes: Uint8Array,
    options: ChunkOptions,
    filled: Float64Array,
  ): { records: number; blank: number; lines: number; phoneBytes: Uint8Array } {
    const s = this.scratch;
    const { columns, phoneColumn, countryColumn } = options.dialect;
    const phoneKey = columns[phoneColumn]!;
    const countryKey = countryColumn >= 0 ? columns[countryColumn]! : null;
    const parts: string[] = [];
    let offset = 0;
    let records = 0;
    let blank = 0;
    let line = 0;
    let pos = 0;
    while (pos < bytes.length) {
      let end = indexOfByte(bytes, NEWLINE, pos, bytes.length);
      if (end === -1) end = bytes.length;
      const recordLine = line;
      line++;
      const raw = decoder.decode(bytes.subarray(pos, end)).trim();
      const recordStart = pos;
      pos = end + 1;
      if (raw === '') {
        blank++;
        continue;
      }
      s.ensure(records + 1);
      s.recordStart[records] = recordStart;
      s.recordEnd[records] = end;
      s.recordLine[records] = recordLine;
      s.regions[records] = options.defaultRegion;
      s.literal[records] = 0;
      let status = 0;
      let phone = '';
      try {
        // An over-long record is malformed (see MAX_RECORD_BYTES), read as no object.
        const value: unknown = end - recordStart > MAX_RECORD_BYTES ? null : JSON.parse(raw);
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          status = 1 + REJECT_MALFORMED;
        } else {
          const object = value as Record<string, unknown>;
          columns.forEach((name, c) => {
            const v = object[name];
            if (v !== undefined && v !== null && v !== '') filled[c]!++;
          });
          const p = object[phoneKey];
          if (p === undefined || p === null) status = 1 + REJECT_MISSING;
          else {
            // A JSON object or array in the phone field is read as its default text, and rejected.
            // eslint-disable-next-line @typescript-eslint/no-base-to-string
            phone = String(p);
            if (phone === '') status = 1 + REJECT_EMPTY;
          }
          if (countryKey !== null) {
            const c = object[countryKey];
            if (typeof c === 'string' && c !== '') {
              const r = this.regions.lookup(c);
              if (r !== -1) s.regions[records] = r;
            }
          }
        }
      } catch {
        status = 1 + REJECT_MALFORMED;
      }
      phone = phone.replace(/\n/g, ' ');
      s.status[records] = status;
      s.starts[records] = offset;
      const encodedLength = Buffer.byteLength(phone);
      s.ends[records] = offset + encodedLength;
      offset += encodedLength + 1;
      parts.push(phone);
      records++;
    }
    return { records, blank, lines: line, phoneBytes: Buffer.from(parts.join('\n')) };
  }

  /**
   * Cells of several numbers (see the note at the top): which records take their numbers from
   * the pieces of their phone cell, with the pieces parsed in one batch. Null when none does.
   */
  private splitCells(
    phoneBytes: Uint8Array,
    records: number,
    batch: PhoneBatch,
    dialect: Dialect,
  ): SplitCells | null {
    const s = this.scratch;
    // In a `;`-delimited file a `;` can stand in a phone cell only when the cell is quoted.
    const quotedSemicolons = dialect.kind === 'delimited' && dialect.delimiter === SEMICOLON;
    let semicolon = quotedSemicolons ? -1 : phoneBytes.indexOf(SEMICOLON);
    const candidates: number[] = [];
    const pieceStarts: number[] = [];
    const pieceEnds: number[] = [];
    const pieceRegions: number[] = [];
    const firsts: number[] = [];
    for (let i = 0; i < records; i++) {
      if (s.status[i] !== 0) continue;
      const start = s.starts[i]!;
      const end = s.ends[i]!;
      if (
        batch.status[i] === 0 &&
        (batch.flags[i]! & (BATCH_VALID | BATCH_EXTENSION)) === BATCH_VALID
      ) {
        // A clean valid number: split only when a `;` follows it.
        if (quotedSemicolons) {
          if (start === 0 || phoneBytes[start - 1] !== QUOTE) continue;
          if (indexOfByte(phoneBytes, SEMICOLON, start, end) === -1) continue;
        } else {
          if (semicolon === -1) continue;
          if (semicolon < start) {
            semicolon = phoneBytes.indexOf(SEMICOLON, start);
            if (semicolon === -1) continue;
          }
          if (semicolon >= end) continue;
        }
      }
      const before = pieceStarts.length;
      let separators = 0;
      let from = start;
      for (let k = start; k <= end;) {
        const n = k === end ? 1 : separatorAt(phoneBytes, k, end);
        if (n === 0) {
          k++;
          continue;
        }
        if (k < end) separators++;
        let a = from;
        let b = k;
        while (a < b && isBlank(phoneBytes[a]!)) a++;
        while (b > a && isBlank(phoneBytes[b - 1]!)) b--;
        if (b > a) {
          pieceStarts.push(a);
          pieceEnds.push(b);
          pieceRegions.push(s.regions[i]!);
        }
        k += n;
        from = k;
      }
      if (separators === 0 || pieceStarts.length - before > MAX_CELL_PIECES) {
        pieceStarts.length = pieceEnds.length = pieceRegions.length = before;
        continue;
      }
      candidates.push(i);
      firsts.push(before);
    }
    if (candidates.length === 0) return null;
    firsts.push(pieceStarts.length);
    const pieces = this.engine.parseRanges(
      phoneBytes,
      Uint32Array.from(pieceStarts),
      Uint32Array.from(pieceEnds),
      pieceStarts.length,
      Int32Array.from(pieceRegions),
      -1,
      this.phoneFields(),
    );
    // A rejected cell is read from its pieces when one is a number; a parsed one when two are.
    const taken: number[] = [];
    const first: number[] = [];
    const count: number[] = [];
    candidates.forEach((i, c) => {
      const from = firsts[c]!;
      const to = firsts[c + 1]!;
      let found = 0;
      for (let j = from; j < to; j++)
        if (pieces.status[j] === 0 && (pieces.flags[j]! & (BATCH_VALID | BATCH_POSSIBLE)) !== 0)
          found++;
      const whole =
        batch.status[i] === 0 && (batch.flags[i]! & (BATCH_VALID | BATCH_POSSIBLE)) !== 0;
      if (found < (whole ? 2 : 1)) return;
      taken.push(i);
      first.push(from);
      count.push(to - from);
    });
    if (taken.length === 0) return null;
    return {
      size: taken.length,
      records: Uint32Array.from(taken),
      first: Uint32Array.from(first),
      count: Uint32Array.from(count),
      batch: pieces,
    };
  }

  /**
   * The chunk's rows for rows.parquet, one per number (`numbers` of them; see rows.ts): our
   * columns, then the record's fields as the number pass read them (writeFields).
   */
  private writeRows(
    bytes: Buffer,
    records: number,
    batch: PhoneBatch,
    split: SplitCells | null,
    numbers: number,
    options: ChunkOptions,
  ): ChunkRows | null {
    const s = this.scratch;
    const { dialect } = options;
    const { kind } = dialect;
    // Kept from chunk to chunk, with the memory its columns grew to: a chunk from the main
    // thread brings a copy of the dialect each time, so it is matched by its column count.
    let rows = this.rows;
    const sourceColumns = sourceColumnCount(dialect);
    if (rows === null || rows.sourceColumns !== sourceColumns) {
      rows = new RowsEncoder(sourceColumns, this.engine.regionIds.length);
      this.rows = rows;
    }
    rows.reset();
    const columnCount = kind === 'delimited' ? dialect.columns.length : 0;
    const delimiter = kind === 'delimited' ? dialect.delimiter : -1;
    if (this.fieldFrom.length < columnCount) {
      this.fieldFrom = new Uint32Array(columnCount);
      this.fieldTo = new Uint32Array(columnCount);
      this.fieldQuoted = new Uint8Array(columnCount);
    }
    const fieldFrom = this.fieldFrom;
    const fieldTo = this.fieldTo;
    const fieldQuoted = this.fieldQuoted;
    const length = bytes.length;
    // With the module, the record's columns are cut and written there, from a table of rows;
    // without, field by field here (writeFields). The two are held equal by the tests.
    const table =
      kind === 'delimited' && this.fieldIndex.canCut ? this.fieldIndex.rowTable(numbers) : null;
    let tabled = 0;
    let cellBound = 0;
    let m = 0;
    for (let i = 0; i < records; i++) {
      if (s.status[i] !== 0) continue;
      const start = s.recordStart[i]!;
      let end = s.recordEnd[i]!;
      if (end > start && bytes[end - 1] === CR) end--;
      let first = i;
      let last = i + 1;
      let from: PhoneBatch = batch;
      if (split !== null && m < split.size && split.records[m] === i) {
        from = split.batch;
        first = split.first[m]!;
        last = first + split.count[m]!;
        m++;
      }
      const line = s.recordLine[i]! + 1;
      let fields = -1;
      for (let j = first; j < last; j++) {
        const flags = from.flags[j]!;
        if (from.status[j] !== 0 || (flags & (BATCH_VALID | BATCH_POSSIBLE)) === 0) continue;
        rows.number(
          line,
          from.callingCode[j]!,
          from.nsnLength[j]!,
          from.nsnHigh[j]!,
          from.nsnLow[j]!,
          from.region[j]!,
          from.type[j]!,
          (flags & BATCH_VALID) !== 0,
        );
        if (kind === 'jsonl') rows.json(bytes, start, end);
        else if (table !== null) {
          table[3 * tabled] = start;
          table[3 * tabled + 1] = end;
          table[3 * tabled + 2] = s.literal[i]!;
          tabled++;
          cellBound += Math.min(columnCount, end - start + 1);
        } else if (kind === 'delimited') {
          if (fields === -1) {
            // The record's fields, cut and written for its first number in one pass.
            fields = writeFields(
              rows,
              bytes,
              start,
              end,
              length,
              delimiter,
              s.literal[i] !== 0,
              columnCount,
              fieldFrom,
              fieldTo,
              fieldQuoted,
            );
            continue;
          }
          for (let f = 0; f < fields; f++)
            rows.field(f, bytes, fieldFrom[f]!, fieldTo[f]!, fieldQuoted[f] !== 0);
          for (let f = fields; f < columnCount; f++) rows.null(f);
        }
      }
    }
    const codec = options.rowsCodec ?? DEFAULT_ROWS_CODEC;
    if (table === null) return rows.finish(codec);
    const bodies = this.fieldIndex.recordColumns(
      tabled,
      delimiter,
      columnCount,
      MAX_QUOTED_BYTES,
      cellBound,
    );
    return rows.finish(codec, bodies);
  }
}

/**
 * Writes the first `columns` fields of the record `bytes[start..end)` (its final CR left out)
 * to `rows` as the number pass read them, and nulls for those it lacks: a quoted field's content
 * between its quotes (bytes after its closing quote are dropped), any other field as it stands.
 * `literal`: the record was read with its quotes as plain bytes. Where each field is goes in
 * from/to/quoted, for the record's other numbers; returns how many fields it has.
 */
function writeFields(
  rows: RowsEncoder,
  bytes: Buffer,
  start: number,
  end: number,
  length: number,
  delimiter: number,
  literal: boolean,
  columns: number,
  from: Uint32Array,
  to: Uint32Array,
  quoted: Uint8Array,
): number {
  let pos = start;
  let f = 0;
  for (; f < columns && pos <= end; f++) {
    if (!literal && pos < end && bytes[pos] === QUOTE) {
      const close = Math.max(pos + 1, closingQuote(bytes, pos, length, delimiter, true));
      from[f] = pos + 1;
      to[f] = close;
      quoted[f] = 1;
      rows.field(f, bytes, pos + 1, close, true);
      pos = close + 1;
      while (pos < end && bytes[pos] !== delimiter) pos++;
    } else {
      from[f] = pos;
      pos = rows.fieldUntil(f, bytes, pos, end, delimiter);
      to[f] = pos;
      quoted[f] = 0;
    }
    pos++; // past the delimiter, or past the record's end
  }
  for (let g = f; g < columns; g++) rows.null(g);
  return f;
}

/**
 * Takes back the fill counts of the fields of `bytes[start..end)`, read with quotes, before the
 * record is read again literally. `end` starts a field, so every field before it ends at a
 * delimiter, and every quoted one among them closed.
 */
function unfill(
  bytes: Uint8Array,
  start: number,
  end: number,
  length: number,
  delimiter: number,
  filled: Float64Array,
  columns: number,
): void {
  let pos = start;
  for (let field = 0; pos < end; field++) {
    let empty: boolean;
    if (bytes[pos] === QUOTE) {
      const close = closingQuote(bytes, pos, length, delimiter, true);
      empty = close === pos + 1;
      pos = close + 1;
      while (bytes[pos] !== delimiter) pos++;
    } else {
      const from = pos;
      while (bytes[pos] !== delimiter) pos++;
      empty = pos === from;
    }
    if (!empty && field < columns) filled[field]!--;
    pos++;
  }
}

/**
 * Length of the separator between numbers at `bytes[k]` in a cell ending at `end`, 0 for none:
 * `/` `;` `,` `|` LF, or " or ", " ou ", " oder ", " o " in any case.
 */
function separatorAt(bytes: Uint8Array, k: number, end: number): number {
  const b = bytes[k]!;
  if (b === 47 || b === SEMICOLON || b === COMMA || b === 124 || b === NEWLINE) return 1;
  if (b !== SPACE || k + 2 >= end || (bytes[k + 1]! | 32) !== 111) return 0;
  const c = bytes[k + 2]!;
  if (c === SPACE) return 3;
  if (k + 3 >= end) return 0;
  const lower = c | 32;
  if ((lower === 114 || lower === 117) && bytes[k + 3] === SPACE) return 4; // or, ou
  if (
    lower === 100 && // oder
    k + 5 < end &&
    (bytes[k + 3]! | 32) === 101 &&
    (bytes[k + 4]! | 32) === 114 &&
    bytes[k + 5] === SPACE
  )
    return 6;
  return 0;
}

function isBlank(b: number): boolean {
  return b === SPACE || b === TAB || b === CR;
}

function indexOfByte(bytes: Uint8Array, byte: number, from: number, to: number): number {
  const i = bytes.indexOf(byte, from);
  return i === -1 || i >= to ? -1 : i;
}

/**
 * A cut record's status: 0, or 1 + its reject code (too long, no phone field, an empty one).
 * `delimiter` -1 (plain lines) has no length limit.
 */
function recordStatus(
  bytes: number,
  delimiter: number,
  fields: number,
  phoneColumn: number,
  phoneBytes: number,
): number {
  if (bytes > MAX_RECORD_BYTES && delimiter !== -1) return 1 + REJECT_MALFORMED;
  if (fields <= phoneColumn) return 1 + REJECT_MISSING;
  return phoneBytes === 0 ? 1 + REJECT_EMPTY : 0;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Country values a normaliser keeps the region of, beyond two-byte ones (see countryValues). */
const COUNTRY_VALUES = 100_000;

function sameBytes(known: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (known.length !== end - start) return false;
  for (let i = 0; i < known.length; i++) if (known[i] !== bytes[start + i]) return false;
  return true;
}

/** The same memory as a Buffer (no copy). */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
