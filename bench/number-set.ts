/**
 * The succinct number set (`numbers.rfns`): encode, decode and has() speed, and size against the
 * information-theoretic bound and against `zstd -19 -T2` of the same numbers as sorted E.164
 * text (one per line), on N random unique numbers spread over five partitions:
 *
 *   npx tsx bench/number-set.ts [--n 20000000] [--seed 7] [--queries 2000000] [--no-zstd]
 *
 * Random numbers fill their universes uniformly, which is the worst case for both: real leaks
 * cluster in allocated ranges, where every encoder does better.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { NumberSetWriter, readNumberSet } from '../src/index/index.js';

const { values: flags } = parseArgs({
  options: {
    n: { type: 'string', default: '20000000' },
    seed: { type: 'string', default: '7' },
    queries: { type: 'string', default: '2000000' },
    'no-zstd': { type: 'boolean', default: false },
  },
});
const N = Number(flags.n);
const QUERIES = Number(flags.queries);

// Listed in E.164 text order too: "+1" < "+33" < "+44" < "+49" < "+91".
const PARTITIONS = [
  { callingCode: 1, nsnLength: 10 },
  { callingCode: 33, nsnLength: 9 },
  { callingCode: 44, nsnLength: 10 },
  { callingCode: 49, nsnLength: 11 },
  { callingCode: 91, nsnLength: 10 },
] as const;

/** mulberry32, two draws per float in [0, 1): reproducible across runs. */
function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return () => ((next() >>> 5) * 2 ** 26 + (next() >>> 6)) / 2 ** 53;
}

/** n unique random integers in [0, universe), ascending. */
function sample(n: number, universe: number, random: () => number): Float64Array {
  let values = new Float64Array(0);
  while (values.length < n) {
    const more = new Float64Array(n - values.length);
    for (let i = 0; i < more.length; i++) more[i] = Math.floor(random() * universe);
    const all = new Float64Array(values.length + more.length);
    all.set(values);
    all.set(more, values.length);
    all.sort();
    let unique = 0;
    for (let i = 0; i < all.length; i++)
      if (i === 0 || all[i] !== all[i - 1]) all[unique++] = all[i]!;
    values = all.slice(0, unique);
  }
  return values;
}

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

/** Bytes of zstd's output for the numbers as E.164 lines, streamed to it in chunks. */
async function zstdBytes(parts: readonly Float64Array[]): Promise<{ text: number; zstd: number }> {
  const child = spawn('/usr/bin/zstd', ['-19', '-T2', '-c', '-q'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let zstd = 0;
  child.stdout.on('data', (chunk: Buffer) => (zstd += chunk.length));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`zstd: ${code}`))));
  });
  let text = 0;
  for (let p = 0; p < PARTITIONS.length; p++) {
    const { callingCode, nsnLength } = PARTITIONS[p]!;
    const values = parts[p]!;
    for (let from = 0; from < values.length; from += 100_000) {
      const lines: string[] = [];
      const to = Math.min(values.length, from + 100_000);
      for (let i = from; i < to; i++) {
        lines.push(`+${callingCode}${String(values[i]).padStart(nsnLength, '0')}\n`);
      }
      const chunk = Buffer.from(lines.join(''));
      text += chunk.length;
      if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
    }
  }
  child.stdin.end();
  await done;
  return { text, zstd };
}

async function main(): Promise<void> {
  const random = makeRandom(Number(flags.seed));
  const parts = PARTITIONS.map((p, i) =>
    sample(
      Math.floor(N / PARTITIONS.length) + (i < N % PARTITIONS.length ? 1 : 0),
      10 ** p.nsnLength,
      random,
    ),
  );
  const dir = mkdtempSync(join(tmpdir(), 'rfns-bench-'));
  const path = join(dir, 'numbers.rfns');
  try {
    let started = process.hrtime.bigint();
    const writer = NumberSetWriter.open(path);
    PARTITIONS.forEach((p, i) =>
      writer.addPartition(p.callingCode, p.nsnLength, parts[i]!, parts[i]!.length),
    );
    const summary = writer.close();
    const encodeSeconds = seconds(started);

    started = process.hrtime.bigint();
    const set = readNumberSet(path);
    const openSeconds = seconds(started);

    const out = new Float64Array(Math.max(...parts.map((v) => v.length)));
    let sink = 0;
    started = process.hrtime.bigint();
    for (let p = 0; p < set.partitions.length; p++) sink += set.values(p, out)[0]!;
    const decodeSeconds = seconds(started);

    // Half members, half random numbers (almost all absent).
    const queryPartition = new Uint8Array(QUERIES);
    const queryValue = new Float64Array(QUERIES);
    for (let q = 0; q < QUERIES; q++) {
      const p = Math.floor(random() * PARTITIONS.length);
      const values = parts[p]!;
      queryPartition[q] = p;
      queryValue[q] =
        q % 2 === 0
          ? values[Math.floor(random() * values.length)]!
          : Math.floor(random() * 10 ** PARTITIONS[p]!.nsnLength);
    }
    let found = 0;
    started = process.hrtime.bigint();
    for (let q = 0; q < QUERIES; q++) {
      const { callingCode, nsnLength } = PARTITIONS[queryPartition[q]!]!;
      if (set.has(callingCode, nsnLength, queryValue[q]!)) found++;
    }
    const hasSeconds = seconds(started);

    started = process.hrtime.bigint();
    for (let q = 0; q < QUERIES; q++) sink += set.select(queryPartition[q]!, q % 1000);
    const selectSeconds = seconds(started);

    const count = summary.count;
    console.log(`${count.toLocaleString('en')} numbers in ${summary.partitions} partitions`);
    console.log(
      `encode   ${(count / encodeSeconds / 1e6).toFixed(1)} M values/s (to disk, fsync included)`,
    );
    console.log(`open     ${(openSeconds * 1000).toFixed(0)} ms (read, CRC, verify)`);
    console.log(`decode   ${(count / decodeSeconds / 1e6).toFixed(1)} M values/s`);
    console.log(`has      ${(QUERIES / hasSeconds / 1e6).toFixed(2)} M queries/s (${found} found)`);
    console.log(`select   ${(QUERIES / selectSeconds / 1e6).toFixed(2)} M queries/s`);
    console.log(
      `size     ${summary.bytes.toLocaleString('en')} bytes, ${summary.bitsPerNumber.toFixed(3)} bits/number, ` +
        `bound ${summary.boundBitsPerNumber.toFixed(3)} (+${(summary.bitsPerNumber - summary.boundBitsPerNumber).toFixed(3)})`,
    );
    for (const p of set.partitions) {
      console.log(
        `  +${p.callingCode}/${p.nsnLength}: ${p.encoding}, ${((p.bytes * 8) / p.count).toFixed(3)} bits/number, ` +
          `bound ${(p.boundBits / p.count).toFixed(3)}`,
      );
    }
    if (!flags['no-zstd']) {
      started = process.hrtime.bigint();
      const { text, zstd } = await zstdBytes(parts);
      console.log(
        `zstd -19 -T2 of the sorted E.164 text (${text.toLocaleString('en')} bytes): ` +
          `${zstd.toLocaleString('en')} bytes, ${((zstd * 8) / count).toFixed(3)} bits/number, ` +
          `${seconds(started).toFixed(1)} s; rfns is ${(zstd / summary.bytes).toFixed(2)}x smaller`,
      );
    }
    if (sink === -1) console.log(sink);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
