/**
 * Set algebra on number sets as streaming merges, one partition at a time: two leaks are never
 * held as JavaScript objects, only their succinct sets plus the decoded pair of partitions
 * being merged. Partitions are matched on (calling code, NSN length); a partition present in
 * one set only takes part as is.
 */
import type { NumberSet } from './number-set.js';

export type SetOperation = 'intersection' | 'union' | 'difference';

export interface PartitionResult {
  readonly callingCode: number;
  readonly nsnLength: number;
  /** Sorted unique values of the result; only the first `count` entries are meaningful. */
  readonly values: Float64Array;
  readonly count: number;
  /** Sizes of the operands' partitions (0 when absent). */
  readonly a: number;
  readonly b: number;
}

/** Sorted values of `a` that are in `b`, into `out`; returns the count. Linear merge. */
export function intersectSorted(
  a: Float64Array,
  aCount: number,
  b: Float64Array,
  bCount: number,
  out: Float64Array,
): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < aCount && j < bCount) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      out[n++] = x;
      i++;
      j++;
    }
  }
  return n;
}

/** Sorted values of `a` not in `b`, into `out`; returns the count. */
export function differenceSorted(
  a: Float64Array,
  aCount: number,
  b: Float64Array,
  bCount: number,
  out: Float64Array,
): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < aCount) {
    const x = a[i]!;
    while (j < bCount && b[j]! < x) j++;
    if (j >= bCount || b[j]! !== x) out[n++] = x;
    i++;
  }
  return n;
}

/** Sorted union of `a` and `b`, into `out`; returns the count. */
export function unionSorted(
  a: Float64Array,
  aCount: number,
  b: Float64Array,
  bCount: number,
  out: Float64Array,
): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < aCount && j < bCount) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) {
      out[n++] = x;
      i++;
    } else if (x > y) {
      out[n++] = y;
      j++;
    } else {
      out[n++] = x;
      i++;
      j++;
    }
  }
  while (i < aCount) out[n++] = a[i++]!;
  while (j < bCount) out[n++] = b[j++]!;
  return n;
}

function key(callingCode: number, nsnLength: number): number {
  return callingCode * 32 + nsnLength;
}

/**
 * Runs `operation` partition by partition, in ascending (calling code, length) order, and hands
 * each non-empty result to `onPartition` (whose `values` buffer is reused by the next call).
 */
export function combineSets(
  a: NumberSet,
  b: NumberSet,
  operation: SetOperation,
  onPartition: (result: PartitionResult) => void,
): void {
  const keys = new Map<number, { callingCode: number; nsnLength: number; a: number; b: number }>();
  a.partitions.forEach((p, i) => {
    keys.set(key(p.callingCode, p.nsnLength), {
      callingCode: p.callingCode,
      nsnLength: p.nsnLength,
      a: i,
      b: -1,
    });
  });
  b.partitions.forEach((p, i) => {
    const k = key(p.callingCode, p.nsnLength);
    const entry = keys.get(k);
    if (entry !== undefined) entry.b = i;
    else keys.set(k, { callingCode: p.callingCode, nsnLength: p.nsnLength, a: -1, b: i });
  });
  let bufferA: Float64Array | undefined;
  let bufferB: Float64Array | undefined;
  let out = new Float64Array(0);
  const empty = new Float64Array(0);
  for (const k of [...keys.keys()].sort((x, y) => x - y)) {
    const entry = keys.get(k)!;
    const aCount = entry.a >= 0 ? a.partitions[entry.a]!.count : 0;
    const bCount = entry.b >= 0 ? b.partitions[entry.b]!.count : 0;
    if (operation === 'intersection' && (aCount === 0 || bCount === 0)) continue;
    if (operation === 'difference' && aCount === 0) continue;
    const va = aCount > 0 ? (bufferA = a.values(entry.a, bufferA)) : empty;
    const vb = bCount > 0 ? (bufferB = b.values(entry.b, bufferB)) : empty;
    const size = operation === 'union' ? aCount + bCount : aCount;
    if (out.length < size) out = new Float64Array(size);
    const count =
      operation === 'intersection'
        ? intersectSorted(va, aCount, vb, bCount, out)
        : operation === 'difference'
          ? differenceSorted(va, aCount, vb, bCount, out)
          : unionSorted(va, aCount, vb, bCount, out);
    if (count === 0) continue;
    onPartition({
      callingCode: entry.callingCode,
      nsnLength: entry.nsnLength,
      values: out,
      count,
      a: aCount,
      b: bCount,
    });
  }
}

/** |A ∩ B| without writing anything: the first figure of every comparison. */
export function intersectionSize(a: NumberSet, b: NumberSet): number {
  let total = 0;
  combineSets(a, b, 'intersection', (r) => {
    total += r.count;
  });
  return total;
}

/**
 * A \ (B1 ∪ B2 ∪ …), partition by partition: each partition of `a` is decoded once and the
 * others' matching partitions are subtracted from it in turn.
 */
export function differenceOfMany(
  a: NumberSet,
  others: readonly NumberSet[],
  onPartition: (result: PartitionResult) => void,
): void {
  let bufferA: Float64Array | undefined;
  let bufferB: Float64Array | undefined;
  let scratch: Float64Array = new Float64Array(0);
  a.partitions.forEach((p, index) => {
    bufferA = a.values(index, bufferA);
    if (scratch === bufferA) scratch = new Float64Array(0);
    let current: Float64Array = bufferA;
    let count = p.count;
    for (const other of others) {
      if (count === 0) break;
      const j = other.partitionIndex(p.callingCode, p.nsnLength);
      if (j < 0) continue;
      bufferB = other.values(j, bufferB);
      if (scratch.length < count) scratch = new Float64Array(count);
      const next = scratch;
      count = differenceSorted(current, count, bufferB, other.partitions[j]!.count, next);
      // The two buffers swap roles: the result is the operand of the next subtraction.
      scratch = current;
      current = next;
    }
    if (count > 0)
      onPartition({
        callingCode: p.callingCode,
        nsnLength: p.nsnLength,
        values: current,
        count,
        a: p.count,
        b: 0,
      });
  });
}
