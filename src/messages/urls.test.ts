import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBrandIndex } from './brands.js';
import {
  createUrlFinder,
  findUrls,
  hasMixedScriptLabel,
  loadShorteners,
  parseShortenerList,
  skeleton,
} from './urls.js';
import type { UrlIndicator } from './types.js';

const texts = (text: string): string[] => findUrls(text).map((u) => u.text);
const one = (text: string): UrlIndicator => {
  const found = findUrls(text);
  assert.equal(
    found.length,
    1,
    `${JSON.stringify(text)}: ${JSON.stringify(found.map((u) => u.text))}`,
  );
  return found[0]!;
};
const imitation = (text: string): string | null => {
  const m = one(text).imitates;
  return m === null ? null : `${m.how}:${m.brand}:${m.official}`;
};

test('URLs with a scheme, www and bare hosts, with every field filled', () => {
  const u = one('Your parcel is held. Pay at https://www.dhl.com/track?id=1 today');
  assert.deepEqual(u, {
    text: 'https://www.dhl.com/track?id=1',
    span: { start: 28, end: 58 },
    url: 'https://www.dhl.com/track?id=1',
    hasScheme: true,
    host: 'www.dhl.com',
    hostUnicode: 'www.dhl.com',
    registeredDomain: 'dhl.com',
    publicSuffix: 'com',
    subdomain: 'www',
    path: '/track?id=1',
    isIp: false,
    isShortener: false,
    isPunycode: false,
    mixedScript: false,
    officialBrand: 'dhl',
    imitates: null,
    moveToChat: null,
  });
  const bare = one('Pay the fee: dhl-track.top/abc');
  assert.equal(bare.url, 'https://dhl-track.top/abc');
  assert.equal(bare.hasScheme, false);
  assert.equal(bare.path, '/abc');
  assert.equal(one('go to www.Example.com now').host, 'www.example.com');
  assert.equal(one('HTTP://EXAMPLE.COM/A').url, 'http://EXAMPLE.COM/A');
  assert.deepEqual(texts('paypal.com and bit.ly/3xY'), ['paypal.com', 'bit.ly/3xY']);
  assert.equal(one('see hxxps://evil.top/x').url, 'https://evil.top/x');
  assert.equal(one('see hxxps://evil.top/x').text, 'hxxps://evil.top/x');
});

test('multi-part public suffixes', () => {
  const uk = one('shop.example.co.uk/x');
  assert.equal(uk.registeredDomain, 'example.co.uk');
  assert.equal(uk.publicSuffix, 'co.uk');
  assert.equal(uk.subdomain, 'shop');
  assert.equal(one('loja.com.br').publicSuffix, 'com.br');
  assert.equal(one('visit turkiye.gov.tr').registeredDomain, 'turkiye.gov.tr');
  assert.equal(one('visit turkiye.gov.tr').officialBrand, 'e-devlet');
});

test('IP literals and ports', () => {
  const ip = one('login at http://192.168.4.5/x');
  assert.equal(ip.isIp, true);
  assert.equal(ip.registeredDomain, null);
  assert.equal(ip.publicSuffix, null);
  assert.equal(ip.path, '/x');
  const bareIp = one('go 45.13.2.1/login now');
  assert.deepEqual([bareIp.text, bareIp.isIp, bareIp.hasScheme], ['45.13.2.1/login', true, false]);
  const v6 = one('http://[2001:db8::1]:8080/a');
  assert.deepEqual([v6.host, v6.isIp, v6.path], ['2001:db8::1', true, '/a']);
  const port = one('example.com:8443/p?q=1#h and more');
  assert.deepEqual(
    [port.text, port.host, port.path],
    ['example.com:8443/p?q=1#h', 'example.com', '/p?q=1#h'],
  );
  assert.equal(one('http://localhost:8080/x').host, 'localhost');
  assert.deepEqual(texts('version 1.2.3 or 300.1.1.1'), []);
});

test('trailing punctuation is left out, balanced brackets are kept', () => {
  assert.deepEqual(texts('Go to dhl.com/x.'), ['dhl.com/x']);
  assert.deepEqual(texts('dhl.com, ups.com; fedex.com! usps.com?'), [
    'dhl.com',
    'ups.com',
    'fedex.com',
    'usps.com',
  ]);
  assert.deepEqual(texts('(see bit.ly/abc)'), ['bit.ly/abc']);
  assert.deepEqual(texts('(see en.wikipedia.org/wiki/Foo_(bar))'), [
    'en.wikipedia.org/wiki/Foo_(bar)',
  ]);
  assert.deepEqual(texts('"https://x.com/a" «dhl.com/b» “ups.com/c”'), [
    'https://x.com/a',
    'dhl.com/b',
    'ups.com/c',
  ]);
  assert.deepEqual(texts('click dhl.com/x…'), ['dhl.com/x']);
  assert.deepEqual(texts('اضغط dhl-ae.com/pay، شكرا'), ['dhl-ae.com/pay']);
  assert.deepEqual(texts('اضغط dhl-ae.com/pay؟'), ['dhl-ae.com/pay']);
  assert.deepEqual(texts('请访问 https://dhl.com/cn。谢谢'), ['https://dhl.com/cn']);
  assert.deepEqual(texts('tap bit.ly/abc👉 now'), ['bit.ly/abc']);
  assert.deepEqual(texts('https://dhl.com请点击'), ['https://dhl.com']);
  assert.deepEqual(texts('اضغطdhl-ae.com/payالآن'), ['dhl-ae.com/pay']);
});

test('e-mail addresses are not URLs', () => {
  assert.deepEqual(texts('write to john.smith@gmail.com or support@dhl.com'), []);
  assert.deepEqual(texts('mail first.last@sub.example.co.uk.'), []);
});

test('abbreviations, file names, numbers and run-together words are not URLs', () => {
  assert.deepEqual(texts('e.g. this, i.e. that, U.S. forces, Mr.Smith, 3.5 kg, file.txt'), []);
  assert.deepEqual(texts('Hi.How are you? ok.so, Wife.how r u, tomorrow.call me, pain.it'), []);
  assert.deepEqual(texts("Ok.it's fine, Stupid.it was, www.example"), []);
  // The same suffixes still make links with a path, a hyphen or digits, or as official domains.
  assert.deepEqual(texts('dhl-pay.live poste.it usps-redelivery.how/x'), [
    'dhl-pay.live',
    'poste.it',
    'usps-redelivery.how/x',
  ]);
});

test('internationalised hosts: punycode decoding, Cyrillic homoglyphs, mixed script', () => {
  const puny = one('xn--pple-43d.com/login');
  assert.equal(puny.isPunycode, true);
  assert.equal(puny.hostUnicode, 'аpple.com');
  assert.equal(puny.mixedScript, true);
  assert.equal(puny.imitates?.how, 'lookalike');
  assert.equal(puny.imitates.brand, 'apple');
  const written = one('Login at аpple.com now');
  assert.equal(written.host, 'аpple.com');
  assert.equal(written.isPunycode, false);
  assert.equal(written.mixedScript, true);
  assert.equal(written.imitates?.official, 'apple.com');
  const rf = one('пример.рф/путь');
  assert.deepEqual([rf.publicSuffix, rf.mixedScript, rf.path], ['рф', false, '/путь']);
  assert.equal(hasMixedScriptLabel('paypal.com'), false);
  assert.equal(hasMixedScriptLabel('раураl.com'), true);
  assert.equal(hasMixedScriptLabel('例え.jp'), false);
  assert.equal(one('https://例え.jp/x').host, '例え.jp');
  // Ideographic full stops are dots to IDNA.
  assert.equal(one('「amazon。co。jp」').registeredDomain, 'amazon.co.jp');
});

test('skeleton maps homoglyphs to Latin', () => {
  assert.equal(skeleton('paypa1'), 'paypal');
  assert.equal(skeleton('g00gle'), 'google');
  assert.equal(skeleton('dhI'), 'dhl');
  assert.equal(skeleton('IRS'), 'irs');
  assert.equal(skeleton('arnazon'), 'amazon');
  assert.equal(skeleton('vvise'), 'wise');
  assert.equal(skeleton('аррle'), 'apple');
  assert.equal(skeleton('αpple'), 'apple');
  assert.equal(skeleton('açcènt'), 'accent');
});

test('shorteners', () => {
  assert.equal(one('bit.ly/3xY').isShortener, true);
  assert.equal(one('https://tinyurl.com/abc').isShortener, true);
  assert.equal(one('dhl.com/x').isShortener, false);
  assert.ok(loadShorteners().has('bit.ly'));
  assert.ok(loadShorteners().size > 1000);
  assert.deepEqual([...parseShortenerList('# c\n\nA.B\n x.y \n')], ['a.b', 'x.y']);
});

test('official domains are not imitations', () => {
  for (const [text, brand] of [
    ['https://www.dhl.com/track', 'dhl'],
    ['royalmail.com', 'royal-mail'],
    ['amzn.to/x', 'amazon'],
    ['https://www.gov.uk/x', 'gov-uk'],
    ['paypal.me/someone', 'paypal'],
    ['mabanque.bnpparibas/fr', 'bnp-paribas'],
  ] as const) {
    const u = one(text);
    assert.equal(u.officialBrand, brand, text);
    assert.equal(u.imitates, null, text);
  }
});

test('lookalikes: homoglyphs, one edit, the brand label on another suffix', () => {
  assert.equal(imitation('paypa1.com/login'), 'lookalike:paypal:paypal.com');
  assert.equal(imitation('amazom.com'), 'lookalike:amazon:amazon.com');
  assert.equal(imitation('arnazon.co'), 'lookalike:amazon:amazon.com');
  assert.equal(imitation('netfIix.com'), 'lookalike:netflix:netflix.com');
  assert.equal(imitation('dhI-parcel.com'), 'lookalike:dhl:dhl.com');
  assert.equal(imitation('dhl.xyz'), 'lookalike:dhl:dhl.com');
  assert.equal(imitation('usps.ca/x'), 'lookalike:usps:usps.com');
  assert.equal(imitation('amazon.cc/x'), 'lookalike:amazon:amazon.com');
  // A global brand's label under a country code is most likely its own local site.
  assert.equal(imitation('dpd.at/x'), null);
  // Ordinary words one letter from a brand are not lookalikes.
  assert.equal(imitation('mobile.de/x'), null);
  assert.equal(imitation('westpac-mobile.cc/x'), null);
});

test('brand in the subdomain, the registered domain, the path', () => {
  assert.equal(imitation('paypal.com-secure.net/login'), 'brand-in-subdomain:paypal:paypal.com');
  assert.equal(imitation('dhl.com.track-id.top'), 'brand-in-subdomain:dhl:dhl.com');
  assert.equal(imitation('usps.parcel-help.info'), 'brand-in-subdomain:usps:usps.com');
  assert.equal(imitation('https://paypal.com@evil.top/x'), 'brand-in-subdomain:paypal:paypal.com');
  assert.equal(imitation('dhl-redelivery.info'), 'brand-in-domain:dhl:dhl.com');
  assert.equal(imitation('royalmail-fee.com'), 'brand-in-domain:royal-mail:royalmail.com');
  assert.equal(imitation('royal-mail-fee.com'), 'brand-in-domain:royal-mail:royalmail.com');
  assert.equal(imitation('myhmrc-refund.net'), 'brand-in-domain:hmrc:hmrc.gov.uk');
  assert.equal(imitation('paypalsecure.net'), 'brand-in-domain:paypal:paypal.com');
  assert.equal(imitation('secure-paypalverify.net'), 'brand-in-domain:paypal:paypal.com');
  assert.equal(imitation('dhl24.top/x'), 'brand-in-domain:dhl:dhl.com');
  assert.equal(imitation('bit.ly/usps-fee'), 'brand-in-path:usps:usps.com');
  assert.equal(
    imitation('http://45.13.2.1/royal-mail/pay'),
    'brand-in-path:royal-mail:royalmail.com',
  );
  // Words that only contain a brand name are not that brand.
  assert.equal(imitation('purchase-now.com'), null);
  assert.equal(imitation('pineapple.com'), null);
  assert.equal(imitation('revolution.com'), null);
  assert.equal(imitation('bit.ly/3xUPSa'), null);
});

test('moves to a chat app', () => {
  assert.equal(one('wa.me/447700900123').moveToChat, 'whatsapp');
  assert.equal(one('https://api.whatsapp.com/send?phone=1').moveToChat, 'whatsapp');
  assert.equal(one('https://chat.whatsapp.com/AbC').moveToChat, 'whatsapp');
  assert.equal(one('t.me/joinchat/abc').moveToChat, 'telegram');
  assert.equal(one('https://telegram.me/x').moveToChat, 'telegram');
  assert.equal(one('https://www.whatsapp.com/download').moveToChat, null);
  assert.equal(one('dhl.com').moveToChat, null);
});

test('UTF-16 spans are right after emoji and Arabic text', () => {
  const text = 'مرحبا 👋🏽 اضغط هنا: dhl-ae.com/pay و 🚚 https://bit.ly/x';
  const found = findUrls(text);
  assert.deepEqual(
    found.map((u) => text.slice(u.span.start, u.span.end)),
    ['dhl-ae.com/pay', 'https://bit.ly/x'],
  );
  for (const u of found) assert.equal(text.slice(u.span.start, u.span.end), u.text);
});

test('a finder over injected data', () => {
  const find = createUrlFinder({
    brands: createBrandIndex([
      {
        id: 'acme',
        name: 'ACME',
        kind: 'shopping',
        names: ['acme'],
        domains: ['acme.com'],
        senderIds: ['ACME'],
        regions: [],
      },
    ]),
    shorteners: new Set(['shrt.cc']),
  });
  const [official, fake, short] = find('acme.com acme-deals.top shrt.cc/acme');
  assert.equal(official?.officialBrand, 'acme');
  assert.equal(fake?.imitates?.how, 'brand-in-domain');
  assert.deepEqual([short?.isShortener, short?.imitates?.how], [true, 'brand-in-path']);
  assert.equal(find('dhl-track.top').at(0)?.imitates, null);
  assert.equal(find('bit.ly/x').at(0)?.isShortener, false);
});

test('no text, no links', () => {
  assert.deepEqual(findUrls(''), []);
  assert.deepEqual(findUrls('.'), []);
  assert.deepEqual(findUrls('://'), []);
  assert.deepEqual(findUrls('http://'), []);
  assert.deepEqual(findUrls('Hello. How are you? See you at 5.30.'), []);
});
