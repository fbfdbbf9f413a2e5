/**
 * The threads of a private-index build (./index-worker.ts) on the shared worker pool: stage 1's
 * numbers file on one thread, stage 2's entries on all of them; a thread's coded error comes
 * back with its code.
 */
import { ERRORS, RingfenceError, type ErrorCode, type ErrorDetails } from '../errors.js';
import { WorkerPool } from '../worker-pool.js';
import type { CatalogueLeak } from './index-format.js';
import type { NumbersFileSummary } from './index-numbers.js';
import type {
  IndexWorkerRequest,
  IndexWorkerResponse,
  IndexWorkerSetup,
  WorkerFailure,
} from './index-worker.js';

export class IndexPool {
  private readonly pool: WorkerPool<IndexWorkerRequest, IndexWorkerResponse>;

  constructor(
    readonly size: number,
    setup: IndexWorkerSetup,
  ) {
    this.pool = new WorkerPool(size, import.meta.url, 'index-worker', {
      workerData: setup,
      errorOf: (response) => ('error' in response ? revive(response.error) : null),
    });
  }

  /** Writes numbers.rfpb at `path` on one thread. */
  async numbers(
    storeRoot: string,
    leaks: readonly CatalogueLeak[],
    path: string,
  ): Promise<NumbersFileSummary> {
    const response = await this.pool.call({
      id: this.pool.id(),
      kind: 'numbers',
      storeRoot,
      leaks,
      path,
    });
    if (!('numbers' in response)) throw new RingfenceError('INTERNAL');
    return response.numbers;
  }

  /** The entries of these records (whose memory moves to the thread). */
  async entries(records: Uint8Array, leakSets: number, path: string): Promise<Uint8Array> {
    const response = await this.pool.call(
      { id: this.pool.id(), kind: 'entries', records, leakSets, path },
      [records.buffer as ArrayBuffer],
    );
    if (!('entries' in response)) throw new RingfenceError('INTERNAL');
    return response.entries;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/** The thread's error as the caller would have seen it in its own thread. */
function revive(failure: WorkerFailure): RingfenceError {
  if (failure.code !== undefined && failure.code in ERRORS) {
    // The thread built it with the details its code needs; they come back as they left.
    const Coded = RingfenceError as unknown as new (
      code: ErrorCode,
      details: ErrorDetails | undefined,
    ) => RingfenceError;
    return new Coded(failure.code as ErrorCode, failure.details);
  }
  return new RingfenceError(
    'INTERNAL',
    { reason: 'an index thread failed' },
    { cause: new Error(failure.message) },
  );
}
