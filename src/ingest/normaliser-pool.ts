/**
 * The normaliser threads of an ingest (chunk-worker.ts): each call posts one job, moving its
 * memory to the thread, and resolves with that job's own response.
 */
import { RingfenceError } from '../errors.js';
import type { EncodedPartition } from '../number-set/index.js';
import type { BlockCounts } from '../store/index.js';
import { WorkerPool } from '../worker-pool.js';
import type { ChunkOptions, ChunkResult } from './chunk.js';
import type { WorkerRequest, WorkerResponse } from './chunk-worker.js';

export class NormaliserPool {
  private readonly pool: WorkerPool<WorkerRequest, WorkerResponse>;

  constructor(readonly size: number) {
    this.pool = new WorkerPool(size, import.meta.url, 'chunk-worker', {
      errorOf: (response) =>
        'error' in response ? new RingfenceError('INTERNAL', { reason: response.error }) : null,
    });
  }

  /**
   * Normalises a chunk. Its memory moves to the thread (copied first when it is small). With
   * options.writeRows, the result holds the chunk's rows as rows.parquet's pages.
   */
  async run(
    bytes: Uint8Array,
    options: ChunkOptions,
  ): Promise<{
    readonly result: ChunkResult;
    /** The chunk's memory, moved back once the thread is done with it (null when copied). */
    readonly input: ArrayBuffer | null;
  }> {
    // Small buffers may sit in Buffer's shared pool, which cannot be transferred.
    const own = bytes.buffer.byteLength > 1 << 16 ? bytes : new Uint8Array(bytes);
    const response = await this.pool.call(
      { id: this.pool.id(), kind: 'chunk', bytes: own, options },
      [own.buffer as ArrayBuffer],
    );
    if (!('result' in response)) throw new RingfenceError('INTERNAL');
    return {
      result: response.result,
      input: own === bytes ? response.input : null,
    };
  }

  /**
   * Sorts and deduplicates each key's values, counts them by number block and encodes the
   * partition they make up (the arrays must own their memory: it moves to the thread).
   */
  async partition(
    callingCode: number,
    nsnLength: number,
    keys: Float64Array[],
  ): Promise<{ readonly blocks: BlockCounts[]; readonly encoded: EncodedPartition | null }> {
    const response = await this.pool.call(
      { id: this.pool.id(), kind: 'partition', callingCode, nsnLength, keys },
      keys.map((values) => values.buffer as ArrayBuffer),
    );
    if (!('blocks' in response)) throw new RingfenceError('INTERNAL');
    return { blocks: response.blocks, encoded: response.encoded };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
