/**
 * Set algebra benchmark: exact |A ∩ B| and the per-calling-code table of two ~100M-number leaks
 * with 70% overlap, ringfence's streaming merge over its number sets against DuckDB's INTERSECT
 * and a join on BIGINT columns read from Parquet, in one run.
 *
 * A is an ingested leak (`npm run bench:ingest` leaves none behind: ingest the synthetic dump
 * first, see below). B keeps 70% of A (chosen by a hash) and replaces the rest by neighbours
 * (n + 1), so the overlap is known in advance; both are exported for DuckDB as Parquet with
 * (number BIGINT, calling_code INTEGER).
 *
 *   node bin/ringfence.js ingest bench/out/synth-100000000-1.csv --name a100 \
 *     --store bench/out/cmpstore --no-rows
 *   npx tsx bench/compare.ts [--store bench/out/cmpstore] [--leak a100]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { NumberSetWriter, readNumberSet } from '../src/index/index.js';
import { timed } from './support/timed.js';

const { values: args } = parseArgs({
  options: {
    store: { type: 'string', default: 'bench/out/cmpstore' },
    leak: { type: 'string', default: 'a100' },
  },
});
const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'bench/out');
const aPath = join(root, args.store, 'leaks', args.leak, 'numbers.rfns');
if (!existsSync(aPath)) {
  console.error(`${aPath} is missing: ingest a dump first (see the comment at the top).`);
  process.exit(1);
}

/** Keeps about 70% of the numbers, by a multiplicative hash of the value. */
function keep(v: number): boolean {
  return (Math.imul((v % 4294967296) | 0, 0x9e3779b1) >>> 0) % 10 < 7;
}

// B: 70% of A, the rest moved to n + 1.
const a = readNumberSet(aPath);
const bPath = join(out, 'b100.rfns');
const writer = NumberSetWriter.open(bPath);
let buffer: Float64Array | undefined;
for (let p = 0; p < a.partitions.length; p++) {
  const part = a.partitions[p]!;
  buffer = a.values(p, buffer);
  const next = new Float64Array(part.count);
  const max = 10 ** part.nsnLength - 1;
  for (let i = 0; i < part.count; i++) {
    const v = buffer[i]!;
    next[i] = keep(v) || v >= max ? v : v + 1;
  }
  next.sort();
  let n = 0;
  for (let i = 0; i < next.length; i++)
    if (n === 0 || next[n - 1] !== next[i]) next[n++] = next[i]!;
  writer.addPartition(part.callingCode, part.nsnLength, next, n);
}
writer.close();

/** Exports a number set as CSV (number, calling_code) and converts it to Parquet with DuckDB. */
function exportParquet(path: string, name: string): string {
  const set = readNumberSet(path);
  const csv = join(out, `${name}.csv`);
  const fd = openSync(csv, 'w');
  let values: Float64Array | undefined;
  for (let p = 0; p < set.partitions.length; p++) {
    const part = set.partitions[p]!;
    values = set.values(p, values);
    const base = part.callingCode * 10 ** part.nsnLength;
    const lines: string[] = [];
    for (let i = 0; i < part.count; i++) {
      lines.push(`${base + values[i]!},${part.callingCode}`);
      if (lines.length === 1_000_000) {
        writeSync(fd, lines.join('\n') + '\n');
        lines.length = 0;
      }
    }
    if (lines.length > 0) writeSync(fd, lines.join('\n') + '\n');
  }
  closeSync(fd);
  const parquet = join(out, `${name}.parquet`);
  duck(
    `COPY (SELECT * FROM read_csv('${csv}', header=false, columns={'number': 'BIGINT', 'calling_code': 'INTEGER'})) TO '${parquet}' (FORMAT parquet)`,
  );
  rmSync(csv);
  return parquet;
}

const duckScript = join(out, 'duckdb-run.mjs');
writeFileSync(
  duckScript,
  `import { DuckDBInstance } from '${join(root, 'node_modules/@duckdb/node-api/lib/index.js')}';
const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const c = await db.connect();
const r = await c.runAndReadAll(process.argv[2]);
console.log(JSON.stringify(r.getRowsJson()));
`,
);

function duck(sql: string): unknown {
  const result = spawnSync(process.execPath, [duckScript, sql], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

const aParquet = exportParquet(aPath, 'a100');
const bParquet = exportParquet(bPath, 'b100');

// ringfence: a small script over the library, in its own process for a fair RSS.
const oursScript = join(out, 'ours-compare.ts');
writeFileSync(
  oursScript,
  `import { combineSets, readNumberSet } from '${join(root, 'src/index/index.ts')}';
const a = readNumberSet('${aPath}');
const b = readNumberSet('${bPath}');
const byCode = new Map<number, number>();
let total = 0;
combineSets(a, b, 'intersection', (r) => { total += r.count; byCode.set(r.callingCode, (byCode.get(r.callingCode) ?? 0) + r.count); });
console.log(JSON.stringify({ total, codes: byCode.size }));
`,
);
const ours = timed('ringfence intersection', [process.execPath, '--import', 'tsx', oursScript]);
const duckIntersect = timed('DuckDB INTERSECT', [
  process.execPath,
  duckScript,
  `SELECT count(*) FROM (SELECT number FROM '${aParquet}' INTERSECT SELECT number FROM '${bParquet}')`,
]);
const duckJoin = timed('DuckDB join by calling code', [
  process.execPath,
  duckScript,
  `SELECT a.calling_code, count(*) FROM '${aParquet}' a JOIN '${bParquet}' b USING (number) GROUP BY 1`,
]);
console.log(`ours: ${ours.stdout.trim()}; DuckDB INTERSECT: ${duckIntersect.stdout.trim()}`);
console.log('| step | seconds | peak RSS MiB | ratio |');
console.log('| --- | ---: | ---: | --- |');
console.log(
  `| ringfence intersection + per-code table | ${ours.seconds.toFixed(1)} | ${ours.maxRssMiB.toFixed(0)} | |`,
);
console.log(
  `| DuckDB INTERSECT count | ${duckIntersect.seconds.toFixed(1)} | ${duckIntersect.maxRssMiB.toFixed(0)} | ringfence ${(duckIntersect.seconds / ours.seconds).toFixed(2)}x faster |`,
);
console.log(
  `| DuckDB join + GROUP BY calling code | ${duckJoin.seconds.toFixed(1)} | ${duckJoin.maxRssMiB.toFixed(0)} | ringfence ${(duckJoin.seconds / ours.seconds).toFixed(2)}x faster |`,
);
