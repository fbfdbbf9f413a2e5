/**
 * rows.parquet: the normaliser writes accepted rows as CSV (our columns, then the original
 * record), and DuckDB turns them into one Parquet file, with absolute line numbers restored from
 * the chunk table. Parquet is what DuckDB, Spark, Trino and ClickHouse all read.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { RingfenceError } from '../errors.js';
import type { Dialect } from './dialect.js';

export interface RowsSource {
  readonly path: string;
  readonly dialect: Dialect;
}

const OWN_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['chunk', 'INTEGER'],
  ['line', 'BIGINT'],
  ['e164', 'VARCHAR'],
  ['region', 'VARCHAR'],
  ['line_type', 'VARCHAR'],
  ['valid', 'BOOLEAN'],
];

/** A DuckDB failure as SQL_ERROR, with the first line of DuckDB's message as the reason. */
export function sqlError(error: unknown): RingfenceError {
  if (error instanceof RingfenceError) return error;
  return new RingfenceError(
    'SQL_ERROR',
    { reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) },
    { cause: error },
  );
}

export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Column names of the original record, made unique and kept apart from ours. */
export function sourceColumnNames(dialect: Dialect): string[] {
  if (dialect.kind === 'text') return [];
  if (dialect.kind === 'jsonl') return ['data'];
  const taken = new Set(OWN_COLUMNS.map(([name]) => name).concat(['file']));
  return dialect.columns.map((raw) => {
    let name = raw.trim() === '' ? 'column' : raw.trim();
    if (taken.has(name.toLowerCase())) name = `source_${name}`;
    let unique = name;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${name}_${n}`;
    taken.add(unique.toLowerCase());
    return unique;
  });
}

function readRowsSql(source: RowsSource): string {
  const columns = [
    ...OWN_COLUMNS,
    ...sourceColumnNames(source.dialect).map(
      (name) => [name, source.dialect.kind === 'jsonl' ? 'JSON' : 'VARCHAR'] as const,
    ),
  ];
  const spec = columns.map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`).join(', ');
  const delimiter =
    source.dialect.kind === 'delimited' ? String.fromCharCode(source.dialect.delimiter) : ',';
  return `SELECT * FROM read_csv(${sqlString(source.path)}, delim=${sqlString(delimiter)}, quote='"', escape='"', header=false, auto_detect=false, columns={${spec}})`;
}

export async function writeRowsParquet(
  sources: readonly RowsSource[],
  chunksCsv: string,
  out: string,
): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: '1GB',
    preserve_insertion_order: 'false',
  });
  const connection = await instance.connect();
  try {
    const chunks = `read_csv(${sqlString(chunksCsv)}, header=true, auto_detect=false, columns={'chunk': 'INTEGER', 'file': 'VARCHAR', 'first_line': 'BIGINT'})`;
    const parts = sources.map(
      (source) =>
        `SELECT c.file, c.first_line + r.line AS line, r.* EXCLUDE (chunk, line) FROM (${readRowsSql(source)}) r JOIN ${chunks} c USING (chunk)`,
    );
    const query =
      parts.length === 0 ? 'SELECT NULL AS e164 WHERE false' : parts.join(' UNION ALL BY NAME ');
    const result = await connection.runAndReadAll(
      `COPY (${query}) TO ${sqlString(out)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1000000)`,
    );
    const rows = result.getRows()[0]?.[0];
    return Number(rows ?? 0);
  } catch (error) {
    throw sqlError(error);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
