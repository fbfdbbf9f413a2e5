import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Sfc32 } from '../random.js';
import { RegionTally, countBlocks } from './index.js';

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

  it('adds blocks counted apart (in a normaliser thread) as it counts them itself', () => {
    // 10-digit numbers, blocks of 4 digits: two in block 7400, one at each end of block 7401.
    const values = Float64Array.from([7400000001, 7400999999, 7401000000, 7401999999, 7402000000]);
    const counted = countBlocks(values, 10);
    assert.deepEqual([...counted.prefixes], [7400, 7401, 7402]);
    assert.deepEqual([...counted.counts], [2, 2, 1]);
    assert.deepEqual(countBlocks(new Float64Array(0), 10), {
      prefixes: new Float64Array(0),
      counts: new Float64Array(0),
    });
    const apart = new RegionTally();
    const whole = new RegionTally();
    for (const tally of [apart, whole]) tally.add(0, 44, 'MOBILE', values.length);
    apart.addBlockCounts(0, 44, 10, counted);
    whole.addBlocks(0, 44, 10, values);
    const top = apart.regions(['GB'], values.length)[0]!.topBlocks;
    assert.deepEqual(top, whole.regions(['GB'], values.length)[0]!.topBlocks);
    assert.deepEqual(top, [
      { prefix: '+44 7400', unique: 2 },
      { prefix: '+44 7401', unique: 2 },
      { prefix: '+44 7402', unique: 1 },
    ]);
  });
});
