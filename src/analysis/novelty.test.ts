import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import { ingest } from '../ingest/index.js';
import { defaultPhoneEngine } from '../phone/index.js';
import { renderCheckText, renderNoveltyText, renderReportText } from '../report/index.js';
import { LeakStore, type Manifest } from '../store/index.js';
import {
  buildReport,
  checkNumber,
  compareSample,
  deriveLeak,
  mayExplain,
  noveltyOf,
  recordNovelty,
} from './index.js';

const engine = defaultPhoneEngine();
let dir: string;
let store: LeakStore;

/** n distinct valid numbers of a block. */
function numbers(prefix: string, free: number, n: number): string[] {
  return Array.from({ length: n }, (_, i) => prefix + String(i * 7).padStart(free, '0'));
}

const IT = numbers('+39320', 7, 100);
const GB = numbers('+447911', 6, 5);

/**
 * The 2022 list holds all of the 2021 scrape plus 5 numbers, and was ingested first; then the
 * analyst derives the union of the two: the store of the question "is the 2022 list new?".
 */
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-novelty-'));
  store = new LeakStore(join(dir, 'store'));
  writeFileSync(join(dir, 'wa.csv'), 'phone\n' + [...IT, ...GB].join('\n') + '\n');
  writeFileSync(join(dir, 'fb.csv'), 'phone\n' + IT.join('\n') + '\n');
  const common = { store: store.root, rows: false, workers: 1 };
  await ingest({ ...common, input: join(dir, 'wa.csv'), name: 'wa-2022', breachDate: '2022-11' });
  await ingest({ ...common, input: join(dir, 'fb.csv'), name: 'fb', breachDate: '2021-04-03' });
  await deriveLeak(store, engine, { name: 'all', from: 'wa-2022 | fb' });
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('novelty', () => {
  it('never lets a later leak nor a derived set explain the 2021 leak', () => {
    const report = noveltyOf(store, engine, 'fb');
    assert.deepEqual(report.comparedWith, []);
    assert.deepEqual(report.excluded, [
      { name: 'all', reason: 'derived' },
      { name: 'wa-2022', reason: 'not earlier' },
    ]);
    assert.equal(report.newToCollection, 100);
    assert.equal(report.newShare, 1);
    assert.deepEqual(report.explainedBy, []);
    assert.equal(report.recompilationOf, null);
    assert.equal(
      renderNoveltyText(report, false).split('\n').slice(0, 4).join('\n'),
      [
        'fb: 100 of 100 numbers (100.0%) are new to the collection of 0 earlier leak(s)',
        'no earlier leak to compare with',
        'not compared (only earlier leaks explain a leak; derived sets never do): all (derived), wa-2022 (not earlier)',
        'suggested flag: none',
      ].join('\n'),
    );
  });

  it('explains the 2022 leak by the 2021 one, not by the derived union', () => {
    const report = noveltyOf(store, engine, 'wa-2022');
    assert.deepEqual(report.comparedWith, ['fb']);
    assert.deepEqual(report.excluded, [{ name: 'all', reason: 'derived' }]);
    assert.equal(report.newToCollection, 5);
    assert.deepEqual(report.explainedBy, [{ name: 'fb', intersection: 100, share: 100 / 105 }]);
    assert.equal(report.recompilationOf, 'fb');
    assert.deepEqual(
      report.countries.map((c) => [c.region, c.unique, c.new]),
      [
        ['IT', 100, 0],
        ['GB', 5, 5],
      ],
    );
    assert.equal(
      renderNoveltyText(report, true).split('\n').slice(0, 4).join('\n'),
      [
        'wa-2022: 5 of 105 numbers (4.8%) are new to the collection of 1 earlier leak(s)',
        'explained best by fb: 100 numbers in common (95.2%)',
        'not compared (only earlier leaks explain a leak; derived sets never do): all (derived)',
        'suggested flag: recompilation of fb (recorded in the manifest)',
      ].join('\n'),
    );
    const manifest = recordNovelty(store, report);
    assert.deepEqual(manifest.novelty?.excluded, [{ name: 'all', reason: 'derived' }]);
    assert.equal(store.manifest('wa-2022').flags.recompilation, true);
    assert.match(
      renderReportText(buildReport(store, 'wa-2022')),
      /New to the collection: 5 of 105 \(4\.8%\), against 1 earlier leak\(s\); best match fb holds 95\.2%; flagged a recompilation of fb\nNot compared \(only earlier leaks explain a leak; derived sets never do\): all \(derived\)\n/,
    );
  });

  it('orders by breach date, partial dates conservatively, else by added date', () => {
    const leak = (
      name: string,
      breachDate: string | null,
      addedDate: string,
      kind: Manifest['kind'] = 'leak',
    ): Manifest => ({ ...store.manifest('fb'), name, kind, breachDate, addedDate });
    const later = '2024-02-01T00:00:00.000Z';
    const earlier = '2024-01-01T00:00:00.000Z';
    const june = leak('june', '2021-06', later);
    assert.equal(mayExplain(leak('y', '2021', earlier), june), 'not earlier');
    assert.equal(mayExplain(leak('m', '2021-05', earlier), june), null);
    assert.equal(mayExplain(leak('d', '2021-06-01', earlier), june), 'not earlier');
    assert.equal(mayExplain(leak('y', '2020', later), june), null, 'breach date wins');
    assert.equal(mayExplain(leak('u', null, earlier), june), null, 'added earlier');
    assert.equal(mayExplain(leak('u', null, later), june), 'not earlier');
    assert.equal(mayExplain(leak('t', 'April 2021', earlier), june), null, 'free text: added');
    assert.equal(mayExplain(leak('x', '2020', earlier, 'derived'), june), 'derived');
  });
});

describe('check', () => {
  it('answers with the leaks that hold the number and shows derived sets apart', () => {
    const both = checkNumber(store, engine, IT[3]!);
    assert.deepEqual(both, {
      e164: IT[3],
      region: 'IT',
      leaksSearched: 2,
      leaks: [
        { name: 'fb', title: 'fb', breachDate: '2021-04-03' },
        { name: 'wa-2022', title: 'wa-2022', breachDate: '2022-11' },
      ],
      derived: [{ name: 'all', title: 'wa-2022 | fb (derived)' }],
    });
    assert.equal(
      renderCheckText(both),
      `${IT[3]}: found in 2 of 2 leak(s) of the local store\n` +
        '  fb  fb  (2021-04-03)\n' +
        '  wa-2022  wa-2022  (2022-11)\n' +
        'also in derived sets (not leaks): all\n',
    );
    const absent = checkNumber(store, engine, '+393209999999');
    assert.deepEqual([absent.leaks, absent.derived], [[], []]);
    assert.equal(
      renderCheckText(absent),
      '+393209999999: not found in the 2 leak(s) of the local store\n',
    );
  });

  it('is STORE_EMPTY, not "not found", on a store that does not exist or holds no leak', () => {
    const missing = new LeakStore(join(dir, 'no-such-store'));
    assert.throws(
      () => checkNumber(missing, engine, IT[0]!),
      (e: unknown) => isRingfenceError(e, 'STORE_EMPTY') && e.exit === 66 && e.http === 404,
    );
    assert.throws(
      () => noveltyOf(missing, engine, 'fb'),
      (e: unknown) => isRingfenceError(e, 'STORE_EMPTY'),
    );
    const sample = join(dir, 'sample.txt');
    writeFileSync(sample, IT.slice(0, 10).join('\n') + '\n');
    assert.throws(
      () => compareSample(missing, engine, sample, {}),
      (e: unknown) => isRingfenceError(e, 'STORE_EMPTY'),
    );
    // --all compares with the leaks only; a derived set is matched when named.
    assert.deepEqual(
      compareSample(store, engine, sample, {}).leaks.map((l) => [l.leak, l.matches]),
      [
        ['fb', 10],
        ['wa-2022', 10],
      ],
    );
    assert.equal(compareSample(store, engine, sample, { against: 'all' }).leaks[0]?.matches, 10);
  });
});
