/**
 * The normaliser: one chunk of whole records in, typed arrays out. It runs in worker threads
 * (chunk-worker.ts) and is a plain function so that tests call it directly.
 *
 * Per chunk it cuts records and fields out of the bytes (RFC 4180 quoting, ragged rows), parses
 * every phone field in one batch call with each row's country as default region, and returns:
 * - the valid numbers grouped by partition key (calling code, length, region, type), so that the
 *   main thread appends a few arrays per chunk instead of touching every row;
 * - counts (rows, blanks, valid, possible-only, rejects by code, rows by region, filled fields);
 * - the rejects with their line (relative to the chunk) and reason;
 * - optionally the accepted rows as CSV for rows.parquet: chunk-relative line, E.164, region,
 *   type, valid, then the original record verbatim, so that no field is decoded here.
 */
import { BATCH_POSSIBLE, BATCH_VALID, NO_REGION_INDEX, type PhoneEngine } from '../phone/index.js';
import { PHONE_TYPES } from '../phone/index.js';
import {
  REJECT_CODES,
  REJECT_EMPTY,
  REJECT_IMPOSSIBLE,
  REJECT_MALFORMED,
  REJECT_MISSING,
  partitionKey,
  type Dialect,
} from './dialect.js';
import type { RegionMapper } from '../countries/index.js';

const QUOTE = 34;
const NEWLINE = 10;
const CR = 13;
const COMMA = 44;

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
  readonly valid: number;
  readonly possibleOnly: number;
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
  /** CSV of accepted rows (empty unless asked). */
  readonly rows: Uint8Array;
}

export interface ChunkOptions {
  readonly dialect: Dialect;
  /** Default region index for rows without a country (-1 for none). */
  readonly defaultRegion: number;
  /** This chunk starts the file: its first record is the header when the dialect has one. */
  readonly first: boolean;
  readonly writeRows: boolean;
  /** Chunk number, written first in each row so that lines can be made absolute later. */
  readonly chunk: number;
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
  }
}

const decoder = new TextDecoder();

export class Normaliser {
  private readonly scratch = new Scratch();
  private readonly typeNames: Uint8Array[];
  private readonly regionNames: Uint8Array[];

  constructor(
    private readonly engine: PhoneEngine,
    private readonly regions: RegionMapper,
  ) {
    const encoder = new TextEncoder();
    this.typeNames = ['', ...PHONE_TYPES].map((t) => encoder.encode(t));
    this.regionNames = engine.regionIds.map((r) => encoder.encode(r));
  }

  run(bytes: Uint8Array, options: ChunkOptions): ChunkResult {
    const { dialect } = options;
    const s = this.scratch;
    const columns = dialect.columns.length;
    const filled = new Float64Array(columns);
    const rejectCounts = new Uint32Array(REJECT_CODES.length);
    let records = 0;
    let blankLines = 0;
    let headerLines = 0;
    let line = 0;
    let phoneBytes = bytes;

    if (dialect.kind === 'jsonl') {
      const cut = this.cutJson(bytes, options, filled);
      records = cut.records;
      blankLines = cut.blank;
      line = cut.lines;
      phoneBytes = cut.phoneBytes;
    } else {
      const cut = this.scanDelimited(bytes, options, filled);
      records = cut.records;
      blankLines = cut.blank;
      headerLines = cut.header;
      line = cut.lines;
    }

    const batch = this.engine.parseRanges(phoneBytes, s.starts, s.ends, records, s.regions);

    // Group valid numbers by partition key: count, then place.
    const keyIndex = new Map<number, number>();
    const keyList: number[] = [];
    const keyCounts: number[] = [];
    const rowKey = new Int32Array(records);
    const regionRows = new Float64Array(this.engine.regionIds.length + 1);
    const noRegion = this.engine.regionIds.length;
    let valid = 0;
    let possibleOnly = 0;
    const rejects: ChunkReject[] = [];
    for (let i = 0; i < records; i++) {
      rowKey[i] = -1;
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
      const key = partitionKey(batch.callingCode[i]!, batch.nsnLength[i]!, region, batch.type[i]!);
      let k = keyIndex.get(key);
      if (k === undefined) {
        k = keyList.length;
        keyIndex.set(key, k);
        keyList.push(key);
        keyCounts.push(0);
      }
      keyCounts[k]!++;
      rowKey[i] = k;
    }
    const keyOffsets = new Uint32Array(keyList.length + 1);
    for (let k = 0; k < keyList.length; k++) keyOffsets[k + 1] = keyOffsets[k]! + keyCounts[k]!;
    const cursor = keyOffsets.slice(0, keyList.length);
    const values = new Float64Array(valid);
    for (let i = 0; i < records; i++) {
      const k = rowKey[i]!;
      if (k < 0) continue;
      values[cursor[k]!++] = batch.nsnHigh[i]! * 1e9 + batch.nsnLow[i]!;
    }

    const rows = options.writeRows
      ? this.writeRows(bytes, records, batch, options)
      : new Uint8Array(0);
    return {
      lines: line,
      records,
      headerLines,
      blankLines,
      valid,
      possibleOnly,
      rejectCounts,
      rejects,
      keys: Float64Array.from(keyList),
      keyOffsets,
      values,
      regionRows,
      filled,
      rows,
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
  ): { records: number; blank: number; header: number; lines: number } {
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
    while (pos < length) {
      const recordStart = pos;
      const recordLine = line;
      let field = 0;
      let phoneStart = 0;
      let phoneEnd = 0;
      let countryStart = 0;
      let countryEnd = 0;
      let malformed = false;
      let nonEmpty = 0;
      let cutEnd = -1;
      for (;;) {
        let fieldStart = pos;
        let fieldEnd: number;
        if (pos < length && bytes[pos] === QUOTE && delimiter !== -1) {
          // Quoted field: runs to the next quote not doubled; newlines inside count as lines.
          let q = pos + 1;
          for (;;) {
            const next = indexOfByte(bytes, QUOTE, q, length);
            if (next === -1) {
              malformed = true;
              q = length;
              break;
            }
            for (let k = q; k < next; k++) if (bytes[k] === NEWLINE) line++;
            if (next + 1 < length && bytes[next + 1] === QUOTE) {
              q = next + 2;
              continue;
            }
            q = next;
            break;
          }
          fieldStart = pos + 1;
          fieldEnd = q;
          pos = q + 1;
          // Anything between the closing quote and the delimiter is kept out of the value.
          while (pos < length && bytes[pos] !== delimiter && bytes[pos] !== NEWLINE) pos++;
        } else {
          let b = 0;
          while (pos < length && (b = bytes[pos]!) !== NEWLINE && b !== delimiter) pos++;
          fieldEnd = pos;
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
      if (records === capacity) {
        s.ensure(records + 1);
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
      }
      recordStarts[records] = recordStart;
      recordEnds[records] = recordEnd;
      recordLines[records] = recordLine;
      fieldCounts[records] = field;
      cutEnds[records] = cutEnd === -1 ? recordEnd : cutEnd;
      starts[records] = phoneStart;
      ends[records] = phoneEnd;
      statuses[records] = malformed
        ? 1 + REJECT_MALFORMED
        : field <= phoneColumn
          ? 1 + REJECT_MISSING
          : phoneEnd === phoneStart
            ? 1 + REJECT_EMPTY
            : 0;
      regions[records] =
        countryEnd > countryStart
          ? this.countryRegion(bytes, countryStart, countryEnd, defaultRegion)
          : defaultRegion;
      records++;
    }
    return { records, blank, header, lines: line };
  }

  /** Country values of up to 3 bytes ("EG", "EGY") by packed bytes: no string per row. */
  private readonly shortCountries = new Map<number, number>();

  private countryRegion(bytes: Uint8Array, start: number, end: number, fallback: number): number {
    const length = end - start;
    let found: number | undefined;
    if (length <= 3) {
      let key = length;
      for (let k = start; k < end; k++) key = key * 256 + bytes[k]!;
      found = this.shortCountries.get(key);
      if (found === undefined) {
        found = this.regions.lookup(decoder.decode(bytes.subarray(start, end)));
        this.shortCountries.set(key, found);
      }
    } else found = this.regions.lookup(decoder.decode(bytes.subarray(start, end)));
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
      let status = 0;
      let phone = '';
      try {
        const value: unknown = JSON.parse(raw);
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
   * CSV rows for rows.parquet: chunk, line, e164, region, type, valid, then the original record
   * (delimited: its fields; JSON Lines: one quoted field; plain lines: nothing more).
   */
  private writeRows(
    bytes: Uint8Array,
    records: number,
    batch: ReturnType<PhoneEngine['parseRanges']>,
    options: ChunkOptions,
  ): Uint8Array {
    const s = this.scratch;
    const { kind } = options.dialect;
    // Delimited rows keep their own delimiter so the original record reads as further columns.
    const sep = kind === 'delimited' ? options.dialect.delimiter : COMMA;
    const columnCount = options.dialect.columns.length;
    let size = 0;
    for (let i = 0; i < records; i++)
      if (s.status[i] === 0) size += 64 + columnCount + 2 * (s.recordEnd[i]! - s.recordStart[i]!);
    // Not from Buffer's pool: the result is transferred to the main thread.
    const out = Buffer.allocUnsafeSlow(size);
    let p = 0;
    const digits = new Uint8Array(20);
    for (let i = 0; i < records; i++) {
      if (s.status[i] !== 0) continue;
      p = writeUint(out, p, options.chunk, digits);
      out[p++] = sep;
      p = writeUint(out, p, s.recordLine[i]! + 1, digits);
      out[p++] = sep;
      out[p++] = 43; // +
      p = writeUint(out, p, batch.callingCode[i]!, digits);
      const length = batch.nsnLength[i]!;
      if (length > 9) {
        p = writePadded(out, p, batch.nsnHigh[i]!, length - 9, digits);
        p = writePadded(out, p, batch.nsnLow[i]!, 9, digits);
      } else p = writePadded(out, p, batch.nsnLow[i]!, length, digits);
      out[p++] = sep;
      const region = batch.region[i]!;
      if (region !== NO_REGION_INDEX) {
        const name = this.regionNames[region]!;
        out.set(name, p);
        p += name.length;
      }
      out[p++] = sep;
      const type = this.typeNames[batch.type[i]!]!;
      out.set(type, p);
      p += type.length;
      out[p++] = sep;
      out[p++] = (batch.flags[i]! & BATCH_VALID) !== 0 ? 116 : 102; // t / f
      const start = s.recordStart[i]!;
      let end = s.recordEnd[i]!;
      if (end > start && bytes[end - 1] === CR) end--;
      if (kind === 'jsonl') {
        // JSON Lines: the whole record as one quoted CSV field.
        out[p++] = sep;
        out[p++] = QUOTE;
        for (let k = start; k < end; k++) {
          const b = bytes[k]!;
          if (b === QUOTE) out[p++] = QUOTE;
          out[p++] = b;
        }
        out[p++] = QUOTE;
      } else if (kind === 'delimited') {
        // Exactly the dialect's columns: extra fields cut, missing ones padded empty.
        out[p++] = sep;
        const cut = Math.min(end, s.cutEnd[i]!);
        // A native copy beats a byte loop once the record is longer than a few words.
        if (cut - start > 24) {
          out.set(bytes.subarray(start, cut), p);
          p += cut - start;
        } else for (let k = start; k < cut; k++) out[p++] = bytes[k]!;
        for (let f = s.fields[i]!; f < columnCount; f++) out[p++] = sep;
      }
      out[p++] = NEWLINE;
    }
    return out.subarray(0, p);
  }
}

function indexOfByte(bytes: Uint8Array, byte: number, from: number, to: number): number {
  const i = bytes.indexOf(byte, from);
  return i === -1 || i >= to ? -1 : i;
}

function writeUint(out: Uint8Array, p: number, value: number, digits: Uint8Array): number {
  let n = 0;
  do {
    digits[n++] = 48 + (value % 10);
    value = Math.floor(value / 10);
  } while (value > 0);
  while (n > 0) out[p++] = digits[--n]!;
  return p;
}

function writePadded(
  out: Uint8Array,
  p: number,
  value: number,
  width: number,
  digits: Uint8Array,
): number {
  for (let n = 0; n < width; n++) {
    digits[n] = 48 + (value % 10);
    value = Math.floor(value / 10);
  }
  for (let n = width - 1; n >= 0; n--) out[p++] = digits[n]!;
  return p;
}
