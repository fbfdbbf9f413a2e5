/**
 * Set algebra benchmark: exact |A ∩ B| and the per-country table of two ~100M-number leaks
 * with 70% overlap, ringfence's streaming merge over its number sets against DuckDB's INTERSECT
 * and a join on BIGINT columns read from Parquet, in one run.
 *
 * A is an ingested leak (`npm run bench:ingest` leaves none behind: ingest the synthetic dump
 * first, see below). B keeps 70% of A (chosen by a hash) and replaces the rest by neighbours
 * (n + 1), so the overlap is known in advance; both are exported for DuckDB as Parquet with
 * (number BIGINT, calling_code INTEGER, region VARCHAR), the region classified at export time
 * (DuckDB gets it for free; ringfence classifies the numbers in common of shared calling codes
 * such as +1 and +7 while it runs).
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
import { NumberSetWriter, readNumberSet } from '../src/number-set/index.js';
import { classifyPartition } from '../src/analysis/index.js';
import { NO_REGION_INDEX, defaultPhoneEngine } from '../src/phone/index.js';
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

/** Exports a number set as CSV (number, calling_code, region) and converts it to Parquet. */
function exportParquet(path: string, name: string): string {
  const engine = defaultPhoneEngine();
  const set = readNumberSet(path);
  const csv = join(out, `${name}.csv`);
  const fd = openSync(csv, 'w');
  let values: Float64Array | undefined;
  for (let p = 0; p < set.partitions.length; p++) {
    const part = set.partitions[p]!;
    values = set.values(p, values);
    const base = part.callingCode * 10 ** part.nsnLength;
    const r = { ...part, values };
    classifyPartition(engine, r, (batch, offset) => {
      const lines: string[] = [];
      for (let i = 0; i < batch.count; i++) {
        const region =
          batch.region[i] === NO_REGION_INDEX ? '001' : batch.regionIds[batch.region[i]!]!;
        lines.push(`${base + values![offset + i]!},${part.callingCode},${region}`);
      }
      writeSync(fd, lines.join('\n') + '\n');
    });
  }
  closeSync(fd);
  const parquet = join(out, `${name}.parquet`);
  duck(
    `COPY (SELECT * FROM read_csv('${csv}', header=false, columns={'number': 'BIGINT', 'calling_code': 'INTEGER', 'region': 'VARCHAR'})) TO '${parquet}' (FORMAT parquet)`,
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

// ringfence: small scripts over the library, each in its own process for a fair RSS.
function oursScript(name: string, perRegion: boolean): string {
  const file = join(out, `${name}.ts`);
  writeFileSync(
    file,
    `import { combineSets, readNumberSet } from '${join(root, 'src/number-set/index.ts')}';
import { countByRegion } from '${join(root, 'src/analysis/index.ts')}';
import { defaultPhoneEngine } from '${join(root, 'src/phone/index.ts')}';
const engine = defaultPhoneEngine();
const a = readNumberSet('${aPath}');
const b = readNumberSet('${bPath}');
const table = new Map<string | number, number>();
let total = 0;
combineSets(a, b, 'intersection', (r) => {
  total += r.count;
  ${perRegion ? 'countByRegion(engine, r, table);' : 'table.set(r.callingCode, (table.get(r.callingCode) ?? 0) + r.count);'}
});
console.log(JSON.stringify({ total, keys: table.size, table: [...table] }));
`,
  );
  return file;
}
const oursCode = timed('ringfence by calling code', [
  process.execPath,
  '--import',
  'tsx',
  oursScript('ours-by-code', false),
]);
const oursRegion = timed('ringfence by region', [
  process.execPath,
  '--import',
  'tsx',
  oursScript('ours-by-region', true),
]);
const duckIntersect = timed('DuckDB INTERSECT', [
  process.execPath,
  duckScript,
  `SELECT count(*) FROM (SELECT number FROM '${aParquet}' INTERSECT SELECT number FROM '${bParquet}')`,
]);
const duckCode = timed('DuckDB join by calling code', [
  process.execPath,
  duckScript,
  `SELECT a.calling_code, count(*) FROM '${aParquet}' a JOIN '${bParquet}' b USING (number) GROUP BY 1`,
]);
const duckRegion = timed('DuckDB join by region', [
  process.execPath,
  duckScript,
  `SELECT a.region, count(*) FROM '${aParquet}' a JOIN '${bParquet}' b USING (number) GROUP BY 1`,
]);
const byCode = JSON.parse(oursCode.stdout) as { total: number };
const byRegion = JSON.parse(oursRegion.stdout) as { total: number; table: [string, number][] };
const duckRegions = new Map(
  (JSON.parse(duckRegion.stdout) as [string, string][]).map(([r, n]) => [r, Number(n)]),
);
const disagree = byRegion.table.filter(([r, n]) => duckRegions.get(r) !== n).length;
console.log(
  `in common: ringfence ${byCode.total} (by code) / ${byRegion.total} (by region), DuckDB INTERSECT ${duckIntersect.stdout.trim()}; per-country table: ${byRegion.table.length} regions, ${disagree} differ from DuckDB's`,
);
const row = (step: string, r: { seconds: number; maxRssMiB: number }, ratio: string): void => {
  console.log(`| ${step} | ${r.seconds.toFixed(1)} | ${r.maxRssMiB.toFixed(0)} | ${ratio} |`);
};
const faster = (theirs: { seconds: number }, ours: { seconds: number }): string =>
  `ringfence ${(theirs.seconds / ours.seconds).toFixed(2)}x faster`;
console.log('| step | seconds | peak RSS MiB | ratio |');
console.log('| --- | ---: | ---: | --- |');
row('ringfence count of A∩B + per-calling-code table', oursCode, '');
row('ringfence count of A∩B + per-country table', oursRegion, '');
row('DuckDB INTERSECT count', duckIntersect, faster(duckIntersect, oursCode));
row('DuckDB join + GROUP BY calling code', duckCode, faster(duckCode, oursCode));
row('DuckDB join + GROUP BY region', duckRegion, faster(duckRegion, oursRegion));
