/**
 * The "done when" of the compare issue on generated dumps: A is a synthetic Facebook-2021-like
 * dump (CSV, mixed spellings, duplicates, junk); B rewrites 90% of A's rows as JSON Lines with
 * the numbers spelled differently and adds a second synthetic dump. The expected figures come
 * from libphonenumber-js, the project's oracle, over the same rows.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { defaultPhoneEngine } from '../src/phone/index.js';
import { compareLeaks } from '../src/analysis/index.js';
import { ingest, splitRecord } from '../src/ingest/index.js';
import { LeakStore } from '../src/store/index.js';
import { synthesise } from '../src/synth/index.js';

let dir: string;
let store: LeakStore;
const oracleA = new Set<string>();
const oracleB = new Set<string>();
const oracleRegion = new Map<string, string>();

async function synthCsv(seed: string, rows: number): Promise<string[]> {
  const parts: Buffer[] = [];
  await synthesise(
    { profile: 'facebook-2021', rows, seed },
    (c) => void parts.push(Buffer.from(c)),
  );
  return Buffer.concat(parts)
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '');
}

function oracle(phone: string, country: string | undefined, into: Set<string>): void {
  const p = parsePhoneNumberFromString(phone, (country || undefined) as CountryCode | undefined);
  if (p === undefined || !p.isValid()) return;
  into.add(p.number);
  oracleRegion.set(p.number, p.country ?? '001');
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-compare-synth-'));
  store = new LeakStore(join(dir, 'store'));
  const a = await synthCsv('compare-a', 30_000);
  writeFileSync(join(dir, 'a.csv'), a.join('\n') + '\n');
  const bLines: string[] = [];
  a.slice(1).forEach((line, i) => {
    const [phone = '', , , , , country = ''] = splitRecord(line, ',');
    oracle(phone, country, oracleA);
    if (i % 10 === 0) return;
    // Same number, another spelling: digits only with the country beside it, or 00-prefixed
    // (rows without a country keep their +).
    const digits = phone.replace(/\D/g, '');
    const spelled =
      phone.startsWith('+') && country !== '' ? (i % 2 === 0 ? digits : `00${digits}`) : phone;
    bLines.push(JSON.stringify({ msisdn: spelled, cc: country }));
    oracle(spelled, country, oracleB);
  });
  for (const line of (await synthCsv('compare-b', 1_500)).slice(1)) {
    const [phone = '', , , , , country = ''] = splitRecord(line, ',');
    bLines.push(JSON.stringify({ msisdn: phone, cc: country }));
    oracle(phone, country, oracleB);
  }
  bLines.push('{"msisdn":"not a number","cc":"EG"}', '{broken json');
  bLines.push(...bLines.slice(0, 500)); // duplicate rows
  writeFileSync(join(dir, 'b.jsonl'), bLines.join('\n') + '\n');
  await ingest({ input: join(dir, 'a.csv'), name: 'a', store: store.root, rows: false });
  await ingest({ input: join(dir, 'b.jsonl'), name: 'b', store: store.root, rows: false });
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

it('compares two synthetic dumps exactly against the libphonenumber-js oracle', () => {
  const c = compareLeaks(store, defaultPhoneEngine(), 'a', 'b');
  const inter = [...oracleB].filter((n) => oracleA.has(n));
  assert.ok(oracleA.size > 25_000, 'the dump is as large as meant');
  assert.equal(c.sizeA, oracleA.size);
  assert.equal(c.sizeB, oracleB.size);
  assert.equal(c.intersection, inter.length);
  assert.equal(c.union, oracleA.size + oracleB.size - inter.length);
  assert.equal(c.bMinusA, oracleB.size - inter.length);
  // B keeps 90% of A's rows and adds 1,500 new ones: most of B is in A.
  assert.ok(inter.length / oracleB.size > 0.9 && inter.length / oracleA.size < 0.95);
  assert.equal(c.verdict, 'recompilation');
  assert.match(c.evidence, /b is mostly a recompilation of a/);
  const interByRegion = new Map<string, number>();
  for (const n of inter) {
    const r = oracleRegion.get(n)!;
    interByRegion.set(r, (interByRegion.get(r) ?? 0) + 1);
  }
  for (const country of c.countries)
    assert.equal(country.intersection, interByRegion.get(country.region) ?? 0, country.region);
  // 90% of the rows is 90% of each country's count: they agree to one figure, rarely to three.
  assert.notEqual(c.countVectors.verdict, 'count-profile-match');
  assert.equal(
    compareLeaks(store, defaultPhoneEngine(), 'a', 'a').countVectors.verdict,
    'count-profile-match',
  );
});
