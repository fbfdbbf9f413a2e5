/**
 * Files written by ParquetWriter read back by two readers that share no code with it or with
 * each other: DuckDB (C++, what `ringfence sql` uses) and hyparquet (JavaScript), value for
 * value, on random columns of every kind the writer makes, in every codec.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { Sfc32 } from '../random.js';
import { sqlString } from '../store/index.js';
import {
  BooleanColumn,
  Codec,
  DeltaColumn,
  DictionaryEncoder,
  IndexColumn,
  ParquetWriter,
  TextColumn,
  deltaPage,
  dictionaryPage,
  plainByteArrays,
  type ColumnChunk,
  type Page,
} from './index.js';

const encoder = new TextEncoder();
const WORDS = ['', 'Ann', 'Zoë', 'São Paulo', '"quoted"', 'a,b', 'line\nbreak', '東京', '🙂'];
const DICTIONARY = ['GB', 'FR', 'EG', 'JP', 'MX', 'SA', 'US', 'DE', 'IN'];

interface Row {
  line: number;
  name: string | null;
  label: string;
  region: string | null;
  valid: boolean;
  data: string | null;
}

function randomText(random: Sfc32): string {
  const n = random.u32() % 4;
  if (n === 3) return 'x'.repeat(20 + (random.u32() % 200)); // past the byte loop's 24
  return WORDS[random.u32() % WORDS.length]!;
}

/** `count` random rows, lines from `firstLine` up by 0, 1 or a gap (as rows of a dump go). */
function randomRows(random: Sfc32, count: number, firstLine: number): Row[] {
  const rows: Row[] = [];
  let line = firstLine;
  for (let i = 0; i < count; i++) {
    const name = randomText(random);
    const region = random.u32() % 5 === 0 ? null : DICTIONARY[random.u32() % DICTIONARY.length]!;
    rows.push({
      line,
      name: name === '' ? null : name,
      label: randomText(random),
      region,
      valid: random.u32() % 3 !== 0,
      data: random.u32() % 4 === 0 ? null : JSON.stringify({ n: i, s: randomText(random) }),
    });
    const step = random.u32() % 10;
    line += step < 3 ? 0 : step < 9 ? 1 : 1 + (random.u32() % 100_000);
  }
  return rows;
}

/** One page per column of `rows`, as a normaliser thread makes them. */
function pagesOf(rows: readonly Row[], codec: Codec): { line: Page; rest: Page[] } {
  const line = new DeltaColumn();
  const name = new TextColumn(true);
  const label = new TextColumn(false);
  const region = new IndexColumn(true, DICTIONARY.length);
  const valid = new BooleanColumn();
  const data = new TextColumn(true);
  const base = rows[0]!.line;
  for (const row of rows) {
    line.add(row.line - base);
    const n = Buffer.from(row.name ?? '');
    name.add(n, 0, n.length);
    label.addBytes(encoder.encode(row.label));
    if (row.region === null) region.addNull();
    else region.add(DICTIONARY.indexOf(row.region));
    valid.add(row.valid);
    if (row.data === null) data.addNull();
    else data.addBytes(encoder.encode(row.data));
  }
  return {
    // The first value is given only now, as the main thread gives a chunk its first line.
    line: deltaPage(base + line.first, line.count, line.blocks()),
    rest: [
      name.page(codec),
      label.page(codec),
      region.page(codec),
      valid.page(codec),
      data.page(codec),
    ],
  };
}

describe('ParquetWriter', () => {
  let dir: string;
  let duck: DuckDBInstance;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rf-parquet-'));
    duck = await DuckDBInstance.create(':memory:');
  });
  after(() => {
    duck.closeSync();
    rmSync(dir, { recursive: true, force: true });
  });

  async function duckRows(path: string, select: string): Promise<unknown[][]> {
    const connection = await duck.connect();
    try {
      const result = await connection.runAndReadAll(
        `SELECT ${select} FROM read_parquet(${sqlString(path)})`,
      );
      return result.getRows();
    } finally {
      connection.closeSync();
    }
  }

  async function hyRows(path: string): Promise<Record<string, unknown>[]> {
    const bytes = readFileSync(path);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    return parquetReadObjects({ file, compressors, utf8: true });
  }

  for (const [codecName, codec] of [
    ['uncompressed', Codec.UNCOMPRESSED],
    ['gzip', Codec.GZIP],
    ['brotli', Codec.BROTLI],
  ] as const)
    it(`writes every kind of column, several pages and row groups (${codecName})`, async () => {
      const random = new Sfc32([7, codec, 3, 9]);
      const path = join(dir, `all-${codecName}.parquet`);
      const writer = ParquetWriter.create(path, 'ringfence test');
      const columns = [
        writer.column({ name: 'line', kind: 'int64', optional: false }),
        writer.column({ name: 'name', kind: 'text', optional: true }),
        writer.column({ name: 'label', kind: 'text', optional: false }),
        writer.column({ name: 'region', kind: 'text', optional: true }),
        writer.column({ name: 'valid', kind: 'boolean', optional: false }),
        writer.column({ name: 'data', kind: 'json', optional: true }),
      ];
      assert.deepEqual(columns, [0, 1, 2, 3, 4, 5]);
      const dictionary = dictionaryPage(
        codec,
        plainByteArrays(DICTIONARY.map((d) => encoder.encode(d))),
        DICTIONARY.length,
      );
      const all: Row[] = [];
      // Row groups of 1 to 3 pages per column; page sizes across block and miniblock bounds.
      for (const sizes of [[1], [129, 2], [1000, 33, 4096], [127]]) {
        const groupPages: { line: Page; rest: Page[] }[] = [];
        for (const size of sizes) {
          const rows = randomRows(random, size, 1 + (all.at(-1)?.line ?? 0));
          all.push(...rows);
          groupPages.push(pagesOf(rows, codec));
        }
        const chunk = (pages: Page[], c: Codec = codec): ColumnChunk => ({ codec: c, pages });
        writer.writeRowGroup(
          sizes.reduce((a, b) => a + b, 0),
          [
            chunk(
              groupPages.map((p) => p.line),
              Codec.UNCOMPRESSED,
            ),
            chunk(groupPages.map((p) => p.rest[0]!)),
            chunk(groupPages.map((p) => p.rest[1]!)),
            chunk([dictionary, ...groupPages.map((p) => p.rest[2]!)]),
            chunk(groupPages.map((p) => p.rest[3]!)),
            chunk(groupPages.map((p) => p.rest[4]!)),
          ],
        );
      }
      assert.deepEqual(writer.close().rows, all.length);

      const want = all.map((r) => [r.line, r.name, r.label, r.region, r.valid, r.data]);
      const got = await duckRows(
        path,
        'line::DOUBLE, name, label, region, valid, data::VARCHAR, typeof(data), typeof(line)',
      );
      assert.deepEqual(
        got.map((r) => r.slice(0, 6)),
        want,
      );
      assert.ok(got.every((r) => r[6] === 'JSON' && r[7] === 'BIGINT'));
      const hy = await hyRows(path);
      assert.deepEqual(
        hy.map((r) => [
          Number(r.line),
          r.name,
          r.label,
          r.region,
          r.valid,
          r.data === null ? null : JSON.stringify(r.data),
        ]),
        want,
      );
    });

  it('gives a column declared later nulls in earlier row groups, matching names by case', async () => {
    const path = join(dir, 'union.parquet');
    const writer = ParquetWriter.create(path, 'ringfence test');
    const text = (values: (string | null)[], optional = true): ColumnChunk => {
      const column = new TextColumn(optional);
      for (const v of values) {
        if (v === null) column.addNull();
        else column.addBytes(encoder.encode(v));
      }
      return { codec: Codec.GZIP, pages: [column.page(Codec.GZIP)] };
    };
    const id = writer.column({ name: 'id', kind: 'text', optional: false });
    const a = writer.column({ name: 'Email', kind: 'text', optional: true });
    writer.writeRowGroup(2, [text(['1', '2'], false), text(['a@x', null])]);
    // A second file: no Email column, a `city` one, and `EMAIL` in JSON (plain text wins).
    const city = writer.column({ name: 'city', kind: 'text', optional: true });
    assert.equal(writer.column({ name: 'EMAIL', kind: 'json', optional: true }), a);
    assert.equal(writer.column({ name: 'ID', kind: 'text', optional: false }), id);
    const chunks: (ColumnChunk | undefined)[] = [];
    chunks[id] = text(['3', '4', '5'], false);
    chunks[city] = text(['Cairo', null, 'Lyon']);
    writer.writeRowGroup(3, chunks);
    // Sixteen more columns: the schema list past 15 entries, in its long form.
    for (let i = 0; i < 16; i++)
      writer.column({ name: `extra_${i}`, kind: 'text', optional: true });
    writer.writeRowGroup(1, [text(['6'], false)]);
    writer.close();

    const got = await duckRows(path, 'id, Email, city, extra_15');
    assert.deepEqual(got, [
      ['1', 'a@x', null, null],
      ['2', null, null, null],
      ['3', null, 'Cairo', null],
      ['4', null, null, null],
      ['5', null, 'Lyon', null],
      ['6', null, null, null],
    ]);
    const types = await duckRows(path, 'typeof(Email), typeof(city)');
    assert.deepEqual(types[0], ['VARCHAR', 'VARCHAR']);
    const hy = await hyRows(path);
    assert.deepEqual(
      hy.map((r) => [r.id, r.Email, r.city, r.extra_15]),
      got,
    );
  });

  it('writes the edge cases: all-null pages, empty strings, one row, wide gaps, deltas down', async () => {
    const path = join(dir, 'edges.parquet');
    const writer = ParquetWriter.create(path, 'ringfence test');
    writer.column({ name: 'n', kind: 'int64', optional: false });
    writer.column({ name: 'opt', kind: 'text', optional: true });
    writer.column({ name: 'req', kind: 'text', optional: false });
    writer.column({ name: 'idx', kind: 'text', optional: true });
    const dictionary = dictionaryPage(
      Codec.BROTLI,
      plainByteArrays(DICTIONARY.map((d) => encoder.encode(d))),
      DICTIONARY.length,
    );
    const want: unknown[][] = [];
    // Values of `n` going up by a gap of 2^22 and down again (DeltaColumn takes spreads below 2^24).
    const groups: number[][] = [[7], [0, 0, 0], [5, (1 << 22) + 5, 3, -2, 40, 40, 41]];
    for (const values of groups) {
      const n = new DeltaColumn();
      const opt = new TextColumn(true);
      const req = new TextColumn(false);
      const idx = new IndexColumn(true, DICTIONARY.length);
      for (const v of values) {
        n.add(v - values[0]!);
        opt.addNull(); // every value null: a page of definition levels only
        req.addBytes(new Uint8Array(0)); // empty strings, not nulls
        idx.addNull();
        want.push([v, null, '', null]);
      }
      writer.writeRowGroup(values.length, [
        {
          codec: Codec.UNCOMPRESSED,
          pages: [deltaPage(values[0]! + n.first, n.count, n.blocks())],
        },
        { codec: Codec.BROTLI, pages: [opt.page(Codec.BROTLI)] },
        { codec: Codec.BROTLI, pages: [req.page(Codec.BROTLI)] },
        { codec: Codec.BROTLI, pages: [dictionary, idx.page(Codec.BROTLI)] },
      ]);
    }
    writer.close();
    assert.deepEqual(await duckRows(path, 'n::DOUBLE, opt, req, idx'), want);
    const hy = await hyRows(path);
    assert.deepEqual(
      hy.map((r) => [Number(r.n), r.opt ?? null, r.req, r.idx ?? null]),
      want,
    );
  });

  it('gives text whose values repeat a dictionary of its own, and reads it back alike', async () => {
    const random = new Sfc32([11, 5, 3, 1]);
    const shuffled = <T>(values: T[]): T[] => {
      for (let i = values.length - 1; i > 0; i--) {
        const j = random.u32() % (i + 1);
        [values[i], values[j]] = [values[j]!, values[i]!];
      }
      return values;
    };
    const range = <T>(n: number, f: (i: number) => T): T[] =>
      Array.from({ length: n }, (_, i) => f(i));
    // Values a byte apart past their first 8 (the module tells those from their bytes), of
    // equal first bytes but other sizes, multi-byte, nulls; then counts past the sample and the
    // most entries.
    const close = [...WORDS, 'abcdefgh1', 'abcdefgh2', 'abcdefgh', 'abcdefg', 'ab', 'ab ', 'x'];
    const cases: { name: string; values: (string | null)[]; dictionary: boolean }[] = [
      {
        name: 'a few values, repeated',
        values: range(5000, () => (random.u32() % 7 === 0 ? null : close[random.u32() % 16]!)),
        dictionary: true,
      },
      {
        // The table grows from 4,096 slots to 65,536 on the way.
        name: '20,000 values three times each',
        values: shuffled(
          range(60_000, (i) => `city ${i % 20_000} ${'z'.repeat((i % 20_000) % 13)}`),
        ),
        dictionary: true,
      },
      {
        // Values of the same first 8 bytes and size, told apart by the rest.
        name: 'values alike in their first bytes',
        values: shuffled(range(9000, (i) => `abcdefgh${i % 3000}`)),
        dictionary: true,
      },
      { name: 'all distinct', values: range(10_000, (i) => `+4474${i}`), dictionary: false },
      {
        name: 'more distinct values than a dictionary holds',
        values: shuffled(range(140_000, (i) => `v${i % 70_000}`)),
        dictionary: false,
      },
      { name: 'too few to pay', values: ['a', 'bb', 'a'], dictionary: false },
    ];
    for (const useModule of [true, false]) {
      const dictionaries = new DictionaryEncoder(useModule);
      const path = join(dir, `dictionary-${useModule}.parquet`);
      const writer = ParquetWriter.create(path, 'ringfence test');
      writer.column({ name: 'v', kind: 'text', optional: true });
      const want: unknown[][] = [];
      for (const { name, values, dictionary } of cases) {
        const column = new TextColumn(true);
        for (const v of values) {
          if (v === null) column.addNull();
          else column.addBytes(encoder.encode(v));
          want.push([v === '' ? null : v]); // an empty value in an optional column is null
        }
        const pages = dictionaries.pages(Codec.BROTLI, column.plainBody(), values.length);
        const expected = useModule && dictionary;
        assert.equal(pages.length, expected ? 2 : 1, name);
        assert.equal(pages[0]!.dictionary, expected, name);
        assert.equal(pages.at(-1)!.values, values.length, name);
        writer.writeRowGroup(values.length, [{ codec: Codec.BROTLI, pages }]);
      }
      writer.close();
      assert.deepEqual(await duckRows(path, 'v'), want);
      const hy = await hyRows(path);
      assert.deepEqual(
        hy.map((r) => [r.v ?? null]),
        want,
      );
    }
  });

  it('makes the same pages from values added all at once as one by one', () => {
    const random = new Sfc32([0x5eed, 1, 2, 3]);
    for (const count of [0, 1, 7, 8, 9, 15, 16, 17, 1000, 20_000]) {
      // Indexes below the dictionary's size, or -1 for null; booleans; lines going up unevenly.
      const indexes = Int32Array.from({ length: count }, () =>
        random.int(4) === 0 ? -1 : random.int(DICTIONARY.length),
      );
      const bits = Uint8Array.from({ length: count }, () => random.int(2));
      let line = 1;
      const lines = Int32Array.from({ length: count }, () => (line += 1 + random.int(3)));
      const one = { index: new IndexColumn(true, DICTIONARY.length), bool: new BooleanColumn() };
      const all = { index: new IndexColumn(true, DICTIONARY.length), bool: new BooleanColumn() };
      const delta = { one: new DeltaColumn(), all: new DeltaColumn() };
      // Reused after a page with more values, as the threads reuse them.
      for (const columns of [one, all]) {
        for (let i = 0; i < 3000; i++) columns.index.add(i % DICTIONARY.length);
        columns.index.reset();
      }
      for (let i = 0; i < count; i++) {
        if (indexes[i]! < 0) one.index.addNull();
        else one.index.add(indexes[i]!);
        one.bool.add(bits[i] !== 0);
        delta.one.add(lines[i]!);
      }
      all.index.addAll(indexes, count);
      all.bool.addAll(bits, count);
      delta.all.addAll(lines, count);
      assert.equal(all.index.count, count);
      assert.deepEqual(
        all.index.page(Codec.UNCOMPRESSED).bytes,
        one.index.page(Codec.UNCOMPRESSED).bytes,
        `indexes, ${count}`,
      );
      assert.deepEqual(
        all.bool.page(Codec.UNCOMPRESSED).bytes,
        one.bool.page(Codec.UNCOMPRESSED).bytes,
        `booleans, ${count}`,
      );
      assert.deepEqual(delta.all.blocks(), delta.one.blocks(), `lines, ${count}`);
    }
    const required = new IndexColumn(false, DICTIONARY.length);
    assert.throws(() => {
      required.addAll(Int32Array.of(1, -1), 2);
    }, /null in a required column/);
    const used = new BooleanColumn();
    used.add(true);
    assert.throws(() => {
      used.addAll(Uint8Array.of(1), 1);
    }, /column with values/);
  });

  it('refuses a row group whose columns disagree on its rows, and a required column missing', () => {
    const writer = ParquetWriter.create(join(dir, 'bad.parquet'), 'ringfence test');
    writer.column({ name: 'id', kind: 'text', optional: false });
    const column = new TextColumn(false);
    column.addBytes(encoder.encode('1'));
    assert.throws(() => {
      writer.writeRowGroup(2, [{ codec: Codec.GZIP, pages: [column.page(Codec.GZIP)] }]);
    }, /has 1 of 2/);
    assert.throws(() => {
      writer.writeRowGroup(1, []);
    }, /required column id has no values/);
    writer.abort();
  });
});
