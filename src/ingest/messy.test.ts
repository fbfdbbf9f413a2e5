/**
 * Dumps as they come: other encodings, NUL bytes, old Mac line ends, no header, quotes that never
 * close, several numbers in a cell, JSON arrays, files with nothing to ingest, directories with
 * readme files.
 * Each one is ingested end to end into a real store; rows.parquet is read back with DuckDB.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { after, describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import { LeakStore, runSql } from '../store/index.js';
import { ingest, type IngestOptions } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'ringfence-messy-'));
const store = join(dir, 'store');
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

let files = 0;
function file(bytes: Uint8Array | string, name = `input-${files++}.csv`): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Distinct valid UK mobile numbers: +447400 100000 + i. */
const mobile = (i: number): string => `+447400${String(100000 + i)}`;

function run(input: string, name: string, options: Partial<IngestOptions> = {}) {
  return ingest({ input, name, store, workers: 1, replace: true, ...options });
}

/** Rows of a query on a leak's rows.parquet, named `leak` in the query. */
async function rowsOf(name: string, sql: string): Promise<unknown[][]> {
  const result = await runSql(new LeakStore(store), sql.replace(/\bleak\b/, `"${name}"`));
  return result.rows.map((row) => [...row]);
}

describe('encodings', () => {
  it('reads a Windows-1252 name and a NUL byte, and says so', async () => {
    const lines = ['phone,name'];
    for (let i = 0; i < 100; i++) lines.push(`${mobile(i)},Name ${i}`);
    const text = Buffer.from(lines.join('\n') + '\n', 'latin1');
    // Row 5: "José" in Windows-1252 (0xE9); row 7: a NUL byte inside "Anna".
    const jose = Buffer.from(`${mobile(100)},Jos\xe9\n`, 'latin1');
    const anna = Buffer.from(`${mobile(101)},Ann\0a\n`, 'latin1');
    const input = file(Buffer.concat([text, jose, anna]));
    const summary = await run(input, 'cp1252');
    assert.equal(summary.rows, 102);
    assert.equal(summary.accepted, 102);
    assert.deepEqual(summary.reading.notes, [
      { code: 'REENCODED_LINES', message: '1 line read as Windows-1252', rows: 1 },
      { code: 'NUL_BYTES', message: '1 NUL byte removed', rows: null },
    ]);
    assert.deepEqual(
      await rowsOf(
        'cp1252',
        `SELECT name FROM leak WHERE e164 IN ('${mobile(100)}', '${mobile(101)}') ORDER BY e164`,
      ),
      [['José'], ['Anna']],
    );
  });

  for (const [label, encoding, bom] of [
    ['UTF-16 LE', 'utf16le', [0xff, 0xfe]],
    ['UTF-16 BE', 'utf16be', [0xfe, 0xff]],
  ] as const) {
    it(`reads ${label} with a byte-order mark`, async () => {
      const lines = ['phone,name'];
      for (let i = 0; i < 30; i++) lines.push(`${mobile(i)},Zoë ${i}`);
      const le = Buffer.from(lines.join('\r\n') + '\r\n', 'utf16le');
      if (encoding === 'utf16be') le.swap16();
      const input = file(Buffer.concat([Buffer.from(bom), le]));
      const name = encoding.replace('utf16', 'utf-16-');
      const summary = await run(input, name);
      assert.equal(summary.rows, 30);
      assert.equal(summary.accepted, 30);
      assert.equal(summary.unique, 30);
      assert.deepEqual(summary.reading.notes, [
        { code: 'UTF16', message: `${label} (byte-order mark)`, rows: null },
      ]);
      assert.deepEqual(await rowsOf(name, `SELECT name FROM leak WHERE line = 4`), [['Zoë 2']]);
    });
  }

  it('reads old Mac line ends (CR only)', async () => {
    const lines = ['phone;city'];
    for (let i = 0; i < 50; i++) lines.push(`${mobile(i)};Leeds`);
    const summary = await run(file(lines.join('\r') + '\r'), 'mac');
    assert.equal(summary.rows, 50);
    assert.equal(summary.accepted, 50);
    assert.equal(summary.headerLines, 1);
    assert.deepEqual(summary.reading.notes, [
      { code: 'CR_LINE_ENDS', message: 'old Mac line ends (CR)', rows: null },
    ]);
  });
});

describe('rows that used to be lost', () => {
  it('keeps the first row of a file without a header', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 20; i++) lines.push(`${mobile(i)},John,Smith`);
    const summary = await run(file(lines.join('\n') + '\n'), 'headerless');
    assert.equal(summary.headerLines, 0);
    assert.equal(summary.rows, 20);
    assert.equal(summary.unique, 20);
  });

  it('--header and --no-header override the guess', async () => {
    const text = `${mobile(0)},a\n${mobile(1)},b\n${mobile(2)},c\n`;
    const asHeader = await run(file(text), 'forced-header', { header: true });
    assert.equal(asHeader.headerLines, 1);
    assert.equal(asHeader.rows, 2);
    const asData = await run(file(`phone,name\n${mobile(1)},b\n`), 'forced-data', {
      header: false,
    });
    assert.equal(asData.headerLines, 0);
    assert.equal(asData.rows, 2);
    assert.equal(asData.rejected, 1);
  });

  it('takes a quote that never closes literally: one row, not the rest of the file', async () => {
    const lines = ['phone,name,city'];
    for (let i = 1; i <= 1000; i++)
      lines.push(i === 10 ? `${mobile(i)},"John Smith,London` : `${mobile(i)},Name ${i},Leeds`);
    const summary = await run(file(lines.join('\n') + '\n'), 'open-quote');
    assert.equal(summary.rows, 1000);
    assert.equal(summary.accepted, 1000);
    assert.equal(summary.unique, 1000);
    assert.equal(summary.reading.literalQuotes, 1);
    assert.deepEqual(
      summary.reading.notes.map((n) => [n.code, n.rows]),
      [['LITERAL_QUOTES', 1]],
    );
    assert.deepEqual(await rowsOf('open-quote', 'SELECT count(*)::INTEGER FROM leak'), [[1000]]);
  });

  it('gives each number of a cell that holds several', async () => {
    const text = `phone,name\n"${mobile(1)} / ${mobile(2)}",Two\n${mobile(3)},One\n`;
    const summary = await run(file(text), 'multi');
    assert.equal(summary.rows, 2);
    assert.equal(summary.accepted, 2);
    assert.equal(summary.unique, 3);
    assert.equal(summary.reading.multiNumberRows, 1);
    assert.equal(summary.reading.extraNumbers, 1);
    assert.equal(summary.reading.validNumbers, 3);
    assert.deepEqual(summary.reading.notes, [
      {
        code: 'MULTI_NUMBER_CELLS',
        message:
          '1 row held several numbers in one cell: 1 more number read from them (one line of rows.parquet per number)',
        rows: 1,
      },
    ]);
    assert.equal(summary.duplicates, 0);
    assert.deepEqual(await rowsOf('multi', 'SELECT line::INTEGER, e164 FROM leak ORDER BY e164'), [
      [2, mobile(1)],
      [2, mobile(2)],
      [3, mobile(3)],
    ]);
  });
});

describe('a JSON array', () => {
  it('reads one element per row', async () => {
    const input = file(JSON.stringify([{ phone: mobile(1), name: 'Ann' }, { phone: mobile(2) }]));
    const summary = await run(input, 'json-array');
    assert.equal(summary.rows, 2);
    assert.equal(summary.accepted, 2);
    assert.deepEqual(summary.reading.notes, [
      { code: 'JSON_ARRAY', message: 'a JSON array, read one element per row', rows: 2 },
    ]);
  });

  it('reads a pretty-printed, gzipped one; line numbers are element numbers', async () => {
    const people = [
      { phone: mobile(1), name: 'Ann', tags: ['a', { b: '}' }] },
      { name: 'No phone' },
      { phone: mobile(3), name: 'Cy [x]' },
    ];
    const input = file(gzipSync(JSON.stringify(people, null, 2) + '\n'), 'people.json.gz');
    const summary = await run(input, 'json-array-gz');
    assert.equal(summary.rows, 3);
    assert.equal(summary.accepted, 2);
    assert.equal(summary.rejected, 1);
    assert.deepEqual(
      summary.reading.notes.map((n) => [n.code, n.rows]),
      [['JSON_ARRAY', 3]],
    );
    assert.deepEqual(
      await rowsOf(
        'json-array-gz',
        `SELECT line::INTEGER, e164, data->>'name', json_array_length(data->'tags')::INTEGER FROM leak ORDER BY line`,
      ),
      [
        [1, mobile(1), 'Ann', 2],
        [3, mobile(3), 'Cy [x]', null],
      ],
    );
    const rejects = gunzipSync(
      readFileSync(join(store, 'leaks', 'json-array-gz', 'rejects.jsonl.gz')),
    ).toString();
    assert.deepEqual(
      rejects
        .trim()
        .split('\n')
        .map((line) => {
          const r = JSON.parse(line) as { line: number; code: string };
          return [r.line, r.code];
        }),
      [[2, 'MISSING_FIELD']],
    );
  });
});

describe('nothing to publish', () => {
  const cases: ReadonlyArray<
    readonly [string, string | Uint8Array, Partial<IngestOptions>, string?]
  > = [
    ['an empty file', '', {}],
    ['a header alone', 'phone,name\n', {}],
    [
      'a binary file',
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
      {},
      'UNREADABLE_INPUT',
    ],
    [
      'a zip archive',
      Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(200, 1)]),
      {},
      'UNREADABLE_INPUT',
    ],
    ['an empty JSON array', '[\n]\n', {}],
    [
      'a wrong phone column',
      `phone,name\n${mobile(1)},Ann\n${mobile(2)},Bob\n`,
      { phoneColumn: 'name' },
    ],
  ];
  for (const [label, content, options, code = 'NO_NUMBERS'] of cases)
    it(`${label}: ${code}, and no leak`, async () => {
      const name = `empty-${files}`;
      await assert.rejects(run(file(content), name, options), (error: unknown) => {
        assert.ok(isRingfenceError(error), String(error));
        assert.equal(error.code, code);
        return true;
      });
      assert.equal(new LeakStore(store).has(name), false);
    });

  it('warns when most rows are rejected', async () => {
    const lines = ['phone'];
    for (let i = 0; i < 10; i++) lines.push(i < 3 ? mobile(i) : `not a number ${i}`);
    const summary = await run(file(lines.join('\n') + '\n'), 'mostly-junk');
    assert.equal(summary.rejected, 7);
    assert.deepEqual(summary.reading.warnings, [
      {
        code: 'REJECTED_SHARE',
        message:
          '70% of the rows were rejected (7 of 10): check the phone column and the default region before quoting these figures.',
        rows: 7,
      },
    ]);
  });
});

describe('a directory', () => {
  it('reads its data files only, and lists what it skipped', async () => {
    const root = join(dir, 'archive');
    mkdirSync(join(root, 'docs'), { recursive: true });
    writeFileSync(join(root, 'a.csv'), `phone\n${mobile(1)}\n${mobile(2)}\n`);
    writeFileSync(join(root, 'b.csv.gz'), gzipSync(`phone\n${mobile(3)}\n`));
    writeFileSync(
      join(root, 'readme.md'),
      '# The dump\n\nThis archive holds the numbers that were scraped in 2021 from the site.\n',
    );
    writeFileSync(
      join(root, 'docs', 'logo.png'),
      Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
    );
    writeFileSync(join(root, 'empty.csv'), '');
    const summary = await run(root, 'dir');
    assert.equal(summary.rows, 3);
    assert.equal(summary.unique, 3);
    assert.deepEqual(
      summary.reading.skippedFiles.map((f) => f.path),
      ['docs/logo.png', 'empty.csv', 'readme.md'],
    );
  });
  it('writes the files of different columns into one rows.parquet, by name, in either codec', async () => {
    const root = join(dir, 'mixed');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'a.csv'), `phone,name\n${mobile(1)},Ann\n${mobile(2)},\n`);
    writeFileSync(join(root, 'b.tsv'), `NAME\tPhone\tCity\nBo\t${mobile(3)}\t"Cairo, EG"\n`);
    writeFileSync(
      join(root, 'c.jsonl'),
      `${JSON.stringify({ phone: mobile(4), tags: ['x'] })}\n\n${JSON.stringify({ phone: `${mobile(5)} / ${mobile(6)}` })}\n`,
    );
    const want = [
      ['a.csv', 2, '+447400100001', 'GB', 'MOBILE', true, '+447400100001', 'Ann', null, null],
      ['a.csv', 3, '+447400100002', 'GB', 'MOBILE', true, '+447400100002', null, null, null],
      ['b.tsv', 2, '+447400100003', 'GB', 'MOBILE', true, '+447400100003', 'Bo', 'Cairo, EG', null],
      ['c.jsonl', 1, '+447400100004', 'GB', 'MOBILE', true, null, null, null, '["x"]'],
      ['c.jsonl', 3, '+447400100005', 'GB', 'MOBILE', true, null, null, null, null],
      ['c.jsonl', 3, '+447400100006', 'GB', 'MOBILE', true, null, null, null, null],
    ];
    for (const rowsCodec of ['brotli', 'gzip'] as const) {
      const name = `mixed-${rowsCodec}`;
      const summary = await run(root, name, { rowsCodec });
      assert.equal(summary.accepted, 5);
      const rows = await rowsOf(
        name,
        `SELECT file, line::INTEGER, e164, region, line_type, valid, phone, name, city, to_json(data->'tags')::VARCHAR FROM leak ORDER BY file, line, e164`,
      );
      assert.deepEqual(rows, want, rowsCodec);
      const codecs = await rowsOf(
        name,
        `SELECT DISTINCT compression FROM parquet_metadata('${join(store, 'leaks', name, 'rows.parquet')}') WHERE path_in_schema = 'e164'`,
      );
      assert.deepEqual(codecs, [[rowsCodec === 'brotli' ? 'BROTLI' : 'GZIP']]);
    }
  });
});
