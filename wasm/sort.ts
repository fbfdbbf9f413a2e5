/**
 * The sort of an ingest's partitions (src/ingest/sort.ts, which builds this into
 * dist/wasm/sort.wasm with `npm run build`): the national numbers of one key, as doubles, sorted
 * and deduplicated in place. A second implementation of sortUnique() in
 * src/ingest/accumulator.ts, held equal to it by src/ingest/sort.test.ts.
 *
 * The numbers are read as integers less their least, and sorted by an LSD radix sort of 11 bits
 * a pass over as many bits as the largest difference has: three passes for a partition of
 * 10-digit numbers, where the doubles' bit patterns took five.
 */

/** Start of free memory after this module's own data. */
export function heapBase(): usize {
  return __heap_base;
}

const DIGIT_BITS: u32 = 11;
const BUCKETS: u32 = 1 << DIGIT_BITS;
const MASK: u64 = BUCKETS - 1;
/** Below this many values an insertion sort is quicker than clearing the counts. */
const INSERTION_BELOW: u32 = 64;

/**
 * Sorts the `n` doubles at `values` (non-negative integers below 2^53), keeps one of each value
 * at the front, and returns how many that is. `scratch` has room for `n` u64s, then for the
 * counts: 4 × BUCKETS u32s per pass (at most 5).
 */
export function sortUnique(values: usize, n: u32, scratch: usize): u32 {
  if (n == 0) return 0;
  // As integers, in place, with their least and largest.
  let least: u64 = u64.MAX_VALUE;
  let largest: u64 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const at = values + ((<usize>i) << 3);
    const v = <u64>load<f64>(at);
    store<u64>(at, v);
    if (v < least) least = v;
    if (v > largest) largest = v;
  }
  const bits: u32 = 64 - <u32>clz(largest - least);
  const passes: u32 = (bits + DIGIT_BITS - 1) / DIGIT_BITS;
  let source = values;
  if (n < INSERTION_BELOW) insertionSort(values, n);
  else if (passes > 0) {
    const counts = scratch + ((<usize>n) << 3);
    memory.fill(counts, 0, (<usize>(passes * BUCKETS)) << 2);
    for (let i: u32 = 0; i < n; i++) {
      let key = load<u64>(values + ((<usize>i) << 3)) - least;
      for (let p: u32 = 0; p < passes; p++) {
        const c = counts + ((<usize>(p * BUCKETS + <u32>(key & MASK))) << 2);
        store<u32>(c, load<u32>(c) + 1);
        key >>= DIGIT_BITS;
      }
    }
    let target = scratch;
    for (let p: u32 = 0; p < passes; p++) {
      // Offsets from counts; a digit that every value shares moves nothing.
      const base = counts + ((<usize>(p * BUCKETS)) << 2);
      let sum: u32 = 0;
      let shared = false;
      for (let b: u32 = 0; b < BUCKETS; b++) {
        const c = base + ((<usize>b) << 2);
        const count = load<u32>(c);
        if (count == n) shared = true;
        store<u32>(c, sum);
        sum += count;
      }
      if (shared) continue;
      const shift = <u64>(p * DIGIT_BITS);
      for (let i: u32 = 0; i < n; i++) {
        const v = load<u64>(source + ((<usize>i) << 3));
        const c = base + ((<usize>(((v - least) >> shift) & MASK)) << 2);
        const at = load<u32>(c);
        store<u32>(c, at + 1);
        store<u64>(target + ((<usize>at) << 3), v);
      }
      const swap = source;
      source = target;
      target = swap;
    }
  }
  // One of each, back to doubles, at the front of `values`.
  let kept: u32 = 0;
  let previous: u64 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const v = load<u64>(source + ((<usize>i) << 3));
    if (kept > 0 && v == previous) continue;
    store<f64>(values + ((<usize>kept) << 3), <f64>v);
    previous = v;
    kept++;
  }
  return kept;
}

function insertionSort(values: usize, n: u32): void {
  for (let i: u32 = 1; i < n; i++) {
    const v = load<u64>(values + ((<usize>i) << 3));
    let j = i;
    while (j > 0) {
      const before = load<u64>(values + ((<usize>(j - 1)) << 3));
      if (before <= v) break;
      store<u64>(values + ((<usize>j) << 3), before);
      j--;
    }
    store<u64>(values + ((<usize>j) << 3), v);
  }
}
