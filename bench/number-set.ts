/**
 * The succinct number set (`numbers.rfns`): encode, decode and has() speed, and size against the
 * information-theoretic bound, against the plain per-partition encodings (Elias-Fano or bitmap,
 * without `partitioned`), against partitioned Elias-Fano with other chunk sizes, and against
 * `zstd -19 -T2` of the same numbers as E.164 text (one per line, sorted within each partition):
 *
 *   npx tsx bench/number-set.ts [--n 20000000] [--seed 7] [--queries 2000000] [--no-zstd]
 *                               [--synth]
 *
 * By default, N random numbers fill five partitions uniformly, the worst case for every encoder.
 * With --synth, N unique numbers are drawn as `ringfence synth` draws them for the facebook-2021
 * profile (src/synth/synth-profiles.ts): countries by their weight, then uniformly among the
 * completions of the country's number blocks (prefix + free digits; fixed lines for a share):
 * clustered like a real leak, and like the synthetic dumps it stands in for. Densities inside
 * the blocks grow with N: --n 97000000 matches a 100M-row dump.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeSequence } from '../src/number-set/elias-fano.js';
import { NumberSetWriter, readNumberSet } from '../src/number-set/index.js';
import {
  DIRECTORY_ENTRY_SIZE,
  HEADER_SIZE,
  TRAILER_SIZE,
} from '../src/number-set/number-set-format.js';
import { planPartitioned } from '../src/number-set/partitioned.js';
import { SYNTH_PROFILES } from '../src/synth/index.js';

const { values: flags } = parseArgs({
  options: {
    n: { type: 'string', default: '20000000' },
    seed: { type: 'string', default: '7' },
    queries: { type: 'string', default: '2000000' },
    'no-zstd': { type: 'boolean', default: false },
    synth: { type: 'boolean', default: false },
  },
});
const N = Number(flags.n);
const QUERIES = Number(flags.queries);

interface Part {
  readonly callingCode: number;
  readonly nsnLength: number;
  readonly values: Float64Array;
}

// Listed in E.164 text order too: "+1" < "+33" < "+44" < "+49" < "+91".
const UNIFORM_PARTITIONS = [
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
  if (n >= universe) return Float64Array.from({ length: universe }, (_, i) => i);
  if (n > universe / 4) {
    // Dense: one Bernoulli draw per integer, then trim or top up to exactly n.
    const picked = new Uint8Array(universe);
    let got = 0;
    for (let i = 0; i < universe; i++) {
      if (random() < n / universe) {
        picked[i] = 1;
        got++;
      }
    }
    while (got > n) {
      const i = Math.floor(random() * universe);
      if (picked[i] === 1) {
        picked[i] = 0;
        got--;
      }
    }
    while (got < n) {
      const i = Math.floor(random() * universe);
      if (picked[i] === 0) {
        picked[i] = 1;
        got++;
      }
    }
    const out = new Float64Array(n);
    for (let i = 0, k = 0; i < universe; i++) if (picked[i] === 1) out[k++] = i;
    return out;
  }
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

/** The uniform worst case: N numbers over five partitions. */
function uniformParts(random: () => number): Part[] {
  return UNIFORM_PARTITIONS.map((p, i) => ({
    ...p,
    values: sample(
      Math.floor(N / UNIFORM_PARTITIONS.length) + (i < N % UNIFORM_PARTITIONS.length ? 1 : 0),
      10 ** p.nsnLength,
      random,
    ),
  }));
}

/** N unique numbers drawn like `ringfence synth --profile facebook-2021`, by partition. */
function synthParts(random: () => number): Part[] {
  const profile = SYNTH_PROFILES['facebook-2021'];
  const total = profile.countries.reduce((sum, c) => sum + c.count, 0);
  const byKey = new Map<string, { callingCode: number; nsnLength: number; runs: Float64Array[] }>();
  for (const country of profile.countries) {
    const want = Math.round((N * country.count) / total);
    const fixedShare = country.fixed.trim() === '' ? 0 : profile.fixedShare;
    for (const [templates, share] of [
      [country.mobile, 1 - fixedShare],
      [country.fixed, fixedShare],
    ] as const) {
      if (share === 0) continue;
      const blocks = templates
        .trim()
        .split(/\s+/)
        .map((t) => {
          const [prefix = '', free = ''] = t.split(':');
          return { prefix, free: Number(free) };
        });
      const starts = blocks.map((_, b) => blocks.slice(0, b).reduce((s, x) => s + 10 ** x.free, 0));
      const capacity = blocks.reduce((s, b) => s + 10 ** b.free, 0);
      const picks = sample(Math.min(capacity, Math.round(want * share)), capacity, random);
      const ends = blocks.map((x, k) => starts[k]! + 10 ** x.free);
      const sizes = new Float64Array(blocks.length);
      for (let i = 0, k = 0; i < picks.length; i++) {
        while (picks[i]! >= ends[k]!) k++;
        sizes[k]!++;
      }
      const runs = blocks.map((_, k) => new Float64Array(sizes[k]!));
      for (let i = 0, k = 0, at = 0; i < picks.length; i++, at++) {
        while (picks[i]! >= ends[k]!) {
          k++;
          at = 0;
        }
        const { prefix, free } = blocks[k]!;
        runs[k]![at] = Number(prefix) * 10 ** free + picks[i]! - starts[k]!;
      }
      blocks.forEach(({ prefix, free }, k) => {
        const nsnLength = prefix.length + free;
        const key = `${country.callingCode}/${nsnLength}`;
        let entry = byKey.get(key);
        if (entry === undefined) {
          entry = { callingCode: Number(country.callingCode), nsnLength, runs: [] };
          byKey.set(key, entry);
        }
        entry.runs.push(runs[k]!);
      });
    }
  }
  const parts: Part[] = [];
  for (const { callingCode, nsnLength, runs } of byKey.values()) {
    const values = new Float64Array(runs.reduce((s, r) => s + r.length, 0));
    let at = 0;
    for (const run of runs) {
      values.set(run, at);
      at += run.length;
    }
    values.sort();
    parts.push({ callingCode, nsnLength, values });
  }
  // The writer wants ascending (callingCode, nsnLength).
  return parts.sort((a, b) => a.callingCode - b.callingCode || a.nsnLength - b.nsnLength);
}

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

/** Bytes of zstd's output for the numbers as E.164 lines, streamed to it in chunks. */
async function zstdBytes(parts: readonly Part[]): Promise<{ text: number; zstd: number }> {
  const child = spawn('/usr/bin/zstd', ['-19', '-T2', '-c', '-q'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let zstd = 0;
  child.stdout.on('data', (chunk: Buffer) => (zstd += chunk.length));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`zstd: ${code}`));
    });
  });
  let text = 0;
  // E.164 text order of the partitions (calling codes are prefix-free); within one, numeric.
  const ordered = [...parts].sort((a, b) =>
    `${a.callingCode}` < `${b.callingCode}`
      ? -1
      : `${a.callingCode}` > `${b.callingCode}`
        ? 1
        : a.nsnLength - b.nsnLength,
  );
  for (const { callingCode, nsnLength, values } of ordered) {
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

/** Bytes of the file with every partition in its best plain encoding (EF or bitmap). */
function plainBytes(parts: readonly Part[]): number {
  let bytes = HEADER_SIZE + TRAILER_SIZE;
  for (const { values, nsnLength } of parts) {
    bytes += encodeSequence(values, values.length, 10 ** nsnLength).words.byteLength;
    bytes += DIRECTORY_ENTRY_SIZE;
  }
  return bytes;
}

/** Bytes of the file with every partition partitioned in 2^chunkLog-value chunks (else plain). */
function partitionedBytes(parts: readonly Part[], chunkLog: number): number {
  let bytes = HEADER_SIZE + TRAILER_SIZE;
  for (const { values, nsnLength } of parts) {
    const plan = planPartitioned(values, values.length, 10 ** nsnLength, chunkLog);
    const plain = encodeSequence(values, values.length, 10 ** nsnLength).words.length;
    bytes += 4 * Math.min(plain, plan?.words ?? Infinity) + DIRECTORY_ENTRY_SIZE;
  }
  return bytes;
}

async function main(): Promise<void> {
  const random = makeRandom(Number(flags.seed));
  const parts = flags.synth ? synthParts(random) : uniformParts(random);
  const dir = mkdtempSync(join(tmpdir(), 'rfns-bench-'));
  const path = join(dir, 'numbers.rfns');
  try {
    let started = process.hrtime.bigint();
    const writer = NumberSetWriter.open(path);
    for (const p of parts)
      writer.addPartition(p.callingCode, p.nsnLength, p.values, p.values.length);
    const summary = writer.close();
    const encodeSeconds = seconds(started);

    started = process.hrtime.bigint();
    const set = readNumberSet(path);
    const openSeconds = seconds(started);

    const out = new Float64Array(Math.max(...parts.map((p) => p.values.length)));
    let sink = 0;
    started = process.hrtime.bigint();
    for (let p = 0; p < set.partitions.length; p++) sink += set.values(p, out)[0]!;
    const decodeSeconds = seconds(started);

    // Half members, half random numbers of the partition's universe (almost all absent).
    const queryPartition = new Uint32Array(QUERIES);
    const queryValue = new Float64Array(QUERIES);
    for (let q = 0; q < QUERIES; q++) {
      // A partition by its share of the numbers: pick a random number's partition.
      let p = 0;
      for (let at = Math.floor(random() * summary.count); at >= parts[p]!.values.length; p++) {
        at -= parts[p]!.values.length;
      }
      const values = parts[p]!.values;
      queryPartition[q] = p;
      queryValue[q] =
        q % 2 === 0
          ? values[Math.floor(random() * values.length)]!
          : Math.floor(random() * 10 ** parts[p]!.nsnLength);
    }
    let found = 0;
    started = process.hrtime.bigint();
    for (let q = 0; q < QUERIES; q++) {
      const { callingCode, nsnLength } = parts[queryPartition[q]!]!;
      if (set.has(callingCode, nsnLength, queryValue[q]!)) found++;
    }
    const hasSeconds = seconds(started);

    started = process.hrtime.bigint();
    for (let q = 0; q < QUERIES; q++) {
      const p = queryPartition[q]!;
      sink += set.select(p, q % parts[p]!.values.length);
    }
    const selectSeconds = seconds(started);

    const count = summary.count;
    const bits = (bytes: number) => ((bytes * 8) / count).toFixed(3);
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
    const plain = plainBytes(parts);
    console.log(
      `plain    ${plain.toLocaleString('en')} bytes, ${bits(plain)} bits/number (EF or bitmap only)`,
    );
    console.log(
      `chunks   ` +
        [5, 6, 7, 8, 9, 10]
          .map((l) => `${2 ** l}: ${bits(partitionedBytes(parts, l))}`)
          .join(', ') +
        ' bits/number',
    );
    const shown = [...set.partitions].sort((a, b) => b.count - a.count).slice(0, 12);
    for (const p of shown) {
      console.log(
        `  +${p.callingCode}/${p.nsnLength}: ${p.count.toLocaleString('en')}, ${p.encoding}, ` +
          `${((p.bytes * 8) / p.count).toFixed(3)} bits/number, bound ${(p.boundBits / p.count).toFixed(3)}`,
      );
    }
    if (!flags['no-zstd']) {
      started = process.hrtime.bigint();
      const { text, zstd } = await zstdBytes(parts);
      console.log(
        `zstd -19 -T2 of the sorted E.164 text (${text.toLocaleString('en')} bytes): ` +
          `${zstd.toLocaleString('en')} bytes, ${bits(zstd)} bits/number, ` +
          `${seconds(started).toFixed(1)} s; rfns is ${(zstd / summary.bytes).toFixed(2)}x smaller`,
      );
    }
    if (sink === -1) console.log(sink);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
