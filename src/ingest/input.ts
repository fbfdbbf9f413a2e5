/**
 * Inputs of an ingest: a file, a directory of files, or stdin; each one plain, gzip or zstd
 * (told by its magic bytes, not its name). Yields decompressed byte chunks.
 */
import { Decompress } from 'fzstd';
import { readdirSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { createGunzip } from 'node:zlib';
import { RingfenceError } from '../errors.js';
import { classifyDataFile, readHead, type SkippedFile } from './data-files.js';

export interface InputFile {
  /** Path as given (or "-" for stdin). */
  readonly path: string;
  /** Size on disk, 0 for stdin. */
  readonly bytes: number;
}

/**
 * The files of an input argument: itself, or a directory's data files in name order (recursive),
 * with the files of the directory that are not data (documents, binaries, empty files: told by
 * their content, see data-files.ts). A file named on its own is always read.
 */
export function listInputs(input: string): { files: InputFile[]; skipped: SkippedFile[] } {
  if (input === '-') return { files: [{ path: '-', bytes: 0 }], skipped: [] };
  const path = resolve(input);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new RingfenceError('INPUT_NOT_FOUND', { path: input });
  }
  if (!stat.isDirectory()) return { files: [{ path: input, bytes: stat.size }], skipped: [] };
  const files: InputFile[] = [];
  const skipped: SkippedFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    )) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const verdict = classifyDataFile(entry.name, readHead(full));
        if (verdict.data) files.push({ path: full, bytes: statSync(full).size });
        else skipped.push({ path: relative(path, full), reason: verdict.reason });
      }
    }
  };
  walk(path);
  if (files.length === 0)
    throw new RingfenceError('INPUT_NOT_FOUND', {
      path: `${input}/* (no data file among ${skipped.length} file(s))`,
    });
  return { files, skipped };
}

/** Bytes read from a file at a time. */
const READ_BYTES = 1 << 22;
/** Bytes kept free in front of each read (see ReadBuffers). */
const READ_HEADROOM = 1 << 16;
/** A UTF-8 byte-order mark: the one thing a stage may drop from the front of a read. */
const MARK_BYTES = 3;

/**
 * The buffers files are read into, with room kept free in front of each read. An ingest cuts
 * chunks at record ends: the uncut tail of one read goes into the room in front of the next
 * (prepend), so that a read moves to a normaliser thread whole, instead of being copied behind
 * its tail (a copy of every byte, and a new 4 MiB buffer a read for the collector: on the main
 * thread, a tenth of a 100M-row ingest). The threads give the buffers back (give) and they are
 * read into again.
 */
export class ReadBuffers {
  /** Buffers handed out by take(), until their room is used or they come back. */
  private readonly issued = new WeakSet<ArrayBuffer>();
  private readonly free: ArrayBuffer[] = [];

  constructor(private readonly keep = 8) {}

  take(): ArrayBuffer {
    const buffer = this.free.pop() ?? new ArrayBuffer(READ_HEADROOM + READ_BYTES);
    this.issued.add(buffer);
    return buffer;
  }

  /** A buffer of ours that no one reads any more (others are left to the collector). */
  give(buffer: ArrayBuffer): void {
    if (buffer.byteLength !== READ_HEADROOM + READ_BYTES || this.free.length >= this.keep) return;
    if (this.free.includes(buffer)) return;
    this.free.push(buffer);
  }

  /**
   * `tail` followed by `chunk`, written into the room in front of `chunk` when `chunk` is a read
   * of ours (or that read without its byte-order mark) whose room is unused and large enough;
   * null otherwise (the caller copies). The room of a read is used once.
   */
  prepend(tail: Uint8Array, chunk: Uint8Array): Uint8Array | null {
    const buffer = chunk.buffer as ArrayBuffer;
    const offset = chunk.byteOffset;
    if (!this.issued.has(buffer) || offset < READ_HEADROOM || offset > READ_HEADROOM + MARK_BYTES)
      return null;
    this.issued.delete(buffer);
    if (tail.length > offset) return null;
    // A Buffer view: its indexOf (memchr) is what finds record ends fast.
    const joined = Buffer.from(buffer, offset - tail.length, tail.length + chunk.length);
    joined.set(tail);
    return joined;
  }

  /** Whether `chunk` is a read of ours that nothing else views: it may move to a thread. */
  owns(chunk: Uint8Array): boolean {
    return this.issued.has(chunk.buffer as ArrayBuffer);
  }
}

const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];

function startsWith(chunk: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => chunk[i] === b);
}

/**
 * Decompressed chunks of one input. `onRaw` is told how many raw (compressed) bytes were read,
 * for progress; a plain file is read into `buffers`. A read or decompression failure becomes
 * UNREADABLE_INPUT.
 */
export async function* readInput(
  file: InputFile,
  stdin: NodeJS.ReadableStream,
  onRaw: (bytes: number) => void,
  buffers: ReadBuffers,
): AsyncGenerator<Uint8Array> {
  const source: AsyncIterable<Uint8Array> =
    file.path === '-' ? (stdin as AsyncIterable<Buffer>) : readFileChunks(file.path, buffers);
  const iterator = source[Symbol.asyncIterator]();
  const fail = (error: unknown): RingfenceError =>
    new RingfenceError(
      'UNREADABLE_INPUT',
      { path: file.path, reason: error instanceof Error ? error.message : String(error) },
      { cause: error },
    );
  let first: IteratorResult<Uint8Array>;
  try {
    first = await iterator.next();
  } catch (error) {
    throw fail(error);
  }
  if (first.done === true) return;
  const head = first.value;
  async function* raw(): AsyncGenerator<Uint8Array> {
    onRaw(head.length);
    yield head;
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await iterator.next();
      } catch (error) {
        throw fail(error);
      }
      if (next.done === true) return;
      onRaw(next.value.length);
      yield next.value;
    }
  }
  if (startsWith(head, GZIP)) {
    const gunzip = createGunzip();
    const pump = (async () => {
      try {
        for await (const chunk of raw()) if (!gunzip.write(chunk)) await once(gunzip, 'drain');
        gunzip.end();
      } catch (error) {
        gunzip.destroy(error instanceof Error ? error : new Error(String(error)));
      }
    })();
    try {
      for await (const chunk of gunzip as AsyncIterable<Buffer>) yield chunk;
    } catch (error) {
      throw fail(error);
    }
    await pump;
  } else if (startsWith(head, ZSTD)) {
    const out: Uint8Array[] = [];
    const zstd = new Decompress((chunk) => {
      out.push(chunk);
    });
    for await (const chunk of raw()) {
      try {
        zstd.push(chunk);
      } catch (error) {
        throw fail(error);
      }
      while (out.length > 0) yield out.shift()!;
    }
    try {
      zstd.push(new Uint8Array(0), true);
    } catch (error) {
      throw fail(error);
    }
    while (out.length > 0) yield out.shift()!;
  } else {
    yield* raw();
  }
}

/** A file's bytes, each read in a buffer of `buffers` behind its room. */
async function* readFileChunks(path: string, buffers: ReadBuffers): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    for (;;) {
      const buffer = buffers.take();
      const { bytesRead } = await handle.read(
        new Uint8Array(buffer),
        READ_HEADROOM,
        READ_BYTES,
        null,
      );
      if (bytesRead === 0) return;
      yield Buffer.from(buffer, READ_HEADROOM, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

function once(emitter: NodeJS.EventEmitter, event: string): Promise<void> {
  return new Promise((resolve) =>
    emitter.once(event, () => {
      resolve();
    }),
  );
}
