/**
 * The normaliser's field cutting in WebAssembly (wasm/field-index.ts): the offsets of every
 * delimiter and line feed of a chunk, found 16 bytes at a time (or byte by byte here when the
 * module is not built), and the cutting of records from one offset to the next (cut(), with the
 * module only; chunk.ts cuts in TypeScript without it, and the records cut() leaves to it).
 * Single thread, 1M records of the bench dump: 282 ns a record in TypeScript, 132 with cut().
 * With the module, the record columns of rows.parquet are cut and written there too
 * (recordColumns()).
 */
import { WASM_PAGE, instantiateWasm, type WasmMemory } from '../wasm.js';
import {
  ANY_DELIMITER,
  FALLBACK_BYTES,
  MAX_QUOTED_BYTES,
  QUOTE,
  recordBoundary,
} from './records.js';
import { MAX_COLUMNS } from './sniff.js';

interface Exports {
  readonly memory: WasmMemory;
  heapBase(): number;
  index(from: number, end: number, delimiter: number, out: number): number;
  cut(
    base: number,
    length: number,
    offsets: number,
    state: number,
    delimiter: number,
    columns: number,
    phoneColumn: number,
    countryColumn: number,
    maxQuoted: number,
    capacity: number,
    out: number,
    filled: number,
    flags: number,
    offsetCount: number,
  ): number;
  cells(
    base: number,
    length: number,
    offsets: number,
    rows: number,
    count: number,
    delimiter: number,
    columns: number,
    maxQuoted: number,
    cells: number,
    rowCells: number,
    sizes: number,
  ): number;
  columns(
    base: number,
    count: number,
    columns: number,
    cells: number,
    rowCells: number,
    sizes: number,
    out: number,
  ): void;
  boundary(
    base: number,
    length: number,
    last: number,
    delimiter: number,
    maxQuoted: number,
    fallback: number,
  ): number;
}

/** Records cut() writes per call at most. */
export const CUT_CAPACITY = 1 << 14;
/** cut()'s per-record outputs, in the module's order (wasm/field-index.ts). */
const CUT_ARRAYS = 9;

/** Where cut() starts and stops: position, offset index, line, blank lines so far. */
export interface CutCursor {
  pos: number;
  k: number;
  line: number;
  blank: number;
}

/** The cursor after one cut() call, and its results. */
export interface Cut extends CutCursor {
  /** Records written into the arrays below, each valid until the next index() or cut(). */
  records: number;
  recordStart: Uint32Array;
  recordEnd: Uint32Array;
  recordLine: Uint32Array;
  fields: Uint32Array;
  cutEnd: Uint32Array;
  phoneStart: Uint32Array;
  phoneEnd: Uint32Array;
  countryStart: Uint32Array;
  countryEnd: Uint32Array;
  /** Non-empty fields by column, over the records of this call. */
  filled: Uint32Array;
}

/** Readable bytes the module may look at past the end of the input. */
const SLACK = 32;
/** Entries the module's index() may write past its last one (see there). */
const INDEX_SPARE = 4;
const NEWLINE = 10;
/** boundary() reads inputs up to this size in the module (the main thread's pending bytes). */
const BOUNDARY_COPY_BYTES = 64 << 20;

export class FieldIndex {
  private readonly exports: Exports | null;
  private memory = new Uint8Array(0);
  private offsets = new Uint32Array(1);
  /** Where the last index() put its input, its offsets and cut()'s space, in the module. */
  private layout = {
    input: 0,
    length: 0,
    offsets: 0,
    count: 0,
    state: 0,
    out: 0,
    filled: 0,
    flags: 0,
  };
  /** Where rowTable() put its rows (after cut()'s space), and for how many. */
  private rows = { at: 0, capacity: 0 };
  private columns = 0;
  /** cut()'s results, views of the module's memory, reused. */
  private readonly result: Cut = {
    pos: 0,
    k: 0,
    line: 0,
    blank: 0,
    records: 0,
    recordStart: new Uint32Array(0),
    recordEnd: new Uint32Array(0),
    recordLine: new Uint32Array(0),
    fields: new Uint32Array(0),
    cutEnd: new Uint32Array(0),
    phoneStart: new Uint32Array(0),
    phoneEnd: new Uint32Array(0),
    countryStart: new Uint32Array(0),
    countryEnd: new Uint32Array(0),
    filled: new Uint32Array(0),
  };

  /** `useModule` false keeps to the TypeScript paths (for tests that compare the two). */
  constructor(useModule = true) {
    this.exports = useModule ? (instantiateWasm('field-index') as Exports | null) : null;
  }

  /** Whether cut() is there: the module is built. */
  get canCut(): boolean {
    return this.exports !== null;
  }

  /**
   * Offsets in `bytes` of each byte equal to `delimiter` or LF, ascending, then `bytes.length`
   * (so that a search for the next one always ends). Valid until the next call. With the
   * module, also keeps `bytes` and room for cut() over `columns` columns.
   */
  index(bytes: Uint8Array, delimiter: number, columns = 0): Uint32Array {
    const exports = this.exports;
    if (exports === null) return this.indexHere(bytes, delimiter);
    const input = align(exports.heapBase(), 16);
    const offsets = align(input + bytes.length + SLACK, 16);
    const state = align(offsets + 4 * (bytes.length + 1 + INDEX_SPARE), 16);
    const out = state + 16;
    const filled = out + 4 * CUT_ARRAYS * CUT_CAPACITY;
    const flags = filled + 4 * columns;
    this.reserve(flags + columns);
    this.memory.set(bytes, input);
    this.columns = columns;
    const count = exports.index(input, input + bytes.length, delimiter, offsets);
    this.layout = { input, length: bytes.length, offsets, count, state, out, filled, flags };
    return new Uint32Array(this.memory.buffer, offsets, count + 1);
  }

  /**
   * Cuts records of the bytes of the last index() from `from` (see cut() in
   * wasm/field-index.ts: up to CUT_CAPACITY records, stopping before a record whose opening
   * quote is to be taken literally); returns them with the cursor past them (valid until the
   * next call). Only with the module.
   */
  cut(
    from: CutCursor,
    delimiter: number,
    phoneColumn: number,
    countryColumn: number,
    maxQuoted: number,
  ): Cut {
    const at = this.result;
    const exports = this.exports!;
    const { input, length, offsets, count, state, out, filled, flags } = this.layout;
    const memory = this.memory.buffer;
    const cursor = new Uint32Array(memory, state, 4);
    cursor[0] = from.pos;
    cursor[1] = from.k;
    cursor[2] = from.line;
    cursor[3] = from.blank;
    const counts = new Uint32Array(memory, filled, this.columns);
    counts.fill(0);
    at.records = exports.cut(
      input,
      length,
      offsets,
      state,
      delimiter,
      this.columns,
      phoneColumn,
      countryColumn,
      maxQuoted,
      CUT_CAPACITY,
      out,
      filled,
      flags,
      count,
    );
    at.pos = cursor[0]!;
    at.k = cursor[1]!;
    at.line = cursor[2]!;
    at.blank = cursor[3]!;
    if (at.recordStart.buffer !== memory || at.recordStart.byteOffset !== out) {
      const array = (i: number): Uint32Array =>
        new Uint32Array(memory, out + 4 * i * CUT_CAPACITY, CUT_CAPACITY);
      at.recordStart = array(0);
      at.recordEnd = array(1);
      at.recordLine = array(2);
      at.fields = array(3);
      at.cutEnd = array(4);
      at.phoneStart = array(5);
      at.phoneEnd = array(6);
      at.countryStart = array(7);
      at.countryEnd = array(8);
    }
    at.filled = counts;
    return at;
  }

  /**
   * Room in the module for `count` rows of recordColumns() (3 u32s a row: its record's start,
   * its end without a final CR, 1 when read with literal quotes), for the input of the last
   * index(). Only with the module.
   */
  rowTable(count: number): Uint32Array {
    const at = align(this.layout.flags + this.columns, 16);
    this.reserve(at + 12 * count);
    this.rows = { at, capacity: count };
    return new Uint32Array(this.memory.buffer, at, 3 * count);
  }

  /**
   * rows.parquet's record columns for the first `count` rows of rowTable(): the page body of
   * each of `columns` columns (definition levels, then PLAIN values; see cells() in
   * wasm/field-index.ts), as views of the module's memory valid until the next call.
   * `cellBound`: the rows' fields, at most (see cells()).
   */
  recordColumns(
    count: number,
    delimiter: number,
    columns: number,
    maxQuoted: number,
    cellBound: number,
  ): Uint8Array[] {
    const exports = this.exports!;
    const { input, length, offsets } = this.layout;
    if (count > this.rows.capacity) throw new Error('FieldIndex: more rows than rowTable() made');
    // The module keeps a cursor per column for as many as the sniffer reads (MAX_COLUMNS).
    if (columns > MAX_COLUMNS) throw new Error('FieldIndex: more columns than the module has');
    const rows = this.rows.at;
    const cells = align(rows + 12 * count, 16);
    const rowCells = align(cells + 12 * cellBound, 16);
    const sizes = align(rowCells + 8 * count, 16);
    const out = align(sizes + 4 * columns, 16);
    this.reserve(out);
    const total = exports.cells(
      input,
      length,
      offsets,
      rows,
      count,
      delimiter,
      columns,
      maxQuoted,
      cells,
      rowCells,
      sizes,
    );
    this.reserve(out + total + SLACK);
    exports.columns(input, count, columns, cells, rowCells, sizes, out);
    const memory = this.memory.buffer;
    const size = new Uint32Array(memory, sizes, columns);
    const bodies: Uint8Array[] = [];
    let at = out;
    for (let c = 0; c < columns; c++) {
      bodies.push(new Uint8Array(memory, at, size[c]));
      at += size[c]!;
    }
    return bodies;
  }

  /**
   * recordBoundary() (records.ts): where the main thread may cut `bytes[0..length)` into a
   * chunk. The module reads the quoted fields in one pass over a copy of the bytes, where the
   * TypeScript makes a native call per quote and line feed (282 ms of the main thread for the
   * 5M-row bench dump, 36% of whose rows quote a field). Inputs larger than BOUNDARY_COPY_BYTES
   * (only a run of long records makes one) and inputs without a quote before their last LF are
   * read in TypeScript, without a copy.
   */
  boundary(bytes: Uint8Array, length: number, quotes: boolean, delimiter = ANY_DELIMITER): number {
    const exports = this.exports;
    const last = length === 0 ? -1 : bytes.lastIndexOf(NEWLINE, length - 1);
    if (exports === null || !quotes || last === -1 || length > BOUNDARY_COPY_BYTES)
      return recordBoundary(bytes, length, quotes, delimiter);
    const firstQuote = bytes.indexOf(QUOTE);
    if (firstQuote === -1 || firstQuote > last) return last + 1;
    const input = align(exports.heapBase(), 16);
    this.reserve(input + length + SLACK);
    this.memory.set(bytes.subarray(0, length), input);
    return exports.boundary(input, length, last, delimiter, MAX_QUOTED_BYTES, FALLBACK_BYTES);
  }

  /** Grows the module's memory to `end` bytes at least, and keeps its view current. */
  private reserve(end: number): void {
    const exports = this.exports!;
    const have = exports.memory.buffer.byteLength;
    if (end > have) exports.memory.grow(Math.ceil((end - have) / WASM_PAGE));
    if (this.memory.buffer !== exports.memory.buffer) {
      this.memory = new Uint8Array(exports.memory.buffer);
    }
  }

  private indexHere(bytes: Uint8Array, delimiter: number): Uint32Array {
    if (this.offsets.length < bytes.length + 1) this.offsets = new Uint32Array(bytes.length + 1);
    const offsets = this.offsets;
    let count = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b === 10 || b === delimiter) offsets[count++] = i;
    }
    offsets[count] = bytes.length;
    return offsets.subarray(0, count + 1);
  }
}

function align(value: number, to: number): number {
  return Math.ceil(value / to) * to;
}
