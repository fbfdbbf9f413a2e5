/**
 * `ringfence phone`: numbers from the arguments or stdin lines, results as a table or as JSON
 * Lines. Stdin is read in chunks and parsed with the batch API, so memory stays flat whatever
 * the input's size, and output waits for stdout to drain. `--find` reads running text instead
 * and prints every number found in it, with its span.
 *
 * With `--threads n` above 1, past `threadAfterBytes` of stdin (or at once for a file that large),
 * worker threads join the main thread for the rest (phone-threads.ts): the output is the same
 * bytes, in the same order.
 * Small inputs (an `echo`, a short file) never start a thread, so they start as fast as before.
 * `--find` stays on the main thread.
 */
import { fstatSync, readSync, writeSync, type Stats } from 'node:fs';
import { isatty } from 'node:tty';
import type { Readable, Writable } from 'node:stream';
import { RingfenceError } from '../errors.js';
import {
  defaultPhoneEngine,
  type FoundPhone,
  type Leniency,
  type PhoneEngine,
  type PhoneParseResult,
} from '../phone/index.js';
import { fastJsonLines } from './phone-fast.js';
import { JsonLinesWriter } from './phone-json.js';
import type { PhoneThreads } from './phone-threads.js';

export interface PhoneCommandOptions {
  readonly region?: string;
  readonly json: boolean;
  /** Find numbers in running text instead of reading one number per line. */
  readonly find?: boolean;
  readonly leniency?: Leniency;
  /**
   * Threads that format large stdin, the main thread included (default: one per idle core, at
   * most 8); 1 keeps everything on the main thread.
   */
  readonly threads?: string;
}

/** Where stdin is cut for the threads (tests force small values to cross many boundaries). */
export interface PhoneTuning {
  /** Stdin bytes read (or the size of a file on stdin) before threads start (default 1 MiB). */
  readonly threadAfterBytes?: number;
  /** Input bytes per chunk sent to a thread (default 1 MiB). */
  readonly chunkBytes?: number;
  /** Wait for the threads once started, instead of going on without them until they are warm. */
  readonly waitForThreads?: boolean;
  /** Told how many chunks the threads formatted, when they took over. */
  readonly onThreadChunks?: (chunks: number) => void;
}

const MIB = 1 << 20;
const READ_BYTES = 1 << 16;

export interface PhoneIo {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable;
}

// eslint-disable-next-line no-control-regex -- JSON must escape control characters
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u2028\u2029]/;

function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** One JSON Lines record: the same shape for the argument and the stdin paths. */
export function phoneJson(input: string, result: PhoneParseResult): string {
  if (!result.ok) return `{"input":${quote(input)},"error":{"code":"${result.error.code}"}}`;
  return (
    `{"input":${quote(input)},"valid":${result.valid},"possible":${result.possible},` +
    `"e164":"${result.e164}","region":${result.region === null ? 'null' : `"${result.region}"`},` +
    `"type":${result.type === null ? 'null' : `"${result.type}"`}` +
    (result.guessed ? ',"guessed":true' : '') +
    (result.extension !== null ? `,"extension":"${result.extension}"` : '') +
    '}'
  );
}

const COLUMNS = [24, 17, 6, 21, 6] as const;

function tableHeader(): string {
  return row(['INPUT', 'E164', 'REGION', 'TYPE', 'VALID', 'NOTE']);
}

function row(cells: readonly string[]): string {
  return `${cells.map((c, i) => (i < COLUMNS.length ? pad(c, COLUMNS[i]!) : c)).join(' ')}\n`;
}

function pad(text: string, width: number): string {
  const shown = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return shown.padEnd(width);
}

export function phoneRow(input: string, result: PhoneParseResult): string {
  if (!result.ok) return row([input, '', '', '', 'no', result.error.code]);
  const notes: string[] = [];
  if (!result.valid && result.possible) notes.push('possible length only');
  if (result.guessed) notes.push(`guessed (${result.reading})`);
  if (result.extension !== null) notes.push(`extension ${result.extension} dropped`);
  return row([
    input,
    result.e164,
    result.region ?? '-',
    result.type ?? '-',
    result.valid ? 'yes' : 'no',
    notes.join('; '),
  ]);
}

/**
 * One number found by `--find`: the line it is on (1-based, or the argument's position), its span
 * in that line (UTF-16 offsets, end exclusive, as `String#slice` takes them) and the text there.
 */
export function foundJson(line: number, text: string, found: FoundPhone): string {
  return (
    `{"line":${line},"start":${found.start},"end":${found.end},` +
    `"text":${quote(text.slice(found.start, found.end))},"valid":${found.valid},` +
    `"possible":${found.possible},"e164":"${found.e164}",` +
    `"region":${found.region === null ? 'null' : `"${found.region}"`},` +
    `"type":${found.type === null ? 'null' : `"${found.type}"`}` +
    (found.extension !== null ? `,"extension":"${found.extension}"` : '') +
    '}'
  );
}

const FIND_COLUMNS = [6, 9, 24, 17, 6, 21] as const;

function foundRow(cells: readonly string[]): string {
  const line = cells.map((c, i) => (i < FIND_COLUMNS.length ? pad(c, FIND_COLUMNS[i]!) : c));
  return `${line.join(' ').trimEnd()}\n`;
}

function foundTableRow(line: number, text: string, found: FoundPhone): string {
  return foundRow([
    String(line),
    `${found.start}-${found.end}`,
    text.slice(found.start, found.end),
    found.e164,
    found.region ?? '-',
    found.type ?? '-',
    found.extension === null ? '' : `extension ${found.extension}`,
  ]);
}

/**
 * `ringfence phone --find`: the numbers in running text, line by line (a phone number never
 * spans a line break, so memory stays flat however long the text).
 */
async function runFind(
  texts: readonly string[],
  options: PhoneCommandOptions,
  io: PhoneIo,
): Promise<void> {
  const engine = defaultPhoneEngine();
  const findOptions = {
    ...(options.region === undefined ? {} : { defaultRegion: options.region }),
    leniency: options.leniency ?? 'VALID',
  };
  engine.regionIndex(options.region);
  const out = new Output(io.stdout);
  if (!options.json)
    await out.write(foundRow(['LINE', 'SPAN', 'TEXT', 'E164', 'REGION', 'TYPE', 'NOTE']));
  const report = (line: number, text: string): string => {
    let output = '';
    for (const found of engine.findNumbers(text, findOptions)) {
      output += options.json
        ? `${foundJson(line, text, found)}\n`
        : foundTableRow(line, text, found);
    }
    return output;
  };
  if (texts.length > 0) {
    for (let i = 0; i < texts.length; i++) await out.write(report(i + 1, texts[i]!));
    return;
  }
  if (io.stdin.isTTY)
    throw new RingfenceError('USAGE', { reason: 'give texts as arguments or pipe them on stdin' });
  const decoder = new TextDecoder();
  let carry = '';
  let line = 0;
  for await (const chunk of io.stdin as AsyncIterable<Buffer>) {
    const data = carry + decoder.decode(chunk, { stream: true });
    const parts = data.split('\n');
    carry = parts.pop()!;
    // One write per chunk, so that output waits for stdout to drain per chunk, not per line.
    let output = '';
    for (const part of parts)
      output += report(++line, part.endsWith('\r') ? part.slice(0, -1) : part);
    if (output !== '') await out.write(output);
  }
  carry += decoder.decode();
  if (carry !== '') await out.write(report(++line, carry));
}

/**
 * By default one thread per idle core (the cores less the 1-minute load average), at most 8. A
 * worker pays off only on a core of its own: it starts a V8 isolate that compiles the hot code
 * again, and with another process holding one of two cores, two threads took more wall time
 * and ~1.5x the CPU time of one.
 */
/**
 * Threads for a large stdin: 1 unless asked. On this project's 2-core machine two threads were
 * slower than one (1M E.164 lines: 0.75 s against 0.66 s, quiet machine): the main thread's
 * reading and writing and a second V8 instance cost more than the parse they share.
 */
function threadCount(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new RingfenceError('USAGE', { reason: '--threads must be a positive integer' });
  return n;
}

export async function runPhone(
  numbers: readonly string[],
  options: PhoneCommandOptions,
  io: PhoneIo,
  tuning: PhoneTuning = {},
): Promise<void> {
  threadCount(options.threads); // a bad --threads is a usage error, with --find too
  try {
    await (options.find === true
      ? runFind(numbers, options, io)
      : runNumbers(numbers, options, io, tuning));
  } catch (error) {
    // `ringfence phone … | head`: the reader has what it wanted.
    if (error instanceof ReaderGone) return;
    throw error;
  }
}

async function runNumbers(
  numbers: readonly string[],
  options: PhoneCommandOptions,
  io: PhoneIo,
  tuning: PhoneTuning,
): Promise<void> {
  const threads = threadCount(options.threads);
  const engine = defaultPhoneEngine();
  const region = engine.regionIndex(options.region);
  const out = new Output(io.stdout);
  if (!options.json) await out.write(tableHeader());
  if (numbers.length > 0) {
    for (const input of numbers) {
      const result = engine.parseWithRegion(input, region);
      await out.write(options.json ? `${phoneJson(input, result)}\n` : phoneRow(input, result));
    }
    return;
  }
  if (io.stdin.isTTY)
    throw new RingfenceError('USAGE', {
      reason: 'give numbers as arguments or pipe them on stdin',
    });
  // Straight from the formatter's memory to a file, or a copy for a stream to hold on to.
  const format = lineFormatter(engine, region, options.json, {
    transient: out.direct && threads === 1,
  });
  const stdinFile = threads === 1 ? fileDescriptor(io.stdin) : undefined;
  const input: AsyncIterator<Buffer> | Iterator<Buffer> =
    stdinFile === undefined
      ? (io.stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]()
      : fileChunks(stdinFile);
  const threadAfter = tuning.threadAfterBytes ?? MIB;
  // `warm` is set from the threads' ready callback, between two reads.
  let pool: { readonly threads: PhoneThreads; warm: boolean } | undefined;
  const startThreads = async (): Promise<void> => {
    // The main thread keeps going until a worker is warm; if none starts, it finishes alone.
    const { PhoneThreads } = await import('./phone-threads.js');
    const started = new PhoneThreads({
      threads,
      chunkBytes: tuning.chunkBytes ?? MIB,
      region,
      json: options.json,
      formatHere: format,
    });
    const state = { threads: started, warm: false };
    started.ready.then(
      () => (state.warm = true),
      () => undefined,
    );
    pool = state;
    if (tuning.waitForThreads === true) await started.ready;
  };
  let read = 0;
  let carry: Buffer = Buffer.alloc(0);
  try {
    // A file on stdin says its size: the workers start at once, while the main thread reads.
    if (threads > 1 && (fileSize(io.stdin) ?? 0) >= threadAfter) await startThreads();
    for (;;) {
      if (pool?.warm === true) {
        const chunks = await pool.threads.run(carry, input, (bytes) => out.write(bytes));
        tuning.onThreadChunks?.(chunks);
        return;
      }
      const next = await input.next();
      if (next.done === true) break;
      const chunk = next.value;
      read += chunk.length;
      const data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const last = data.lastIndexOf(10);
      if (last < 0) {
        carry = data === chunk ? Buffer.from(chunk) : data; // a file's chunk memory is reused
      } else {
        await out.write(format(data.subarray(0, last + 1)));
        carry = Buffer.from(data.subarray(last + 1));
      }
      if (pool === undefined && threads > 1 && read >= threadAfter) await startThreads();
    }
    if (carry.length > 0) await out.write(format(carry));
  } catch (error) {
    await input.return?.(); // as `for await` would: the stream is destroyed
    throw error;
  } finally {
    await pool?.threads.close();
  }
}

/** The size of stdin when it is a regular file (`< dump.txt`), else undefined. */
function fileSize(stdin: Readable): number | undefined {
  const stat = statOf(stdin);
  return stat?.isFile() === true ? stat.size : undefined;
}

/** The descriptor of stdin when it is a regular file, which reads faster without a stream. */
function fileDescriptor(stdin: Readable): number | undefined {
  return statOf(stdin)?.isFile() === true ? (stdin as unknown as { fd: number }).fd : undefined;
}

function statOf(stream: Readable | Writable): Stats | undefined {
  const fd = (stream as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return undefined;
  try {
    return fstatSync(fd);
  } catch {
    return undefined;
  }
}

/**
 * A regular file read in chunks of 64 KiB (as a stream reads it: larger chunks made mixed input
 * 10% slower, their output buffers growing), into the same memory each time: the caller is done
 * with a chunk (it formats it and copies what it keeps) before it asks for the next.
 */
function* fileChunks(fd: number): Generator<Buffer, void, undefined> {
  const chunk = Buffer.allocUnsafe(READ_BYTES);
  for (;;) {
    const size = readSync(fd, chunk, 0, READ_BYTES, null);
    if (size === 0) return;
    yield chunk.subarray(0, size);
  }
}

/**
 * Parses a run of whole lines and formats them as JSON Lines (bytes) or table rows; each line on
 * its own, so that the output does not depend on how the lines were cut into runs. The threads
 * (phone-worker.ts) format with this same function.
 */
export function lineFormatter(
  engine: PhoneEngine,
  region: number,
  json: boolean,
  options: {
    /** false: the TypeScript path only (for tests that compare both). */
    readonly fast?: boolean;
    /** Output bytes may be reused by the next call (the caller writes them at once). */
    readonly transient?: boolean;
  } = {},
): (data: Buffer) => Uint8Array | string {
  const writer = new JsonLinesWriter(engine.regionIds);
  const fast = json && options.fast !== false ? fastJsonLines(engine, region, writer) : null;
  return (data) => {
    if (fast !== null) {
      const output = fast.format(data);
      return options.transient === true ? output : output.slice();
    }
    if (json) {
      writer.writeBatch(engine.parseBatchWithRegion(data, region), data);
      return writer.take();
    }
    // The table takes each line's result object: the lines are cut here, parsed once each.
    let output = '';
    for (let start = 0; start < data.length;) {
      const newline = data.indexOf(10, start);
      const next = newline < 0 ? data.length : newline + 1;
      let end = newline < 0 ? data.length : newline;
      if (end > start && data[end - 1] === 13) end--;
      const input = data.toString('utf8', start, end);
      output += phoneRow(input, engine.parseWithRegion(input, region));
      start = next;
    }
    return output;
  };
}

/** Stdout was closed by its reader (EPIPE). */
class ReaderGone extends Error {}

function outputClosed(error: NodeJS.ErrnoException): Error {
  if (error.code === 'EPIPE') return new ReaderGone();
  return new RingfenceError('IO_ERROR', { path: 'stdout', reason: error.code ?? error.message });
}

/**
 * Stdout. A regular file or a device that is no terminal (`> out.jsonl`, `> /dev/null`) is
 * written at once, without a stream (`direct`); anything else through the stream, waiting for
 * it to drain. A reader that goes away (`| head`) ends the output quietly (ReaderGone).
 */
class Output {
  readonly direct: boolean;
  private readonly fd: number;
  private closed: Error | null = null;

  constructor(private readonly stream: Writable) {
    const stat = statOf(stream);
    this.fd = (stream as { fd?: number }).fd ?? -1;
    this.direct =
      stat !== undefined && (stat.isFile() || (stat.isCharacterDevice() && !isatty(this.fd)));
    stream.on('error', (error: Error) => (this.closed = error));
  }

  write(text: string | Uint8Array): Promise<void> {
    if (this.direct) {
      const bytes = typeof text === 'string' ? Buffer.from(text) : text;
      try {
        for (let at = 0; at < bytes.length;) at += writeSync(this.fd, bytes, at);
      } catch (error) {
        return Promise.reject(outputClosed(error as NodeJS.ErrnoException));
      }
      return Promise.resolve();
    }
    if (this.closed !== null) return Promise.reject(outputClosed(this.closed));
    if (this.stream.write(text)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const settle = (): void => {
        this.stream.off('drain', settle);
        this.stream.off('error', settle);
        if (this.closed === null) resolve();
        else reject(outputClosed(this.closed));
      };
      this.stream.on('drain', settle);
      this.stream.on('error', settle);
    });
  }
}
