/**
 * Which files of a dump's directory are data. Dumps come as folders that also hold a readme, a
 * licence, the seller's .nfo, screenshots, PDFs and executables; ingesting those would only
 * add rejects (or fail the whole run on NO_PHONE_COLUMN), so they are skipped with a reason.
 *
 * The decision reads a file's name and its first bytes (readHead: 64 KiB), content first, so
 * that a misnamed file is judged by what it holds:
 * 1. gzip (1f 8b) or zstd (28 b5 2f fd) magic: data. What is inside is decided later, when the
 *    caller may classify the decompressed head again (compression suffixes of the name are
 *    ignored then: "readme.md.gz" is judged as "readme.md").
 * 2. No bytes, or only whitespace (after a byte order mark): 'empty'.
 * 3. A known binary magic (BINARY_MAGICS: PDF, ZIP and so XLSX/DOCX, PNG, JPEG, GIF, ELF, MZ
 *    executables, SQLite, 7z, RAR, xz, bzip2, Parquet): 'binary'. The magics that are also
 *    plain letters (MZ, PAR1) count only when a control byte follows within 64 bytes, so a CSV
 *    whose first row starts with Mozambique's "MZ," stays text.
 * 4. UTF-16 with a byte order mark, or without one when its NUL bytes fall on one parity of
 *    positions (ASCII in UTF-16): text, decoded as UTF-16.
 * 5. NUL in more than 1% of the bytes, or other control bytes (not tab, line ends, form feed,
 *    escape) in more than 5%: 'binary'. Text in any 8-bit code page has neither; compressed or
 *    encrypted data has about 11% control bytes.
 * Then as text (UTF-8, with U+FFFD where another code page was used, which digits survive):
 * 6. Named README*, LICENSE* or LICENCE*, or *.md, *.markdown, *.html, *.htm, *.nfo, *.url:
 *    'document'. Named *.txt with more than half of its non-blank lines prose (no run of 7+
 *    digits, 6 or more words, at least 3/4 letters and spaces): 'document'.
 * 7. Fewer than 5% of the non-blank lines hold a run of 7 or more digits (a phone number;
 *    spaces, dashes, dots and parentheses may sit between the digits): 'not-tabular'.
 * 8. Otherwise data. A .txt list of numbers is data.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { RingfenceError } from '../errors.js';

export interface SkippedFile {
  readonly path: string;
  readonly reason: 'binary' | 'document' | 'empty' | 'not-tabular';
}

/** Each reason in a few plain words, for the ingest summary and the report. */
export const SKIP_REASONS: Readonly<Record<SkippedFile['reason'], string>> = {
  binary: 'a binary file (an archive, image, program or database), not text',
  document: 'a document (readme, licence, notes), not data',
  empty: 'empty',
  'not-tabular': 'text without phone numbers in it',
};

export type DataFileVerdict = { data: true } | { data: false; reason: SkippedFile['reason'] };

const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

/** Magic bytes at offset 0 of formats that are never a dump's text; `weak` ones read as text. */
const BINARY_MAGICS: ReadonlyArray<{ readonly bytes: readonly number[]; readonly weak?: true }> = [
  { bytes: ascii('%PDF') },
  { bytes: [0x50, 0x4b, 0x03, 0x04] }, // ZIP (xlsx, docx, jar too)
  { bytes: [0x50, 0x4b, 0x05, 0x06] }, // empty ZIP
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }, // PNG
  { bytes: [0xff, 0xd8, 0xff] }, // JPEG
  { bytes: ascii('GIF87a') },
  { bytes: ascii('GIF89a') },
  { bytes: [0x7f, 0x45, 0x4c, 0x46] }, // ELF
  { bytes: ascii('MZ'), weak: true }, // DOS and Windows executables
  { bytes: [...ascii('SQLite format 3'), 0] },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] }, // 7z
  { bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { bytes: [0xfd, ...ascii('7zXZ'), 0x00] }, // xz
  { bytes: [...ascii('BZh')], weak: true }, // bzip2
  { bytes: ascii('PAR1'), weak: true }, // Parquet
];

const DOCUMENT_NAME = /^(readme|licen[cs]e)|\.(md|markdown|html?|nfo|url)$/;
const COMPRESSED_SUFFIX = /\.(gz|zst|zstd)$/;

/** A phone number's worth of digits: 7 or more, with at most two separators between two. */
const DIGIT_RUN = /\d(?:[ .\-()]{0,2}\d){6,}/;

/** Share of non-blank lines under which a text file holds no column of numbers. */
const MIN_NUMBER_LINES = 0.05;

/**
 * Whether a file of a dump is data, from its name (a path or a base name) and its first bytes.
 * Pure: the caller reads the bytes (readHead). The rules are in the note at the top of the file.
 */
export function classifyDataFile(name: string, head: Uint8Array): DataFileVerdict {
  if (startsWith(head, GZIP) || startsWith(head, ZSTD)) return { data: true };
  const text = decodeText(head);
  if (text === null) return { data: false, reason: 'binary' };
  if (text.trim() === '') return { data: false, reason: 'empty' };

  const base = (name.split(/[/\\]/).pop() ?? name).toLowerCase().replace(COMPRESSED_SUFFIX, '');
  if (DOCUMENT_NAME.test(base)) return { data: false, reason: 'document' };
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '');
  if (base.endsWith('.txt') && lines.filter(isProse).length * 2 > lines.length)
    return { data: false, reason: 'document' };
  const numbered = lines.filter((l) => DIGIT_RUN.test(l)).length;
  if (numbered < lines.length * MIN_NUMBER_LINES) return { data: false, reason: 'not-tabular' };
  return { data: true };
}

/** How much of a file's head classifyDataFile() needs (and readHead() reads). */
export const HEAD_BYTES = 65536;

/** The first `bytes` bytes of a file (fewer when it is shorter); UNREADABLE_INPUT on failure. */
export function readHead(path: string, bytes = HEAD_BYTES): Uint8Array {
  const buffer = new Uint8Array(bytes);
  let filled = 0;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    while (filled < bytes) {
      const n = readSync(fd, buffer, filled, bytes - filled, filled);
      if (n === 0) break;
      filled += n;
    }
  } catch (error) {
    throw new RingfenceError(
      'UNREADABLE_INPUT',
      { path, reason: error instanceof Error ? error.message : String(error) },
      { cause: error },
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return buffer.subarray(0, filled);
}

function startsWith(head: Uint8Array, magic: readonly number[], offset = 0): boolean {
  return head.length >= offset + magic.length && magic.every((b, i) => head[offset + i] === b);
}

/** A byte that text does not hold: C0 controls other than tab, line ends, form feed, escape. */
function isControl(byte: number): boolean {
  return (
    byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b) || byte === 0x7f // DEL
  );
}

/** The head as text (rules 3 to 5), or null when it is binary. */
function decodeText(head: Uint8Array): string | null {
  if (startsWith(head, [0xff, 0xfe])) return utf16(head.subarray(2), false);
  if (startsWith(head, [0xfe, 0xff])) return utf16(head.subarray(2), true);
  for (const magic of BINARY_MAGICS)
    if (
      startsWith(head, magic.bytes) &&
      (magic.weak !== true || head.subarray(magic.bytes.length, 64).some(isControl))
    )
      return null;
  let nul = 0;
  let nulOdd = 0;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const byte = head[i]!;
    if (byte === 0) {
      nul++;
      if (i % 2 === 1) nulOdd++;
    }
    if (isControl(byte)) control++;
  }
  if (nul > head.length * 0.01) {
    // ASCII in UTF-16 has a NUL in one byte of (nearly) every pair, on the same side.
    const half = head.length / 2;
    if (nulOdd > nul * 0.9 && nulOdd > half * 0.3) return utf16(head, false);
    const nulEven = nul - nulOdd;
    if (nulEven > nul * 0.9 && nulEven > half * 0.3) return utf16(head, true);
    return null;
  }
  if (control > head.length * 0.05) return null;
  return new TextDecoder().decode(head);
}

function utf16(bytes: Uint8Array, bigEndian: boolean): string {
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
  if (!bigEndian) return new TextDecoder('utf-16le').decode(even);
  const swapped = new Uint8Array(even.length);
  for (let i = 0; i < even.length; i += 2) {
    swapped[i] = even[i + 1]!;
    swapped[i + 1] = even[i]!;
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

/** A line of running text: words, few other characters, no phone number. */
function isProse(line: string): boolean {
  if (DIGIT_RUN.test(line)) return false;
  const words = line.match(/\p{L}{2,}/gu)?.length ?? 0;
  if (words < 6) return false;
  const letters = line.match(/[\p{L}\p{M}\s]/gu)?.length ?? 0;
  return letters >= line.trim().length * 0.75;
}
