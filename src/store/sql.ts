/**
 * `ringfence sql`: DuckDB over the store, one view per leak (its rows.parquet, named after the
 * leak) and a `leaks` view of the catalogue. A leak without rows (ingested with --no-rows, or
 * derived) has no view: a query naming it fails with LEAK_HAS_NO_ROWS, not DuckDB's catalog error.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RingfenceError, isRingfenceError } from '../errors.js';
import type { LeakStore } from './store.js';

export interface SqlResult {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

/** A DuckDB failure as SQL_ERROR, with the first line of DuckDB's message as the reason. */
export function sqlError(error: unknown): RingfenceError {
  if (isRingfenceError(error)) return error;
  return new RingfenceError(
    'SQL_ERROR',
    { reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) },
    { cause: error },
  );
}

/**
 * LEAK_HAS_NO_ROWS when DuckDB's "Table with name X does not exist" names a leak of the store
 * that has no rows table: the leak exists, only its rows were never written.
 */
function missingRows(error: unknown, rowless: ReadonlySet<string>): RingfenceError | null {
  if (!(error instanceof Error) || rowless.size === 0) return null;
  const missing = /Table with name (.+?) does not exist/.exec(error.message)?.[1]?.toLowerCase();
  if (missing === undefined || !rowless.has(missing)) return null;
  return new RingfenceError('LEAK_HAS_NO_ROWS', { name: missing }, { cause: error });
}

export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function identifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export async function runSql(store: LeakStore, query: string): Promise<SqlResult> {
  // Loaded here, not at the top: DuckDB's native library takes ~0.3 s to load, which every
  // command importing the store would pay.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: '2GB' });
  const connection = await instance.connect();
  const catalogueFile = join(tmpdir(), `ringfence-leaks-${process.pid}-${Date.now()}.json`);
  // Leaks without a rows.parquet (ingested with --no-rows, derived): they have no view.
  const rowless = new Set<string>();
  try {
    const catalogue = store.names().map((name) => {
      const m = store.manifest(name);
      return {
        name: m.name,
        title: m.title,
        source: m.source,
        breach_date: m.breachDate,
        added_date: m.addedDate,
        rows: m.counts.rows,
        accepted: m.counts.accepted,
        rejected: m.counts.rejected,
        unique: m.counts.unique,
        countries: m.counts.countries,
      };
    });
    writeFileSync(catalogueFile, JSON.stringify(catalogue));
    await connection.run(
      catalogue.length === 0
        ? 'CREATE TEMP TABLE leaks (name VARCHAR, title VARCHAR, "unique" BIGINT)'
        : `CREATE TEMP TABLE leaks AS SELECT * FROM read_json(${sqlString(catalogueFile)})`,
    );
    for (const name of store.names()) {
      const parquet = join(store.leakDir(name), 'rows.parquet');
      if (existsSync(parquet))
        await connection.run(
          `CREATE TEMP VIEW ${identifier(name)} AS SELECT * FROM read_parquet(${sqlString(parquet)})`,
        );
      else rowless.add(name);
    }
    const reader = await connection.runAndReadAll(query);
    return {
      columns: reader.columnNames(),
      rows: reader.getRowsJson(),
    };
  } catch (error) {
    throw missingRows(error, rowless) ?? sqlError(error);
  } finally {
    rmSync(catalogueFile, { force: true });
    connection.closeSync();
    instance.closeSync();
  }
}
