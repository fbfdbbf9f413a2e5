/**
 * The ingest fuzzer: seeded inputs (ingest-fuzz-cases.ts) through the readers, the sniffer and
 * the normaliser, and through a whole ingest into a store, with the properties that must hold
 * for any input whatever. `npm test` runs a short round of fixed seeds (src/ingest/fuzz.test.ts),
 * `npm run fuzz:ingest` a long one (scripts/fuzz-ingest.ts).
 *
 * Two layers per case, so that a round of hundreds of cases stays in seconds:
 * - The pieces, in this thread, as ingest.ts chains them for an input under its 1 MiB sample:
 *   decodeStream (whole and split at random bytes: the same output), repairChunk (valid UTF-8,
 *   no NUL, ASCII bytes kept in order, idempotent), classifyDataFile and sniff (no error but a
 *   registry one), Normaliser.run over the input as one chunk and as chunks cut at
 *   recordBoundary under a random threshold (rows accounted in each chunk and in total, and the
 *   same totals as in one chunk when no quote can move a cut; the rows CSV that DuckDB will read
 *   is valid UTF-8 and well-formed, one line per number, every line as wide as the dialect).
 *   Each reading uses a fresh phone engine, as ingest's threads do; the thread's long-lived
 *   engine reads the input once more and must agree ("the phone engine keeps no state").
 *   Milliseconds.
 * - A whole ingest() (one thread, rows.parquet written) into a fresh store, for every case or
 *   every n-th: it publishes with every row accounted (rows = accepted + rejected, one line of
 *   rejects.jsonl.gz per rejected row, by code as stats.json says, one line of rows.parquet per
 *   number, the distinct valid numbers of rows.parquet are the number set's), its figures equal
 *   the pieces' reading, or it fails with the error the pieces predict (NO_NUMBERS,
 *   UNREADABLE_INPUT, NO_PHONE_COLUMN, COLUMN_NOT_FOUND) and leaves nothing in the store; any
 *   other error (SQL_ERROR, INTERNAL, a TypeError) fails the case. Half a second, most of it
 *   the start of the ingest's thread.
 *
 * The cases run in a worker thread of their own, so that a case that hangs (even in a
 * synchronous loop, which no timer in the same thread can interrupt) is stopped at a deadline,
 * reported with its seed and index, and the round goes on in a fresh thread (one stuck in a
 * native call, which terminate() cannot interrupt, is left behind and said so). A failing case's
 * input is written to .tmp/fuzz-failures/ with a JSON note beside it, replayed with
 * `npx tsx scripts/fuzz-ingest.ts --replay <note>`.
 */
import { isUtf8 } from 'node:buffer';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RegionMapper } from '../../src/countries/index.js';
import { isRingfenceError } from '../../src/errors.js';
import { Normaliser, type ChunkResult } from '../../src/ingest/chunk.js';
import { HEAD_BYTES, classifyDataFile } from '../../src/ingest/data-files.js';
import { REJECT_CODES, type Dialect } from '../../src/ingest/dialect.js';
import { jsonArrayLines, sniffSample } from '../../src/ingest/json-array.js';
import { decodeStream, repairChunk } from '../../src/ingest/encoding.js';
import { ingest, type IngestSummary } from '../../src/ingest/index.js';
import { recordBoundary } from '../../src/ingest/records.js';
import { sourceColumnNames } from '../../src/ingest/rows.js';
import { sniff } from '../../src/ingest/sniff.js';
import { PhoneEngine, defaultPhoneEngine, loadDefaultMetadata } from '../../src/phone/index.js';
import { Sfc32, hashSeed } from '../../src/random.js';
import { LeakStore } from '../../src/store/index.js';
import { caseName, fuzzCase, type FuzzCase } from './ingest-fuzz-cases.js';

export { caseName, fuzzCase, type FuzzCase } from './ingest-fuzz-cases.js';

/** Where failing inputs are written: .tmp/fuzz-failures/ of the repository. */
export const FAILURES_DIR = fileURLToPath(new URL('../../.tmp/fuzz-failures/', import.meta.url));

/** The errors an ingest may end with on a bad input; any other is a failure of the case. */
export const EXPECTED_ERRORS: ReadonlySet<string> = new Set([
  'NO_NUMBERS',
  'UNREADABLE_INPUT',
  'NO_PHONE_COLUMN',
  'COLUMN_NOT_FOUND',
]);

/** ingest.ts: inputs shorter than this are sniffed whole and normalised as one chunk. */
const INGEST_SAMPLE_BYTES = 1 << 20;

/** A property that did not hold. */
export class PropertyFailure extends Error {
  constructor(
    readonly property: string,
    readonly detail: string,
  ) {
    super(`${property}: ${detail}`);
  }
}

function check(condition: boolean, property: string, message: () => string): asserts condition {
  if (!condition) throw new PropertyFailure(property, message());
}

/** What a case ended as: `published`, or the error code of an expected failure. */
export type Outcome = string;

/**
 * Shared by the cases of one thread: the phone metadata, a scratch folder, DuckDB; and the
 * thread's long-lived engine and normaliser, which have read every case before this one.
 */
export class CaseEnv {
  private readonly metadata = loadDefaultMetadata();
  /** The engine ingest() sniffs with in this thread (defaultPhoneEngine), and a normaliser on it. */
  readonly shared = defaultPhoneEngine();
  readonly regions = new RegionMapper(this.shared.regionIds);
  readonly sharedNormaliser = new Normaliser(this.shared, this.regions);
  private duck: { connection: DuckDBConnection; close: () => void } | null = null;

  constructor(readonly workDir: string) {
    mkdirSync(workDir, { recursive: true });
  }

  /**
   * An engine that has parsed nothing yet, and a normaliser on it: what the thread of an ingest
   * starts with, so that a case reads the same whatever ran before it.
   */
  fresh(wasm = true): { engine: PhoneEngine; normaliser: Normaliser } {
    const engine = new PhoneEngine(this.metadata);
    return { engine, normaliser: new Normaliser(engine, this.regions, { wasm }) };
  }

  async connection(): Promise<DuckDBConnection> {
    if (this.duck === null) {
      const { DuckDBInstance } = await import('@duckdb/node-api');
      // Every case writes its rows.parquet at the same path. DuckDB's cache of external files
      // (on by default since 1.3) then served one case's blocks for the next case's file when
      // the two had the same size and modification time: a read of a sound file failed with
      // "Brotli Decompression failure" (seed 20261219 case 383, once in three rounds; a fresh
      // instance read the same file).
      const instance = await DuckDBInstance.create(':memory:', {
        threads: '1',
        enable_external_file_cache: 'false',
      });
      const connection = await instance.connect();
      this.duck = {
        connection,
        close: () => {
          connection.closeSync();
          instance.closeSync();
        },
      };
    }
    return this.duck.connection;
  }

  close(): void {
    this.duck?.close();
    this.duck = null;
    rmSync(this.workDir, { recursive: true, force: true });
  }
}

/** The figures an ingest of a case publishes, as the pieces read them; or the error it ends with. */
type Prediction =
  | { readonly kind: 'error'; readonly code: string }
  | { readonly kind: 'published'; readonly totals: Totals }
  /** An input the pieces cannot model exactly (over 1 MiB: sampled, cut in 4 MiB chunks). */
  | { readonly kind: 'unknown' };

interface Totals {
  rows: number;
  accepted: number;
  rejected: number;
  headerLines: number;
  blankLines: number;
  valid: number;
  possibleOnly: number;
  extraNumbers: number;
  multiNumberRows: number;
  literalQuotes: number;
  validNumbers: number;
  rejectCounts: number[];
}

/**
 * Runs every property on a case; `full` adds a whole ingest. Returns the outcome, or throws a
 * PropertyFailure (or whatever the code under test threw).
 */
export async function checkCase(c: FuzzCase, env: CaseEnv, full: boolean): Promise<Outcome> {
  const random = new Sfc32(hashSeed(`ringfence ingest fuzz check ${c.seed} ${c.index}`));
  const prediction = await checkPieces(c, env, random);
  if (!full) return prediction.kind === 'error' ? prediction.code : 'published';
  return checkIngest(c, env, prediction);
}

// ---------------------------------------------------------------------------------------------
// The pieces

async function checkPieces(c: FuzzCase, env: CaseEnv, random: Sfc32): Promise<Prediction> {
  let raw = c.bytes;
  if (raw[0] === 0x1f && raw[1] === 0x8b) {
    try {
      raw = gunzipSync(raw);
    } catch {
      return { kind: 'error', code: 'UNREADABLE_INPUT' };
    }
  }
  const text = await checkDecoding(raw, random);
  checkRepair(text);
  // A JSON array is read as JSON Lines (json-array.ts): what ingest.ts reads from here on.
  const { bytes: decoded, array } = await checkJsonArray(text, random);
  if (decoded.length >= INGEST_SAMPLE_BYTES) return { kind: 'unknown' };

  const verdict = classifyDataFile(c.fileName, decoded.subarray(0, HEAD_BYTES));
  if (!verdict.data && verdict.reason === 'binary')
    return { kind: 'error', code: 'UNREADABLE_INPUT' };
  // Two engines, as in ingest.ts: the main thread's sniffs, a fresh thread's normalises.
  const { engine } = env.fresh();
  const { normaliser } = env.fresh();
  const defaultRegion = engine.regionIndex(c.options.region);
  let dialect: Dialect;
  try {
    const sample = array ? sniffSample(decoded) : decoded;
    dialect = sniff(repairChunk(sample).bytes, c.fileName, engine, env.regions, {
      phoneColumn: c.options.phoneColumn,
      header: c.options.header,
      defaultRegion,
    }).dialect;
  } catch (error) {
    if (isRingfenceError(error) && EXPECTED_ERRORS.has(error.code))
      return { kind: 'error', code: error.code };
    throw error;
  }
  checkDialect(dialect);
  // Columns of rows.parquet: ours, then the record's.
  const width = 6 + sourceColumnNames(dialect).length;

  const whole = totalsOf();
  if (decoded.length > 0) {
    const result = normalise(normaliser, decoded, dialect, defaultRegion, true);
    checkChunk(result, dialect, width, 'one chunk');
    // The module's record cutting (wasm/field-index.ts) is a second implementation of the
    // TypeScript one: both must read every case alike, to the byte of rows.parquet's pages.
    const typescript = normalise(
      env.fresh(false).normaliser,
      decoded,
      dialect,
      defaultRegion,
      true,
    );
    check(
      sameResult(result, typescript),
      'the WebAssembly cutting reads as the TypeScript one',
      () => `module | TypeScript: ${differences(result, typescript)}`,
    );
    add(whole, result);
    // The thread's engine has parsed every case before this one: it must read this one alike.
    const again = totalsOf();
    add(again, normalise(env.sharedNormaliser, decoded, dialect, defaultRegion, true));
    check(
      sameTotals(whole, again),
      'the phone engine keeps no state',
      () =>
        `an engine that parsed the cases before this one reads ${JSON.stringify(again)}, a fresh one ${JSON.stringify(whole)} (replay the round up to this case: --first 0 --cases ${c.index + 1})`,
    );
  }
  // The same input cut as ingest.ts cuts a large one, under a threshold of a few hundred bytes
  // (by a fresh engine again: the whole reading above may have changed this one's state).
  const { normaliser: chunkNormaliser } = env.fresh();
  const threshold = 64 + random.int(4096);
  const chunked = totalsOf();
  const quotes = dialect.kind === 'delimited';
  // The input is one buffer: `pending` is a view of it, from the last cut to what was read.
  let start = 0;
  let pending = decoded.subarray(0, 0);
  let first = true;
  let chunks = 0;
  for (let at = 0; at < decoded.length; at += threshold) {
    pending = decoded.subarray(start, at + threshold);
    while (pending.length >= threshold) {
      const cut = recordBoundary(pending, pending.length, quotes, dialect.delimiter);
      if (cut === 0) break;
      const result = normalise(
        chunkNormaliser,
        pending.subarray(0, cut),
        dialect,
        defaultRegion,
        first,
      );
      checkChunk(result, dialect, width, `chunk ${chunks} of ${threshold}-byte pieces`);
      add(chunked, result);
      first = false;
      chunks++;
      start += cut;
      pending = pending.subarray(cut);
    }
  }
  if (pending.length > 0) {
    const result = normalise(chunkNormaliser, pending, dialect, defaultRegion, first);
    checkChunk(result, dialect, width, `last chunk of ${threshold}-byte pieces`);
    add(chunked, result);
  }
  check(
    chunked.rows === chunked.accepted + chunked.rejected,
    'rows accounted over chunks',
    () => `rows ${chunked.rows}, accepted ${chunked.accepted}, rejected ${chunked.rejected}`,
  );
  // Cut where recordBoundary cuts, a dump reads as it does whole. (A quote that is still open at
  // the end of a piece may move a cut that only a 4 MiB chunk would not reach: not compared.)
  if (!quotes || !decoded.includes(34))
    check(
      sameTotals(whole, chunked),
      'chunks read as the whole',
      () =>
        `whole ${JSON.stringify(whole)}, in ${threshold}-byte pieces ${JSON.stringify(chunked)}`,
    );
  return whole.accepted === 0
    ? { kind: 'error', code: 'NO_NUMBERS' }
    : { kind: 'published', totals: whole };
}

async function decodeAll(pieces: readonly Uint8Array[]): Promise<Uint8Array> {
  async function* source(): AsyncGenerator<Uint8Array> {
    for (const piece of pieces) {
      await Promise.resolve();
      yield piece;
    }
  }
  const decoded = decodeStream(source());
  const out: Uint8Array[] = [];
  for await (const chunk of decoded.chunks) {
    check(chunk.length > 0, 'decodeStream', () => 'yielded an empty chunk');
    out.push(chunk);
  }
  await decoded.decided;
  return Buffer.concat(out);
}

/** decodeStream reads an input split anywhere (even in a code unit or a CRLF) as it reads it whole. */
async function checkDecoding(raw: Uint8Array, random: Sfc32): Promise<Uint8Array> {
  const whole = await decodeAll(raw.length === 0 ? [] : [raw]);
  const pieces: Uint8Array[] = [];
  for (let at = 0; at < raw.length;) {
    const n = 1 + random.int(random.int(4) === 0 ? 4 : 512);
    pieces.push(raw.subarray(at, at + n));
    at += n;
  }
  const split = await decodeAll(pieces);
  check(
    Buffer.compare(whole, split) === 0,
    'decodeStream split anywhere',
    () =>
      `${whole.length} bytes whole, ${split.length} bytes in ${pieces.length} pieces; first difference at ${firstDifference(whole, split)}`,
  );
  return whole;
}

/**
 * jsonArrayLines over the decoded text, whole and split anywhere: the same lines, the same
 * decision (a JSON array or not).
 */
async function checkJsonArray(
  text: Uint8Array,
  random: Sfc32,
): Promise<{ bytes: Uint8Array; array: boolean }> {
  const read = async (pieces: readonly Uint8Array[]) => {
    async function* source(): AsyncGenerator<Uint8Array> {
      for (const piece of pieces) {
        await Promise.resolve();
        yield piece;
      }
    }
    const stream = jsonArrayLines(source());
    const out: Uint8Array[] = [];
    for await (const chunk of stream.chunks) out.push(chunk);
    return { bytes: Buffer.concat(out), array: (stream.reader() ?? null) !== null };
  };
  const whole = await read(text.length === 0 ? [] : [text]);
  const pieces: Uint8Array[] = [];
  for (let at = 0; at < text.length;) {
    const n = 1 + random.int(random.int(4) === 0 ? 8 : 1024);
    pieces.push(text.subarray(at, at + n));
    at += n;
  }
  const split = await read(pieces);
  check(
    whole.array === split.array && Buffer.compare(whole.bytes, split.bytes) === 0,
    'jsonArrayLines split anywhere',
    () =>
      `whole: ${whole.array ? 'an array' : 'not an array'}, ${whole.bytes.length} bytes; in ${pieces.length} pieces: ${split.array ? 'an array' : 'not an array'}, ${split.bytes.length} bytes`,
  );
  return whole;
}

/** repairChunk: valid UTF-8, no NUL, every other ASCII byte kept in order, and idempotent. */
function checkRepair(bytes: Uint8Array): void {
  const { bytes: repaired, counts } = repairChunk(bytes);
  check(isUtf8(repaired), 'repairChunk', () => 'output is not valid UTF-8');
  check(!repaired.includes(0), 'repairChunk', () => 'output holds a NUL byte');
  check(
    sameAscii(bytes, repaired),
    'repairChunk',
    () => 'the ASCII bytes other than NUL changed or moved',
  );
  check(
    counts.nulBytes === countByte(bytes, 0),
    'repairChunk',
    () => `counted ${counts.nulBytes} NUL bytes`,
  );
  const again = repairChunk(repaired);
  check(
    again.bytes === repaired && again.counts.reencodedLines + again.counts.nulBytes === 0,
    'repairChunk',
    () => 'not idempotent',
  );
}

/** Whether the ASCII bytes other than NUL of `a` and `b` are the same, in the same order. */
function sameAscii(a: Uint8Array, b: Uint8Array): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && (a[i] === 0 || a[i]! >= 0x80)) i++;
    while (j < b.length && (b[j] === 0 || b[j]! >= 0x80)) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a[i++] !== b[j++]) return false;
  }
}

function checkDialect(d: Dialect): void {
  const n = d.columns.length;
  check(n >= 1, 'sniff', () => 'no columns');
  check(
    d.phoneColumn >= 0 && d.phoneColumn < n,
    'sniff',
    () => `phone column ${d.phoneColumn} of ${n}`,
  );
  check(
    d.countryColumn >= -1 && d.countryColumn < n,
    'sniff',
    () => `country column ${d.countryColumn} of ${n}`,
  );
  check(
    d.kind !== 'delimited' || [44, 9, 59, 124].includes(d.delimiter),
    'sniff',
    () => `delimiter ${d.delimiter}`,
  );
}

function normalise(
  normaliser: Normaliser,
  bytes: Uint8Array,
  dialect: Dialect,
  defaultRegion: number,
  first: boolean,
): ChunkResult {
  return normaliser.run(bytes, { dialect, defaultRegion, first, writeRows: true });
}

function sameResult(a: ChunkResult, b: ChunkResult): boolean {
  return differences(a, b) === '';
}

/** The fields where two results differ, each as `name: a | b` (shortened). */
function differences(a: ChunkResult, b: ChunkResult): string {
  const show = (value: unknown): string => {
    const text =
      value instanceof Uint8Array && !(value instanceof Buffer)
        ? Buffer.from(value).toString('latin1')
        : JSON.stringify(ArrayBuffer.isView(value) ? [...(value as Float64Array)] : value);
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  };
  const out: string[] = [];
  for (const key of Object.keys(a) as (keyof ChunkResult)[]) {
    const x = ArrayBuffer.isView(a[key]) ? [...(a[key] as unknown as Uint8Array)] : a[key];
    const y = ArrayBuffer.isView(b[key]) ? [...(b[key] as unknown as Uint8Array)] : b[key];
    if (!isDeepStrictEqual(x, y)) out.push(`${key}: ${show(a[key])} | ${show(b[key])}`);
  }
  return out.join('; ');
}

/** What every chunk's result must satisfy. */
function checkChunk(r: ChunkResult, dialect: Dialect, width: number, where: string): void {
  const rejected = r.rejectCounts.reduce((a, b) => a + b, 0);
  const accepted = r.valid + r.possibleOnly;
  const p = `rows accounted (${where})`;
  check(
    r.records === accepted + rejected,
    p,
    () => `records ${r.records}, accepted ${accepted}, rejected ${rejected}`,
  );
  check(
    r.rejects.length === rejected,
    p,
    () => `${r.rejects.length} rejects listed, ${rejected} counted`,
  );
  check(
    r.records + r.headerLines + r.blankLines <= r.lines,
    p,
    () =>
      `${r.records} records, ${r.headerLines} header and ${r.blankLines} blank lines in ${r.lines} lines`,
  );
  check(r.headerLines <= 1, p, () => `${r.headerLines} header lines`);
  for (const reject of r.rejects) {
    check(
      reject.line >= 1 && reject.line <= r.lines,
      p,
      () => `reject on line ${reject.line} of ${r.lines}`,
    );
    check(
      (REJECT_CODES as readonly string[]).includes(reject.code),
      p,
      () => `reject code ${reject.code}`,
    );
  }
  check(r.literalQuotes <= r.records, p, () => `${r.literalQuotes} literal quotes`);
  check(r.multiNumberRows <= accepted, p, () => `${r.multiNumberRows} rows of several numbers`);
  check(r.extraNumbers >= r.multiNumberRows, p, () => `${r.extraNumbers} extra numbers`);
  check(
    r.values.length >= r.valid && r.values.length <= r.valid + r.extraNumbers,
    p,
    () =>
      `${r.values.length} valid numbers for ${r.valid} valid rows and ${r.extraNumbers} extra numbers`,
  );
  check(
    r.keyOffsets[r.keys.length] === r.values.length,
    p,
    () => 'key offsets do not end at the values',
  );
  for (const f of r.filled) check(f >= 0 && f <= r.records, p, () => `a column filled ${f} times`);
  // rows.parquet's pages: one row per number, a page per column (the file and line columns
  // apart), each with a value per row.
  const rows = r.rows?.rows ?? 0;
  check(
    rows === accepted + r.extraNumbers,
    'rows pages',
    () =>
      `${rows} rows for ${accepted} accepted rows and ${r.extraNumbers} extra numbers (${where})`,
  );
  if (r.rows !== null) {
    check(
      r.rows.columns.length === width - 2,
      'rows pages',
      () => `${r.rows!.columns.length} columns of pages for ${width - 2} columns (${where})`,
    );
    r.rows.columns.forEach((pages, c) => {
      const data = pages[pages.length - 1]!;
      check(data.values === rows, 'rows pages', () => `column ${c} has ${data.values} values`);
      check(
        pages.length === 1 || (pages.length === 2 && pages[0]!.dictionary),
        'rows pages',
        () => `column ${c} has ${pages.length} pages`,
      );
    });
  }
}

function totalsOf(): Totals {
  return {
    rows: 0,
    accepted: 0,
    rejected: 0,
    headerLines: 0,
    blankLines: 0,
    valid: 0,
    possibleOnly: 0,
    extraNumbers: 0,
    multiNumberRows: 0,
    literalQuotes: 0,
    validNumbers: 0,
    rejectCounts: REJECT_CODES.map(() => 0),
  };
}

function add(t: Totals, r: ChunkResult): void {
  const rejected = r.rejectCounts.reduce((a, b) => a + b, 0);
  t.rows += r.records;
  t.accepted += r.valid + r.possibleOnly;
  t.rejected += rejected;
  t.headerLines += r.headerLines;
  t.blankLines += r.blankLines;
  t.valid += r.valid;
  t.possibleOnly += r.possibleOnly;
  t.extraNumbers += r.extraNumbers;
  t.multiNumberRows += r.multiNumberRows;
  t.literalQuotes += r.literalQuotes;
  t.validNumbers += r.values.length;
  r.rejectCounts.forEach((n, i) => (t.rejectCounts[i]! += n));
}

function sameTotals(a: Totals, b: Totals): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function countByte(bytes: Uint8Array, byte: number): number {
  let n = 0;
  for (let i = bytes.indexOf(byte); i !== -1; i = bytes.indexOf(byte, i + 1)) n++;
  return n;
}

function firstDifference(a: Uint8Array, b: Uint8Array): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

// ---------------------------------------------------------------------------------------------
// A whole ingest

const LEAK = 'fuzz';
const LEAK_FILES = [
  'manifest.json',
  'numbers.rfns',
  'rejects.jsonl.gz',
  'rows.parquet',
  'stats.json',
];

async function checkIngest(c: FuzzCase, env: CaseEnv, prediction: Prediction): Promise<Outcome> {
  const dir = join(env.workDir, 'case');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const input = join(dir, c.fileName);
  writeFileSync(input, c.bytes);
  const store = new LeakStore(join(dir, 'store'));
  let summary: IngestSummary;
  try {
    summary = await ingest({
      input,
      name: LEAK,
      store: store.root,
      workers: 1,
      rows: true,
      header: c.options.header,
      phoneColumn: c.options.phoneColumn,
      region: c.options.region,
    });
  } catch (error) {
    if (!isRingfenceError(error)) throw error;
    check(
      EXPECTED_ERRORS.has(error.code),
      'ingest error',
      () =>
        `${error.code} (${error.message})${error.cause instanceof Error ? `; cause: ${error.cause.message.split('\n')[0]!}` : ''}`,
    );
    check(
      !store.has(LEAK),
      'nothing published on error',
      () => `${error.code}, yet the leak is in the store`,
    );
    const left = existsSync(store.leaksDir) ? readdirSync(store.leaksDir) : [];
    check(
      left.length === 0,
      'nothing published on error',
      () => `left in the store: ${left.join(', ')}`,
    );
    check(
      prediction.kind !== 'published',
      'ingest agrees with the pieces',
      () =>
        `ingest failed with ${error.code}; the pieces accepted ${prediction.kind === 'published' ? prediction.totals.accepted : 0} rows`,
    );
    check(
      prediction.kind !== 'error' || prediction.code === error.code,
      'ingest agrees with the pieces',
      () =>
        `ingest failed with ${error.code}; the pieces predicted ${prediction.kind === 'error' ? prediction.code : ''}`,
    );
    return error.code;
  }
  const s = summary;
  check(
    s.rows === s.accepted + s.rejected,
    'rows accounted',
    () => `rows ${s.rows}, accepted ${s.accepted}, rejected ${s.rejected}`,
  );
  check(
    s.accepted === s.valid + s.possibleOnly,
    'rows accounted',
    () => `accepted ${s.accepted}, valid ${s.valid}, possible only ${s.possibleOnly}`,
  );
  check(
    s.accepted > 0,
    'nothing published without numbers',
    () => 'published with no accepted row',
  );
  check(
    s.unique <= s.reading.validNumbers,
    'unique numbers',
    () => `${s.unique} unique of ${s.reading.validNumbers} valid numbers`,
  );
  check(
    s.valid === 0 || s.unique >= 1,
    'unique numbers',
    () => `${s.valid} valid rows, no unique number`,
  );
  if (prediction.kind === 'error')
    throw new PropertyFailure(
      'ingest agrees with the pieces',
      `ingest published; the pieces predicted ${prediction.code}`,
    );
  if (prediction.kind === 'published') {
    const got: Totals = {
      rows: s.rows,
      accepted: s.accepted,
      rejected: s.rejected,
      headerLines: s.headerLines,
      blankLines: s.blankLines,
      valid: s.valid,
      possibleOnly: s.possibleOnly,
      extraNumbers: s.reading.extraNumbers,
      multiNumberRows: s.reading.multiNumberRows,
      literalQuotes: s.reading.literalQuotes,
      validNumbers: s.reading.validNumbers,
      // The summary has no counts by reason: the pieces' are taken (the rejects file is read below).
      rejectCounts: prediction.totals.rejectCounts,
    };
    check(
      sameTotals(got, prediction.totals),
      'ingest agrees with the pieces',
      () => `ingest ${JSON.stringify(got)}, pieces ${JSON.stringify(prediction.totals)}`,
    );
  }

  check(
    JSON.stringify(store.names()) === JSON.stringify([LEAK]),
    'store',
    () => `leaks: ${store.names().join(', ')}`,
  );
  const folder = store.leakDir(LEAK);
  const files = readdirSync(folder).sort();
  check(
    JSON.stringify(files) === JSON.stringify(LEAK_FILES),
    'store',
    () => `leak files: ${files.join(', ')}`,
  );
  const hidden = readdirSync(store.leaksDir).filter((n) => n.startsWith('.'));
  check(hidden.length === 0, 'store', () => `left in the store: ${hidden.join(', ')}`);

  const rejects = gunzipSync(readFileSync(join(folder, 'rejects.jsonl.gz'))).toString('utf8');
  const rejectLines = rejects === '' ? [] : rejects.replace(/\n$/, '').split('\n');
  check(
    rejectLines.length === s.rejected,
    'rejects file',
    () => `${rejectLines.length} lines for ${s.rejected} rejected rows`,
  );
  const byCode = REJECT_CODES.map(() => 0);
  for (const line of rejectLines) {
    const reject = JSON.parse(line) as { line?: unknown; code?: unknown };
    const code = REJECT_CODES.indexOf(reject.code as (typeof REJECT_CODES)[number]);
    check(
      typeof reject.line === 'number' && reject.line >= 1 && code >= 0,
      'rejects file',
      () => `a line reads ${line.slice(0, 120)}`,
    );
    byCode[code]!++;
  }
  // The reasons the report gives (stats.json) are the rejects file's, and the pieces'.
  const reasons = REJECT_CODES.map(
    (code) => store.stats(LEAK).rejectReasons.find((r) => r.code === code)?.rows ?? 0,
  );
  check(
    JSON.stringify(reasons) === JSON.stringify(byCode),
    'rejects file',
    () => `by code ${JSON.stringify(byCode)}, stats.json says ${JSON.stringify(reasons)}`,
  );
  check(
    prediction.kind !== 'published' ||
      JSON.stringify(prediction.totals.rejectCounts) === JSON.stringify(byCode),
    'ingest agrees with the pieces',
    () =>
      `rejects by code ${JSON.stringify(byCode)}, the pieces' ${JSON.stringify(prediction.kind === 'published' ? prediction.totals.rejectCounts : [])}`,
  );
  const connection = await env.connection();
  const parquet = join(folder, 'rows.parquet').replaceAll("'", "''");
  const read = await connection.runAndReadAll(
    `SELECT count(*)::DOUBLE, (count(DISTINCT e164) FILTER (WHERE valid))::DOUBLE, (count(*) FILTER (WHERE valid))::DOUBLE FROM read_parquet('${parquet}')`,
  );
  const [lines, distinctValid, validLines] = (read.getRows()[0] ?? []) as number[];
  const numbers = s.valid + s.possibleOnly + s.reading.extraNumbers;
  check(lines === numbers, 'rows.parquet', () => `${lines} lines for ${numbers} numbers`);
  check(
    validLines === s.reading.validNumbers,
    'rows.parquet',
    () => `${validLines} valid lines for ${s.reading.validNumbers} valid numbers`,
  );
  check(
    distinctValid === s.unique,
    'rows.parquet',
    () => `${distinctValid} distinct valid numbers, the number set has ${s.unique}`,
  );
  return 'published';
}

// ---------------------------------------------------------------------------------------------
// Rounds

export interface FuzzFailure {
  readonly seed: number;
  readonly index: number;
  readonly recipe: readonly string[];
  readonly property: string;
  readonly message: string;
  /** The JSON note beside the saved input (replay with --replay). */
  readonly note: string;
}

export interface RoundOptions {
  readonly seed: number;
  /** Cases first..first + cases - 1 (or exactly `only`). */
  readonly cases: number;
  readonly first?: number;
  readonly only?: readonly number[];
  /** A whole ingest every n-th case (1: every case; 0: none). */
  readonly ingestEvery: number;
  /** A case running longer than this is a hang (default 10 s). */
  readonly deadlineMs?: number;
  readonly failuresDir?: string;
  /** Told of each case as it ends. */
  readonly onCase?: (result: CaseReport) => void;
}

export interface CaseReport {
  readonly index: number;
  /** An outcome, or `failed`. */
  readonly outcome: Outcome;
  readonly ms: number;
  readonly failure?: FuzzFailure;
}

export interface RoundReport {
  readonly seed: number;
  readonly cases: number;
  readonly ingested: number;
  /** Cases by outcome: `published`, an error code, or `failed`. */
  readonly outcomes: Readonly<Record<string, number>>;
  readonly failures: readonly FuzzFailure[];
  readonly ms: number;
}

/** Messages between a round and its thread (ingest-fuzz-worker.ts). */
export type ToWorker = { readonly index: number; readonly full: boolean };
export type FromWorker =
  | { readonly ready: true }
  | { readonly index: number; readonly outcome: Outcome; readonly ms: number }
  | {
      readonly index: number;
      readonly property: string;
      readonly message: string;
      readonly ms: number;
    };

/** Runs a round in a worker thread, one case at a time, each under the deadline. */
export async function runRound(options: RoundOptions): Promise<RoundReport> {
  const started = performance.now();
  const deadline = options.deadlineMs ?? 10_000;
  const failuresDir = options.failuresDir ?? FAILURES_DIR;
  const indexes =
    options.only ?? Array.from({ length: options.cases }, (_, i) => (options.first ?? 0) + i);
  const outcomes: Record<string, number> = {};
  const failures: FuzzFailure[] = [];
  let ingested = 0;
  let thread: CaseThread | null = null;
  // Each thread's scratch folder; a thread stopped at a deadline cannot clean up after itself.
  const workRoot = mkdtempSync(join(tmpdir(), 'ringfence-fuzz-'));
  let threads = 0;
  try {
    for (const index of indexes) {
      const full = options.ingestEvery > 0 && index % options.ingestEvery === 0;
      if (full) ingested++;
      thread ??= await CaseThread.start(options.seed, join(workRoot, `thread-${threads++}`));
      const result = await thread.run({ index, full }, deadline);
      let report: CaseReport;
      if ('outcome' in result) report = { index, outcome: result.outcome, ms: result.ms };
      else {
        // Saved before the thread is stopped: a thread inside native code may not stop.
        const failure = saveFailure(
          fuzzCase(options.seed, index),
          result.property,
          !result.alive && !(await thread.stop())
            ? `${result.message}; the thread did not stop within ${STOP_MS} ms (native code?) and was left running`
            : result.message,
          failuresDir,
        );
        if (!result.alive) thread = null;
        failures.push(failure);
        report = { index, outcome: 'failed', ms: result.ms, failure };
      }
      outcomes[report.outcome] = (outcomes[report.outcome] ?? 0) + 1;
      options.onCase?.(report);
    }
  } finally {
    await thread?.stop();
    rmSync(workRoot, { recursive: true, force: true });
  }
  return {
    seed: options.seed,
    cases: indexes.length,
    ingested,
    outcomes,
    failures,
    ms: performance.now() - started,
  };
}

/** How long a thread stopped at its deadline may take to stop. */
const STOP_MS = 5_000;

type ThreadResult =
  | { readonly outcome: Outcome; readonly ms: number }
  | {
      readonly property: string;
      readonly message: string;
      readonly ms: number;
      readonly alive: boolean;
    };

/** The worker thread that runs a round's cases. */
class CaseThread {
  private pending: ((result: ThreadResult) => void) | null = null;
  private exited = false;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: FromWorker) => {
      if ('ready' in message) return;
      const settle = this.pending;
      this.pending = null;
      settle?.(
        'outcome' in message
          ? { outcome: message.outcome, ms: message.ms }
          : { property: message.property, message: message.message, ms: message.ms, alive: true },
      );
    });
    const die = (reason: string): void => {
      this.exited = true;
      const settle = this.pending;
      this.pending = null;
      settle?.({ property: 'crash', message: reason, ms: 0, alive: false });
    };
    worker.on('error', (error) => {
      die(`the thread failed: ${error.stack ?? error.message}`);
    });
    worker.on('exit', (code) => {
      die(`the thread exited with code ${code}`);
    });
  }

  static start(seed: number, workDir: string): Promise<CaseThread> {
    const url = new URL(
      `./ingest-fuzz-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
      import.meta.url,
    );
    const worker = import.meta.url.endsWith('.ts')
      ? new Worker(
          `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`,
          { eval: true, workerData: { seed, workDir } },
        )
      : new Worker(url, { workerData: { seed, workDir } });
    return new Promise((resolve, reject) => {
      const onMessage = (message: FromWorker): void => {
        if (!('ready' in message)) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(new CaseThread(worker));
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  }

  run(request: ToWorker, deadlineMs: number): Promise<ThreadResult> {
    if (this.exited)
      return Promise.resolve({
        property: 'crash',
        message: 'the thread had exited',
        ms: 0,
        alive: false,
      });
    const started = performance.now();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        resolve({
          property: 'hang',
          message: `still running after ${deadlineMs} ms`,
          ms: performance.now() - started,
          alive: false,
        });
      }, deadlineMs);
      this.pending = (result) => {
        clearTimeout(timer);
        resolve(result);
      };
      this.worker.postMessage(request);
    });
  }

  /**
   * Stops the thread; false when it did not stop within STOP_MS (terminate() interrupts
   * JavaScript, not a native call in progress), and then it is left to the process's exit.
   */
  async stop(): Promise<boolean> {
    this.exited = true;
    this.worker.removeAllListeners('exit');
    this.worker.unref();
    let timer: NodeJS.Timeout | undefined;
    const stopped = await Promise.race([
      this.worker.terminate().then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => {
          resolve(false);
        }, STOP_MS);
      }),
    ]);
    clearTimeout(timer);
    return stopped;
  }
}

/** Writes the case's input and a note to replay it; returns the failure. */
export function saveFailure(
  c: FuzzCase,
  property: string,
  message: string,
  dir = FAILURES_DIR,
): FuzzFailure {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, caseName(c));
  writeFileSync(`${base}.bin`, c.bytes);
  const note = `${base}.json`;
  writeFileSync(
    note,
    JSON.stringify(
      {
        seed: c.seed,
        index: c.index,
        recipe: c.recipe,
        fileName: c.fileName,
        options: c.options,
        input: `${caseName(c)}.bin`,
        property,
        message,
        replay: `npx tsx scripts/fuzz-ingest.ts --replay ${relativeToRepo(note)}`,
      },
      null,
      2,
    ) + '\n',
  );
  return { seed: c.seed, index: c.index, recipe: c.recipe, property, message, note };
}

/** A saved case, as written by saveFailure: its input is read back, not generated again. */
export function loadFailure(note: string): FuzzCase {
  const saved = JSON.parse(readFileSync(note, 'utf8')) as {
    seed: number;
    index: number;
    recipe: string[];
    fileName: string;
    options: FuzzCase['options'];
    input: string;
  };
  return {
    seed: saved.seed,
    index: saved.index,
    recipe: saved.recipe,
    fileName: saved.fileName,
    options: saved.options,
    bytes: new Uint8Array(readFileSync(join(resolve(note, '..'), saved.input))),
  };
}

function relativeToRepo(path: string): string {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  return path.startsWith(root) ? path.slice(root.length) : path;
}

/** One line per failure: what broke, and the commands that replay it. */
export function describeFailure(f: FuzzFailure): string {
  return [
    `seed ${f.seed} case ${f.index} [${f.recipe.join(' + ')}]: ${f.property}: ${f.message}`,
    `  replay: npx tsx scripts/fuzz-ingest.ts --seed ${f.seed} --case ${f.index}`,
    `  or the saved input: npx tsx scripts/fuzz-ingest.ts --replay ${relativeToRepo(f.note)}`,
  ].join('\n');
}
