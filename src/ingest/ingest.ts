/**
 * Ingest: a dump of any size into the leak store.
 *
 *   reader (decompress) -> splitter (chunks of whole records, main thread)
 *     -> normalisers (worker threads: fields, phone batch parse, grouping by partition,
 *        rows.parquet's pages)
 *     -> in-order merge of results (counts, rejects, row groups of rows.parquet, partition
 *        accumulator)
 *     -> sort, dedupe and write the number set; rows.parquet's footer; manifest
 *     -> atomic publish of the leak folder.
 *
 * Every data row ends as accepted or rejected; header and blank lines are counted apart.
 */
import { closeSync, openSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { createGzip } from 'node:zlib';
import { RegionMapper } from '../countries/index.js';
import { RingfenceError } from '../errors.js';
import type { Logger } from '../log.js';
import { NumberSetWriter, type NumberSetSummary } from '../number-set/index.js';
import {
  PHONE_TYPES,
  defaultPhoneEngine,
  metadataVersion,
  type PhoneEngine,
} from '../phone/index.js';
import type {
  LeakCounts,
  InputReading,
  ReadingNote,
  LeakStats,
  Manifest,
  RegionStats,
} from '../store/index.js';
import {
  LeakBuild,
  LeakFolders,
  RegionTally,
  checkBreachDate,
  checkLeakName,
  writeAll,
  type LeakDescription,
} from '../store/writing.js';
import { PartitionAccumulator } from './accumulator.js';
import type { ChunkOptions, ChunkResult } from './chunk.js';
import { REJECT_CODES, unpackKey } from './dialect.js';
import { HEAD_BYTES, SKIP_REASONS, classifyDataFile, type SkippedFile } from './data-files.js';
import {
  decodeStream,
  describeEncoding,
  repairChunk,
  type RepairCounts,
  type StreamDecoding,
} from './encoding.js';
import { FieldIndex } from './field-index.js';
import { ReadBuffers, listInputs, readInput, type InputFile } from './input.js';
import {
  describeJsonArray,
  jsonArrayLines,
  sniffSample,
  type JsonArrayLines,
} from './json-array.js';
import { NormaliserPool } from './normaliser-pool.js';
import { DEFAULT_ROWS_CODEC, RowsFile, type RowsCodec } from './rows.js';
import { sniff, type SniffResult } from './sniff.js';

export interface IngestOptions {
  readonly input: string;
  readonly name: string;
  readonly store: string;
  readonly title?: string;
  readonly source?: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY, not in the future: INVALID_DATE otherwise (before any work). */
  readonly breachDate?: string;
  /** ISO region for rows without a country and numbers without a calling code. */
  readonly region?: string;
  readonly phoneColumn?: string;
  readonly countryColumn?: string;
  /** Whether the first row is a header: true or false overrides the sniffer's decision. */
  readonly header?: boolean;
  readonly replace?: boolean;
  /** Write rows.parquet (default true). */
  readonly rows?: boolean;
  /** rows.parquet's compression (default brotli). */
  readonly rowsCodec?: RowsCodec;
  /** Normaliser threads (default: one per core). */
  readonly workers?: number;
  /** Memory for buffered numbers before spilling to disk, in bytes (default 1 GiB). */
  readonly memoryBytes?: number;
  readonly flags?: Partial<
    Pick<Manifest['flags'], 'verified' | 'fabricated' | 'sensitive' | 'spamList'>
  >;
  readonly stdin?: NodeJS.ReadableStream;
  readonly onProgress?: (progress: IngestProgress) => void;
  /** Where the run says what it does (counts and shapes, never a row's content). */
  readonly log?: Logger;
}

/** The phases of an ingest, in the order they run (rows.parquet is written while reading). */
export type IngestPhase = 'reading' | 'sorting';

/**
 * How far an ingest has gone. Each phase counts in its own unit: `reading`, input bytes as
 * stored (compressed bytes for gzip and zstd, whose decompressed size is unknown) behind the
 * rows counted so far; `sorting`, partitions sorted and written to the number set. `done`
 * equals `total` only in the last report of a phase, which every phase sends when it ends.
 */
export interface IngestProgress {
  readonly phase: IngestPhase;
  readonly done: number;
  /** The phase's size in its unit: 0 while unknown (reading stdin), set in its last report. */
  readonly total: number;
  /** Data rows read so far. */
  readonly rows: number;
}

export interface IngestSummary extends LeakCounts {
  readonly name: string;
  readonly duplicates: number;
  readonly countries: number;
  readonly numberSet: NumberSetSummary;
  readonly spilledRuns: number;
  readonly seconds: number;
  /** How the input was read, and the warnings its figures carry. */
  readonly reading: InputReading;
}

/**
 * Numbers buffered before sorted runs spill to disk. 1 GiB holds the 97M unique numbers of the
 * 100M-row bench dump: without spilling its number pass took 62 s against 73 s at 512 MiB, with
 * a peak RSS of 1.3 GiB.
 */
export const DEFAULT_MEMORY_BYTES = 2 ** 30;

/** Above this share of rejected rows, the ingest warns (on stderr and in the report). */
export const REJECTED_SHARE_WARNING = 0.5;

const CHUNK_BYTES = 4 << 20;
const SAMPLE_BYTES = 1 << 20;

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  checkLeakName(options.name);
  if (options.breachDate !== undefined) checkBreachDate(options.breachDate);
  const store = new LeakFolders(options.store);
  if (store.has(options.name) && options.replace !== true)
    throw new RingfenceError('LEAK_EXISTS', { name: options.name });
  const engine = defaultPhoneEngine();
  const defaultRegion = engine.regionIndex(options.region);
  const regions = new RegionMapper(engine.regionIds);
  const { files: inputs, skipped } = listInputs(options.input);
  const build = LeakBuild.start(store, options.name, options.replace === true);
  const pool = new NormaliserPool(
    Math.max(1, options.workers ?? Math.min(availableParallelism(), 8)),
  );
  try {
    const run = new IngestRun(
      options,
      engine,
      regions,
      defaultRegion,
      build,
      pool,
      inputs,
      skipped,
    );
    options.log?.info('ingest started', {
      inputs: inputs.length,
      bytes: inputs.reduce((sum, f) => sum + f.bytes, 0),
      workers: pool.size,
    });
    const summary = await run.execute();
    const seconds = (performance.now() - started) / 1000;
    options.log?.info('ingest published', {
      rows: summary.rows,
      accepted: summary.accepted,
      rejected: summary.rejected,
      unique: summary.unique,
      spilledRuns: summary.spilledRuns,
      seconds,
    });
    return { ...summary, seconds };
  } catch (error) {
    build.discard();
    throw error;
  } finally {
    await pool.close();
  }
}

interface FileState {
  readonly file: InputFile;
  readonly sniffed: SniffResult;
  rows: number;
  /** Physical lines merged so far: the first line of the next chunk. */
  lines: number;
  filled: Float64Array;
  /** How the byte stream was decoded (encoding, BOM, line ends), and what the threads repaired. */
  decoding: StreamDecoding;
  readonly repaired: RepairCounts;
  /** The reader of a JSON array input (read as JSON Lines), null for any other input. */
  readonly jsonArray: JsonArrayLines | null;
}

class IngestRun {
  private readonly accumulator: PartitionAccumulator;
  private readonly regionRows: Float64Array;
  private readonly rejectCounts = new Float64Array(REJECT_CODES.length);
  /**
   * rejects.jsonl.gz, at gzip's level 1: the 5M bench dump's 49,902 rejects (6.7 MB of JSON
   * Lines) took 64 ms to compress to 1.49 MB, where level 6 took 148 ms for 1.25 MB.
   */
  private readonly rejects = createGzip({ level: 1 });
  private readonly rejectsDone: Promise<void>;
  /** rows.parquet, null with rows: false. */
  private readonly rowsFile: RowsFile | null;
  private chunksMerged = 0;
  private readonly files: FileState[] = [];
  private rows = 0;
  private headerLines = 0;
  private blankLines = 0;
  private valid = 0;
  private possibleOnly = 0;
  private literalQuotes = 0;
  private multiNumberRows = 0;
  private extraNumbers = 0;
  private validNumbers = 0;
  private bytesRead = 0;
  private bytesTotal: number;
  /** Read buffers, given back by the threads once they are done with a chunk. */
  private readonly readBuffers = new ReadBuffers();
  /** Finds where the input may be cut into chunks (this thread's own copy of the module). */
  private readonly cutter = new FieldIndex();

  constructor(
    private readonly options: IngestOptions,
    private readonly engine: PhoneEngine,
    private readonly regions: RegionMapper,
    private readonly defaultRegion: number,
    private readonly build: LeakBuild,
    private readonly pool: NormaliserPool,
    private readonly inputs: readonly InputFile[],
    private readonly skipped: readonly SkippedFile[],
  ) {
    this.accumulator = new PartitionAccumulator(
      build.path('spill'),
      Math.max(1024, Math.floor((options.memoryBytes ?? DEFAULT_MEMORY_BYTES) / 8)),
    );
    this.regionRows = new Float64Array(engine.regionIds.length + 1);
    this.bytesTotal = inputs.reduce((sum, f) => sum + f.bytes, 0);
    this.rowsFile =
      options.rows === false
        ? null
        : new RowsFile(
            build.path('rows.parquet'),
            engine.regionIds,
            options.rowsCodec ?? DEFAULT_ROWS_CODEC,
            'ringfence',
          );
    const rejectsFd = openSync(build.path('rejects.jsonl.gz'), 'w');
    this.rejectsDone = new Promise((resolve, reject) => {
      this.rejects.on('data', (chunk: Buffer) => {
        writeAll(rejectsFd, chunk);
      });
      this.rejects.on('end', () => {
        closeSync(rejectsFd);
        resolve();
      });
      this.rejects.on('error', reject);
    });
  }

  async execute(): Promise<Omit<IngestSummary, 'seconds'>> {
    try {
      return await this.executeAll();
    } catch (error) {
      this.rowsFile?.abort();
      throw error;
    }
  }

  private async executeAll(): Promise<Omit<IngestSummary, 'seconds'>> {
    this.progress('reading', 0, this.bytesTotal);
    for (let f = 0; f < this.inputs.length; f++) await this.readFile(f, this.inputs[f]!);
    const read = this.bytesTotal > 0 ? this.bytesTotal : this.bytesRead;
    this.progress('reading', read, read, true);
    this.rejects.end();
    await this.rejectsDone;
    if (this.valid + this.possibleOnly === 0) throw this.noNumbers();

    const { numberSet, regionStats, typeUnique } = await this.writeNumberSet();
    // Its rows were written as they were read: what is left is the last row group and the footer.
    const rowsWritten = this.rowsFile?.close();

    const rejected = this.rejectCounts.reduce((a, b) => a + b, 0);
    const accepted = this.valid + this.possibleOnly;
    const unique = numberSet.count;
    const counts: LeakCounts = {
      rows: this.rows,
      accepted,
      rejected,
      headerLines: this.headerLines,
      blankLines: this.blankLines,
      valid: this.valid,
      possibleOnly: this.possibleOnly,
      unique,
    };
    const stats: LeakStats = {
      ...counts,
      regions: regionStats,
      lineTypes: typeUnique,
      rejectReasons: REJECT_CODES.map((code, i) => ({ code, rows: this.rejectCounts[i]! })).filter(
        (r) => r.rows > 0,
      ),
      dataClasses: this.dataClasses(),
      numberSet,
      reading: this.reading(rejected),
    };
    if (accepted + rejected !== this.rows)
      throw new RingfenceError('INTERNAL', { reason: 'row accounting does not balance' });
    rmSync(this.build.path('spill'), { recursive: true, force: true });
    const manifest = await this.build.publish(
      this.description(),
      stats,
      rowsWritten === undefined
        ? undefined
        : { bytes: rowsWritten.bytes, sha256: rowsWritten.sha256 },
    );
    return {
      name: this.options.name,
      ...counts,
      duplicates: manifest.counts.duplicates,
      countries: manifest.counts.countries,
      numberSet,
      spilledRuns: this.accumulator.spilledRuns,
      reading: stats.reading!,
    };
  }

  /** An ingest that accepted no row publishes nothing: the error says what the rows were. */
  private noNumbers(): RingfenceError {
    let top = -1;
    for (let i = 0; i < this.rejectCounts.length; i++)
      if (
        this.rejectCounts[i]! > 0 &&
        (top === -1 || this.rejectCounts[i]! > this.rejectCounts[top]!)
      )
        top = i;
    return new RingfenceError('NO_NUMBERS', {
      path: this.options.input,
      rows: this.rows,
      rejected: this.rows,
      reason: top === -1 ? 'no data rows' : REJECT_CODES[top]!,
    });
  }

  private reading(rejected: number): InputReading {
    const warnings: ReadingNote[] = [];
    if (this.rows > 0 && rejected / this.rows > REJECTED_SHARE_WARNING)
      warnings.push({
        code: 'REJECTED_SHARE',
        message: `${Math.round((100 * rejected) / this.rows)}% of the rows were rejected (${count(rejected)} of ${count(this.rows)}): check the phone column and the default region before quoting these figures.`,
        rows: rejected,
      });
    const notes: ReadingNote[] = [];
    for (const state of this.files) {
      const prefix = this.files.length > 1 ? `${displayName(state.file)}: ` : '';
      for (const note of describeEncoding(state.decoding, state.repaired))
        notes.push({ ...note, message: prefix + note.message });
      if (state.jsonArray !== null) {
        const note = describeJsonArray(state.jsonArray.counts());
        notes.push({ ...note, message: prefix + note.message });
      }
    }
    if (this.literalQuotes > 0)
      notes.push({
        code: 'LITERAL_QUOTES',
        message: `${count(this.literalQuotes)} ${this.literalQuotes === 1 ? 'row' : 'rows'} opened a quote that never closed: read again with the quote taken literally`,
        rows: this.literalQuotes,
      });
    if (this.multiNumberRows > 0)
      notes.push({
        code: 'MULTI_NUMBER_CELLS',
        message: `${count(this.multiNumberRows)} ${this.multiNumberRows === 1 ? 'row' : 'rows'} held several numbers in one cell: ${count(this.extraNumbers)} more ${this.extraNumbers === 1 ? 'number' : 'numbers'} read from them (one line of rows.parquet per number)`,
        rows: this.multiNumberRows,
      });
    return {
      notes,
      warnings,
      skippedFiles: this.skipped.map((f) => ({ path: f.path, reason: SKIP_REASONS[f.reason] })),
      literalQuotes: this.literalQuotes,
      multiNumberRows: this.multiNumberRows,
      extraNumbers: this.extraNumbers,
      validNumbers: this.validNumbers,
      nulBytes: this.files.reduce((sum, s) => sum + s.repaired.nulBytes, 0),
      reencodedLines: this.files.reduce((sum, s) => sum + s.repaired.reencodedLines, 0),
    };
  }

  private description(): LeakDescription {
    const flags = this.options.flags;
    return {
      kind: 'leak',
      title: this.options.title ?? this.options.name,
      source: this.options.source ?? null,
      breachDate: this.options.breachDate ?? null,
      metadataVersion: metadataVersion(),
      flags: {
        verified: flags?.verified ?? false,
        fabricated: flags?.fabricated ?? false,
        sensitive: flags?.sensitive ?? false,
        spamList: flags?.spamList ?? false,
        recompilation: false,
      },
      inputs: this.files.map((s) => {
        const dialect = s.sniffed.dialect;
        return {
          path: displayName(s.file),
          bytes: s.file.bytes,
          kind: dialect.kind,
          delimiter: dialect.kind === 'delimited' ? String.fromCharCode(dialect.delimiter) : null,
          header: dialect.header,
          columns: [...dialect.columns],
          phoneColumn: dialect.columns[dialect.phoneColumn] ?? 'phone',
          countryColumn:
            dialect.countryColumn >= 0 ? (dialect.columns[dialect.countryColumn] ?? null) : null,
          rows: s.rows,
        };
      }),
    };
  }

  /** A report of the phase; `done` is held under `total` until the phase says it has ended. */
  private progress(phase: IngestPhase, done: number, total: number, ended = false): void {
    if (this.options.onProgress === undefined) return;
    const shown = ended ? total : total > 0 ? Math.min(done, total - 1) : done;
    this.options.onProgress({ phase, done: shown, total, rows: this.rows });
  }

  private async readFile(index: number, file: InputFile): Promise<void> {
    const stdin = this.options.stdin ?? process.stdin;
    let pending: Uint8Array = new Uint8Array(0);
    let owned = false;
    // Every decompressed byte must reach a normaliser: checked at the end.
    let decompressed = 0;
    let dispatched = 0;
    let state = null as FileState | null;
    let first = true;
    // Each chunk in flight, with the input bytes read when it was cut: once it is merged, its
    // rows are counted and the reading has got that far (ahead by the uncut tail, under a chunk).
    const inFlight: {
      result: ReturnType<NormaliserPool['run']>;
      read: number;
    }[] = [];
    const drain = async (limit: number): Promise<void> => {
      while (inFlight.length > limit) {
        const { result, read } = inFlight.shift()!;
        const done = await result;
        if (done.input !== null) this.readBuffers.give(done.input);
        this.merge(state!, done.result);
        this.progress('reading', read, this.bytesTotal);
      }
    };
    const dispatch = async (bytes: Uint8Array, movable: boolean): Promise<void> => {
      const options: ChunkOptions = {
        dialect: state!.sniffed.dialect,
        defaultRegion: this.defaultRegion,
        first,
        writeRows: this.rowsFile !== null,
        rowsCodec: this.options.rowsCodec,
      };
      first = false;
      dispatched += bytes.length;
      inFlight.push({
        result: this.pool.run(movable ? bytes : new Uint8Array(bytes), options),
        read: this.bytesRead,
      });
      await drain(this.pool.size * 2);
    };
    const start = (sample: Uint8Array): void => {
      // A named file is always read, but a binary one (an archive, image, database) has no rows.
      // Told from the same head as a directory's files (the whole sample took 45 ms more).
      const kind = classifyDataFile(displayName(file), sample.subarray(0, HEAD_BYTES));
      if (!kind.data && kind.reason === 'binary')
        throw new RingfenceError('UNREADABLE_INPUT', {
          path: file.path,
          reason: `it is ${SKIP_REASONS.binary}`,
        });
      const array = lines.reader() ?? null;
      const sampled = array === null ? sample : sniffSample(sample);
      const sniffed = sniff(repairChunk(sampled).bytes, file.path, this.engine, this.regions, {
        phoneColumn: this.options.phoneColumn,
        countryColumn: this.options.countryColumn,
        header: this.options.header,
        defaultRegion: this.defaultRegion,
      });
      state = {
        file,
        sniffed,
        rows: 0,
        lines: 0,
        filled: new Float64Array(sniffed.dialect.columns.length),
        decoding: decoded.info() ?? { encoding: 'utf-8', bom: false, lineEnding: 'none' },
        repaired: { nulBytes: 0, reencodedLines: 0, invalidBytes: 0 },
        jsonArray: array,
      };
      this.files.push(state);
      this.rowsFile?.startFile(displayName(file), sniffed.dialect);
      const dialect = sniffed.dialect;
      this.options.log?.info('input sniffed', {
        input: index,
        kind: dialect.kind,
        header: dialect.header,
        columns: dialect.columns.length,
        phoneColumn: dialect.phoneColumn,
        countryColumn: dialect.countryColumn,
      });
    };
    const decoded = decodeStream(
      readInput(
        file,
        stdin,
        (n) => {
          this.bytesRead += n;
        },
        this.readBuffers,
      ),
    );
    // A JSON array is read as JSON Lines, one element per line (json-array.ts).
    const lines = jsonArrayLines(decoded.chunks);
    for await (const chunk of lines.chunks) {
      // A reader's chunk may share its memory with the reader's next chunks: it is copied
      // before any of it moves to a thread, unless it is a read of ours (ReadBuffers). Buffers
      // made here are ours to move. The uncut tail goes in front of the next chunk, in the room
      // kept for it when there is some.
      decompressed += chunk.length;
      if (pending.length === 0) {
        owned = this.readBuffers.owns(chunk);
        pending = chunk;
      } else {
        owned = true;
        pending = this.readBuffers.prepend(pending, chunk) ?? Buffer.concat([pending, chunk]);
      }
      if (state === null) {
        if (pending.length < SAMPLE_BYTES) continue;
        start(pending.subarray(0, this.cutter.boundary(pending, pending.length, true)));
      }
      while (pending.length >= CHUNK_BYTES) {
        const cut = this.cutter.boundary(
          pending,
          pending.length,
          isDelimited(state!),
          state!.sniffed.dialect.delimiter,
        );
        if (cut === 0) break;
        // The tail is copied out so that the chunk's memory can be handed to a thread as is.
        const piece = pending.subarray(0, cut);
        // (a copy: Buffer#slice would be a view of the memory that moves)
        pending = Uint8Array.prototype.slice.call(pending, cut);
        await dispatch(piece, owned);
        owned = true;
      }
    }
    if (state === null) start(pending);
    state!.decoding = await decoded.decided;
    if (pending.length > 0) await dispatch(pending, owned);
    await drain(0);
    if (dispatched !== decompressed)
      throw new RingfenceError('INTERNAL', { reason: 'bytes read and bytes normalised differ' });
  }

  private merge(state: FileState, result: ChunkResult): void {
    const firstLine = state.lines;
    state.lines += result.lines;
    const fileName = displayName(state.file);
    this.chunksMerged++;
    if (result.rows !== null) this.rowsFile!.add(result.rows, firstLine);
    this.rows += result.records;
    state.rows += result.records;
    this.headerLines += result.headerLines;
    this.blankLines += result.blankLines;
    this.valid += result.valid;
    this.possibleOnly += result.possibleOnly;
    this.literalQuotes += result.literalQuotes;
    this.multiNumberRows += result.multiNumberRows;
    this.extraNumbers += result.extraNumbers;
    this.validNumbers += result.values.length;
    state.repaired.nulBytes += result.repaired.nulBytes;
    state.repaired.reencodedLines += result.repaired.reencodedLines;
    state.repaired.invalidBytes += result.repaired.invalidBytes;
    for (let i = 0; i < result.rejectCounts.length; i++)
      this.rejectCounts[i]! += result.rejectCounts[i]!;
    for (let i = 0; i < result.regionRows.length; i++) this.regionRows[i]! += result.regionRows[i]!;
    for (let i = 0; i < result.filled.length && i < state.filled.length; i++)
      state.filled[i]! += result.filled[i]!;
    if (result.rejects.length > 0) {
      let text = '';
      for (const r of result.rejects)
        text +=
          JSON.stringify({ file: fileName, line: firstLine + r.line, code: r.code, raw: r.raw }) +
          '\n';
      this.rejects.write(text);
    }
    for (let k = 0; k < result.keys.length; k++)
      this.accumulator.add(
        result.keys[k]!,
        result.values.subarray(result.keyOffsets[k], result.keyOffsets[k + 1]),
      );
    this.options.log?.debug('chunk merged', {
      chunk: this.chunksMerged,
      rows: this.rows,
      spilledRuns: this.accumulator.spilledRuns,
    });
  }

  /** Sorts and dedupes every partition, writes numbers.rfns and the per-region figures. */
  private async writeNumberSet(): Promise<{
    numberSet: NumberSetSummary;
    regionStats: RegionStats[];
    typeUnique: { type: string; unique: number }[];
  }> {
    const writer = NumberSetWriter.open(this.build.path('numbers.rfns'));
    // A partition is every key of one (calling code, length): its keys are sorted and its block
    // encoded in a thread, a few partitions ahead of the one being written, in key order.
    const keys = this.accumulator.sortedKeys().map((key) => ({ key, ...unpackKey(key) }));
    const partitions: (typeof keys)[] = [];
    for (const k of keys) {
      const last = partitions[partitions.length - 1]?.[0];
      if (last?.callingCode === k.callingCode && last.nsnLength === k.nsnLength)
        partitions[partitions.length - 1]!.push(k);
      else partitions.push([k]);
    }
    const tally = new RegionTally();
    // Partitions in flight, taken in order: two per thread at least, more while their values
    // are few (a small one is sorted faster than a thread hears of the next through this one),
    // so that a thread always has the next at hand while the copies in flight stay small.
    const pending: { values: number; result: ReturnType<NormaliserPool['partition']> }[] = [];
    let inFlight = 0;
    let submitted = 0;
    const next = (): ReturnType<NormaliserPool['partition']> => {
      while (
        submitted < partitions.length &&
        (pending.length < this.pool.size * 2 ||
          (pending.length < this.pool.size * 8 && inFlight < IN_FLIGHT_VALUES))
      ) {
        const group = partitions[submitted++]!;
        const raw = group.map((k) => this.accumulator.takeRaw(k.key));
        const values = raw.reduce((sum, r) => sum + r.length, 0);
        inFlight += values;
        pending.push({
          values,
          result: this.pool.partition(group[0]!.callingCode, group[0]!.nsnLength, raw),
        });
      }
      const first = pending.shift()!;
      inFlight -= first.values;
      return first.result;
    };
    this.progress('sorting', 0, keys.length);
    let done = 0;
    for (const group of partitions) {
      const { blocks, encoded } = await next();
      group.forEach((k, i) => {
        const typeName = k.type === 0 ? 'UNKNOWN' : PHONE_TYPES[k.type - 1]!;
        // A key's unique numbers are its blocks' counts added up.
        const unique = blocks[i]!.counts.reduce((sum, n) => sum + n, 0);
        tally.add(k.region, k.callingCode, typeName, unique);
        tally.addBlockCounts(k.region, k.callingCode, k.nsnLength, blocks[i]!);
      });
      if (encoded !== null) writer.addEncoded(encoded);
      done += group.length;
      this.progress('sorting', done, keys.length);
    }
    const numberSet = writer.close();
    this.progress('sorting', keys.length, keys.length, true);
    const metadata = this.engine.metadata;
    return {
      numberSet,
      regionStats: tally.regions(this.engine.regionIds, numberSet.count, {
        counts: this.regionRows,
        callingCode: (i) => metadata.regions[i]?.callingCode ?? 0,
      }),
      typeUnique: tally.lineTypes(),
    };
  }

  private dataClasses(): LeakStats['dataClasses'] {
    const byColumn = new Map<string, { dataClass: string; filled: number; rows: number }>();
    for (const state of this.files) {
      state.sniffed.dialect.columns.forEach((column, c) => {
        const entry = byColumn.get(column) ?? {
          dataClass: state.sniffed.dataClasses[c] ?? 'Other',
          filled: 0,
          rows: 0,
        };
        entry.filled += state.filled[c] ?? 0;
        entry.rows += state.rows;
        byColumn.set(column, entry);
      });
    }
    return [...byColumn].map(([column, e]) => ({
      column,
      dataClass: e.dataClass,
      filled: e.filled,
      fillRate: this.rows === 0 ? 0 : e.filled / this.rows,
    }));
  }
}

const count = (n: number): string => n.toLocaleString('en-US');

/** Values of the partitions being sorted past which no more than two per thread are sent. */
const IN_FLIGHT_VALUES = 1 << 20;

function isDelimited(state: FileState): boolean {
  return state.sniffed.dialect.kind === 'delimited';
}

/** A file as named in rejects, rows and the manifest: its base name, or "-" for stdin. */
function displayName(file: InputFile): string {
  return file.path === '-' ? '-' : basename(file.path);
}
