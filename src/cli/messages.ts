/**
 * `ringfence message` and `ringfence call`: argument parsing and printing only; the analysis is
 * src/messages. With no text, `message` reads JSON Lines from stdin and prints one result per
 * line, in order; a bad line gets an error object with its line number and the rest carries on.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { RingfenceError, isRingfenceError } from '../errors.js';
import type { CallAnalysis, MessageAnalysis } from '../messages/index.js';

export interface MessageIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

export interface MessageCommandOptions {
  readonly sender?: string;
  readonly received?: string;
  readonly region?: string;
  readonly json: boolean;
}

function printAnalysis(
  result: MessageAnalysis | CallAnalysis,
  subject: string,
  io: MessageIo,
): void {
  const lines = [
    `${result.verdict.toUpperCase()} (${Math.min(99.9, result.score * 100).toFixed(1)}% likely malicious), ${result.category}`,
    '',
    'Why:',
    ...result.reasons.map((r) => `  - ${r.text} [${r.code}]`),
    '',
    'What to do:',
    ...result.advice.map((a) => `  - ${a}`),
  ];
  const urls = result.indicators.urls;
  if (urls.length > 0)
    lines.push(
      '',
      'Links:',
      ...urls.map(
        (u) =>
          `  - ${u.text}: ${u.registeredDomain ?? u.host}${u.officialBrand !== null ? ` (official: ${u.officialBrand})` : ''}${u.imitates !== null ? ` (imitates ${u.imitates.brand}: ${u.imitates.how})` : ''}${u.isShortener ? ' (shortener)' : ''}`,
      ),
    );
  io.stdout.write(`${subject}: ${lines.join('\n')}\n`);
}

export async function runMessage(
  text: string | undefined,
  options: MessageCommandOptions,
  io: MessageIo,
): Promise<void> {
  const { analyseMessage } = await import('../messages/index.js');
  if (text !== undefined) {
    const result = analyseMessage({
      text,
      ...(options.sender === undefined ? {} : { sender: options.sender }),
      ...(options.received === undefined ? {} : { receivedAt: options.received }),
      ...(options.region === undefined ? {} : { recipientRegion: options.region }),
    });
    if (options.json) io.stdout.write(JSON.stringify(result) + '\n');
    else printAnalysis(result, 'message', io);
    if (result.verdict === 'scam') process.exitCode = 2;
    return;
  }
  // JSON Lines in, one result per line out, in order.
  let line = 0;
  let failed = 0;
  for await (const raw of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    line++;
    if (raw.trim() === '') {
      io.stdout.write(
        JSON.stringify({ line, error: { code: 'INVALID_MESSAGE', message: 'empty line' } }) + '\n',
      );
      failed++;
      continue;
    }
    try {
      let input: unknown;
      try {
        input = JSON.parse(raw);
      } catch {
        throw new RingfenceError('INVALID_MESSAGE', { reason: 'not JSON' });
      }
      const record = input as Record<string, unknown>;
      const result = analyseMessage({
        ...(record as { text: string }),
        ...(record['recipientRegion'] === undefined && options.region !== undefined
          ? { recipientRegion: options.region }
          : {}),
      });
      io.stdout.write(JSON.stringify(result) + '\n');
    } catch (error) {
      if (!isRingfenceError(error)) throw error;
      failed++;
      io.stdout.write(
        JSON.stringify({ line, error: { code: error.code, message: error.message } }) + '\n',
      );
    }
  }
  io.stderr.write(`${line} lines, ${line - failed} analysed, ${failed} with errors\n`);
  if (failed > 0) process.exitCode = 65;
}

export interface CallCommandOptions {
  readonly from: string;
  readonly to?: string;
  readonly transcript?: string;
  readonly at?: string;
  readonly region?: string;
  readonly json: boolean;
}

export async function runCall(options: CallCommandOptions, io: MessageIo): Promise<void> {
  const { analyseCall } = await import('../messages/index.js');
  let transcript: string | undefined;
  if (options.transcript !== undefined) {
    try {
      transcript = readFileSync(options.transcript === '-' ? 0 : options.transcript, 'utf8');
    } catch {
      throw new RingfenceError('INPUT_NOT_FOUND', { path: options.transcript });
    }
  }
  const result = analyseCall({
    from: options.from,
    ...(options.to === undefined ? {} : { to: options.to }),
    ...(transcript === undefined ? {} : { transcript }),
    ...(options.at === undefined ? {} : { at: options.at }),
    ...(options.region === undefined ? {} : { recipientRegion: options.region }),
  });
  if (options.json) io.stdout.write(JSON.stringify(result) + '\n');
  else printAnalysis(result, 'call', io);
  if (result.verdict === 'scam') process.exitCode = 2;
}
