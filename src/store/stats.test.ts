import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Sfc32 } from '../random.js';
import { RegionTally } from './index.js';

describe('RegionTally', () => {
  it("counts each region's numbers by block, across partitions, as their prefixes say", () => {
    const random = new Sfc32([3, 1, 4, 1]);
    // Numbers of 8 to 12 digits (blocks of 2 to 4 digits), each partition sorted, with values on
    // both sides of block boundaries and runs of one; two partitions of one region add up.
    const partitions: { region: number; cc: number; length: number; values: number[] }[] = [];
    for (const [region, cc, length] of [
      [0, 44, 10],
      [0, 44, 11],
      [1, 33, 9],
      [2, 1, 8],
      [2, 1, 12],
    ] as const) {
      const digits = Math.max(1, Math.min(4, length - 6));
      const divisor = 10 ** (length - digits);
      const set = new Set<number>();
      for (let i = 0; i < 400; i++) {
        const block = 1 + random.int(12);
        const at = random.int(4);
        const offset =
          at === 0
            ? 0
            : at === 1
              ? divisor - 1
              : at === 2
                ? 1 + random.int(5)
                : random.int(divisor);
        set.add(block * divisor + offset);
      }
      partitions.push({ region, cc, length, values: [...set].sort((a, b) => a - b) });
    }
    const tally = new RegionTally();
    const want = new Map<number, Map<string, number>>();
    for (const { region, cc, length, values } of partitions) {
      tally.add(region, cc, 'MOBILE', values.length);
      tally.addBlocks(region, cc, length, Float64Array.from(values));
      const digits = Math.max(1, Math.min(4, length - 6));
      const blocks = want.get(region) ?? new Map<string, number>();
      for (const v of values) {
        const key = `+${cc} ${String(v).padStart(length, '0').slice(0, digits)}`;
        blocks.set(key, (blocks.get(key) ?? 0) + 1);
      }
      want.set(region, blocks);
    }
    const regions = tally.regions(['GB', 'FR', 'US'], 2000);
    assert.equal(regions.length, 3);
    for (const r of regions) {
      const blocks = want.get(['GB', 'FR', 'US'].indexOf(r.region))!;
      const top = [...blocks]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 10)
        .map(([prefix, unique]) => ({ prefix, unique }));
      assert.deepEqual(r.topBlocks, top, r.region);
    }
  });
});
