import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import { seededRandom } from '../random.js';
import { classifyDataFile, readHead } from './data-files.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: ReadonlyArray<string | readonly number[]>): Uint8Array =>
  Uint8Array.from(
    parts.flatMap((p) => (typeof p === 'string' ? Array.from(utf8(p)) : Array.from(p))),
  );

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (bigEndian) out.push(unit >> 8, unit & 0xff);
    else out.push(unit & 0xff, unit >> 8);
  }
  return Uint8Array.from(out);
}

/** `n` pseudo-random bytes, none of them NUL when `noNul`. */
function noise(n: number, noNul: boolean): number[] {
  const random = seededRandom('data-files');
  return Array.from({ length: n }, () => {
    const b = Math.floor(random() * 256);
    return noNul && b === 0 ? 1 : b;
  });
}

const DATA = { data: true };
const skipped = (reason: string): { data: false; reason: string } => ({ data: false, reason });

const CSV = 'phone,name,country\n+447400123456,John,GB\n+201001234567,Mona,EG\n';
const NUMBERS = '+447400123456\n+201001234567\n(020) 7946-0958\n07400.123.456\n';
const PROSE =
  'This archive was collected from public sources and is shared for research only.\n\n' +
  'Please do not redistribute it without asking the people who put it together first.\n' +
  'Questions and corrections are welcome through the usual channels of the forum.\n';

describe('classifyDataFile', () => {
  it('takes gzip and zstd as data whatever their name, to be decided after decompression', () => {
    assert.deepEqual(classifyDataFile('dump.csv.gz', gzipSync(CSV)), DATA);
    assert.deepEqual(classifyDataFile('readme.md.gz', gzipSync(PROSE)), DATA);
    assert.deepEqual(classifyDataFile('dump.zst', bytes([0x28, 0xb5, 0x2f, 0xfd, 0x04])), DATA);
  });

  it('judges a decompressed head under its name without the compression suffix', () => {
    assert.deepEqual(classifyDataFile('readme.md.gz', utf8(PROSE)), skipped('document'));
    assert.deepEqual(classifyDataFile('dump.csv.zst', utf8(CSV)), DATA);
  });

  it('calls a file with no bytes, only blanks or only a byte order mark empty', () => {
    assert.deepEqual(classifyDataFile('a.csv', new Uint8Array(0)), skipped('empty'));
    assert.deepEqual(classifyDataFile('a.csv', utf8('\n\r\n  \t\n')), skipped('empty'));
    assert.deepEqual(classifyDataFile('a.csv', bytes([0xef, 0xbb, 0xbf])), skipped('empty'));
    assert.deepEqual(classifyDataFile('a.csv', bytes([0xff, 0xfe])), skipped('empty'));
  });

  it('knows the binary formats by their magic bytes', () => {
    const cases: ReadonlyArray<readonly [string, Uint8Array]> = [
      ['leak.pdf', bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n', NUMBERS)],
      ['leak.zip', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0], NUMBERS)],
      ['leak.xlsx', bytes([0x50, 0x4b, 0x05, 0x06], new Array<number>(18).fill(0))],
      ['shot.png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])],
      ['shot.jpg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF')],
      ['anim.gif', bytes('GIF89a', [1, 0, 1, 0, 0x80, 0, 0])],
      ['old.gif', bytes('GIF87a', [1, 0, 1, 0])],
      ['tool', bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], new Array<number>(8).fill(0))],
      ['tool.exe', bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0], 'This program cannot be run')],
      ['db.sqlite', bytes('SQLite format 3', [0, 0x10, 0, 1, 1])],
      ['all.7z', bytes([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4])],
      ['all.rar', bytes('Rar!', [0x1a, 0x07, 0x01, 0x00])],
      ['all.xz', bytes([0xfd], '7zXZ', [0, 0, 4])],
      ['all.bz2', bytes('BZh91AY&SY', noise(40, false))],
      ['rows.parquet', bytes('PAR1', [0x15, 0x04, 0x15, 0x80, 0x01], NUMBERS)],
    ];
    for (const [name, head] of cases)
      assert.deepEqual(classifyDataFile(name, head), skipped('binary'), name);
  });

  it('does not take text for a binary format because it starts with the same letters', () => {
    const mozambique = 'MZ,+258841234567,Joao\nMZ,+258841234568,Ana\n';
    assert.deepEqual(classifyDataFile('mz.csv', utf8(mozambique)), DATA);
    assert.deepEqual(classifyDataFile('p.txt', utf8('PAR1 +447400123456\n')), DATA);
  });

  it('reads UTF-16 with or without a byte order mark as text', () => {
    for (const bigEndian of [false, true]) {
      assert.deepEqual(classifyDataFile('u.csv', utf16(CSV, bigEndian, true)), DATA);
      assert.deepEqual(classifyDataFile('u.csv', utf16(CSV, bigEndian, false)), DATA);
      assert.deepEqual(
        classifyDataFile('notes.txt', utf16(PROSE, bigEndian, true)),
        skipped('document'),
      );
      assert.deepEqual(
        classifyDataFile('u.csv', utf16('name,city\nJohn,Leeds\n', bigEndian, false)),
        skipped('not-tabular'),
      );
    }
  });

  it('calls bytes with NULs or control bytes binary, and text with a few of them text', () => {
    assert.deepEqual(classifyDataFile('blob.csv', bytes(noise(4096, false))), skipped('binary'));
    assert.deepEqual(classifyDataFile('blob.csv', bytes(noise(4096, true))), skipped('binary'));
    // One NUL in 200 bytes (0.5%) and one control byte: still a CSV.
    const nearlyText = bytes(CSV, [0], CSV, [0x1a]);
    assert.deepEqual(classifyDataFile('a.csv', nearlyText), DATA);
  });

  it('calls readmes, licences, markdown, web pages, .nfo and .url documents', () => {
    for (const name of [
      'README',
      'readme.txt',
      'ReadMe.csv',
      'LICENSE',
      'licence.txt',
      'notes.md',
      'page.html',
      'page.htm',
      'release.nfo',
      'source.url',
      'dump/sub/README.md',
      'dump\\sub\\README.md',
    ])
      assert.deepEqual(classifyDataFile(name, utf8(PROSE + NUMBERS)), skipped('document'), name);
  });

  it('calls a .txt of prose a document and a .txt of numbers data', () => {
    assert.deepEqual(classifyDataFile('notes.txt', utf8(PROSE)), skipped('document'));
    assert.deepEqual(
      classifyDataFile('notes.txt', utf8(PROSE + 'Contact: +44 7400 123456\n')),
      skipped('document'),
    );
    assert.deepEqual(classifyDataFile('numbers.txt', utf8(NUMBERS)), DATA);
    // Prose in a .csv is not a document by name: it holds no numbers, so it is not tabular.
    assert.deepEqual(classifyDataFile('notes.csv', utf8(PROSE)), skipped('not-tabular'));
  });

  it('calls text with numbers on fewer than 5% of its lines not tabular', () => {
    const words = Array.from({ length: 100 }, (_, i) => `user${i},London,blue`);
    const withNumbers = (n: number): Uint8Array =>
      utf8(words.map((l, i) => (i < n ? `${l},+44 (0)20 7946-09${i}` : l)).join('\n'));
    assert.deepEqual(classifyDataFile('people.csv', withNumbers(0)), skipped('not-tabular'));
    assert.deepEqual(classifyDataFile('people.csv', withNumbers(4)), skipped('not-tabular'));
    assert.deepEqual(classifyDataFile('people.csv', withNumbers(5)), DATA);
    assert.deepEqual(classifyDataFile('short.txt', utf8('a\nb\nc\n')), skipped('not-tabular'));
    // Six digits are no phone number.
    assert.deepEqual(classifyDataFile('ids.csv', utf8('id\n123456\n654321\n')), {
      data: false,
      reason: 'not-tabular',
    });
  });

  it('takes CSV, TSV, JSON Lines and Latin-1 text with numbers as data', () => {
    assert.deepEqual(classifyDataFile('a.csv', utf8(CSV)), DATA);
    assert.deepEqual(classifyDataFile('a.tsv', utf8('phone\tname\n07400 123456\tAnna\n')), DATA);
    assert.deepEqual(
      classifyDataFile('a.jsonl', utf8('{"msisdn":"201001234567","cc":"EG"}\n')),
      DATA,
    );
    assert.deepEqual(classifyDataFile('a', bytes('Jos', [0xe9], ';0612345678\n')), DATA);
  });
});

describe('readHead', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ringfence-head-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the first 64 KiB, or the whole of a shorter file, or as many bytes as asked', () => {
    const big = Uint8Array.from({ length: 100_000 }, (_, i) => i % 251);
    writeFileSync(join(dir, 'big'), big);
    writeFileSync(join(dir, 'small'), 'abc');
    writeFileSync(join(dir, 'none'), '');
    assert.deepEqual(readHead(join(dir, 'big')), big.subarray(0, 65536));
    assert.deepEqual(readHead(join(dir, 'big'), 10), big.subarray(0, 10));
    assert.deepEqual(readHead(join(dir, 'small')), utf8('abc'));
    assert.equal(readHead(join(dir, 'none')).length, 0);
  });

  it('says UNREADABLE_INPUT for a file it cannot read', () => {
    assert.throws(
      () => readHead(join(dir, 'missing')),
      (e: unknown) => isRingfenceError(e, 'UNREADABLE_INPUT'),
    );
    assert.throws(
      () => readHead(dir),
      (e: unknown) => isRingfenceError(e, 'UNREADABLE_INPUT'),
    );
  });
});
