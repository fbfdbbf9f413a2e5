/**
 * A PrivateIndex over a handful of numbers held in memory, for server tests that need an index
 * without a store: the same entries, padding and sorting as protocol v1 asks of a real one, with
 * the noble provider and a fixed key.
 */
import { RingfenceError } from '../../src/errors.js';
import { nobleOprf } from '../../src/privacy/oprf-noble.js';
import type { PrivateBucket, PrivateIndex } from '../../src/privacy/private-index.js';
import {
  BUCKET_COUNT,
  ENTRY_BYTES,
  bucketOf,
  encodeEntry,
  oprfInput,
  type LeakInfo,
} from '../../src/privacy/protocol.js';

export interface MemoryIndexOptions {
  readonly numbers: readonly { readonly e164: string; readonly leaks: readonly string[] }[];
  readonly leaks: Readonly<Record<string, LeakInfo>>;
  /** Entries per bucket, padding included (default 8). */
  readonly bucketSize?: number;
}

export function memoryPrivateIndex(options: MemoryIndexOptions): PrivateIndex & {
  closed: boolean;
} {
  const key = nobleOprf.deriveKeyPair(
    new Uint8Array(32).fill(0x5a),
    new TextEncoder().encode('ringfence memory index'),
  );
  const bucketSize = options.bucketSize ?? 8;
  const setIds = new Map<string, number>();
  const leakSets: string[][] = [];
  const byBucket = new Map<number, { e164: string; set: number }[]>();
  for (const { e164, leaks } of options.numbers) {
    const ids = [...leaks].sort();
    const name = ids.join('\n');
    let set = setIds.get(name);
    if (set === undefined) {
      set = leakSets.push(ids) - 1;
      setIds.set(name, set);
    }
    const bucket = bucketOf(e164);
    byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), { e164, set }]);
  }
  const cache = new Map<number, PrivateBucket>();
  const index = {
    closed: false,
    keyId: '5a5a5a5a5a5a5a5a',
    evaluate(blindedElement: Uint8Array): Uint8Array {
      try {
        return nobleOprf.blindEvaluate(key.secretKey, blindedElement);
      } catch (error) {
        throw new RingfenceError(
          'PRIVATE_REQUEST_INVALID',
          { reason: 'blindedElement is not a group element' },
          { cause: error },
        );
      }
    },
    bucket(bucket: number): Promise<PrivateBucket> {
      let built = cache.get(bucket);
      if (built === undefined) {
        const real = byBucket.get(bucket) ?? [];
        const entries = new Uint8Array(Math.max(bucketSize, real.length) * ENTRY_BYTES);
        real.forEach(({ e164, set }, i) => {
          const output = nobleOprf.evaluate(key.secretKey, oprfInput(e164));
          encodeEntry(output, set, entries, i * ENTRY_BYTES);
        });
        crypto.getRandomValues(entries.subarray(real.length * ENTRY_BYTES));
        built = { entries: sortEntries(entries), leakSets, leaks: options.leaks };
        cache.set(bucket, built);
      }
      return Promise.resolve(built);
    },
    status() {
      return {
        state: 'ready' as const,
        keyId: index.keyId,
        bucketsDone: cache.size,
        buckets: BUCKET_COUNT,
        numbers: options.numbers.length,
        bucketSize,
      };
    },
    close(): Promise<void> {
      index.closed = true;
      return Promise.resolve();
    },
  };
  return index;
}

function sortEntries(entries: Uint8Array): Uint8Array {
  const list: Uint8Array[] = [];
  for (let at = 0; at < entries.length; at += ENTRY_BYTES)
    list.push(entries.slice(at, at + ENTRY_BYTES));
  list.sort((a, b) => {
    for (let i = 0; i < ENTRY_BYTES; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return 0;
  });
  const out = new Uint8Array(entries.length);
  list.forEach((entry, i) => {
    out.set(entry, i * ENTRY_BYTES);
  });
  return out;
}
