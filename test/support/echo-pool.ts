/** A WorkerPool of echo-worker threads (beside this file, which WorkerPool resolves it from). */
import { WorkerPool } from '../../src/worker-pool.js';
import type { EchoRequest, EchoResponse } from './echo-worker.js';

export function echoPool(size: number): WorkerPool<EchoRequest, EchoResponse> {
  return new WorkerPool<EchoRequest, EchoResponse>(size, import.meta.url, 'echo-worker', {
    errorOf: (response) => (response.error === undefined ? null : new Error(response.error)),
  });
}
