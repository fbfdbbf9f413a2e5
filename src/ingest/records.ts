/**
 * Byte-level helpers of the ingest pipeline: where a chunk of input may be cut without
 * splitting a record, and the merge of a partition's sorted pieces.
 */

export /**
 * The end of the last whole record in `bytes[0..length)`: after the last newline that is not
 * inside a quoted field. Quote parity from the chunk start decides; a stray quote only moves the
 * cut to an earlier newline, and the normaliser reads each record by its own rules.
 */
function recordBoundary(bytes: Uint8Array, length: number, quotes: boolean): number {
  let last = bytes.lastIndexOf(10, length - 1);
  if (last === -1) return 0;
  if (!quotes || bytes.indexOf(34) === -1 || bytes.indexOf(34) > last) return last + 1;
  const quotePositions: number[] = [];
  for (let q = bytes.indexOf(34); q !== -1 && q < last; q = bytes.indexOf(34, q + 1))
    quotePositions.push(q);
  let count = quotePositions.length;
  const floor = Math.max(0, last - (1 << 20));
  while (count % 2 === 1) {
    const previous = bytes.lastIndexOf(10, last - 1);
    if (previous === -1 || previous < floor) return bytes.lastIndexOf(10, length - 1) + 1;
    while (count > 0 && quotePositions[count - 1]! > previous) count--;
    last = previous;
  }
  return last + 1;
}

export /** Merges sorted, pairwise disjoint arrays into one sorted array, two at a time. */
function mergeDisjoint(arrays: Float64Array[]): Float64Array {
  while (arrays.length > 1) {
    const merged: Float64Array[] = [];
    for (let i = 0; i + 1 < arrays.length; i += 2) merged.push(merge2(arrays[i]!, arrays[i + 1]!));
    if (arrays.length % 2 === 1) merged.push(arrays[arrays.length - 1]!);
    arrays = merged;
  }
  return arrays[0] ?? new Float64Array(0);
}

function merge2(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < a.length && j < b.length) out[o++] = a[i]! < b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[o++] = a[i++]!;
  while (j < b.length) out[o++] = b[j++]!;
  return out;
}
