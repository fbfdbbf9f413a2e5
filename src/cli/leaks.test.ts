import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import {
  runCheck,
  runCompare,
  runDerive,
  runLeaks,
  runNovelty,
  runReport,
  runSample,
  runSqlCommand,
  type LeakIo,
} from './leaks.js';
import { runIngest } from './ingest.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

function io(): LeakIo & { stdout: Capture; stderr: Capture } {
  return { stdin: new PassThrough(), stdout: new Capture(), stderr: new Capture() };
}

let dir: string;
let store: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-cli-'));
  store = join(dir, 'store');
  const input = join(dir, 'dump.csv');
  writeFileSync(
    input,
    'phone,name,country\n+201001234567,a,EG\n01001234568,b,EG\n+447400123456,c,GB\nnope,d,GB\n',
  );
  const out = io();
  await runIngest(
    input,
    { name: 'cli-dump', store, replace: false, rows: true, json: true, title: 'CLI dump' },
    out,
  );
  const summary = JSON.parse(out.stdout.text) as Record<string, number>;
  assert.deepEqual(
    [summary.rows, summary.accepted, summary.rejected, summary.unique],
    [4, 3, 1, 3],
  );
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('leak commands', () => {
  it('report --format json has the fields scripts rely on', () => {
    const out = io();
    runReport('cli-dump', { store, format: 'json' }, out);
    const report = JSON.parse(out.stdout.text) as {
      rows: number;
      accepted: number;
      rejected: number;
      unique: number;
      countries: { region: string; unique: number }[];
    };
    assert.equal(report.rows, 4);
    assert.equal(report.rejected, 1);
    assert.deepEqual(
      report.countries.map((c) => [c.region, c.unique]),
      [
        ['EG', 2],
        ['GB', 1],
      ],
    );
  });

  it('report --format html writes one self-contained file', () => {
    const out = io();
    const file = join(dir, 'report.html');
    runReport('cli-dump', { store, format: 'html', out: file }, out);
    const html = readFileSync(file, 'utf8');
    assert.match(html, /<svg/);
    assert.match(html, /CLI dump/);
    assert.doesNotMatch(html, /<script|https?:\/\/[^"\s]*\.(js|css)/);
  });

  it('leaks lists the catalogue, check finds a number in any format, sample is stable', () => {
    const list = io();
    runLeaks({ store, json: false }, list);
    assert.match(list.stdout.text, /cli-dump\s+CLI dump/);
    const found = io();
    runCheck('0044 7400 123456', { store, json: true }, found);
    assert.deepEqual(
      (JSON.parse(found.stdout.text) as { leaks: { name: string }[] }).leaks.map((l) => l.name),
      ['cli-dump'],
    );
    const a = io();
    const b = io();
    runSample('cli-dump', { store, n: '2', seed: 'x', json: false }, a);
    runSample('cli-dump', { store, n: '2', seed: 'x', json: false }, b);
    assert.equal(a.stdout.text.trim().split('\n').length, 2);
    assert.equal(a.stdout.text, b.stdout.text);
    process.exitCode = 0;
  });

  it('sql runs over the rows and names its errors', async () => {
    const out = io();
    await runSqlCommand(
      'SELECT e164, name FROM "cli-dump" ORDER BY line',
      { store, json: true },
      out,
    );
    assert.deepEqual(
      out.stdout.text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
      [
        { e164: '+201001234567', name: 'a' },
        { e164: '+201001234568', name: 'b' },
        { e164: '+447400123456', name: 'c' },
      ],
    );
    await assert.rejects(
      runSqlCommand('SELECT * FROM nowhere', { store, json: true }, io()),
      (e: unknown) => isRingfenceError(e, 'SQL_ERROR'),
    );
    assert.throws(
      () => {
        runReport('absent', { store, format: 'text' }, io());
      },
      (e: unknown) => isRingfenceError(e, 'LEAK_NOT_FOUND'),
    );
  });

  it('compare takes a per-country counts table for B when its numbers are not at hand', () => {
    const counts = join(dir, 'advert.csv');
    writeFileSync(counts, 'country,numbers\nEgypt,2\nUnited Kingdom,1\n');
    const out = io();
    runCompare('cli-dump', counts, { store, format: 'json' }, out);
    const c = JSON.parse(out.stdout.text) as { verdict: string; agreeTo: Record<string, number> };
    assert.equal(c.verdict, 'count-profile-match');
    assert.equal(c.agreeTo['3'], 2);
    writeFileSync(counts, 'country,numbers\nEgypt,945 million\nUnited Kingdom,1\n');
    const off = io();
    runCompare('cli-dump', counts, { store, format: 'text' }, off);
    assert.match(
      off.stdout.text,
      /^count-profile-partial: .*largest claim that does not match is Egypt/,
    );
  });

  it('lists derived sets apart and never counts them as leaks in check or novelty', async () => {
    const own = join(dir, 'store-derived');
    const earlier = join(dir, 'earlier.txt');
    const later = join(dir, 'later.txt');
    writeFileSync(earlier, '+447400123456\n+447400123457\n');
    writeFileSync(later, '+447400123456\n+447400123458\n');
    const quiet = { store: own, replace: false, rows: false, json: true, workers: '1' };
    await runIngest(later, { ...quiet, name: 'later', breachDate: '2022' }, io());
    await runIngest(earlier, { ...quiet, name: 'earlier', breachDate: '2021-04-03' }, io());
    await runDerive(
      'both',
      { store: own, from: 'earlier | later', replace: false, json: true },
      io(),
    );

    const list = io();
    runLeaks({ store: own, json: false }, list);
    const [leaks = '', derived = ''] = list.stdout.text.split('\n\n');
    assert.match(leaks, /^NAME .*\nearlier .*\nlater .*$/);
    assert.match(
      derived,
      /^derived sets \(made with ringfence derive; not leaks, never counted as one\):\nNAME +TITLE +FROM .*\nboth +earlier \| later \(derived\) +earlier union later /,
    );

    const novelty = io();
    runNovelty('earlier', { store: own, json: true, record: false }, novelty);
    const report = JSON.parse(novelty.stdout.text) as { comparedWith: string[]; excluded: unknown };
    assert.deepEqual(report.comparedWith, []);
    assert.deepEqual(report.excluded, [
      { name: 'both', reason: 'derived' },
      { name: 'later', reason: 'not earlier' },
    ]);

    // The number of "later" that "earlier" lacks, then "later" replaced without it: it is left
    // in the derived set only, which is no leak: not found, exit 1.
    const found = io();
    runCheck('+447400123458', { store: own, json: false }, found);
    assert.equal(
      found.stdout.text,
      '+447400123458: found in 1 of 2 leak(s) of the local store\n' +
        '  later  later  (2022)\n' +
        'also in derived sets (not leaks): both\n',
    );
    assert.equal(process.exitCode, 0);
    await runIngest(earlier, { ...quiet, name: 'later', breachDate: '2022', replace: true }, io());
    const onlyDerived = io();
    runCheck('+447400123458', { store: own, json: true }, onlyDerived);
    assert.deepEqual(JSON.parse(onlyDerived.stdout.text), {
      e164: '+447400123458',
      region: 'GB',
      leaksSearched: 2,
      leaks: [],
      derived: [{ name: 'both', title: 'earlier | later (derived)' }],
    });
    assert.equal(process.exitCode, 1);
    process.exitCode = 0;

    assert.throws(
      () => {
        runCheck('+447400123456', { store: join(dir, 'no-store'), json: false }, io());
      },
      (e: unknown) => isRingfenceError(e, 'STORE_EMPTY') && e.exit === 66,
    );
    await assert.rejects(
      runIngest(earlier, { ...quiet, name: 'bad-date', breachDate: '2021-13-45' }, io()),
      (e: unknown) => isRingfenceError(e, 'INVALID_DATE') && e.exit === 64,
    );
  });
});
