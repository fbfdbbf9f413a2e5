/**
 * A chunk's rows (the pages a normaliser thread made for rows.parquet) read back as rows: put in
 * a Parquet file by RowsFile, as an ingest does, and read by hyparquet, which shares no code
 * with our writer. Each row in the file's column order: file, line, e164, region, line_type,
 * valid, then the record's columns.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { Dialect } from '../../src/ingest/dialect.js';
import { DEFAULT_ROWS_CODEC, RowsFile, type ChunkRows } from '../../src/ingest/rows.js';
import { defaultPhoneEngine } from '../../src/phone/index.js';

export type Cell = string | number | boolean | null;

let files = 0;

export async function readChunkRows(rows: ChunkRows | null, dialect: Dialect): Promise<Cell[][]> {
  if (rows === null) return [];
  const path = join(tmpdir(), `rf-chunk-rows-${process.pid}-${files++}.parquet`);
  try {
    const file = new RowsFile(path, defaultPhoneEngine().regionIds, DEFAULT_ROWS_CODEC, 'test');
    file.startFile('chunk', dialect);
    file.add(rows, 0);
    file.close();
    const bytes = readFileSync(path);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    const read = await parquetReadObjects({ file: buffer, compressors, utf8: true });
    return read.map((row) =>
      Object.values(row).map((v) => (typeof v === 'bigint' ? Number(v) : (v as Cell))),
    );
  } finally {
    rmSync(path, { force: true });
  }
}
