/**
 * Where the fields of delimited bytes end, for the ingest normaliser (src/ingest/field-index.ts,
 * which builds this into dist/wasm/field-index.wasm with `npm run build`): the offset of every
 * delimiter and line feed of a chunk, found 16 bytes at a time. The normaliser then steps from
 * one to the next instead of looking at every byte; quotes stay its business.
 */

/** Start of free memory after this module's own data. */
export function heapBase(): usize {
  return __heap_base;
}

/**
 * Writes, as u32s from `out`, the offsets from `from` of the bytes of [from, end) that are
 * `delimiter` or a line feed, then `end - from` as a last entry; returns the number of offsets
 * before that last entry. The caller leaves room for `end - from + 1` entries, and 16 readable
 * bytes past `end`.
 */
export function index(from: usize, end: usize, delimiter: u8, out: usize): u32 {
  const lineFeeds = i8x16.splat(10);
  const delimiters = i8x16.splat(<i8>delimiter);
  let o = out;
  for (let p = from; p < end; p += 16) {
    const block = v128.load(p);
    let mask = i8x16.bitmask(v128.or(i8x16.eq(block, lineFeeds), i8x16.eq(block, delimiters)));
    // The last block stops at `end`.
    const left = <i32>(end - p);
    if (left < 16) mask &= (1 << left) - 1;
    while (mask != 0) {
      store<u32>(o, <u32>(p - from) + ctz(mask));
      o += 4;
      mask &= mask - 1;
    }
  }
  store<u32>(o, <u32>(end - from));
  return <u32>((o - out) >> 2);
}
