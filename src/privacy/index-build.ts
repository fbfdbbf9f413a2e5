/**
 * `ringfence private build`: the private-check index of a store, in two stages (layouts and
 * rationale in ./index-format.ts).
 *
 *   lock (one build per store) -> key (created on the first build)
 *   -> stage 1, unless the numbers file matches the store's leaks: numbers.rfpb, on a thread
 *   -> stage 2: the entries of every bucket range not marked done, on every thread, written in
 *      place; flushed, then marked in entries.progress
 *   -> checksum and state written, progress removed; indexes of older keys removed
 *
 * A killed build resumes at stage 2's unmarked ranges and writes the same bytes. When the store's
 * leaks change (one added, replaced or removed: the catalogue records each manifest's SHA-256),
 * the index is stale and is rebuilt whole: stage 1 is cheap, and reusing stage-2 entries across
 * catalogues would need a leak-set remapping of every entry, which is a full pass anyway.
 *
 * Everything heavy runs on threads and every file access is asynchronous, so a server can run
 * the build in the background and answer checks meanwhile: once stage 1 is written (the first
 * 'entries' progress report), openPrivateIndex answers every bucket, from the file when its range
 * is done and computed on demand when it is not.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { RingfenceError, isRingfenceError } from '../errors.js';
import type { Logger } from '../log.js';
import { processAlive, type LeakStore } from '../store/index.js';
import {
  CHECKSUM_OFFSET,
  ENTRIES_FILE,
  HEADER_SIZE,
  NUMBERS_FILE,
  PROGRESS_FILE,
  RANGE_BUCKETS,
  RANGE_COUNT,
  RECORD_BYTES,
  STATE_COMPLETE,
  STATE_OFFSET,
  encodeEntriesHeader,
  entriesFileBytes,
  type CatalogueLeak,
} from './index-format.js';
import {
  crcOf,
  openEntriesFile,
  openFile,
  openNumbersFile,
  readAt,
  writeAt,
  type NumbersFile,
} from './index-files.js';
import { indexDir, indexedLeaks, sameLeaks } from './index-catalogue.js';
import { IndexPool } from './index-pool.js';
import { createKey, hasKey, loadKey, privateDir, syncDir, type PrivateKey } from './key.js';
import type { OprfProviderName } from './oprf-providers.js';
import { BUCKET_COUNT, ENTRY_BYTES } from './protocol.js';

export const DEFAULT_OPRF: OprfProviderName = 'sodium';

export interface PrivateBuildProgress {
  /** 'numbers' while stage 1 runs; 'entries' from the moment the index can answer. */
  readonly phase: 'numbers' | 'entries';
  readonly numbers: number;
  /** Numbers whose entries are computed (resumed ones included). */
  readonly numbersDone: number;
  readonly bucketsDone: number;
  readonly buckets: number;
}

export interface PrivateBuildOptions {
  readonly oprf?: OprfProviderName;
  /** Threads (default: one per core). */
  readonly workers?: number;
  readonly onProgress?: (progress: PrivateBuildProgress) => void;
  readonly log?: Logger;
  /** Stops the build between ranges (what is done stays done); the promise rejects with the reason. */
  readonly signal?: AbortSignal;
}

export interface PrivateBuildSummary {
  readonly keyId: string;
  readonly leaks: number;
  readonly numbers: number;
  /** Buckets that hold at least one number. */
  readonly buckets: number;
  /** Entries served per bucket, padding included. */
  readonly bucketSize: number;
  readonly seconds: number;
  /** Numbers evaluated by this run per second of it (0 when the index was up to date). */
  readonly numbersPerSecond: number;
  /** Size of the index's two files. */
  readonly bytes: number;
  /** Numbers evaluated by this run (fewer than `numbers` when it resumed a killed build). */
  readonly evaluated: number;
  readonly resumed: boolean;
  readonly upToDate: boolean;
  readonly oprf: OprfProviderName;
  readonly workers: number;
}

const INDEX_DIR = /^index-[0-9a-f]{16}$/;
/** Flush the entries and mark their ranges at most this often. */
const FLUSH_MS = 1000;

export async function buildPrivateIndex(
  store: LeakStore,
  options: PrivateBuildOptions = {},
): Promise<PrivateBuildSummary> {
  const started = performance.now();
  const log = options.log;
  const oprf = options.oprf ?? DEFAULT_OPRF;
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 1) {
    throw new RingfenceError('USAGE', { reason: 'workers must be a positive integer' });
  }
  const release = acquireLock(store);
  try {
    let key: PrivateKey;
    if (hasKey(store)) key = loadKey(store);
    else {
      key = createKey(store);
      log?.info('private-check key created', { keyId: key.keyId });
    }
    const leaks = indexedLeaks(store);
    const dir = indexDir(store, key.keyId);
    const pool = new IndexPool(workers, { provider: oprf, secretKey: key.secretKey });
    try {
      const build = new Build(store, dir, key, leaks, pool, options);
      const result = await build.run();
      removeOtherIndexes(store, key.keyId, log);
      const seconds = (performance.now() - started) / 1000;
      const summary: PrivateBuildSummary = {
        keyId: key.keyId,
        leaks: leaks.length,
        ...result,
        seconds,
        numbersPerSecond: result.evaluated === 0 ? 0 : result.evaluated / seconds,
        oprf,
        workers,
      };
      log?.info('private index built', { ...summary });
      return summary;
    } finally {
      await pool.close();
    }
  } finally {
    release();
  }
}

interface BuildResult {
  readonly numbers: number;
  readonly buckets: number;
  readonly bucketSize: number;
  readonly bytes: number;
  readonly evaluated: number;
  readonly resumed: boolean;
  readonly upToDate: boolean;
}

class Build {
  private readonly numbersPath: string;
  private readonly entriesPath: string;
  private readonly progressPath: string;

  constructor(
    private readonly store: LeakStore,
    private readonly dir: string,
    private readonly key: PrivateKey,
    private readonly leaks: readonly CatalogueLeak[],
    private readonly pool: IndexPool,
    private readonly options: PrivateBuildOptions,
  ) {
    this.numbersPath = join(dir, NUMBERS_FILE);
    this.entriesPath = join(dir, ENTRIES_FILE);
    this.progressPath = join(dir, PROGRESS_FILE);
  }

  async run(): Promise<BuildResult> {
    const numbers = await this.stage1();
    try {
      return await this.stage2(numbers);
    } finally {
      await numbers.handle.close();
    }
  }

  /** The numbers file of the store's current leaks: the one on disk when it is that, else new. */
  private async stage1(): Promise<NumbersFile> {
    const log = this.options.log;
    const existing = await this.reusableNumbers();
    if (existing !== undefined) return existing;
    this.report('numbers', 0, 0, 0);
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const temp = join(this.dir, `.${NUMBERS_FILE}-${process.pid}.tmp`);
    const summary = await this.pool.numbers(this.store.root, this.leaks, temp);
    renameSync(temp, this.numbersPath);
    syncDir(this.dir);
    log?.info('private index stage 1 written', {
      numbers: summary.numbers,
      largestBucket: summary.largestBucket,
      bytes: summary.bytes,
    });
    return openNumbersFile(this.numbersPath);
  }

  private async reusableNumbers(): Promise<NumbersFile | undefined> {
    if (!existsSync(this.numbersPath)) return undefined;
    let numbers: NumbersFile;
    try {
      numbers = await openNumbersFile(this.numbersPath);
    } catch (error) {
      if (!isRingfenceError(error, 'CORRUPT_STORE')) throw error;
      this.options.log?.warn('private index numbers file is corrupt: rebuilding', {
        reason: error.details?.['reason'],
      });
      return undefined;
    }
    if (sameLeaks(numbers.header.catalogue.leaks, this.leaks)) return numbers;
    await numbers.handle.close();
    this.options.log?.info('the store changed since the private index was built: rebuilding');
    return undefined;
  }

  private async stage2(numbers: NumbersFile): Promise<BuildResult> {
    const { header, offsets } = numbers;
    const entries = await this.openOrCreateEntries(numbers);
    const base = {
      numbers: header.numbers,
      buckets: countNonEmpty(offsets),
      bucketSize: header.bucketSize,
    };
    try {
      if (entries.complete) {
        this.report('entries', header.numbers, header.numbers, BUCKET_COUNT);
        return {
          ...base,
          bytes: header.fileBytes + entriesFileBytes(header.numbers),
          evaluated: 0,
          resumed: false,
          upToDate: true,
        };
      }
      const done = entries.progress;
      const resumed = done.some((d) => d === 1);
      const rangeCount = (r: number) =>
        offsets[(r + 1) * RANGE_BUCKETS]! - offsets[r * RANGE_BUCKETS]!;
      let numbersDone = 0;
      let rangesDone = 0;
      for (let r = 0; r < RANGE_COUNT; r++) {
        if (done[r] === 1) {
          numbersDone += rangeCount(r);
          rangesDone++;
        }
      }
      this.report('entries', header.numbers, numbersDone, rangesDone * RANGE_BUCKETS);
      const evaluated = await this.computeRanges(numbers, entries, (r) => {
        numbersDone += rangeCount(r);
        rangesDone++;
        this.report('entries', header.numbers, numbersDone, rangesDone * RANGE_BUCKETS);
      });
      await this.complete(entries.handle, header.numbers);
      return {
        ...base,
        bytes: header.fileBytes + entriesFileBytes(header.numbers),
        evaluated,
        resumed,
        upToDate: false,
      };
    } finally {
      await entries.handle.close();
      await entries.progressHandle?.close();
    }
  }

  /** Every range not marked done, `2 * workers` in flight; returns the numbers evaluated. */
  private async computeRanges(
    numbers: NumbersFile,
    entries: OpenEntries,
    onRange: (range: number) => void,
  ): Promise<number> {
    const { offsets, header } = numbers;
    const signal = this.options.signal;
    const pending: number[] = [];
    for (let r = 0; r < RANGE_COUNT; r++) if (entries.progress[r] !== 1) pending.push(r);
    const flusher = new Flusher(entries);
    let evaluated = 0;
    let failure: Error | undefined;
    const next = { at: 0 };
    const runner = async (): Promise<void> => {
      while (failure === undefined && signal?.aborted !== true && next.at < pending.length) {
        const r = pending[next.at++]!;
        const first = offsets[r * RANGE_BUCKETS]!;
        const count = offsets[(r + 1) * RANGE_BUCKETS]! - first;
        if (count > 0) {
          const records = await readAt(
            numbers.handle,
            count * RECORD_BYTES,
            header.recordsAt + first * RECORD_BYTES,
            this.numbersPath,
          );
          const bytes = await this.pool.entries(
            records,
            header.catalogue.leakSets.length,
            this.numbersPath,
          );
          await writeAt(entries.handle, bytes, HEADER_SIZE + first * ENTRY_BYTES, this.entriesPath);
          evaluated += count;
        }
        await flusher.written(r);
        onRange(r);
      }
    };
    const runners = Array.from({ length: this.pool.size * 2 }, () =>
      runner().catch((error: unknown) => {
        failure ??= error instanceof Error ? error : new Error(String(error));
      }),
    );
    await Promise.all(runners);
    await flusher.flush();
    if (failure !== undefined) throw failure;
    signal?.throwIfAborted();
    return evaluated;
  }

  /** Checksum, then state: a complete state always has its checksum. Then progress goes. */
  private async complete(handle: FileHandle, count: number): Promise<void> {
    const crc = await crcOf(handle, 16, entriesFileBytes(count), this.entriesPath);
    const crcBytes = new Uint8Array(4);
    new DataView(crcBytes.buffer).setUint32(0, crc, true);
    await writeAt(handle, crcBytes, CHECKSUM_OFFSET, this.entriesPath);
    await handle.datasync();
    const state = new Uint8Array(2);
    new DataView(state.buffer).setUint16(0, STATE_COMPLETE, true);
    await writeAt(handle, state, STATE_OFFSET, this.entriesPath);
    await handle.datasync();
    rmSync(this.progressPath, { force: true });
    syncDir(this.dir);
  }

  /** The entries under way (with their progress), or new ones when there are none to resume. */
  private async openOrCreateEntries(numbers: NumbersFile): Promise<OpenEntries> {
    const log = this.options.log;
    if (existsSync(this.entriesPath)) {
      try {
        const file = await openEntriesFile(
          this.entriesPath,
          numbers.header,
          this.key.keyId,
          true,
          'r+',
        );
        if (file.header.complete) return { handle: file.handle, complete: true, progress: [] };
        const progress = readProgress(this.progressPath);
        if (progress !== undefined) {
          return {
            handle: file.handle,
            complete: false,
            progress,
            progressHandle: await openFile(this.progressPath, 'r+'),
          };
        }
        await file.handle.close();
        log?.warn('private index progress is missing or corrupt: stage 2 starts over');
      } catch (error) {
        if (!isRingfenceError(error, 'CORRUPT_STORE')) throw error;
        log?.warn('private index entries file is corrupt: stage 2 starts over', {
          reason: error.details?.['reason'],
        });
      }
    }
    const { header } = numbers;
    // Temporary files of a build killed while it created them.
    for (const entry of readdirSync(this.dir)) {
      if (/^\..*\.tmp$/.test(entry)) rmSync(join(this.dir, entry), { force: true });
    }
    // Progress first: entries without their progress file are started over, never trusted.
    const progressTemp = join(this.dir, `.${PROGRESS_FILE}-${process.pid}.tmp`);
    writeFileSync(progressTemp, new Uint8Array(RANGE_COUNT));
    renameSync(progressTemp, this.progressPath);
    const temp = join(this.dir, `.${ENTRIES_FILE}-${process.pid}.tmp`);
    writeFileSync(
      temp,
      encodeEntriesHeader({
        complete: false,
        checksum: 0,
        numbers: header.numbers,
        numbersChecksum: header.checksum,
        keyId: this.key.keyId,
      }),
    );
    const handle = await openFile(temp, 'r+');
    await handle.truncate(entriesFileBytes(header.numbers));
    await handle.datasync();
    renameSync(temp, this.entriesPath);
    syncDir(this.dir);
    return {
      handle,
      complete: false,
      progress: new Array<number>(RANGE_COUNT).fill(0),
      progressHandle: await openFile(this.progressPath, 'r+'),
    };
  }

  private report(
    phase: PrivateBuildProgress['phase'],
    numbers: number,
    numbersDone: number,
    bucketsDone: number,
  ): void {
    this.options.onProgress?.({ phase, numbers, numbersDone, bucketsDone, buckets: BUCKET_COUNT });
  }
}

interface OpenEntries {
  readonly handle: FileHandle;
  readonly complete: boolean;
  /** Per range, 1 when done. */
  readonly progress: number[];
  readonly progressHandle?: FileHandle;
}

/**
 * Marks ranges done in the progress file only after their entries are flushed: one datasync of
 * the entries per FLUSH_MS at most, not one per range.
 */
class Flusher {
  private readonly written_: number[] = [];
  private last = performance.now();
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly entries: OpenEntries) {}

  async written(range: number): Promise<void> {
    this.written_.push(range);
    if (performance.now() - this.last >= FLUSH_MS) await this.flush();
  }

  flush(): Promise<void> {
    this.chain = this.chain.then(async () => {
      this.last = performance.now();
      const ranges = this.written_.splice(0);
      if (ranges.length === 0) return;
      await this.entries.handle.datasync();
      const one = Uint8Array.of(1);
      for (const r of ranges) {
        await this.entries.progressHandle!.write(one, 0, 1, r);
        this.entries.progress[r] = 1;
      }
    });
    return this.chain;
  }
}

/** The progress file's marks, or undefined when it is missing or not one 0/1 byte per range. */
function readProgress(path: string): number[] | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  if (bytes.length !== RANGE_COUNT || bytes.some((b) => b > 1)) return undefined;
  return Array.from(bytes);
}

function countNonEmpty(offsets: Uint32Array): number {
  let n = 0;
  for (let b = 0; b < BUCKET_COUNT; b++) if (offsets[b + 1]! > offsets[b]!) n++;
  return n;
}

/** Indexes of rotated keys can never be used again. */
function removeOtherIndexes(store: LeakStore, keyId: string, log: Logger | undefined): void {
  for (const entry of readdirSync(privateDir(store))) {
    if (!INDEX_DIR.test(entry) || entry === `index-${keyId}`) continue;
    rmSync(join(privateDir(store), entry), { recursive: true, force: true });
    log?.info('removed the private index of a former key', { dir: entry });
  }
}

/**
 * One build per store at a time: `private/build.lock` holds the builder's process id, and a lock
 * whose process is gone (a killed build) is taken over.
 */
function acquireLock(store: LeakStore): () => void {
  const dir = privateDir(store);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, 'build.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      return () => {
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number(readFileSync(path, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
      throw new RingfenceError('PRIVATE_INDEX_UNAVAILABLE', {
        reason: `a build is already running (process ${pid})`,
      });
    }
    rmSync(path, { force: true });
  }
  throw new RingfenceError('PRIVATE_INDEX_UNAVAILABLE', {
    reason: 'another build keeps taking the lock',
  });
}
