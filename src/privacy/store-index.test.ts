import assert from 'node:assert/strict';
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { deriveLeak } from '../analysis/index.js';
import { isRingfenceError } from '../errors.js';
import { ingest } from '../ingest/index.js';
import { defaultPhoneEngine } from '../phone/index.js';
import { LeakStore } from '../store/index.js';
import { indexDir } from './index-catalogue.js';
import { buildPrivateIndex, type PrivateBuildProgress } from './index-build.js';
import { openNumbersFile } from './index-files.js';
import {
  ENTRIES_FILE,
  HEADER_SIZE,
  NUMBERS_FILE,
  PROGRESS_FILE,
  RANGE_BUCKETS,
  RECORD_BYTES,
  readRecord,
} from './index-format.js';
import { createKey, loadKey } from './key.js';
import { nobleOprf } from './oprf-noble.js';
import type { PrivateIndex } from './private-index.js';
import { BUCKET_COUNT, ENTRY_BYTES, bucketOf, findEntry, oprfInput } from './protocol.js';
import { openPrivateIndex } from './store-index.js';

/** Valid mobile numbers of three countries, by index. */
function number(i: number): string {
  const blocks = ['+447400', '+2010', '+39320'];
  const free = [6, 8, 7];
  const k = i % 3;
  return blocks[k]! + String(100003 + i * 7919).padStart(free[k]!, '0');
}

// a: 0-29, b: 20-44, c: 25-27 and 40-49; 50-54 are in no leak.
const LEAKS: Record<string, number[]> = {
  a: range(0, 30),
  b: range(20, 45),
  c: [...range(25, 28), ...range(40, 50)],
};

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/** The leaks that hold number i, sorted. */
function expectedLeaks(i: number): string[] {
  return Object.keys(LEAKS).filter((name) => LEAKS[name]!.includes(i));
}

const UNIQUE = new Set(Object.values(LEAKS).flat()).size;
const BUILD = { oprf: 'noble', workers: 2 } as const;

let dir: string;
let store: LeakStore;

async function ingestLeak(name: string, numbers: readonly number[], title = name): Promise<void> {
  const input = join(dir, `${name}.csv`);
  // Duplicates and national formats on purpose: the index holds unique E.164 numbers.
  const lines = numbers.map((i) => `${number(i)},row${i}`);
  writeFileSync(input, `phone,name\n${lines.join('\n')}\n${lines[0] ?? ''}\n`);
  await ingest({
    input,
    name,
    store: store.root,
    title,
    breachDate: '2021-04-03',
    rows: false,
    workers: 1,
    replace: true,
  });
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-private-'));
  store = new LeakStore(join(dir, 'store'));
  for (const [name, numbers] of Object.entries(LEAKS))
    await ingestLeak(name, numbers, `Leak ${name}`);
  // A derived leak holds numbers 0-19 (a - b): not a leak, so not in the index.
  await deriveLeak(store, defaultPhoneEngine(), { name: 'a-minus-b', from: 'a - b' });
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** What a client learns of number i: the leak ids of its entry, or null. */
async function check(index: PrivateIndex, i: number): Promise<string[] | null> {
  const e164 = number(i);
  const input = oprfInput(e164);
  const { blind, blindedElement } = nobleOprf.blind(input);
  const output = nobleOprf.finalize(input, blind, index.evaluate(blindedElement));
  const bucket = await index.bucket(bucketOf(e164));
  const set = findEntry(output, bucket.entries);
  if (set === null) return null;
  return [...bucket.leakSets[set]!];
}

/** Every non-empty bucket and a few empty ones. */
function bucketsToCompare(): number[] {
  const buckets = new Set(range(0, 55).map((i) => bucketOf(number(i))));
  for (const b of [0, 1, 77777, BUCKET_COUNT - 1]) buckets.add(b);
  return [...buckets].sort((a, b) => a - b);
}

async function allBuckets(index: PrivateIndex): Promise<Map<number, Uint8Array>> {
  const out = new Map<number, Uint8Array>();
  for (const b of bucketsToCompare()) out.set(b, (await index.bucket(b)).entries);
  return out;
}

function indexFiles(): { numbers: Buffer; entries: Buffer } {
  const at = indexDir(store, loadKey(store).keyId);
  return {
    numbers: readFileSync(join(at, NUMBERS_FILE)),
    entries: readFileSync(join(at, ENTRIES_FILE)),
  };
}

/** A build stopped by `stop` (called with each progress report); resolves once it stopped. */
async function stoppedBuild(stop: (p: PrivateBuildProgress) => boolean): Promise<void> {
  const controller = new AbortController();
  await assert.rejects(
    buildPrivateIndex(store, {
      ...BUILD,
      signal: controller.signal,
      onProgress: (p) => {
        if (stop(p)) controller.abort();
      },
    }),
    { name: 'AbortError' },
  );
}

let finished: Map<number, Uint8Array>;
let finishedFiles: { numbers: Buffer; entries: Buffer };

describe('private index build', () => {
  it('indexes every unique number of the leaks once, with its leak set, derived leaks left out', async () => {
    const summary = await buildPrivateIndex(store, BUILD);
    assert.equal(summary.numbers, UNIQUE);
    assert.equal(summary.leaks, 3);
    assert.equal(summary.evaluated, UNIQUE);
    assert.equal(summary.resumed, false);
    assert.ok(summary.bucketSize >= 8 && summary.bucketSize % 8 === 0);

    const { handle, header, offsets } = await openNumbersFile(
      join(indexDir(store, summary.keyId), NUMBERS_FILE),
    );
    try {
      assert.deepEqual(
        header.catalogue.leaks.map((l) => l.name),
        ['a', 'b', 'c'],
      );
      const records = readFileSync(join(indexDir(store, summary.keyId), NUMBERS_FILE)).subarray(
        header.recordsAt,
      );
      const seen = new Map<string, string[]>();
      for (let b = 0; b < BUCKET_COUNT; b++) {
        for (let r = offsets[b]!; r < offsets[b + 1]!; r++) {
          const { e164, leakSet } = readRecord(records, r, header.catalogue.leakSets.length, 'x');
          assert.equal(bucketOf(e164), b, `${e164} is in its bucket`);
          seen.set(
            e164,
            header.catalogue.leakSets[leakSet]!.map((l) => header.catalogue.leaks[l]!.name),
          );
        }
      }
      assert.equal(seen.size, UNIQUE);
      for (let i = 0; i < 50; i++) assert.deepEqual(seen.get(number(i)), expectedLeaks(i));
      assert.equal(records.length, UNIQUE * RECORD_BYTES);
    } finally {
      await handle.close();
    }
    finishedFiles = indexFiles();
    assert.equal(finishedFiles.entries.length, HEADER_SIZE + UNIQUE * ENTRY_BYTES);
  });

  it('answers a client round trip with exactly the leak set, for numbers in 0 to 3 leaks', async () => {
    const index = await openPrivateIndex(store, nobleOprf);
    try {
      assert.equal(index.status().state, 'ready');
      assert.equal(index.status().bucketsDone, BUCKET_COUNT);
      assert.equal(index.status().numbers, UNIQUE);
      // 0-19: a only (and the derived leak, which does not count); 20-24: a, b; 25-27: all
      // three; 28-29: a, b; 30-39: b; 40-44: b, c; 45-49: c; 50-54: none.
      for (const i of [0, 5, 19, 20, 24, 25, 27, 29, 30, 39, 40, 44, 45, 49, 50, 54]) {
        const leaks = await check(index, i);
        assert.deepEqual(
          leaks,
          expectedLeaks(i).length === 0 ? null : expectedLeaks(i),
          `number ${i}`,
        );
      }
      const bucket = await index.bucket(bucketOf(number(25)));
      assert.deepEqual(bucket.leaks['a'], {
        title: 'Leak a',
        breachDate: '2021-04-03',
        dataClasses: bucket.leaks['a']!.dataClasses,
      });
      assert.deepEqual(Object.keys(bucket.leaks).sort(), ['a', 'b', 'c']);
    } finally {
      await index.close();
    }
  });

  it('serves bucketSize entries per bucket, sorted, the same bytes on every call', async () => {
    const index = await openPrivateIndex(store, nobleOprf);
    try {
      const size = index.status().bucketSize;
      finished = await allBuckets(index);
      for (const [b, entries] of finished) {
        assert.equal(entries.length, size * ENTRY_BYTES, `bucket ${b}`);
        for (let i = ENTRY_BYTES; i < entries.length; i += ENTRY_BYTES) {
          assert.ok(
            Buffer.compare(
              entries.subarray(i - ENTRY_BYTES, i),
              entries.subarray(i, i + ENTRY_BYTES),
            ) <= 0,
            'sorted',
          );
        }
        assert.deepEqual((await index.bucket(b)).entries, entries);
      }
      await assert.rejects(index.bucket(BUCKET_COUNT), (e) =>
        isRingfenceError(e, 'PRIVATE_REQUEST_INVALID'),
      );
      assert.throws(
        () => index.evaluate(new Uint8Array(32).fill(0xff)),
        (e) => isRingfenceError(e, 'PRIVATE_REQUEST_INVALID'),
      );
    } finally {
      await index.close();
    }
    // Another opening (a restarted server) serves the same bytes: the dummies are keyed.
    const again = await openPrivateIndex(store, nobleOprf);
    try {
      assert.deepEqual(await allBuckets(again), finished);
    } finally {
      await again.close();
    }
  });

  it('answers like the finished index while stage 2 is not done, from stage 1 on demand', async () => {
    rmSync(indexDir(store, loadKey(store).keyId), { recursive: true });
    await assert.rejects(openPrivateIndex(store, nobleOprf), (e) =>
      isRingfenceError(e, 'PRIVATE_INDEX_UNAVAILABLE'),
    );
    // Stopped as soon as stage 1 is written: every bucket is computed on demand.
    await stoppedBuild((p) => p.phase === 'entries');
    let index = await openPrivateIndex(store, nobleOprf);
    try {
      assert.equal(index.status().state, 'building');
      assert.equal(index.status().bucketsDone, 0);
      assert.deepEqual(await allBuckets(index), finished);
      assert.deepEqual(await check(index, 27), ['a', 'b', 'c']);
    } finally {
      await index.close();
    }
    // Stopped half way: done ranges from the file, the rest on demand.
    await stoppedBuild((p) => p.phase === 'entries' && p.numbersDone >= UNIQUE / 2);
    index = await openPrivateIndex(store, nobleOprf);
    try {
      const status = index.status();
      assert.equal(status.state, 'building');
      assert.ok(status.bucketsDone > 0 && status.bucketsDone < BUCKET_COUNT);
      assert.deepEqual(await allBuckets(index), finished);
    } finally {
      await index.close();
    }
  });

  it('resumes a stopped build and writes the same bytes as an uninterrupted one', async () => {
    const at = indexDir(store, loadKey(store).keyId);
    // Ranges not marked done may hold anything (a build killed while writing them).
    const progress = readFileSync(join(at, PROGRESS_FILE));
    const { offsets } = await openNumbersFile(join(at, NUMBERS_FILE)).then(async (f) => {
      await f.handle.close();
      return f;
    });
    const entries = readFileSync(join(at, ENTRIES_FILE));
    let scribbled = 0;
    for (let r = 0; r < progress.length; r++) {
      if (progress[r] === 1) continue;
      const from = offsets[r * RANGE_BUCKETS]!;
      const to = offsets[(r + 1) * RANGE_BUCKETS]!;
      entries.fill(0xa5, HEADER_SIZE + from * ENTRY_BYTES, HEADER_SIZE + to * ENTRY_BYTES);
      scribbled += to - from;
    }
    assert.ok(scribbled > 0 && scribbled < UNIQUE);
    writeFileSync(join(at, ENTRIES_FILE), entries);

    const summary = await buildPrivateIndex(store, BUILD);
    assert.equal(summary.resumed, true);
    assert.equal(summary.evaluated, scribbled);
    assert.deepEqual(indexFiles(), finishedFiles);
    assert.deepEqual(readdirSync(at).sort(), [ENTRIES_FILE, NUMBERS_FILE]);

    const again = await buildPrivateIndex(store, BUILD);
    assert.equal(again.upToDate, true);
    assert.equal(again.evaluated, 0);
  });

  it('reports a corrupt or truncated file as CORRUPT_STORE, and the build repairs it', async () => {
    const at = indexDir(store, loadKey(store).keyId);
    const corruptStore = (e: unknown) => isRingfenceError(e, 'CORRUPT_STORE');
    for (const [file, damage] of [
      [NUMBERS_FILE, (b: Buffer) => b.subarray(0, b.length - 5)],
      [NUMBERS_FILE, (b: Buffer) => flip(b, b.length - 3)],
      [NUMBERS_FILE, (b: Buffer) => flip(b, 70)],
      [ENTRIES_FILE, (b: Buffer) => b.subarray(0, b.length - 12)],
      [ENTRIES_FILE, (b: Buffer) => flip(b, HEADER_SIZE + 5)],
      [ENTRIES_FILE, (b: Buffer) => flip(b, 0)],
    ] as const) {
      const path = join(at, file);
      const good = readFileSync(path);
      writeFileSync(path, damage(Buffer.from(good)));
      await assert.rejects(openPrivateIndex(store, nobleOprf), corruptStore, file);
      await buildPrivateIndex(store, BUILD);
      assert.deepEqual(indexFiles(), finishedFiles, `${file} repaired`);
    }
    truncateSync(join(at, ENTRIES_FILE), 10);
    await assert.rejects(openPrivateIndex(store, nobleOprf), corruptStore);
    await buildPrivateIndex(store, BUILD);
  });

  it('is stale when a leak is added, replaced or removed, and private build catches up', async () => {
    const unavailable = (e: unknown) => isRingfenceError(e, 'PRIVATE_INDEX_UNAVAILABLE');
    await ingestLeak('d', [50, 51]);
    await assert.rejects(openPrivateIndex(store, nobleOprf), unavailable);
    const added = await buildPrivateIndex(store, BUILD);
    assert.equal(added.numbers, UNIQUE + 2);
    assert.equal(added.resumed, false);
    let index = await openPrivateIndex(store, nobleOprf);
    try {
      assert.deepEqual(await check(index, 50), ['d']);
    } finally {
      await index.close();
    }

    await ingestLeak('d', [52], 'Leak d, again');
    await assert.rejects(openPrivateIndex(store, nobleOprf), unavailable);
    await buildPrivateIndex(store, BUILD);
    index = await openPrivateIndex(store, nobleOprf);
    try {
      assert.equal(await check(index, 50), null);
      assert.deepEqual(await check(index, 52), ['d']);
      assert.equal((await index.bucket(0)).leaks['d']!.title, 'Leak d, again');
    } finally {
      await index.close();
    }

    rmSync(store.leakDir('d'), { recursive: true });
    await assert.rejects(openPrivateIndex(store, nobleOprf), unavailable);
    await buildPrivateIndex(store, BUILD);
    assert.deepEqual(indexFiles(), finishedFiles);
  });

  it('after a key rotation, refuses the old index, rebuilds under the new key and removes the old', async () => {
    const old = loadKey(store).keyId;
    const key = createKey(store, { replace: true });
    assert.notEqual(key.keyId, old);
    await assert.rejects(openPrivateIndex(store, nobleOprf), (e) =>
      isRingfenceError(e, 'PRIVATE_INDEX_UNAVAILABLE'),
    );
    const summary = await buildPrivateIndex(store, BUILD);
    assert.equal(summary.keyId, key.keyId);
    assert.deepEqual(
      readdirSync(join(store.root, 'private')).filter((f) => f.startsWith('index-')),
      [`index-${key.keyId}`],
    );
    const index = await openPrivateIndex(store, nobleOprf);
    try {
      assert.deepEqual(await check(index, 25), ['a', 'b', 'c']);
      assert.notDeepEqual(
        (await index.bucket(bucketOf(number(25)))).entries,
        finished.get(bucketOf(number(25))),
      );
    } finally {
      await index.close();
    }
  });

  it('runs one build per store at a time', async () => {
    const first = buildPrivateIndex(store, BUILD);
    await assert.rejects(buildPrivateIndex(store, BUILD), (e) =>
      isRingfenceError(e, 'PRIVATE_INDEX_UNAVAILABLE'),
    );
    await first;
  });
});

function flip(bytes: Buffer, at: number): Buffer {
  bytes[at] = bytes[at]! ^ 0x40;
  return bytes;
}
