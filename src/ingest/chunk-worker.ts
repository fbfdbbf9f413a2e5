/**
 * A normaliser thread: receives chunks of whole records, returns ChunkResults with their typed
 * arrays transferred (not copied); at the end of an ingest it also sorts partitions. See chunk.ts.
 */
import { parentPort } from 'node:worker_threads';
import { defaultPhoneEngine } from '../phone/index.js';
import { sortUnique } from './accumulator.js';
import { Normaliser, type ChunkOptions, type ChunkResult } from './chunk.js';
import { RegionMapper } from '../countries/index.js';

/** Work for a thread: normalise a chunk, or sort and deduplicate one partition's numbers. */
export type WorkerRequest =
  | {
      readonly id: number;
      readonly kind: 'chunk';
      readonly bytes: Uint8Array;
      readonly options: ChunkOptions;
    }
  | { readonly id: number; readonly kind: 'sort'; readonly values: Float64Array };

export type WorkerResponse =
  | { readonly id: number; readonly result: ChunkResult }
  | { readonly id: number; readonly sorted: Float64Array }
  | { readonly id: number; readonly error: string };

const engine = defaultPhoneEngine();
const normaliser = new Normaliser(engine, new RegionMapper(engine.regionIds));

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    if (request.kind === 'sort') {
      const sorted = sortUnique(request.values);
      const response: WorkerResponse = { id: request.id, sorted };
      parentPort!.postMessage(response, [sorted.buffer as ArrayBuffer]);
      return;
    }
    const result = normaliser.run(request.bytes, request.options);
    const response: WorkerResponse = { id: request.id, result };
    parentPort!.postMessage(response, [
      result.values.buffer,
      result.keys.buffer,
      result.keyOffsets.buffer,
      result.regionRows.buffer,
      result.filled.buffer,
      ...(result.rows.byteLength > 0 ? [result.rows.buffer] : []),
    ] as ArrayBuffer[]);
  } catch (error) {
    parentPort!.postMessage({
      id: request.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
