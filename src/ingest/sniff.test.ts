import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RegionMapper } from '../countries/index.js';
import { isRingfenceError } from '../errors.js';
import { defaultPhoneEngine } from '../phone/index.js';
import { ingest } from './ingest.js';
import { MAX_COLUMNS, sniff, type SniffOverrides, type SniffResult } from './sniff.js';

const engine = defaultPhoneEngine();
const regions = new RegionMapper(engine.regionIds);

function run(text: string, overrides: Partial<SniffOverrides> = {}): SniffResult {
  return sniff(new TextEncoder().encode(text), 'sample.csv', engine, regions, {
    defaultRegion: -1,
    ...overrides,
  });
}

/** The dialect without its delimiter byte, and the delimiter as a character. */
function shape(text: string, overrides: Partial<SniffOverrides> = {}): Record<string, unknown> {
  const { dialect } = run(text, overrides);
  return {
    kind: dialect.kind,
    delimiter: String.fromCharCode(dialect.delimiter),
    header: dialect.header,
    columns: dialect.columns,
    phoneColumn: dialect.phoneColumn,
    countryColumn: dialect.countryColumn,
  };
}

const HEADERLESS_E164 = [
  '+447400123456,John,Smith,GB',
  '+201001234567,Mona,Ali,EG',
  '+33612345678,Jean,Dupont,FR',
  '+447400123457,Mary,Jones,GB',
  '+393201234567,Gio,Rossi,IT',
  '+12125550100,Bob,Brown,US',
].join('\n');

describe('sniff: is the first row a header?', () => {
  it('reads a header-less CSV whose first row is a number as data', () => {
    assert.deepEqual(shape(HEADERLESS_E164 + '\n'), {
      kind: 'delimited',
      delimiter: ',',
      header: false,
      columns: ['column_1', 'column_2', 'column_3', 'column_4'],
      phoneColumn: 0,
      countryColumn: 3,
    });
  });

  it('reads national numbers in the country of their own row as data', () => {
    const text = [
      '07400 123456;Anna;GB',
      '06 12 34 56 78;Jean;FR',
      '0151 12345678;Hans;DE',
      '320 123 4567;Gio;IT',
      '07400 123457;Mary;GB',
    ].join('\n');
    assert.deepEqual(shape(text), {
      kind: 'delimited',
      delimiter: ';',
      header: false,
      columns: ['column_1', 'column_2', 'column_3'],
      phoneColumn: 0,
      countryColumn: 2,
    });
  });

  it('reads a header-less TSV as data, wherever its phone column is', () => {
    const text = [
      'Mona\t+201001234567\tmona@example.com',
      'Ali\t+201001234568\tali@example.com',
      'Jean\t+33612345678\tjean@example.fr',
      'Hans\t+4915112345678\thans@example.de',
    ].join('\r\n');
    assert.deepEqual(shape(text), {
      kind: 'delimited',
      delimiter: '\t',
      header: false,
      columns: ['column_1', 'column_2', 'column_3'],
      phoneColumn: 1,
      countryColumn: -1,
    });
    assert.deepEqual(run(text).dataClasses, ['Other', 'Phone numbers', 'Email addresses']);
  });

  it('keeps a header that names its columns', () => {
    const text = 'phone,name\n+447400123456,John\n+201001234567,Mona\n+33612345678,Jean\n';
    assert.deepEqual(shape(text), {
      kind: 'delimited',
      delimiter: ',',
      header: true,
      columns: ['phone', 'name'],
      phoneColumn: 0,
      countryColumn: -1,
    });
    assert.deepEqual(run(text).dataClasses, ['Phone numbers', 'Names']);
  });

  it('keeps a header whose names are unusual', () => {
    const text = [
      'msisdn_e164|nom|pays',
      '+33612345678|Jean|FR',
      '+33612345679|Marie|FR',
      '+201001234567|Mona|EG',
      '+447400123456|John|GB',
    ].join('\n');
    assert.deepEqual(shape(text), {
      kind: 'delimited',
      delimiter: '|',
      header: true,
      columns: ['msisdn_e164', 'nom', 'pays'],
      phoneColumn: 0,
      countryColumn: 2,
    });
  });

  it('keeps a header whose words are no known column names', () => {
    const text = ['numero;prenom', '+33612345678;Jean', '+33612345679;Marie'].join('\n');
    assert.equal(run(text).dialect.header, true);
    assert.deepEqual(run(text).dialect.columns, ['numero', 'prenom']);
  });

  it('reads a header alone as a header, and its phone column by name', () => {
    assert.deepEqual(shape('phone,name\n'), {
      kind: 'delimited',
      delimiter: ',',
      header: true,
      columns: ['phone', 'name'],
      phoneColumn: 0,
      countryColumn: -1,
    });
    assert.equal(run('name,mobile\n').dialect.phoneColumn, 1);
  });

  it('reads a lone row holding a number as data', () => {
    assert.equal(run('+447400123456,John\n').dialect.header, false);
    assert.equal(run('07400 123456;Anna;GB\n').dialect.header, false);
  });

  it('reads a first row whose number is junk but written as one as data', () => {
    const text = ['12345,Bob,GB', '+447400123456,John,GB', '+447400123457,Mary,GB'].join('\n');
    assert.equal(run(text).dialect.header, false);
    assert.equal(run(text).dialect.phoneColumn, 0);
  });

  it('reads a first row with a junk word where the number is as data when the rest is data', () => {
    const text = [
      'N/A,John,GB',
      '+447400123456,Mary,GB',
      '+447400123457,Anna,GB',
      '+201001234567,Mona,EG',
    ].join('\n');
    assert.equal(run(text).dialect.header, false);
    const markers = ['null;Jean', '+33612345678;Marie', '+33612345679;Paul'].join('\n');
    assert.equal(run(markers).dialect.header, false);
  });

  it('reads a first row with an empty phone cell as data', () => {
    const text = [',John,Smith', '+447400123456,Mary,Jones', '+447400123457,Anna,Brown'].join('\n');
    assert.equal(run(text).dialect.header, false);
  });

  it('reads an unnamed index column beside named ones as a header (pandas to_csv)', () => {
    const text = [',phone,name', '0,+447400123456,John', '1,+201001234567,Mona'].join('\n');
    assert.deepEqual(shape(text).columns, ['column_1', 'phone', 'name']);
    assert.equal(shape(text).header, true);
    assert.equal(shape(text).phoneColumn, 1);
  });

  it('reads a header repeated where files were joined as a header', () => {
    const text = [
      'phone,name',
      '+447400123456,John',
      '+201001234567,Mona',
      'phone,name',
      '+33612345678,Jean',
    ].join('\n');
    assert.equal(run(text).dialect.header, true);
  });

  it('reads national numbers in the default region as data', () => {
    const text = ['07400 123456,Anna', '07400 123457,Mary', '07400 123458,John'].join('\n');
    const gb = engine.regionIndex('GB');
    assert.equal(run(text, { defaultRegion: gb }).dialect.header, false);
  });

  it('takes a first row holding the phone column named by the override as the header', () => {
    const text = ['tel,misc', '+447400123456,1', '+201001234567,2'].join('\n');
    assert.equal(run(text, { phoneColumn: 'TEL' }).dialect.header, true);
    assert.equal(run(text, { phoneColumn: 'TEL' }).dialect.phoneColumn, 0);
  });

  it('follows the header override both ways', () => {
    const forcedHeader = run(HEADERLESS_E164, { header: true }).dialect;
    assert.equal(forcedHeader.header, true);
    assert.deepEqual(forcedHeader.columns, ['+447400123456', 'John', 'Smith', 'GB']);
    assert.equal(forcedHeader.phoneColumn, 0);
    assert.equal(forcedHeader.countryColumn, 3);

    const headed = 'phone,name\n+447400123456,John\n+201001234567,Mona\n+33612345678,Jean\n';
    const forcedData = run(headed, { header: false }).dialect;
    assert.equal(forcedData.header, false);
    assert.deepEqual(forcedData.columns, ['column_1', 'column_2']);
    assert.equal(forcedData.phoneColumn, 0);

    assert.equal(run('+447400123456\n+447400123457\n', { header: true }).dialect.header, true);
    assert.equal(run('phone\n+447400123456\n', { header: false }).dialect.header, false);
  });

  it('says which column it could not find, with the columns of the chosen reading', () => {
    assert.throws(
      () => run(HEADERLESS_E164, { phoneColumn: 'phone' }),
      (e: unknown) => isRingfenceError(e, 'COLUMN_NOT_FOUND'),
    );
  });
});

describe('sniff: plain lines', () => {
  it('gives a list of numbers no header', () => {
    assert.deepEqual(shape('+447400123456\n+201001234567\n+33612345678\n'), {
      kind: 'text',
      delimiter: ',',
      header: false,
      columns: ['phone'],
      phoneColumn: 0,
      countryColumn: -1,
    });
  });

  it('gives a list whose first line is "phone" a header', () => {
    assert.deepEqual(shape('phone\n+447400123456\n+201001234567\n'), {
      kind: 'text',
      delimiter: ',',
      header: true,
      columns: ['phone'],
      phoneColumn: 0,
      countryColumn: -1,
    });
  });

  it('gives a list whose first line is a word naming no column no header', () => {
    assert.equal(run('hello\n+447400123456\n+201001234567\n').dialect.header, false);
  });
});

describe('sniff: what ingest makes of it', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ringfence-sniff-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the first record of a header-less CSV', async () => {
    const input = join(dir, 'headerless.csv');
    writeFileSync(input, HEADERLESS_E164 + '\n');
    const summary = await ingest({ input, name: 'headerless', store: join(dir, 'store') });
    assert.equal(summary.headerLines, 0);
    assert.equal(summary.rows, 6);
    assert.equal(summary.valid, 6);
  });

  it('counts a header alone as one header line and no rows', async () => {
    const input = join(dir, 'header-only.csv');
    writeFileSync(input, 'phone,name\n');
    await assert.rejects(
      ingest({ input, name: 'header-only', store: join(dir, 'store') }),
      (e: unknown) => isRingfenceError(e, 'NO_NUMBERS') && /\(0 rows read/.test(e.message),
    );
    mkdirSync(join(dir, 'parts'));
    writeFileSync(join(dir, 'parts', 'a.csv'), 'phone,name\n');
    writeFileSync(join(dir, 'parts', 'b.csv'), 'phone,name\n+447400123456,John\n');
    const summary = await ingest({
      input: join(dir, 'parts'),
      name: 'parts',
      store: join(dir, 'store'),
    });
    // The header-only file holds no number: the directory listing skips it as not data.
    assert.deepEqual(
      summary.reading.skippedFiles.map((f) => f.path),
      ['a.csv'],
    );
    assert.equal(summary.headerLines, 1);
    assert.equal(summary.rows, 1);
  });
});

describe('sniff: the number of columns', () => {
  it('leaves a row far wider than the others out of the width', () => {
    // Found by the ingest fuzzer: a row of 16,384 empty fields (Excel's widest sheet).
    const rows = ['phone,name', ','.repeat(16_384)];
    for (let i = 0; i < 100; i++) rows.push(`+4474001${String(i).padStart(5, '0')},Name ${i}`);
    const { dialect } = run(rows.join('\n') + '\n');
    assert.deepEqual(dialect.columns, ['phone', 'name']);
  });

  it('keeps a ragged row that is only a little wider', () => {
    const rows = ['phone,name'];
    for (let i = 0; i < 100; i++)
      rows.push(`+4474001${String(i).padStart(5, '0')},Name ${i}${i === 7 ? ',extra' : ''}`);
    const { dialect } = run(rows.join('\n') + '\n');
    assert.equal(dialect.columns.length, 3);
  });
});

describe('sniff: at most MAX_COLUMNS columns', () => {
  it('reads a file whose rows are all wider with MAX_COLUMNS', () => {
    // Found by the ingest fuzzer: one record of 7,000 fields took DuckDB out of memory.
    const { dialect } = run(`+447400123458${';x'.repeat(7_000)}\n`);
    assert.equal(dialect.columns.length, MAX_COLUMNS);
  });
});

describe('sniff: cells without a digit', () => {
  it('are skipped because the engine reads no number from one', () => {
    // The sniffer does not parse a cell without a decimal digit (\p{Nd}): this holds it to the
    // engine, on letters of several scripts, keypad words, signs and digit-like non-digits.
    const alphabet = Array.from('abcXYZ +-()./#*,;:extFLOWERSTELфыв中文عربي²³¹½⅓①⑩ⅫⅣ₃');
    let seed = 3;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return (seed >>> 8) / 0x1000000;
    };
    const regionCount = engine.regionIds.length;
    for (let i = 0; i < 20_000; i++) {
      const length = 1 + Math.floor(random() * 20);
      let value = '';
      for (let k = 0; k < length; k++) value += alphabet[Math.floor(random() * alphabet.length)]!;
      const region = i % 4 === 0 ? -1 : Math.floor(random() * regionCount);
      const r = engine.parseWithRegion(value, region);
      assert.ok(!(r.ok && (r.valid || r.possible)), `${JSON.stringify(value)} read as a number`);
    }
    // Digits of other scripts are digits: a cell of them is parsed, and read.
    const arabic = '+٢٠١٠٠١٢٣٤٥٦٧';
    const r = engine.parseWithRegion(arabic, -1);
    assert.ok(r.ok && r.valid);
    assert.equal(shape(`id,tel\n1,${arabic}\n2,${arabic}\n`).phoneColumn, 1);
  });
});

describe('sniff: the phone and country columns, read in part', () => {
  // The sniffer stops reading a column that can no longer be chosen: these hold its choices to
  // those of reading every value (the best score, the first column of it on a tie).
  const valid = (i: number): string => `+4474001${String(100000 + i).slice(1)}`;
  const table = (header: string, rows: number, row: (i: number) => string): string =>
    [header, ...Array.from({ length: rows }, (_, i) => row(i))].join('\n') + '\n';

  it('takes the first of two equal columns, or the one named as a phone column', () => {
    assert.equal(shape(table('a,b,c', 50, (i) => `x,${valid(i)},${valid(i)}`)).phoneColumn, 1);
    assert.equal(shape(table('a,b,tel', 50, (i) => `x,${valid(i)},${valid(i)}`)).phoneColumn, 2);
  });

  it('reads on past a named column that a later one beats', () => {
    // "phone" holds a number in half its rows, "b" in every row: b wins, read after phone.
    const text = table('phone,a,b', 60, (i) => `${i % 2 === 0 ? valid(i) : 'n/a'},x,${valid(i)}`);
    assert.equal(shape(text).phoneColumn, 2);
    // Two columns whose first `a` and first `b` of 100 rows hold a number: the column chosen.
    const pick = (header: string, a: number, b: number): number =>
      run(table(header, 100, (i) => `${i < a ? valid(i) : ''},${i < b ? valid(i) : ''}`)).dialect
        .phoneColumn;
    // One number short of the named column's rate plus its bonus: the named column wins.
    assert.equal(pick('b,phone', 96, 92), 1);
    assert.equal(pick('b,phone', 97, 91), 0);
    // Two named columns: the second's misses pass the first's score, its own bonus does not.
    assert.equal(pick('phone,tel', 90, 92), 1);
  });

  it('takes the country column of the best rate over 80%, a column named so first', () => {
    const codes = (i: number, share: number): string => (i % 100 < share ? 'GB' : 'Luis');
    const pick = (header: string, a: number, b: number): number =>
      run(table(header, 100, (i) => `${valid(i)},${codes(i, a)},${codes(i, b)}`)).dialect
        .countryColumn;
    assert.equal(pick('phone,x,y', 79, 85), 2);
    assert.equal(pick('phone,x,y', 85, 79), 1);
    assert.equal(pick('phone,x,y', 90, 90), 1);
    assert.equal(pick('phone,x,country', 95, 80), 2);
    assert.equal(pick('phone,x,y', 79, 79), -1);
  });
});
