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
   * The values (national numbers: non-negative integers below 2^53) sorted, one of each. With
   * the module, a new array, the values left as they were; without, sortUnique()'s view of
   * the values, sorted in place.
   */
  sortUnique(values: Float64Array): Float64Array {
    const exports = this.exports;
    if (exports === null) return sortUnique(values);
    const n = values.length;
    const at = align(exports.heapBase(), 16);
    const scratch = at + 8 * n;
    const end = scratch + 8 * n + COUNT_BYTES;
    const have = exports.memory.buffer.byteLength;
    if (end > have) exports.memory.grow(Math.ceil((end - have) / WASM_PAGE));
    new Float64Array(exports.memory.buffer, at, n).set(values);
    const kept = exports.sortUnique(at, n, scratch);
    return new Float64Array(exports.memory.buffer, at, kept).slice();
  }
}

function align(value: number, to: number): number {
  return Math.ceil(value / to) * to;
}
