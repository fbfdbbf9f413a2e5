import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RegionMapper } from '../countries/index.js';
import { defaultPhoneEngine } from '../phone/index.js';
import { wasmAvailable } from '../wasm.js';
import { Normaliser, type ChunkResult } from './chunk.js';
import type { Dialect } from './dialect.js';
import { CUT_CAPACITY, FieldIndex } from './field-index.js';
import { MAX_RECORD_BYTES } from './records.js';

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

  it('rejects a record over MAX_RECORD_BYTES alike', () => {
    const long = `+447400123456,${'x'.repeat(MAX_RECORD_BYTES)},GB,y`;
    const r = both(`phone,name,country,city\n${long}\n+447400123457,a,GB,b\n`, csv);
    assert.equal(r.records, 2);
    assert.equal(r.valid, 1);
  });
});
