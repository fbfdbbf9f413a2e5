/**
 * The offsets of every delimiter and line feed of a chunk, for the normaliser's field cutting
 * (chunk.ts): found 16 bytes at a time in WebAssembly (wasm/field-index.ts), or byte by byte
 * here when the module is not built. The cutting then steps from one offset to the next instead
 * of looking at each byte of a field.
 */
import { WASM_PAGE, instantiateWasm, type WasmMemory } from '../wasm.js';

interface Exports {
  readonly memory: WasmMemory;
  heapBase(): number;
  index(from: number, end: number, delimiter: number, out: number): number;
}

/** Readable bytes the module may look at past the end of the input. */
const SLACK = 16;

export class FieldIndex {
  private readonly exports = instantiateWasm('field-index') as Exports | null;
  private memory = new Uint8Array(0);
  private offsets = new Uint32Array(1);

  /**
   * Offsets in `bytes` of each byte equal to `delimiter` or LF, ascending, then `bytes.length`
   * (so that a search for the next one always ends). Valid until the next call.
   */
  index(bytes: Uint8Array, delimiter: number): Uint32Array {
    const exports = this.exports;
    if (exports === null) return this.indexHere(bytes, delimiter);
    const inputAt = align(exports.heapBase(), 16);
    const outputAt = align(inputAt + bytes.length + SLACK, 16);
    const needed = outputAt + 4 * (bytes.length + 1);
    const have = exports.memory.buffer.byteLength;
    if (needed > have) exports.memory.grow(Math.ceil((needed - have) / WASM_PAGE));
    if (this.memory.buffer !== exports.memory.buffer) {
      this.memory = new Uint8Array(exports.memory.buffer);
    }
    this.memory.set(bytes, inputAt);
    const count = exports.index(inputAt, inputAt + bytes.length, delimiter, outputAt);
    return new Uint32Array(this.memory.buffer, outputAt, count + 1);
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
