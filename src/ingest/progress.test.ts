import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { LeakStore, runSql } from '../store/index.js';
import { synthesise } from '../synth/index.js';
import { ingest, type IngestPhase, type IngestProgress } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'ringfence-progress-'));
const csv = join(dir, 'dump.csv');
const gz = join(dir, 'dump.csv.gz');
let truthRows = 0;

before(async () => {
  // Several 4 MiB chunks, so that reading reports more than its start and its end.
  const parts: Uint8Array[] = [];
  const truth = await synthesise(
    { profile: 'facebook-2021', rows: 250_000, seed: 'progress' },
    (c) => {
      parts.push(c);
    },
  );
  truthRows = truth.rows;
  const bytes = Buffer.concat(parts);
  writeFileSync(csv, bytes);
  writeFileSync(gz, gzipSync(bytes));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function reports(
  input: string,
  name: string,
  extra: { rows?: boolean; stdin?: NodeJS.ReadableStream } = {},
): Promise<IngestProgress[]> {
  const seen: IngestProgress[] = [];
  await ingest({
    input,
    name,
    store: join(dir, 'store'),
    workers: 2,
    ...extra,
    onProgress: (p) => {
      seen.push(p);
    },
  });
  return seen;
}

/** Phases in order, each monotone, each full in its last report and only there. */
function checkSequence(seen: readonly IngestProgress[], phases: readonly IngestPhase[]): void {
  const order = seen.map((p) => p.phase).filter((p, i, all) => i === 0 || all[i - 1] !== p);
  assert.deepEqual(order, phases, 'each phase once, in order');
  for (const phase of phases) {
    const of = seen.filter((p) => p.phase === phase);
    assert.ok(of.length >= 2, `${phase}: a start and an end`);
    assert.equal(of[0]!.done, 0, `${phase} starts at 0`);
    const last = of[of.length - 1]!;
    assert.ok(last.total > 0 && last.done === last.total, `${phase} ends full`);
    for (let i = 1; i < of.length; i++) {
      assert.ok(of[i]!.done >= of[i - 1]!.done, `${phase} done never goes back`);
      assert.ok(of[i]!.rows >= of[i - 1]!.rows, `${phase} rows never go back`);
    }
    for (const p of of.slice(0, -1))
      assert.ok(p.total === 0 || p.done < p.total, `${phase} full before its end: ${p.done}`);
  }
}

describe('ingest progress', () => {
  it('reads by file bytes, then sorts by partitions, each full only at its end', async () => {
    const seen = await reports(csv, 'plain');
    checkSequence(seen, ['reading', 'sorting']);
    const reading = seen.filter((p) => p.phase === 'reading');
    assert.ok(reading.length > 3, 'a report per chunk merged');
    assert.equal(reading[0]!.rows, 0);
    assert.ok(reading.every((p) => p.total === statSync(csv).size));
    // Rows are counted as the bytes behind them are: half the bytes, about half the rows.
    const mid = reading.find((p) => p.done >= p.total / 2)!;
    assert.ok(mid.rows > truthRows * 0.3 && mid.rows < truthRows * 0.8, `${mid.rows} rows at half`);
    assert.equal(reading[reading.length - 1]!.rows, truthRows);
    const sorting = seen.filter((p) => p.phase === 'sorting');
    assert.ok(sorting.length > 3, 'a report per partition group');
    assert.ok(sorting.every((p) => p.total === sorting[0]!.total && p.rows === truthRows));
  });

  it('writes rows.parquet from several chunks and threads, each row at its line', async () => {
    await reports(csv, 'lines');
    const rowsFile = join(dir, 'store', 'leaks', 'lines', 'rows.parquet');
    const store = new LeakStore(join(dir, 'store'));
    const groups = await runSql(
      store,
      `SELECT count(DISTINCT row_group_id)::INTEGER FROM parquet_metadata('${rowsFile}')`,
    );
    assert.ok(Number(groups.rows[0]![0]) > 1, 'more than one row group');
    // Every 997th line of the file: its rows carry its phone field and its first name.
    const lines = readFileSync(csv, 'utf8').split('\n');
    const picked = await runSql(
      store,
      'SELECT line::INTEGER, phone, first_name FROM lines WHERE line % 997 = 0 ORDER BY line',
    );
    assert.ok(picked.rows.length > 200);
    for (const [line, phone, firstName] of picked.rows) {
      const fields = lines[Number(line) - 1]!.split(',').map((f) => (f === '' ? null : f));
      assert.deepEqual([phone, firstName], [fields[0], fields[2]], `line ${String(line)}`);
    }
  });

  it('counts compressed bytes against the compressed size for a gzip file', async () => {
    const seen = await reports(gz, 'gzip', { rows: false });
    checkSequence(seen, ['reading', 'sorting']);
    const reading = seen.filter((p) => p.phase === 'reading');
    assert.ok(reading.every((p) => p.total === statSync(gz).size));
  });

  it('reports reading stdin with no total until it ends', async () => {
    const stdin = Readable.from([Buffer.from('phone\n+447911123456\n+33612345678\n')]);
    const seen = await reports('-', 'stdin', { rows: false, stdin });
    checkSequence(seen, ['reading', 'sorting']);
    const reading = seen.filter((p) => p.phase === 'reading');
    assert.ok(reading.slice(0, -1).every((p) => p.total === 0));
    const last = reading[reading.length - 1]!;
    assert.equal(last.total, 'phone\n+447911123456\n+33612345678\n'.length);
  });
});
