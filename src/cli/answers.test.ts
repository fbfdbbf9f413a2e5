/**
 * Answers that say what they leave out: a sample shorter than asked, a leak without rows in SQL,
 * a per-country table cut in a terminal, a counts table that cannot be read.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import {
  runCompare,
  runDerive,
  runNovelty,
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

function numbers(prefix: string, free: number, n: number): string[] {
  return Array.from({ length: n }, (_, i) => prefix + String(i * 7).padStart(free, '0'));
}

let dir: string;
let store: string;

async function ingestLeak(name: string, lines: string[], rows: boolean): Promise<number> {
  const input = join(dir, `${name}.txt`);
  writeFileSync(input, lines.join('\n') + '\n');
  const out = io();
  await runIngest(input, { name, store, replace: false, rows, json: true }, out);
  return (JSON.parse(out.stdout.text) as { unique: number }).unique;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-answers-'));
  store = join(dir, 'store');
  const eg = numbers('+2010', 8, 50);
  const ee = numbers('+3725', 7, 3);
  // wide: 5 countries, with rows; narrow: 2 of them, ingested with --no-rows.
  const wide = [
    ...eg,
    ...numbers('+39320', 7, 40),
    ...numbers('+336', 8, 30),
    ...numbers('+49151', 8, 20),
    ...ee,
  ];
  assert.equal(await ingestLeak('wide', wide, true), 143);
  assert.equal(await ingestLeak('narrow', [...eg.slice(0, 10), ...ee], false), 13);
  await runDerive('common', { store, from: 'wide & narrow', replace: false, json: true }, io());
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('sample says when fewer numbers exist than asked', () => {
  it('writes the numbers on stdout and the shortfall on stderr', () => {
    const out = io();
    runSample('wide', { store, n: '1000', country: 'EE', seed: '1', json: false }, out);
    assert.equal(out.stdout.text.trim().split('\n').length, 3);
    assert.match(out.stdout.text, /^(\+3725\d{7}\n){3}$/);
    assert.equal(out.stderr.text, 'ringfence: only 3 numbers of EE in wide; asked for 1,000\n');
    // A country by name reads the same region.
    const named = io();
    runSample('wide', { store, n: '1000', country: 'Estonia', seed: '1', json: false }, named);
    assert.equal(named.stdout.text, out.stdout.text);
    const whole = io();
    runSample('wide', { store, n: '1000', seed: '1', json: false }, whole);
    assert.equal(whole.stdout.text.trim().split('\n').length, 143);
    assert.equal(whole.stderr.text, 'ringfence: only 143 numbers in wide; asked for 1,000\n');
  });

  it('says nothing when the sample is as large as asked', () => {
    const out = io();
    runSample('wide', { store, n: '2', country: 'EE', seed: '1', json: false }, out);
    assert.equal(out.stdout.text.trim().split('\n').length, 2);
    assert.equal(out.stderr.text, '');
  });

  it('gives the account as one JSON object on stderr with --json', () => {
    const out = io();
    runSample('wide', { store, n: '1000', country: 'ee', seed: '1', json: true }, out);
    assert.equal(out.stdout.text.trim().split('\n').length, 3);
    assert.deepEqual(JSON.parse(out.stderr.text), {
      warning: 'SAMPLE_SHORT',
      message: 'only 3 numbers of EE in wide; asked for 1,000',
      leak: 'wide',
      region: 'EE',
      asked: 1000,
      available: 3,
      shortBy: 997,
      drawLimited: false,
    });
  });
});

describe('sql on a leak without rows', () => {
  it('names the leak and why, for --no-rows and derived leaks', async () => {
    for (const name of ['narrow', 'common']) {
      await assert.rejects(
        runSqlCommand(`SELECT count(*) FROM "${name}"`, { store, json: true }, io()),
        (e: unknown) =>
          isRingfenceError(e, 'LEAK_HAS_NO_ROWS') &&
          e.exit === 65 &&
          e.http === 409 &&
          e.message ===
            `Leak ${name} has no rows table (ingested with --no-rows, or derived); only the catalogue \`leaks\` and its figures can be queried for it.`,
      );
    }
    await assert.rejects(
      runSqlCommand(
        'SELECT count(*) FROM wide JOIN narrow USING (e164)',
        { store, json: true },
        io(),
      ),
      (e: unknown) => isRingfenceError(e, 'LEAK_HAS_NO_ROWS') && e.details?.name === 'narrow',
    );
  });

  it('still answers from the catalogue and keeps other failures as SQL_ERROR', async () => {
    const out = io();
    await runSqlCommand(
      'SELECT name, "unique" FROM leaks ORDER BY name',
      { store, json: true },
      out,
    );
    assert.deepEqual(
      out.stdout.text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
      [
        { name: 'common', unique: '13' }, // BIGINT: JSON strings, as DuckDB gives them
        { name: 'narrow', unique: '13' },
        { name: 'wide', unique: '143' },
      ],
    );
    await assert.rejects(
      runSqlCommand('SELECT * FROM nowhere', { store, json: true }, io()),
      (e: unknown) => isRingfenceError(e, 'SQL_ERROR'),
    );
    await assert.rejects(
      runSqlCommand('SELECT nope FROM wide', { store, json: true }, io()),
      (e: unknown) => isRingfenceError(e, 'SQL_ERROR'),
    );
  });
});

describe('cut tables say how many rows they show', () => {
  it('compare: N of M shown, --top and --all', () => {
    const cut = io();
    runCompare('wide', 'narrow', { store, format: 'text', top: '2' }, cut);
    const lines = cut.stdout.text.trimEnd().split('\n');
    assert.deepEqual(lines.slice(-4), [
      'REGION  NAME    A   B  A∩B    B/A  SIG.FIG',
      'EG      Egypt  50  10   10  0.200        0',
      'IT      Italy  40   0    0  0.000        0',
      '2 of 5 countries shown, largest first; --top <n> or --all for more',
    ]);
    const all = io();
    runCompare('wide', 'narrow', { store, format: 'text', all: true }, all);
    assert.doesNotMatch(all.stdout.text, /shown/);
    assert.equal(all.stdout.text.match(/^(EG|IT|FR|DE|EE) /gm)?.length, 5);
    const plain = io();
    runCompare('wide', 'narrow', { store, format: 'text' }, plain);
    assert.equal(plain.stdout.text, all.stdout.text); // 5 countries: under the default 30
    assert.throws(
      () => {
        runCompare('wide', 'narrow', { store, format: 'text', top: '0' }, io());
      },
      (e: unknown) => isRingfenceError(e, 'USAGE'),
    );
  });

  it('novelty: N of M shown', () => {
    const out = io();
    runNovelty('wide', { store, json: false, record: false, top: '3' }, out);
    assert.match(
      out.stdout.text,
      /\n3 of 5 countries shown, largest first; --top <n> or --all for more\n$/,
    );
    const all = io();
    runNovelty('wide', { store, json: false, record: false, all: true }, all);
    assert.doesNotMatch(all.stdout.text, /shown/);
  });
});

describe('compare with an unreadable counts table', () => {
  it('fails with COUNTS_TABLE_INVALID, exit 65', () => {
    const counts = join(dir, 'advert.csv');
    writeFileSync(counts, 'country,numbers\nAtlantis,12\n');
    assert.throws(
      () => {
        runCompare('wide', counts, { store, format: 'text' }, io());
      },
      (e: unknown) =>
        isRingfenceError(e, 'COUNTS_TABLE_INVALID') &&
        e.exit === 65 &&
        e.message ===
          `No per-country count can be read from ${counts}: none of the 1 lines with a count names a country (line 2: "Atlantis").`,
    );
  });
});
