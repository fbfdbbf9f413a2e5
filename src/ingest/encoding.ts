/**
 * Text encodings of an input: whatever a dump is written in, the rest of the ingest sees UTF-8
 * with LF or CRLF line ends, and cuts records and fields on bytes.
 *
 * Two stages, because the two kinds of damage differ in scope:
 * - Whole-file properties are decided once, on the main thread, from a sample of the first
 *   bytes (at least SAMPLE_BYTES, or the whole input when shorter): a UTF-8 byte-order mark
 *   (stripped); UTF-16 LE or BE, told by its byte-order mark or, without one, by NUL bytes at
 *   one parity only (ASCII text in UTF-16 has a zero high byte in every code unit), transcoded
 *   to UTF-8 with a streaming TextDecoder so that a chunk may end inside a code unit or a
 *   surrogate pair; old-Mac CR-only line ends (a CR in the sample and no LF), turned into LF, a
 *   CRLF pair into one LF even when a chunk ends between the two. Anything else, which is nearly
 *   every input, passes through as the very same chunk objects.
 * - Per-line damage is repaired in the worker threads, on chunks of whole records: NUL bytes are
 *   dropped, and a line that is not valid UTF-8 is read as Windows-1252 (what Excel and most
 *   Western Windows tools write, a superset of the printable part of Latin-1) and re-encoded.
 *   Deciding line by line keeps a file that mixes UTF-8 and CP1252 lines (concatenated exports)
 *   right; a valid UTF-8 line is never touched. Every ASCII byte other than NUL keeps its value
 *   and order, so LF, CR, quotes and delimiters stay where they were.
 *
 * The five bytes that Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) become U+FFFD and
 * are counted: the WHATWG Encoding Standard maps them to C1 control characters, which would put
 * invisible controls into names. Reference: https://encoding.spec.whatwg.org/index-windows-1252.txt
 * (the 0x80-0x9F rows; 0xA0-0xFF equal Latin-1).
 */
import { isUtf8 } from 'node:buffer';
import type { ReadingCode, ReadingNote } from '../store/index.js';

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';
export type LineEnding = 'lf' | 'crlf' | 'cr' | 'none';

/** What the stream stage found in the first sample of an input. */
export interface StreamDecoding {
  readonly encoding: SourceEncoding;
  /** The input started with a byte-order mark (removed from the output). */
  readonly bom: boolean;
  /** Line ends of the sample, as found in the input (CR ones are LF in the output). */
  readonly lineEnding: LineEnding;
}

export interface DecodedStream {
  /** The input as UTF-8 with LF or CRLF line ends; empty chunks are never yielded. */
  readonly chunks: AsyncGenerator<Uint8Array>;
  /**
   * Resolves once the first sample was seen, or the input ended or was abandoned before that
   * (then from what was read). Never rejects; a read error surfaces from `chunks`. Pending until
   * `chunks` is iterated.
   */
  readonly decided: Promise<StreamDecoding>;
  /** The decision, undefined until it was made (at the latest when `chunks` first yields). */
  info(): StreamDecoding | undefined;
}

/** Bytes seen before the stream stage decides (more when the first chunk is larger). */
export const SAMPLE_BYTES = 1 << 16;

const LF = 10;
const CR = 13;

/**
 * Wraps an input's decompressed chunks. Chunks are held back only until SAMPLE_BYTES were read,
 * so with the reader's 4 MiB chunks nothing waits. Chunks of plain UTF-8 (LF, CRLF or no line
 * ends, no byte-order mark) are yielded as they came, same objects, zero copy. A chunk that lost
 * a UTF-8 byte-order mark is a view of the reader's chunk; transcoded or CR-fixed chunks are new
 * memory.
 */
export function decodeStream(source: AsyncIterable<Uint8Array>): DecodedStream {
  let decision: StreamDecoding | undefined;
  let settle!: (decision: StreamDecoding) => void;
  const decided = new Promise<StreamDecoding>((resolve) => {
    settle = resolve;
  });
  const held: Uint8Array[] = [];
  let heldBytes = 0;

  /** Decides from the held sample and runs it through the stages it chose. */
  const start = (): { stage: Stage; first: Uint8Array[] } => {
    const { encoding, bom } = detectEncoding(held.length === 1 ? held[0]! : concat(held));
    const transcode = transcoder(encoding, bom);
    const transcoded: Uint8Array[] = [];
    for (const chunk of held) {
      const out = transcode.push(chunk);
      if (out !== null) transcoded.push(out);
    }
    held.length = 0;
    const lineEnding = detectLineEnding(transcoded);
    decision = { encoding, bom, lineEnding };
    settle(decision);
    if (lineEnding !== 'cr') return { stage: transcode, first: transcoded };
    const crToLf = new CrToLf(transcode);
    const first = transcoded.map((chunk) => crToLf.lines(chunk));
    return { stage: crToLf, first: first.filter((chunk) => chunk.length > 0) };
  };

  async function* run(): AsyncGenerator<Uint8Array> {
    let stage: Stage | null = null;
    try {
      for await (const chunk of source) {
        if (stage === null) {
          held.push(chunk);
          heldBytes += chunk.length;
          if (heldBytes < SAMPLE_BYTES) continue;
          const started = start();
          stage = started.stage;
          yield* started.first;
          continue;
        }
        const out = stage.push(chunk);
        if (out !== null) yield out;
      }
      if (stage === null) {
        const started = start();
        stage = started.stage;
        yield* started.first;
      }
      const out = stage.end();
      if (out !== null) yield out;
    } finally {
      // Abandoned or failed before the sample was complete: decide from what was read.
      if (decision === undefined) start();
    }
  }

  return { chunks: run(), decided, info: () => decision };
}

/** One step of the stream stage: a chunk in, a non-empty chunk or nothing out. */
interface Stage {
  push(chunk: Uint8Array): Uint8Array | null;
  /** Flushes what is held at the end of the input. */
  end(): Uint8Array | null;
}

function transcoder(encoding: SourceEncoding, bom: boolean): Stage {
  if (encoding === 'utf-8') {
    // The mark may span chunks when they are tiny.
    let skip = bom ? 3 : 0;
    return {
      push(chunk) {
        if (skip > 0) {
          const n = Math.min(skip, chunk.length);
          skip -= n;
          chunk = chunk.subarray(n);
        }
        return chunk.length === 0 ? null : chunk;
      },
      end: () => null,
    };
  }
  // ignoreBOM false: the decoder drops a leading mark itself. Unpaired surrogates and a final odd
  // byte become U+FFFD, so the output is always well-formed UTF-8.
  const decoder = new TextDecoder(encoding);
  const encoder = new TextEncoder();
  const encode = (text: string): Uint8Array | null =>
    text.length === 0 ? null : encoder.encode(text);
  return {
    push: (chunk) => encode(decoder.decode(chunk, { stream: true })),
    end: () => encode(decoder.decode()),
  };
}

/** CR-only line ends to LF; a CRLF pair (even split between chunks) to one LF. */
class CrToLf implements Stage {
  private afterCr = false;

  constructor(private readonly inner: Stage) {}

  push(chunk: Uint8Array): Uint8Array | null {
    const out = this.inner.push(chunk);
    return out === null ? null : nonEmpty(this.lines(out));
  }

  end(): Uint8Array | null {
    const out = this.inner.end();
    return out === null ? null : nonEmpty(this.lines(out));
  }

  lines(chunk: Uint8Array): Uint8Array {
    if (chunk.length === 0) return chunk;
    let i = this.afterCr && chunk[0] === LF ? 1 : 0;
    let cr = chunk.indexOf(CR, i);
    if (cr === -1 && i === 0) {
      this.afterCr = false;
      return chunk;
    }
    const out = new Uint8Array(chunk.length);
    let o = 0;
    while (cr !== -1) {
      out.set(chunk.subarray(i, cr), o);
      o += cr - i;
      out[o++] = LF;
      i = cr + 1;
      if (chunk[i] === LF) i++;
      cr = chunk.indexOf(CR, i);
    }
    out.set(chunk.subarray(i), o);
    o += chunk.length - i;
    this.afterCr = chunk[chunk.length - 1] === CR;
    return out.subarray(0, o);
  }
}

/** A byte-order mark, or BOM-less UTF-16 told by where the NUL bytes of ASCII text fall. */
function detectEncoding(sample: Uint8Array): { encoding: SourceEncoding; bom: boolean } {
  const [b0, b1, b2] = sample;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bom: true };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bom: true };
  const n = Math.min(sample.length, SAMPLE_BYTES) & ~1;
  const units = n / 2;
  if (units < 2 || sample.subarray(0, n).indexOf(0) === -1)
    return { encoding: 'utf-8', bom: false };
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  // UTF-16 text has a zero byte in the other parity only for U+xx00 and U+0000: allow a few.
  const many = units * 0.3;
  const few = units * 0.02;
  if (oddZeros > many && evenZeros <= few) return { encoding: 'utf-16le', bom: false };
  if (evenZeros > many && oddZeros <= few) return { encoding: 'utf-16be', bom: false };
  return { encoding: 'utf-8', bom: false };
}

/**
 * Line ends of the (transcoded) sample. CR only when there is no LF at all: a file with LF
 * anywhere in its sample is cut on LF, and a stray CR there is data.
 */
function detectLineEnding(sample: readonly Uint8Array[]): LineEnding {
  let cr = false;
  let lfs = 0;
  let crlfs = 0;
  let previous = 0;
  for (const chunk of sample) {
    if (!cr && chunk.indexOf(CR) !== -1) cr = true;
    // A few thousand line ends tell; the rest of a 4 MiB first chunk need not be walked.
    for (let i = chunk.indexOf(LF); i !== -1 && lfs < 4096; i = chunk.indexOf(LF, i + 1)) {
      lfs++;
      if ((i > 0 ? chunk[i - 1] : previous) === CR) crlfs++;
    }
    if (chunk.length > 0) previous = chunk[chunk.length - 1]!;
  }
  if (lfs === 0) return cr ? 'cr' : 'none';
  return crlfs * 2 > lfs ? 'crlf' : 'lf';
}

export interface RepairCounts {
  /** NUL bytes removed. */
  nulBytes: number;
  /** Lines that were not valid UTF-8, read as Windows-1252. */
  reencodedLines: number;
  /** Bytes undefined in Windows-1252 (in those lines), replaced with U+FFFD. */
  invalidBytes: number;
}

/** Windows-1252 0x80-0x9F (0xA0-0xFF are Latin-1); U+FFFD for the five undefined bytes. */
const CP1252_C1: readonly number[] = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

/** UTF-8 of bytes 0x80-0xFF read as Windows-1252: up to 3 bytes at `3 * (byte - 0x80)`. */
const HIGH_UTF8 = new Uint8Array(128 * 3);
const HIGH_LENGTH = new Uint8Array(128);
/** 1 for the undefined bytes. */
const HIGH_INVALID = new Uint8Array(128);
for (let b = 0; b < 128; b++) {
  const code = b < 32 ? CP1252_C1[b]! : b + 0x80;
  const utf8 = new TextEncoder().encode(String.fromCharCode(code));
  HIGH_UTF8.set(utf8, b * 3);
  HIGH_LENGTH[b] = utf8.length;
  HIGH_INVALID[b] = code === 0xfffd ? 1 : 0;
}

/**
 * A chunk of whole records as valid UTF-8 without NUL bytes. NUL bytes go first (padding and
 * UTF-16 leftovers, never data); then each line (up to and with its LF) that is not valid UTF-8
 * is read as Windows-1252 and re-encoded, and each valid line is kept byte for byte. No ASCII
 * byte other than NUL changes or moves relative to the others.
 *
 * A clean chunk (the common case: one native scan for NUL, one for UTF-8) is returned as the same
 * array with zero counts. Otherwise the result is new memory, possibly a view of a larger buffer.
 */
export function repairChunk(bytes: Uint8Array): { bytes: Uint8Array; counts: RepairCounts } {
  const counts: RepairCounts = { nulBytes: 0, reencodedLines: 0, invalidBytes: 0 };
  let input = bytes;
  if (bytes.indexOf(0) !== -1) {
    input = withoutNul(bytes);
    counts.nulBytes = bytes.length - input.length;
  } else if (isUtf8(bytes)) {
    return { bytes, counts };
  }
  if (counts.nulBytes > 0 && isUtf8(input)) return { bytes: input, counts };

  const { ranges, length, growth } = findInvalidLines(input);
  const out = new Uint8Array(input.length + growth);
  let o = 0;
  let run = 0;
  for (let k = 0; k < length; k += 2) {
    const start = ranges[k]!;
    const end = ranges[k + 1]!;
    o = copy(input, run, start, out, o);
    o = writeCp1252(input, start, end, out, o, counts);
    run = end;
  }
  copy(input, run, input.length, out, o);
  counts.reencodedLines = length / 2;
  return { bytes: out, counts };
}

/** Bytes checked by one native call before the walk; lines are not cut. */
const REPAIR_BLOCK = 1 << 16;

/**
 * The lines of `bytes` that are not valid UTF-8: start and end (after the LF) pairs in
 * `ranges[0..length)`, and how many bytes they gain when re-encoded. A block of about
 * REPAIR_BLOCK bytes that is valid as a whole is passed by one native check. The others are
 * walked here, ASCII four bytes at a time; a bad line is found by scanning out from its first bad
 * byte (a native call per line costs more than the scan of a short line).
 */
function findInvalidLines(bytes: Uint8Array): {
  ranges: Int32Array;
  length: number;
  growth: number;
} {
  const n = bytes.length;
  // Bytes before the first 4-aligned address, walked one by one.
  const head = (4 - (bytes.byteOffset & 3)) & 3;
  const words =
    n > head
      ? new Uint32Array(bytes.buffer, bytes.byteOffset + head, (n - head) >> 2)
      : new Uint32Array(0);
  let ranges = new Int32Array(256);
  let length = 0;
  let growth = 0;
  for (let block = 0; block < n;) {
    const cut = block + REPAIR_BLOCK < n ? bytes.indexOf(LF, block + REPAIR_BLOCK) : -1;
    const blockEnd = cut === -1 ? n : cut + 1;
    if (isUtf8(bytes.subarray(block, blockEnd))) {
      block = blockEnd;
      continue;
    }
    const wordsEnd = (blockEnd - head) >> 2;
    for (let i = block; i < blockEnd;) {
      if (i >= head && ((i - head) & 3) === 0) {
        let w = (i - head) >> 2;
        while (w < wordsEnd && (words[w]! & 0x80808080) === 0) w++;
        i = head + w * 4;
        if (i >= blockEnd) break;
      }
      const b = bytes[i]!;
      if (b < 0x80) {
        i++;
        continue;
      }
      const sequence = utf8Length(bytes, i, blockEnd);
      if (sequence > 0) {
        i += sequence;
        continue;
      }
      let start = i;
      while (start > 0 && bytes[start - 1] !== LF) {
        const c = bytes[--start]!;
        if (c >= 0x80) growth += HIGH_LENGTH[c - 0x80]! - 1;
      }
      let end = i;
      while (end < n) {
        const c = bytes[end++]!;
        if (c === LF) break;
        if (c >= 0x80) growth += HIGH_LENGTH[c - 0x80]! - 1;
      }
      if (length + 2 > ranges.length) {
        const bigger = new Int32Array(ranges.length * 2);
        bigger.set(ranges);
        ranges = bigger;
      }
      ranges[length++] = start;
      ranges[length++] = end;
      i = end;
    }
    block = blockEnd;
  }
  return { ranges, length, growth };
}

/** Length of the well-formed UTF-8 sequence at `i` (a byte >= 0x80), 0 when there is none. */
function utf8Length(bytes: Uint8Array, i: number, end: number): number {
  const b = bytes[i]!;
  if (b < 0xc2 || b > 0xf4 || i + 1 >= end) return 0;
  const c1 = bytes[i + 1]!;
  if ((c1 & 0xc0) !== 0x80) return 0;
  if (b < 0xe0) return 2;
  // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
  if (b === 0xe0 ? c1 < 0xa0 : b === 0xed ? c1 > 0x9f : false) return 0;
  if (b === 0xf0 ? c1 < 0x90 : b === 0xf4 ? c1 > 0x8f : false) return 0;
  if (i + 2 >= end || (bytes[i + 2]! & 0xc0) !== 0x80) return 0;
  if (b < 0xf0) return 3;
  return i + 3 < end && (bytes[i + 3]! & 0xc0) === 0x80 ? 4 : 0;
}

/** Copies `bytes[start..end)` to `out[o]`; returns the new end. */
function copy(bytes: Uint8Array, start: number, end: number, out: Uint8Array, o: number): number {
  // Between two re-encoded lines there is often one short line: a view costs more than a loop.
  if (end - start < 256) {
    for (let i = start; i < end; i++) out[o++] = bytes[i]!;
    return o;
  }
  out.set(bytes.subarray(start, end), o);
  return o + end - start;
}

/** Writes `bytes[start..end)` read as Windows-1252 as UTF-8 at `out[o]`; returns the new end. */
function writeCp1252(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: Uint8Array,
  o: number,
  counts: RepairCounts,
): number {
  let invalid = 0;
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (b < 0x80) {
      out[o++] = b;
      continue;
    }
    const h = b - 0x80;
    const at = h * 3;
    out[o++] = HIGH_UTF8[at]!;
    out[o++] = HIGH_UTF8[at + 1]!;
    if (HIGH_LENGTH[h] === 3) out[o++] = HIGH_UTF8[at + 2]!;
    invalid += HIGH_INVALID[h]!;
  }
  counts.invalidBytes += invalid;
  return o;
}

function withoutNul(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let o = 0;
  let from = 0;
  for (let nul = bytes.indexOf(0); nul !== -1; nul = bytes.indexOf(0, from)) {
    out.set(bytes.subarray(from, nul), o);
    o += nul - from;
    from = nul + 1;
  }
  out.set(bytes.subarray(from), o);
  o += bytes.length - from;
  return out.subarray(0, o);
}

/**
 * Notes for the ingest report on what was done to an input's text; empty for clean UTF-8 with
 * LF or CRLF line ends.
 */
export function describeEncoding(info: StreamDecoding, counts: RepairCounts): ReadingNote[] {
  const notes: ReadingNote[] = [];
  const note = (code: ReadingCode, message: string, rows: number | null = null): void => {
    notes.push({ code, message, rows });
  };
  if (info.encoding !== 'utf-8') {
    const name = info.encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
    note('UTF16', `${name} (${info.bom ? 'byte-order mark' : 'no byte-order mark'})`);
  } else if (info.bom) {
    note('UTF8_BOM', 'UTF-8 byte-order mark removed');
  }
  if (info.lineEnding === 'cr') note('CR_LINE_ENDS', 'old Mac line ends (CR)');
  if (counts.reencodedLines > 0)
    note(
      'REENCODED_LINES',
      `${plural(counts.reencodedLines, 'line', 'lines')} read as Windows-1252`,
      counts.reencodedLines,
    );
  if (counts.invalidBytes > 0)
    note(
      'INVALID_BYTES',
      `${plural(counts.invalidBytes, 'byte', 'bytes')} undefined in Windows-1252 replaced with U+FFFD`,
    );
  if (counts.nulBytes > 0)
    note('NUL_BYTES', `${plural(counts.nulBytes, 'NUL byte', 'NUL bytes')} removed`);
  return notes;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function nonEmpty(chunk: Uint8Array): Uint8Array | null {
  return chunk.length === 0 ? null : chunk;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
