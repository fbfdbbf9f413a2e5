/**
 * A partition's block encoded in WebAssembly (wasm/number-set.ts): the same words and shape as
 * encodeBlock() in ./partitioned.ts, which it falls back to when the module is not built, for
 * input the module leaves to it (values out of order or range, a block too large), and for
 * partitions too large to copy into a module's memory.
 *
 * At the end of an ingest of 5M rows, the TypeScript encoder took each normaliser thread about
 * 150 ms and as much again of V8's optimising compiler; see the README's ingest figures.
 */
import { WASM_PAGE, instantiateWasm, type WasmMemory } from '../wasm.js';
import type { EncodedSequence, SequenceShape } from './elias-fano.js';
import { ENCODING_PARTITIONED, type EncodingCode } from './number-set-format.js';

interface Exports {
  readonly memory: WasmMemory;
  heapBase(): number;
  encode(values: number, count: number, limit: number, chunkLog: number): number;
  blockEncoding(): number;
  blockLowBits(): number;
  blockBase(): number;
  blockMax(): number;
  blockWords(): number;
}

/** encode()'s answer for input it leaves to the TypeScript encoder. */
const REFUSED = 0xffffffff;

/**
 * Memory a thread's own instance may keep: a partition that needs more (about 16 bytes a
 * value: the values, the block, the chunk bounds) is encoded in an instance of its own, whose
 * memory goes with it.
 */
const KEEP_BYTES = 32 << 20;
/** Partitions above this many values are encoded in TypeScript (the module's memory is 32-bit). */
const MODULE_VALUES = 64 << 20;

let kept: Exports | null | undefined;

/**
 * encodeBlock(values, count, limit, chunkLog) by the module, or null when the caller is to take
 * encodeBlock() itself (no module, input it refuses, a partition too large for it).
 */
export function encodeBlockInModule(
  values: Float64Array,
  count: number,
  limit: number,
  chunkLog: number,
): EncodedSequence | null {
  if (!Number.isInteger(count) || count < 1 || count > values.length || count > MODULE_VALUES)
    return null;
  if (kept === undefined) kept = instantiateWasm('number-set') as Exports | null;
  if (kept === null) return null;
  const exports = 16 * count > KEEP_BYTES ? (instantiateWasm('number-set') as Exports) : kept;
  const at = Math.ceil(exports.heapBase() / 8) * 8;
  const end = at + 8 * count;
  const have = exports.memory.buffer.byteLength;
  if (end > have) exports.memory.grow(Math.ceil((end - have) / WASM_PAGE));
  new Float64Array(exports.memory.buffer, at, count).set(values.subarray(0, count));
  // A u32 that JavaScript reads as an i32.
  const size = exports.encode(at, count, limit, chunkLog) >>> 0;
  if (size === REFUSED) return null;
  // Read after the call: the module may have grown its memory, which detaches older views.
  const words = new Uint32Array(exports.memory.buffer, exports.blockWords(), size).slice();
  const encoding = exports.blockEncoding() as EncodingCode;
  const shape: SequenceShape = {
    encoding,
    count,
    lowBits: exports.blockLowBits(),
    base: exports.blockBase(),
    max: exports.blockMax(),
    ...(encoding === ENCODING_PARTITIONED ? { chunkLog } : {}),
  };
  return { shape, words };
}
