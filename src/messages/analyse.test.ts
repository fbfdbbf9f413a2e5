import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import {
  analyseCall,
  analyseMessage,
  decodeTextModel,
  defaultTextModel,
  encodeTextModel,
} from './index.js';
import { eventNamed, inSeason } from './events.js';
import { findCodeTheft, findStrangerOpener } from './patterns.js';

const codes = (r: { reasons: readonly { code: string }[] }): string[] =>
  r.reasons.map((x) => x.code);

describe('analyseMessage', () => {
  it('calls a look-alike delivery link a scam and points at the link', () => {
    const text = 'DHL: your parcel is on hold, pay the 1.99 EUR customs fee at dhl-paket.top/zoll';
    const r = analyseMessage({ text, recipientRegion: 'DE' });
    assert.equal(r.verdict, 'scam');
    assert.equal(r.category, 'delivery');
    const link = r.reasons.find(
      (x) => x.code === 'BRAND_IN_DOMAIN' || x.code === 'LOOKALIKE_DOMAIN',
    );
    assert.ok(link !== undefined, codes(r).join());
    assert.equal(text.slice(link.span!.start, link.span!.end), 'dhl-paket.top/zoll');
    assert.equal(r.indicators.urls[0]?.registeredDomain, 'dhl-paket.top');
    assert.ok(r.advice.some((a) => /Do not open the link/.test(a)));
  });

  it('passes a one-time code that warns not to share it, and says why', () => {
    const r = analyseMessage({
      text: 'Your Revolut verification code is 482913. Never share it with anyone, not even Revolut staff.',
      sender: 'Revolut',
    });
    assert.equal(r.verdict, 'ok');
    assert.ok(codes(r).includes('CODE_NOTICE'));
  });

  it("passes a carrier notice whose only link is the carrier's own site", () => {
    const r = analyseMessage({
      text: 'Royal Mail: your parcel will be delivered today between 10:15 and 11:15. Track it at https://www.royalmail.com/track-your-item',
      sender: 'RoyalMail',
    });
    assert.equal(r.verdict, 'ok');
    assert.ok(codes(r).includes('OFFICIAL_LINKS'));
  });

  it('flags a code-theft message in Italian and advises never to share codes', () => {
    const r = analyseMessage({
      text: 'Ciao! Ti è arrivato per errore un codice a 6 cifre, è mio. Me lo mandi per favore?',
    });
    assert.notEqual(r.verdict, 'ok');
    assert.equal(r.category, 'code-theft');
    assert.ok(r.advice.some((a) => /Never share a code/.test(a)));
  });

  it('weighs a shopping event by the date received', () => {
    const text = 'Black Friday: iPhone 16 for 49 EUR, today only: apple-deals.shop/bf';
    const june = analyseMessage({ text, receivedAt: '2026-06-10' });
    assert.ok(codes(june).includes('EVENT_OUT_OF_SEASON'));
    const november = analyseMessage({ text, receivedAt: '2026-11-25' });
    assert.ok(!codes(november).includes('EVENT_OUT_OF_SEASON'));
    assert.ok(codes(november).includes('EVENT_LURE'));
  });

  it('gives the national reporting channel of the recipient', () => {
    const text = 'HMRC: you are owed a tax refund of £326.40, claim it at hmrc-refund.online/claim';
    const gb = analyseMessage({ text, recipientRegion: 'GB' });
    assert.ok(gb.advice.some((a) => a.includes('7726')));
    const fr = analyseMessage({ text, recipientRegion: 'FR' });
    assert.ok(fr.advice.some((a) => a.includes('33700')));
  });

  it('rejects input of the wrong shape with INVALID_MESSAGE', () => {
    assert.throws(
      () => analyseMessage({ text: 42 } as unknown as { text: string }),
      (e: unknown) => isRingfenceError(e, 'INVALID_MESSAGE'),
    );
    assert.throws(
      () => analyseMessage({ text: 'hi', recipientRegion: 'Britain' }),
      (e: unknown) => isRingfenceError(e, 'INVALID_MESSAGE'),
    );
  });
});

describe('analyseCall', () => {
  it('calls a "safe account" transfer a scam', () => {
    const r = analyseCall({
      from: '+442079460812',
      to: '+447700900123',
      transcript:
        'This is the fraud team of your bank. Your account is compromised; transfer your savings to a safe account today and do not tell the branch.',
    });
    assert.equal(r.verdict, 'scam');
    assert.ok(codes(r).includes('SAFE_ACCOUNT'));
    assert.ok(r.advice.some((a) => /Hang up/.test(a)));
  });

  it('lets a plain domestic number through with a reason', () => {
    const r = analyseCall({ from: '020 7946 0812', recipientRegion: 'GB' });
    assert.equal(r.verdict, 'ok');
    assert.equal(r.reasons[0]?.code, 'NO_SCAM_SIGNALS');
  });
});

describe('patterns and seasons', () => {
  it('finds code theft and stranger openers in other languages, not in a code notice', () => {
    assert.notEqual(
      findCodeTheft('Te mandei um código de 6 dígitos sem querer. Pode me passar?'),
      null,
    );
    assert.equal(findCodeTheft('Seu código de verificação é 123456.'), null);
    assert.notEqual(
      findStrangerOpener('Hola, ¿eres Carlos? Soy Marina, nos conocimos en la cena'),
      null,
    );
    assert.equal(findStrangerOpener('I am great! How are you?'), null);
  });

  it('knows the seasons of the events it names', () => {
    assert.equal(eventNamed('BLACK FRIDAY'), 'Black Friday / Cyber Monday');
    assert.ok(inSeason('Black Friday / Cyber Monday', new Date('2026-11-27')));
    assert.ok(!inSeason('Black Friday / Cyber Monday', new Date('2026-03-01')));
    assert.ok(inSeason("Singles' Day (11.11)", new Date('2026-11-11')));
  });
});

describe('text model file', () => {
  it('round-trips and refuses a flipped byte', () => {
    const shipped = defaultTextModel();
    assert.ok(shipped.meta.data.some((d) => d.includes('Almeida')));
    const weights = new Float32Array(1 << 4).map((_, i) => (i % 3) - 1);
    const bytes = encodeTextModel({ hashBits: 4, minN: 2, maxN: 3, wordNgrams: 2 }, weights, -1.5, {
      data: ['test'],
      samples: { benign: 1, malicious: 1 },
    });
    const model = decodeTextModel(bytes);
    assert.equal(model.bias, -1.5);
    assert.equal(model.weights.length, 16);
    bytes[30] = bytes[30]! ^ 1;
    assert.throws(
      () => decodeTextModel(bytes),
      (e: unknown) => isRingfenceError(e, 'CORRUPT_STORE'),
    );
  });
});

describe('numbers in the text (the phone engine matcher)', () => {
  const phones = (text: string, region?: string): string[] =>
    analyseMessage({
      text,
      ...(region === undefined ? {} : { recipientRegion: region }),
    }).indicators.phones.map((p) => `${text.slice(p.span.start, p.span.end)} ${p.e164}`);

  it('keeps brackets and extensions inside the span, never in the number', () => {
    assert.deepEqual(phones('Ligue (11) 3042-7718 agora', 'BR'), ['(11) 3042-7718 +551130427718']);
    assert.deepEqual(phones('Call +44 20 7946 0958 ext. 12 today'), [
      '+44 20 7946 0958 ext. 12 +442079460958',
    ]);
  });

  it('does not read dates, times, amounts or codes as numbers', () => {
    assert.deepEqual(phones('Meeting 2024-03-10 08:00, room 12', 'GB'), []);
    assert.deepEqual(phones('Pajak jatuh tempo 20/04/2025. Bayar Rp 1.250.000', 'ID'), []);
    assert.deepEqual(phones('Dein Sicherheitscode lautet: 418302.', 'DE'), []);
  });

  it('reads 00 numbers without a region, and national ones only with one', () => {
    assert.deepEqual(phones('Rufen Sie 0049 30 1234567 an'), ['0049 30 1234567 +49301234567']);
    assert.deepEqual(phones('Ring 07700 900123 now'), []);
    assert.deepEqual(phones('Ring 07700 900123 now', 'GB'), ['07700 900123 +447700900123']);
  });
});
