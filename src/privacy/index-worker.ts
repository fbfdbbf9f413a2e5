/**
 * A thread of the private-index build (./index-pool.ts): stage 1 (the numbers file) on one
 * thread, so that a server building its index in the background keeps its own thread free,
 * and stage 2 (entries of a bucket range) on all of them. The key arrives once, in workerData.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isRingfenceError } from '../errors.js';
import { computeEntries } from './index-entries.js';
import { writeNumbersFile, type NumbersFileSummary } from './index-numbers.js';
import type { CatalogueLeak } from './index-format.js';
import type { OprfProvider } from './oprf.js';
import { loadOprf, type OprfProviderName } from './oprf-providers.js';

export interface IndexWorkerSetup {
  readonly provider: OprfProviderName;
  readonly secretKey: Uint8Array;
}

export type IndexWorkerRequest =
  | {
      readonly id: number;
      readonly kind: 'numbers';
      readonly storeRoot: string;
      readonly leaks: readonly CatalogueLeak[];
      readonly path: string;
    }
  | {
      readonly id: number;
      readonly kind: 'entries';
      readonly records: Uint8Array;
      readonly leakSets: number;
      readonly path: string;
    };

/** A coded error crosses the thread boundary as its code and details. */
export interface WorkerFailure {
  readonly code?: string;
  readonly details?: Readonly<Record<string, string | number | boolean>>;
  readonly message: string;
}

export type IndexWorkerResponse =
  | { readonly id: number; readonly numbers: NumbersFileSummary }
  | { readonly id: number; readonly entries: Uint8Array }
  | { readonly id: number; readonly error: WorkerFailure };

const setup = workerData as IndexWorkerSetup;
let provider: Promise<OprfProvider> | undefined;

async function handle(request: IndexWorkerRequest): Promise<IndexWorkerResponse> {
  if (request.kind === 'numbers') {
    return {
      id: request.id,
      numbers: writeNumbersFile(request.storeRoot, request.leaks, request.path),
    };
  }
  provider ??= loadOprf(setup.provider);
  const oprf = await provider;
  return {
    id: request.id,
    entries: computeEntries(oprf, setup.secretKey, request.records, request.leakSets, request.path),
  };
}

parentPort?.on('message', (request: IndexWorkerRequest) => {
  handle(request).then(
    (response) => {
      const transfer = 'entries' in response ? [response.entries.buffer as ArrayBuffer] : [];
      parentPort!.postMessage(response, transfer);
    },
    (error: unknown) => {
      const failure: WorkerFailure = isRingfenceError(error)
        ? {
            code: error.code,
            ...(error.details === undefined ? {} : { details: error.details }),
            message: error.message,
          }
        : { message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      parentPort!.postMessage({ id: request.id, error: failure });
    },
  );
});
