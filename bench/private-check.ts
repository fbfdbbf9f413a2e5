/**
 * The private check as a person's browser or `check --remote` makes it: latency of one full check
 * (blind, HTTP to a real `ringfence serve` on loopback, server evaluation and bucket, finalize),
 * p50 and p99 over sequential checks, and server throughput in checks per second under a bounded
 * autocannon load. Beside it, in the same run, the alternative a naive service would run: the
 * number sent in the clear and looked up in the same store (bench/support/plain-check-server.ts).
 * Servers run in child processes so that the load generator does not share their thread.
 *
 * Uses the store and index of `npm run bench:private-index` (bench/out/private-index), making
 * them first when missing.
 *
 *   npm run bench:private-check -- [--rows 200000] [--checks 1000] [--seconds 10] [--connections 16]
 */
import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sampleLeak } from '../src/analysis/index.js';
import { defaultPhoneEngine } from '../src/phone/index.js';
import { checkRemote, prepareCheck } from '../src/privacy/index.js';
import { LeakStore } from '../src/store/index.js';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '200000' },
    checks: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
  },
});
const root = fileURLToPath(new URL('..', import.meta.url));
const storeDir = join(root, 'bench/out/private-index', `store-${args.rows}-1`);
const store = new LeakStore(storeDir);
if (!existsSync(join(storeDir, 'private'))) {
  process.stderr.write('no index yet: running bench:private-index first...\n');
  const built = spawnSync('npx', ['tsx', 'bench/private-index.ts', '--rows', args.rows], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('bench:private-index failed');
}

/** Starts a server child and resolves with its base URL (read from its output). */
async function start(argv: string[], pattern: RegExp, stream: 'stdout' | 'stderr') {
  const child = spawn(process.execPath, ['--import', 'tsx', ...argv], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = createInterface({ input: child[stream] });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      const match = pattern.exec(line);
      if (match !== null) resolve(match[1]!);
    });
    child.once('exit', (code) => {
      reject(new Error(`server exited with ${code}`));
    });
  });
  return { child, url: url.replace(/\/?$/, '/') };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function load(url: string, body: string): Promise<{ perSecond: number; non2xx: number }> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: Number(args.connections),
    duration: Number(args.seconds),
  });
  return { perSecond: result.requests.average, non2xx: result.non2xx };
}

const engine = defaultPhoneEngine();
const checks = Number(args.checks);
const inLeak = sampleLeak(store, engine, 'synth', { n: checks / 2, seed: 'bench' }).map(
  (s) => s.e164,
);
// Numbers of the same countries that the leak does not hold (most of a random draw).
const numbers = inLeak.flatMap((e164) => [e164, e164.slice(0, -3) + '000']);

const priv = await start(
  [
    'test/support/cli.ts',
    'serve',
    '--store',
    storeDir,
    '--port',
    '0',
    '--rate-limit',
    '1000000000',
  ],
  /serving (\S+)/,
  'stderr',
);
const plain = await start(
  ['bench/support/plain-check-server.ts', storeDir],
  /^(http\S+)/,
  'stdout',
);
try {
  // Warm-up, then sequential full checks.
  for (const e164 of numbers.slice(0, 50)) await checkRemote(priv.url, e164);
  const privateMs: number[] = [];
  let found = 0;
  let bytes = 0;
  for (const e164 of numbers) {
    const started = performance.now();
    const result = await checkRemote(priv.url, e164);
    privateMs.push(performance.now() - started);
    if (result.found) found++;
  }
  const prepared = prepareCheck(numbers[0]!);
  const sample = await fetch(new URL('v1/private/check', priv.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(prepared.request),
  });
  bytes = (await sample.arrayBuffer()).byteLength;
  const plainMs: number[] = [];
  for (const e164 of numbers) {
    const started = performance.now();
    const response = await fetch(new URL('plain/check', plain.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ e164 }),
    });
    await response.json();
    plainMs.push(performance.now() - started);
  }
  privateMs.sort((a, b) => a - b);
  plainMs.sort((a, b) => a - b);

  process.stderr.write(`loading each server for ${args.seconds} s...\n`);
  const privateLoad = await load(
    new URL('v1/private/check', priv.url).href,
    JSON.stringify(prepared.request),
  );
  const plainLoad = await load(
    new URL('plain/check', plain.url).href,
    JSON.stringify({ e164: numbers[0] }),
  );

  const fmt = (x: number): string => x.toFixed(2);
  const rows = [
    ['', 'private check (ringfence)', 'plain lookup (number in clear)', 'private / plain'],
    [
      'p50 latency, ms',
      fmt(quantile(privateMs, 0.5)),
      fmt(quantile(plainMs, 0.5)),
      (quantile(privateMs, 0.5) / quantile(plainMs, 0.5)).toFixed(1) + 'x',
    ],
    [
      'p99 latency, ms',
      fmt(quantile(privateMs, 0.99)),
      fmt(quantile(plainMs, 0.99)),
      (quantile(privateMs, 0.99) / quantile(plainMs, 0.99)).toFixed(1) + 'x',
    ],
    [
      `checks/s (${args.connections} connections, ${args.seconds} s)`,
      privateLoad.perSecond.toFixed(0),
      plainLoad.perSecond.toFixed(0),
      (privateLoad.perSecond / plainLoad.perSecond).toFixed(2) + 'x',
    ],
    ['non-2xx answers under load', String(privateLoad.non2xx), String(plainLoad.non2xx), ''],
    ['response bytes', String(bytes), '', ''],
  ];
  process.stdout.write(
    `${numbers.length} sequential checks (${found} found), store of ${store.manifest('synth').counts.unique.toLocaleString('en-US')} numbers\n`,
  );
  for (const r of rows) process.stdout.write(`| ${r.join(' | ')} |\n`);
} finally {
  await stop(priv.child);
  await stop(plain.child);
}
