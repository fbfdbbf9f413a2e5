/**
 * A fixed set of worker threads running one module, shared by the ingest's normalisers and the
 * private-index build. Each call posts one request (its listed buffers move to the thread) and
 * resolves with the response that carries the same id; a thread that fails or exits rejects the
 * calls it held. From source (tests, tsx) the module is TypeScript and each thread registers
 * tsx's loader first; from dist/ it is the compiled .js beside the caller.
 */
import { Worker } from 'node:worker_threads';
import { RingfenceError } from './errors.js';

export interface PoolMessage {
  readonly id: number;
}

export interface WorkerPoolOptions<Res> {
  /** Passed to every thread as `workerData`. */
  readonly workerData?: unknown;
  /** The error a response stands for (a failure reported by the thread), or null. */
  readonly errorOf: (response: Res) => Error | null;
}

/**
 * Calls a thread holds at once: the next waits in its port while it works on one, so that it
 * goes on without waiting for the main thread to hear of the last one and post another. With
 * one, the 155 partitions an ingest of 5M rows sorts at its end left each thread idle for 150 to
 * 220 ms of that phase's 450.
 */
const DEPTH = 2;

interface Waiter<Res> {
  readonly resolve: (response: Res) => void;
  readonly reject: (error: Error) => void;
  readonly worker: Worker;
}

export class WorkerPool<Req extends PoolMessage, Res extends PoolMessage> {
  private readonly workers: Worker[] = [];
  /** Calls each live thread holds (at most DEPTH); a thread that failed is no longer here. */
  private readonly held = new Map<Worker, number>();
  private readonly queue: {
    request: Req;
    transfer: ArrayBuffer[];
    resolve: (response: Res) => void;
    reject: (error: Error) => void;
  }[] = [];
  private readonly waiting = new Map<number, Waiter<Res>>();
  private nextId = 0;
  /** The last thread's failure, once every thread has failed. */
  private failure: Error | null = null;
  private closing = false;

  /**
   * `callerUrl` is the caller's import.meta.url and `module` the worker's file name without its
   * extension, beside the caller.
   */
  constructor(
    readonly size: number,
    callerUrl: string,
    module: string,
    private readonly options: WorkerPoolOptions<Res>,
  ) {
    const fromSource = callerUrl.endsWith('.ts');
    const url = new URL(`./${module}${fromSource ? '.ts' : '.js'}`, callerUrl);
    const init = { workerData: options.workerData };
    for (let i = 0; i < size; i++) {
      const worker = fromSource
        ? new Worker(
            `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`,
            { ...init, eval: true },
          )
        : new Worker(url, init);
      worker.on('message', (response: Res) => {
        this.settle(worker, response);
      });
      worker.on('error', (error) => {
        this.fail(worker, error);
      });
      worker.on('exit', () => {
        // After close() the calls still held are the caller's to drop, as it stopped waiting.
        if (!this.closing)
          this.fail(worker, new RingfenceError('INTERNAL', { reason: 'a worker thread exited' }));
      });
      this.workers.push(worker);
      this.held.set(worker, 0);
    }
  }

  /** A fresh request id. */
  id(): number {
    return this.nextId++;
  }

  /**
   * Posts `request` to the thread that holds the fewest calls, fewer than DEPTH (queued until
   * one does), moving `transfer`.
   */
  call(request: Req, transfer: ArrayBuffer[] = []): Promise<Res> {
    return new Promise((resolve, reject) => {
      if (this.failure !== null) {
        reject(this.failure);
        return;
      }
      this.queue.push({ request, transfer, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(worker: Worker, response: Res): void {
    const waiter = this.waiting.get(response.id);
    if (waiter === undefined) return;
    this.waiting.delete(response.id);
    const held = this.held.get(worker);
    if (held !== undefined) this.held.set(worker, held - 1);
    this.pump();
    const error = this.options.errorOf(response);
    if (error === null) waiter.resolve(response);
    else waiter.reject(error);
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let worker: Worker | null = null;
      let fewest = DEPTH;
      for (const [w, held] of this.held) {
        if (held < fewest) {
          worker = w;
          fewest = held;
        }
      }
      if (worker === null) return;
      this.held.set(worker, fewest + 1);
      const job = this.queue.shift()!;
      this.waiting.set(job.request.id, { resolve: job.resolve, reject: job.reject, worker });
      worker.postMessage(job.request, job.transfer);
    }
  }

  /** A thread failed: its calls fail, it takes no more, and with none left neither do queued ones. */
  private fail(worker: Worker, error: Error): void {
    this.held.delete(worker);
    for (const [id, waiter] of this.waiting) {
      if (waiter.worker !== worker) continue;
      this.waiting.delete(id);
      waiter.reject(error);
    }
    if (this.held.size > 0) return;
    this.failure = error;
    for (const job of this.queue.splice(0)) job.reject(error);
  }
}
