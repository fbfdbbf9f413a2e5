/**
 * Parquet pages, as the format's spec has them (https://github.com/apache/parquet-format,
 * Encodings.md and parquet.thrift): version 1 data pages and dictionary pages, each a thrift
 * PageHeader followed by the page's body, compressed as a whole with the column chunk's codec.
 *
 * A data page's body is its definition levels (for an optional column: a 4-byte little-endian
 * length, then the levels in the RLE / bit-packing hybrid at bit width 1), then its values. The
 * values here are in one of four encodings:
 * - PLAIN byte arrays (a 4-byte little-endian length, then the bytes) and booleans (bits, least
 *   significant first);
 * - RLE_DICTIONARY indexes: a byte with the bit width, then the indexes in the hybrid encoding;
 * - DELTA_BINARY_PACKED integers: a header (block size, miniblocks per block, value count, the
 *   first value as a zigzag varint), then blocks of 128 deltas, each a zigzag varint minimum and
 *   four miniblocks of 32 deltas bit-packed at their own width.
 * The hybrid encoding is written as one bit-packed run: a varint header (groups of 8 << 1 | 1),
 * then the values packed least significant bit first, the last group padded with zeros.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CompactWriter, varintSize, writeVarint } from './thrift.js';

/** parquet.thrift's enums, the members used here. */
export const PhysicalType = { BOOLEAN: 0, INT64: 2, BYTE_ARRAY: 6 } as const;
export const Encoding = { PLAIN: 0, RLE: 3, DELTA_BINARY_PACKED: 5, RLE_DICTIONARY: 8 } as const;
export const Codec = { UNCOMPRESSED: 0, GZIP: 2, BROTLI: 4 } as const;
export type Codec = (typeof Codec)[keyof typeof Codec];

const DATA_PAGE = 0;
const DICTIONARY_PAGE = 2;

/** A page as it goes in the file: header and (compressed) body. */
export interface Page {
  readonly bytes: Uint8Array;
  /** The header's size plus the body's size before compression. */
  readonly uncompressed: number;
  /** Values in the page, nulls included (a dictionary page: entries). */
  readonly values: number;
  readonly dictionary: boolean;
  /** The values' encoding (a dictionary page's is PLAIN). */
  readonly encoding: number;
}

export function compress(codec: Codec, body: Uint8Array): Uint8Array {
  switch (codec) {
    case Codec.UNCOMPRESSED:
      return body;
    // The fastest levels: most of the size gain at a fraction of the time (the rows of a dump
    // are names, cities and e-mail addresses that compress well at any level).
    case Codec.GZIP:
      return gzipSync(body, { level: 1 });
    // A 64 KiB window: as fast as the default 4 MiB at quality 0, and 7% smaller on the rows of
    // the bench dump (pages are a few hundred KiB).
    case Codec.BROTLI:
      return brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 0,
          [constants.BROTLI_PARAM_LGWIN]: 16,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      });
  }
}

/** A data page of `values` values (nulls included) in `encoding`, its body compressed. */
export function dataPage(codec: Codec, body: Uint8Array, values: number, encoding: number): Page {
  const compressed = compress(codec, body);
  const header = new CompactWriter()
    .i32(1, DATA_PAGE)
    .i32(2, body.length)
    .i32(3, compressed.length)
    .struct(
      5,
      (w) =>
        w
          .i32(1, values)
          .i32(2, encoding)
          .i32(3, Encoding.RLE) // definition levels
          .i32(4, Encoding.RLE), // repetition levels (none: no nested columns)
    )
    .finish();
  return joinPage(header, compressed, body.length, values, false, encoding);
}

/** A dictionary page of `entries` PLAIN values, its body compressed. */
export function dictionaryPage(codec: Codec, body: Uint8Array, entries: number): Page {
  const compressed = compress(codec, body);
  const header = new CompactWriter()
    .i32(1, DICTIONARY_PAGE)
    .i32(2, body.length)
    .i32(3, compressed.length)
    .struct(7, (w) => w.i32(1, entries).i32(2, Encoding.PLAIN))
    .finish();
  return joinPage(header, compressed, body.length, entries, true, Encoding.PLAIN);
}

function joinPage(
  header: Uint8Array,
  body: Uint8Array,
  uncompressed: number,
  values: number,
  dictionary: boolean,
  encoding: number,
): Page {
  const bytes = new Uint8Array(header.length + body.length);
  bytes.set(header);
  bytes.set(body, header.length);
  return { bytes, uncompressed: header.length + uncompressed, values, dictionary, encoding };
}

/** PLAIN byte arrays: each value's length (4 bytes, little-endian) and bytes. */
export function plainByteArrays(values: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(values.reduce((n, v) => n + 4 + v.length, 0));
  const view = new DataView(out.buffer);
  let p = 0;
  for (const v of values) {
    view.setUint32(p, v.length, true);
    out.set(v, p + 4);
    p += 4 + v.length;
  }
  return out;
}

/** The bits needed for values up to `max` (at least 1: a width of 0 trips some readers). */
export function bitWidth(max: number): number {
  return max <= 1 ? 1 : 32 - Math.clz32(max);
}

/**
 * Packs `count` values (below 2^24) of `values[from..]` at `width` bits each, least significant
 * bit first, into `out` at `p`; returns the end. Trailing bits of the last byte are zero.
 */
export function bitPack(
  values: ArrayLike<number>,
  from: number,
  count: number,
  width: number,
  out: Uint8Array,
  p: number,
): number {
  let acc = 0;
  let bits = 0;
  for (let i = from; i < from + count; i++) {
    acc |= values[i]! << bits;
    bits += width;
    while (bits >= 8) {
      out[p++] = acc & 0xff;
      acc >>>= 8;
      bits -= 8;
    }
  }
  if (bits > 0) out[p++] = acc & 0xff;
  return p;
}

/**
 * The hybrid encoding of `count` values as one bit-packed run at `width` (at most 24) into
 * `out` at `p`: the run's header, then ceil(count / 8) groups of 8 values. `values` must hold
 * zeros (or anything: readers stop at `count`) up to the next multiple of 8.
 */
export function hybridBitPacked(
  values: ArrayLike<number>,
  count: number,
  width: number,
  out: Uint8Array,
  p: number,
): number {
  const groups = Math.ceil(count / 8);
  p = writeVarint(out, p, groups * 2 + 1);
  const end = p + groups * width;
  p = bitPack(values, 0, count, width, out, p);
  out.fill(0, p, end);
  return end;
}

/** Bytes hybridBitPacked writes at most. */
export function hybridBitPackedSize(count: number, width: number): number {
  const groups = Math.ceil(count / 8);
  return varintSize(groups * 2 + 1) + groups * width;
}
