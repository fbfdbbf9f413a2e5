/**
 * The sort of a partition's numbers at the end of an ingest, in WebAssembly (wasm/sort.ts): a
 * radix sort over the bits by which the numbers differ, in place of sortUnique() in
 * accumulator.ts, which it falls back to when the module is not built. On the 5M-row bench dump a
 * thread's sorting went from about 220 ms of profile to 40.
 */
import { WASM_PAGE, instantiateWasm, type WasmMemory } from '../wasm.js';
import { sortUnique } from './accumulator.js';

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
