import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeNumberSet, encodeNumberSet } from './index.js';
import {
  combineSets,
  differenceOfMany,
  intersectionSize,
  type SetOperation,
} from './set-algebra.js';
import { seededRandom } from '../random.js';

type Plain = Map<string, Set<number>>;

/** Random sets over a few partitions, with a known overlap. */
function makePair(seed: string): { a: Plain; b: Plain } {
  const random = seededRandom(seed);
  const a: Plain = new Map();
  const b: Plain = new Map();
  const partitions: [number, number][] = [
    [1, 10],
    [20, 10],
    [44, 10],
    [39, 9],
    [966, 9],
    [7, 10],
  ];
  for (const [cc, len] of partitions) {
    const key = `${cc}:${len}`;
    const sa = new Set<number>();
    const sb = new Set<number>();
    const n = Math.floor(random() * 3000);
    for (let i = 0; i < n; i++) {
      const v = Math.floor(random() * 10 ** len);
      const r = random();
      if (r < 0.4) {
        sa.add(v);
        sb.add(v);
      } else if (r < 0.7) sa.add(v);
      else sb.add(v);
    }
    // Some partitions only on one side.
    if (cc !== 7) a.set(key, sa);
    if (cc !== 966) b.set(key, sb);
  }
  return { a, b };
}

function encode(plain: Plain): ReturnType<typeof decodeNumberSet> {
  const parts = [...plain]
    .map(([key, set]) => {
      const [cc, len] = key.split(':').map(Number) as [number, number];
      return {
        callingCode: cc,
        nsnLength: len,
        values: Float64Array.from([...set].sort((x, y) => x - y)),
      };
    })
    .sort((x, y) => x.callingCode - y.callingCode || x.nsnLength - y.nsnLength);
  return decodeNumberSet(encodeNumberSet(parts));
}

function expected(a: Plain, b: Plain, operation: SetOperation): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const sa = a.get(key) ?? new Set<number>();
    const sb = b.get(key) ?? new Set<number>();
    const values =
      operation === 'intersection'
        ? [...sa].filter((v) => sb.has(v))
        : operation === 'difference'
          ? [...sa].filter((v) => !sb.has(v))
          : [...new Set([...sa, ...sb])];
    if (values.length > 0)
      out.set(
        key,
        values.sort((x, y) => x - y),
      );
  }
  return out;
}

describe('set algebra on number sets', () => {
  for (const operation of ['intersection', 'union', 'difference'] as const) {
    it(`${operation} matches a Set oracle, partition by partition`, () => {
      for (const seed of ['s1', 's2', 's3']) {
        const { a, b } = makePair(seed);
        const got = new Map<string, number[]>();
        combineSets(encode(a), encode(b), operation, (r) => {
          got.set(`${r.callingCode}:${r.nsnLength}`, [...r.values.subarray(0, r.count)]);
        });
        assert.deepEqual(got, expected(a, b, operation), seed);
      }
    });
  }

  it('counts |A ∩ B| and obeys |A ∪ B| = |A| + |B| - |A ∩ B|', () => {
    const { a, b } = makePair('count');
    const sa = encode(a);
    const sb = encode(b);
    const inter = intersectionSize(sa, sb);
    let union = 0;
    combineSets(sa, sb, 'union', (r) => {
      union += r.count;
    });
    assert.equal(union, sa.count + sb.count - inter);
    assert.equal(intersectionSize(sa, sa), sa.count);
  });

  it('subtracts several sets at once (A minus the union of the others)', () => {
    const { a, b } = makePair('many-1');
    const { a: c } = makePair('many-2');
    const want = new Map<string, number[]>();
    for (const [key, set] of a) {
      const left = [...set].filter(
        (v) => !(b.get(key)?.has(v) ?? false) && !(c.get(key)?.has(v) ?? false),
      );
      if (left.length > 0)
        want.set(
          key,
          left.sort((x, y) => x - y),
        );
    }
    const got = new Map<string, number[]>();
    differenceOfMany(encode(a), [encode(b), encode(c)], (r) => {
      got.set(`${r.callingCode}:${r.nsnLength}`, [...r.values.subarray(0, r.count)]);
    });
    assert.deepEqual(got, want);
  });
});
