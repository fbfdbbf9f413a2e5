/**
 * Stage 1 of the private-check index: every unique number of the store's leaks with its bucket
 * and its leak set, sorted by bucket, written as `numbers.rfpb` (layout in ./index-format.ts).
 *
 * The leaks' number sets are merged partition by partition ((calling code, NSN length)
 * ascending, NSN ascending within one), so a number held by several leaks comes out once with
 * the set of those leaks. Leak sets are numbered in the order they first appear, which makes
 * the file a function of the store alone. Two passes over the merge: the first hashes each
 * number into its bucket (the only per-number cost, one SHA-256) and counts the buckets, the
 * second places each record at its bucket's next slot: a counting sort, stable, so the records
 * of a bucket keep the merge order. Memory: 4 bytes per number for the buckets of the first
 * pass plus the file's 16 bytes per record, held in 1 GiB segments before it is written (about
 * 11 GB for the 533 million numbers of the 2021 Facebook scrape).
 */
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { sha256 } from '@noble/hashes/sha2.js';
import { RingfenceError } from '../errors.js';
import type { NumberSet } from '../number-set/index.js';
import { LeakStore } from '../store/index.js';
import {
  CHECKSUM_OFFSET,
  MAX_E164_DIGITS,
  MAX_NUMBERS,
  OFFSET_COUNT,
  RECORD_BYTES,
  encodeNumbersHead,
  offsetsBytes,
  writeRecord,
  type Catalogue,
  type CatalogueLeak,
} from './index-format.js';
import { BUCKET_COUNT, BUCKET_TAG } from './protocol.js';

/** Records per buffer of pass 2: 1 GiB each. */
const SEGMENT_RECORDS = 2 ** 26;

export interface NumbersFileSummary {
  readonly numbers: number;
  readonly largestBucket: number;
  readonly nonEmptyBuckets: number;
  readonly checksum: number;
  readonly bytes: number;
}

/**
 * bucketOf (./protocol.ts) without building a string per number: the tag and the E.164 digits
 * go into one reused buffer. The tests check it against bucketOf for every number they index.
 */
class Bucketer {
  private readonly buffer = new Uint8Array(BUCKET_TAG.length + 1 + MAX_E164_DIGITS);
  private prefixEnd = 0;

  constructor() {
    for (let i = 0; i < BUCKET_TAG.length; i++) this.buffer[i] = BUCKET_TAG.charCodeAt(i);
    this.buffer[BUCKET_TAG.length] = 0x2b; // '+'
  }

  /** Sets the calling code of the numbers that follow. */
  callingCode(code: number): void {
    const digits = String(code);
    let at = BUCKET_TAG.length + 1;
    for (let i = 0; i < digits.length; i++) this.buffer[at++] = digits.charCodeAt(i);
    this.prefixEnd = at;
  }

  bucket(nsn: number, nsnLength: number): number {
    const buffer = this.buffer;
    const end = this.prefixEnd + nsnLength;
    let v = nsn;
    for (let at = end - 1; at >= this.prefixEnd; at--) {
      const q = Math.floor(v / 10);
      buffer[at] = 0x30 + (v - q * 10);
      v = q;
    }
    const h = sha256(buffer.subarray(0, end));
    return ((h[0]! << 12) | (h[1]! << 4) | (h[2]! >>> 4)) >>> 0;
  }
}

/** Leak sets by first appearance; a set of one leak, the common case, without a string key. */
class LeakSets {
  readonly sets: number[][] = [];
  private readonly single: number[] = [];
  private readonly multi = new Map<string, number>();

  one(leak: number): number {
    let id = this.single[leak];
    if (id === undefined) {
      id = this.sets.push([leak]) - 1;
      this.single[leak] = id;
    }
    return id;
  }

  many(leaks: number[]): number {
    if (leaks.length === 1) return this.one(leaks[0]!);
    const key = leaks.join(',');
    let id = this.multi.get(key);
    if (id === undefined) {
      id = this.sets.push(leaks.slice()) - 1;
      this.multi.set(key, id);
    }
    return id;
  }
}

interface PartitionGroup {
  readonly callingCode: number;
  readonly nsnLength: number;
  /** [leak index, partition index in that leak's set], leak indices ascending. */
  readonly parts: (readonly [number, number])[];
}

function partitionGroups(sets: readonly NumberSet[]): PartitionGroup[] {
  const groups = new Map<number, PartitionGroup>();
  sets.forEach((set, leak) => {
    set.partitions.forEach((partition, p) => {
      const key = partition.callingCode * 100 + partition.nsnLength;
      let group = groups.get(key);
      if (group === undefined) {
        group = { callingCode: partition.callingCode, nsnLength: partition.nsnLength, parts: [] };
        groups.set(key, group);
      }
      group.parts.push([leak, p]);
    });
  });
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, group]) => group);
}

type Visit = (nsn: number, leakSet: number) => void;

/** Calls `visit` for each unique number of the group, ascending, with its leak set. */
function mergeGroup(
  sets: readonly NumberSet[],
  group: PartitionGroup,
  leakSets: LeakSets,
  visit: Visit,
): void {
  const values = group.parts.map(([leak, p]) => sets[leak]!.values(p));
  const leaks = group.parts.map(([leak]) => leak);
  if (values.length === 1) {
    const only = values[0]!;
    const id = leakSets.one(leaks[0]!);
    for (let i = 0; i < only.length; i++) visit(only[i]!, id);
    return;
  }
  const at = new Array<number>(values.length).fill(0);
  const members: number[] = [];
  for (;;) {
    let min = Infinity;
    for (let k = 0; k < values.length; k++) {
      const v = values[k]![at[k]!];
      if (v !== undefined && v < min) min = v;
    }
    if (min === Infinity) return;
    members.length = 0;
    for (let k = 0; k < values.length; k++) {
      if (values[k]![at[k]!] === min) {
        members.push(leaks[k]!);
        at[k]!++;
      }
    }
    visit(min, leakSets.many(members));
  }
}

/**
 * Writes `numbers.rfpb` at `path` for these leaks of the store (in this order: the catalogue's)
 * and fsyncs it. Pure function of the leaks' number sets; run in a worker thread by the build.
 */
export function writeNumbersFile(
  storeRoot: string,
  leaks: readonly CatalogueLeak[],
  path: string,
  /** Records per buffer (tests make it small to cross segment bounds). */
  segmentRecords = SEGMENT_RECORDS,
): NumbersFileSummary {
  const store = new LeakStore(storeRoot);
  const sets = leaks.map((leak) => store.numbers(leak.name));
  const groups = partitionGroups(sets);
  for (const group of groups) {
    if (String(group.callingCode).length + group.nsnLength > MAX_E164_DIGITS) {
      throw new RingfenceError('CORRUPT_STORE', {
        path: join(store.leaksDir, leaks[group.parts[0]![0]]!.name, 'numbers.rfns'),
        reason: `partition +${group.callingCode}/${group.nsnLength} is longer than E.164 allows`,
      });
    }
  }
  const upperBound = sets.reduce((sum, set) => sum + set.count, 0);
  if (upperBound > MAX_NUMBERS) {
    throw new RingfenceError('INTERNAL', { reason: 'more numbers than the index format holds' });
  }

  // Pass 1: each number's bucket, in merge order, and the bucket sizes.
  const leakSets = new LeakSets();
  const bucketer = new Bucketer();
  const buckets = new Uint32Array(upperBound);
  const offsets = new Uint32Array(OFFSET_COUNT);
  let n = 0;
  for (const group of groups) {
    bucketer.callingCode(group.callingCode);
    const length = group.nsnLength;
    mergeGroup(sets, group, leakSets, (nsn) => {
      const b = bucketer.bucket(nsn, length);
      buckets[n++] = b;
      offsets[b + 1]!++;
    });
  }
  let largest = 0;
  let nonEmpty = 0;
  for (let b = 0; b < BUCKET_COUNT; b++) {
    const size = offsets[b + 1]!;
    if (size > largest) largest = size;
    if (size > 0) nonEmpty++;
    offsets[b + 1] = offsets[b]! + size;
  }

  // Pass 2: each record at its bucket's next slot. Records are held in segments of at most
  // SEGMENT_RECORDS, as one buffer cannot exceed 4 GiB (268M records) on Node 20.
  const segments: Uint8Array[] = [];
  for (let left = n; left > 0; left -= segmentRecords)
    segments.push(new Uint8Array(RECORD_BYTES * Math.min(left, segmentRecords)));
  const views = segments.map((segment) => new DataView(segment.buffer));
  const next = offsets.slice(0, BUCKET_COUNT);
  let i = 0;
  for (const group of groups) {
    const { callingCode, nsnLength } = group;
    mergeGroup(sets, group, leakSets, (nsn, leakSet) => {
      const slot = next[buckets[i++]!]!++;
      const view = views[Math.floor(slot / segmentRecords)]!;
      writeRecord(
        view,
        (slot % segmentRecords) * RECORD_BYTES,
        nsn,
        leakSet,
        callingCode,
        nsnLength,
      );
    });
  }

  const catalogue: Catalogue = { leaks, leakSets: leakSets.sets };
  const head = encodeNumbersHead(n, largest, catalogue);
  const table = offsetsBytes(offsets);
  let checksum = crc32(table, crc32(head.subarray(16)));
  for (const segment of segments) checksum = crc32(segment, checksum);
  new DataView(head.buffer).setUint32(CHECKSUM_OFFSET, checksum, true);
  writeFileDurably(path, [head, table, ...segments]);
  return {
    numbers: n,
    largestBucket: largest,
    nonEmptyBuckets: nonEmpty,
    checksum,
    bytes: head.length + table.length + n * RECORD_BYTES,
  };
}

function writeFileDurably(path: string, chunks: readonly Uint8Array[]): void {
  try {
    const fd = openSync(path, 'w');
    try {
      for (const chunk of chunks) {
        let done = 0;
        while (done < chunk.length) done += writeSync(fd, chunk, done);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new RingfenceError(
      'IO_ERROR',
      { path, reason: (error as NodeJS.ErrnoException).code ?? 'write failed' },
      { cause: error },
    );
  }
}
