import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { sqlString } from '../store/index.js';
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
});
