/**
 * The sort of a partition's numbers at the end of an ingest, in WebAssembly (wasm/sort.ts): a
 * radix sort over the bits by which the numbers differ, in place of sortUnique() below, which it
 * falls back to when the module is not built. On the 5M-row bench dump a thread's sorting went
 * from about 220 ms of profile to 40.
 *
 * A normaliser thread imports this module: it imports nothing of the store (when sortUnique()
 * was in accumulator.ts, each thread loaded the store, zod and 140 modules, 0.1 s of its start).
 */
import { WASM_PAGE, instantiateWasm, type WasmMemory } from '../wasm.js';

interface Exports {
  readonly memory: WasmMemory;
  heapBase(): number;
  sortUnique(values: number, n: number, scratch: number): number;
}

/** The module's counts: 4 bytes for each of 2^11 buckets of each of at most 5 passes. */
const COUNT_BYTES = 4 * (1 << 11) * 5;

export class PartitionSorter {
  private readonly exports: Exports | null;

  /** `useModule` false keeps to the TypeScript sort (for the tests that compare the two). */
  constructor(useModule = true) {
    this.exports = useModule ? (instantiateWasm('sort') as Exports | null) : null;
  }

  /**
   * The values (national numbers: non-negative integers below 2^53) sorted, one of each, at the
   * front of their own memory (a view of it), as sortUnique() gives them.
   */
  sortUnique(values: Float64Array): Float64Array {
    if (this.exports === null || values.length > MODULE_VALUES) return sortUnique(values);
    const n = values.length;
    const bytes = 16 * n + COUNT_BYTES + 16;
    // The module's memory only grows: a large key is sorted in an instance of its own, whose
    // memory goes with it, so that a thread does not keep the largest key's room to the end.
    const exports = bytes > KEEP_BYTES ? (instantiateWasm('sort') as Exports) : this.exports;
    const at = align(exports.heapBase(), 16);
    const scratch = at + 8 * n;
    const have = exports.memory.buffer.byteLength;
    if (at + bytes > have) exports.memory.grow(Math.ceil((at + bytes - have) / WASM_PAGE));
    new Float64Array(exports.memory.buffer, at, n).set(values);
    const kept = exports.sortUnique(at, n, scratch);
    values.set(new Float64Array(exports.memory.buffer, at, kept));
    return values.subarray(0, kept);
  }
}

/** Memory a thread's own instance may keep (2M values); larger keys take an instance each. */
const KEEP_BYTES = 32 << 20;
/**
 * Keys of more values are sorted in TypeScript: the module holds a copy of the key and its
 * scratch (16 bytes a value) beside the key's own array, where sortUnique() needs 8 bytes a
 * value more. So a thread takes at most 128 MB more than before the module; a dump of one
 * country (one key of 50M mobile numbers) would otherwise take it 1.2 GB at its sort, not 0.8.
 * (The 5M-row bench dump's largest region, Egypt, has 0.44M numbers: its 100M dump's keys stay
 * below this.)
 */
const MODULE_VALUES = 16 << 20;

function align(value: number, to: number): number {
  return Math.ceil(value / to) * to;
}

/**
 * Sorts in place and returns the deduplicated prefix (a view on the same memory). The values are
 * national numbers: non-negative integers, whose doubles sort as their bit patterns do.
 */
export function sortUnique(values: Float64Array): Float64Array {
  if (values.length < RADIX_FROM) values.sort();
  else radixSort(values);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (n === 0 || values[n - 1] !== v) values[n++] = v;
  }
  return values.subarray(0, n);
}

/** Below this many values the built-in sort is as fast. */
const RADIX_FROM = 4096;
const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const DIGITS = 6; // 6 × 11 ≥ 64 bits

/**
 * LSD radix sort of non-negative doubles by their bit patterns, 11 bits a pass; a pass whose
 * digit is the same in every value (the exponent's, in a partition of numbers of one length) is
 * skipped. Measured 2-3x faster than the built-in sort on partitions of the bench dump.
 */
function radixSort(values: Float64Array): void {
  const n = values.length;
  let source: Uint32Array = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  let target: Uint32Array = new Uint32Array(2 * n);
  const counts = new Uint32Array(BUCKETS * DIGITS);
  for (let i = 0; i < n; i++) {
    const lo = source[2 * i]!;
    const hi = source[2 * i + 1]!;
    counts[lo & 2047]!++;
    counts[BUCKETS + ((lo >>> 11) & 2047)]!++;
    counts[2 * BUCKETS + (((lo >>> 22) | (hi << 10)) & 2047)]!++;
    counts[3 * BUCKETS + ((hi >>> 1) & 2047)]!++;
    counts[4 * BUCKETS + ((hi >>> 12) & 2047)]!++;
    counts[5 * BUCKETS + (hi >>> 23)]!++;
  }
  for (let digit = 0; digit < DIGITS; digit++) {
    const base = digit * BUCKETS;
    // Offsets from counts; a digit shared by every value moves nothing.
    let sum = 0;
    let single = false;
    for (let b = 0; b < BUCKETS; b++) {
      const c = counts[base + b]!;
      if (c === n) single = true;
      counts[base + b] = sum;
      sum += c;
    }
    if (single) continue;
    for (let i = 0; i < n; i++) {
      const lo = source[2 * i]!;
      const hi = source[2 * i + 1]!;
      let d: number;
      if (digit === 0) d = lo & 2047;
      else if (digit === 1) d = (lo >>> 11) & 2047;
      else if (digit === 2) d = ((lo >>> 22) | (hi << 10)) & 2047;
      else if (digit === 3) d = (hi >>> 1) & 2047;
      else if (digit === 4) d = (hi >>> 12) & 2047;
      else d = hi >>> 23;
      const at = 2 * counts[base + d]!++;
      target[at] = lo;
      target[at + 1] = hi;
    }
    const swap = source;
    source = target;
    target = swap;
  }
  if (source.buffer !== values.buffer)
    new Uint32Array(values.buffer, values.byteOffset, 2 * n).set(source);
}
