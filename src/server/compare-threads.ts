/**
 * The compare of two leaks, off the event loop. An exact compare streams both number sets and
 * classifies the intersection: seconds on large leaks, during which a server that ran it inline
 * would answer no check, no analysis and no health probe. Here it runs in a worker thread
 * (compare-worker.ts) and the event loop only waits for the message.
 *
 * One thread per process, started on the first compare: compares queue behind each other (the
 * reports rate limit keeps the queue short), and a server that never compares starts none. The
 * thread is referenced only while a compare is in flight, so an idle thread never keeps a process
 * (or a test that forgot to close its app) alive; a thread that dies is replaced on the next call.
 * From source (tests, tsx) the thread registers tsx's loader first, as src/worker-pool.ts does.
 */
import { Worker } from 'node:worker_threads';
import type { Comparison } from '../analysis/index.js';
import { ERRORS, RingfenceError, type ErrorCode, type ErrorDetails } from '../errors.js';
import type { CompareRequest, CompareResponse } from './compare-worker.js';

export interface CompareThreadsOptions {
  /**
   * Tests only: shared memory the thread waits on before each compare (see compare-worker.ts),
   * so that a test can hold a compare running while it checks that the server still answers.
   */
  readonly gate?: Int32Array;
}

export interface ThreadComparison {
  readonly comparison: Comparison;
  /** The thread that computed it (never the caller's). */
  readonly threadId: number;
}

interface Pending {
  readonly resolve: (result: ThreadComparison) => void;
  readonly reject: (error: Error) => void;
}

export class CompareThreads {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: CompareThreadsOptions = {}) {}

  /** compareLeaks(new LeakStore(root), engine, a, b, { byType }) in the thread. */
  compare(root: string, a: string, b: string, byType = false): Promise<ThreadComparison> {
    if (this.closed)
      return Promise.reject(new RingfenceError('INTERNAL', undefined, { cause: 'closed' }));
    const worker = this.thread();
    const request: CompareRequest = { id: this.nextId++, root, a, b, byType };
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      worker.ref();
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    if (worker !== null) await worker.terminate();
  }

  private thread(): Worker {
    if (this.worker !== null) return this.worker;
    const fromSource = import.meta.url.endsWith('.ts');
    const url = new URL(`./compare-worker${fromSource ? '.ts' : '.js'}`, import.meta.url);
    const init = { workerData: { gate: this.options.gate } };
    const worker = fromSource
      ? new Worker(
          `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`,
          { ...init, eval: true },
        )
      : new Worker(url, init);
    worker.unref();
    worker.on('message', (response: CompareResponse) => {
      this.settle(response);
      if (this.pending.size === 0) worker.unref();
    });
    const lost = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
      const waiting = [...this.pending.values()];
      this.pending.clear();
      for (const call of waiting) call.reject(error);
    };
    worker.on('error', lost);
    worker.on('exit', () => {
      lost(new RingfenceError('INTERNAL', undefined, { cause: 'the compare thread exited' }));
    });
    this.worker = worker;
    return worker;
  }

  private settle(response: CompareResponse): void {
    const call = this.pending.get(response.id);
    if (call === undefined) return;
    this.pending.delete(response.id);
    if ('comparison' in response) {
      call.resolve({ comparison: response.comparison, threadId: response.threadId });
      return;
    }
    const { code, details } = response.error;
    if (code !== undefined && code in ERRORS)
      call.reject(new RingfenceError(code as ErrorCode, details as ErrorDetails as never));
    // Not a coded error: a bug, reported as INTERNAL by the app's error handler, stack logged.
    else call.reject(new Error(response.message));
  }
}
