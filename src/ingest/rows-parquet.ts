/**
 * rows.parquet: the normaliser writes accepted rows as CSV (our columns, then the original
 * record), and DuckDB turns them into one Parquet file, with absolute line numbers restored from
 * the chunk table. Parquet is what DuckDB, Spark, Trino and ClickHouse all read.
 *
 * The rows CSV is ours, not the dump's: every line ends in LF, has exactly our columns, and any
 * field holding a `"` or a CR is quoted with its quotes doubled (chunk.ts, writeRows). So
 * read_csv runs strict (strict_mode, no null padding, LF as the only line end): a line it cannot
 * read is a bug to hear about, not a row to drop. Lines stay under max_line_size because the
 * normaliser rejects records over MAX_RECORD_BYTES as malformed. A JSON Lines record is JSON to
 * JavaScript's parser but may not be to DuckDB's (a lone surrogate escape, "\ud800"): it is read
 * as text and kept as a JSON string when DuckDB cannot read it as JSON.
 */
import { sqlError, sqlString } from '../store/index.js';
import type { Dialect } from './dialect.js';
import { MAX_RECORD_BYTES } from './records.js';

export interface RowsSource {
  /** The rows files of one input file (one per normaliser thread). */
  readonly paths: readonly string[];
  readonly dialect: Dialect;
  /** The input file's name, for the `file` column. */
  readonly file: string;
}

const OWN_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['chunk', 'INTEGER'],
  ['line', 'BIGINT'],
  ['e164', 'VARCHAR'],
  ['region', 'VARCHAR'],
  ['line_type', 'VARCHAR'],
  ['valid', 'BOOLEAN'],
];

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
    ...sourceColumnNames(source.dialect).map((name) => [name, 'VARCHAR'] as const),
  ];
  const spec = columns.map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`).join(', ');
  const delimiter =
    source.dialect.kind === 'delimited' ? String.fromCharCode(source.dialect.delimiter) : ',';
  // A line: our columns (under 128 bytes), then the record, each byte at most doubled, plus a
  // delimiter and two quotes per column. DuckDB's default (2 MB) is kept when that is enough.
  const maxLine = Math.max(2_000_000, 128 + 2 * MAX_RECORD_BYTES + 3 * columns.length);
  const paths = `[${source.paths.map(sqlString).join(', ')}]`;
  return `SELECT * FROM read_csv(${paths}, delim=${sqlString(delimiter)}, quote='"', escape='"', new_line='\\n', header=false, auto_detect=false, strict_mode=true, null_padding=false, max_line_size=${maxLine}, columns={${spec}})`;
}

const PROGRESS_POLL_MS = 200;

/**
 * Writes rows.parquet from the normaliser's row files. `firstLines[c]` is the number of input
 * lines before chunk c, so that line = firstLines[chunk] + the line within the chunk (a list
 * lookup, which DuckDB evaluates per vector: faster than a join). `onProgress` hears DuckDB's
 * estimate of the share written, a few times a second.
 */
export async function writeRowsParquet(
  sources: readonly RowsSource[],
  firstLines: readonly number[],
  out: string,
  onProgress?: (fraction: number) => void,
): Promise<void> {
  // Row order is not kept (rows carry their file and line), which lets DuckDB write in
  // parallel. Its memory limit: at 1 GB it spills and takes twice as long; at 1.6 GB the
  // ingest's peak RSS passed 2 GiB on 100M rows; 1.2 GB does neither.
  // Loaded here: an ingest with --no-rows never pays the ~0.3 s of loading DuckDB.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: '1200MB',
    preserve_insertion_order: 'false',
  });
  const connection = await instance.connect();
  let poll: NodeJS.Timeout | undefined;
  try {
    if (onProgress !== undefined) {
      // COPY reports nothing until it ends; DuckDB's query progress (its estimate of the work
      // done, -1 before it has one) can be read from another thread while it runs.
      await connection.run('SET enable_progress_bar = true; SET enable_progress_bar_print = false');
      poll = setInterval(() => {
        const { percentage } = connection.progress;
        if (percentage >= 0) onProgress(Math.min(percentage, 100) / 100);
      }, PROGRESS_POLL_MS);
      poll.unref();
    }
    const lines = `[${firstLines.join(',')}]`;
    const parts = sources.map((source) => {
      const json =
        source.dialect.kind === 'jsonl'
          ? ' REPLACE (COALESCE(TRY_CAST(r.data AS JSON), to_json(r.data)) AS data)'
          : '';
      return `SELECT ${sqlString(source.file)} AS file, ${lines}[r.chunk + 1] + r.line AS line, r.* EXCLUDE (chunk, line)${json} FROM (${readRowsSql(source)}) r`;
    });
    const query =
      parts.length === 0 ? 'SELECT NULL AS e164 WHERE false' : parts.join(' UNION ALL BY NAME ');
    // zstd at level 1, in DuckDB's own row groups (122,880 rows): on 5M rows of the bench dump
    // 3.3 s and 128 MB, where level 3 in row groups of a million took 5.2 s and 133 MB (fewer
    // groups to write in parallel, and no smaller for it).
    await connection.run(
      `COPY (${query}) TO ${sqlString(out)} (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 1)`,
    );
  } catch (error) {
    throw sqlError(error);
  } finally {
    clearInterval(poll);
    connection.closeSync();
    instance.closeSync();
  }
}
