import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import { defaultPhoneEngine } from '../phone/index.js';
import { buildReport, checkNumber, sampleLeak } from '../analysis/index.js';
import { renderReportText } from '../report/index.js';
import { LeakStore, runSql } from '../store/index.js';
import { ingest } from './index.js';
import { seededRandom } from '../random.js';
import { synthesise } from '../synth/index.js';

const engine = defaultPhoneEngine();

/** Blocks known valid for the engine; the test checks every generated number anyway. */
const BLOCKS: ReadonlyArray<readonly [string, string, number]> = [
  ['EG', '+2010', 8],
  ['EG', '+2012', 8],
  ['IT', '+39320', 7],
  ['US', '+1212', 7],
  ['GB', '+447911', 6],
  ['SA', '+96650', 7],
  ['FR', '+336', 8],
];

interface Row {
  phone: string;
  country: string;
}

/** Rows in mixed formats with duplicates and junk; the oracle reads them with the object API. */
function makeRows(n: number, seed: string): Row[] {
  const random = seededRandom(seed);
  const rows: Row[] = [];
  const made: Row[] = [];
  for (let i = 0; i < n; i++) {
    const r = random();
    if (r < 0.03) {
      rows.push({ phone: ['N/A', '', '12', 'abc', '+999 1'][i % 5]!, country: '' });
      continue;
    }
    if (r < 0.15 && made.length > 0) {
      rows.push(made[Math.floor(random() * made.length)]!);
      continue;
    }
    const [region, prefix, free] = BLOCKS[Math.floor(random() * BLOCKS.length)]!;
    const digits = String(Math.floor(random() * 10 ** free)).padStart(free, '0');
    const e164 = prefix + digits;
    const style = random();
    let phone = e164;
    if (style < 0.2) phone = e164.slice(1);
    else if (style < 0.3) phone = '00' + e164.slice(1);
    else if (style < 0.4) phone = `${e164.slice(0, 4)} ${e164.slice(4, 7)} ${e164.slice(7)}`;
    const row = { phone, country: region };
    made.push(row);
    rows.push(row);
  }
  return rows;
}

function expected(rows: readonly Row[]): { valid: number; unique: Set<string>; rejected: number } {
  const unique = new Set<string>();
  let valid = 0;
  let rejected = 0;
  for (const row of rows) {
    const r = engine.parse(row.phone, { defaultRegion: row.country || undefined });
    if (!r.ok || (!r.valid && !r.possible)) rejected++;
    else if (r.valid) {
      valid++;
      unique.add(r.e164);
    }
  }
  return { valid, unique, rejected };
}

function csv(rows: readonly Row[]): string {
  return (
    'phone,first_name,country,city\n' +
    rows.map((r, i) => `${r.phone},name${i},${r.country},"City ${i % 7}, Region"`).join('\n') +
    '\n'
  );
}

let dir: string;
let store: LeakStore;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-ingest-'));
  store = new LeakStore(join(dir, 'store'));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('ingest', () => {
  it('accounts for every row of a messy CSV and reads quotes, ragged rows, BOM and CRLF', async () => {
    const input = join(dir, 'messy.csv');
    const lines = [
      '\ufeffphone;name;country;note',
      '+201001234567;"Ali; the ""first""";EG;x',
      '01001234568;Mona;EG;"two',
      'lines"',
      '',
      '07911 123456;John;GB',
      '+393201234567;Gio;IT;a;extra;fields',
      '"+1 212 555 0100";Bob;US;ok',
      ';nobody;US;',
      'N/A;x;US;y',
      '+201001234567;dup;EG;z',
    ];
    writeFileSync(input, lines.join('\r\n') + '\r\n');
    const summary = await ingest({ input, name: 'messy', store: store.root });
    assert.equal(summary.headerLines, 1);
    assert.equal(summary.blankLines, 1);
    assert.equal(summary.rows, 8);
    assert.equal(summary.accepted + summary.rejected, summary.rows);
    assert.equal(summary.rejected, 2);
    assert.equal(summary.valid, 6);
    assert.equal(summary.unique, 5);
    const rejects = gunzipSync(readFileSync(join(store.leakDir('messy'), 'rejects.jsonl.gz')))
      .toString()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; code: string; file: string });
    assert.deepEqual(
      rejects.map((r) => [r.line, r.code]),
      [
        [9, 'EMPTY_PHONE'],
        [10, 'NOT_A_NUMBER'],
      ],
    );
    const rows = await runSql(
      store,
      'SELECT line::INTEGER, e164, name, note FROM messy ORDER BY line',
    );
    assert.deepEqual(rows.rows[0], [2, '+201001234567', 'Ali; the "first"', 'x']);
    assert.deepEqual(rows.rows[1], [3, '+201001234568', 'Mona', 'two\r\nlines']);
    assert.deepEqual(rows.rows[3], [7, '+393201234567', 'Gio', 'a']);
    assert.equal(rows.rows.length, summary.accepted);
    const manifest = store.manifest('messy');
    assert.equal(manifest.inputs[0]!.delimiter, ';');
    assert.equal(manifest.inputs[0]!.countryColumn, 'country');
    // rows.parquet's size and hash, measured as it was written, are the file's.
    const parquet = readFileSync(join(store.leakDir('messy'), 'rows.parquet'));
    assert.deepEqual(manifest.files.rows, {
      bytes: parquet.length,
      sha256: createHash('sha256').update(parquet).digest('hex'),
    });
  });

  it('matches an object-API oracle on 30,000 generated rows, in four threads, with spills', async () => {
    const rows = makeRows(30_000, 'oracle');
    const input = join(dir, 'oracle.csv');
    writeFileSync(input, csv(rows));
    const want = expected(rows);
    const summary = await ingest({
      input,
      name: 'oracle',
      store: store.root,
      workers: 4,
      memoryBytes: 64 * 1024,
    });
    assert.ok(summary.spilledRuns > 0, 'the small budget must spill');
    assert.equal(summary.rows, rows.length);
    assert.equal(summary.rejected, want.rejected);
    assert.equal(summary.valid, want.valid);
    assert.equal(summary.unique, want.unique.size);
    const report = buildReport(store, 'oracle');
    const byRegion = new Map<string, number>();
    for (const e164 of want.unique) {
      const region = engine.parse(e164);
      if (region.ok && region.region !== null)
        byRegion.set(region.region, (byRegion.get(region.region) ?? 0) + 1);
    }
    for (const country of report.countries)
      assert.equal(country.unique, byRegion.get(country.region) ?? 0, country.region);
    assert.equal(
      report.countries.reduce((s, c) => s + c.unique, 0),
      report.unique,
    );
    assert.match(renderReportText(report), /Egypt/);
    // Every unique number is found by check, and a number not in the dump is not.
    const some = [...want.unique].slice(0, 50);
    for (const e164 of some)
      assert.deepEqual(
        checkNumber(store, engine, e164).leaks.map((l) => l.name),
        ['oracle'],
      );
    const absent = checkNumber(store, engine, '+447911000000');
    assert.equal(absent.leaks.length, want.unique.has('+447911000000') ? 1 : 0);
  });

  it('gives the same figures for gzip, zstd, TSV, JSON Lines, plain lines and a directory', async () => {
    const rows = makeRows(3000, 'formats');
    const want = expected(rows);
    const plain = csv(rows);
    writeFileSync(join(dir, 'f.csv.gz'), gzipSync(plain));
    writeFileSync(join(dir, 'f.csv'), plain);
    execFileSync('zstd', ['-q', '-f', join(dir, 'f.csv'), '-o', join(dir, 'f.csv.zst')]);
    writeFileSync(
      join(dir, 'f.tsv'),
      'phone\tcountry\n' + rows.map((r) => `${r.phone}\t${r.country}`).join('\n') + '\n',
    );
    writeFileSync(
      join(dir, 'f.jsonl'),
      rows.map((r) => JSON.stringify({ msisdn: r.phone, cc: r.country })).join('\n') + '\n',
    );
    mkdirSync(join(dir, 'parts'));
    writeFileSync(join(dir, 'parts', 'a.csv'), csv(rows.slice(0, 1000)));
    writeFileSync(join(dir, 'parts', 'b.csv.gz'), gzipSync(csv(rows.slice(1000))));
    for (const [name, file] of [
      ['gz', 'f.csv.gz'],
      ['zst', 'f.csv.zst'],
      ['tsv', 'f.tsv'],
      ['jsonl', 'f.jsonl'],
      ['dir', 'parts'],
    ] as const) {
      const summary = await ingest({ input: join(dir, file), name, store: store.root });
      assert.equal(summary.rows, rows.length, name);
      assert.equal(summary.valid, want.valid, name);
      assert.equal(summary.unique, want.unique.size, name);
    }
    const count = await runSql(store, 'SELECT count(*)::INTEGER AS n FROM jsonl');
    assert.equal(count.rows[0]![0], want.valid + (rows.length - want.valid - want.rejected));

    // Plain lines of E.164 numbers: no country column, no header.
    const e164 = [...want.unique];
    writeFileSync(join(dir, 'plain.txt'), e164.join('\n'));
    const plainSummary = await ingest({
      input: join(dir, 'plain.txt'),
      name: 'plain',
      store: store.root,
    });
    assert.equal(plainSummary.headerLines, 0);
    assert.equal(plainSummary.unique, e164.length);
  });

  it('reproduces the ground truth of a synthetic dump exactly, per country', async () => {
    const input = join(dir, 'synth.csv');
    const parts: Uint8Array[] = [];
    const truth = await synthesise(
      { profile: 'facebook-2021', rows: 200_000, seed: 'ingest-test' },
      (chunk) => {
        parts.push(chunk);
      },
    );
    writeFileSync(input, Buffer.concat(parts));
    const summary = await ingest({ input, name: 'synth', store: store.root });
    assert.equal(summary.rows, truth.rows);
    assert.equal(summary.valid, truth.validRows);
    assert.equal(summary.rejected, truth.junkRows);
    assert.equal(summary.unique, truth.uniqueNumbers);
    const report = buildReport(store, 'synth');
    const measured = new Map(report.countries.map((c) => [c.region, c]));
    for (const region of truth.regions) {
      assert.equal(measured.get(region.region)?.unique, region.unique, region.region);
      assert.equal(measured.get(region.region)?.rows, region.rows, region.region);
    }
    const classes = new Map(report.dataClasses.map((d) => [d.column, d.dataClass]));
    assert.equal(classes.get('email'), 'Email addresses');
    assert.equal(classes.get('first_name'), 'Names');
    assert.equal(classes.get('gender'), 'Genders');
    assert.equal(classes.get('birth_date'), 'Dates of birth');
    assert.equal(store.manifest('synth').inputs[0]!.countryColumn, 'country');
  });

  it('refuses to replace a leak without --replace, and replaces it with', async () => {
    const input = join(dir, 'small.txt');
    writeFileSync(input, '+201001234567\n+201001234568\n');
    await ingest({ input, name: 'twice', store: store.root });
    await assert.rejects(ingest({ input, name: 'twice', store: store.root }), (e: unknown) =>
      isRingfenceError(e, 'LEAK_EXISTS'),
    );
    writeFileSync(input, '+201001234567\n');
    const again = await ingest({ input, name: 'twice', store: store.root, replace: true });
    assert.equal(again.unique, 1);
    assert.equal(store.manifest('twice').counts.unique, 1);
    assert.deepEqual(
      readdirSync(store.leaksDir).filter((n) => n.startsWith('.')),
      [],
      'no build folder left behind',
    );
  });

  it('gives stable codes for a missing input, a bad name and an unknown phone column', async () => {
    await assert.rejects(
      ingest({ input: join(dir, 'nope.csv'), name: 'x', store: store.root }),
      (e: unknown) => isRingfenceError(e, 'INPUT_NOT_FOUND'),
    );
    await assert.rejects(
      ingest({ input: join(dir, 'small.txt'), name: 'Bad Name', store: store.root }),
      (e: unknown) => isRingfenceError(e, 'INVALID_LEAK_NAME'),
    );
    writeFileSync(join(dir, 'cols.csv'), 'a,b\n+201001234567,x\n');
    await assert.rejects(
      ingest({ input: join(dir, 'cols.csv'), name: 'cols', store: store.root, phoneColumn: 'tel' }),
      (e: unknown) => isRingfenceError(e, 'COLUMN_NOT_FOUND'),
    );
    writeFileSync(
      join(dir, 'gz-broken.csv.gz'),
      Buffer.concat([gzipSync('a\n'.repeat(1000)).subarray(0, 20)]),
    );
    await assert.rejects(
      ingest({ input: join(dir, 'gz-broken.csv.gz'), name: 'broken', store: store.root }),
      (e: unknown) => isRingfenceError(e, 'UNREADABLE_INPUT'),
    );
    assert.equal(store.has('broken'), false);
  });

  it('checks the breach date before reading anything, and keeps a partial one as given', async () => {
    const input = join(dir, 'dated.txt');
    writeFileSync(input, '+201001234567\n');
    for (const breachDate of ['2021-13-45', 'April 2021', '2021-02-29', '2999-01-01'])
      await assert.rejects(
        ingest({ input, name: 'dated', store: store.root, breachDate }),
        (e: unknown) => isRingfenceError(e, 'INVALID_DATE') && e.details?.value === breachDate,
      );
    assert.equal(store.has('dated'), false);
    await ingest({ input, name: 'dated', store: store.root, breachDate: '2021-04', workers: 1 });
    assert.equal(store.manifest('dated').breachDate, '2021-04');
    assert.equal(store.manifest('dated').kind, 'leak');
  });

  it('samples reproducibly, within the leak and the asked country', () => {
    const a = sampleLeak(store, engine, 'oracle', { n: 200, seed: 's1' });
    const b = sampleLeak(store, engine, 'oracle', { n: 200, seed: 's1' });
    const c = sampleLeak(store, engine, 'oracle', { n: 200, seed: 's2' });
    assert.equal(a.length, 200);
    assert.deepEqual(a, b);
    assert.notDeepEqual(a, c);
    assert.equal(new Set(a.map((e) => e.e164)).size, 200);
    for (const e of a) assert.equal(checkNumber(store, engine, e.e164).leaks.length > 0, true);
    const gb = sampleLeak(store, engine, 'oracle', { n: 50, seed: 'x', region: 'GB' });
    assert.equal(gb.length, 50);
    assert.ok(gb.every((e) => e.region === 'GB'));
  });
});
