import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { sqlString } from '../store/index.js';
import { PHONE_TYPES } from '../phone/index.js';
import { wasmAvailable } from '../wasm.js';
import type { Dialect } from './dialect.js';
import { RowsEncoder, RowsFile, type ChunkRows } from './rows.js';

const dialect: Dialect = {
  kind: 'delimited',
  delimiter: 44,
  header: true,
  columns: ['phone', 'name'],
  phoneColumn: 0,
  countryColumn: -1,
};
const REGIONS = ['GB', 'FR'];

describe('RowsFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rf-rows-'));
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** A chunk's rows as a thread makes them: numbers +4474001xxxxx, a name per row. */
  const chunk = (encoder: RowsEncoder, names: readonly string[], first: number): ChunkRows => {
    encoder.reset();
    names.forEach((name, i) => {
      const national = 7_400_100_000 + first + i;
      encoder.number(i + 1, 44, 10, Math.floor(national / 1e9), national % 1e9, 0, 2, true);
      const phone = Buffer.from(`+44${national}`);
      encoder.field(0, phone, 0, phone.length, false);
      const bytes = Buffer.from(name);
      encoder.field(1, bytes, 0, bytes.length, false);
    });
    return encoder.finish('brotli')!;
  };

  it('puts a chunk with dictionaries of its own in a row group alone, the others together', async () => {
    assert.equal(wasmAvailable('dictionary'), true, 'dist/wasm/dictionary.wasm (npm run build)');
    const encoder = new RowsEncoder(2, REGIONS.length);
    const unique = (n: number, tag: string): string[] =>
      Array.from({ length: n }, (_, i) => `${tag} ${i}`);
    const repeated = Array.from({ length: 5000 }, (_, i) => ['Ann', 'Bo', 'Zoë'][i % 3]!);
    const chunks = [
      { names: unique(10, 'a'), dictionary: false },
      { names: repeated, dictionary: true },
      { names: unique(10, 'c'), dictionary: false },
      { names: unique(10, 'd'), dictionary: false },
    ];
    const path = join(dir, 'rows.parquet');
    const file = new RowsFile(path, REGIONS, 'brotli', 'ringfence test');
    file.startFile('dump.csv', dialect);
    const want: unknown[][] = [];
    let lines = 0;
    for (const { names, dictionary } of chunks) {
      const rows = chunk(encoder, names, want.length);
      // The name column has a dictionary page first when its values repeat.
      assert.equal(rows.columns[5]!.length, dictionary ? 2 : 1);
      names.forEach((name, i) => {
        const national = 7_400_100_000 + want.length;
        want.push([lines + i + 1, `+44${national}`, 'GB', name]);
      });
      file.add(rows, lines);
      lines += names.length;
    }
    assert.equal(file.close().rows, want.length);

    const duck = await DuckDBInstance.create(':memory:');
    const connection = await duck.connect();
    try {
      const read = async (sql: string): Promise<unknown[][]> =>
        (await connection.runAndReadAll(sql)).getRows();
      const got = await read(
        `SELECT line::INTEGER, e164, region, name FROM read_parquet(${sqlString(path)})`,
      );
      assert.deepEqual(got, want);
      const groups = await read(
        `SELECT DISTINCT row_group_id, row_group_num_rows::INTEGER FROM parquet_metadata(${sqlString(path)}) ORDER BY 1`,
      );
      assert.deepEqual(
        groups.map((g) => g[1]),
        [10, 5000, 20],
      );
    } finally {
      connection.closeSync();
      duck.closeSync();
    }
  });

  it('writes each number as added: its E.164 text, line, region, line type and validity', async () => {
    // Calling codes of 1 to 3 digits, national numbers of 1 to 17 digits (some all zeros or
    // nines), regions in the list or not (null), types or none, lines with gaps; a row count
    // that is no multiple of 8.
    const codes = [1, 7, 44, 52, 380, 966];
    const encoder = new RowsEncoder(2, REGIONS.length);
    encoder.reset();
    const want: unknown[][] = [];
    let line = 0;
    for (let length = 1; length <= 17; length++) {
      codes.forEach((cc, c) => {
        for (const kind of ['zeros', 'nines', 'mixed'] as const) {
          const digits =
            kind === 'zeros'
              ? '0'.repeat(length)
              : kind === 'nines'
                ? '9'.repeat(length)
                : Array.from({ length }, (_, k) => String((k * 7 + c + length) % 10)).join('');
          const national = BigInt(digits);
          const high = Number(national / 1_000_000_000n);
          const low = Number(national % 1_000_000_000n);
          const region = (length + c) % 4 === 3 ? REGIONS.length : ((length + c) % 4) - 1;
          const type = (length * 3 + c) % (PHONE_TYPES.length + 1);
          const valid = (length + c) % 3 !== 0;
          line += 1 + (length % 3);
          encoder.number(line, cc, length, high, low, region, type, valid);
          const name = Buffer.from(`n${want.length}`);
          encoder.field(0, name, 0, name.length, false);
          encoder.null(1);
          want.push([
            line,
            `+${cc}${digits}`,
            region >= 0 && region < REGIONS.length ? REGIONS[region]! : null,
            type === 0 ? null : PHONE_TYPES[type - 1]!,
            valid,
          ]);
        }
      });
    }
    assert.notEqual(want.length % 8, 0);
    const rows = encoder.finish('gzip')!;
    assert.equal(rows.rows, want.length);
    const path = join(dir, 'numbers.parquet');
    const file = new RowsFile(path, REGIONS, 'gzip', 'ringfence test');
    file.startFile('dump.csv', dialect);
    file.add(rows, 0);
    file.close();

    const duck = await DuckDBInstance.create(':memory:');
    const connection = await duck.connect();
    try {
      const got = (
        await connection.runAndReadAll(
          `SELECT line::INTEGER, e164, region, line_type, valid FROM read_parquet(${sqlString(path)})`,
        )
      ).getRows();
      assert.deepEqual(got, want);
    } finally {
      connection.closeSync();
      duck.closeSync();
    }
  });
});
