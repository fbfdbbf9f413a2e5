import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RegionMapper } from '../countries/index.js';
import { defaultPhoneEngine } from '../phone/index.js';
import { wasmAvailable } from '../wasm.js';
import { Normaliser, type ChunkResult } from './chunk.js';
import type { Dialect } from './dialect.js';
import { CUT_CAPACITY, FieldIndex } from './field-index.js';
import { ANY_DELIMITER, MAX_QUOTED_BYTES, MAX_RECORD_BYTES, recordBoundary } from './records.js';

/** The offsets the index must give: every delimiter and LF, then the length. */
function expected(bytes: Uint8Array, delimiter: number): number[] {
  const out: number[] = [];
  bytes.forEach((b, i) => {
    if (b === 10 || b === delimiter) out.push(i);
  });
  out.push(bytes.length);
  return out;
}

describe('FieldIndex', () => {
  it('is built (dist/wasm/field-index.wasm, made by npm run build)', () => {
    assert.equal(wasmAvailable('field-index'), true);
  });

  it('finds every delimiter and line feed, at every length and alignment', () => {
    const index = new FieldIndex();
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 16;
    };
    const alphabet = [44, 59, 9, 10, 13, 34, 0x41, 0x30, 0xc3, 0xa9, 0xff, 0x80];
    for (let length = 0; length < 300; length++) {
      const bytes = Uint8Array.from({ length }, () => alphabet[random() % alphabet.length]!);
      for (const delimiter of [44, 59, 9, 10, 0xff, 0x80]) {
        assert.deepEqual([...index.index(bytes, delimiter)], expected(bytes, delimiter));
      }
    }
    // A large chunk after small ones: the module's memory grows.
    const big = Uint8Array.from({ length: 3 << 20 }, (_, i) => (i % 7 === 0 ? 44 : 0x31));
    const offsets = index.index(big, 44);
    assert.equal(offsets.length, expected(big, 44).length);
    assert.equal(offsets[offsets.length - 1], big.length);
  });
});

describe('record cutting in the module', () => {
  const engine = defaultPhoneEngine();
  const regions = new RegionMapper(engine.regionIds);
  const withModule = new Normaliser(engine, regions);
  const without = new Normaliser(engine, regions, { wasm: false });
  const encoder = new TextEncoder();
  const csv: Dialect = {
    kind: 'delimited',
    delimiter: 44,
    header: true,
    columns: ['phone', 'name', 'country', 'city'],
    phoneColumn: 0,
    countryColumn: 2,
  };
  const lines: Dialect = {
    kind: 'text',
    delimiter: 10,
    header: false,
    columns: ['phone'],
    phoneColumn: 0,
    countryColumn: -1,
  };
  const both = (text: string, dialect: Dialect, first = true): ChunkResult => {
    const bytes = encoder.encode(text);
    const options = { dialect, defaultRegion: -1, first, writeRows: true };
    const a = withModule.run(bytes, options);
    const b = without.run(bytes, options);
    // rows.parquet's pages included, byte for byte.
    assert.deepEqual(a, b);
    return a;
  };

  it('reads as the TypeScript cutting: quotes, literal quotes, CR, blank lines, short rows', () => {
    const text = [
      'phone,name,country,city',
      '',
      '+447400123456,Ann,GB,"London, UK"',
      '"+447400123457","Bo ""B"" Ho",GB,"multi\nline"',
      '+33612345678,"open quote,FR,Paris',
      '+33612345679,x"y,FR,Paris\r',
      '"+33612345680" ,Z,FR,  ',
      '+4915112345678,,DE',
      ',,,',
      '+12025550123,"a",US,"b",extra,fields\r\n',
      '   ',
      '+12025550126,a,US,b,extra,fields',
      '+12025550124',
      '"+12025550125,US',
    ].join('\n');
    const r = both(text, csv);
    assert.equal(r.headerLines, 1);
    assert.equal(r.literalQuotes, 2);
    both(text, csv, false);
    both(text.replaceAll(',', ';'), { ...csv, delimiter: 59 });
    both(text, lines);
  });

  it('reads random records as the TypeScript cutting, with the phone or country column last', () => {
    // Records of about as many fields as the dialect's columns (the module's plain path takes
    // those of exactly as many, none quoted): empty fields, CR, quotes that open, close or sit
    // inside a field, numbers and country codes in any column.
    let seed = 3;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return (seed >>> 8) / 0x1000000;
    };
    const fields = ['', '', '+447400123456', '+33612345678', 'GB', 'FR', 'x', '"q"', 'a"b', ' '];
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    for (let round = 0; round < 40; round++) {
      const columns = 2 + (round % 4);
      const records: string[] = [];
      for (let r = 0; r < 300; r++) {
        const count = columns + pick([0, 0, 0, 0, -1, 1]);
        const record = Array.from({ length: Math.max(1, count) }, () => pick(fields)).join(',');
        records.push(record + pick(['', '', '\r', '\r\r', ' \r']));
      }
      const text = records.join('\n') + pick(['', '\n', '\r\n']);
      const names = Array.from({ length: columns }, (_, i) => `c${i}`);
      const last = columns - 1;
      for (const [phoneColumn, countryColumn] of [
        [0, last],
        [last, 0],
        [last, -1],
        [1, 1],
      ] as const)
        both(text, { ...csv, header: false, columns: names, phoneColumn, countryColumn });
    }
  });

  it('reads a chunk of more records than one call of the module cuts', () => {
    const rows: string[] = ['phone,name,country,city'];
    for (let i = 0; i < 3 * CUT_CAPACITY + 17; i++)
      rows.push(
        i % 1000 === 999
          ? `+4474001${String(i % 100_000).padStart(5, '0')},"unclosed,GB,x`
          : `+4474001${String(i % 100_000).padStart(5, '0')},n${i},GB,"c, ${i}"`,
      );
    const r = both(rows.join('\n') + '\n', csv);
    assert.equal(r.records, 3 * CUT_CAPACITY + 17);
    assert.equal(r.literalQuotes, Math.floor((3 * CUT_CAPACITY + 17) / 1000));
  });

  it('reads quoted fields that close at, just past and well past the 64 KiB limit alike', () => {
    // The closing quote `MAX_QUOTED_BYTES + d` bytes after the opening one, then the delimiter
    // (or CR LF): a field when d <= 0, its quote a plain byte otherwise.
    for (const d of [-1, 0, 1, 2, 1000])
      for (const end of [',GB,z\n', '\r\n']) {
        const field = `"${'y'.repeat(MAX_QUOTED_BYTES + d - 1)}"`;
        const text = `phone,name,country,city\n+447400123456,${field}${end}+447400123457,a,GB,b\n`;
        const r = both(text, csv);
        assert.equal(r.literalQuotes, d > 0 ? 1 : 0, `d ${d}`);
      }
  });

  it('rejects a record over MAX_RECORD_BYTES alike', () => {
    const long = `+447400123456,${'x'.repeat(MAX_RECORD_BYTES)},GB,y`;
    const r = both(`phone,name,country,city\n${long}\n+447400123457,a,GB,b\n`, csv);
    assert.equal(r.records, 2);
    assert.equal(r.valid, 1);
  });
});

describe('chunk boundaries in the module', () => {
  const encoder = new TextEncoder();
  const ts = new FieldIndex(false);
  const module = new FieldIndex();

  it('cuts where recordBoundary() cuts, on random quoting, delimiters and lengths', () => {
    let seed = 11;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return (seed >>> 8) / 0x1000000;
    };
    // Quotes that close, double, stay open, sit inside fields or before spaces, CR and LF.
    const pieces = ['a', 'bb', ',', ';', '\t', '|', '"', '""', '" ', '"  ,', '\n', '\r\n', ' '];
    let cuts = 0;
    for (let round = 0; round < 3000; round++) {
      const long = round % 100 === 0;
      const count = long ? 150_000 : 1 + Math.floor(random() * 120);
      const parts: string[] = [];
      for (let k = 0; k < count; k++) {
        const piece = pieces[Math.floor(random() * pieces.length)]!;
        // Long inputs with few quotes reach the 64 KiB limit of a quoted field.
        parts.push(long && piece.includes('"') && random() < 0.9998 ? 'x\n' : piece);
      }
      const bytes = encoder.encode(parts.join(''));
      for (const delimiter of [44, 59, 9, ANY_DELIMITER]) {
        // The whole input, and a prefix (the main thread's length is often less than its bytes).
        for (const length of [bytes.length, Math.floor(bytes.length * random())]) {
          const want = recordBoundary(bytes, length, true, delimiter);
          const got = module.boundary(bytes, length, true, delimiter);
          assert.equal(got, want, `round ${round}, delimiter ${delimiter}, length ${length}`);
          if (want > 0 && want < length) cuts++;
        }
      }
      assert.equal(
        ts.boundary(bytes, bytes.length, false),
        recordBoundary(bytes, bytes.length, false),
      );
    }
    // The inputs reach the cases that matter: cuts short of the end, not only the end or none.
    assert.ok(cuts > 1000, `${cuts} cuts before the end`);
  });

  it('takes a quote that closes past 64 KiB literally, as recordBoundary() does', () => {
    // The first quote finds its next one only past the limit: it is a plain byte, and the
    // next one opens a field that may still close, so the cut waits before its record.
    const head = `x,"${'a\n'.repeat(MAX_QUOTED_BYTES / 2 + 10)}`;
    const bytes = encoder.encode(`${head}x,",y\nb\n`);
    assert.equal(recordBoundary(bytes, bytes.length, true, 44), head.length);
    assert.equal(module.boundary(bytes, bytes.length, true, 44), head.length);
  });

  it('cuts a record of multi-line quoted fields longer than 1 MiB at its last LF', () => {
    const field = `"${'line\n'.repeat(10_000)}"`;
    const fields = Array.from({ length: 30 }, () => field).join(',');
    // Its last field opens a quote that may still close: the record would wait, but it is too
    // long to, and the cut falls after its last LF.
    const long = encoder.encode(`a,b\nx,${fields},"open\n`);
    assert.equal(recordBoundary(long, long.length, true, 44), long.length);
    assert.equal(module.boundary(long, long.length, true, 44), long.length);
    // The same fields in records of their own: the last record waits for its close.
    const short = encoder.encode(`a,b\n${`x,${field}\n`.repeat(30)}x,"open\n`);
    const want = short.length - 'x,"open\n'.length;
    assert.equal(recordBoundary(short, short.length, true, 44), want);
    assert.equal(module.boundary(short, short.length, true, 44), want);
  });
});
