/**
 * File helpers of a leak folder: whole writes to a descriptor, and the `files` record of the
 * manifest (size and SHA-256 of each file).
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from './store.js';

/** writeSync until every byte is written (it may write fewer than asked). */
export function writeAll(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written);
}

/** Size and SHA-256 of a file. */
export async function fileHash(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 22 }))
    hash.update(chunk as Buffer);
  return { bytes: statSync(path).size, sha256: hash.digest('hex') };
}

/**
 * The manifest's `files` record of a finished leak folder. `rows`: the size and hash of
 * rows.parquet when its writer measured them as it wrote (a 100M-row file is gigabytes to read
 * again), or whether the folder has one to hash.
 */
export async function leakFiles(
  dir: string,
  rows: boolean | { bytes: number; sha256: string },
): Promise<Manifest['files']> {
  return {
    numbers: await fileHash(join(dir, 'numbers.rfns')),
    stats: await fileHash(join(dir, 'stats.json')),
    rejects: await fileHash(join(dir, 'rejects.jsonl.gz')),
    rows:
      typeof rows === 'object'
        ? { bytes: rows.bytes, sha256: rows.sha256 }
        : rows
          ? await fileHash(join(dir, 'rows.parquet'))
          : null,
  };
}
