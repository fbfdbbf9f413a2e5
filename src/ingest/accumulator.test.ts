import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sortUnique } from './accumulator.js';

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
