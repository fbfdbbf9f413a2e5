/**
 * `ringfence phone` on threads writes the same bytes as on the main thread: a seeded mixed input
 * of a few MB (E.164, national numbers, junk, empty lines, CRLF, multibyte characters split
 * across reads, malformed UTF-8, a last line without a newline), read in odd-sized pieces and
 * cut into small chunks so that thousands of boundaries are crossed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import { runPhone, type PhoneCommandOptions, type PhoneTuning } from './phone.js';

class Capture extends Writable {
  private readonly parts: Buffer[] = [];
  constructor() {
    // A small buffer, so that writes wait for drain as they do on a pipe.
    super({ highWaterMark: 1024 });
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.parts.push(Buffer.from(chunk));
    setImmediate(done);
  }
  bytes(): Buffer {
    return Buffer.concat(this.parts);
  }
}

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHAPES: readonly ((r: () => number, digits: (n: number) => string) => string | Buffer)[] = [
  (_, d) => `+447400${d(6)}`,
  (_, d) => `+1213${d(7)}`,
  (_, d) => `+7800${d(7)}`,
  (_, d) => `+49 30 ${d(8)}`,
  (_, d) => `07400 ${d(6)}`,
  (_, d) => `020 7946 ${d(4)}`,
  (_, d) => `(213) 373-${d(4)}`,
  (_, d) => `+44 7400 ${d(6)} x${d(2)}`,
  () => '',
  () => 'hello "quoted" \\ back',
  () => 'tab\there\u0001',
  () => '+٤٤٧٤٠٠١٢٣٤٥٦',
  () => '＋４４ ７４００ １２３４５６',
  () => 'Телефон: 8 (800) 555-35-35',
  () => '📞 +44 7400 123456 ☎',
  () => 'line\u2028sep',
  () => Buffer.from([0x2b, 0x34, 0x34, 0xff, 0xfe, 0x37, 0xe2, 0x82]),
  () => Buffer.from([0xed, 0xa0, 0x80, 0x31, 0xf0, 0x9f, 0x93]),
  (r) => '9'.repeat(1 + Math.floor(r() * 300)),
  () => '4.474E+11',
];

/** `count` lines of every shape, some ending in CRLF, the last one without a newline. */
function mixedInput(seed: number, count: number): Buffer {
  const r = random(seed);
  const digits = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(r() * 10));
    return s;
  };
  const parts: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const line = SHAPES[Math.floor(r() * SHAPES.length)]!(r, digits);
    parts.push(typeof line === 'string' ? Buffer.from(line) : line);
    if (i < count - 1) parts.push(Buffer.from(r() < 0.2 ? '\r\n' : '\n'));
  }
  return Buffer.concat(parts);
}

/** `data` in pieces of 1 to 5,000 bytes: multibyte characters are split across reads. */
function pieces(data: Buffer, seed: number): Buffer[] {
  const r = random(seed);
  const out: Buffer[] = [];
  for (let at = 0; at < data.length;) {
    const size = 1 + Math.floor(r() * 5000);
    out.push(data.subarray(at, at + size));
    at += size;
  }
  return out;
}

async function run(
  data: Buffer,
  options: PhoneCommandOptions,
  tuning?: PhoneTuning,
  seed = 1,
): Promise<Buffer> {
  const out = new Capture();
  await runPhone([], options, { stdin: Readable.from(pieces(data, seed)), stdout: out }, tuning);
  out.end();
  await finished(out);
  return out.bytes();
}

const SMALL: PhoneTuning = { threadAfterBytes: 64 << 10, chunkBytes: 16 << 10 };

describe('ringfence phone on threads', () => {
  const input = mixedInput(17, 160_000);

  it('writes the same JSON Lines as the main thread, in input order', async () => {
    assert.ok(input.length > 2_000_000, `a few MB (${input.length} bytes)`);
    const options = { json: true, region: 'GB' };
    const single = await run(input, { ...options, threads: '1' }, {}, 2);
    let chunks = 0;
    const threaded = await run(
      input,
      { ...options, threads: '2' },
      { ...SMALL, waitForThreads: true, onThreadChunks: (n) => (chunks = n) },
    );
    assert.ok(chunks > 100, `${chunks} chunks on the threads`);
    assert.ok(single.equals(threaded), 'byte-identical');
    assert.equal(single.toString('utf8').split('\n').length, 160_001);
  });

  it('writes the same table as the main thread', async () => {
    const part = input.subarray(0, 600_000);
    const single = await run(part, { json: false, threads: '1' });
    let chunks = 0;
    const threaded = await run(
      part,
      { json: false, threads: '2' },
      { ...SMALL, waitForThreads: true, onThreadChunks: (n) => (chunks = n) },
    );
    assert.ok(chunks > 20, `${chunks} chunks on the threads`);
    assert.ok(single.equals(threaded), 'byte-identical');
  });

  it('writes the same bytes with two workers beside the main thread', async () => {
    const part = input.subarray(0, 600_000);
    const options = { json: true, region: 'DE' };
    const single = await run(part, { ...options, threads: '1' });
    let chunks = 0;
    const threaded = await run(
      part,
      { ...options, threads: '3' },
      { ...SMALL, waitForThreads: true, onThreadChunks: (n) => (chunks = n) },
    );
    assert.ok(chunks > 20, `${chunks} chunks on the threads`);
    assert.ok(single.equals(threaded), 'byte-identical');
  });

  it('hands over from the main thread while the threads warm up, without a seam', async (t) => {
    const options = { json: true, region: 'US' };
    const single = await run(input, { ...options, threads: '1' });
    let chunks = 0;
    const threaded = await run(
      input,
      { ...options, threads: '2' },
      { ...SMALL, onThreadChunks: (n) => (chunks = n) },
      3,
    );
    // Where the hand-over falls depends on how fast the threads start: reported, not asserted.
    t.diagnostic(`${chunks} chunks on the threads after the hand-over`);
    assert.equal(single.toString('utf8').split('\n').length, 160_001);
    assert.ok(single.equals(threaded), 'byte-identical');
  });

  it('keeps a small input on the main thread', async () => {
    let threaded = false;
    const small = input.subarray(0, 50_000);
    const out = await run(
      small,
      { json: true, threads: '2' },
      { ...SMALL, onThreadChunks: () => (threaded = true) },
    );
    assert.equal(threaded, false);
    assert.ok(out.equals(await run(small, { json: true, threads: '1' })));
  });

  it('refuses a thread count that is not a positive integer with USAGE', async () => {
    for (const threads of ['0', '-1', '1.5', 'many'])
      await assert.rejects(
        run(Buffer.from('+447400123456\n'), { json: true, threads }),
        (e: unknown) => isRingfenceError(e) && e.code === 'USAGE',
      );
  });
});

describe('ringfence phone --threads (the CLI)', () => {
  function cli(args: string[], stdin: Buffer): { status: number | null; stdout: Buffer } {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'test/support/cli.ts', 'phone', ...args],
      { input: stdin, maxBuffer: 1 << 28 },
    );
    return { status: result.status, stdout: result.stdout };
  }

  it('exits 0 with the same output past the threshold, and 64 for a bad --threads', () => {
    const input = mixedInput(5, 120_000);
    assert.ok(input.length > 1 << 20);
    const single = cli(['--json', '--threads', '1'], input);
    const threaded = cli(['--json', '--threads', '2'], input);
    assert.equal(single.status, 0);
    assert.equal(threaded.status, 0);
    assert.ok(single.stdout.equals(threaded.stdout), 'byte-identical');
    assert.equal(cli(['--json', '--threads', '0'], input).status, 64);
  });
});
