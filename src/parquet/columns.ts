/**
 * Column encoders: the values of one data page, added one at a time from a hot loop, then made
 * into the page (see pages.ts for the layouts). Each is reused page after page (reset()), so a
 * thread that writes page after page allocates only the page itself.
 */
import {
  Codec,
  Encoding,
  bitPack,
  bitWidth,
  dataPage,
  hybridBitPacked,
  hybridBitPackedSize,
  type Page,
} from './pages.js';
import { varintSize, writeVarint, zigzag } from './thrift.js';

const QUOTE = 0x22;

/** A bit per value, added in order, least significant bit first: definition levels, booleans. */
class Bitmap {
  private bits = new Uint8Array(1 << 13);

  /** Sets bit `i` (set in order from 0: its byte is cleared when first reached). */
  set(i: number, on: boolean): void {
    const byte = i >> 3;
    if ((i & 7) === 0) {
      if (byte >= this.bits.length) {
        const grown = new Uint8Array(this.bits.length * 2);
        grown.set(this.bits);
        this.bits = grown;
      }
      this.bits[byte] = 0;
    }
    if (on) this.bits[byte]! |= 1 << (i & 7);
  }

  /** Sets the first `count` bits, bit i on when `values[i]` is at least `min`: a byte at a time. */
  setAtLeast(values: ArrayLike<number>, count: number, min: number): void {
    const need = Math.ceil(count / 8);
    if (need > this.bits.length) {
      const grown = new Uint8Array(Math.max(need, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    const bits = this.bits;
    const whole = count & ~7;
    let byte = 0;
    for (let i = 0; i < whole; i += 8, byte++)
      bits[byte] =
        (values[i]! >= min ? 1 : 0) |
        (values[i + 1]! >= min ? 2 : 0) |
        (values[i + 2]! >= min ? 4 : 0) |
        (values[i + 3]! >= min ? 8 : 0) |
        (values[i + 4]! >= min ? 16 : 0) |
        (values[i + 5]! >= min ? 32 : 0) |
        (values[i + 6]! >= min ? 64 : 0) |
        (values[i + 7]! >= min ? 128 : 0);
    if (whole < count) {
      let last = 0;
      for (let i = whole; i < count; i++) if (values[i]! >= min) last |= 1 << (i - whole);
      bits[byte] = last;
    }
  }

  /** The bytes of the first `count` bits (a view, valid until the next set()). */
  bytes(count: number): Uint8Array {
    return this.bits.subarray(0, Math.ceil(count / 8));
  }
}

/** Definition levels of an optional column: a bit per value, set when not null. */
class Levels extends Bitmap {
  /** Bytes write() takes for `count` levels. */
  size(count: number): number {
    return 4 + hybridBitPackedSize(count, 1);
  }

  /** The levels of `count` values as a data page has them: their length, then one run. */
  write(count: number, out: Uint8Array, p: number): number {
    const bits = this.bytes(count);
    const start = p + 4;
    let q = writeVarint(out, start, bits.length * 2 + 1);
    out.set(bits, q);
    q += bits.length;
    new DataView(out.buffer, out.byteOffset).setUint32(p, q - start, true);
    return q;
  }
}

/**
 * UTF-8 text, PLAIN. In an optional column an empty value is null (as DuckDB reads an empty CSV
 * field); in a required one it is the empty string. Values are copied byte by byte below a few
 * words (a native copy costs more than the loop), and the bytes are always Buffers, so that the
 * loops see one kind of array.
 */
export class TextColumn {
  private values = Buffer.allocUnsafeSlow(1 << 16);
  private size = 0;
  private readonly levels: Levels | null;
  private body = Buffer.allocUnsafeSlow(0);
  /** Values added since reset(), nulls included. */
  count = 0;

  constructor(optional: boolean) {
    this.levels = optional ? new Levels() : null;
  }

  reset(): void {
    this.size = 0;
    this.count = 0;
  }

  /** The value `bytes[from..to)`. */
  add(bytes: Buffer, from: number, to: number): void {
    const length = to - from;
    if (length === 0 && this.levels !== null) {
      this.addNull();
      return;
    }
    const p = this.reserve(length) + 4;
    const v = this.values;
    if (length > 24) v.set(bytes.subarray(from, to), p);
    else for (let k = 0; k < length; k++) v[p + k] = bytes[from + k]!;
    this.define(p, length);
  }

  /**
   * The value from `bytes[from]` up to the first `stop` byte or `end`, whichever comes first
   * (scanned and copied in one pass); returns where it ends.
   */
  addUntil(bytes: Buffer, from: number, end: number, stop: number): number {
    const p = this.reserve(end - from) + 4;
    const v = this.values;
    let q = p;
    let k = from;
    for (; k < end; k++) {
      const b = bytes[k]!;
      if (b === stop) break;
      v[q++] = b;
    }
    if (q === p && this.levels !== null) this.addNull();
    else this.define(p, q - p);
    return k;
  }

  /** A quoted field's content, `bytes[from..to)`, each doubled quote in it read as one. */
  addUnquoted(bytes: Buffer, from: number, to: number): void {
    const p = this.reserve(to - from) + 4;
    const v = this.values;
    let q = p;
    for (let k = from; k < to; k++) {
      const b = bytes[k]!;
      v[q++] = b;
      if (b === QUOTE && k + 1 < to && bytes[k + 1] === QUOTE) k++;
    }
    if (q === p && this.levels !== null) this.addNull();
    else this.define(p, q - p);
  }

  /** A value given whole (a constant, or text made apart). */
  addBytes(value: Uint8Array): void {
    this.add(Buffer.from(value.buffer, value.byteOffset, value.length), 0, value.length);
  }

  addNull(): void {
    if (this.levels === null) throw new Error('TextColumn: null in a required column');
    this.levels.set(this.count, false);
    this.count++;
  }

  page(codec: Codec): Page {
    return dataPage(codec, this.plainBody(), this.count, Encoding.PLAIN);
  }

  /** The PLAIN data page's body, uncompressed (a view, valid until the next call). */
  plainBody(): Uint8Array {
    const levels = this.levels === null ? 0 : this.levels.size(this.count);
    const need = levels + this.size;
    if (this.body.length < need) this.body = Buffer.allocUnsafeSlow(need + (need >> 2));
    const p = this.levels === null ? 0 : this.levels.write(this.count, this.body, 0);
    this.body.set(this.values.subarray(0, this.size), p);
    return this.body.subarray(0, p + this.size);
  }

  /** Room for a value of up to `length` bytes and its length; returns where the length goes. */
  private reserve(length: number): number {
    const p = this.size;
    if (p + 4 + length > this.values.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(this.values.length * 2, p + 4 + length));
      grown.set(this.values.subarray(0, p));
      this.values = grown;
    }
    return p;
  }

  /** The value of `length` bytes written at `p` (after room for its length) is the next. */
  private define(p: number, length: number): void {
    const v = this.values;
    v[p - 4] = length & 0xff;
    v[p - 3] = (length >>> 8) & 0xff;
    v[p - 2] = (length >>> 16) & 0xff;
    v[p - 1] = length >>> 24;
    this.size = p + length;
    this.levels?.set(this.count, true);
    this.count++;
  }
}

/** Indexes into a dictionary of `entries` values (written apart, see dictionaryPage()). */
export class IndexColumn {
  private indexes = new Uint16Array(1 << 14);
  private present = 0;
  private readonly levels: Levels | null;
  private readonly width: number;
  count = 0;

  constructor(optional: boolean, entries: number) {
    if (entries > 0xffff) throw new Error('IndexColumn: at most 65,535 entries');
    this.levels = optional ? new Levels() : null;
    this.width = bitWidth(entries - 1);
  }

  reset(): void {
    this.count = 0;
    this.present = 0;
  }

  add(index: number): void {
    this.levels?.set(this.count, true);
    this.count++;
    if (this.present === this.indexes.length) {
      const grown = new Uint16Array(this.indexes.length * 2);
      grown.set(this.indexes);
      this.indexes = grown;
    }
    this.indexes[this.present++] = index;
  }

  /**
   * The first `count` of `values`, in one pass each for the levels and the indexes: a negative
   * value is a null. Only into an empty column (after reset()).
   */
  addAll(values: Int32Array, count: number): void {
    if (this.count !== 0) throw new Error('IndexColumn: addAll() into a column with values');
    if (this.indexes.length < count) this.indexes = new Uint16Array(count + (count >> 2));
    const indexes = this.indexes;
    let present = 0;
    for (let i = 0; i < count; i++) {
      const v = values[i]!;
      indexes[present] = v;
      present += v >= 0 ? 1 : 0;
    }
    if (this.levels !== null) this.levels.setAtLeast(values, count, 0);
    else if (present !== count) throw new Error('IndexColumn: null in a required column');
    this.present = present;
    this.count = count;
  }

  addNull(): void {
    if (this.levels === null) throw new Error('IndexColumn: null in a required column');
    this.levels.set(this.count, false);
    this.count++;
  }

  page(codec: Codec): Page {
    const levels = this.levels === null ? 0 : this.levels.size(this.count);
    const body = new Uint8Array(levels + 1 + hybridBitPackedSize(this.present, this.width));
    let p = this.levels === null ? 0 : this.levels.write(this.count, body, 0);
    body[p++] = this.width;
    p = hybridBitPacked(this.indexes, this.present, this.width, body, p);
    return dataPage(codec, body.subarray(0, p), this.count, Encoding.RLE_DICTIONARY);
  }
}

/** Booleans, PLAIN: one bit each, least significant first. Required. */
export class BooleanColumn {
  private readonly bits = new Bitmap();
  count = 0;

  reset(): void {
    this.count = 0;
  }

  add(value: boolean): void {
    this.bits.set(this.count++, value);
  }

  /** The first `count` of `values`, each true when not 0. Only into an empty column. */
  addAll(values: Uint8Array, count: number): void {
    if (this.count !== 0) throw new Error('BooleanColumn: addAll() into a column with values');
    this.bits.setAtLeast(values, count, 1);
    this.count = count;
  }

  page(codec: Codec): Page {
    return dataPage(codec, this.bits.bytes(this.count), this.count, Encoding.PLAIN);
  }
}

const BLOCK = 128;
const MINIBLOCKS = 4;
const MINIBLOCK = BLOCK / MINIBLOCKS;
/** Deltas above a block's least by this much or more do not fit bitPack's 24 bits. */
const MAX_DELTA_SPREAD = 1 << 24;

/**
 * Integers (below 2^31) for DELTA_BINARY_PACKED, kept apart from the page's first value: the
 * blocks of deltas do not depend on it, so a page can be made with its first value given later
 * (deltaPage()): rows numbered within a chunk get absolute line numbers that way.
 */
export class DeltaColumn {
  private values = new Int32Array(1 << 14);
  count = 0;

  reset(): void {
    this.count = 0;
  }

  get first(): number {
    if (this.count === 0) throw new Error('DeltaColumn: no value');
    return this.values[0]!;
  }

  add(value: number): void {
    if (this.count === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = value;
  }

  /** The first `count` of `values`. Only into an empty column. */
  addAll(values: Int32Array, count: number): void {
    if (this.count !== 0) throw new Error('DeltaColumn: addAll() into a column with values');
    if (this.values.length < count) this.values = new Int32Array(count + (count >> 2));
    this.values.set(values.subarray(0, count));
    this.count = count;
  }

  /** The page's blocks: everything after the header. */
  blocks(): Uint8Array {
    const deltas = Math.max(0, this.count - 1);
    const blocks = Math.ceil(deltas / BLOCK);
    // Per block: a varint (at most 5 bytes for an int32 difference), widths, up to 4 × 32 × 3.
    const out = new Uint8Array(blocks * (5 + MINIBLOCKS + MINIBLOCKS * MINIBLOCK * 3));
    const adjusted = new Int32Array(MINIBLOCK);
    const v = this.values;
    let p = 0;
    for (let b = 0; b < deltas; b += BLOCK) {
      const n = Math.min(BLOCK, deltas - b);
      let min = Infinity;
      for (let i = b; i < b + n; i++) min = Math.min(min, v[i + 1]! - v[i]!);
      p = writeVarint(out, p, zigzag(min));
      const widthsAt = p;
      p += MINIBLOCKS;
      for (let m = 0; m < MINIBLOCKS; m++) {
        const from = b + m * MINIBLOCK;
        const k = Math.min(MINIBLOCK, b + n - from);
        if (k <= 0) {
          out[widthsAt + m] = 0;
          continue;
        }
        let max = 0;
        for (let i = 0; i < MINIBLOCK; i++) {
          const d = i < k ? v[from + i + 1]! - v[from + i]! - min : 0;
          if (d >= MAX_DELTA_SPREAD) throw new Error('DeltaColumn: deltas spread over 2^24');
          adjusted[i] = d;
          if (d > max) max = d;
        }
        const width = max === 0 ? 0 : 32 - Math.clz32(max);
        out[widthsAt + m] = width;
        p = bitPack(adjusted, 0, MINIBLOCK, width, out, p);
      }
    }
    return out.subarray(0, p);
  }
}

/** A DELTA_BINARY_PACKED page of INT64 values, uncompressed, from DeltaColumn.blocks(). */
export function deltaPage(first: number, count: number, blocks: Uint8Array): Page {
  const firstZigzag = zigzag(first);
  const head = new Uint8Array(
    varintSize(BLOCK) + varintSize(MINIBLOCKS) + varintSize(count) + varintSize(firstZigzag),
  );
  let p = writeVarint(head, 0, BLOCK);
  p = writeVarint(head, p, MINIBLOCKS);
  p = writeVarint(head, p, count);
  writeVarint(head, p, firstZigzag);
  const body = new Uint8Array(head.length + blocks.length);
  body.set(head);
  body.set(blocks, head.length);
  return dataPage(Codec.UNCOMPRESSED, body, count, Encoding.DELTA_BINARY_PACKED);
}
