import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { partitionKey } from './dialect.js';
import { KeySlots } from './key-slots.js';

describe('KeySlots', () => {
  it('numbers keys in order of first sight and counts them, as a Map would', () => {
    let seed = 9;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return (seed >>> 8) / 0x1000000;
    };
    // From a handful of keys to thousands (the table grows past its first 1,024 cells), drawn
    // from the whole range of partitionKey(), and keys that differ in one field only.
    for (const distinct of [1, 5, 511, 512, 513, 3000]) {
      const pool = Array.from({ length: distinct }, (_, i) =>
        i % 2 === 0
          ? partitionKey(
              Math.floor(random() * 1000),
              Math.floor(random() * 32),
              Math.floor(random() * 512),
              Math.floor(random() * 16),
            )
          : partitionKey(44, 10, 80, i % 16) + 16 * 512 * Math.floor(i / 16),
      );
      const slots = new KeySlots();
      const index = new Map<number, number>();
      const counts: number[] = [];
      for (let n = 0; n < 4 * distinct; n++) {
        const key = pool[Math.floor(random() * distinct)]!;
        let want = index.get(key);
        if (want === undefined) {
          want = index.size;
          index.set(key, want);
          counts.push(0);
        }
        counts[want]!++;
        assert.equal(slots.slot(key), want);
      }
      assert.deepEqual(slots.keys, [...index.keys()]);
      assert.deepEqual(slots.counts, counts);
    }
  });

  it('tells apart the largest keys and key 0', () => {
    const slots = new KeySlots();
    const largest = partitionKey(999, 31, 511, 15);
    assert.ok(largest < 2 ** 31 - 1);
    assert.equal(slots.slot(0), 0);
    assert.equal(slots.slot(largest), 1);
    assert.equal(slots.slot(0), 0);
    assert.deepEqual(slots.counts, [2, 1]);
  });
});
