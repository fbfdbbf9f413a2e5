/**
 * Inputs of the ingest fuzzer (ingest-fuzz.ts): dumps as they come, made from a seed.
 *
 * Case `index` of seed `seed` is drawn from its own sfc32 stream (src/random.ts), keyed by both,
 * so any one case is rebuilt on its own, on any machine, without drawing the cases before it.
 * A case starts from a valid dump of one of several shapes (CSV with and without a header, TSV,
 * semicolons, JSON Lines, plain lines, quoted fields holding delimiters, newlines and doubled
 * quotes, cells of several numbers, a country column of codes and names), or from a file with
 * nothing to ingest (empty, whitespace, binary junk, a JSON array, a header alone). Then up to
 * five mutations, the damage real dumps carry: bytes flipped, inserted or deleted, NUL bytes,
 * stray quotes, CR-only, CRLF or mixed line ends, Windows-1252 bytes, byte-order marks in odd
 * places, a truncation at a random byte (inside a UTF-8 sequence or after a quote); more rarely
 * lines past MAX_RECORD_BYTES, quoted fields past MAX_QUOTED_BYTES, a row of thousands of empty
 * fields, a cell of thousands of pieces; last, sometimes, a re-encoding as UTF-16 LE or BE
 * (with or without a byte-order mark, sometimes cut at an odd byte) or gzip (sometimes cut
 * short).
 *
 * Generation is a function of (seed, index) only: changing it changes what every seed means, so
 * the saved inputs of .tmp/fuzz-failures/ (replayed as files, not regenerated) stay the record.
 */
import { gzipSync } from 'node:zlib';
import { MAX_QUOTED_BYTES, MAX_RECORD_BYTES } from '../../src/ingest/records.js';
import { Sfc32, hashSeed } from '../../src/random.js';

/** The options an ingest of the case is run with, beyond input, name and store. */
export interface FuzzIngestOptions {
  readonly header?: boolean;
  readonly phoneColumn?: string;
  readonly region?: string;
}

export interface FuzzCase {
  readonly seed: number;
  readonly index: number;
  /** The seed dump's shape, then each mutation, in order: what the case is, in words. */
  readonly recipe: readonly string[];
  /** The file name the input is written under (its extension is what a user would give). */
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly options: FuzzIngestOptions;
}

/** The case `index` of `seed`. */
export function fuzzCase(seed: number, index: number): FuzzCase {
  const random = new Random(new Sfc32(hashSeed(`ringfence ingest fuzz ${seed} ${index}`)));
  const recipe: string[] = [];
  const shape = random.pick(SHAPES);
  recipe.push(shape.name);
  const built = shape.build(random);
  let bytes = built.bytes;
  let fileName = built.fileName;
  const mutations = random.below(10) === 0 ? 0 : 1 + random.below(5);
  for (let m = 0; m < mutations; m++) {
    const mutation = random.pick(MUTATIONS);
    recipe.push(mutation.name);
    bytes = mutation.apply(bytes, random);
  }
  // Up to half a megabyte each: rarer than the others, and after them, so that a case stays fast.
  for (const mutation of RARE_MUTATIONS) {
    if (!random.chance(0.03)) continue;
    recipe.push(mutation.name);
    bytes = mutation.apply(bytes, random);
    if (random.chance(0.5)) {
      const last = random.pick(LAST_MUTATIONS);
      recipe.push(last.name);
      bytes = last.apply(bytes, random);
    }
  }
  const wrap = random.below(100);
  if (wrap < 12) {
    const [name, encoding, bom] = random.pick([
      ['utf-16le', 'le', true],
      ['utf-16le without BOM', 'le', false],
      ['utf-16be', 'be', true],
      ['utf-16be without BOM', 'be', false],
    ] as const);
    recipe.push(`re-encoded as ${name}`);
    bytes = toUtf16(bytes, encoding, bom);
    // A UTF-16 file cut at an odd byte: damage after the encoding.
    if (random.below(3) === 0) {
      recipe.push('cut at an odd byte');
      bytes = bytes.subarray(0, Math.max(0, bytes.length - 1 - 2 * random.below(8)));
    }
  } else if (wrap < 17) {
    recipe.push('gzip');
    bytes = gzipSync(bytes);
    fileName += '.gz';
    if (random.below(3) === 0) {
      recipe.push('gzip cut short');
      bytes = bytes.subarray(0, random.below(bytes.length));
    }
  }
  // A Uint8Array, not a Buffer (a view of the same memory): a saved case reads back equal.
  bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  return { seed, index, recipe, fileName, bytes, options: built.options ?? {} };
}

/** A case's name in failure messages and file names: seed and index. */
export function caseName(c: Pick<FuzzCase, 'seed' | 'index'>): string {
  return `seed-${c.seed}-case-${c.index}`;
}

/** Draws on one sfc32 stream. */
class Random {
  constructor(private readonly sfc: Sfc32) {}

  /** Integer in [0, n). */
  below(n: number): number {
    return this.sfc.int(n);
  }

  chance(p: number): boolean {
    return this.sfc.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  digits(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += String(this.below(10));
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Seed dumps

interface Built {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly options?: FuzzIngestOptions;
}

interface Shape {
  readonly name: string;
  build(random: Random): Built;
}

/** Blocks of valid mobile numbers: region, country names, E.164 prefix, national prefix, free digits. */
const BLOCKS: ReadonlyArray<{
  readonly region: string;
  readonly names: readonly string[];
  readonly prefix: string;
  readonly national: string;
  readonly free: number;
}> = [
  {
    region: 'GB',
    names: ['GB', 'GBR', 'United Kingdom', 'UK'],
    prefix: '+447400',
    national: '07400',
    free: 6,
  },
  {
    region: 'US',
    names: ['US', 'USA', 'United States'],
    prefix: '+1212',
    national: '212',
    free: 7,
  },
  { region: 'FR', names: ['FR', 'France', 'FRA'], prefix: '+336', national: '06', free: 8 },
  { region: 'EG', names: ['EG', 'Egypt', 'Égypte'], prefix: '+2010', national: '010', free: 8 },
  {
    region: 'IT',
    names: ['IT', 'Italy', 'Italia'],
    prefix: '+39320',
    national: '320',
    free: 7,
  },
  {
    region: 'SA',
    names: ['SA', 'Saudi Arabia', 'SAU'],
    prefix: '+96650',
    national: '050',
    free: 7,
  },
  {
    region: 'DE',
    names: ['DE', 'Germany', 'Deutschland'],
    prefix: '+49151',
    national: '0151',
    free: 8,
  },
];

const NAMES = [
  'Ann',
  'José',
  'Zoë',
  'Mohamed',
  'Łukasz',
  'Renée',
  "O'Brien",
  'Chloé',
  '李雷',
  'Ivan',
];
const CITIES = ['Leeds', 'São Paulo', 'Köln', 'Cairo', 'New York, NY', 'Zürich', 'Paris'];
const JUNK = ['N/A', '', 'abc', '12', 'null', '+999 1', '0000000', 'call me', '-'];

interface Person {
  readonly phone: string;
  readonly country: string;
  readonly name: string;
  readonly city: string;
  readonly email: string;
}

/** A phone cell: a number in one of the ways dumps write them, sometimes two, sometimes junk. */
function phoneCell(random: Random, block: (typeof BLOCKS)[number], withCountry: boolean): string {
  if (random.chance(0.05)) return random.pick(JUNK);
  const one = (): string => {
    const digits = random.digits(block.free);
    const e164 = block.prefix + digits;
    switch (random.below(withCountry ? 7 : 5)) {
      case 0:
        return e164.slice(1);
      case 1:
        return '00' + e164.slice(1);
      case 2:
        return `${e164.slice(0, 4)} ${e164.slice(4, 7)} ${e164.slice(7)}`;
      case 3:
        return `${e164.slice(0, 3)}-${e164.slice(3, 8)}-${e164.slice(8)}`;
      case 5:
      case 6:
        return block.national + (random.chance(0.5) ? ' ' : '') + digits;
      default:
        return e164;
    }
  };
  if (random.chance(0.08))
    return `${one()}${random.pick([' / ', '; ', ', ', ' or ', '\n', '|'])}${one()}`;
  return one();
}

function people(random: Random, n: number, withCountry: boolean): Person[] {
  const out: Person[] = [];
  for (let i = 0; i < n; i++) {
    const block = random.pick(BLOCKS);
    const name = random.pick(NAMES);
    out.push({
      phone: phoneCell(random, block, withCountry),
      country: random.chance(0.9) ? random.pick(block.names) : '',
      name: random.chance(0.1) ? `${name} "${random.pick(NAMES)}" ${name}` : name,
      city: random.chance(0.1)
        ? `${random.pick(CITIES)}\n${random.pick(CITIES)}`
        : random.pick(CITIES),
      email: `${name.toLowerCase()}${i}@example.com`,
    });
  }
  return out;
}

/** A CSV field: quoted (doubling its quotes) when it must be, or sometimes anyway. */
function field(value: string, delimiter: string, random: Random, always = false): string {
  const must = value.includes(delimiter) || value.includes('"') || value.includes('\n');
  if (!must && !always && !random.chance(0.05)) return value;
  return `"${value.replaceAll('"', '""')}"`;
}

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function delimitedShape(
  name: string,
  delimiter: string,
  header: boolean,
  extension: string,
  quoteAll = false,
): Shape {
  return {
    name,
    build(random) {
      const withCountry = random.chance(0.7);
      const columns: (keyof Person)[] = ['phone', 'name', 'email', 'city'];
      if (withCountry) columns.splice(1 + random.below(3), 0, 'country');
      // The phone column is not always first.
      if (random.chance(0.4)) columns.push(columns.shift()!);
      const rows = people(random, 1 + random.below(60), withCountry);
      const lines: string[] = [];
      if (header) lines.push(columns.join(delimiter));
      for (const person of rows)
        lines.push(
          columns.map((c) => field(person[c], delimiter, random, quoteAll)).join(delimiter),
        );
      // Sometimes the options a user gives: right or wrong.
      const roll = random.below(20);
      let options: FuzzIngestOptions = {};
      if (roll === 0) options = { header: !header };
      else if (roll === 1)
        options = {
          phoneColumn: header
            ? random.pick(['phone', 'name', 'nope'])
            : random.pick(['1', '2', '9']),
        };
      else if (roll === 2) options = { region: random.pick(BLOCKS).region };
      // Sometimes no line end after the last row.
      const end = roll > 2 && !random.chance(0.9) ? '' : '\n';
      return { bytes: encode(lines.join('\n') + end), fileName: `dump${extension}`, options };
    },
  };
}

const SHAPES: readonly Shape[] = [
  delimitedShape('csv with header', ',', true, '.csv'),
  delimitedShape('csv without header', ',', false, '.csv'),
  delimitedShape('tsv with header', '\t', true, '.tsv'),
  delimitedShape('semicolons with header', ';', true, '.csv'),
  delimitedShape('pipes without header', '|', false, '.txt'),
  delimitedShape('csv, every field quoted', ',', true, '.csv', true),
  {
    name: 'json lines',
    build(random) {
      const lines = people(random, 1 + random.below(40), true).map((p) => {
        const object: Record<string, unknown> = { name: p.name, email: p.email };
        const digits = p.phone.replace(/\D/g, '');
        object.phone =
          random.chance(0.1) && digits.length > 0 && digits.length < 16
            ? Number(digits)
            : random.chance(0.03)
              ? { number: p.phone }
              : p.phone;
        if (random.chance(0.7)) object.country = p.country;
        if (random.chance(0.1)) object.tags = ['a', { b: 1 }];
        return JSON.stringify(object);
      });
      return { bytes: encode(lines.join('\n') + '\n'), fileName: 'dump.jsonl' };
    },
  },
  {
    name: 'plain lines',
    build(random) {
      const lines = people(random, 1 + random.below(80), false).map((p) =>
        p.phone.replace('\n', ' '),
      );
      if (random.chance(0.3)) lines.unshift(random.pick(['phone', 'Phone Number', 'msisdn']));
      return { bytes: encode(lines.join('\n') + '\n'), fileName: 'numbers.txt' };
    },
  },
  {
    name: 'quoted fields with delimiters, newlines and doubled quotes',
    build(random) {
      const lines = ['"phone","name","address","note"'];
      for (const p of people(random, 1 + random.below(30), false))
        lines.push(
          [
            p.phone,
            `${p.name} "the ${random.pick(NAMES)}"`,
            `${random.below(200)} High St,\n${p.city}`,
            random.pick(['', 'a, b', '""', 'x\r\ny', '"quoted"', 'semi;colon']),
          ]
            .map((v) => field(v, ',', random, true))
            .join(','),
        );
      return {
        bytes: encode(lines.join(random.chance(0.5) ? '\r\n' : '\n') + '\n'),
        fileName: 'quoted.csv',
      };
    },
  },
  {
    name: 'several numbers in a cell',
    build(random) {
      const lines = ['phone,name'];
      for (let i = 0; i < 1 + random.below(30); i++) {
        const block = random.pick(BLOCKS);
        const cell = Array.from(
          { length: 1 + random.below(4) },
          () => block.prefix + random.digits(block.free),
        ).join(random.pick([' / ', '; ', ', ', ' or ', ' ou ', ' oder ', '\n', '|', ' O ']));
        lines.push(`${field(cell, ',', random)},${random.pick(NAMES)}`);
      }
      return { bytes: encode(lines.join('\n') + '\n'), fileName: 'multi.csv' };
    },
  },
  {
    name: 'country column of codes and names',
    build(random) {
      const lines = [random.pick(['number;country;city', 'tel;Country;town', 'msisdn;cc;city'])];
      for (let i = 0; i < 1 + random.below(40); i++) {
        const block = random.pick(BLOCKS);
        const digits = random.digits(block.free);
        const phone = random.chance(0.7) ? block.national + digits : block.prefix + digits;
        lines.push(
          `${phone};${random.pick(block.names)};${field(random.pick(CITIES), ';', random)}`,
        );
      }
      return { bytes: encode(lines.join('\n') + '\n'), fileName: 'countries.csv' };
    },
  },
  {
    name: 'nothing to ingest',
    build(random) {
      switch (random.below(7)) {
        case 0:
          return { bytes: new Uint8Array(0), fileName: 'empty.csv' };
        case 1: {
          const ws = Array.from({ length: random.below(400) }, () =>
            random.pick([' ', '\t', '\n', '\r', '\r\n']),
          );
          return { bytes: encode(ws.join('')), fileName: 'blank.csv' };
        }
        case 2: {
          const junk = new Uint8Array(64 + random.below(4000));
          for (let i = 0; i < junk.length; i++) junk[i] = random.below(256);
          return { bytes: junk, fileName: 'junk.csv' };
        }
        case 3: {
          const magic = random.pick([
            [0x50, 0x4b, 0x03, 0x04],
            [0x25, 0x50, 0x44, 0x46],
            [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
            [0x4d, 0x5a, 0x90, 0x00],
          ]);
          const body = new Uint8Array(magic.length + 200 + random.below(2000));
          body.set(magic);
          for (let i = magic.length; i < body.length; i++) body[i] = random.below(256);
          return { bytes: body, fileName: 'archive.csv' };
        }
        case 4:
          return {
            bytes: encode(JSON.stringify(people(random, 1 + random.below(10), true))),
            fileName: 'array.json',
          };
        case 5:
          return { bytes: encode('phone,name,email\n'), fileName: 'header.csv' };
        default:
          return {
            bytes: encode(
              '# The dump\n\nThese are the numbers that were scraped in 2021, sorted.\n',
            ),
            fileName: 'notes.txt',
          };
      }
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Mutations

interface Mutation {
  readonly name: string;
  apply(bytes: Uint8Array, random: Random): Uint8Array;
}

function splice(
  bytes: Uint8Array,
  at: number,
  remove: number,
  insert: ArrayLike<number>,
): Uint8Array {
  const out = new Uint8Array(bytes.length - remove + insert.length);
  out.set(bytes.subarray(0, at));
  out.set(insert, at);
  out.set(bytes.subarray(at + remove), at + insert.length);
  return out;
}

/** Byte offsets where lines start. */
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++)
    if (bytes[i] === 10 && i + 1 < bytes.length) starts.push(i + 1);
  return starts;
}

function lines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let from = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, from)) {
    out.push(bytes.subarray(from, i));
    from = i + 1;
  }
  if (from < bytes.length) out.push(bytes.subarray(from));
  return out;
}

function joinLines(
  parts: readonly Uint8Array[],
  ends: (i: number) => readonly number[],
): Uint8Array {
  const chunks: number[] = [];
  parts.forEach((p, i) => {
    for (const b of p) chunks.push(b);
    chunks.push(...ends(i));
  });
  return Uint8Array.from(chunks);
}

/** Windows-1252 bytes of a few names, some with the bytes that code page leaves undefined. */
const CP1252_NAMES: readonly (readonly number[])[] = [
  [0x4a, 0x6f, 0x73, 0xe9], // José
  [0x5a, 0x6f, 0xeb], // Zoë
  [0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72], // Müller
  [0x80, 0x20, 0x31, 0x30], // € 10
  [0x93, 0x68, 0x69, 0x94], // “hi”
  [0x81, 0x8d, 0x8f, 0x90, 0x9d], // undefined in Windows-1252
  [0xc3], // a UTF-8 lead byte alone
  [0xed, 0xa0, 0x80], // a UTF-8 surrogate
];

const MUTATIONS: readonly Mutation[] = [
  {
    name: 'flip bytes',
    apply(bytes, random) {
      const out = Uint8Array.from(bytes);
      for (let n = 1 + random.below(6); n > 0 && out.length > 0; n--)
        out[random.below(out.length)]! ^= 1 << random.below(8);
      return out;
    },
  },
  {
    name: 'insert random bytes',
    apply(bytes, random) {
      const insert = Array.from({ length: 1 + random.below(8) }, () => random.below(256));
      return splice(bytes, random.below(bytes.length + 1), 0, insert);
    },
  },
  {
    name: 'delete bytes',
    apply(bytes, random) {
      if (bytes.length === 0) return bytes;
      const at = random.below(bytes.length);
      return splice(
        bytes,
        at,
        Math.min(bytes.length - at, 1 + random.below(random.chance(0.2) ? 200 : 4)),
        [],
      );
    },
  },
  {
    name: 'insert NUL bytes',
    apply(bytes, random) {
      let out = bytes;
      for (let n = 1 + random.below(random.chance(0.2) ? 200 : 4); n > 0; n--)
        out = splice(out, random.below(out.length + 1), 0, [0]);
      return out;
    },
  },
  {
    name: 'stray quotes',
    apply(bytes, random) {
      let out = bytes;
      for (let n = 1 + random.below(3); n > 0; n--) {
        // At a line start, after a delimiter, or anywhere.
        const starts = lineStarts(out);
        const at = random.chance(0.5) ? random.pick(starts) : random.below(out.length + 1);
        out = splice(out, at, 0, random.chance(0.8) ? [34] : [34, 34, 34]);
      }
      return out;
    },
  },
  {
    name: 'CR-only line ends',
    apply: (bytes) => joinLines(lines(bytes), () => [13]),
  },
  {
    name: 'CRLF line ends',
    apply: (bytes) => joinLines(lines(bytes), () => [13, 10]),
  },
  {
    name: 'mixed line ends',
    apply: (bytes, random) =>
      joinLines(lines(bytes), () => random.pick([[10], [13, 10], [13], [13, 13, 10]])),
  },
  {
    name: 'Windows-1252 bytes',
    apply(bytes, random) {
      let out = bytes;
      for (let n = 1 + random.below(4); n > 0; n--)
        out = splice(out, random.below(out.length + 1), 0, random.pick(CP1252_NAMES));
      return out;
    },
  },
  {
    name: 'whole file as Latin-1',
    apply(bytes) {
      // Each character above U+00FF becomes `?`, as an ANSI export writes it.
      const text = new TextDecoder().decode(bytes);
      return Uint8Array.from(text, (c) => {
        const code = c.codePointAt(0)!;
        return code > 0xff ? 63 : code;
      });
    },
  },
  {
    name: 'byte-order mark in an odd place',
    apply(bytes, random) {
      const mark = random.pick([
        [0xef, 0xbb, 0xbf],
        [0xff, 0xfe],
        [0xfe, 0xff],
        [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
      ]);
      const at = random.chance(0.4)
        ? 0
        : random.chance(0.5)
          ? random.pick(lineStarts(bytes))
          : random.below(bytes.length + 1);
      return splice(bytes, at, 0, mark);
    },
  },
  {
    name: 'truncate',
    apply(bytes, random) {
      if (bytes.length === 0) return bytes;
      // Inside a UTF-8 sequence or just after a quote, when the input has one.
      const multibyte: number[] = [];
      const quotes: number[] = [];
      for (let i = 0; i < bytes.length; i++) {
        if (bytes[i]! >= 0x80 && bytes[i]! < 0xc0) multibyte.push(i);
        if (bytes[i] === 34) quotes.push(i + 1);
      }
      const roll = random.below(3);
      const at =
        roll === 0 && multibyte.length > 0
          ? random.pick(multibyte)
          : roll === 1 && quotes.length > 0
            ? random.pick(quotes)
            : random.below(bytes.length);
      return bytes.subarray(0, at);
    },
  },
  {
    name: 'duplicate and shuffle lines',
    apply(bytes, random) {
      const parts = lines(bytes);
      if (parts.length === 0) return bytes;
      for (let n = random.below(5); n > 0; n--)
        parts.splice(random.below(parts.length + 1), 0, random.pick(parts));
      for (let n = random.below(4); n > 0; n--) {
        const a = random.below(parts.length);
        const b = random.below(parts.length);
        [parts[a], parts[b]] = [parts[b]!, parts[a]!];
      }
      return joinLines(parts, () => [10]);
    },
  },
  {
    name: 'blank and whitespace lines',
    apply(bytes, random) {
      let out = bytes;
      for (let n = 1 + random.below(5); n > 0; n--)
        out = splice(
          out,
          random.pick(lineStarts(out)),
          0,
          random.pick([[10], [32, 10], [9, 10], [13, 10], [44, 44, 10]]),
        );
      return out;
    },
  },
];

/** Lines and quoted fields past the limits of records.ts, rows and cells of thousands of parts. */
const RARE_MUTATIONS: readonly Mutation[] = [
  {
    // Excel pads a sheet's rows to its widest; a stray cell far right makes thousands of fields.
    name: 'a row of many empty fields',
    apply(bytes, random) {
      const delimiter = random.pick([',', '\t', ';']);
      const line = encode(
        `${random.chance(0.5) ? '+447400123456' : ''}${delimiter.repeat(100 + random.below(17000))}\n`,
      );
      return splice(bytes, random.pick(lineStarts(bytes)), 0, line);
    },
  },
  {
    // A cell of one number and thousands of separators: each piece is parsed, few are numbers.
    name: 'a cell of many pieces',
    apply(bytes, random) {
      const piece = random.pick(['/1', '/', ';x', ' or 1', '|']);
      const line = encode(`+447400123458${piece.repeat(100 + random.below(30000))},x\n`);
      return splice(bytes, random.pick(lineStarts(bytes)), 0, line);
    },
  },
  {
    name: 'line longer than MAX_RECORD_BYTES',
    apply(bytes, random) {
      const length = MAX_RECORD_BYTES + 1 + random.below(4096);
      const filler = random.pick(['x', ',', '"', ' ', '7']);
      const line = encode(
        random.pick([
          `+447400123456,${filler.repeat(length)}`,
          filler.repeat(length),
          `{"phone":"+447400123456","note":"${'x'.repeat(length)}"}`,
          `"+447400123456","${'y'.repeat(length)}"`,
        ]) + '\n',
      );
      return splice(bytes, random.pick(lineStarts(bytes)), 0, line);
    },
  },
  {
    name: 'quoted field longer than MAX_QUOTED_BYTES',
    apply(bytes, random) {
      const body = random
        .pick(['a', 'a\n', 'a,', '""'])
        .repeat(Math.ceil((MAX_QUOTED_BYTES + 100 + random.below(2000)) / 2));
      const closes = random.chance(0.5);
      const line = encode(`+447400123457,"${body}${closes ? '"' : ''},x\n`);
      return splice(bytes, random.pick(lineStarts(bytes)), 0, line);
    },
  },
];

/** What may follow a rare mutation: a cut or a flipped byte anywhere, even inside it. */
const LAST_MUTATIONS: readonly Mutation[] = MUTATIONS.filter(
  (m) => m.name === 'truncate' || m.name === 'flip bytes' || m.name === 'stray quotes',
);

/** UTF-16 of the bytes read as UTF-8 (what an export in "Unicode" writes). */
function toUtf16(bytes: Uint8Array, order: 'le' | 'be', bom: boolean): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (order === 'be') le.swap16();
  return new Uint8Array(le);
}
