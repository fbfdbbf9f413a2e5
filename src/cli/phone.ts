/**
 * `ringfence phone`: numbers from the arguments or stdin lines, results as a table or as JSON
 * Lines. Stdin is read in chunks and parsed with the batch API, so memory stays flat whatever
 * the input's size, and output waits for stdout to drain. `--find` reads running text instead
 * and prints every number found in it, with its span.
 */
import type { Readable, Writable } from 'node:stream';
import { RingfenceError } from '../errors.js';
import {
  defaultPhoneEngine,
  type FoundPhone,
  type Leniency,
  type PhoneEngine,
  type PhoneParseResult,
} from '../phone/index.js';
import { JsonLinesWriter } from './phone-json.js';

export interface PhoneCommandOptions {
  readonly region?: string;
  readonly json: boolean;
  /** Find numbers in running text instead of reading one number per line. */
  readonly find?: boolean;
  readonly leniency?: Leniency;
}

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

export async function runPhone(
  numbers: readonly string[],
  options: PhoneCommandOptions,
  io: PhoneIo,
): Promise<void> {
  if (options.find === true) return runFind(numbers, options, io);
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
  const format = lineFormatter(engine, region, options.json);
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of io.stdin as AsyncIterable<Buffer>) {
    const data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const last = data.lastIndexOf(10);
    if (last < 0) {
      carry = data;
      continue;
    }
    await out.write(format(data.subarray(0, last + 1)));
    carry = Buffer.from(data.subarray(last + 1));
  }
  if (carry.length > 0) await out.write(format(carry));
}

/** Parses a run of whole lines and formats them as JSON Lines (bytes) or table rows. */
function lineFormatter(
  engine: PhoneEngine,
  region: number,
  json: boolean,
): (data: Buffer) => Uint8Array | string {
  const writer = new JsonLinesWriter(engine.regionIds);
  return (data) => {
    const batch = engine.parseBatchWithRegion(data, region);
    if (json) {
      for (let i = 0; i < batch.count; i++) writer.writeLine(batch, data, i);
      return writer.take();
    }
    let output = '';
    for (let i = 0; i < batch.count; i++) {
      const input = data.toString('utf8', batch.lineStart[i], batch.lineEnd[i]);
      output += phoneRow(input, engine.parseWithRegion(input, region));
    }
    return output;
  };
}

class Output {
  constructor(private readonly stream: Writable) {}

  write(text: string | Uint8Array): Promise<void> {
    if (this.stream.write(text)) return Promise.resolve();
    return new Promise((resolve) => this.stream.once('drain', resolve));
  }
}
