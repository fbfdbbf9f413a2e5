import { test } from 'node:test';
import assert from 'node:assert/strict';
import countries from 'i18n-iso-countries';
import { parse } from 'tldts';
import {
  BRANDS,
  brandById,
  brandsNamedIn,
  createBrandIndex,
  foldWord,
  officialBrandOfDomain,
} from './brands.js';
import type { Brand, BrandKind } from './types.js';

const KINDS: readonly BrandKind[] = [
  'delivery',
  'bank',
  'payment',
  'government',
  'telecom',
  'shopping',
  'tech',
  'social',
  'crypto',
  'streaming',
];

const named = (text: string): string[] =>
  brandsNamedIn(text.toLowerCase()).map((m) => `${m.brand.id}:${text.slice(m.start, m.end)}`);

test('the list is large and every brand is well formed', () => {
  assert.ok(BRANDS.length >= 150, `${BRANDS.length} brands`);
  for (const b of BRANDS) {
    assert.match(b.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, b.id);
    assert.ok(b.name.trim() === b.name && b.name.length > 0, b.id);
    assert.ok(KINDS.includes(b.kind), `${b.id}: kind ${b.kind}`);
    assert.ok(b.names.length > 0, `${b.id}: no name`);
    assert.ok(b.domains.length > 0, `${b.id}: no domain`);
    assert.ok(b.senderIds.length > 0, `${b.id}: no sender ID`);
    for (const s of b.senderIds) assert.match(s, /^[A-Z0-9&. -]{2,11}$/, `${b.id}: sender ${s}`);
    for (const r of b.regions) assert.ok(countries.isValid(r), `${b.id}: region ${r}`);
  }
});

test('names are lower case, trimmed and written in one script', () => {
  const script = (ch: string): string | null => {
    for (const s of ['Latin', 'Cyrillic', 'Arabic', 'Devanagari', 'Greek'])
      if (new RegExp(`\\p{Script=${s}}`, 'u').test(ch)) return s;
    return /\p{L}/u.test(ch) ? 'Other' : null;
  };
  for (const b of BRANDS) {
    for (const n of b.names) {
      assert.equal(n, n.toLowerCase(), `${b.id}: ${n}`);
      assert.equal(n, n.trim().replace(/\s+/g, ' '), `${b.id}: ${JSON.stringify(n)}`);
      const scripts = new Set(
        Array.from(n)
          .map(script)
          .filter((s) => s !== null),
      );
      assert.ok(scripts.size <= 1, `${b.id}: "${n}" mixes ${[...scripts].join(', ')}`);
    }
  }
});

test('every domain is a registered domain as tldts sees it (catches typos)', () => {
  for (const b of BRANDS) {
    for (const d of b.domains) {
      const p = parse(d, { allowPrivateDomains: false });
      assert.equal(p.domain, d, `${b.id}: ${d} parses as ${p.domain}`);
      assert.equal(p.isIcann, true, `${b.id}: ${d} has no ICANN suffix`);
      assert.equal(d, d.toLowerCase(), `${b.id}: ${d}`);
    }
  }
});

test('ids and domains are unique across brands', () => {
  const ids = new Set<string>();
  const domains = new Map<string, string>();
  for (const b of BRANDS) {
    assert.ok(!ids.has(b.id), `duplicate id ${b.id}`);
    ids.add(b.id);
    for (const d of b.domains) {
      assert.ok(!domains.has(d), `${d} in ${domains.get(d)} and ${b.id}`);
      domains.set(d, b.id);
    }
  }
});

test('ordinary words are not brand names', () => {
  const ordinary = [
    'free', 'three', 'orange', 'we', 'vi', 'ups', 'correos', 'chase', 'apple', 'sky', 'target',
    'visa', 'wise', 'cash', 'post', 'poste', 'meta', 'ing', 'du', 'sat', 'ato', 'noon', 'claro',
    'vivo', 'caixa', 'garanti', 'ziraat', 'yurtiçi', 'mandiri', 'dana', 'telekom', 'steam', 'ledger',
    'outlook', 'hacienda', 'impôts', 'zain', 'اتصالات', 'فوري', 'آدهار', 'आधार', 'elster', 'cpf', 'att',
  ]; // prettier-ignore
  for (const b of BRANDS)
    for (const w of ordinary) assert.ok(!b.names.includes(w), `${b.id} has "${w}"`);
});

test('brandById and officialBrandOfDomain', () => {
  assert.equal(brandById('dhl')?.name, 'DHL');
  assert.equal(brandById('nope'), null);
  assert.equal(officialBrandOfDomain('amzn.to')?.id, 'amazon');
  assert.equal(officialBrandOfDomain('royalmail.com')?.id, 'royal-mail');
  assert.equal(officialBrandOfDomain('www.gov.uk')?.id, 'gov-uk');
  assert.equal(officialBrandOfDomain('hmrc.gov.uk')?.id, 'hmrc');
  assert.equal(officialBrandOfDomain('dhl-track.top'), null);
});

test('brandsNamedIn finds names in several scripts, with UTF-16 spans', () => {
  assert.deepEqual(named('Royal Mail: pay at royalmail.com. EE: your bill'), [
    'royal-mail:Royal Mail',
    'royal-mail:royalmail.com',
    'ee:EE',
  ]);
  assert.deepEqual(named('البريد السعودي: شحنتك معلقة'), ['spl:البريد السعودي']);
  assert.deepEqual(named('Почта России 📦 Сбербанк'), [
    'russian-post:Почта России',
    'sberbank:Сбербанк',
  ]);
  assert.deepEqual(named('Your AT&T bill, Disney+ and J&T Express'), [
    'att:AT&T',
    'disney-plus:Disney+',
    'jnt:J&T Express',
  ]);
});

test('brandsNamedIn folds accents, Turkish i, Arabic spelling variants', () => {
  assert.deepEqual(named('societe generale'), ['societe-generale:societe generale']);
  assert.deepEqual(named('Société Générale'), ['societe-generale:Société Générale']);
  assert.deepEqual(named('ziraat bankasi'), ['ziraat:ziraat bankasi']);
  assert.deepEqual(named('البريد المصرى'), ['egypt-post:البريد المصرى']);
  assert.equal(foldWord('bankası'), 'bankasi');
  // The text need not be lower-cased first: spans index what was passed.
  const text = 'İŞ BANKASI müşterisi';
  const [m] = brandsNamedIn(text);
  assert.equal(m?.brand.id, 'isbank');
  assert.equal(text.slice(m.start, m.end), 'İŞ BANKASI');
});

test('brandsNamedIn: Russian case endings and Arabic attached prefixes', () => {
  assert.deepEqual(named('посылка в почте россии'), ['russian-post:почте россии']);
  assert.deepEqual(named('клиент сбербанка'), ['sberbank:сбербанка']);
  assert.deepEqual(named('والراجحي'), ['al-rajhi:والراجحي']);
  assert.deepEqual(named('للبريد السعودي'), ['spl:للبريد السعودي']);
});

test('short names match whole words only, never inside hosts, e-mails or abbreviations', () => {
  assert.deepEqual(named('EE.UU. y México'), []);
  assert.deepEqual(named('contact nhs@example.org'), []);
  assert.deepEqual(named('bee, tee, sfrx, timber, o2x'), []);
  assert.deepEqual(named('Hi from Tim'), ['tim:Tim']);
  assert.deepEqual(named('SFR: facture'), ['sfr:SFR']);
  assert.deepEqual(named('Ups, falsche Nummer. Free gift! Three days. Orange juice.'), []);
  assert.deepEqual(named('Free Mobile et orange.fr'), [
    'free-mobile:Free Mobile',
    'orange:orange.fr',
  ]);
});

test('an index over a small injected list', () => {
  const tiny: Brand = {
    id: 'acme',
    name: 'ACME',
    kind: 'shopping',
    names: ['acme', 'acme store'],
    domains: ['acme.example'],
    senderIds: ['ACME'],
    regions: [],
  };
  const index = createBrandIndex([tiny]);
  assert.equal(index.officialBrandOfDomain('acme.example'), tiny);
  assert.deepEqual(
    index.brandsNamedIn('visit the acme store').map((m) => [m.start, m.end]),
    [[10, 20]],
  );
  assert.equal(index.brandById('dhl'), null);
});
