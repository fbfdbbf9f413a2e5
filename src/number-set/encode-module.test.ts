import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RingfenceError } from '../errors.js';
import { wasmAvailable } from '../wasm.js';
import { encodeBlockInModule } from './encode-module.js';
import { encodePartition } from './number-set.js';
import {
  CHUNK_LOG,
  ENCODING_BITMAP,
  ENCODING_ELIAS_FANO,
  ENCODING_PARTITIONED,
} from './number-set-format.js';
import { encodeBlock, openBlock } from './partitioned.js';

let seed = 11;
function random(): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) / 0x1000000;
}

/** `count` distinct integers in [from, from + span), ascending (span >= 2 count). */
function spread(count: number, from: number, span: number): number[] {
  assert.ok(span >= 2 * count || span === count);
  if (span === count) return Array.from({ length: count }, (_, i) => from + i);
  const picked = new Set<number>();
  while (picked.size < count) picked.add(from + Math.floor(random() * span));
  return [...picked].sort((a, b) => a - b);
}

/** Blocks of `size` numbers within `width`, `apart` from one block to the next. */
function clustered(blocks: number, size: number, width: number, apart: number): number[] {
  const values: number[] = [];
  for (let b = 0; b < blocks; b++) values.push(...spread(size, b * apart, width));
  return values;
}

/** The sequences of the tests: every encoding, chunk edges, low fields past 32 bits. */
function sequences(): { name: string; values: number[]; limit: number }[] {
  const out: { name: string; values: number[]; limit: number }[] = [];
  for (const count of [1, 2, 3, 255, 256, 257, 511, 512, 513, 1000, 5000]) {
    out.push({ name: `run of ${count}`, values: spread(count, 7, count), limit: 1e10 });
    out.push({ name: `dense ${count}`, values: spread(count, 1000, 2 * count), limit: 1e10 });
    out.push({ name: `sparse ${count}`, values: spread(count, 0, 1e9), limit: 1e9 });
    out.push({ name: `wide ${count}`, values: spread(count, 5, 2 ** 52), limit: 1e17 });
  }
  out.push({ name: 'clusters', values: clustered(40, 300, 5000, 1e7), limit: 1e9 });
  out.push({ name: 'runs apart', values: clustered(30, 500, 500, 1e6), limit: 1e9 });
  out.push({ name: 'wide clusters', values: clustered(12, 300, 2 ** 40, 2 ** 48), limit: 1e17 });
  out.push({ name: 'up to 2^53', values: [0, 1, 2 ** 53 - 2, 2 ** 53 - 1], limit: 1e17 });
  out.push({ name: 'one zero', values: [0], limit: 10 });
  // As many words as a bitmap or as Elias-Fano: the bitmap.
  out.push({ name: 'a tie', values: [0, 64], limit: 100 });
  out.push({ name: 'every digit', values: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], limit: 10 });
  // A leak's shape: operator blocks of mixed density, within 10-digit numbers.
  const leak: number[] = [];
  for (let b = 0; b < 60; b++) {
    const start = 1e9 + b * 1.3e7 + Math.floor(random() * 1e6);
    const count = 50 + Math.floor(random() * 2000);
    leak.push(...spread(count, start, 2 * count + Math.floor(random() * 1e6)));
  }
  out.push({ name: 'leak', values: [...new Set(leak)].sort((a, b) => a - b), limit: 1e10 });
  return out;
}

describe('encodeBlockInModule', () => {
  it('is built (dist/wasm/number-set.wasm, made by npm run build)', () => {
    assert.equal(wasmAvailable('number-set'), true);
  });

  it('gives the words and shape of encodeBlock() for every encoding and chunk size', () => {
    const encodings = new Set<number>();
    let wideLow = false;
    let cases = 0;
    for (const { name, values, limit } of sequences())
      for (const chunkLog of [1, 4, CHUNK_LOG, 16]) {
        const array = Float64Array.from(values);
        const want = encodeBlock(array, array.length, limit, chunkLog);
        const got = encodeBlockInModule(array, array.length, limit, chunkLog);
        assert.notEqual(got, null, name);
        assert.deepEqual(got!.shape, want.shape, `${name}, chunkLog ${chunkLog}`);
        assert.deepEqual(got!.words, want.words, `${name}, chunkLog ${chunkLog}: words`);
        const decoded = new Float64Array(array.length);
        openBlock(got!.shape, got!.words).decode(decoded);
        assert.deepEqual(decoded, array, `${name}, chunkLog ${chunkLog}: decoded`);
        encodings.add(got!.shape.encoding);
        if (got!.shape.lowBits > 32) wideLow = true;
        cases++;
      }
    assert.deepEqual([...encodings].sort(), [
      ENCODING_ELIAS_FANO,
      ENCODING_BITMAP,
      ENCODING_PARTITIONED,
    ]);
    assert.equal(wideLow, true, 'a low field wider than 32 bits');
    assert.equal(cases, sequences().length * 4);
  });

  it('encodes the first `count` values only', () => {
    const values = Float64Array.from([...spread(600, 0, 1e6), 5, 4, 3]);
    const want = encodeBlock(values, 600, 1e6);
    assert.deepEqual(encodeBlockInModule(values, 600, 1e6, CHUNK_LOG), want);
  });

  it('encodes a partition too large to keep in an instance of its own, and then a small one', () => {
    const values = Float64Array.from(clustered(2200, 1000, 40_000, 1e6));
    const want = encodeBlock(values, values.length, 1e10);
    assert.deepEqual(encodeBlockInModule(values, values.length, 1e10, CHUNK_LOG), want);
    const small = Float64Array.from([3, 9, 27]);
    assert.deepEqual(encodeBlockInModule(small, 3, 100, CHUNK_LOG), encodeBlock(small, 3, 100));
  });

  it('leaves input the TypeScript encoder refuses to it, which says what is wrong', () => {
    const refused: [string, number[], number][] = [
      ['out of order', [1, 5, 3], 100],
      ['a duplicate', [1, 5, 5, 9], 100],
      ['not an integer', [1, 2.5, 7], 100],
      ['negative', [-3, 1], 100],
      ['not a number', [1, NaN], 100],
      ['at the limit', [1, 100], 100],
      ['beyond 2^53', [1, 2 ** 53], 1e17],
    ];
    for (const [name, values, limit] of refused) {
      const array = Float64Array.from(values);
      assert.equal(encodeBlockInModule(array, array.length, limit, CHUNK_LOG), null, name);
      assert.throws(
        () => encodePartition(1, 2, array, array.length),
        (error: unknown) => error instanceof RingfenceError && error.code === 'INTERNAL',
        name,
      );
    }
    assert.equal(encodeBlockInModule(new Float64Array(0), 0, 100, CHUNK_LOG), null);
  });
});
