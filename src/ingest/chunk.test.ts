import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { RegionMapper } from '../countries/index.js';
import { defaultPhoneEngine } from '../phone/index.js';
import { seededRandom } from '../random.js';
import { LeakStore, sqlString } from '../store/index.js';
import { MAX_CELL_PIECES, Normaliser, type ChunkResult } from './chunk.js';
import { unpackKey, type Dialect } from './dialect.js';
import { ingest } from './index.js';
import { MAX_QUOTED_BYTES, MAX_RECORD_BYTES, closingQuote, recordBoundary } from './records.js';
import { readChunkRows } from '../../test/support/chunk-rows.js';

const engine = defaultPhoneEngine();
const normaliser = new Normaliser(engine, new RegionMapper(engine.regionIds));
const encoder = new TextEncoder();

function delimited(
  columns: string[],
  phone: string,
  country: string | null,
  delimiter = ',',
): Dialect {
  return {
    kind: 'delimited',
    delimiter: delimiter.charCodeAt(0),
    header: true,
    columns,
    phoneColumn: columns.indexOf(phone),
    countryColumn: country === null ? -1 : columns.indexOf(country),
  };
}

const PEOPLE = delimited(['phone', 'name', 'country', 'city'], 'phone', 'country');

function run(text: string | Uint8Array, dialect: Dialect, first = true): ChunkResult {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  return normaliser.run(bytes, { dialect, defaultRegion: -1, first, writeRows: true });
}

function accepted(r: ChunkResult): number {
  return r.valid + r.possibleOnly;
}

function rejected(r: ChunkResult): number {
  return r.rejectCounts.reduce((a, b) => a + b, 0);
}

/** The valid numbers of a chunk (what goes to the number set), as sorted E.164. */
function numbers(r: ChunkResult): string[] {
  const out: string[] = [];
  r.keys.forEach((key, k) => {
    const { callingCode, nsnLength } = unpackKey(key);
    for (let v = r.keyOffsets[k]!; v < r.keyOffsets[k + 1]!; v++)
      out.push(`+${callingCode}${String(r.values[v]).padStart(nsnLength, '0')}`);
  });
  return out.sort();
}

/** 1,000 data rows of valid Egyptian mobiles, every other one with a quoted city. */
function peopleLines(): string[] {
  const lines = ['phone,name,country,city'];
  for (let n = 0; n < 1000; n++) {
    const phone = `+2010${String(10_000_000 + n).padStart(8, '0')}`;
    lines.push(`${phone},name${n},EG,${n % 2 === 0 ? `"City ${n}, Region"` : `Town${n}`}`);
  }
  return lines;
}

describe('quotes that never close', () => {
  it('reads a record with an unterminated quote literally, and swallows nothing', async () => {
    const lines = peopleLines();
    // Line 11 is data row 10: its name opens a quote that the next line's city would close.
    lines[10] = lines[10]!.replace(/name\d+/, '"Ali');
    const r = run(lines.join('\n') + '\n', PEOPLE);
    assert.equal(r.lines, 1001);
    assert.equal(r.records, 1000);
    assert.equal(r.literalQuotes, 1);
    // All 1,000 accepted: read literally, line 11 still has its phone and country in place.
    assert.equal(accepted(r), 1000);
    assert.equal(r.valid, 1000);
    assert.equal(numbers(r).length, 1000);
    const rows = await readChunkRows(r.rows, PEOPLE);
    assert.equal(rows.length, 1000);
    const line11 = rows.find((row) => row[1] === 11)!;
    assert.deepEqual(line11.slice(6), ['+201010000009', '"Ali', 'EG', 'Town9']);
    assert.equal(rows.find((row) => row[1] === 12)![9], 'City 10, Region');
    // Every column but name is filled on every row (line 11's name `"Ali` is filled too).
    assert.deepEqual([...r.filled], [1000, 1000, 1000, 1000]);
  });

  it('accepts a stray quote opening the phone field too: the parser reads past it', () => {
    const lines = peopleLines();
    lines[10] = '"' + lines[10]!;
    const r = run(lines.join('\n') + '\n', PEOPLE);
    assert.equal(r.records, 1000);
    assert.equal(r.literalQuotes, 1);
    assert.equal(accepted(r), 1000);
  });

  it('takes a quote literally when its closing quote is followed by other text', async () => {
    const r = run('phone,name,country,city\n+201001234567,"Ali" the first,EG,x\n', PEOPLE);
    assert.equal(r.literalQuotes, 1);
    assert.equal(accepted(r), 1);
    assert.deepEqual((await readChunkRows(r.rows, PEOPLE))[0]!.slice(6), [
      '+201001234567',
      '"Ali" the first',
      'EG',
      'x',
    ]);
    // Spaces after the closing quote are allowed, and stay out of the value.
    const spaced = run('phone,name,country,city\n+201001234567,"Ali"  ,EG,x\n', PEOPLE);
    assert.equal(spaced.literalQuotes, 0);
    assert.equal((await readChunkRows(spaced.rows, PEOPLE))[0]![7], 'Ali');
  });

  it('takes a quote literally when it closes more than 64 KiB later', () => {
    const long = 'y'.repeat(MAX_QUOTED_BYTES);
    const text = `phone,name,country,city\n+201001234567,"${long}\n+201001234568,b,EG,"c"\n`;
    const r = run(text, PEOPLE);
    assert.equal(r.records, 2);
    assert.equal(r.literalQuotes, 1);
    assert.equal(accepted(r), 2);
    // Shorter, the field closes in time: one record with a newline in its name.
    const text2 = `phone,name,country,city\n+201001234567,"${long.slice(100)}\n+201001234568",EG,x\n`;
    const r2 = run(text2, PEOPLE);
    assert.equal(r2.records, 1);
    assert.equal(r2.lines, 2 + 1);
    assert.equal(r2.literalQuotes, 0);
  });

  it('keeps a legit multi-line quoted field, with the lines after it counted right', async () => {
    const text = [
      'phone,name,country,city',
      '+201001234567,Mona,EG,"12 Nile St',
      'Cairo"',
      'N/A,x,EG,y',
      '+201001234568,"Ali, ""the first""",EG,"a\r\nb"',
      '+201001234569,Zoë,EG,Giza',
    ].join('\n');
    const r = run(text + '\n', PEOPLE);
    assert.equal(r.lines, 7);
    assert.equal(r.records, 4);
    assert.equal(r.literalQuotes, 0);
    assert.equal(accepted(r), 3);
    assert.deepEqual(
      r.rejects.map((x) => [x.line, x.code]),
      [[4, 'NOT_A_NUMBER']],
    );
    const rows = await readChunkRows(r.rows, PEOPLE);
    assert.deepEqual(
      rows.map((row) => [row[1], ...row.slice(7)]),
      [
        [2, 'Mona', 'EG', '12 Nile St\nCairo'],
        [5, 'Ali, "the first"', 'EG', 'a\r\nb'],
        [7, 'Zoë', 'EG', 'Giza'],
      ],
    );
  });

  it('cuts chunks only where the normaliser reads a record end', () => {
    const q = encoder.encode('x,"a\nb",c\n');
    // A quote that closes: the chunk ends after it.
    assert.equal(recordBoundary(q, q.length, true, 44), q.length);
    // A quote that may still close: the record waits for the next chunk.
    const open = encoder.encode('x,y\nx,"a\nb\n');
    assert.equal(recordBoundary(open, open.length, true, 44), 4);
    // A stray quote early, then a legit multi-line field near the end. Quote parity used to
    // move the cut into that field; the reading does not.
    const stray = encoder.encode(
      'a,"stray\n' + 'a,b\n'.repeat(1000) + 'c,"multi\nline"\n' + 'd,e\n'.repeat(10),
    );
    assert.equal(recordBoundary(stray, stray.length, true, 44), stray.length);
    // No quote handling for plain lines and JSON Lines.
    assert.equal(recordBoundary(open, open.length, false), open.length);
    // A quote that never closes within 64 KiB is decided, and the LFs after it are cuts.
    const far = encoder.encode('x,"a\n' + 'b\n'.repeat(MAX_QUOTED_BYTES));
    assert.equal(recordBoundary(far, far.length, true, 44), far.length);
    assert.equal(closingQuote(far, 2, far.length, 44, false), -1);
  });

  it('reads any input cut by recordBoundary as it reads it whole', () => {
    const random = seededRandom('boundary');
    const dialect: Dialect = { ...delimited(['a', 'b'], 'a', null), header: false };
    const pieces = ['a', 'bb', ',', ',', '"', '""', '\n', '\n', ' ', '\r\n', '+201001234567'];
    for (let round = 0; round < 300; round++) {
      // Long inputs with few quotes reach the 64 KiB limit; short ones leave quotes undecided.
      const long = round % 10 === 0;
      const parts = ['x,y\n'];
      const count = long ? 60_000 : 20 + Math.floor(random() * 300);
      for (let k = 0; k < count; k++) {
        const piece = pieces[Math.floor(random() * pieces.length)]!;
        parts.push(long && piece.includes('"') && random() < 0.995 ? 'c' : piece);
      }
      const bytes = encoder.encode(parts.join(''));
      const cut = recordBoundary(bytes, bytes.length, true, 44);
      assert.ok(cut > 0 && cut <= bytes.length && bytes[cut - 1] === 10);
      const whole = run(bytes, dialect, false);
      const head = run(bytes.subarray(0, cut), dialect, false);
      const tail = run(bytes.subarray(cut), dialect, false);
      const label = `round ${round}`;
      assert.equal(head.records + tail.records, whole.records, label);
      assert.equal(head.lines + tail.lines, whole.lines, label);
      assert.equal(head.literalQuotes + tail.literalQuotes, whole.literalQuotes, label);
      assert.deepEqual(
        [...head.rejects, ...tail.rejects.map((x) => ({ ...x, line: x.line + head.lines }))],
        whole.rejects,
        label,
      );
      assert.deepEqual(
        [...head.filled].map((f, c) => f + tail.filled[c]!),
        [...whole.filled],
        label,
      );
    }
  });
});

describe('records DuckDB could not take', () => {
  it('rejects a record over MAX_RECORD_BYTES as malformed, and keeps the next one', () => {
    const huge = 'z'.repeat(MAX_RECORD_BYTES);
    const r = run(
      `phone,name,country,city\n+201001234567,${huge},EG,x\n+201001234568,b,EG,y\n`,
      PEOPLE,
    );
    assert.equal(r.records, 2);
    assert.deepEqual(
      r.rejects.map((x) => [x.line, x.code]),
      [[2, 'MALFORMED_ROW']],
    );
    assert.equal(accepted(r), 1);
  });
});

describe('several numbers in one cell', () => {
  const CONTACTS = delimited(['phone', 'name', 'country'], 'phone', 'country');

  function one(cell: string, country: string): ChunkResult {
    const quoted = /[,"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
    return run(`phone,name,country\n${quoted},x,${country}\n`, CONTACTS);
  }

  /** E.164 and valid flag of each row. */
  async function found(r: ChunkResult): Promise<string[]> {
    return (await readChunkRows(r.rows, CONTACTS)).map(
      (row) => `${String(row[2])}${row[5] === true ? '' : ' (possible)'}`,
    );
  }

  const forms: ReadonlyArray<readonly [string, string, string[]]> = [
    ['+44 7400 123456 / +44 7400 123457', 'GB', ['+447400123456', '+447400123457']],
    ['0171 123456; 0172 654321', 'DE', ['+49171123456 (possible)', '+49172654321 (possible)']],
    ['0171 1234567; 0172 7654321', 'DE', ['+491711234567', '+491727654321']],
    ['+33 6 12 34 56 78, +33 6 98 76 54 32', 'FR', ['+33612345678', '+33698765432']],
    ['06 12 34 56 78, 06 98 76 54 32', 'FR', ['+33612345678', '+33698765432']],
    ['212-555-0100 or 212-555-0199', 'US', ['+12125550100', '+12125550199']],
    ['+44 7400 123456\n+44 7400 123457', 'GB', ['+447400123456', '+447400123457']],
    ['+44 7400 123456\r\n+44 7400 123457', 'GB', ['+447400123456', '+447400123457']],
    ['+201001234567 ou +201001234568', 'EG', ['+201001234567', '+201001234568']],
    ['+201001234567 ODER 01001234568', 'EG', ['+201001234567', '+201001234568']],
    [
      '+201001234567 o +201001234568 | 01001234569',
      'EG',
      ['+201001234567', '+201001234568', '+201001234569'],
    ],
  ];
  it(`reads a cell of more than ${MAX_CELL_PIECES} pieces whole, with rows sized by its numbers`, async () => {
    // Found by the ingest fuzzer: 50,000 pieces of "/1" sized the rows buffer at 10 GB.
    const junk = one(`+447400123456${'/1'.repeat(50_000)}`, 'GB');
    assert.equal(junk.records, 1);
    assert.equal(junk.multiNumberRows, 0);
    assert.equal(accepted(junk) + rejected(junk), 1);
    const many = Array.from(
      { length: MAX_CELL_PIECES + 1 },
      (_, i) => `+4474001${String(i).padStart(5, '0')}`,
    );
    const whole = one(many.join(' / '), 'GB');
    assert.equal(whole.multiNumberRows, 0);
    assert.equal(accepted(whole) + rejected(whole), 1);
    const most = one(many.slice(0, MAX_CELL_PIECES).join(' / '), 'GB');
    assert.equal(most.extraNumbers, MAX_CELL_PIECES - 1);
    assert.equal((await readChunkRows(most.rows, CONTACTS)).length, MAX_CELL_PIECES);
    // Junk pieces among the numbers write no line.
    const mixed = one('+44 7400 123456 / n/a / +44 7400 123457', 'GB');
    assert.deepEqual(await found(mixed), ['+447400123456', '+447400123457']);
  });

  for (const [cell, country, want] of forms) {
    it(`gives each number of ${JSON.stringify(cell)} (${country})`, async () => {
      const r = one(cell, country);
      assert.equal(r.records, 1);
      assert.equal(accepted(r), 1);
      assert.equal(r.multiNumberRows, 1);
      assert.equal(r.extraNumbers, want.length - 1);
      assert.deepEqual(await found(r), want);
      const valid = want.filter((n) => !n.endsWith('(possible)'));
      assert.equal(r.valid, valid.length > 0 ? 1 : 0);
      assert.equal(r.possibleOnly, valid.length > 0 ? 0 : 1);
      assert.deepEqual(numbers(r), valid);
    });
  }

  it('takes a number and leaves the junk beside it', async () => {
    const r = one('+44 7400 123456 / n/a', 'GB');
    assert.equal(accepted(r), 1);
    assert.equal(r.multiNumberRows, 0);
    assert.deepEqual(await found(r), ['+447400123456']);
  });

  it('rejects a cell whose pieces are no numbers, with the code of the whole cell', () => {
    for (const [cell, country, code] of [
      ['12 / 34', 'EG', 'IMPOSSIBLE_NUMBER'],
      ['abc / def', 'GB', 'NOT_A_NUMBER'],
      // Seven-digit local numbers are not possible numbers of the US: no piece is a number.
      ['555-0100 or 555-0199', 'US', 'NOT_A_NUMBER'],
    ] as const) {
      const r = one(cell, country);
      assert.equal(rejected(r), 1, cell);
      assert.deepEqual(
        r.rejects.map((x) => x.code),
        [code],
        cell,
      );
      assert.equal(r.multiNumberRows, 0);
      assert.equal(r.rows, null);
    }
  });

  it('leaves one number with an area code after a slash, or an extension, as it is', async () => {
    for (const [cell, country, want] of [
      ['030/1234567', 'DE', '+49301234567'],
      ['+44 7400 123456, 12', 'GB', '+447400123456'],
      ['+201001234567;', 'EG', '+201001234567'],
    ] as const) {
      const r = one(cell, country);
      assert.equal(r.multiNumberRows, 0, cell);
      assert.deepEqual(await found(r), [want], cell);
    }
  });

  it('keeps accepted + rejected === rows over a mix', async () => {
    const lines = ['phone,name,country'];
    for (const [cell, country] of forms) lines.push(`"${cell}",x,${country}`);
    lines.push('12 / 34,x,EG', '+201001234567,x,EG', ',x,EG');
    const r = run(lines.join('\n') + '\n', CONTACTS);
    assert.equal(r.records, forms.length + 3);
    assert.equal(accepted(r) + rejected(r), r.records);
    assert.equal(r.multiNumberRows, forms.length);
    assert.equal((await readChunkRows(r.rows, CONTACTS)).length, accepted(r) + r.extraNumbers);
  });
});

describe('rows that DuckDB always reads (through ingest)', () => {
  let dir: string;
  let store: LeakStore;
  let duck: DuckDBInstance;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ringfence-chunk-'));
    store = new LeakStore(join(dir, 'store'));
    duck = await DuckDBInstance.create(':memory:');
  });
  after(() => {
    duck.closeSync();
    rmSync(dir, { recursive: true, force: true });
  });

  async function parquet(name: string, select: string): Promise<unknown[][]> {
    const connection = await duck.connect();
    try {
      const path = join(store.leakDir(name), 'rows.parquet');
      const result = await connection.runAndReadAll(
        `SELECT ${select} FROM read_parquet(${sqlString(path)}) ORDER BY line, e164`,
      );
      return result.getRows();
    } finally {
      connection.closeSync();
    }
  }

  it('reads 1,001 lines with an unterminated quote on line 11 into 1,000 rows', async () => {
    const lines = peopleLines();
    lines[10] = lines[10]!.replace(/name\d+/, '"Ali');
    const input = join(dir, 'unterminated.csv');
    writeFileSync(input, lines.join('\n') + '\n');
    const summary = await ingest({ input, name: 'unterminated', store: store.root });
    assert.equal(summary.rows, 1000);
    assert.equal(summary.accepted, 1000);
    assert.equal(summary.unique, 1000);
    const rows = await parquet('unterminated', 'line::INTEGER, name, city');
    assert.equal(rows.length, 1000);
    assert.deepEqual(rows[9], [11, '"Ali', 'Town9']);
    assert.deepEqual(rows[10], [12, 'name10', 'City 10, Region']);
  });

  it('keeps stray quotes, Latin names and a multi-line address exactly', async () => {
    const input = join(dir, 'names.csv');
    writeFileSync(
      input,
      [
        'phone,name,country,city',
        '+201001234567,José "Pepe" García,EG,Cairo',
        '+201001234568,ab"c,EG,"Giza, Egypt"',
        '+201001234569,Müller,EG,"12 Nile St\r\nCairo"',
        '+201001234570,"Ali",EG,Zoë"',
        '+201001234571,Bob\rby,EG,x',
        '+201001234572,Françoise,EG,Alexandria',
      ].join('\r\n') + '\r\n',
    );
    const summary = await ingest({
      input,
      name: 'names',
      store: store.root,
      phoneColumn: 'phone',
      countryColumn: 'country',
    });
    assert.equal(summary.rows, 6);
    assert.equal(summary.accepted, 6);
    assert.deepEqual(await parquet('names', 'line::INTEGER, e164, name, city'), [
      [2, '+201001234567', 'José "Pepe" García', 'Cairo'],
      [3, '+201001234568', 'ab"c', 'Giza, Egypt'],
      [4, '+201001234569', 'Müller', '12 Nile St\r\nCairo'],
      [6, '+201001234570', 'Ali', 'Zoë"'],
      [7, '+201001234571', 'Bob\rby', 'x'],
      [8, '+201001234572', 'Françoise', 'Alexandria'],
    ]);
  });

  it('writes one row per number of a multi-number cell', async () => {
    const input = join(dir, 'multi.csv');
    writeFileSync(
      input,
      [
        'phone,name,country',
        '+44 7400 123456 / +44 7400 123457,A,GB',
        '0171 123456; 0172 654321,B,DE',
        '"+33 6 12 34 56 78, +33 6 98 76 54 32",C,FR',
        '212-555-0100 or 212-555-0199,D,US',
        '"+44 7400 123458\n+44 7400 123459",E,GB',
        '12 / 34,F,EG',
        '+201001234567,G,EG',
        '555-0100 or 555-0199,H,US',
      ].join('\n') + '\n',
    );
    const summary = await ingest({
      input,
      name: 'multi',
      store: store.root,
      phoneColumn: 'phone',
      countryColumn: 'country',
    });
    assert.equal(summary.rows, 8);
    assert.equal(summary.accepted, 6);
    assert.equal(summary.rejected, 2);
    assert.equal(summary.valid, 5);
    assert.equal(summary.possibleOnly, 1);
    assert.equal(summary.unique, 9);
    const rows = await parquet('multi', 'line::INTEGER, e164, valid, name');
    assert.deepEqual(rows, [
      [2, '+447400123456', true, 'A'],
      [2, '+447400123457', true, 'A'],
      [3, '+49171123456', false, 'B'],
      [3, '+49172654321', false, 'B'],
      [4, '+33612345678', true, 'C'],
      [4, '+33698765432', true, 'C'],
      [5, '+12125550100', true, 'D'],
      [5, '+12125550199', true, 'D'],
      [6, '+447400123458', true, 'E'],
      [6, '+447400123459', true, 'E'],
      [9, '+201001234567', true, 'G'],
    ]);
  });

  it('keeps a JSON Lines record DuckDB cannot read as JSON, and splits its cell', async () => {
    const input = join(dir, 'people.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({ phone: '+201001234567', name: 'Ann' }),
        // A lone surrogate: JSON to JavaScript, not to DuckDB's JSON reader.
        '{"phone":"+201001234568","name":"\\ud800"}',
        JSON.stringify({ phone: '+44 7400 123456 / +44 7400 123457', name: 'Two' }),
      ].join('\n') + '\n',
    );
    const summary = await ingest({ input, name: 'people', store: store.root });
    assert.equal(summary.rows, 3);
    assert.equal(summary.accepted, 3);
    const rows = await parquet('people', "line::INTEGER, e164, data->>'name'");
    assert.deepEqual(rows, [
      [1, '+201001234567', 'Ann'],
      [2, '+201001234568', null],
      [3, '+447400123456', 'Two'],
      [3, '+447400123457', 'Two'],
    ]);
    const raw = await parquet('people', 'data::VARCHAR');
    assert.equal(raw[1]![0], JSON.stringify('{"phone":"+201001234568","name":"\\ud800"}'));
  });
});

describe('country names in the country column', () => {
  it('reads each row in the region its name gives, names repeated or not, known or not', () => {
    const names = [
      'United Kingdom',
      'Egypt',
      'Égypte',
      'Atlantis',
      'Royaume-Uni',
      'مصر',
      'EGY',
      'GBR',
      'XYZ',
    ];
    const national: Record<string, string> = { GB: '020 7946 0018', EG: '010 0123 4567' };
    const mapper = new RegionMapper(engine.regionIds);
    const lines = ['phone,name,country,city'];
    const want = new Float64Array(engine.regionIds.length + 1);
    let rejected = 0;
    for (let i = 0; i < 300; i++) {
      const name = names[(i * 7) % names.length]!;
      const region = mapper.lookup(name);
      const id = region === -1 ? null : engine.regionIds[region]!;
      // A national number reads only in its own region: an unknown name leaves it unread.
      lines.push(`${national[id ?? 'GB']!},x,"${name}",y`);
      if (id === null) rejected++;
      else want[region]!++;
    }
    const text = lines.join('\n') + '\n';
    // Twice: the second time every name is one the normaliser has seen.
    for (const round of [1, 2]) {
      const result = run(text, PEOPLE);
      assert.deepEqual([...result.regionRows], [...want], `round ${round}`);
      assert.equal(result.valid, 300 - rejected);
      assert.equal(
        result.rejectCounts.reduce((a, b) => a + b, 0),
        rejected,
      );
    }
    assert.ok(rejected > 0 && want[mapper.lookup('Egypt')]! > 0 && want[mapper.lookup('UK')]! > 0);
  });

  it('looks each name up once, though the chunk that held it has moved away', () => {
    let lookups = 0;
    class CountingMapper extends RegionMapper {
      override lookup(value: string): number {
        lookups++;
        return super.lookup(value);
      }
    }
    const counting = new Normaliser(engine, new CountingMapper(engine.regionIds));
    const text = 'phone,name,country,city\n' + '+447400123456,x,United Kingdom,y\n'.repeat(50);
    const options = { dialect: PEOPLE, defaultRegion: -1, first: true, writeRows: false };
    const first = new TextEncoder().encode(text);
    counting.run(first, options);
    assert.equal(lookups, 1);
    // The chunk's memory goes back to the main thread, as a worker's does.
    structuredClone(first.buffer, { transfer: [first.buffer] });
    assert.equal(first.length, 0);
    const again = counting.run(new TextEncoder().encode(text), options);
    assert.equal(lookups, 1);
    assert.equal(again.regionRows[engine.regionIndex('GB')], 50);
  });
});
