/**
 * The private-check index build: numbers per second of a full build (stage 1 and stage 2, the
 * default OPRF provider and thread count) against a single-thread loop of noble's Evaluate over a
 * sample of the same numbers (the baseline: what the build would cost done the plain way), and
 * the ratio; the index's size per number before padding; and the false-match rate of one check,
 * bucketSize / 2^64 (a wrong entry whose 64-bit tag matches the client's).
 *
 * The input is a synthetic dump (`ringfence synth`, facebook-2021 mix) ingested into a store
 * under bench/out/ (git-ignored); both are kept for the next run, the index is rebuilt each time.
 *
 *   npm run bench:private-index -- [--rows 200000] [--seed 1] [--workers n] [--oprf sodium]
 *                                  [--sample 2000]
 */
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ingest } from '../src/ingest/index.js';
import { buildPrivateIndex } from '../src/privacy/index-build.js';
import { openNumbersFile } from '../src/privacy/index-files.js';
import { readRecord } from '../src/privacy/index-format.js';
import { loadKey, privateDir } from '../src/privacy/key.js';
import { loadOprf, type OprfProviderName } from '../src/privacy/oprf-providers.js';
import { nobleOprf } from '../src/privacy/oprf-noble.js';
import { BUCKET_COUNT } from '../src/privacy/protocol.js';
import { LeakStore } from '../src/store/index.js';
import { synthesise } from '../src/synth/index.js';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '200000' },
    seed: { type: 'string', default: '1' },
    workers: { type: 'string', default: String(availableParallelism()) },
    oprf: { type: 'string', default: 'sodium' },
    sample: { type: 'string', default: '2000' },
  },
});
const rows = Number(args.rows.replace(/_/g, ''));
const workers = Number(args.workers);
const sampleSize = Number(args.sample);
const oprfName = args.oprf as OprfProviderName;
const int = new Intl.NumberFormat('en-US');

const out = join(fileURLToPath(new URL('..', import.meta.url)), 'bench/out/private-index');
mkdirSync(out, { recursive: true });
const dump = join(out, `synth-${rows}-${args.seed}.csv`);
const store = new LeakStore(join(out, `store-${rows}-${args.seed}`));
const leak = 'synth';

if (!existsSync(dump)) {
  process.stderr.write(`writing ${dump}...\n`);
  const file = createWriteStream(dump);
  await synthesise({ profile: 'facebook-2021', rows, seed: args.seed }, (chunk) =>
    file.write(chunk) ? undefined : new Promise<void>((resolve) => file.once('drain', resolve)),
  );
  await new Promise<void>((resolve, reject) => {
    file.once('error', reject);
    file.end(resolve);
  });
}
if (!store.has(leak)) {
  process.stderr.write(`ingesting into ${store.root}...\n`);
  await ingest({ input: dump, name: leak, store: store.root, rows: false, replace: true });
}

// A full build: the index of the key is removed first (the key is kept).
if (existsSync(privateDir(store))) {
  for (const entry of readdirSync(privateDir(store))) {
    if (entry.startsWith('index-')) rmSync(join(privateDir(store), entry), { recursive: true });
  }
}
process.stderr.write(`building the index (${oprfName}, ${workers} threads)...\n`);
const started = performance.now();
let stage1 = 0;
const summary = await buildPrivateIndex(store, {
  oprf: oprfName,
  workers,
  onProgress: (p) => {
    if (p.phase === 'entries' && stage1 === 0) stage1 = (performance.now() - started) / 1000;
  },
});

// The baseline and the provider alone: one thread over a sample of the same numbers.
const key = loadKey(store);
const numbersPath = join(privateDir(store), `index-${key.keyId}`, 'numbers.rfpb');
const numbersFile = await openNumbersFile(numbersPath);
await numbersFile.handle.close();
const records = readFileSync(numbersPath).subarray(numbersFile.header.recordsAt);
const stride = Math.max(1, Math.floor(summary.numbers / sampleSize));
const inputs: Uint8Array[] = [];
for (let i = 0; i < summary.numbers && inputs.length < sampleSize; i += stride) {
  const { e164 } = readRecord(
    records,
    i,
    numbersFile.header.catalogue.leakSets.length,
    numbersPath,
  );
  inputs.push(new TextEncoder().encode(e164));
}
function perSecond(evaluate: (secret: Uint8Array, input: Uint8Array) => Uint8Array): number {
  for (const input of inputs.slice(0, 100)) evaluate(key.secretKey, input); // warm-up
  const t = performance.now();
  for (const input of inputs) evaluate(key.secretKey, input);
  return inputs.length / ((performance.now() - t) / 1000);
}
const baseline = perSecond((secret, input) => nobleOprf.evaluate(secret, input));
const provider = await loadOprf(oprfName);
const single = perSecond((secret, input) => provider.evaluate(secret, input));

const entriesBytes = summary.numbers * 12;
const numbersBytes = numbersFile.header.fileBytes;
const build = summary.numbers / summary.seconds;
console.log(
  `private index of ${int.format(rows)} synthetic rows: ${int.format(summary.numbers)} unique numbers, ${int.format(summary.buckets)} of ${int.format(BUCKET_COUNT)} buckets used`,
);
console.log(
  `full build (${oprfName}, ${workers} threads): ${summary.seconds.toFixed(1)} s (stage 1 ${stage1.toFixed(1)} s), ${int.format(Math.round(build))} numbers/s`,
);
console.log(
  `baseline (noble Evaluate, 1 thread, ${int.format(inputs.length)} numbers): ${int.format(Math.round(baseline))} numbers/s; ${oprfName} alone, 1 thread: ${int.format(Math.round(single))} numbers/s`,
);
console.log(`ratio: ${(build / baseline).toFixed(1)}x the baseline`);
console.log(
  `index size before padding: entries ${int.format(entriesBytes)} bytes = ${(entriesBytes / summary.numbers).toFixed(1)} bytes per number; numbers file ${int.format(numbersBytes)} bytes = ${(numbersBytes / summary.numbers).toFixed(1)} per number (4 MiB of it the offsets table)`,
);
console.log(
  `bucket size ${summary.bucketSize} (${int.format(summary.bucketSize * 12)} bytes per answer): false-match rate per check ${summary.bucketSize} / 2^64 = ${(summary.bucketSize / 2 ** 64).toExponential(2)}`,
);
