/**
 * The private-check index of a store as the server reads it (a PrivateIndex, ./private-index.ts):
 * `<store>/private/index-<keyId>/` under the store's current key (files: ./index-format.ts).
 *
 * A bucket's real entries come from entries.rfpi when its range is done, else they are computed
 * here from numbers.rfpb (one Evaluate per number of the bucket, a few hundred at most) and kept
 * in a bounded LRU, so that a check is answered, and answered right, while the index builds.
 * They are padded to `bucketSize` with dummy entries, 12 bytes each of HMAC-SHA256 under a key
 * derived from the server's secret, over the bucket and the dummy's index: the same dummies on
 * every request, so that asking for a bucket twice shows nothing new, and no one without the key
 * can tell them from real entries. All sorted by bytes, so that the order says nothing either.
 *
 * Opening reads both files whole once to check their checksums (about a second per GB); a build
 * that completes while the index is open is noticed on the next request (its header is read
 * again, 64 bytes), and done ranges by their byte in the progress file. An index whose store
 * changed since it was built (a leak added, replaced or removed) is refused: its answers would
 * be wrong, so `ringfence private build` must run first.
 */
import { createHmac, hkdfSync } from 'node:crypto';
import { existsSync, readFileSync, readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { RingfenceError, isRingfenceError } from '../errors.js';
import type { LeakStore } from '../store/index.js';
import { computeEntries } from './index-entries.js';
import {
  ENTRIES_FILE,
  HEADER_SIZE,
  NUMBERS_FILE,
  PROGRESS_FILE,
  RANGE_BUCKETS,
  RANGE_COUNT,
  RECORD_BYTES,
  corrupt,
  decodeEntriesHeader,
  entriesFileBytes,
  readRecord,
} from './index-format.js';
import {
  openEntriesFile,
  openFile,
  openNumbersFile,
  readAt,
  rereadEntriesHeader,
  type NumbersFile,
} from './index-files.js';
import { indexDir, indexedLeaks, sameLeaks } from './index-catalogue.js';
import { hasKey, loadKey, type PrivateKey } from './key.js';
import type { OprfProvider } from './oprf.js';
import type { PrivateBucket, PrivateIndex, PrivateIndexStatus } from './private-index.js';
import { BUCKET_COUNT, ENTRY_BYTES, bucketOf, type LeakInfo } from './protocol.js';
import { ELEMENT_BYTES } from './oprf.js';

export interface OpenPrivateIndexOptions {
  /** Buckets computed on demand kept in memory (default 4096). */
  readonly cacheBuckets?: number;
  /** Check a complete entries file's checksum when opening (default true). */
  readonly verify?: boolean;
}

const DUMMY_SALT = 'ringfence-private-dummy-v1';

/**
 * The store's private index under its current key. PRIVATE_KEY_INVALID without a usable key;
 * PRIVATE_INDEX_UNAVAILABLE when stage 1 of the index has not been written or the store changed
 * since; CORRUPT_STORE when a file fails its checks.
 */
export async function openPrivateIndex(
  store: LeakStore,
  oprf: OprfProvider,
  options: OpenPrivateIndexOptions = {},
): Promise<PrivateIndex> {
  const key = loadKey(store);
  const dir = indexDir(store, key.keyId);
  const numbersPath = join(dir, NUMBERS_FILE);
  if (!existsSync(numbersPath)) {
    throw new RingfenceError('PRIVATE_INDEX_UNAVAILABLE', {
      reason: `there is no index for key ${key.keyId}: run ringfence private build`,
    });
  }
  const numbers = await openNumbersFile(numbersPath);
  try {
    if (!sameLeaks(numbers.header.catalogue.leaks, indexedLeaks(store))) {
      throw new RingfenceError('PRIVATE_INDEX_UNAVAILABLE', {
        reason:
          'the leaks of the store changed since the index was built: run ringfence private build',
      });
    }
    const leaks: Record<string, LeakInfo> = {};
    for (const { name } of numbers.header.catalogue.leaks) {
      const manifest = store.manifest(name);
      leaks[name] = Object.freeze({
        title: manifest.title,
        breachDate: manifest.breachDate,
        dataClasses: Object.freeze([...manifest.dataClasses]) as string[],
      });
    }
    const index = new StoreIndex(
      dir,
      key,
      oprf,
      numbers,
      Object.freeze(leaks),
      options.cacheBuckets ?? 4096,
    );
    await index.openEntries(options.verify ?? true);
    return index;
  } catch (error) {
    await numbers.handle.close();
    throw error;
  }
}

class StoreIndex implements PrivateIndex {
  readonly keyId: string;
  private readonly numbersPath: string;
  private readonly entriesPath: string;
  private readonly progressPath: string;
  private readonly leakSets: readonly (readonly string[])[];
  private readonly dummyKey: Buffer;
  private entries: FileHandle | undefined;
  private progress: FileHandle | undefined;
  private complete = false;
  private readonly cache = new Map<number, Uint8Array>();
  private readonly inFlight = new Map<number, Promise<Uint8Array>>();
  private closed = false;

  constructor(
    dir: string,
    private readonly key: PrivateKey,
    private readonly oprf: OprfProvider,
    private readonly numbers: NumbersFile,
    private readonly leaks: Readonly<Record<string, LeakInfo>>,
    private readonly cacheBuckets: number,
  ) {
    this.keyId = key.keyId;
    this.numbersPath = join(dir, NUMBERS_FILE);
    this.entriesPath = join(dir, ENTRIES_FILE);
    this.progressPath = join(dir, PROGRESS_FILE);
    const { catalogue } = numbers.header;
    this.leakSets = Object.freeze(
      catalogue.leakSets.map((set) => Object.freeze(set.map((i) => catalogue.leaks[i]!.name))),
    );
    this.dummyKey = Buffer.from(
      hkdfSync('sha256', key.secretKey, DUMMY_SALT, `dummy entries of ${key.keyId}`, 32),
    );
  }

  /** Opens entries.rfpi if it is there yet (a build creates it right after stage 1). */
  async openEntries(verify: boolean): Promise<void> {
    if (this.entries !== undefined || !existsSync(this.entriesPath)) return;
    const file = await openEntriesFile(this.entriesPath, this.numbers.header, this.keyId, verify);
    this.entries = file.handle;
    this.complete = file.header.complete;
  }

  evaluate(blindedElement: Uint8Array): Uint8Array {
    if (blindedElement.length !== ELEMENT_BYTES) {
      throw new RingfenceError('PRIVATE_REQUEST_INVALID', {
        reason: `the blinded element is not ${ELEMENT_BYTES} bytes`,
      });
    }
    try {
      return this.oprf.blindEvaluate(this.key.secretKey, blindedElement);
    } catch (error) {
      if (isRingfenceError(error)) throw error;
      throw new RingfenceError('PRIVATE_REQUEST_INVALID', {
        reason: 'the blinded element is not a valid group element',
      });
    }
  }

  async bucket(bucket: number): Promise<PrivateBucket> {
    if (!Number.isInteger(bucket) || bucket < 0 || bucket >= BUCKET_COUNT) {
      throw new RingfenceError('PRIVATE_REQUEST_INVALID', { reason: 'no such bucket' });
    }
    if (this.closed) {
      throw new RingfenceError('PRIVATE_INDEX_UNAVAILABLE', { reason: 'the index is closed' });
    }
    return { entries: await this.padded(bucket), leakSets: this.leakSets, leaks: this.leaks };
  }

  status(): PrivateIndexStatus {
    const header = this.numbers.header;
    let bucketsDone = BUCKET_COUNT;
    if (!this.refreshCompleteSync()) {
      let progress: Uint8Array = new Uint8Array(0);
      try {
        progress = readFileSync(this.progressPath);
      } catch {
        // No progress yet (or the build just finished): nothing counts as done.
      }
      bucketsDone = 0;
      for (let r = 0; r < RANGE_COUNT; r++) if (progress[r] === 1) bucketsDone += RANGE_BUCKETS;
    }
    return {
      state: this.complete ? 'ready' : 'building',
      keyId: this.keyId,
      bucketsDone,
      buckets: BUCKET_COUNT,
      numbers: header.numbers,
      bucketSize: header.bucketSize,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.cache.clear();
    await Promise.allSettled([...this.inFlight.values()]);
    await this.numbers.handle.close();
    await this.entries?.close();
    await this.progress?.close();
    this.entries = undefined;
    this.progress = undefined;
  }

  /** The bucket's real entries and its dummies, sorted. */
  private async padded(bucket: number): Promise<Uint8Array> {
    const cached = this.cache.get(bucket);
    if (cached !== undefined) {
      this.cache.delete(bucket);
      this.cache.set(bucket, cached);
      return cached;
    }
    const offsets = this.numbers.offsets;
    const first = offsets[bucket]!;
    const count = offsets[bucket + 1]! - first;
    if (count === 0 || (await this.rangeDone(bucket))) {
      const real =
        count === 0
          ? new Uint8Array(0)
          : await readAt(
              this.entries!,
              count * ENTRY_BYTES,
              HEADER_SIZE + first * ENTRY_BYTES,
              this.entriesPath,
            );
      return this.pad(bucket, real);
    }
    let pending = this.inFlight.get(bucket);
    if (pending === undefined) {
      pending = this.computeBucket(bucket, first, count).finally(() => {
        this.inFlight.delete(bucket);
      });
      this.inFlight.set(bucket, pending);
    }
    return pending;
  }

  private async computeBucket(bucket: number, first: number, count: number): Promise<Uint8Array> {
    const { header, handle } = this.numbers;
    const records = await readAt(
      handle,
      count * RECORD_BYTES,
      header.recordsAt + first * RECORD_BYTES,
      this.numbersPath,
    );
    const leakSets = header.catalogue.leakSets.length;
    for (let i = 0; i < count; i++) {
      if (bucketOf(readRecord(records, i, leakSets, this.numbersPath).e164) !== bucket) {
        throw corrupt(this.numbersPath, 'a record is in the wrong bucket');
      }
    }
    const padded = this.pad(
      bucket,
      computeEntries(this.oprf, this.key.secretKey, records, leakSets, this.numbersPath),
    );
    if (!this.closed) {
      this.cache.set(bucket, padded);
      if (this.cache.size > this.cacheBuckets) {
        this.cache.delete(this.cache.keys().next().value!);
      }
    }
    return padded;
  }

  /** Whether the bucket's range is in the entries file: the file is complete, or it is marked. */
  private async rangeDone(bucket: number): Promise<boolean> {
    if (this.complete) return true;
    try {
      await this.openEntries(false);
      if (this.entries === undefined) return false;
      const header = await rereadEntriesHeader(this.entries, this.entriesPath);
      if (header.complete) {
        this.complete = true;
        await this.progress?.close();
        this.progress = undefined;
        return true;
      }
      this.progress ??= await openFile(this.progressPath, 'r');
      const mark = await readAt(
        this.progress,
        1,
        Math.floor(bucket / RANGE_BUCKETS),
        this.progressPath,
      );
      return mark[0] === 1;
    } catch (error) {
      // A build starting over may remove the files under way; computing is always right.
      if (isRingfenceError(error, 'IO_ERROR')) return false;
      throw error;
    }
  }

  private refreshCompleteSync(): boolean {
    if (this.complete || this.entries === undefined) return this.complete;
    const bytes = new Uint8Array(HEADER_SIZE);
    if (readSync(this.entries.fd, bytes, 0, HEADER_SIZE, 0) === HEADER_SIZE) {
      this.complete = decodeEntriesHeader(bytes, this.entriesPath).complete;
    }
    return this.complete;
  }

  /** `real` (count entries) and bucketSize - count dummies, sorted by bytes. */
  private pad(bucket: number, real: Uint8Array): Uint8Array {
    const size = this.numbers.header.bucketSize;
    const count = real.length / ENTRY_BYTES;
    const rows: Uint8Array[] = [];
    for (let i = 0; i < count; i++)
      rows.push(real.subarray(i * ENTRY_BYTES, (i + 1) * ENTRY_BYTES));
    const message = Buffer.alloc(8);
    message.writeUInt32BE(bucket, 0);
    for (let i = 0; count + i < size; i++) {
      message.writeUInt32BE(i, 4);
      const mac = createHmac('sha256', this.dummyKey).update(message).digest();
      rows.push(mac.subarray(0, ENTRY_BYTES));
    }
    rows.sort(compareBytes);
    const out = new Uint8Array(size * ENTRY_BYTES);
    rows.forEach((row, i) => {
      out.set(row, i * ENTRY_BYTES);
    });
    return out;
  }
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export interface PrivateIndexDescription {
  readonly store: string;
  readonly keyId: string | null;
  readonly keyCreatedAt: string | null;
  /**
   * no-key: no key yet; missing: no index under the key; stale: the store's leaks changed since
   * it was built; building: stage 2 incomplete (a build runs, or was stopped and resumes when run
   * again); ready: complete.
   */
  readonly state: 'no-key' | 'missing' | 'stale' | 'building' | 'ready';
  readonly leaks: readonly string[];
  readonly numbers: number;
  /** Buckets holding at least one number. */
  readonly buckets: number;
  readonly bucketsDone: number;
  readonly bucketSize: number;
  /** Size of the index files. */
  readonly bytes: number;
}

/**
 * What `ringfence private status` shows, without an OPRF: the key, the index's state and
 * figures. Reads the headers and the offsets table, and with `verify` the whole files to check
 * their checksums as openPrivateIndex does (CORRUPT_STORE when one fails).
 */
export async function describePrivateIndex(
  store: LeakStore,
  options: { readonly verify?: boolean } = {},
): Promise<PrivateIndexDescription> {
  const verify = options.verify ?? false;
  const empty = { leaks: [], numbers: 0, buckets: 0, bucketsDone: 0, bucketSize: 0, bytes: 0 };
  if (!hasKey(store)) {
    return { store: store.root, keyId: null, keyCreatedAt: null, state: 'no-key', ...empty };
  }
  const key = loadKey(store);
  const base = { store: store.root, keyId: key.keyId, keyCreatedAt: key.createdAt };
  const dir = indexDir(store, key.keyId);
  if (!existsSync(join(dir, NUMBERS_FILE))) return { ...base, state: 'missing', ...empty };
  const numbers = await openNumbersFile(join(dir, NUMBERS_FILE), verify);
  try {
    const { header, offsets } = numbers;
    let buckets = 0;
    for (let b = 0; b < BUCKET_COUNT; b++) if (offsets[b + 1]! > offsets[b]!) buckets++;
    const figures = {
      leaks: header.catalogue.leaks.map((leak) => leak.name),
      numbers: header.numbers,
      buckets,
      bucketSize: header.bucketSize,
    };
    const entriesPath = join(dir, ENTRIES_FILE);
    const hasEntries = existsSync(entriesPath);
    const bytes = header.fileBytes + (hasEntries ? entriesFileBytes(header.numbers) : 0);
    if (!sameLeaks(header.catalogue.leaks, indexedLeaks(store))) {
      return { ...base, state: 'stale', ...figures, bucketsDone: 0, bytes };
    }
    let complete = false;
    if (hasEntries) {
      const entries = await openEntriesFile(entriesPath, header, key.keyId, verify);
      complete = entries.header.complete;
      await entries.handle.close();
    }
    let bucketsDone = BUCKET_COUNT;
    if (!complete) {
      bucketsDone = 0;
      let progress: Uint8Array = new Uint8Array(0);
      try {
        progress = readFileSync(join(dir, PROGRESS_FILE));
      } catch {
        // Not started: nothing done.
      }
      for (let r = 0; r < RANGE_COUNT; r++) if (progress[r] === 1) bucketsDone += RANGE_BUCKETS;
    }
    return {
      ...base,
      state: complete ? 'ready' : 'building',
      ...figures,
      bucketsDone,
      bytes,
    };
  } finally {
    await numbers.handle.close();
  }
}
