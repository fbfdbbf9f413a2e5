/**
 * A normaliser thread: receives chunks of whole records, returns ChunkResults with their typed
 * arrays and rows.parquet's pages transferred (not copied); at the end of an ingest it also sorts
 * partitions. See chunk.ts and rows.ts.
 *
 * At the end, a thread sorts one partition's keys, counts their numbers by block and encodes
 * the partition's block, so that the main thread only adds up and writes (encoding on the main
 * thread was the end of an ingest's critical path: 0.3 s per 5M rows, with the threads idle).
 */
import { parentPort } from 'node:worker_threads';
import { defaultPhoneEngine } from '../phone/index.js';
import { encodePartition, type EncodedPartition } from '../number-set/index.js';
import { mergeDisjoint } from './records.js';
import { Normaliser, type ChunkOptions, type ChunkResult } from './chunk.js';
import { rowsTransfer } from './rows.js';
import { PartitionSorter } from './sort.js';
import { RegionMapper } from '../countries/index.js';
// The module itself, not the store's index: that would load zod and the store into each thread.
import { countBlocks, type BlockCounts } from '../store/stats.js';

/** Work for a thread: normalise a chunk, or sort and deduplicate one partition's numbers. */
export type WorkerRequest =
  | {
      readonly id: number;
      readonly kind: 'chunk';
      readonly bytes: Uint8Array;
      readonly options: ChunkOptions;
    }
  | {
      readonly id: number;
      readonly kind: 'partition';
      readonly callingCode: number;
      readonly nsnLength: number;
      /** Each key's values, unsorted; the keys of one partition hold disjoint numbers. */
      readonly keys: Float64Array[];
    };

export type WorkerResponse =
  | {
      readonly id: number;
      readonly result: ChunkResult;
      /** The request's memory, moved back to be read into again (see ReadBuffers). */
      readonly input: ArrayBuffer;
    }
  | {
      readonly id: number;
      /** Each key's unique numbers by number block (for the leak's stats), in the order given. */
      readonly blocks: BlockCounts[];
      /** The partition's block; null when it has no number. */
      readonly encoded: EncodedPartition | null;
    }
  | { readonly id: number; readonly error: string };

const engine = defaultPhoneEngine();
const normaliser = new Normaliser(engine, new RegionMapper(engine.regionIds));
const sorter = new PartitionSorter();

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    if (request.kind === 'partition') {
      const sorted = request.keys.map((values) => sorter.sortUnique(values));
      const merged = sorted.length === 1 ? sorted[0]! : mergeDisjoint(sorted.slice());
      const encoded = encodePartition(
        request.callingCode,
        request.nsnLength,
        merged,
        merged.length,
      );
      const blocks = sorted.map((values) => countBlocks(values, request.nsnLength));
      const response: WorkerResponse = { id: request.id, blocks, encoded };
      const moved = blocks.flatMap((b) => [b.prefixes.buffer, b.counts.buffer] as ArrayBuffer[]);
      if (encoded !== null) moved.push(encoded.words.buffer as ArrayBuffer);
      parentPort!.postMessage(response, moved);
      return;
    }
    const result = normaliser.run(request.bytes, request.options);
    const input = request.bytes.buffer as ArrayBuffer;
    const response: WorkerResponse = { id: request.id, result, input };
    parentPort!.postMessage(response, [
      input,
      result.values.buffer,
      result.keys.buffer,
      result.keyOffsets.buffer,
      result.regionRows.buffer,
      result.filled.buffer,
      ...(result.rows === null ? [] : rowsTransfer(result.rows)),
    ] as ArrayBuffer[]);
  } catch (error) {
    parentPort!.postMessage({
      id: request.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
