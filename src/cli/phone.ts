/**
 * `ringfence phone`: numbers from the arguments or stdin lines, results as a table or as JSON
 * Lines. Stdin is read in chunks and parsed with the batch API, so memory stays flat whatever
 * the input's size, and output waits for stdout to drain.
 */
import type { Readable, Writable } from 'node:stream';
import { RingfenceError } from '../errors.js';
import { defaultPhoneEngine, type PhoneEngine, type PhoneParseResult } from '../phone/index.js';
import { JsonLinesWriter } from './phone-json.js';

export interface PhoneCommandOptions {
  readonly region?: string;
  readonly json: boolean;
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

export async function runPhone(
  numbers: readonly string[],
  options: PhoneCommandOptions,
  io: PhoneIo,
): Promise<void> {
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
