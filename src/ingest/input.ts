/**
 * Inputs of an ingest: a file, a directory of files, or stdin; each one plain, gzip or zstd
 * (told by its magic bytes, not its name). Yields decompressed byte chunks.
 */
import { Decompress } from 'fzstd';
import { createReadStream, readdirSync, statSync } from 'node:fs';
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

const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];

function startsWith(chunk: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => chunk[i] === b);
}

/**
 * Decompressed chunks of one input. `onRaw` is told how many raw (compressed) bytes were read,
 * for progress. A read or decompression failure becomes UNREADABLE_INPUT.
 */
export async function* readInput(
  file: InputFile,
  stdin: NodeJS.ReadableStream,
  onRaw: (bytes: number) => void,
): AsyncGenerator<Uint8Array> {
  const source: AsyncIterable<Buffer> =
    file.path === '-'
      ? (stdin as AsyncIterable<Buffer>)
      : createReadStream(file.path, { highWaterMark: 1 << 22 });
  const iterator = source[Symbol.asyncIterator]();
  const fail = (error: unknown): RingfenceError =>
    new RingfenceError(
      'UNREADABLE_INPUT',
      { path: file.path, reason: error instanceof Error ? error.message : String(error) },
      { cause: error },
    );
  let first: IteratorResult<Buffer>;
  try {
    first = await iterator.next();
  } catch (error) {
    throw fail(error);
  }
  if (first.done === true) return;
  const head = first.value;
  async function* raw(): AsyncGenerator<Buffer> {
    onRaw(head.length);
    yield head;
    for (;;) {
      let next: IteratorResult<Buffer>;
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

function once(emitter: NodeJS.EventEmitter, event: string): Promise<void> {
  return new Promise((resolve) =>
    emitter.once(event, () => {
      resolve();
    }),
  );
}
