/**
 * A Parquet file written row group by row group from pages made elsewhere (column encoders in
 * other threads), then closed with its footer: the schema, and where each column chunk's pages
 * are. Layout: "PAR1", the row groups' column chunks (an optional dictionary page, then data
 * pages), the FileMetaData in thrift's compact protocol, its length (4 bytes, little-endian),
 * "PAR1".
 *
 * The schema grows as columns are declared: a column declared after some row groups were written
 * has no values in them, and gets an all-null chunk for each, written at close (after the last
 * row group: readers find chunks by the offsets in the footer, not by their order). Columns are
 * matched by name without regard to case, as DuckDB's UNION BY NAME does; text declared as JSON
 * in one place and as plain text in another is plain text.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync, writevSync } from 'node:fs';
import { Codec, Encoding, PhysicalType, dataPage, type Page } from './pages.js';
import { CompactWriter, varintSize, writeVarint } from './thrift.js';

export type ColumnKind = 'text' | 'json' | 'int64' | 'boolean';

export interface ColumnDeclaration {
  readonly name: string;
  readonly kind: ColumnKind;
  /** Nullable; a column added after the first row group must be. */
  readonly optional: boolean;
}

/** One column's pages in one row group: a dictionary page first when the values use one. */
export interface ColumnChunk {
  readonly codec: Codec;
  readonly pages: readonly Page[];
}

interface ChunkPlace {
  readonly codec: Codec;
  readonly encodings: readonly number[];
  readonly start: number;
  readonly dataStart: number;
  readonly dictionary: boolean;
  readonly values: number;
  readonly uncompressed: number;
  readonly compressed: number;
}

interface Column {
  name: string;
  kind: ColumnKind;
  readonly optional: boolean;
}

const MAGIC = Buffer.from('PAR1');
// Converted types, for readers older than logical types.
const CONVERTED_UTF8 = 0;
const CONVERTED_JSON = 19;
// LogicalType union members.
const LOGICAL_STRING = 1;
const LOGICAL_JSON = 12;
const REQUIRED = 0;
const OPTIONAL = 1;
/** writev takes at most IOV_MAX (1,024 on Linux) buffers. */
const WRITEV_BATCH = 1000;

export class ParquetWriter {
  private readonly columns: Column[] = [];
  private readonly byName = new Map<string, number>();
  private readonly groups: { rows: number; chunks: (ChunkPlace | undefined)[] }[] = [];
  private offset = 0;
  private rows = 0;
  private closed = false;
  /** SHA-256 of the bytes written, as they are written: no second reading of the file. */
  private readonly hash: Hash = createHash('sha256');

  private constructor(
    private readonly fd: number,
    private readonly createdBy: string,
  ) {
    this.write([MAGIC]);
  }

  static create(path: string, createdBy: string): ParquetWriter {
    return new ParquetWriter(openSync(path, 'w'), createdBy);
  }

  /** The column's number, declaring it if it is new (see the note at the top). */
  column(declaration: ColumnDeclaration): number {
    const key = declaration.name.toLowerCase();
    const known = this.byName.get(key);
    if (known !== undefined) {
      const column = this.columns[known]!;
      if (column.kind !== declaration.kind) {
        const texts = (k: ColumnKind): boolean => k === 'text' || k === 'json';
        if (!texts(column.kind) || !texts(declaration.kind))
          throw new Error(`ParquetWriter: column ${declaration.name} declared as two types`);
        column.kind = 'text';
      }
      return known;
    }
    if (this.groups.length > 0 && !declaration.optional)
      throw new Error(`ParquetWriter: required column ${declaration.name} after the first rows`);
    this.columns.push({ ...declaration });
    this.byName.set(key, this.columns.length - 1);
    return this.columns.length - 1;
  }

  /**
   * Writes a row group of `rows` rows: `chunks[c]` is column c's chunk, undefined for an
   * optional column without values here (its chunk is all null).
   */
  writeRowGroup(rows: number, chunks: readonly (ColumnChunk | undefined)[]): void {
    if (rows === 0) return;
    const places: (ChunkPlace | undefined)[] = [];
    const buffers: Uint8Array[] = [];
    let at = this.offset;
    for (let c = 0; c < this.columns.length; c++) {
      const chunk = chunks[c] ?? this.nullChunk(c, rows);
      const place = this.place(chunk, at);
      if (place.values !== rows)
        throw new Error(
          `ParquetWriter: column ${this.columns[c]!.name} has ${place.values} of ${rows}`,
        );
      places.push(place);
      at += place.compressed;
      for (const page of chunk.pages) buffers.push(page.bytes);
    }
    this.write(buffers);
    this.groups.push({ rows, chunks: places });
    this.rows += rows;
  }

  /** Writes the all-null chunks still owed and the footer; returns the file's rows, size, hash. */
  close(): { rows: number; bytes: number; sha256: string } {
    for (const group of this.groups)
      for (let c = 0; c < this.columns.length; c++) {
        if (group.chunks[c] !== undefined) continue;
        const chunk = this.nullChunk(c, group.rows);
        group.chunks[c] = this.place(chunk, this.offset);
        this.write(chunk.pages.map((p) => p.bytes));
      }
    const footer = this.footer();
    const length = Buffer.alloc(4);
    length.writeUInt32LE(footer.length);
    this.write([footer, length, MAGIC]);
    closeSync(this.fd);
    this.closed = true;
    return { rows: this.rows, bytes: this.offset, sha256: this.hash.digest('hex') };
  }

  /** Closes the file without a footer (the caller removes it). */
  abort(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }

  private nullChunk(c: number, rows: number): ColumnChunk {
    const column = this.columns[c]!;
    if (!column.optional)
      throw new Error(`ParquetWriter: required column ${column.name} has no values`);
    const body = nullLevels(rows);
    return {
      codec: Codec.UNCOMPRESSED,
      pages: [dataPage(Codec.UNCOMPRESSED, body, rows, Encoding.PLAIN)],
    };
  }

  private place(chunk: ColumnChunk, start: number): ChunkPlace {
    let uncompressed = 0;
    let compressed = 0;
    let dictionary = false;
    let values = 0;
    const encodings = new Set<number>([Encoding.RLE]);
    for (const page of chunk.pages) {
      uncompressed += page.uncompressed;
      compressed += page.bytes.length;
      encodings.add(page.encoding);
      if (page.dictionary) dictionary = true;
      else values += page.values;
    }
    const first = chunk.pages[0];
    const dataStart = start + (dictionary && first !== undefined ? first.bytes.length : 0);
    return {
      codec: chunk.codec,
      encodings: [...encodings].sort((a, b) => a - b),
      start,
      dataStart,
      dictionary,
      values,
      uncompressed,
      compressed,
    };
  }

  private footer(): Uint8Array {
    const w = new CompactWriter();
    w.i32(1, 1); // version
    w.structList(2, [null, ...this.columns], (s, column) => {
      if (column === null) {
        s.binary(4, 'schema').i32(5, this.columns.length);
        return;
      }
      s.i32(1, physicalType(column.kind));
      s.i32(3, column.optional ? OPTIONAL : REQUIRED);
      s.binary(4, column.name);
      if (column.kind === 'text' || column.kind === 'json') {
        const json = column.kind === 'json';
        s.i32(6, json ? CONVERTED_JSON : CONVERTED_UTF8);
        s.struct(10, (l) => l.struct(json ? LOGICAL_JSON : LOGICAL_STRING, () => undefined));
      }
    });
    w.i64(3, this.rows);
    w.structList(4, this.groups, (g, group) => {
      const places = group.chunks as ChunkPlace[];
      g.structList(1, places, (cc, place, c) => {
        const column = this.columns[c]!;
        cc.i64(2, place.start);
        cc.struct(3, (m) => {
          m.i32(1, physicalType(column.kind));
          m.i32List(2, place.encodings);
          m.binaryList(3, [column.name]);
          m.i32(4, place.codec);
          m.i64(5, place.values);
          m.i64(6, place.uncompressed);
          m.i64(7, place.compressed);
          m.i64(9, place.dataStart);
          if (place.dictionary) m.i64(11, place.start);
        });
      });
      g.i64(
        2,
        places.reduce((n, p) => n + p.uncompressed, 0),
      );
      g.i64(3, group.rows);
      g.i64(5, Math.min(...places.map((p) => p.start)));
      g.i64(
        6,
        places.reduce((n, p) => n + p.compressed, 0),
      );
    });
    w.binary(6, this.createdBy);
    return w.finish();
  }

  private write(buffers: readonly Uint8Array[]): void {
    for (let i = 0; i < buffers.length; i += WRITEV_BATCH) {
      const batch = buffers.slice(i, i + WRITEV_BATCH);
      const total = byteLength(batch);
      for (const buffer of batch) this.hash.update(buffer);
      let written = writevSync(this.fd, batch);
      // A short write: the rest, byte range by byte range.
      if (written < total) {
        const joined = Buffer.concat(batch);
        while (written < total) written += writeSync(this.fd, joined, written, total - written);
      }
      this.offset += total;
    }
  }
}

/** The definition levels of `rows` nulls as a data page body: their length, one RLE run. */
function nullLevels(rows: number): Uint8Array {
  // An RLE run: its length << 1 as a varint, then the repeated level (0) in one byte.
  const body = new Uint8Array(4 + varintSize(rows * 2) + 1);
  const end = writeVarint(body, 4, rows * 2);
  body[end] = 0;
  new DataView(body.buffer).setUint32(0, end + 1 - 4, true);
  return body;
}

function physicalType(kind: ColumnKind): number {
  switch (kind) {
    case 'text':
    case 'json':
      return PhysicalType.BYTE_ARRAY;
    case 'int64':
      return PhysicalType.INT64;
    case 'boolean':
      return PhysicalType.BOOLEAN;
  }
}

function byteLength(buffers: readonly Uint8Array[]): number {
  let n = 0;
  for (const b of buffers) n += b.length;
  return n;
}
