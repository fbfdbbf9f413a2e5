/**
 * Opening the index's files (./index-format.ts) for the builder and the reader alike: whole
 * reads that fail as CORRUPT_STORE when the file is shorter than its header says, checksums
 * computed in chunks, and the checks that bind the entries to their numbers file and key.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { RingfenceError } from '../errors.js';
import {
  HEADER_SIZE,
  NUMBERS_FIXED_BYTES,
  OFFSETS_BYTES,
  checkOffsets,
  corrupt,
  decodeEntriesHeader,
  decodeNumbersHead,
  entriesFileBytes,
  numbersHeadBytes,
  offsetsFrom,
  type EntriesHeader,
  type NumbersHeader,
} from './index-format.js';

const CHUNK = 1 << 22;

export function ioError(path: string, error: unknown): RingfenceError<'IO_ERROR'> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new RingfenceError(
    'IO_ERROR',
    { path, reason: typeof code === 'string' ? code : 'read or write failed' },
    { cause: error },
  );
}

export async function openFile(path: string, flags: 'r' | 'r+'): Promise<FileHandle> {
  try {
    return await open(path, flags);
  } catch (error) {
    throw ioError(path, error);
  }
}

/** `length` bytes at `position`; CORRUPT_STORE when the file ends before. */
export async function readAt(
  handle: FileHandle,
  length: number,
  position: number,
  path: string,
): Promise<Uint8Array> {
  const bytes = new Uint8Array(length);
  let done = 0;
  while (done < length) {
    let read: number;
    try {
      ({ bytesRead: read } = await handle.read(bytes, done, length - done, position + done));
    } catch (error) {
      throw ioError(path, error);
    }
    if (read === 0) throw corrupt(path, 'truncated file');
    done += read;
  }
  return bytes;
}

export async function writeAt(
  handle: FileHandle,
  bytes: Uint8Array,
  position: number,
  path: string,
): Promise<void> {
  let done = 0;
  try {
    while (done < bytes.length) {
      const { bytesWritten } = await handle.write(
        bytes,
        done,
        bytes.length - done,
        position + done,
      );
      done += bytesWritten;
    }
  } catch (error) {
    throw ioError(path, error);
  }
}

export async function sizeOf(handle: FileHandle, path: string): Promise<number> {
  try {
    return (await handle.stat()).size;
  } catch (error) {
    throw ioError(path, error);
  }
}

/** CRC-32 of bytes [from, to) of the file, continuing `crc`. */
export async function crcOf(
  handle: FileHandle,
  from: number,
  to: number,
  path: string,
  crc = 0,
): Promise<number> {
  for (let at = from; at < to; at += CHUNK) {
    crc = crc32(await readAt(handle, Math.min(CHUNK, to - at), at, path), crc);
  }
  return crc;
}

export interface NumbersFile {
  readonly handle: FileHandle;
  readonly header: NumbersHeader;
  readonly offsets: Uint32Array;
}

/**
 * Opens numbers.rfpb and checks its header, catalogue and offsets, and with `verify` (the
 * default) its checksum, which reads the whole file.
 */
export async function openNumbersFile(path: string, verify = true): Promise<NumbersFile> {
  const handle = await openFile(path, 'r');
  try {
    const size = await sizeOf(handle, path);
    const fixed = await readAt(handle, Math.min(NUMBERS_FIXED_BYTES, size), 0, path);
    if (fixed.length < NUMBERS_FIXED_BYTES) throw corrupt(path, 'truncated file');
    const headBytes = numbersHeadBytes(fixed);
    if (headBytes > size) throw corrupt(path, 'truncated file');
    const head = await readAt(handle, headBytes, 0, path);
    const header = decodeNumbersHead(head, size, path);
    const table = await readAt(handle, OFFSETS_BYTES, header.offsetsAt, path);
    if (verify) {
      let crc = crc32(table, crc32(head.subarray(16)));
      crc = await crcOf(handle, header.recordsAt, header.fileBytes, path, crc);
      if (crc !== header.checksum) throw corrupt(path, 'checksum mismatch');
    }
    const offsets = offsetsFrom(table);
    if (checkOffsets(offsets, header.numbers, path) !== header.largestBucket) {
      throw corrupt(path, 'bad header');
    }
    return { handle, header, offsets };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

export interface EntriesFile {
  readonly handle: FileHandle;
  readonly header: EntriesHeader;
}

/**
 * Opens entries.rfpi for the numbers file it must belong to and the key it must be computed
 * under; CORRUPT_STORE when it does not, or has the wrong size. A complete file's checksum is
 * checked when `verify` is set.
 */
export async function openEntriesFile(
  path: string,
  numbers: NumbersHeader,
  keyId: string,
  verify: boolean,
  flags: 'r' | 'r+' = 'r',
): Promise<EntriesFile> {
  const handle = await openFile(path, flags);
  try {
    const header = decodeEntriesHeader(await readAt(handle, HEADER_SIZE, 0, path), path);
    if (header.numbers !== numbers.numbers || header.numbersChecksum !== numbers.checksum) {
      throw corrupt(path, 'it belongs to another numbers file');
    }
    if (header.keyId !== keyId) throw corrupt(path, 'it was computed under another key');
    const size = await sizeOf(handle, path);
    const expected = entriesFileBytes(header.numbers);
    if (size !== expected)
      throw corrupt(path, size < expected ? 'truncated file' : 'bad file size');
    if (verify && header.complete) {
      const crc = await crcOf(handle, 16, size, path);
      if (crc !== header.checksum) throw corrupt(path, 'checksum mismatch');
    }
    return { handle, header };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Reads the state and checksum of an entries file again (they change when it completes). */
export async function rereadEntriesHeader(
  handle: FileHandle,
  path: string,
): Promise<EntriesHeader> {
  return decodeEntriesHeader(await readAt(handle, HEADER_SIZE, 0, path), path);
}
