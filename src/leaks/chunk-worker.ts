/**
 * A normaliser thread: receives chunks of whole records, returns ChunkResults with their typed
 * arrays transferred (not copied). See chunk.ts.
 */
import { parentPort } from 'node:worker_threads';
import { defaultPhoneEngine } from '../phone/index.js';
import { Normaliser, type ChunkOptions, type ChunkResult } from './chunk.js';
import { RegionMapper } from './regions.js';

export interface ChunkRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly options: ChunkOptions;
}

export type ChunkResponse =
  | { readonly id: number; readonly result: ChunkResult }
  | { readonly id: number; readonly error: string };

const engine = defaultPhoneEngine();
const normaliser = new Normaliser(engine, new RegionMapper(engine.regionIds));

parentPort?.on('message', (request: ChunkRequest) => {
  try {
    const result = normaliser.run(request.bytes, request.options);
    const response: ChunkResponse = { id: request.id, result };
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
