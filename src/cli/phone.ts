/**
 * `ringfence phone`: numbers from the arguments or stdin lines, results as a table or as JSON
 * Lines. Stdin is read in chunks and parsed with the batch API, so memory stays flat whatever
 * the input's size, and output waits for stdout to drain.
 */
import { isAscii } from 'node:buffer';
import type { Readable, Writable } from 'node:stream';
import { RingfenceError } from '../errors.js';
import {
  BATCH_EXTENSION,
  BATCH_GUESSED,
  BATCH_POSSIBLE,
  BATCH_VALID,
  NO_REGION_INDEX,
  PHONE_ERROR_CODES,
  PHONE_TYPES,
  batchE164,
  defaultPhoneEngine,
  type PhoneBatch,
  type PhoneEngine,
  type PhoneParseResult,
} from '../phone/index.js';
import type { PhoneCommandOptions } from './index.js';

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

function batchJson(
  batch: PhoneBatch,
  i: number,
  input: string,
  engine: PhoneEngine,
  region: number,
): string {
  const status = batch.status[i]!;
  if (status !== 0)
    return `{"input":${quote(input)},"error":{"code":"${PHONE_ERROR_CODES[status - 1]}"}}`;
  const flags = batch.flags[i]!;
  // Rare: extension digits are not kept in the batch arrays; the object API has them.
  if (flags & BATCH_EXTENSION) return phoneJson(input, engine.parseWithRegion(input, region));
  const r = batch.region[i]!;
  const type = batch.type[i]!;
  return (
    `{"input":${quote(input)},"valid":${(flags & BATCH_VALID) !== 0},` +
    `"possible":${(flags & BATCH_POSSIBLE) !== 0},"e164":"${batchE164(batch, i)}",` +
    `"region":${r === NO_REGION_INDEX ? 'null' : `"${batch.regionIds[r]}"`},` +
    `"type":${type === 0 ? 'null' : `"${PHONE_TYPES[type - 1]}"`}` +
    ((flags & BATCH_GUESSED) !== 0 ? ',"guessed":true' : '') +
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

export async function runPhone(
  numbers: readonly string[],
  options: PhoneCommandOptions,
  io: PhoneIo,
): Promise<void> {
  const engine = defaultPhoneEngine();
  let region = -1;
  try {
    region = engine.regionIndex(options.region);
  } catch {
    throw new RingfenceError('INVALID_REGION', { region: options.region ?? '' });
  }
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
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of io.stdin as AsyncIterable<Buffer>) {
    const data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const last = data.lastIndexOf(10);
    if (last < 0) {
      carry = data;
      continue;
    }
    await out.write(formatLines(engine, data.subarray(0, last + 1), region, options.json));
    carry = Buffer.from(data.subarray(last + 1));
  }
  if (carry.length > 0) await out.write(formatLines(engine, carry, region, options.json));
}

/** Parses and formats a run of whole lines. */
function formatLines(engine: PhoneEngine, data: Buffer, region: number, json: boolean): string {
  const batch = engine.parseBatchWithRegion(data, region);
  // ASCII chunks can be decoded once and sliced; others per line.
  const text = isAscii(data) ? data.toString('latin1') : null;
  let output = '';
  for (let i = 0; i < batch.count; i++) {
    const start = batch.lineStart[i]!;
    const end = batch.lineEnd[i]!;
    const input = text !== null ? text.slice(start, end) : data.toString('utf8', start, end);
    output += json
      ? `${batchJson(batch, i, input, engine, region)}\n`
      : phoneRow(input, engine.parseWithRegion(input, region));
  }
  return output;
}

class Output {
  constructor(private readonly stream: Writable) {}

  write(text: string): Promise<void> {
    if (this.stream.write(text)) return Promise.resolve();
    return new Promise((resolve) => this.stream.once('drain', resolve));
  }
}
