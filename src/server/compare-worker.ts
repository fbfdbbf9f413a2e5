/**
 * The compare thread (compare-threads.ts): runs compareLeaks over the store at `root`, one
 * request at a time, and answers with the comparison (plain data, structured-cloned) or the
 * error's registry code and details.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { compareLeaks, type Comparison } from '../analysis/index.js';
import { isRingfenceError, type ErrorDetails } from '../errors.js';
import { defaultPhoneEngine, type PhoneEngine } from '../phone/index.js';
import { LeakStore } from '../store/index.js';

export interface CompareRequest {
  readonly id: number;
  readonly root: string;
  readonly a: string;
  readonly b: string;
  readonly byType: boolean;
}

export type CompareResponse =
  | { readonly id: number; readonly comparison: Comparison; readonly threadId: number }
  | {
      readonly id: number;
      readonly error: { readonly code?: string; readonly details?: ErrorDetails };
      readonly message: string;
    };

/** Tests only: the thread sets gate[1] when a compare starts and waits while gate[0] is 0. */
const gate = (workerData as { gate?: Int32Array } | undefined)?.gate;

let engine: PhoneEngine | undefined;

parentPort?.on('message', (request: CompareRequest) => {
  if (gate !== undefined) {
    Atomics.store(gate, 1, 1);
    Atomics.notify(gate, 1);
    Atomics.wait(gate, 0, 0);
  }
  let response: CompareResponse;
  try {
    engine ??= defaultPhoneEngine();
    const comparison = compareLeaks(new LeakStore(request.root), engine, request.a, request.b, {
      byType: request.byType,
    });
    response = { id: request.id, comparison, threadId };
  } catch (error) {
    response = {
      id: request.id,
      error: isRingfenceError(error)
        ? { code: error.code, ...(error.details && { details: error.details }) }
        : {},
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  parentPort!.postMessage(response);
});
