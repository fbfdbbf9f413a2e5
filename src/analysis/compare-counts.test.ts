import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import { ingest } from '../ingest/index.js';
import { defaultPhoneEngine } from '../phone/index.js';
import { renderCountsText } from '../report/index.js';
import { LeakStore } from '../store/index.js';
import { compareCounts } from './compare-counts.js';

const engine = defaultPhoneEngine();
let dir: string;
let store: LeakStore;

/** n distinct valid numbers of a block, from index `from`. */
function numbers(prefix: string, free: number, from: number, n: number): string[] {
  return Array.from({ length: n }, (_, i) => prefix + String(from + i * 7).padStart(free, '0'));
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-counts-'));
  store = new LeakStore(join(dir, 'store'));
  // 1000 EG, 500 US, 200 RU numbers.
  const all = [
    ...numbers('+2010', 8, 0, 1000),
    ...numbers('+1212', 7, 2_000_000, 500),
    ...numbers('+7916', 7, 0, 200),
  ];
  writeFileSync(join(dir, 'leak.txt'), all.join('\n') + '\n');
  await ingest({ input: join(dir, 'leak.txt'), name: 'leak', store: store.root, rows: false });
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

function table(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('compareCounts', () => {
  it('merges rows naming one country in any language, after which it matches', () => {
    const path = table(
      'advert.csv',
      [
        'Rank,Country,Users,Share',
        '1,Egypt,600,35%',
        '2,United States,500,29%',
        '3,Égypte,400,23%',
        '4,Russian Federation,200,12%',
        '5,Italia,50,1%',
        '6,Atlantis,12,',
        '7,Congo,7,',
        '8,Canada,,',
      ].join('\n') + '\n',
    );
    const c = compareCounts(store, engine, 'leak', path);
    assert.deepEqual(
      c.countries.map((x) => [x.region, x.claimed, x.unique, x.agreeingFigures, x.lines]),
      [
        ['EG', 1000, 1000, 3, [2, 4]],
        ['US', 500, 500, 3, [3]],
        ['RU', 200, 200, 3, [5]],
        ['IT', 50, 0, 0, [6]],
      ],
    );
    assert.deepEqual(c.merged, [
      { region: 'EG', name: 'Egypt', lines: [2, 4], written: ['Egypt', 'Égypte'] },
    ]);
    assert.deepEqual(c.unresolved, [
      { line: 7, name: 'Atlantis', claimed: 12, candidates: [] },
      { line: 8, name: 'Congo', claimed: 7, candidates: ['CD', 'CG'] },
    ]);
    assert.deepEqual(c.skipped, [
      { line: 7, reason: 'NO_COUNTRY' },
      { line: 8, reason: 'NO_COUNTRY' },
      { line: 9, reason: 'NO_COUNT' },
    ]);
    assert.equal(c.claimedTotal, 1750);
    assert.equal(c.unresolvedClaimed, 19);
    assert.equal(c.verdict, 'count-profile-partial');
    assert.equal(
      c.evidence,
      "3 of 4 claimed countries match leak's unique counts to 3 significant figures, 3 to 2, 3 to 1; the largest claim that does not match is Italy: 50 claimed, 0 measured; 2 row(s) with 19 claimed name no single country and are not compared.",
    );
    assert.equal(
      renderCountsText(c),
      [
        c.verdict + ': ' + c.evidence,
        'claimed total 1,750 over 4 countries; leak holds 1,700 unique valid numbers',
        'Egypt: 2 rows merged: Egypt, Égypte (lines 2, 4)',
        'line 7: "Atlantis" names no country (12 claimed); not compared',
        'line 8: "Congo" may be CD or CG (7 claimed); not compared',
        'line 9 skipped: no count',
        '',
        'REGION  NAME                     CLAIMED       UNIQUE   RATIO  SIG.FIG',
        'EG      Egypt                      1,000        1,000   1.000        3',
        'US      United States                500          500   1.000        3',
        'RU      Russia                       200          200   1.000        3',
        'IT      Italy                         50            0                0',
        '',
      ].join('\n'),
    );
  });

  it('reads unquoted thousands, header units, prose lines and other encodings', () => {
    const unquoted = compareCounts(
      store,
      engine,
      'leak',
      table('unquoted.csv', 'country,count\nEgypt,1,000\nUSA,500\n'),
    );
    assert.deepEqual(
      unquoted.countries.map((x) => [x.region, x.claimed]),
      [
        ['EG', 1000],
        ['US', 500],
      ],
    );
    const units = compareCounts(
      store,
      engine,
      'leak',
      table('units.tsv', 'Country\tUsers (thousands)\nÄgypten\t1\nVereinigte Staaten\t0.5\n'),
    );
    assert.deepEqual(
      units.countries.map((x) => [x.region, x.claimed]),
      [
        ['EG', 1000],
        ['US', 500],
      ],
    );
    const prose = compareCounts(
      store,
      engine,
      'leak',
      table('prose.txt', 'Egypt: 1,000\nRussia – 200\n'),
    );
    assert.deepEqual(
      prose.countries.map((x) => [x.region, x.claimed]),
      [
        ['EG', 1000],
        ['RU', 200],
      ],
    );
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('pays;nombre\r\nÉgypte;1000\r\nÉtats-Unis;500\r\n', 'utf16le'),
    ]);
    const cp1252 = Buffer.from('pays;nombre\nÉgypte;1000\nRussie;200\n', 'latin1');
    for (const [name, bytes] of [
      ['utf16.csv', utf16],
      ['cp1252.csv', cp1252],
    ] as const) {
      const c = compareCounts(store, engine, 'leak', table(name, bytes));
      assert.deepEqual(
        c.countries.map((x) => [x.region, x.claimed]),
        [
          ['EG', 1000],
          [name === 'utf16.csv' ? 'US' : 'RU', name === 'utf16.csv' ? 500 : 200],
        ],
        name,
      );
    }
  });

  it('fails with COUNTS_TABLE_INVALID when no country count can be read', () => {
    const cases: [string, string | Buffer, string][] = [
      ['empty.csv', '', 'No per-country count can be read from {path}: the file is empty.'],
      [
        'blank.csv',
        '\n \n',
        'No per-country count can be read from {path}: it holds no line of text.',
      ],
      [
        'one-line.csv',
        'Atlantis,12\n',
        'No per-country count can be read from {path}: its only line holds no country with a count.',
      ],
      [
        'names.csv',
        'country\nEgypt\nItaly\n',
        'No per-country count can be read from {path}: none of its 3 lines holds a count.',
      ],
      [
        'nowhere.csv',
        'place,count\nAtlantis,12\nNarnia,3\n',
        'No per-country count can be read from {path}: none of the 2 lines with a count names a country (line 2: "Atlantis").',
      ],
      [
        'binary.bin',
        Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x00, 0x00, 0x00]),
        'No per-country count can be read from {path}: it is not a text table (it holds NUL bytes).',
      ],
    ];
    for (const [name, content, message] of cases) {
      const path = table(name, content);
      assert.throws(
        () => compareCounts(store, engine, 'leak', path),
        (e: unknown) =>
          isRingfenceError(e, 'COUNTS_TABLE_INVALID') &&
          e.exit === 65 &&
          e.http === 422 &&
          e.message === message.replace('{path}', path),
        name,
      );
    }
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    assert.throws(
      () => compareCounts(store, engine, 'leak', folder),
      (e: unknown) =>
        isRingfenceError(e, 'COUNTS_TABLE_INVALID') && e.message.endsWith('it is a directory.'),
    );
    assert.throws(
      () => compareCounts(store, engine, 'leak', join(dir, 'absent.csv')),
      (e: unknown) => isRingfenceError(e, 'INPUT_NOT_FOUND'),
    );
  });
});
