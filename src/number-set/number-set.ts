/**
 * The succinct number set of a leak (`numbers.rfns`): its unique valid numbers, partitioned by
 * (callingCode, nsnLength), each partition an Elias-Fano, bitmap or partitioned Elias-Fano
 * block. The writer streams partitions to disk as they come; the reader mirrors it section for section (header, blocks,
 * directory, trailer; layout in ./number-set-format.ts) and answers membership, select and rank
 * without decoding whole partitions.
 */
import { closeSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { RingfenceError } from '../errors.js';
import { binomialLog2, type SequenceShape, type SortedSequence } from './elias-fano.js';
import { getU64, setU64 } from '../bytes.js';
import { encodeBlockInModule } from './encode-module.js';
import {
  CHECKSUM_OFFSET,
  CHUNK_LOG,
  DIRECTORY_ENTRY_SIZE,
  ENCODING_BITMAP,
  ENCODING_ELIAS_FANO,
  ENCODING_PARTITIONED,
  FORMAT_VERSION,
  HEADER_SIZE,
  MAGIC,
  MAX_CALLING_CODE,
  MAX_CHUNK_LOG,
  MAX_LOW_BITS,
  MIN_CHUNK_LOG,
  MAX_NSN_LENGTH,
  TRAILER_SIZE,
} from './number-set-format.js';
import { blockMinWords, encodeBlock, openBlock } from './partitioned.js';

export interface NumberSetPartition {
  readonly callingCode: number;
  readonly nsnLength: number;
  readonly count: number;
  /** Bytes of its data block plus its directory entry. */
  readonly bytes: number;
  readonly encoding: 'elias-fano' | 'bitmap' | 'partitioned';
  /** log2(C(10^nsnLength, count)): the information-theoretic bound of this partition. */
  readonly boundBits: number;
}

export interface NumberSetSummary {
  readonly count: number;
  /** Size of the whole file. */
  readonly bytes: number;
  readonly partitions: number;
  /** 8 * bytes / count (0 for an empty set): every byte counted, header and directory included. */
  readonly bitsPerNumber: number;
  /** Sum of the partitions' boundBits / count. */
  readonly boundBitsPerNumber: number;
  /** CRC-32 of bytes 16 to the end, 8 lowercase hex digits. */
  readonly checksum: string;
}

export interface NumberSet {
  readonly count: number;
  readonly partitions: readonly NumberSetPartition[];
  readonly summary: NumberSetSummary;
  has(callingCode: number, nsnLength: number, nsn: number): boolean;
  /** -1 if absent. */
  partitionIndex(callingCode: number, nsnLength: number): number;
  /** Decodes partition p's values in ascending order into `out` (allocated when absent or too small); returns the array. */
  values(p: number, out?: Float64Array): Float64Array;
  /** The i-th smallest value of partition p. */
  select(p: number, i: number): number;
  /** Number of values < nsn in partition p (rank), for range counts. */
  rank(p: number, nsn: number): number;
}

export interface NumberSetInput {
  readonly callingCode: number;
  readonly nsnLength: number;
  readonly values: Float64Array;
  /** Defaults to values.length. */
  readonly count?: number;
}

function misuse(reason: string): RingfenceError<'INTERNAL'> {
  return new RingfenceError('INTERNAL', { reason });
}

interface DirectoryEntry extends SequenceShape {
  readonly callingCode: number;
  readonly nsnLength: number;
  readonly offset: number;
  readonly byteLength: number;
}

function encodingName(shape: SequenceShape): NumberSetPartition['encoding'] {
  if (shape.encoding === ENCODING_PARTITIONED) return 'partitioned';
  return shape.encoding === ENCODING_BITMAP ? 'bitmap' : 'elias-fano';
}

function describe(entry: DirectoryEntry): NumberSetPartition {
  return Object.freeze({
    callingCode: entry.callingCode,
    nsnLength: entry.nsnLength,
    count: entry.count,
    bytes: entry.byteLength + DIRECTORY_ENTRY_SIZE,
    encoding: encodingName(entry),
    boundBits: binomialLog2(10 ** entry.nsnLength, entry.count),
  });
}

function summarise(
  entries: readonly NumberSetPartition[],
  bytes: number,
  checksum: number,
): NumberSetSummary {
  let count = 0;
  let bound = 0;
  for (const entry of entries) {
    count += entry.count;
    bound += entry.boundBits;
  }
  return Object.freeze({
    count,
    bytes,
    partitions: entries.length,
    bitsPerNumber: count === 0 ? 0 : (bytes * 8) / count,
    boundBitsPerNumber: count === 0 ? 0 : bound / count,
    checksum: checksum.toString(16).padStart(8, '0'),
  });
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function littleEndianBytes(words: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(words.buffer, words.byteOffset, words.byteLength);
  if (LITTLE_ENDIAN) return bytes;
  const copy = new Uint8Array(words.byteLength);
  const view = new DataView(copy.buffer);
  for (let i = 0; i < words.length; i++) view.setUint32(i * 4, words[i]!, true);
  return copy;
}

function headerBytes(checksum: number): Uint8Array {
  const header = new Uint8Array(HEADER_SIZE);
  const view = new DataView(header.buffer);
  for (let i = 0; i < 4; i++) header[i] = MAGIC.charCodeAt(i);
  view.setUint16(4, FORMAT_VERSION, true);
  view.setUint32(CHECKSUM_OFFSET, checksum, true);
  return header;
}

/** One partition's block, encoded apart from any writer (in a thread, say): plain data. */
export interface EncodedPartition {
  readonly callingCode: number;
  readonly nsnLength: number;
  readonly shape: SequenceShape;
  readonly words: Uint32Array;
}

/**
 * Encodes values[0..count) (strictly ascending integers in [0, 10^nsnLength)) as one partition's
 * block; null when count is 0 (an empty partition is not written). Throws
 * RingfenceError('INTERNAL') on a calling code, length or count out of range.
 */
export function encodePartition(
  callingCode: number,
  nsnLength: number,
  values: Float64Array,
  count: number,
): EncodedPartition | null {
  if (!Number.isInteger(callingCode) || callingCode < 1 || callingCode > MAX_CALLING_CODE) {
    throw misuse(`calling code ${callingCode} is not in [1, ${MAX_CALLING_CODE}]`);
  }
  if (!Number.isInteger(nsnLength) || nsnLength < 1 || nsnLength > MAX_NSN_LENGTH) {
    throw misuse(`national number length ${nsnLength} is not in [1, ${MAX_NSN_LENGTH}]`);
  }
  if (!Number.isInteger(count) || count < 0 || count > values.length || count >= 2 ** 32) {
    throw misuse(`count ${count} is not in [0, ${values.length}]`);
  }
  if (count === 0) return null;
  const limit = 10 ** nsnLength;
  const { shape, words } =
    encodeBlockInModule(values, count, limit, CHUNK_LOG) ?? encodeBlock(values, count, limit);
  return { callingCode, nsnLength, shape, words };
}

/**
 * Everything after the header, in order: blocks as partitions are added, then the directory and
 * the trailer. Shared by the file writer and the in-memory encoder, so that both write the same
 * bytes.
 */
class BodyBuilder {
  private readonly entries: DirectoryEntry[] = [];
  private offset = HEADER_SIZE;
  private crc = 0;
  private total = 0;
  private lastKey = -1;

  constructor(private readonly sink: (chunk: Uint8Array) => void) {}

  add(callingCode: number, nsnLength: number, values: Float64Array, count: number): void {
    const partition = encodePartition(callingCode, nsnLength, values, count);
    // An empty partition is not written, but must still come in order.
    if (partition === null) this.keyAfterLast(callingCode, nsnLength);
    else this.addEncoded(partition);
  }

  addEncoded(partition: EncodedPartition): void {
    const { callingCode, nsnLength, shape, words } = partition;
    this.lastKey = this.keyAfterLast(callingCode, nsnLength);
    const block = littleEndianBytes(words);
    this.entries.push({
      ...shape,
      callingCode,
      nsnLength,
      offset: this.offset,
      byteLength: block.byteLength,
    });
    this.emit(block);
    this.total += shape.count;
  }

  /** The partition's key; throws when it does not come after the last one written. */
  private keyAfterLast(callingCode: number, nsnLength: number): number {
    const key = callingCode * (MAX_NSN_LENGTH + 1) + nsnLength;
    if (key <= this.lastKey) {
      throw misuse(`partition +${callingCode}/${nsnLength} is not after the previous one`);
    }
    return key;
  }

  /** Writes the directory and the trailer; returns the checksum and the partitions. */
  finish(): { checksum: number; bytes: number; partitions: NumberSetPartition[] } {
    const directoryOffset = this.offset;
    const tail = new Uint8Array(this.entries.length * DIRECTORY_ENTRY_SIZE + TRAILER_SIZE);
    const view = new DataView(tail.buffer);
    this.entries.forEach((entry, p) => {
      const at = p * DIRECTORY_ENTRY_SIZE;
      view.setUint32(at, entry.callingCode, true);
      view.setUint8(at + 4, entry.nsnLength);
      view.setUint8(at + 5, entry.encoding);
      view.setUint8(at + 6, entry.lowBits);
      view.setUint8(at + 7, entry.chunkLog ?? 0);
      view.setUint32(at + 8, entry.count, true);
      setU64(view, at + 16, entry.base);
      setU64(view, at + 24, entry.max);
      setU64(view, at + 32, entry.offset);
      setU64(view, at + 40, entry.byteLength);
    });
    const at = this.entries.length * DIRECTORY_ENTRY_SIZE;
    setU64(view, at, directoryOffset);
    view.setUint32(at + 8, this.entries.length, true);
    setU64(view, at + 16, this.total);
    this.emit(tail);
    return {
      checksum: this.crc,
      bytes: this.offset,
      partitions: this.entries.map(describe),
    };
  }

  private emit(chunk: Uint8Array): void {
    this.sink(chunk);
    this.crc = crc32(chunk, this.crc);
    this.offset += chunk.byteLength;
  }
}

function ioError(path: string, error: unknown): RingfenceError<'IO_ERROR'> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new RingfenceError(
    'IO_ERROR',
    { path, reason: typeof code === 'string' ? code : 'write failed' },
    { cause: error },
  );
}

export class NumberSetWriter {
  private readonly body: BodyBuilder;
  private closed = false;

  private constructor(
    private readonly path: string,
    private readonly fd: number,
  ) {
    this.body = new BodyBuilder((chunk) => {
      try {
        writeAll(fd, chunk, null);
      } catch (error) {
        throw ioError(path, error);
      }
    });
  }

  /** Creates (or truncates) the file at `path`; partitions go to disk as they are added. */
  static open(path: string): NumberSetWriter {
    let fd: number;
    try {
      fd = openSync(path, 'w');
      writeAll(fd, headerBytes(0), null);
    } catch (error) {
      throw ioError(path, error);
    }
    return new NumberSetWriter(path, fd);
  }

  /** values[0..count) strictly ascending integers in [0, 10^nsnLength); (callingCode, nsnLength) strictly ascending across calls; count 0 is skipped. Throws RingfenceError('INTERNAL') on misuse. */
  addPartition(callingCode: number, nsnLength: number, values: Float64Array, count: number): void {
    if (this.closed) throw misuse('the number set writer is closed');
    this.body.add(callingCode, nsnLength, values, count);
  }

  /** A partition encoded by encodePartition, under the same ordering rule as addPartition. */
  addEncoded(partition: EncodedPartition): void {
    if (this.closed) throw misuse('the number set writer is closed');
    this.body.addEncoded(partition);
  }

  /** Writes the directory, the trailer and the checksum, fsyncs and closes the file. */
  close(): NumberSetSummary {
    if (this.closed) throw misuse('the number set writer is closed');
    this.closed = true;
    try {
      const { checksum, bytes, partitions } = this.body.finish();
      try {
        writeAll(this.fd, headerBytes(checksum), 0);
        fsyncSync(this.fd);
      } catch (error) {
        throw ioError(this.path, error);
      }
      return summarise(partitions, bytes, checksum);
    } finally {
      closeSync(this.fd);
    }
  }
}

function writeAll(fd: number, chunk: Uint8Array, position: number | null): void {
  let done = 0;
  while (done < chunk.byteLength) {
    done += writeSync(
      fd,
      chunk,
      done,
      chunk.byteLength - done,
      position === null ? null : position + done,
    );
  }
}

/** The whole file in memory: for tests and small sets. */
export function encodeNumberSet(partitions: Iterable<NumberSetInput>): Uint8Array {
  const chunks: Uint8Array[] = [headerBytes(0)];
  const body = new BodyBuilder((chunk) => chunks.push(chunk));
  for (const { callingCode, nsnLength, values, count } of partitions) {
    body.add(callingCode, nsnLength, values, count ?? values.length);
  }
  const { checksum, bytes } = body.finish();
  chunks[0] = headerBytes(checksum);
  const file = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    file.set(chunk, at);
    at += chunk.byteLength;
  }
  return file;
}

/**
 * Reads a whole file. Its blocks are viewed in place (not copied) when the bytes are 4-byte
 * aligned, so `bytes` must not change afterwards.
 */
export function decodeNumberSet(bytes: Uint8Array, path = 'number set'): NumberSet {
  const corrupt = (reason: string) => new RingfenceError('CORRUPT_STORE', { path, reason });
  if (bytes.byteLength < HEADER_SIZE + TRAILER_SIZE) throw corrupt('truncated file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== MAGIC) throw corrupt(`bad magic ${JSON.stringify(magic)}`);
  const version = view.getUint16(4, true);
  if (version !== FORMAT_VERSION) throw corrupt(`unsupported format version ${version}`);
  if (view.getUint16(6, true) !== 0 || view.getUint32(8, true) !== 0) {
    throw corrupt('reserved header bytes are not zero');
  }
  const checksum = view.getUint32(CHECKSUM_OFFSET, true);
  if (crc32(bytes.subarray(HEADER_SIZE)) !== checksum) throw corrupt('checksum mismatch');

  const trailer = bytes.byteLength - TRAILER_SIZE;
  const directoryOffset = getU64(view, trailer);
  const partitionCount = view.getUint32(trailer + 8, true);
  const total = getU64(view, trailer + 16);
  if (
    view.getUint32(trailer + 12, true) !== 0 ||
    directoryOffset + partitionCount * DIRECTORY_ENTRY_SIZE !== trailer
  ) {
    throw corrupt('bad trailer');
  }

  const entries: DirectoryEntry[] = [];
  const sequences: SortedSequence[] = [];
  let offset = HEADER_SIZE;
  let lastKey = -1;
  let sum = 0;
  for (let p = 0; p < partitionCount; p++) {
    const at = directoryOffset + p * DIRECTORY_ENTRY_SIZE;
    const encoding = view.getUint8(at + 5);
    const partitioned = encoding === ENCODING_PARTITIONED;
    const chunkLog = view.getUint8(at + 7);
    const entry: DirectoryEntry = {
      callingCode: view.getUint32(at, true),
      nsnLength: view.getUint8(at + 4),
      encoding: partitioned
        ? ENCODING_PARTITIONED
        : encoding === ENCODING_BITMAP
          ? ENCODING_BITMAP
          : ENCODING_ELIAS_FANO,
      lowBits: view.getUint8(at + 6),
      ...(partitioned ? { chunkLog } : {}),
      count: view.getUint32(at + 8, true),
      base: getU64(view, at + 16),
      max: getU64(view, at + 24),
      offset: getU64(view, at + 32),
      byteLength: getU64(view, at + 40),
    };
    const key = entry.callingCode * (MAX_NSN_LENGTH + 1) + entry.nsnLength;
    const sound =
      (encoding === ENCODING_BITMAP || encoding === ENCODING_ELIAS_FANO || partitioned) &&
      (partitioned ? chunkLog >= MIN_CHUNK_LOG && chunkLog <= MAX_CHUNK_LOG : chunkLog === 0) &&
      view.getUint32(at + 12, true) === 0 &&
      entry.callingCode >= 1 &&
      entry.callingCode <= MAX_CALLING_CODE &&
      entry.nsnLength >= 1 &&
      entry.nsnLength <= MAX_NSN_LENGTH &&
      key > lastKey &&
      entry.count >= 1 &&
      entry.base >= 0 &&
      entry.max >= entry.base &&
      entry.max < 10 ** entry.nsnLength &&
      entry.count <= entry.max - entry.base + 1 &&
      entry.lowBits <= MAX_LOW_BITS &&
      (encoding !== ENCODING_BITMAP || entry.lowBits === 0) &&
      (!partitioned || entry.count >= 2) &&
      entry.offset === offset &&
      entry.offset + entry.byteLength <= directoryOffset &&
      entry.byteLength % 4 === 0 &&
      (partitioned
        ? entry.byteLength >= blockMinWords(entry) * 4
        : entry.byteLength === blockMinWords(entry) * 4);
    if (!sound) throw corrupt(`bad directory entry ${p}`);
    lastKey = key;
    offset += entry.byteLength;
    sum += entry.count;
    const sequence = openBlock(entry, wordsAt(bytes, entry.offset, entry.byteLength / 4));
    const problem = sequence.verify();
    if (problem !== undefined) throw corrupt(`partition ${p}: ${problem}`);
    entries.push(entry);
    sequences.push(sequence);
  }
  if (offset !== directoryOffset || sum !== total) throw corrupt('bad directory');

  const partitions = Object.freeze(entries.map(describe));
  return new DecodedNumberSet(
    entries,
    sequences,
    partitions,
    summarise(partitions, bytes.byteLength, checksum),
  );
}

/** The words of a block: a view when aligned on a little-endian host, else a copy. */
function wordsAt(bytes: Uint8Array, offset: number, count: number): Uint32Array {
  const start = bytes.byteOffset + offset;
  if (LITTLE_ENDIAN && start % 4 === 0) return new Uint32Array(bytes.buffer, start, count);
  const view = new DataView(bytes.buffer, start, count * 4);
  const words = new Uint32Array(count);
  for (let i = 0; i < count; i++) words[i] = view.getUint32(i * 4, true);
  return words;
}

export function readNumberSet(path: string): NumberSet {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw ioError(path, error);
  }
  return decodeNumberSet(bytes, path);
}

class DecodedNumberSet implements NumberSet {
  readonly count: number;
  private readonly keys: Float64Array;

  constructor(
    entries: readonly DirectoryEntry[],
    private readonly sequences: readonly SortedSequence[],
    readonly partitions: readonly NumberSetPartition[],
    readonly summary: NumberSetSummary,
  ) {
    this.count = summary.count;
    this.keys = Float64Array.from(
      entries,
      (entry) => entry.callingCode * (MAX_NSN_LENGTH + 1) + entry.nsnLength,
    );
  }

  partitionIndex(callingCode: number, nsnLength: number): number {
    if (!(nsnLength >= 0 && nsnLength <= MAX_NSN_LENGTH)) return -1;
    const key = callingCode * (MAX_NSN_LENGTH + 1) + nsnLength;
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo < keys.length && keys[lo] === key ? lo : -1;
  }

  has(callingCode: number, nsnLength: number, nsn: number): boolean {
    const p = this.partitionIndex(callingCode, nsnLength);
    return p >= 0 && this.sequences[p]!.has(nsn);
  }

  values(p: number, out?: Float64Array): Float64Array {
    const sequence = this.sequence(p);
    const result = out !== undefined && out.length >= sequence.count ? out : null;
    const target = result ?? new Float64Array(sequence.count);
    sequence.decode(target);
    return target;
  }

  select(p: number, i: number): number {
    const sequence = this.sequence(p);
    if (!Number.isInteger(i) || i < 0 || i >= sequence.count) {
      throw misuse(`select(${p}, ${i}) is out of range`);
    }
    return sequence.select(i);
  }

  rank(p: number, nsn: number): number {
    if (Number.isNaN(nsn)) throw misuse('rank of NaN');
    return this.sequence(p).rank(nsn);
  }

  private sequence(p: number): SortedSequence {
    const sequence = Number.isInteger(p) ? this.sequences[p] : undefined;
    if (sequence === undefined) throw misuse(`there is no partition ${p}`);
    return sequence;
  }
}
