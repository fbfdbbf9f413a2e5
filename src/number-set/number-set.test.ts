import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import { crc32 } from 'node:zlib';
import { binomialLog2, encodeSequence } from './elias-fano.js';
import { CHUNK_LOG } from './number-set-format.js';
import { encodePartitioned, openBlock, planPartitioned } from './partitioned.js';
import {
  NumberSetWriter,
  decodeNumberSet,
  encodeNumberSet,
  encodePartition,
  readNumberSet,
  type NumberSet,
  type NumberSetInput,
} from './index.js';

/** mulberry32: reproducible test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return () => ((next() >>> 5) * 2 ** 26 + (next() >>> 6)) / 2 ** 53;
}

/** n unique integers of [from, to), ascending. */
function sample(n: number, from: number, to: number, rand: () => number): Float64Array {
  const seen = new Set<number>();
  while (seen.size < n) seen.add(from + Math.floor(rand() * (to - from)));
  return Float64Array.from([...seen].sort((a, b) => a - b));
}

/** Number of values below x, by binary search over a plain sorted array. */
function plainRank(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function roundTrip(inputs: NumberSetInput[]): NumberSet {
  const set = decodeNumberSet(encodeNumberSet(inputs));
  const present = inputs.filter((input) => (input.count ?? input.values.length) > 0);
  assert.equal(set.partitions.length, present.length);
  present.forEach((input, p) => {
    const count = input.count ?? input.values.length;
    const partition = set.partitions[p]!;
    assert.equal(partition.callingCode, input.callingCode);
    assert.equal(partition.nsnLength, input.nsnLength);
    assert.equal(partition.count, count);
    assert.equal(set.partitionIndex(input.callingCode, input.nsnLength), p);
    assert.deepEqual(set.values(p), input.values.subarray(0, count));
  });
  assert.equal(
    set.count,
    present.reduce((sum, input) => sum + (input.count ?? input.values.length), 0),
  );
  return set;
}

/** has, select and rank of partition p against the plain array, on random queries. */
function checkQueries(
  set: NumberSet,
  p: number,
  values: Float64Array,
  nsnLength: number,
  rand: () => number,
): void {
  const { callingCode } = set.partitions[p]!;
  const members = new Set(values);
  const universe = 10 ** nsnLength;
  for (let q = 0; q < 2000; q++) {
    const i = Math.floor(rand() * values.length);
    assert.equal(set.select(p, i), values[i]);
    assert.equal(set.has(callingCode, nsnLength, values[i]!), true);
    assert.equal(set.rank(p, values[i]!), i);
    assert.equal(set.rank(p, values[i]! + 1), i + 1);
    // Near misses and random numbers of the whole universe.
    for (const x of [values[i]! - 1, values[i]! + 1, Math.floor(rand() * universe)]) {
      assert.equal(set.has(callingCode, nsnLength, x), members.has(x), `has ${x}`);
      assert.equal(set.rank(p, x), plainRank(values, x), `rank ${x}`);
    }
  }
  assert.equal(set.rank(p, -1), 0);
  assert.equal(set.rank(p, universe), values.length);
  assert.equal(set.has(callingCode, nsnLength, values[0]! + 0.5), false);
  assert.equal(set.has(callingCode, nsnLength, -1), false);
}

/**
 * `blocks` dense operator blocks of 10^4..10^6 numbers (or `size` when given), each 5%..90% full
 * (or `density`), at random places of [0, universe), ascending.
 */
function clustered(
  blocks: number,
  universe: number,
  rand: () => number,
  size?: number,
  density?: number,
): Float64Array {
  const starts = new Set<number>();
  const span = size ?? 1e6;
  while (starts.size < blocks) starts.add(Math.floor(rand() * (universe / span)) * span);
  const out: number[] = [];
  for (const start of [...starts].sort((a, b) => a - b)) {
    const length = size ?? Math.floor(10 ** (4 + 2 * rand()));
    const d = density ?? 0.05 + 0.85 * rand();
    for (let i = 0; i < length; i++) if (rand() < d) out.push(start + i);
  }
  return Float64Array.from(out);
}

/** values as a partitioned block (whatever the writer would pick), checked against the array. */
function checkPartitioned(values: Float64Array, limit: number, rand: () => number): void {
  const plan = planPartitioned(values, values.length, limit);
  assert.ok(plan !== undefined);
  const { shape, words } = encodePartitioned(values, values.length, plan);
  assert.equal(words.length, plan.words);
  const sequence = openBlock(shape, words);
  assert.equal(sequence.verify(), undefined);
  const out = new Float64Array(values.length);
  sequence.decode(out);
  assert.deepEqual(out, values);
  const members = new Set(values);
  const queries = Math.min(3000, values.length * 3);
  for (let q = 0; q < queries; q++) {
    const i = q < values.length ? q : Math.floor(rand() * values.length);
    assert.equal(sequence.select(i), values[i]);
    assert.equal(sequence.rank(values[i]!), i);
    for (const x of [values[i]! - 1, values[i]! + 1, Math.floor(rand() * limit)]) {
      assert.equal(sequence.has(x), members.has(x), `has ${x}`);
      assert.equal(sequence.rank(x), plainRank(values, x), `rank ${x}`);
    }
  }
  assert.equal(sequence.rank(-1), 0);
  assert.equal(sequence.rank(limit), values.length);
  assert.equal(sequence.has(values[0]! + 0.5), false);
}

function assertCode(fn: () => unknown, code: 'INTERNAL' | 'CORRUPT_STORE' | 'IO_ERROR'): void {
  assert.throws(fn, (error) => isRingfenceError(error, code));
}

describe('number set round trips', () => {
  it('keeps random sparse sets (Elias-Fano)', () => {
    const rand = random(1);
    for (const nsnLength of [7, 9, 10, 12, 14]) {
      const values = sample(5000, 0, 10 ** nsnLength, rand);
      const set = roundTrip([{ callingCode: 44, nsnLength, values }]);
      assert.equal(set.partitions[0]!.encoding, 'elias-fano');
      checkQueries(set, 0, values, nsnLength, rand);
    }
  });

  it('handles low parts wider than 32 bits and exactly 32 bits', () => {
    const rand = random(2);
    // 50 values over 10^15: about 44 low bits; 2^32 apart on average: 32.
    for (const [count, from, to] of [
      [50, 0, 1e15],
      [1000, 0, 1000 * 2 ** 32],
      [300, 1e15 - 2 ** 40, 1e15],
    ] as const) {
      const values = sample(count, from, to, rand);
      const set = roundTrip([{ callingCode: 7, nsnLength: 15, values }]);
      checkQueries(set, 0, values, 15, rand);
    }
  });

  it('chooses a bitmap for dense sets', () => {
    const rand = random(3);
    const values = sample(60_000, 2_000_000, 2_100_000, rand);
    const set = roundTrip([{ callingCode: 33, nsnLength: 7, values }]);
    // A bitmap, or bitmap chunks when skipping the gaps between chunks saves more than the
    // chunk directory costs (here 3,216 words against 3,223).
    assert.ok(['bitmap', 'partitioned'].includes(set.partitions[0]!.encoding));
    assert.ok((set.partitions[0]!.bytes * 8) / 60_000 < 100_000 / 60_000 + 0.1);
    const dense = roundTrip([
      { callingCode: 33, nsnLength: 4, values: sample(900, 0, 1000, rand) },
    ]);
    assert.equal(dense.partitions[0]!.encoding, 'bitmap');
    checkQueries(set, 0, values, 7, rand);
    const full = Float64Array.from({ length: 5000 }, (_, i) => 1000 + i);
    const fullSet = roundTrip([{ callingCode: 33, nsnLength: 4, values: full }]);
    // A run of consecutive numbers: partitioned chunks of zero payload bits beat the bitmap.
    assert.equal(fullSet.partitions[0]!.encoding, 'partitioned');
    checkQueries(fullSet, 0, full, 4, rand);
  });

  it('keeps clustered sets (partitioned Elias-Fano)', () => {
    const rand = random(11);
    for (const blocks of [1, 5, 40]) {
      const values = clustered(blocks, 1e10, rand);
      const set = roundTrip([{ callingCode: 44, nsnLength: 10, values }]);
      // One block alone may be best as one bitmap or one Elias-Fano sequence.
      if (blocks > 1) assert.equal(set.partitions[0]!.encoding, 'partitioned');
      checkQueries(set, 0, values, 10, rand);
    }
  });

  it('keeps any set as partitioned chunks: clustered, sparse, runs, chunk-boundary sizes', () => {
    const rand = random(12);
    const size = 2 ** CHUNK_LOG;
    checkPartitioned(clustered(20, 1e10, rand), 1e10, rand);
    checkPartitioned(sample(5000, 0, 1e10, rand), 1e10, rand);
    // Low fields wider than 32 bits, in chunks and in the bounds.
    checkPartitioned(sample(600, 0, 1e15, rand), 1e15, rand);
    checkPartitioned(sample(300, 1e15 - 2 ** 45, 1e15, rand), 1e15, rand);
    // Runs, and runs broken by one hole or separated by one missing number.
    const run = Float64Array.from({ length: 10 * size + 3 }, (_, i) => 5e9 + i);
    checkPartitioned(run, 1e10, rand);
    checkPartitioned(
      run.filter((_, i) => i !== 3 * size + 7),
      1e10,
      rand,
    );
    checkPartitioned(
      Float64Array.from({ length: 4 * size }, (_, i) => i + (i >= 2 * size ? 1 : 0)),
      1e10,
      rand,
    );
    for (const count of [2, 3, size - 1, size, size + 1, 2 * size - 1, 2 * size, 2 * size + 1]) {
      checkPartitioned(sample(count, 0, 10 * count, rand), 1e10, rand);
      checkPartitioned(sample(count, 0, 1e10, rand), 1e10, rand);
      checkPartitioned(
        Float64Array.from({ length: count }, (_, i) => 1000 + i),
        1e10,
        rand,
      );
    }
  });

  it('keeps chunk-boundary partition sizes through the file', () => {
    const rand = random(13);
    const size = 2 ** CHUNK_LOG;
    for (const count of [size - 1, size, size + 1, 3 * size - 1, 3 * size, 3 * size + 1]) {
      // Runs far apart, one per chunk: partitioned wins.
      const values = Float64Array.from({ length: count }, (_, i) => (i < size ? 1e6 : 8e9) + i);
      const set = roundTrip([{ callingCode: 1, nsnLength: 10, values }]);
      assert.equal(set.partitions[0]!.encoding, 'partitioned');
      checkQueries(set, 0, values, 10, rand);
      // The same runs meeting inside a chunk, which is then cut in two pieces at the gap.
      for (const cut of [1, size / 2, size - 1]) {
        const straddling = Float64Array.from(
          { length: count },
          (_, i) => (i < cut ? 1e6 : 8e9) + i,
        );
        const again = roundTrip([{ callingCode: 1, nsnLength: 10, values: straddling }]);
        assert.equal(again.partitions[0]!.encoding, 'partitioned');
        assert.ok(again.partitions[0]!.bytes < 200, `${again.partitions[0]!.bytes} bytes`);
        checkQueries(again, 0, straddling, 10, rand);
      }
    }
  });

  it('writes an empty set', () => {
    const set = roundTrip([]);
    assert.equal(set.count, 0);
    assert.deepEqual(set.summary.bitsPerNumber, 0);
    assert.equal(set.has(44, 10, 2079460000), false);
    assert.equal(set.partitionIndex(44, 10), -1);
    const skipped = roundTrip([
      { callingCode: 44, nsnLength: 10, values: new Float64Array(0) },
      { callingCode: 49, nsnLength: 10, values: Float64Array.of(1, 2, 3), count: 0 },
    ]);
    assert.equal(skipped.partitions.length, 0);
  });

  it('keeps one value, and the ends of the universe', () => {
    for (const values of [
      Float64Array.of(0),
      Float64Array.of(9_999_999_999),
      Float64Array.of(0, 9_999_999_999),
      Float64Array.of(0, 1, 9_999_999_998, 9_999_999_999),
    ]) {
      const set = roundTrip([{ callingCode: 44, nsnLength: 10, values }]);
      values.forEach((value, i) => {
        assert.equal(set.has(44, 10, value), true);
        assert.equal(set.select(0, i), value);
        assert.equal(set.rank(0, value), i);
      });
      assert.equal(set.has(44, 10, 5_000_000_000), false);
    }
  });

  it('keeps many partitions, and reads only a prefix of values when given count', () => {
    const rand = random(4);
    const inputs: NumberSetInput[] = [];
    for (let callingCode = 1; callingCode <= 999; callingCode += 7) {
      for (const nsnLength of [4, 8, 11]) {
        const count = 1 + Math.floor(rand() * 300);
        const values = sample(count, 0, 10 ** nsnLength, rand);
        inputs.push({ callingCode, nsnLength, values, count: Math.max(1, count - 3) });
      }
    }
    const set = roundTrip(inputs);
    assert.equal(set.partitionIndex(2, 8), -1);
    assert.equal(set.partitionIndex(8, 5), -1);
    const p = set.partitionIndex(995, 11);
    assert.equal(p, set.partitions.length - 1);
    const out = new Float64Array(1000).fill(-1);
    assert.equal(set.values(p, out), out);
    assert.deepEqual(out.subarray(0, set.partitions[p]!.count), set.values(p));
  });

  it('writes the same bytes streaming to a file as in memory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rfns-test-'));
    after(() => {
      rmSync(dir, { recursive: true, force: true });
    });
    const rand = random(5);
    const inputs = [
      { callingCode: 1, nsnLength: 10, values: sample(3000, 0, 1e10, rand) },
      { callingCode: 44, nsnLength: 4, values: sample(3000, 0, 1e4, rand) },
    ];
    const path = join(dir, 'numbers.rfns');
    const writer = NumberSetWriter.open(path);
    for (const { callingCode, nsnLength, values } of inputs) {
      writer.addPartition(callingCode, nsnLength, values, values.length);
    }
    const summary = writer.close();
    assert.deepEqual(new Uint8Array(readFileSync(path)), encodeNumberSet(inputs));
    const set = readNumberSet(path);
    assert.deepEqual(set.summary, summary);
    assert.equal(summary.count, 6000);
    assert.equal(summary.bytes, readFileSync(path).length);
    assert.match(summary.checksum, /^[0-9a-f]{8}$/);
    assertCode(() => {
      writer.addPartition(49, 10, Float64Array.of(1), 1);
    }, 'INTERNAL');
    assertCode(() => writer.close(), 'INTERNAL');
    assertCode(() => readNumberSet(join(dir, 'missing.rfns')), 'IO_ERROR');
    assertCode(() => NumberSetWriter.open(join(dir, 'no', 'such', 'dir.rfns')), 'IO_ERROR');
  });
});

describe('number set size', () => {
  it('stays within 1 bit per number of the information-theoretic bound', () => {
    const rand = random(6);
    for (let nsnLength = 7; nsnLength <= 13; nsnLength++) {
      const values = sample(100_000, 0, 10 ** nsnLength, rand);
      const { summary, partitions } = decodeNumberSet(
        encodeNumberSet([{ callingCode: 44, nsnLength, values }]),
      );
      const bound = binomialLog2(10 ** nsnLength, 100_000) / 100_000;
      assert.ok(Math.abs(summary.boundBitsPerNumber - bound) < 1e-9);
      assert.ok(Math.abs(partitions[0]!.boundBits - bound * 100_000) < 1e-6);
      assert.ok(
        summary.bitsPerNumber <= bound + 1,
        `10^${nsnLength}: ${summary.bitsPerNumber} bits per number, bound ${bound}`,
      );
    }
  });

  it('stays within 1 bit of the bound across densities', () => {
    const rand = random(7);
    for (const count of [100_000, 200_000, 300_000, 500_000, 700_000, 900_000]) {
      const values = sample(count, 0, 1e6, rand);
      const { summary } = decodeNumberSet(
        encodeNumberSet([{ callingCode: 44, nsnLength: 6, values }]),
      );
      assert.ok(summary.bitsPerNumber <= summary.boundBitsPerNumber + 1, `${count} of 10^6`);
    }
  });

  it('costs well under plain Elias-Fano on clustered sets', () => {
    const rand = random(14);
    // 200 blocks of 10^5 numbers at 5%: about a million numbers over 10^10.
    const values = clustered(200, 1e10, rand, 1e5, 0.05);
    const { summary, partitions } = decodeNumberSet(
      encodeNumberSet([{ callingCode: 44, nsnLength: 10, values }]),
    );
    assert.equal(partitions[0]!.encoding, 'partitioned');
    const plainBits =
      (encodeSequence(values, values.length, 1e10).words.length * 32) / values.length;
    // Inside a block the bound is H(0.05) / 0.05 = 5.7 bits; plain EF spends about 15.
    assert.ok(plainBits > 14, `plain ${plainBits}`);
    assert.ok(summary.bitsPerNumber < 7, `partitioned ${summary.bitsPerNumber}`);
  });

  it('computes log2 C(universe, n) exactly for small and accurately for large values', () => {
    assert.equal(binomialLog2(10, 0), 0);
    assert.equal(binomialLog2(10, 10), 0);
    assert.ok(Math.abs(binomialLog2(10, 3) - Math.log2(120)) < 1e-12);
    assert.ok(Math.abs(binomialLog2(100, 50) - 96.348717) < 1e-5);
    const sumOfLogs = (u: number, n: number) => {
      let bits = 0;
      for (let i = 1; i <= n; i++) bits += Math.log2((u - n + i) / i);
      return bits;
    };
    for (const [u, n] of [
      [1e6, 1000],
      [3000, 1500],
      [1e10, 1],
      [1e10, 12_345],
      [1e15, 3],
      [1e17, 2],
      [1e7, 1e7 - 5],
    ] as const) {
      const expected = sumOfLogs(u, Math.min(n, u - n));
      const relative = Math.abs(binomialLog2(u, n) - expected) / expected;
      assert.ok(relative < 1e-9, `C(${u}, ${n}): ${binomialLog2(u, n)} vs ${expected}`);
    }
    assertCode(() => binomialLog2(10, 11), 'INTERNAL');
  });
});

describe('number set misuse', () => {
  const encode = (values: number[], nsnLength = 4, callingCode = 44) =>
    encodeNumberSet([{ callingCode, nsnLength, values: Float64Array.from(values) }]);

  it('rejects values that are unsorted, repeated, out of range or not integers', () => {
    assertCode(() => encode([5, 3, 8]), 'INTERNAL');
    assertCode(() => encode([3, 3, 8]), 'INTERNAL');
    assertCode(() => encode([3, 5, 10_000]), 'INTERNAL');
    assertCode(() => encode([-1, 5]), 'INTERNAL');
    assertCode(() => encode([1, 2.5, 3]), 'INTERNAL');
    assertCode(() => encode([1, Number.NaN, 3]), 'INTERNAL');
    // Sparse: an inversion before the last value, which is the largest.
    assertCode(() => encode([1, 9000, 20, 9999]), 'INTERNAL');
    assertCode(() => encode([1, 9000, 20, 9999], 10), 'INTERNAL');
    // Dense (bitmap).
    assertCode(() => encode([1, 2, 4, 3, 5]), 'INTERNAL');
  });

  it('rejects partitions out of order and bad keys or counts', () => {
    const one = Float64Array.of(1);
    const twice = (a: [number, number], b: [number, number]) =>
      encodeNumberSet([
        { callingCode: a[0], nsnLength: a[1], values: one },
        { callingCode: b[0], nsnLength: b[1], values: one },
      ]);
    assertCode(() => twice([44, 10], [44, 10]), 'INTERNAL');
    assertCode(() => twice([44, 10], [44, 9]), 'INTERNAL');
    assertCode(() => twice([44, 10], [33, 11]), 'INTERNAL');
    assert.doesNotThrow(() => twice([44, 9], [44, 10]));
    assertCode(() => encode([1], 4, 0), 'INTERNAL');
    assertCode(() => encode([1], 4, 1000), 'INTERNAL');
    assertCode(() => encode([1], 0), 'INTERNAL');
    assertCode(() => encode([1], 18), 'INTERNAL');
    assertCode(
      () => encodeNumberSet([{ callingCode: 1, nsnLength: 4, values: one, count: 2 }]),
      'INTERNAL',
    );
    assertCode(
      () => encodeNumberSet([{ callingCode: 1, nsnLength: 4, values: one, count: -1 }]),
      'INTERNAL',
    );
  });

  it('rejects or reads safely a partitioned file altered under a fixed-up checksum', () => {
    const rand = random(15);
    const values = clustered(3, 1e10, rand, 3000, 0.3);
    const bytes = encodeNumberSet([{ callingCode: 44, nsnLength: 10, values }]);
    assert.equal(decodeNumberSet(bytes).partitions[0]!.encoding, 'partitioned');
    for (let i = 16; i < bytes.length; i++) {
      for (const bit of [0x01, 0x10, 0x80]) {
        const altered = bytes.slice();
        altered[i]! ^= bit;
        new DataView(altered.buffer).setUint32(12, crc32(altered.subarray(16)), true);
        let set: NumberSet;
        try {
          set = decodeNumberSet(altered);
        } catch (error) {
          assert.ok(isRingfenceError(error, 'CORRUPT_STORE'), String(error));
          continue;
        }
        // Accepted (another valid set): every query stays in bounds.
        const p = 0;
        const n = set.partitions[p]!.count;
        set.values(p);
        for (let q = 0; q < 20; q++) {
          set.select(p, Math.floor(rand() * n));
          set.rank(p, values[q]! + 1);
          set.has(44, 10, values[q * 7]!);
        }
      }
    }
  });

  it('rejects queries for partitions or ranks that do not exist', () => {
    const set = decodeNumberSet(encode([1, 5, 9]));
    assertCode(() => set.select(1, 0), 'INTERNAL');
    assertCode(() => set.select(0, 3), 'INTERNAL');
    assertCode(() => set.select(0, -1), 'INTERNAL');
    assertCode(() => set.values(-1), 'INTERNAL');
    assertCode(() => set.rank(0, Number.NaN), 'INTERNAL');
  });
});

// A version-1 file: +1 202 555 0123 (a bitmap of one bit), +44 20 7946 0000, +44 20 7946 0001,
// +44 7700 900123 (Elias-Fano) and +352 10..13, 15 (a bitmap). Changing the format must change
// FORMAT_VERSION, and this fixture stays to be read by the new reader or rejected.
const FIXTURE_V1 = [
  '52464e5301000000000000005fff1c0c010000000000000000000020000000ec',
  '79413c000310000000000000020000002f00000000000000010000000a010000',
  '01000000000000002b71bb78000000002b71bb78000000001000000000000000',
  '08000000000000002c0000000a001d000300000000000000a00af27b00000000',
  '1b6902cb01000000180000000000000018000000000000006001000002010000',
  '05000000000000000a000000000000000f000000000000003000000000000000',
  '0800000000000000380000000000000003000000000000000900000000000000',
].join('');

function fixture(): Uint8Array {
  return new Uint8Array(Buffer.from(FIXTURE_V1, 'hex'));
}

describe('number set format', () => {
  it('reads the version-1 fixture, and writes it again byte for byte', () => {
    const set = decodeNumberSet(fixture());
    assert.deepEqual(
      set.partitions.map((p) => [p.callingCode, p.nsnLength, p.count, p.encoding]),
      [
        [1, 10, 1, 'bitmap'],
        [44, 10, 3, 'elias-fano'],
        [352, 2, 5, 'bitmap'],
      ],
    );
    assert.deepEqual([...set.values(0)], [2025550123]);
    assert.deepEqual([...set.values(1)], [2079460000, 2079460001, 7700900123]);
    assert.deepEqual([...set.values(2)], [10, 11, 12, 13, 15]);
    assert.equal(set.has(44, 10, 2079460001), true);
    assert.equal(set.has(44, 10, 2079460002), false);
    assert.equal(set.summary.checksum, '0c1cff5f');
    assert.equal(set.summary.bytes, 224);
    const again = encodeNumberSet(
      set.partitions.map((p, i) => ({
        callingCode: p.callingCode,
        nsnLength: p.nsnLength,
        values: set.values(i),
      })),
    );
    assert.equal(Buffer.from(again).toString('hex'), FIXTURE_V1);
  });

  it('reads unaligned bytes', () => {
    const bytes = fixture();
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    assert.deepEqual([...decodeNumberSet(shifted).values(1)], [2079460000, 2079460001, 7700900123]);
  });

  it('rejects a bad magic, an unknown version, a flipped byte and a truncated file', () => {
    const corrupt = (bytes: Uint8Array, reason: RegExp) => {
      assert.throws(
        () => decodeNumberSet(bytes, 'leaks/x/numbers.rfns'),
        (error) =>
          isRingfenceError(error, 'CORRUPT_STORE') &&
          error.exit === 65 &&
          error.message.startsWith('leaks/x/numbers.rfns is not a valid ringfence file: ') &&
          reason.test(error.message),
      );
    };
    const magic = fixture();
    magic[0] = 0x58;
    corrupt(magic, /bad magic/);
    const version = fixture();
    version[4] = 2;
    corrupt(version, /unsupported format version 2/);
    const bytes = fixture();
    for (let i = 0; i < bytes.length; i++) {
      for (const bit of [0x01, 0x80]) {
        const flipped = fixture();
        flipped[i]! ^= bit;
        corrupt(flipped, /./);
      }
    }
    for (let length = 0; length < bytes.length; length++) corrupt(bytes.slice(0, length), /./);
    corrupt(new Uint8Array([...bytes, 0]), /checksum/);
  });
});

describe('encodePartition', () => {
  it('writes, through addEncoded, the same file as addPartition', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringfence-encoded-'));
    const partitions: [number, number, Float64Array][] = [
      [1, 10, Float64Array.from({ length: 20_000 }, (_, i) => 2_025_550_000 + i * 3)],
      [44, 10, Float64Array.from([7_400_123_456, 7_400_123_457, 7_900_000_000])],
      [888, 9, new Float64Array(0)],
    ];
    const a = NumberSetWriter.open(join(dir, 'a.rfns'));
    const b = NumberSetWriter.open(join(dir, 'b.rfns'));
    for (const [cc, length, values] of partitions) {
      a.addPartition(cc, length, values, values.length);
      const encoded = encodePartition(cc, length, values, values.length);
      assert.equal(encoded === null, values.length === 0);
      if (encoded !== null) b.addEncoded(encoded);
    }
    assert.deepEqual(b.close(), a.close());
    assert.deepEqual(readFileSync(join(dir, 'b.rfns')), readFileSync(join(dir, 'a.rfns')));
    assert.throws(
      () => encodePartition(0, 10, new Float64Array(1), 1),
      (error: unknown) => isRingfenceError(error) && error.code === 'INTERNAL',
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
