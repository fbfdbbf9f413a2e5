/**
 * Large stdin for `ringfence phone` on threads: the main thread and `threads - 1` workers
 * (phone-worker.ts).
 *
 * The rest of stdin is cut into chunks of whole lines (about `chunkBytes` each: a cut falls on
 * the last `\n` of the read that takes a chunk that far). A chunk moves to a worker, which
 * parses it and formats its output (JSON Lines or table rows) into bytes with the main thread's
 * own formatter (lineFormatter). Beside a single worker, the main thread formats the chunks that
 * come while the worker is busy; beside more, reading, cutting and writing for them is its work.
 * Every line is parsed and formatted on its own, so the output is byte-identical to the
 * single-thread path wherever the cuts fall. Outputs are written in input order, each write
 * waiting for stdout to drain, and at most `2 × threads` chunks are in flight (being formatted,
 * or done and waiting for their turn): memory stays flat.
 *
 * The main thread counts as one of the threads because each worker is another V8 isolate that
 * starts (~0.05 s of CPU) and compiles the hot code again (its first chunk runs cold): on two
 * cores, one worker beside a main thread that formats too does more than two beside an idle
 * one. Workers take 0.1-0.4 s to be ready; phone.ts keeps formatting alone until one is.
 */
import { WorkerPool } from '../worker-pool.js';
import { RingfenceError } from '../errors.js';
import type { PhoneWorkerRequest, PhoneWorkerResponse } from './phone-worker.js';

export interface PhoneThreadOptions {
  /** Threads that format, the main thread included (so `threads - 1` workers; at least 2). */
  readonly threads: number;
  /** Input bytes per chunk: a chunk ends at the last `\n` of the read that takes it this far. */
  readonly chunkBytes: number;
  /** Default region index (engine.regionIndex), -1 for none. */
  readonly region: number;
  readonly json: boolean;
  /** The main thread's formatter (lineFormatter), for the chunks it takes itself. */
  readonly formatHere: (lines: Buffer) => Uint8Array | string;
}

export class PhoneThreads {
  private readonly pool: WorkerPool<PhoneWorkerRequest, PhoneWorkerResponse>;
  /** Resolves when the first thread has loaded the engine. */
  readonly ready: Promise<void>;

  private readonly workers: number;
  /** Chunks posted to the workers and not answered yet. */
  private busy = 0;

  constructor(private readonly options: PhoneThreadOptions) {
    this.workers = Math.max(1, options.threads - 1);
    this.pool = new WorkerPool(this.workers, import.meta.url, 'phone-worker', {
      errorOf: (response) =>
        'error' in response ? new RingfenceError('INTERNAL', { reason: response.error }) : null,
    });
    // One warm-up call per worker: each goes to a different idle one.
    const warm = Array.from({ length: this.workers }, () =>
      this.pool.call({ id: this.pool.id(), kind: 'ready' }),
    );
    for (const w of warm) w.catch(() => undefined);
    // Rejects (an AggregateError) only when no thread starts at all.
    this.ready = Promise.any(warm).then(() => undefined);
  }

  /**
   * Formats `carry` (bytes of an unfinished line, or whole lines) followed by the rest of
   * `input`, writing each chunk's output through `write` in input order. Returns the number of
   * chunks.
   */
  async run(
    carry: Uint8Array,
    input: AsyncIterator<Uint8Array> | Iterator<Uint8Array>,
    write: (output: Uint8Array | string) => Promise<void>,
  ): Promise<number> {
    const { chunkBytes, threads } = this.options;
    const limit = 2 * threads;
    // Each entry settles when its chunk's output has been written; the chain keeps input order.
    const inFlight: Promise<void>[] = [];
    let written: Promise<void> = Promise.resolve();
    let chunks = 0;
    const dispatch = (lines: Uint8Array): void => {
      chunks++;
      const formatted =
        this.busy < this.workers || this.workers > 1
          ? this.format(lines)
          : Promise.resolve(this.options.formatHere(asBuffer(lines)));
      formatted.catch(() => undefined);
      written = written.then(async () => write(await formatted));
      written.catch(() => undefined);
      inFlight.push(written);
    };

    let pieces: Uint8Array[] = carry.length > 0 ? [carry] : [];
    let total = carry.length;
    /** Bytes of `pieces` up to and including their last `\n` (0: no whole line yet). */
    let whole = carry.lastIndexOf(10) + 1;
    for (;;) {
      const next = await input.next();
      if (next.done === true) break;
      const piece = next.value;
      const newline = piece.lastIndexOf(10);
      pieces.push(piece);
      total += piece.length;
      if (newline >= 0) whole = total - piece.length + newline + 1;
      if (whole < chunkBytes) continue;
      const lines = bytesOf(pieces, 0, whole);
      const rest = total - whole;
      pieces = rest > 0 ? [bytesOf(pieces, whole, total)] : [];
      total = rest;
      whole = 0;
      dispatch(lines);
      while (inFlight.length >= limit) await inFlight.shift();
    }
    if (total > 0) dispatch(bytesOf(pieces, 0, total));
    for (const pending of inFlight) await pending;
    return chunks;
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private async format(bytes: Uint8Array): Promise<Uint8Array> {
    const { region, json } = this.options;
    this.busy++;
    try {
      const response = await this.pool.call(
        { id: this.pool.id(), kind: 'lines', bytes, region, json },
        [bytes.buffer as ArrayBuffer],
      );
      if (!('output' in response)) throw new RingfenceError('INTERNAL');
      return response.output;
    } finally {
      this.busy--;
    }
  }
}

/** Bytes `[from, to)` of `pieces` joined, in memory of their own (it may move to a thread). */
function bytesOf(pieces: readonly Uint8Array[], from: number, to: number): Uint8Array {
  const out = new Uint8Array(to - from);
  let offset = 0;
  for (const piece of pieces) {
    const start = Math.max(from - offset, 0);
    const end = Math.min(to - offset, piece.length);
    if (end > start) out.set(piece.subarray(start, end), offset + start - from);
    offset += piece.length;
    if (offset >= to) break;
  }
  return out;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
