import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import { findPhoneNumbers, parsePhone, type FoundPhone, type ParsedPhone } from './index.js';

const spans = (found: FoundPhone[]): string[] =>
  found.map(
    (f) => `${f.start}-${f.end} ${f.e164}${f.extension === null ? '' : ` ext ${f.extension}`}`,
  );

function ok(result: ReturnType<typeof parsePhone>): ParsedPhone {
  assert.ok(result.ok, JSON.stringify(result));
  return result;
}

describe('findPhoneNumbers', () => {
  it('finds several numbers with their spans, e164, region, type and extension', () => {
    const text = 'The number is +7 (800) 555-35-35 ext. 1234 and not (213) 373-4253 as written.';
    const found = findPhoneNumbers(text, { defaultRegion: 'US' });
    assert.deepEqual(spans(found), ['14-42 +78005553535 ext 1234', '51-65 +12133734253']);
    assert.equal(text.slice(found[1]!.start, found[1]!.end), '(213) 373-4253');
    assert.equal(found[0]!.region, 'RU');
    assert.equal(found[0]!.type, 'TOLL_FREE');
    assert.equal(found[1]!.region, 'US');
  });

  it('finds numbers without `+` only with a default region', () => {
    const text = 'Call (213) 373-4253 or +44 7400 123456';
    assert.deepEqual(spans(findPhoneNumbers(text)), ['23-38 +447400123456']);
    assert.equal(findPhoneNumbers(text, { defaultRegion: 'US' }).length, 2);
  });

  it('refuses dates, time stamps, publication pages and numbers inside longer runs', () => {
    assert.deepEqual(findPhoneNumbers('on 3/10/2011 at 10:30', { defaultRegion: 'US' }), []);
    assert.deepEqual(findPhoneNumbers('2012-01-02 08:00', { defaultRegion: 'US' }), []);
    assert.deepEqual(findPhoneNumbers('pp. 211-227 (2003)', { defaultRegion: 'US' }), []);
    assert.deepEqual(findPhoneNumbers('id 12345678901234567890123', { defaultRegion: 'US' }), []);
  });

  it('VALID refuses numbers touching letters, % or a currency sign; POSSIBLE does not', () => {
    const text = 'abc2133734253 and 2133734253%';
    assert.deepEqual(findPhoneNumbers(text, { defaultRegion: 'US' }), []);
    assert.equal(findPhoneNumbers(text, { defaultRegion: 'US', leniency: 'POSSIBLE' }).length, 2);
  });

  it('VALID needs a valid number, POSSIBLE a possible length', () => {
    const text = 'test +44 7700 900123 end';
    assert.deepEqual(findPhoneNumbers(text), []);
    assert.deepEqual(spans(findPhoneNumbers(text, { leniency: 'POSSIBLE' })), [
      '5-20 +447700900123',
    ]);
  });

  it('spans are UTF-16 offsets into the text', () => {
    const text = '😀 Телефон: +7 800 555 35 35';
    const [found] = findPhoneNumbers(text);
    assert.ok(found !== undefined);
    assert.equal(text.slice(found.start, found.end), '+7 800 555 35 35');
  });

  it('rejects an unknown region, leniency or maxTries', () => {
    assert.throws(
      () => findPhoneNumbers('x', { defaultRegion: 'XX' }),
      (e: unknown) => isRingfenceError(e, 'INVALID_REGION'),
    );
    assert.throws(() => findPhoneNumbers('x', { leniency: 'EXACT' as 'VALID' }), TypeError);
    assert.throws(() => findPhoneNumbers('x', { maxTries: -1 }), TypeError);
  });
});

describe('text around a number, extensions', () => {
  it('reads the number out of its text, as libphonenumber-js parsePhoneNumber does', () => {
    assert.equal(
      ok(parsePhone('Phone: 8 (800) 555 35 35.', { defaultRegion: 'RU' })).e164,
      '+78005553535',
    );
    assert.equal(ok(parsePhone('Phone: +7 (800) 555-35-35.')).e164, '+78005553535');
    const r = ok(parsePhone('The number is +7 (800) 555-35-35 ext. 1234'));
    assert.equal(r.e164, '+78005553535');
    assert.equal(r.extension, '1234');
  });

  it('reads extensions in every form, never glued onto the number', () => {
    const cases: [string, string | undefined, string, string | null][] = [
      ['+78005553535 доб. 1234', undefined, '+78005553535', '1234'],
      ['03 3316005 xtensión, 12345678901234567890#', 'NZ', '+6433316005', '12345678901234567890'],
      ['+442034000000,,123456789#', undefined, '+442034000000', '123456789'],
      ['03 3316005 ~ 123456789', 'NZ', '+6433316005', '123456789'],
      ['2134567890 ext. abc', 'US', '+12134567890', null],
      ['+1 201 555 0123 - 456#', undefined, '+12015550123', '456'],
    ];
    for (const [input, region, e164, extension] of cases) {
      const r = ok(parsePhone(input, region === undefined ? undefined : { defaultRegion: region }));
      assert.equal(r.e164, e164, input);
      assert.equal(r.extension, extension, input);
    }
  });
});

describe('guessing without a region', () => {
  it('reads ten digits written the North American way as +1, marked guessed', () => {
    for (const input of [
      '(209) 525-7564',
      '(209)525-7564',
      '209-525-7564',
      '209.525.7564',
      '209 525 7564',
    ]) {
      const r = ok(parsePhone(input));
      assert.equal(r.e164, '+12095257564', input);
      assert.equal(r.region, 'US', input);
      assert.equal(r.valid, true, input);
      assert.equal(r.guessed, true, input);
      assert.equal(r.reading, 'national', input);
    }
  });

  it('keeps the calling-code reading without that evidence, or when +1 is not valid', () => {
    assert.equal(ok(parsePhone('2095257564')).e164, '+2095257564');
    // Area code 333 does not exist: no North American reading.
    assert.notEqual(parsePhone('333 123 4567').ok && ok(parsePhone('333 123 4567')).callingCode, 1);
  });

  it('never overrides a default region or a `+`', () => {
    assert.equal(ok(parsePhone('(209) 525-7564', { defaultRegion: 'GB' })).callingCode, 44);
    assert.equal(ok(parsePhone('+20 95257564')).callingCode, 20);
  });
});

describe('vanity numbers', () => {
  it('reads capital letters as keypad digits when that gives a valid number', () => {
    const r = ok(parsePhone('1-800-FLOWERS', { defaultRegion: 'US' }));
    assert.equal(r.e164, '+18003569377');
    assert.equal(r.type, 'TOLL_FREE');
    assert.equal(ok(parsePhone('+1 800 GOT JUNK')).e164, '+18004685865');
  });

  it('does not read words after a number as digits', () => {
    assert.equal(
      ok(parsePhone('2134567890 ext. abc', { defaultRegion: 'US' })).e164,
      '+12134567890',
    );
    assert.equal(ok(parsePhone('+44 7400 123456 (home)')).e164, '+447400123456');
    // Two letters are below libphonenumber's threshold of three.
    assert.equal(ok(parsePhone('+1 800 356 93 AB')).e164, '+180035693');
  });
});
