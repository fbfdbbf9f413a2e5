import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wasmAvailable } from '../wasm.js';
import { PartitionSorter, sortUnique } from './sort.js';

describe('PartitionSorter', () => {
  const sorter = new PartitionSorter();

  it('is built (dist/wasm/sort.wasm, made by npm run build)', () => {
    assert.equal(wasmAvailable('sort'), true);
  });

  it('sorts and deduplicates as sortUnique() does, at every size and spread of values', () => {
    let seed = 5;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return (seed >>> 8) / 0x1000000;
    };
    // Spreads: one value, a digit's worth (2^11) and either side, 10-digit numbers, up to 2^53.
    const spans = [1, 2, 2047, 2048, 2049, 1e6, 4194304, 1e10, 2 ** 40, 2 ** 53 - 1];
    const sizes = [0, 1, 2, 3, 63, 64, 65, 1000, 4095, 4096, 4097, 50_000];
    let cases = 0;
    for (const span of spans)
      for (const size of sizes) {
        const least = Math.floor(random() * (2 ** 53 - span));
        // Repeats: none to most, as a leak's duplicates are.
        const pool = Math.max(1, Math.floor(size * (0.1 + random())));
        const picks = Array.from({ length: pool }, () => least + Math.floor(random() * span));
        const values = Float64Array.from(
          { length: size },
          () => picks[Math.floor(random() * pool)]!,
        );
        const want = sortUnique(values.slice());
        const got = sorter.sortUnique(values);
        assert.deepEqual(got, want, `span ${span}, ${size} values`);
        // In the values' own memory, as sortUnique() leaves them.
        assert.equal(got.buffer, values.buffer);
        cases++;
      }
    assert.equal(cases, spans.length * sizes.length);
  });

  it('sorts a key larger than the room a thread keeps, in an instance of its own', () => {
    // 2.5M values: 40 MB of room, more than KEEP_BYTES; then a small key in the kept instance.
    const big = Float64Array.from({ length: 2_500_000 }, (_, i) => 7e9 + ((i * 7919) % 1_000_003));
    const want = sortUnique(big.slice());
    assert.equal(want.length, 1_000_003);
    assert.deepEqual(sorter.sortUnique(big), want);
    assert.deepEqual([...sorter.sortUnique(Float64Array.from([3, 1, 2, 1]))], [1, 2, 3]);
  });

  it('sorts the largest and smallest numbers together', () => {
    const values = Float64Array.from([2 ** 53 - 1, 0, 7, 2 ** 53 - 1, 0, 2 ** 32, 2 ** 32 - 1]);
    const many = Float64Array.from({ length: 5000 }, (_, i) => values[i % values.length]!);
    const want = [0, 7, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1];
    assert.deepEqual([...sorter.sortUnique(values)], want);
    assert.deepEqual([...sorter.sortUnique(many)], want);
  });
});

/** What sortUnique must give: the built-in sort, then each value once. */
function expected(values: Float64Array): number[] {
  return [...new Set([...values].sort((a, b) => a - b))];
}

describe('sortUnique', () => {
  it('sorts and deduplicates national numbers of every size, on both of its paths', () => {
    let seed = 5;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed / 4294967296;
    };
    // Small arrays take the built-in sort, large ones the radix sort; values from one digit to
    // 17 (past 2^53 the doubles are still integers, spaced apart), with duplicates and zero.
    for (const size of [0, 1, 2, 100, 4095, 4096, 5000, 70_000]) {
      for (const max of [10, 1e6, 2 ** 32, 1e11, 1e15, 1e17]) {
        const values = Float64Array.from({ length: size }, () => Math.floor(random() * max));
        if (size > 10) values[3] = 0;
        if (size > 10) values[7] = values[5]!;
        const want = expected(values);
        assert.deepEqual([...sortUnique(values)], want, `${size} values below ${max}`);
      }
    }
  });

  it('sorts a view into a larger buffer in place', () => {
    const buffer = new Float64Array(20_000).map((_, i) => 20_000 - i);
    const view = buffer.subarray(5000, 15_000);
    const want = expected(view);
    assert.deepEqual([...sortUnique(view)], want);
    assert.equal(buffer[0], 20_000, 'outside the view untouched');
    assert.equal(buffer[19_999], 1);
  });
});
