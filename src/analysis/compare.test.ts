import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { defaultPhoneEngine } from '../phone/index.js';
import { agreeingFigures, compareLeaks } from './compare.js';
import { compareCounts, parseCount } from './compare-counts.js';
import { compareSample, wilsonInterval } from './compare-sample.js';
import { renderCompareHtml } from '../report/index.js';
import { deriveLeak, parseExpression } from './derive.js';
import { ingest } from '../ingest/index.js';
import { renderReportText } from '../report/index.js';
import { LeakStore } from '../store/index.js';
import { buildReport, checkNumber, noveltyOf, recordNovelty } from './index.js';
import { isRingfenceError } from '../errors.js';

const engine = defaultPhoneEngine();
let dir: string;
let store: LeakStore;

/** n distinct valid numbers of a block, from index `from`. */
function numbers(prefix: string, free: number, from: number, n: number): string[] {
  return Array.from({ length: n }, (_, i) => prefix + String(from + i * 7).padStart(free, '0'));
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-compare-'));
  store = new LeakStore(join(dir, 'store'));
  // A: 1000 EG + 500 US + 300 CA numbers (CA shares +1 with US).
  const eg = numbers('+2010', 8, 0, 1000);
  const us = numbers('+1212', 7, 2_000_000, 500);
  const ca = numbers('+1416', 7, 2_000_000, 300);
  writeFileSync(join(dir, 'a.txt'), [...eg, ...us, ...ca].join('\n') + '\n');
  // B: 900 of A's EG numbers written nationally with a country column, 250 of A's US numbers
  // without +, 100 new IT numbers, duplicates and junk.
  const rows = [
    'msisdn;country',
    ...eg.slice(0, 900).map((e) => `0${e.slice(3)};EG`),
    ...us.slice(0, 250).map((e) => `${e.slice(1)};US`),
    ...numbers('+39320', 7, 0, 100).map((e) => `${e};IT`),
    ...eg.slice(0, 50).map((e) => `${e};EG`),
    'n/a;EG',
  ];
  writeFileSync(join(dir, 'b.csv'), rows.join('\n') + '\n');
  await ingest({ input: join(dir, 'a.txt'), name: 'a', store: store.root, rows: false });
  await ingest({ input: join(dir, 'b.csv'), name: 'b', store: store.root, rows: false });
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('compareLeaks', () => {
  it('gives exact set figures, per-country overlaps and a verdict', () => {
    const c = compareLeaks(store, engine, 'a', 'b');
    assert.equal(c.sizeA, 1800);
    assert.equal(c.sizeB, 1250);
    assert.equal(c.intersection, 1150);
    assert.equal(c.union, 1900);
    assert.equal(c.aMinusB, 650);
    assert.equal(c.bMinusA, 100);
    assert.equal(c.containment.bInA, 1150 / 1250);
    assert.equal(c.jaccard, 1150 / 1900);
    assert.equal(c.verdict, 'recompilation');
    assert.match(c.evidence, /92\.0% of b is in a/);
    const by = new Map(c.countries.map((x) => [x.region, x]));
    assert.deepEqual(
      ['EG', 'US', 'CA', 'IT'].map((r) => [by.get(r)?.a, by.get(r)?.b, by.get(r)?.intersection]),
      [
        [1000, 900, 900],
        [500, 250, 250],
        [300, 0, 0],
        [0, 100, 0],
      ],
    );
    assert.equal(c.countVectors.l1, 100 + 250 + 300 + 100);
  });

  it('renders the comparison as one self-contained HTML page', () => {
    const c = compareLeaks(store, engine, 'a', 'b');
    const html = renderCompareHtml(c);
    assert.match(html, /B is mostly a recompilation of A/);
    assert.match(html, /1,150/);
    // The overlap picture's two bars, and one bar per country.
    assert.equal((html.match(/<svg /g) ?? []).length, 2 + c.countries.length);
    assert.doesNotMatch(html, /<script|https?:\/\//);
  });

  it('splits the comparison by line type when asked', () => {
    const c = compareLeaks(store, engine, 'a', 'b', { byType: true });
    const total = (c.lineTypes ?? []).reduce((s, t) => s + t.intersection, 0);
    assert.equal(total, c.intersection);
    const byRegion = new Map(c.countries.map((x) => [x.region, x.intersection]));
    assert.deepEqual([byRegion.get('EG'), byRegion.get('US')], [900, 250]);
    assert.equal(compareLeaks(store, engine, 'a', 'b').lineTypes, undefined);
  });

  it('calls a leak identical to itself and the reverse comparison a superset', () => {
    assert.equal(compareLeaks(store, engine, 'a', 'a').verdict, 'identical');
    const reverse = compareLeaks(store, engine, 'b', 'a');
    assert.equal(reverse.verdict, 'superset');
  });

  it('counts agreeing significant figures the way the press compared counts', () => {
    assert.equal(agreeingFigures(44_833_547, 44_812_000), 3);
    assert.equal(agreeingFigures(44_833_547, 45_000_000), 2);
    assert.equal(agreeingFigures(44_833_547, 94_500_000), 0);
    assert.equal(agreeingFigures(0, 5), 0);
  });

  it('finds what is new to the collection and records a recompilation in the manifest', () => {
    const report = noveltyOf(store, engine, 'b');
    assert.equal(report.newToCollection, 100);
    assert.deepEqual(report.comparedWith, ['a']);
    assert.equal(report.recompilationOf, 'a');
    assert.equal(report.explainedBy[0]?.intersection, 1150);
    const byRegion = new Map(report.countries.map((c) => [c.region, c.new]));
    assert.deepEqual([byRegion.get('IT'), byRegion.get('EG'), byRegion.get('US')], [100, 0, 0]);
    const manifest = recordNovelty(store, report);
    assert.equal(store.manifest('b').flags.recompilation, true);
    assert.equal(manifest.novelty?.recompilationOf, 'a');
    assert.match(renderReportText(buildReport(store, 'b')), /recompilation of a/);
    assert.equal(noveltyOf(store, engine, 'a').recompilationOf, null);
  });

  it('derives "what is new in b" and the overlap as leaks of their own', async () => {
    const fresh = await deriveLeak(store, engine, { name: 'new-in-b', from: 'b - a' });
    assert.equal(fresh.unique, 100);
    const report = buildReport(store, 'new-in-b');
    assert.deepEqual(
      report.countries.map((c) => [c.region, c.unique]),
      [['IT', 100]],
    );
    assert.equal(report.lineTypes[0]?.type, 'MOBILE');
    const both = await deriveLeak(store, engine, { name: 'both', from: 'a & b' });
    assert.equal(both.unique, 1150);
    assert.equal(compareLeaks(store, engine, 'both', 'b').intersection, 1150);
    const found = checkNumber(store, engine, '+393200000000');
    assert.deepEqual(
      [found.leaks.map((l) => l.name), found.derived.map((d) => d.name)],
      [['b'], ['new-in-b']],
    );
    await assert.rejects(deriveLeak(store, engine, { name: 'both', from: 'a | b' }), (e: unknown) =>
      isRingfenceError(e, 'LEAK_EXISTS'),
    );
    const all = await deriveLeak(store, engine, { name: 'all', from: 'a | b' });
    assert.equal(all.unique, 1900);
    assert.throws(
      () => parseExpression('a minus b'),
      (e: unknown) => isRingfenceError(e, 'USAGE'),
    );
  });

  it('compares a table of claimed per-country counts with a leak', () => {
    const counts = join(dir, 'claimed.csv');
    writeFileSync(
      counts,
      'country,numbers\nEgypt,"1,000"\nUS,501\nCanada,3K\nAtlantis,12\nItaly,\n',
    );
    const c = compareCounts(store, engine, 'a', counts);
    assert.deepEqual(
      c.countries.map((x) => [x.region, x.claimed, x.unique, x.agreeingFigures]),
      [
        ['CA', 3000, 300, 0],
        ['EG', 1000, 1000, 3],
        ['US', 501, 500, 2],
      ],
    );
    assert.deepEqual(c.skipped, [
      { line: 5, reason: 'NO_COUNTRY' },
      { line: 6, reason: 'NO_COUNT' },
    ]);
    assert.equal(c.verdict, 'count-profile-partial');
    assert.match(c.evidence, /Canada: 3,000 claimed, 300 measured/);
    assert.equal(parseCount('44,833,547'), 44_833_547);
    assert.equal(parseCount('35.7M'), 35_700_000);
    assert.equal(parseCount('6 million'), 6_000_000);
    assert.equal(parseCount('lots'), null);
  });

  it('matches a sample against every leak with a confidence interval', () => {
    const file = join(dir, 'sample.txt');
    // 40 numbers of a (EG), 10 of no leak, all written nationally; a duplicate and junk.
    const lines = [
      ...numbers('+2010', 8, 0, 40).map((e) => `0${e.slice(3)}`),
      ...numbers('+2012', 8, 5, 10).map((e) => `0${e.slice(3)}`),
      '01000000000',
      'not a number',
    ];
    writeFileSync(file, lines.join('\n') + '\n');
    const c = compareSample(store, engine, file, { region: 'EG' });
    assert.equal(c.lines, 52);
    assert.equal(c.usable, 50);
    assert.equal(c.duplicates, 1);
    assert.equal(c.unusable, 1);
    const a = c.leaks.find((l) => l.leak === 'a')!;
    assert.equal(a.matches, 40);
    assert.equal(a.share, 0.8);
    assert.ok(a.interval[0] < 0.8 && a.interval[1] > 0.8);
    const [low, high] = wilsonInterval(4000, 5000);
    assert.ok(Math.abs(low - 0.7888) < 0.001 && Math.abs(high - 0.8108) < 0.001);
    assert.equal(
      compareSample(store, engine, file, { region: 'EG', against: 'b' }).leaks.length,
      1,
    );
  });
});
