/**
 * The ingest benchmark of the README, in one run on one synthetic dump:
 *
 *   1. ringfence ingest --no-rows (parse, validate, classify, dedupe, write the number set)
 *      against DuckDB's exact count(DISTINCT phone) with a per-country GROUP BY over the same
 *      CSV (which validates nothing), and against `cut -f1 | LC_ALL=C sort -u`;
 *   2. the default ingest (with rows.parquet) against DuckDB's own CSV-to-Parquet copy of the
 *      file, the Parquet path alone (the ingest with rows.parquet minus the run without), and
 *      the two files' sizes;
 *   3. the number set's size: bits per number, the information-theoretic bound, and the size of
 *      `zstd -19` over the sorted unique E.164 text.
 *
 * Every command runs under /usr/bin/time -v for wall time and peak RSS. The dump is made by
 * `ringfence synth` into bench/out/ (git-ignored) and kept for the next run. With --repeat N,
 * the four timed commands of 1 and 2 run N times, in turn (ours, theirs, ours, theirs), and the
 * medians are printed, with the range of the N ratios: a VM's speed moves by 10 to 20% from one
 * minute to the next, as much as the gaps measured at 5M rows.
 *
 *   npm run build && npx tsx bench/ingest.ts [--rows 100000000] [--seed 1] [--repeat 1]
 *                                            [--skip-zstd] [--skip-sort]
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readNumberSet } from '../src/number-set/index.js';
import { timedShell, type Timed } from './support/timed.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000000' },
    seed: { type: 'string', default: '1' },
    'skip-zstd': { type: 'boolean', default: false },
    'skip-sort': { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
  },
});
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1) {
  console.error('--repeat must be a positive integer');
  process.exit(1);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'bench/out');
mkdirSync(out, { recursive: true });
const rows = Number(values.rows);
const dump = join(out, `synth-${rows}-${values.seed}.csv`);
const cli = join(root, 'bin/ringfence.js');
if (!existsSync(join(root, 'dist/cli/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

if (!existsSync(dump)) {
  // Made under another name and renamed when whole: an interrupted synth left a short dump that
  // the next run took for the real one.
  const partial = `${dump}.partial`;
  const made = timedShell(
    'synth',
    `node ${cli} synth --profile facebook-2021 --rows ${rows} --seed ${values.seed} --out ${partial}`,
  );
  renameSync(partial, dump);
  console.log(`synth: ${rows} rows in ${made.seconds.toFixed(1)} s`);
}
const dumpBytes = statSync(dump).size;
console.log(
  `dump: ${dump} (${(dumpBytes / 2 ** 30).toFixed(2)} GiB, ${rows.toLocaleString('en-US')} rows)`,
);

// Every command reads the dump from the page cache: the first one timed would otherwise pay for
// the disk alone (6 s of a 100M-row run on this VM).
timedShell('warm the page cache', `cat ${dump} > /dev/null`);

const store = join(out, 'store');
rmSync(store, { recursive: true, force: true });

// DuckDB, in its own process, as a user would run it: exact distinct phones per country.
const duckScript = join(out, 'duckdb-count.mjs');
writeFileSync(
  duckScript,
  `import { DuckDBInstance } from '${join(root, 'node_modules/@duckdb/node-api/lib/index.js')}';
const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const c = await db.connect();
const mode = process.argv[2];
if (mode === 'count') {
  const r = await c.runAndReadAll(\`SELECT country, count(DISTINCT phone) AS n FROM read_csv('${dump}', all_varchar=true, ignore_errors=true) GROUP BY country\`);
  let total = 0n; for (const row of r.getRows()) total += BigInt(row[1]);
  console.log(JSON.stringify({ groups: r.getRows().length, distinctSum: total.toString() }));
} else {
  await c.run(\`COPY (SELECT * FROM read_csv('${dump}', all_varchar=true, ignore_errors=true)) TO '${join(out, 'duckdb.parquet')}' (FORMAT parquet, COMPRESSION zstd)\`);
  console.log('{}');
}
`,
);

/** The median of each measure over the rounds, and the range of `theirs / ours` per round. */
interface Runs {
  readonly seconds: number;
  readonly maxRssMiB: number;
  readonly all: Timed[];
}
const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const runs = (all: Timed[]): Runs => ({
  seconds: median(all.map((t) => t.seconds)),
  maxRssMiB: Math.max(...all.map((t) => t.maxRssMiB)),
  all,
});
const oursAll: Timed[] = [];
const duckAll: Timed[] = [];
const withRowsAll: Timed[] = [];
const duckParquetAll: Timed[] = [];
for (let round = 0; round < repeat; round++) {
  oursAll.push(
    timedShell(
      'ringfence ingest --no-rows',
      `node ${cli} ingest ${dump} --name bench --store ${store} --no-rows --json --replace`,
    ),
  );
  duckAll.push(timedShell('duckdb count(DISTINCT) GROUP BY country', `node ${duckScript} count`));
  withRowsAll.push(
    timedShell(
      'ringfence ingest (with rows.parquet)',
      `node ${cli} ingest ${dump} --name bench-rows --store ${store} --json --replace`,
    ),
  );
  duckParquetAll.push(timedShell('duckdb CSV -> Parquet', `node ${duckScript} parquet`));
}
const ours = runs(oursAll);
const duck = runs(duckAll);
const withRows = runs(withRowsAll);
const duckParquet = runs(duckParquetAll);
const summary = JSON.parse(oursAll[0]!.stdout) as {
  rows: number;
  accepted: number;
  rejected: number;
  unique: number;
  numberSet: { bytes: number; bitsPerNumber: number; boundBitsPerNumber: number };
};
const sort = values['skip-sort']
  ? null
  : timedShell(
      'cut | LC_ALL=C sort -u',
      `cut -d, -f1 ${dump} | LC_ALL=C sort -u --parallel=2 -S 2G -T ${out} | wc -l`,
    );

let zstdBytes: number | null = null;
if (!values['skip-zstd']) {
  const set = readNumberSet(join(store, 'leaks/bench/numbers.rfns'));
  const text = join(out, 'unique-e164.txt');
  writeFileSync(text, '');
  const lines: string[] = [];
  let buffer: Float64Array | undefined;
  for (let p = 0; p < set.partitions.length; p++) {
    const part = set.partitions[p]!;
    buffer = set.values(p, buffer);
    const prefix = `+${part.callingCode}`;
    for (let i = 0; i < part.count; i++) {
      lines.push(prefix + String(buffer[i]!).padStart(part.nsnLength, '0'));
      if (lines.length === 1_000_000) {
        writeFileSync(text, lines.join('\n') + '\n', { flag: 'a' });
        lines.length = 0;
      }
    }
  }
  if (lines.length > 0) writeFileSync(text, lines.join('\n') + '\n', { flag: 'a' });
  timedShell(
    'sort | zstd -19',
    `LC_ALL=C sort -S 2G -T ${out} ${text} | zstd -19 -T2 -q -c > ${text}.zst`,
  );
  zstdBytes = statSync(`${text}.zst`).size;
  rmSync(text, { force: true });
  rmSync(`${text}.zst`, { force: true });
}

const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
/** "ringfence 1.46x faster" or "ringfence 2.50x slower": theirs against ours, in seconds. */
const versus = (theirs: number, ours: number): string =>
  theirs >= ours
    ? `ringfence ${ratio(theirs, ours)} faster`
    : `ringfence ${ratio(ours, theirs)} slower`;
/** With several rounds: the range of the rounds' `theirs / ours` (above 1: ringfence faster). */
const spread = (theirs: Runs, ours: Runs): string => {
  if (repeat === 1) return '';
  const ratios = theirs.all.map((t, i) => t.seconds / ours.all[i]!.seconds);
  return ` (rounds: ${Math.min(...ratios).toFixed(2)} to ${Math.max(...ratios).toFixed(2)})`;
};
if (repeat > 1) console.log(`\nmedians of ${repeat} rounds`);
console.log('');
console.log(
  `rows ${summary.rows}, accepted ${summary.accepted}, rejected ${summary.rejected}, unique ${summary.unique}`,
);
console.log('| step | seconds | peak RSS MiB | ratio |');
console.log('| --- | ---: | ---: | --- |');
console.log(
  `| ringfence ingest (number set) | ${ours.seconds.toFixed(1)} | ${ours.maxRssMiB.toFixed(0)} | |`,
);
console.log(
  `| DuckDB count(DISTINCT) by country | ${duck.seconds.toFixed(1)} | ${duck.maxRssMiB.toFixed(0)} | ${versus(duck.seconds, ours.seconds)}${spread(duck, ours)} |`,
);
if (sort !== null)
  console.log(
    `| cut \\| LC_ALL=C sort -u | ${sort.seconds.toFixed(1)} | ${sort.maxRssMiB.toFixed(0)} | ${versus(sort.seconds, ours.seconds)} |`,
  );
const parquetSeconds = withRows.seconds - ours.seconds;
console.log(
  `| ringfence ingest with rows.parquet | ${withRows.seconds.toFixed(1)} | ${withRows.maxRssMiB.toFixed(0)} | Parquet path ${parquetSeconds.toFixed(1)} s |`,
);
console.log(
  `| DuckDB CSV -> Parquet copy | ${duckParquet.seconds.toFixed(1)} | ${duckParquet.maxRssMiB.toFixed(0)} | default ingest ${versus(duckParquet.seconds, withRows.seconds)}${spread(duckParquet, withRows)}; Parquet path costs ${ratio(parquetSeconds, duckParquet.seconds)} of it |`,
);
const rowsBytes = statSync(join(store, 'leaks/bench-rows/rows.parquet')).size;
const duckBytes = statSync(join(out, 'duckdb.parquet')).size;
console.log(
  `rows.parquet: ${(rowsBytes / 2 ** 20).toFixed(0)} MiB (brotli); DuckDB's copy: ${(duckBytes / 2 ** 20).toFixed(0)} MiB (zstd), ringfence's ${ratio(rowsBytes, duckBytes)} of it`,
);
console.log('');
const ns = summary.numberSet;
console.log(
  `number set: ${ns.bytes} bytes, ${ns.bitsPerNumber.toFixed(3)} bits/number, bound ${ns.boundBitsPerNumber.toFixed(3)} (+${(ns.bitsPerNumber - ns.boundBitsPerNumber).toFixed(3)})`,
);
if (zstdBytes !== null)
  console.log(
    `zstd -19 of sorted unique E.164 text: ${zstdBytes} bytes; number set is ${ratio(ns.bytes, zstdBytes)} of it`,
  );
rmSync(join(out, 'duckdb.parquet'), { force: true });
