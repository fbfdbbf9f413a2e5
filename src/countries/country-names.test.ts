import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { defaultPhoneEngine } from '../phone/index.js';
import {
  NAME_LOCALES,
  RegionMapper,
  buildCountryNameTable,
  countryCode,
  countryNameTable,
  normaliseCountryName,
  readCountryNameCopy,
  writeCountryNameCopy,
} from './country-names.js';

describe('country names', () => {
  it('reads names in many languages, codes and official forms', () => {
    const cases: [string, string][] = [
      ['Egypt', 'EG'],
      ['Égypte', 'EG'],
      ['EGYPT', 'EG'],
      ['مصر', 'EG'],
      ['Mısır', 'EG'],
      ['Misir', 'EG'],
      ['埃及', 'EG'],
      ['エジプト', 'EG'],
      ['이집트', 'EG'],
      ['Ägypten', 'EG'],
      ['Egitto', 'EG'],
      ['Египет', 'EG'],
      ['मिस्र', 'EG'],
      ['Mesir', 'EG'],
      ['Misri', 'EG'],
      ['EG', 'EG'],
      ['egy', 'EG'],
      ['Russian Federation', 'RU'],
      ['Российская Федерация', 'RU'],
      ['Republic of Korea', 'KR'],
      ['Korea, Republic of', 'KR'],
      ['Corée du Sud', 'KR'],
      ['Iran, Islamic Republic of', 'IR'],
      ['Viet Nam', 'VN'],
      ['Syrian Arab Republic', 'SY'],
      ['Türkiye', 'TR'],
      ['Turkey', 'TR'],
      ['Czechia', 'CZ'],
      ['Czech Republic', 'CZ'],
      ['UAE', 'AE'],
      ['KSA', 'SA'],
      ['USA', 'US'],
      ['U.S.A.', 'US'],
      ['UK', 'GB'],
      ['Great Britain', 'GB'],
      ['Holland', 'NL'],
      ['The Netherlands', 'NL'],
      ['Ivory Coast', 'CI'],
      ['Côte d’Ivoire', 'CI'],
      ['Burma', 'MM'],
      ['Swaziland', 'SZ'],
      ['Macedonia', 'MK'],
      ['Cape Verde', 'CV'],
      ['East Timor', 'TL'],
      ['Vatican', 'VA'],
      ['Palestine, State of', 'PS'],
      ['Lao PDR', 'LA'],
      ['Bolivia (Plurinational State of)', 'BO'],
      ['Venezuela (Bolivarian Republic of)', 'VE'],
      ['Tanzania, United Republic of', 'TZ'],
      ['Moldova, Republic of', 'MD'],
      ['Congo, the Democratic Republic of the', 'CD'],
      ['Gambia, The', 'GM'],
      ['Virgin Islands, British', 'VG'],
      ['Virgin Islands, U.S.', 'VI'],
      ['St. Lucia', 'LC'],
      ['Bosnia & Herzegovina', 'BA'],
      ['Falkland Islands (Malvinas)', 'FK'],
      ['Egypt (EG)', 'EG'],
      ["L'Égypte", 'EG'],
      ['El Salvador', 'SV'],
      ['Kosovo', 'XK'],
      ['Ascension Island', 'AC'],
    ];
    const wrong = cases
      .map(([name, region]) => [name, region, countryCode(name)])
      .filter(([, region, got]) => region !== got);
    assert.deepEqual(wrong, []);
  });

  it('resolves nothing for names that are not countries or are ambiguous', () => {
    assert.equal(countryCode('Atlantis'), null);
    assert.equal(countryCode(''), null);
    assert.equal(countryCode('12'), null);
    // Congo-Brazzaville and Congo-Kinshasa are both "Congo" in ISO's English list, both "Kongo"
    // in one language or another: dropped, not guessed.
    assert.equal(countryCode('Congo'), null);
    assert.equal(countryCode('Kongo'), null);
    const table = countryNameTable();
    assert.deepEqual(table.ambiguous.get('congo'), ['CD', 'CG']);
    assert.deepEqual(table.ambiguous.get('kongo'), ['CD', 'CG']);
  });

  it('gives codes precedence over any language name that spells a code', () => {
    // Vietnamese calls Russia "Nga"; Romanian shortens the United Kingdom to "R.U.".
    assert.equal(countryCode('NGA'), 'NG');
    assert.equal(countryCode('RU'), 'RU');
    assert.equal(countryCode('AS'), 'AS');
  });

  it('drops a key that one tier gives to two regions, keeps the stronger tier', () => {
    const table = buildCountryNameTable([
      { region: 'AA', name: 'AA', tier: 'code' },
      { region: 'AA', name: 'Aland', tier: 'name' },
      { region: 'BB', name: 'Åland', tier: 'name' },
      { region: 'BB', name: 'Beta (Alpha)', tier: 'name' },
      { region: 'FF', name: 'Alpha', tier: 'name' },
      { region: 'FF', name: 'Zeta', tier: 'name' },
      { region: 'GG', name: 'Zeta (Eta)', tier: 'name' },
      { region: 'BB', name: 'aa', tier: 'name' },
      { region: 'CC', name: 'Gamma, Republic of', tier: 'alias' },
      { region: 'DD', name: 'Gamma', tier: 'name' },
      { region: 'EE', name: 'Gamma', tier: 'name' },
    ]);
    assert.deepEqual(
      [...table.ambiguous],
      [
        ['aland', ['AA', 'BB']],
        ['gamma', ['DD', 'EE']],
      ],
    );
    assert.equal(countryCode('Åland', table), null);
    assert.equal(countryCode('aa', table), 'AA'); // the code, not BB's name
    assert.equal(countryCode('Beta', table), 'BB'); // derived from "Beta (Alpha)"
    assert.equal(countryCode('Alpha', table), 'FF'); // what a parenthesis holds is no key
    assert.equal(countryCode('Zeta', table), 'FF'); // a name beats GG's derived "Zeta"
    assert.equal(countryCode('Zeta (Eta)', table), 'GG');
    assert.equal(countryCode('Republic of Gamma', table), 'CC');
    assert.equal(countryCode('Gamma', table), null);
  });

  it('normalises case, diacritics, punctuation, articles and "St."', () => {
    assert.equal(normaliseCountryName('  Côte d’Ivoire '), 'cote d ivoire');
    assert.equal(normaliseCountryName('U.S.A.'), 'usa');
    assert.equal(normaliseCountryName('The Gambia'), 'gambia');
    assert.equal(normaliseCountryName('St. Kitts & Nevis'), 'saint kitts and nevis');
    assert.equal(normaliseCountryName('LA'), 'la'); // Laos: a lone word is never an article
    assert.equal(normaliseCountryName('Mısır'), 'misir');
    assert.equal(normaliseCountryName('Włochy'), 'wlochy');
  });

  it('covers at least the 30 languages asked for', () => {
    for (const locale of ['en', 'fr', 'de', 'es', 'it', 'pt', 'ru', 'ar', 'tr', 'hi', 'id'])
      assert.ok(NAME_LOCALES.includes(locale));
    assert.ok(NAME_LOCALES.length >= 30);
    assert.ok(countryNameTable().names.size > 10_000);
  });

  it('maps names to the phone engine regions, -1 for none', () => {
    const engine = defaultPhoneEngine();
    const mapper = new RegionMapper(engine.regionIds);
    assert.equal(engine.regionIds[mapper.lookup('Égypte')], 'EG');
    assert.equal(engine.regionIds[mapper.lookup('Russian Federation')], 'RU');
    assert.equal(mapper.lookup('Atlantis'), -1);
    // Antarctica is a country name without a calling code of its own.
    assert.equal(countryCode('Antarctica'), 'AQ');
    assert.equal(mapper.lookup('Antarctica'), -1);
  });

  it('reads the copy of the table the build writes, and only a copy of the same source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringfence-names-'));
    try {
      const path = join(dir, 'country-names.json');
      const built = writeCountryNameCopy(path);
      const read = readCountryNameCopy(path);
      assert.ok(read !== null);
      assert.deepEqual(new Map([...read.names].sort()), new Map([...built.names].sort()));
      assert.deepEqual(read.ambiguous, built.ambiguous);
      assert.equal(countryCode('Russian Federation', read), 'RU');
      // A copy made from other code, CLDR or package version is not read: the table is built.
      const copy = JSON.parse(readFileSync(path, 'utf8')) as { source: string };
      writeFileSync(path, JSON.stringify({ ...copy, source: 'f'.repeat(64) }));
      assert.equal(readCountryNameCopy(path), null);
      writeFileSync(path, '{"source":');
      assert.equal(readCountryNameCopy(path), null);
      assert.equal(readCountryNameCopy(join(dir, 'missing.json')), null);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has its copy built beside the compiled module (npm run build), for this runtime', async () => {
    const compiled = new URL('../../dist/countries/country-names.js', import.meta.url);
    const module = (await import(compiled.href)) as typeof import('./country-names.js');
    const copy = fileURLToPath(new URL('country-names.json', compiled));
    assert.ok(existsSync(copy), `${copy} is written by npm run build`);
    const table = module.readCountryNameCopy(copy);
    assert.ok(table !== null, 'the copy is of the compiled module, this CLDR and package');
    assert.equal(table.names.size, countryNameTable().names.size);
  });
});
