/**
 * The private index as a running server holds it: opened at start when it is there, built in
 * the background when it is missing or stale (or its build was stopped), and opened as soon as
 * the build's first stage has written what answers checks, so that the server serves the
 * catalogue and the page meanwhile and answers checks (correctly) long before the build ends.
 */
import { isRingfenceError } from '../errors.js';
import type { Logger } from '../log.js';
import {
  DEFAULT_OPRF,
  buildPrivateIndex,
  loadOprf,
  type OprfProviderName,
  type PrivateIndex,
  describePrivateIndex,
  openPrivateIndex,
} from '../privacy/index.js';
import type { LeakStore } from '../store/index.js';

export interface ServedIndex {
  /** The index that answers checks now, or null while there is none. */
  current(): PrivateIndex | null;
  /** Settles when the background build (if any) has ended, built or failed. */
  readonly built: Promise<void>;
  /** Stops a running build (what is done stays done) and closes the index. */
  close(): Promise<void>;
}

export interface ServedIndexOptions {
  readonly log: Logger;
  readonly oprf?: OprfProviderName;
  /** Threads of a background build (default: one per core). */
  readonly workers?: number;
}

/** Waits between attempts to open an index that another process is building. */
const REOPEN_MS = 5000;

export async function servePrivateIndex(
  store: LeakStore,
  options: ServedIndexOptions,
): Promise<ServedIndex> {
  const { log } = options;
  const oprfName = options.oprf ?? DEFAULT_OPRF;
  const oprf = await loadOprf(oprfName);
  const abort = new AbortController();
  let index: PrivateIndex | null = null;
  let opening: Promise<void> | null = null;
  let closed = false;
  let building = false;
  let lastAttempt = 0;

  /** Opens the index if it can answer; PRIVATE_INDEX_UNAVAILABLE or no key yet is not an error. */
  const open = (): Promise<void> => {
    opening ??= (async () => {
      lastAttempt = Date.now();
      try {
        const opened = await openPrivateIndex(store, oprf);
        if (closed) await opened.close();
        else {
          index = opened;
          const { state, numbers, bucketsDone, buckets } = opened.status();
          log.info('private index open', {
            keyId: opened.keyId,
            state,
            numbers,
            bucketsDone,
            buckets,
          });
        }
      } catch (error) {
        if (
          !isRingfenceError(error, 'PRIVATE_INDEX_UNAVAILABLE') &&
          !isRingfenceError(error, 'PRIVATE_KEY_INVALID')
        )
          log.error('cannot open the private index', { error });
      } finally {
        opening = null;
      }
    })();
    return opening;
  };

  const description = await describePrivateIndex(store);
  if (description.state === 'building' || description.state === 'ready') await open();

  let built: Promise<void> = Promise.resolve();
  if (description.state !== 'ready') {
    building = true;
    log.warn('building the private index in the background', { state: description.state });
    built = buildPrivateIndex(store, {
      oprf: oprfName,
      workers: options.workers,
      log,
      signal: abort.signal,
      onProgress: (progress) => {
        if (progress.phase === 'entries' && index === null) void open();
      },
    })
      .then(async () => {
        if (index === null) await open();
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        // Another process building the same store holds the lock: its index is opened when it
        // appears (see current()).
        log.warn('the background build of the private index stopped', { error });
      })
      .finally(() => {
        building = false;
      });
  }

  return {
    current() {
      if (index === null && !building && !closed && Date.now() - lastAttempt > REOPEN_MS)
        void open();
      return index;
    },
    built,
    async close() {
      closed = true;
      abort.abort(new Error('the server is shutting down'));
      await built;
      await opening;
      await index?.close();
      index = null;
    },
  };
}
