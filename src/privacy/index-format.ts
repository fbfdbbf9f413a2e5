/**
 * The private-check index of a store: its two files, their byte layouts, and the code that
 * writes and reads their headers, shared by the builder (./index-build.ts) and the reader
 * (./store-index.ts). docs/FORMAT.md describes the same layouts. Little-endian; u64 fields hold
 * integers below 2^53 (low word first).
 *
 *   <store>/private/key.json                    the server's OPRF key (./key.ts)
 *   <store>/private/index-<keyId>/numbers.rfpb  stage 1: the numbers, by bucket (key-free)
 *   <store>/private/index-<keyId>/entries.rfpi  stage 2: their entries under the key
 *   <store>/private/index-<keyId>/entries.progress  while stage 2 runs: one byte per range
 *
 * numbers.rfpb (stage 1: SHA-256 only, minutes for a large store)
 *
 *   offset  size          field
 *   0       4             magic "RFPB"
 *   4       2             format version (FORMAT_VERSION)
 *   6       2             reserved, 0
 *   8       4             reserved, 0
 *   12      4             CRC-32 (zlib's) of every byte from offset 16 to the end of the file
 *   16      8             N, numbers (u64)
 *   24      4             bucket bits (BUCKET_BITS, 20)
 *   28      4             M, the number of numbers of the largest bucket
 *   32      4             bucketSize: M rounded up to a multiple of 8, at least 8
 *   36      4             J, byte length of the catalogue JSON
 *   40      4             L, leaks in the catalogue
 *   44      4             S, leak sets in the catalogue
 *   48      16            reserved, 0
 *   64      align4(J)     catalogue JSON (UTF-8, zero-padded): {"leaks": [{"name", "manifestSha256"}],
 *                         "leakSets": [[leak index, ...], ...]} (leak indices ascending)
 *   O       4 * (2^20+1)  offsets: the index of bucket b's first record (u32); the last is N
 *   R       16 * N        records, by bucket, then as the leaks' number sets order them
 *                         (calling code, NSN length, NSN):
 *                           0 u64 NSN   8 u32 leak set   12 u16 calling code
 *                           14 u8 NSN length   15 u8 reserved 0
 *
 * entries.rfpi (stage 2: one OPRF Evaluate per number, hours for a large store)
 *
 *   0       4             magic "RFPI"
 *   4       2             format version (FORMAT_VERSION)
 *   6       2             state: 0 while being built, 1 complete
 *   8       4             reserved, 0
 *   12      4             CRC-32 of every byte from offset 16 to the end (0 until complete)
 *   16      8             N (u64), as in numbers.rfpb
 *   24      4             entry bytes (ENTRY_BYTES, 12)
 *   28      4             ranges (RANGE_COUNT)
 *   32      4             buckets per range (RANGE_BUCKETS)
 *   36      4             the CRC-32 of the numbers.rfpb it was built from (its bytes 12-15)
 *   40      8             the key id, as 8 bytes (16 hex digits)
 *   48      16            reserved, 0
 *   64      12 * N        entries, in the order of the records: encodeEntry(Evaluate(key, e164),
 *                         leak set) (./protocol.ts)
 *
 * entries.progress: RANGE_COUNT bytes, byte r = 1 once the entries of range r (buckets
 * r * RANGE_BUCKETS to (r + 1) * RANGE_BUCKETS - 1) are written and flushed, else 0.
 *
 * Why this shape. The expensive step is one group operation per number (stage 2), so it runs
 * in threads over bucket ranges, any order, each range written in place at an offset that stage
 * 1 fixed; a range counts as done only after its bytes are on disk, so a killed build resumes at
 * the ranges not marked, and writes the same bytes it would have written the first time. Stage 1
 * keeps what stage 2 and the on-demand path need and nothing else: per bucket the numbers (to
 * evaluate) and their leak sets, sorted so that a bucket is one contiguous read. The entries
 * carry no bucket numbers and no order beyond the records', so the file alone says nothing the
 * numbers file does not. A store's numbers are not secret from its own server, but the numbers
 * file sits beside the key: it is the server's working data, never served. One CRC per file
 * because both are read whole when opened; the entries' CRC is written when the last range is
 * done, with the state, and only then is the progress file removed.
 */
import { align4, getU64, setU64 } from '../bytes.js';
import { RingfenceError } from '../errors.js';
import { BUCKET_BITS, BUCKET_COUNT, ENTRY_BYTES } from './protocol.js';

export const NUMBERS_MAGIC = 'RFPB';
export const ENTRIES_MAGIC = 'RFPI';
export const FORMAT_VERSION = 1;
export const HEADER_SIZE = 64;
export const CHECKSUM_OFFSET = 12;
export const STATE_OFFSET = 6;
export const STATE_BUILDING = 0;
export const STATE_COMPLETE = 1;
export const RECORD_BYTES = 16;
export const OFFSET_COUNT = BUCKET_COUNT + 1;
export const OFFSETS_BYTES = 4 * OFFSET_COUNT;
/** Buckets per unit of stage-2 work and of progress. */
export const RANGE_BUCKETS = 256;
export const RANGE_COUNT = BUCKET_COUNT / RANGE_BUCKETS;
export const MIN_BUCKET_SIZE = 8;
/** Offsets are u32 and a record's index is a JavaScript number. */
export const MAX_NUMBERS = 2 ** 32 - 1;
export const MAX_CALLING_CODE = 999;
export const MAX_NSN_LENGTH = 17;
/** Digits of an E.164 number as the protocol's input check allows them (E.164 itself: 15). */
export const MAX_E164_DIGITS = 17;

export const NUMBERS_FILE = 'numbers.rfpb';
export const ENTRIES_FILE = 'entries.rfpi';
export const PROGRESS_FILE = 'entries.progress';

export interface CatalogueLeak {
  readonly name: string;
  /** SHA-256 of the leak's manifest.json when the index was built. */
  readonly manifestSha256: string;
}

export interface Catalogue {
  readonly leaks: readonly CatalogueLeak[];
  /** Leak-set index -> indices into `leaks`, ascending. */
  readonly leakSets: readonly (readonly number[])[];
}

export interface NumbersHeader {
  readonly numbers: number;
  readonly largestBucket: number;
  readonly bucketSize: number;
  readonly catalogue: Catalogue;
  readonly checksum: number;
  /** Where the offsets table starts, and the records. */
  readonly offsetsAt: number;
  readonly recordsAt: number;
  /** The size the file must have. */
  readonly fileBytes: number;
}

export interface EntriesHeader {
  readonly complete: boolean;
  readonly checksum: number;
  readonly numbers: number;
  readonly numbersChecksum: number;
  readonly keyId: string;
}

/** bucketSize of an index whose largest bucket holds `largest` numbers. */
export function bucketSizeFor(largest: number): number {
  return Math.max(MIN_BUCKET_SIZE, Math.ceil(largest / 8) * 8);
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function writeMagic(bytes: Uint8Array, magic: string): void {
  for (let i = 0; i < 4; i++) bytes[i] = magic.charCodeAt(i);
}

function readMagic(bytes: Uint8Array): string {
  return String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
}

function allZero(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] !== 0) return false;
  return true;
}

export function corrupt(path: string, reason: string): RingfenceError<'CORRUPT_STORE'> {
  return new RingfenceError('CORRUPT_STORE', { path, reason });
}

// --- numbers.rfpb: header and catalogue ------------------------------------------------------

/** The header and the padded catalogue (everything before the offsets), checksum 0. */
export function encodeNumbersHead(
  numbers: number,
  largestBucket: number,
  catalogue: Catalogue,
): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(catalogue));
  const head = new Uint8Array(HEADER_SIZE + align4(json.length));
  const view = viewOf(head);
  writeMagic(head, NUMBERS_MAGIC);
  view.setUint16(4, FORMAT_VERSION, true);
  setU64(view, 16, numbers);
  view.setUint32(24, BUCKET_BITS, true);
  view.setUint32(28, largestBucket, true);
  view.setUint32(32, bucketSizeFor(largestBucket), true);
  view.setUint32(36, json.length, true);
  view.setUint32(40, catalogue.leaks.length, true);
  view.setUint32(44, catalogue.leakSets.length, true);
  head.set(json, HEADER_SIZE);
  return head;
}

/** Bytes of the header that tell the catalogue's length: read these first. */
export const NUMBERS_FIXED_BYTES = HEADER_SIZE;

/** The catalogue length (padded) that a numbers header announces; checks nothing else. */
export function numbersHeadBytes(header: Uint8Array): number {
  return HEADER_SIZE + align4(viewOf(header).getUint32(36, true));
}

/**
 * Reads the header and the catalogue (`head` holds at least numbersHeadBytes of them) of a file
 * of `fileBytes` bytes. The checksum and the offsets are checked by the caller, which reads them.
 */
export function decodeNumbersHead(
  head: Uint8Array,
  fileBytes: number,
  path: string,
): NumbersHeader {
  if (head.length < HEADER_SIZE || fileBytes < HEADER_SIZE) throw corrupt(path, 'truncated file');
  const view = viewOf(head);
  const magic = readMagic(head);
  if (magic !== NUMBERS_MAGIC) throw corrupt(path, `bad magic ${JSON.stringify(magic)}`);
  const version = view.getUint16(4, true);
  if (version !== FORMAT_VERSION) throw corrupt(path, `unsupported format version ${version}`);
  if (!allZero(head, 6, 12) || !allZero(head, 48, 64)) {
    throw corrupt(path, 'reserved header bytes are not zero');
  }
  const numbers = getU64(view, 16);
  const largestBucket = view.getUint32(28, true);
  const bucketSize = view.getUint32(32, true);
  const jsonBytes = view.getUint32(36, true);
  if (
    numbers < 0 ||
    numbers > MAX_NUMBERS ||
    view.getUint32(24, true) !== BUCKET_BITS ||
    largestBucket > numbers ||
    bucketSize !== bucketSizeFor(largestBucket)
  ) {
    throw corrupt(path, 'bad header');
  }
  const offsetsAt = HEADER_SIZE + align4(jsonBytes);
  const recordsAt = offsetsAt + OFFSETS_BYTES;
  const fileSize = recordsAt + RECORD_BYTES * numbers;
  if (fileBytes !== fileSize || head.length < offsetsAt) {
    throw corrupt(path, fileBytes < fileSize ? 'truncated file' : 'bad file size');
  }
  const catalogue = parseCatalogue(head.subarray(HEADER_SIZE, HEADER_SIZE + jsonBytes), path);
  if (
    !allZero(head, HEADER_SIZE + jsonBytes, offsetsAt) ||
    catalogue.leaks.length !== view.getUint32(40, true) ||
    catalogue.leakSets.length !== view.getUint32(44, true)
  ) {
    throw corrupt(path, 'bad catalogue');
  }
  return {
    numbers,
    largestBucket,
    bucketSize,
    catalogue,
    checksum: view.getUint32(CHECKSUM_OFFSET, true),
    offsetsAt,
    recordsAt,
    fileBytes: fileSize,
  };
}

function parseCatalogue(json: Uint8Array, path: string): Catalogue {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    throw corrupt(path, 'the catalogue is not JSON');
  }
  const bad = corrupt(path, 'bad catalogue');
  if (typeof value !== 'object' || value === null) throw bad;
  const { leaks, leakSets } = value as { leaks?: unknown; leakSets?: unknown };
  if (!Array.isArray(leaks) || !Array.isArray(leakSets)) throw bad;
  const names = new Set<string>();
  for (const leak of leaks as unknown[]) {
    const { name, manifestSha256 } = (leak ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || typeof manifestSha256 !== 'string' || names.has(name)) {
      throw bad;
    }
    names.add(name);
  }
  for (const set of leakSets as unknown[]) {
    if (!Array.isArray(set) || set.length === 0) throw bad;
    let previous = -1;
    for (const leak of set as unknown[]) {
      if (!Number.isInteger(leak) || (leak as number) <= previous || (leak as number) >= names.size)
        throw bad;
      previous = leak as number;
    }
  }
  return value as Catalogue;
}

/** Checks the offsets table: from 0, never decreasing, ending at N; returns the largest bucket. */
export function checkOffsets(offsets: Uint32Array, numbers: number, path: string): number {
  if (offsets.length !== OFFSET_COUNT || offsets[0] !== 0 || offsets[BUCKET_COUNT] !== numbers) {
    throw corrupt(path, 'bad offsets');
  }
  let largest = 0;
  for (let b = 0; b < BUCKET_COUNT; b++) {
    const size = offsets[b + 1]! - offsets[b]!;
    if (size < 0) throw corrupt(path, 'bad offsets');
    if (size > largest) largest = size;
  }
  return largest;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The offsets table as little-endian bytes. */
export function offsetsBytes(offsets: Uint32Array): Uint8Array {
  if (LITTLE_ENDIAN) return new Uint8Array(offsets.buffer, offsets.byteOffset, offsets.byteLength);
  const bytes = new Uint8Array(offsets.byteLength);
  const view = viewOf(bytes);
  for (let i = 0; i < offsets.length; i++) view.setUint32(4 * i, offsets[i]!, true);
  return bytes;
}

/** The offsets table from its little-endian bytes (a copy). */
export function offsetsFrom(bytes: Uint8Array): Uint32Array {
  const offsets = new Uint32Array(bytes.length / 4);
  const view = viewOf(bytes);
  for (let i = 0; i < offsets.length; i++) offsets[i] = view.getUint32(4 * i, true);
  return offsets;
}

// --- numbers.rfpb: records -------------------------------------------------------------------

export function writeRecord(
  view: DataView,
  at: number,
  nsn: number,
  leakSet: number,
  callingCode: number,
  nsnLength: number,
): void {
  setU64(view, at, nsn);
  view.setUint32(at + 8, leakSet, true);
  view.setUint16(at + 12, callingCode, true);
  view.setUint8(at + 14, nsnLength);
  view.setUint8(at + 15, 0);
}

/** A record's number as E.164 text and its leak set; CORRUPT_STORE for an impossible record. */
export function readRecord(
  records: Uint8Array,
  i: number,
  leakSets: number,
  path: string,
): { e164: string; leakSet: number } {
  const view = viewOf(records);
  const at = i * RECORD_BYTES;
  const nsn = getU64(view, at);
  const leakSet = view.getUint32(at + 8, true);
  const callingCode = view.getUint16(at + 12, true);
  const nsnLength = view.getUint8(at + 14);
  if (
    nsn < 0 ||
    leakSet >= leakSets ||
    callingCode < 1 ||
    callingCode > MAX_CALLING_CODE ||
    nsnLength < 1 ||
    nsnLength > MAX_NSN_LENGTH ||
    String(callingCode).length + nsnLength > MAX_E164_DIGITS ||
    nsn >= 10 ** nsnLength ||
    view.getUint8(at + 15) !== 0
  ) {
    throw corrupt(path, 'bad record');
  }
  return { e164: `+${callingCode}${String(nsn).padStart(nsnLength, '0')}`, leakSet };
}

// --- entries.rfpi ----------------------------------------------------------------------------

export function encodeEntriesHeader(header: EntriesHeader): Uint8Array {
  const bytes = new Uint8Array(HEADER_SIZE);
  const view = viewOf(bytes);
  writeMagic(bytes, ENTRIES_MAGIC);
  view.setUint16(4, FORMAT_VERSION, true);
  view.setUint16(STATE_OFFSET, header.complete ? STATE_COMPLETE : STATE_BUILDING, true);
  view.setUint32(CHECKSUM_OFFSET, header.checksum, true);
  setU64(view, 16, header.numbers);
  view.setUint32(24, ENTRY_BYTES, true);
  view.setUint32(28, RANGE_COUNT, true);
  view.setUint32(32, RANGE_BUCKETS, true);
  view.setUint32(36, header.numbersChecksum, true);
  for (let i = 0; i < 8; i++) bytes[40 + i] = parseInt(header.keyId.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

export function decodeEntriesHeader(bytes: Uint8Array, path: string): EntriesHeader {
  if (bytes.length < HEADER_SIZE) throw corrupt(path, 'truncated file');
  const view = viewOf(bytes);
  const magic = readMagic(bytes);
  if (magic !== ENTRIES_MAGIC) throw corrupt(path, `bad magic ${JSON.stringify(magic)}`);
  const version = view.getUint16(4, true);
  if (version !== FORMAT_VERSION) throw corrupt(path, `unsupported format version ${version}`);
  const state = view.getUint16(STATE_OFFSET, true);
  const checksum = view.getUint32(CHECKSUM_OFFSET, true);
  const numbers = getU64(view, 16);
  if (
    (state !== STATE_BUILDING && state !== STATE_COMPLETE) ||
    (state === STATE_BUILDING && checksum !== 0) ||
    !allZero(bytes, 8, 12) ||
    !allZero(bytes, 48, 64) ||
    numbers < 0 ||
    numbers > MAX_NUMBERS ||
    view.getUint32(24, true) !== ENTRY_BYTES ||
    view.getUint32(28, true) !== RANGE_COUNT ||
    view.getUint32(32, true) !== RANGE_BUCKETS
  ) {
    throw corrupt(path, 'bad header');
  }
  let keyId = '';
  for (let i = 0; i < 8; i++) keyId += bytes[40 + i]!.toString(16).padStart(2, '0');
  return {
    complete: state === STATE_COMPLETE,
    checksum,
    numbers,
    numbersChecksum: view.getUint32(36, true),
    keyId,
  };
}

/** The size of an entries file of N entries. */
export function entriesFileBytes(numbers: number): number {
  return HEADER_SIZE + ENTRY_BYTES * numbers;
}
