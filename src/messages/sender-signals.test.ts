import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseMessage } from './index.js';
import type { MessageAnalysis, MessageInput } from './index.js';
import { alphanumericUsedIn, coreSenderId, numericChannel, SENDER_RULES } from './sender-rules.js';

const MADE_UP = ['SENDER_INVALID_NUMBER', 'SENDER_ID_NOT_USED_HERE'];

function codes(r: MessageAnalysis): string[] {
  return r.reasons.map((x) => x.code);
}

function analyse(input: MessageInput): MessageAnalysis {
  return analyseMessage(input);
}

describe('sender rules', () => {
  it('lists each country once, upper case', () => {
    const regions = SENDER_RULES.map((r) => r.region);
    assert.equal(new Set(regions).size, regions.length);
    for (const r of regions) assert.match(r, /^[A-Z]{2}$/);
  });

  it('reads short codes by the recipient country, or by any country without one', () => {
    assert.deepEqual(numericChannel('24273', 'US'), { kind: 'short-code', vetted: true });
    assert.deepEqual(numericChannel('24273', undefined), { kind: 'short-code', vetted: false });
    assert.deepEqual(numericChannel('61234', 'GB'), { kind: 'short-code', vetted: false });
    assert.equal(numericChannel('123', 'US').kind, 'phone-number');
    assert.equal(numericChannel('900', 'RU').kind, 'short-code');
    assert.equal(numericChannel('1588-1234', 'KR').kind, 'business-number');
    assert.equal(numericChannel('+14155550123', 'US').kind, 'phone-number');
  });

  it('knows where alphanumeric IDs are delivered and strips national decorations', () => {
    assert.equal(alphanumericUsedIn('US'), false);
    assert.equal(alphanumericUsedIn('GB'), true);
    assert.equal(alphanumericUsedIn('ZZ'), true);
    assert.equal(alphanumericUsedIn(undefined), true);
    assert.equal(coreSenderId('VM-HDFCBK-S', 'IN'), 'HDFCBK');
    assert.equal(coreSenderId('AD-NOON', 'AE'), 'NOON');
    assert.equal(coreSenderId('HDFCBK', 'IN'), 'HDFCBK');
  });
});

describe('senders by country', () => {
  for (const sender of ['22000', '24273', '69877'])
    for (const recipientRegion of ['US', undefined])
      it(`US short code ${sender} (${recipientRegion ?? 'no region'}) is no made-up sender`, () => {
        const r = analyse({
          text: 'Your Acme Energy bill of $61.20 is ready to view in the app. Reply HELP for help, STOP to opt out.',
          sender,
          ...(recipientRegion === undefined ? {} : { recipientRegion }),
        });
        for (const code of MADE_UP) assert.ok(!codes(r).includes(code), `${sender}: ${code}`);
        assert.ok(r.reasons.filter((x) => x.field === 'sender').every((x) => x.weight <= 0));
      });

  it('a bank fraud alert from a US short code is not a scam', () => {
    const r = analyse({
      text: 'Chase Fraud Alert: Did you attempt a $214.96 purchase at Northwind Outdoor Supply? Reply YES or NO. To opt out, reply STOP',
      sender: '24273',
      recipientRegion: 'US',
    });
    assert.notEqual(r.verdict, 'scam');
    assert.ok(codes(r).includes('BUSINESS_SENDER'));
    assert.ok(!codes(r).includes('SENDER_INVALID_NUMBER'));
  });

  it('a GB 5-digit short code is a legitimate channel', () => {
    const r = analyse({
      text: 'Your order 4471 from Hollowbrook Books has been dispatched and should arrive on Thursday.',
      sender: '61234',
      recipientRegion: 'GB',
    });
    assert.ok(!codes(r).includes('SENDER_INVALID_NUMBER'));
    assert.ok(codes(r).includes('BUSINESS_SENDER'));
  });

  for (const [recipientRegion, sender] of [
    ['GB', 'Hollowbrook'],
    ['FR', 'MaMutuelle'],
    ['IN', 'VM-HLWBRK-T'],
  ] as const)
    it(`an alphanumeric ID is legitimate in ${recipientRegion}`, () => {
      const r = analyse({
        text: 'Your appointment is confirmed for 14 May at 10:30. Ref 88213.',
        sender,
        recipientRegion,
      });
      for (const code of MADE_UP) assert.ok(!codes(r).includes(code), `${sender}: ${code}`);
      assert.ok(codes(r).includes('BUSINESS_SENDER'));
    });

  it('an alphanumeric sender to a US phone counts a little against, and earns no credit', () => {
    const r = analyse({
      text: 'Your appointment is confirmed for May 14 at 10:30 AM.',
      sender: 'Hollowbrook',
      recipientRegion: 'US',
    });
    assert.ok(codes(r).includes('SENDER_ID_NOT_USED_HERE'));
    assert.ok(!codes(r).includes('BUSINESS_SENDER'));
  });

  it('a 3-digit sender to a US phone is still called made up', () => {
    const r = analyse({
      text: 'Your appointment is confirmed.',
      sender: '123',
      recipientRegion: 'US',
    });
    assert.ok(codes(r).includes('SENDER_INVALID_NUMBER'));
  });

  it('a short code does not whitewash a link to a look-alike domain', () => {
    for (const recipientRegion of ['US', undefined]) {
      const r = analyse({
        text: 'Chase: your card has been locked after unusual activity. Verify now at https://chase-secure-verify.com/login',
        sender: '24273',
        ...(recipientRegion === undefined ? {} : { recipientRegion }),
      });
      assert.equal(r.verdict, 'scam');
      assert.ok(!codes(r).includes('BUSINESS_SENDER'));
    }
  });
});
