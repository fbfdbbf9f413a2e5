/**
 * The normaliser threads of an ingest (chunk-worker.ts): each call posts one job, moving its
 * memory to the thread, and resolves with that job's own response.
 */
import { Worker } from 'node:worker_threads';
import { RingfenceError } from '../errors.js';
import type { ChunkOptions, ChunkResult } from './chunk.js';
import type { WorkerRequest, WorkerResponse } from './chunk-worker.js';

export class NormaliserPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: {
    request: WorkerRequest;
    transfer: ArrayBuffer[];
    resolve: (r: WorkerResponse) => void;
    reject: (e: Error) => void;
  }[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void; worker: Worker }
  >();
  private nextId = 0;

  constructor(readonly size: number) {
    // From source (tests, tsx) the worker is TypeScript and needs tsx's loader too.
    const fromSource = import.meta.url.endsWith('.ts');
    const url = new URL(fromSource ? './chunk-worker.ts' : './chunk-worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      const worker = fromSource
        ? new Worker(
            `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`,
            { eval: true },
          )
        : new Worker(url);
      worker.on('message', (response: WorkerResponse) => {
        const waiter = this.waiting.get(response.id);
        if (waiter === undefined) return;
        this.waiting.delete(response.id);
        this.idle.push(worker);
        this.pump();
        if ('error' in response)
          waiter.reject(new RingfenceError('INTERNAL', { reason: response.error }));
        else waiter.resolve(response);
      });
      worker.on('error', (error) => {
        for (const [id, w] of this.waiting)
          if (w.worker === worker) {
            this.waiting.delete(id);
            w.reject(error);
          }
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Normalises a chunk. Its memory moves to the thread (copied first when it is small). */
  async run(bytes: Uint8Array, options: ChunkOptions): Promise<ChunkResult> {
    // Small buffers may sit in Buffer's shared pool, which cannot be transferred.
    const own = bytes.buffer.byteLength > 1 << 16 ? bytes : new Uint8Array(bytes);
    const response = await this.call({ id: this.nextId++, kind: 'chunk', bytes: own, options }, [
      own.buffer as ArrayBuffer,
    ]);
    if (!('result' in response)) throw new RingfenceError('INTERNAL');
    return response.result;
  }

  /** Sorts and deduplicates `values` (which must own its memory: it moves to the thread). */
  async sortUnique(values: Float64Array): Promise<Float64Array> {
    const response = await this.call({ id: this.nextId++, kind: 'sort', values }, [
      values.buffer as ArrayBuffer,
    ]);
    if (!('sorted' in response)) throw new RingfenceError('INTERNAL');
    return response.sorted;
  }

  private call(request: WorkerRequest, transfer: ArrayBuffer[]): Promise<WorkerResponse> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request, transfer, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.waiting.set(job.request.id, { resolve: job.resolve, reject: job.reject, worker });
      worker.postMessage(job.request, job.transfer);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
