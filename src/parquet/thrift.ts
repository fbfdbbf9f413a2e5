/**
 * Thrift's compact protocol, the writing half, for the two structures Parquet writes with it:
 * page headers and the footer (FileMetaData). Only the types those use: i16/i32/i64 as zigzag
 * varints, binary, struct, list. Field headers carry the id as a delta from the last field of the
 * same struct when it fits in 4 bits, as the protocol's spec says
 * (https://github.com/apache/thrift/blob/master/doc/specs/thrift-compact-protocol.md).
 *
 * Written by hand: the Apache `thrift` package builds objects per field through generated code,
 * and the structures here are a few dozen fields. Every file written with it is read back by
 * DuckDB and by hyparquet in the tests.
 */

const TYPE_I32 = 5;
const TYPE_I64 = 6;
const TYPE_BINARY = 8;
const TYPE_LIST = 9;
const TYPE_STRUCT = 12;

const encoder = new TextEncoder();

/**
 * Varints (ULEB128: 7 bits a byte, low first), as thrift's compact protocol and Parquet's own
 * encodings (the hybrid run headers, DELTA_BINARY_PACKED) both write them. `value`: a
 * non-negative integer below 2^54.
 */
export function writeVarint(out: Uint8Array, p: number, value: number): number {
  while (value >= 0x80) {
    out[p++] = (value % 0x80) | 0x80;
    value = Math.floor(value / 0x80);
  }
  out[p++] = value;
  return p;
}

/** Bytes writeVarint() takes for `value`. */
export function varintSize(value: number): number {
  let n = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 0x80);
    n++;
  }
  return n;
}

/** A signed integer as the unsigned one varints carry: 0, -1, 1, -2... as 0, 1, 2, 3... */
export function zigzag(value: number): number {
  return value >= 0 ? value * 2 : -value * 2 - 1;
}

export class CompactWriter {
  private buffer = Buffer.allocUnsafe(256);
  private size = 0;
  /** The last field id written in each open struct, innermost last. */
  private readonly lastIds: number[] = [0];

  /** The bytes written so far, with the stop byte of the outermost struct. */
  finish(): Uint8Array {
    if (this.lastIds.length !== 1) throw new Error('CompactWriter: a struct is still open');
    this.byte(0);
    return this.buffer.subarray(0, this.size);
  }

  i32(id: number, value: number): this {
    this.field(id, TYPE_I32);
    this.zigzag(value);
    return this;
  }

  /** An i64 as a JavaScript number: exact below 2^53, which every size and count here is. */
  i64(id: number, value: number): this {
    this.field(id, TYPE_I64);
    this.zigzag(value);
    return this;
  }

  binary(id: number, value: string | Uint8Array): this {
    this.field(id, TYPE_BINARY);
    this.bytes(typeof value === 'string' ? encoder.encode(value) : value);
    return this;
  }

  struct(id: number, body: (w: this) => void): this {
    this.field(id, TYPE_STRUCT);
    this.inStruct(body);
    return this;
  }

  structList<T>(
    id: number,
    items: readonly T[],
    body: (w: this, item: T, index: number) => void,
  ): this {
    this.listHeader(id, TYPE_STRUCT, items.length);
    items.forEach((item, i) => {
      this.inStruct((w) => {
        body(w, item, i);
      });
    });
    return this;
  }

  i32List(id: number, values: readonly number[]): this {
    this.listHeader(id, TYPE_I32, values.length);
    for (const v of values) this.zigzag(v);
    return this;
  }

  binaryList(id: number, values: readonly string[]): this {
    this.listHeader(id, TYPE_BINARY, values.length);
    for (const v of values) this.bytes(encoder.encode(v));
    return this;
  }

  private inStruct(body: (w: this) => void): void {
    this.lastIds.push(0);
    body(this);
    this.lastIds.pop();
    this.byte(0);
  }

  private listHeader(id: number, elementType: number, size: number): void {
    this.field(id, TYPE_LIST);
    if (size < 15) this.byte((size << 4) | elementType);
    else {
      this.byte(0xf0 | elementType);
      this.varint(size);
    }
  }

  private field(id: number, type: number): void {
    const top = this.lastIds.length - 1;
    const delta = id - this.lastIds[top]!;
    if (delta > 0 && delta <= 15) this.byte((delta << 4) | type);
    else {
      this.byte(type);
      this.zigzag(id);
    }
    this.lastIds[top] = id;
  }

  private bytes(value: Uint8Array): void {
    this.varint(value.length);
    this.reserve(value.length);
    this.buffer.set(value, this.size);
    this.size += value.length;
  }

  private zigzag(value: number): void {
    if (!Number.isSafeInteger(value)) throw new Error(`CompactWriter: ${value} is not an integer`);
    this.varint(zigzag(value));
  }

  private varint(value: number): void {
    this.reserve(varintSize(value));
    this.size = writeVarint(this.buffer, this.size, value);
  }

  private byte(value: number): void {
    this.reserve(1);
    this.buffer[this.size++] = value;
  }

  private reserve(n: number): void {
    if (this.size + n <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.size + n));
    grown.set(this.buffer.subarray(0, this.size));
    this.buffer = grown;
  }
}
