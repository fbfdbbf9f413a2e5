import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { isRingfenceError } from '../errors.js';
import {
  BATCH_GUESSED,
  BATCH_POSSIBLE,
  BATCH_VALID,
  NO_REGION_INDEX,
  PHONE_ERROR_CODES,
  PHONE_TYPES,
  batchE164,
  defaultPhoneEngine,
  metadataVersion,
  parsePhone,
  parsePhoneBatch,
  type ParsedPhone,
  type PhoneParseResult,
} from './index.js';

function ok(result: PhoneParseResult): ParsedPhone {
  assert.ok(result.ok, `expected a number, got ${JSON.stringify(result)}`);
  return result;
}

function code(result: PhoneParseResult): string {
  assert.ok(!result.ok, `expected an error, got ${JSON.stringify(result)}`);
  return result.error.code;
}

// A valid GB mobile (libphonenumber's example number) and what the oracle says about it.
const GB = '+447400123456';

describe('parsePhone', () => {
  it('reads E.164 and agrees with libphonenumber-js', () => {
    const r = ok(parsePhone(GB));
    const oracle = parsePhoneNumberWithError(GB);
    assert.equal(r.e164, oracle.number);
    assert.equal(r.region, oracle.country);
    assert.equal(r.type, oracle.getType());
    assert.equal(r.valid, oracle.isValid());
    assert.equal(r.callingCode, 44);
    assert.equal(r.nationalNumber, '7400123456');
    assert.equal(r.reading, 'plus');
    assert.equal(r.guessed, false);
  });

  it('reads every written form of the same number to the same E.164', () => {
    const forms: Array<[string, string | undefined, string]> = [
      ['+44 7400 123456', undefined, 'plus'],
      ['+44 (0)7400-123.456', undefined, 'plus'],
      ['0044 7400 123456', 'GB', 'idd'],
      ['011 44 7400 123456', 'US', 'idd'],
      ['07400 123456', 'GB', 'national'],
      ['tel:+44-7400-123456', undefined, 'plus'],
      ['+٤٤٧٤٠٠١٢٣٤٥٦', undefined, 'plus'],
      ['+۴۴۷۴۰۰۱۲۳۴۵۶', undefined, 'plus'],
      ['＋４４７４００１２３４５６', undefined, 'plus'],
      ['+४४७४००१२३४५६', undefined, 'plus'],
      ['\u200e+44\u00a07400\u2011123456', undefined, 'plus'],
      ["'+447400123456", undefined, 'plus'],
      ['="+447400123456"', undefined, 'plus'],
    ];
    for (const [input, defaultRegion, reading] of forms) {
      const r = ok(parsePhone(input, defaultRegion ? { defaultRegion } : undefined));
      assert.equal(r.e164, GB, input);
      assert.equal(r.type, 'MOBILE', input);
      assert.equal(r.reading, reading, input);
    }
  });

  it('reads a calling code written without + as a guess', () => {
    const r = ok(parsePhone('447400123456'));
    assert.equal(r.e164, GB);
    assert.equal(r.reading, 'no-plus');
    assert.equal(r.guessed, true);
    // With the matching default region, libphonenumber's own rule decides: still flagged.
    const withRegion = ok(parsePhone('447400123456', { defaultRegion: 'GB' }));
    assert.equal(withRegion.e164, GB);
    assert.equal(withRegion.guessed, true);
    // A foreign number without + under another country's default region.
    const foreign = ok(parsePhone('447400123456', { defaultRegion: 'FR' }));
    assert.equal(foreign.e164, GB);
    assert.equal(foreign.guessed, true);
    // 00 without a region is the ITU international prefix.
    const idd = ok(parsePhone('00447400123456'));
    assert.equal(idd.e164, GB);
    assert.equal(idd.reading, 'idd');
    assert.equal(idd.guessed, true);
  });

  it('drops and reports extensions', () => {
    for (const input of [
      '+44 7400 123456 ext. 123',
      '+44 7400 123456 x123',
      '+44 7400 123456 #123',
      '+44 7400 123456 extension 123',
      'tel:+44-7400-123456;ext=123',
    ]) {
      const r = ok(parsePhone(input));
      assert.equal(r.e164, GB, input);
      assert.equal(r.extension, '123', input);
    }
    assert.equal(ok(parsePhone(GB)).extension, null);
  });

  it('applies a tel: phone-context to a local number', () => {
    const r = ok(parsePhone('tel:7400123456;phone-context=+44'));
    assert.equal(r.e164, GB);
  });

  it('reads Excel scientific notation only when every digit was kept', () => {
    assert.equal(ok(parsePhone('4.47400123456E+11')).e164, GB);
    assert.equal(ok(parsePhone('4,47400123456e11')).e164, GB);
    assert.equal(code(parsePhone('4.474E+11')), 'EXCEL_PRECISION_LOST');
    assert.equal(code(parsePhone('4.474001234567E+11')), 'EXCEL_NOT_INTEGER');
    assert.equal(ok(parsePhone('447400123456.0')).e164, GB);
  });

  it('keeps possible-only numbers apart from valid ones', () => {
    // 07700 900xxx is reserved for drama: the right length, in no number-type range.
    const r = ok(parsePhone('+447700900123'));
    assert.equal(r.valid, false);
    assert.equal(r.possible, true);
    assert.equal(r.type, null);
    const impossible = ok(parsePhone('+4474001234'));
    assert.equal(impossible.valid, false);
    assert.equal(impossible.possible, false);
  });

  it('splits shared calling codes by region', () => {
    assert.equal(ok(parsePhone('+12015550123')).region, 'US');
    assert.equal(ok(parsePhone('+16135550123')).region, 'CA');
    assert.equal(ok(parsePhone('+77012345678')).region, 'KZ');
    assert.equal(ok(parsePhone('+79123456789')).region, 'RU');
    assert.equal(ok(parsePhone('+390669812345')).region, 'VA');
  });

  it('gives non-geographic numbers region 001', () => {
    const r = ok(parsePhone('+800 1234 5678'));
    assert.equal(r.region, '001');
    assert.equal(r.type, 'TOLL_FREE');
    assert.equal(r.valid, true);
  });

  it('applies national prefix rules that rewrite digits (AR mobile 15)', () => {
    const r = ok(parsePhone('011 15 2345 6789', { defaultRegion: 'AR' }));
    const oracle = parsePhoneNumberWithError('011 15 2345 6789', 'AR');
    assert.equal(r.e164, oracle.number);
    assert.equal(r.type, oracle.getType());
  });

  it('returns stable codes for what it cannot read, and never throws', () => {
    assert.equal(code(parsePhone('')), 'NOT_A_NUMBER');
    assert.equal(code(parsePhone('hello')), 'NOT_A_NUMBER');
    assert.equal(code(parsePhone('+44 7400 y 123456')), 'NOT_A_NUMBER');
    assert.equal(code(parsePhone('+1 2')), 'TOO_SHORT');
    assert.equal(code(parsePhone('+999 123456')), 'INVALID_COUNTRY');
    assert.equal(code(parsePhone('+0 123456')), 'INVALID_COUNTRY');
    assert.equal(code(parsePhone('12345678')), 'INVALID_COUNTRY');
    assert.equal(code(parsePhone('+44 1234567890123456789')), 'TOO_LONG');
    assert.equal(code(parsePhone('1'.repeat(300))), 'INPUT_TOO_LONG');
    assert.equal(code(parsePhone('+44 7400 123456 +44 7400 123457')), 'NOT_A_NUMBER');
  });

  it('rejects an unknown default region', () => {
    assert.throws(
      () => parsePhone('07400123456', { defaultRegion: 'XX' }),
      (e: unknown) => isRingfenceError(e, 'INVALID_REGION'),
    );
  });

  it('records the metadata version', () => {
    assert.match(metadataVersion(), /^libphonenumber-js \d+\.\d+\.\d+ \(max/);
  });
});

describe('parsePhoneBatch', () => {
  const lines = [
    GB,
    '+44 7400 123456',
    '',
    'hello',
    '447400123456',
    '+447700900123',
    '+800 1234 5678',
    '+12015550123\r',
    '+390612345678',
    '+٤٤٧٤٠٠١٢٣٤٥٦',
    '+44 7400 123456 x12',
  ];
  const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);

  it('agrees with the object API line by line', () => {
    const batch = parsePhoneBatch(bytes);
    assert.equal(batch.count, lines.length);
    lines.forEach((line, i) => {
      const r = parsePhone(line.replace(/\r$/, ''));
      if (!r.ok) {
        assert.equal(PHONE_ERROR_CODES[batch.status[i]! - 1], r.error.code, line);
        return;
      }
      assert.equal(batch.status[i], 0, line);
      assert.equal(batchE164(batch, i), r.e164, line);
      const region = batch.region[i]!;
      assert.equal(region === NO_REGION_INDEX ? null : batch.regionIds[region], r.region, line);
      const type = batch.type[i]!;
      assert.equal(type === 0 ? null : PHONE_TYPES[type - 1], r.type, line);
      assert.equal((batch.flags[i]! & BATCH_VALID) !== 0, r.valid, line);
      assert.equal((batch.flags[i]! & BATCH_POSSIBLE) !== 0, r.possible, line);
      assert.equal((batch.flags[i]! & BATCH_GUESSED) !== 0, r.guessed, line);
    });
  });

  it('records line offsets without the line ending', () => {
    const batch = parsePhoneBatch(bytes);
    const decoder = new TextDecoder();
    lines.forEach((line, i) => {
      const text = decoder.decode(bytes.subarray(batch.lineStart[i], batch.lineEnd[i]));
      assert.equal(text, line.replace(/\r$/, ''));
    });
  });

  it('counts a last line without a newline, and nothing for an empty buffer', () => {
    assert.equal(parsePhoneBatch(new TextEncoder().encode(`${GB}\n${GB}`)).count, 2);
    assert.equal(parsePhoneBatch(new Uint8Array(0)).count, 0);
  });

  it('splits national numbers longer than nine digits exactly', () => {
    const batch = parsePhoneBatch(new TextEncoder().encode('+4915123456789\n+390612345678\n'));
    assert.equal(batchE164(batch, 0), '+4915123456789');
    assert.equal(batchE164(batch, 1), '+390612345678');
    assert.equal(batch.nsnLength[1], 10);
  });

  it('reads malformed UTF-8 as the replacement character, as decoded text is read', () => {
    // Found by the parseRanges tests: a four-byte lead with a second byte past U+10FFFF made a
    // code point String.fromCodePoint throws on, and `ringfence phone` exited INTERNAL.
    const lines = [
      [0x2b, 0x34, 0x34, 0xf4, 0x90, 0x80, 0x80, 0x37, 0x37], // past U+10FFFF
      [0x2b, 0x34, 0x34, 0xed, 0xa0, 0x80, 0x37], // a surrogate
      [0x2b, 0x34, 0x34, 0xe0, 0x80, 0x80, 0x37], // overlong
      [0x2b, 0x34, 0x34, 0xc3], // a lead byte at the end
      [0x2b, 0x34, 0x34, 0x80, 0x37, 0x37, 0x30, 0x30, 0x39, 0x30, 0x30, 0x31, 0x32, 0x33],
      [0x2b, 0x34, 0x34, 0xf0, 0x9f, 0x98, 0x80, 0x37], // a valid emoji
    ];
    const bytes = Uint8Array.from(lines.flatMap((line) => [...line, 10]));
    const batch = parsePhoneBatch(bytes);
    lines.forEach((line, i) => {
      const text = new TextDecoder().decode(Uint8Array.from(line));
      const expected = parsePhone(text);
      const status = batch.status[i]!;
      assert.equal(
        status === 0 ? 'ok' : PHONE_ERROR_CODES[status - 1],
        expected.ok ? 'ok' : expected.error.code,
        `line ${i}`,
      );
    });
    assert.equal(PHONE_ERROR_CODES[batch.status[0]! - 1], 'NOT_A_NUMBER');
  });

  it('parses byte ranges with a default region per range (parseRanges)', () => {
    const engine = defaultPhoneEngine();
    const text = 'x;07400 123456;y;01001234567;z;+33 6 12 34 56 78';
    const bytes = new TextEncoder().encode(text);
    const fields = ['07400 123456', '01001234567', '+33 6 12 34 56 78'];
    const starts = Uint32Array.from(fields.map((f) => text.indexOf(f)));
    const ends = Uint32Array.from(fields.map((f, i) => starts[i]! + f.length));
    const regions = Int32Array.from(['GB', 'EG', 'DE'].map((r) => engine.regionIndex(r)));
    const batch = engine.parseRanges(bytes, starts, ends, 3, regions);
    assert.deepEqual(
      [0, 1, 2].map((i) => batchE164(batch, i)),
      ['+447400123456', '+201001234567', '+33612345678'],
    );
    // Without regions the national forms have no calling code.
    const bare = engine.parseRanges(bytes, starts, ends, 3, null);
    assert.equal(PHONE_ERROR_CODES[bare.status[0]! - 1], 'INVALID_COUNTRY');
  });
});

describe('regionOfNational', () => {
  it('finds the region parse finds, for valid numbers of shared calling codes', () => {
    const engine = defaultPhoneEngine();
    let state = 12345;
    const random = (): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 4294967296;
    };
    const prefixes = ['+1', '+7', '+44', '+39', '+47', '+61', '+262', '+590', '+599'];
    let compared = 0;
    for (let i = 0; i < 60_000; i++) {
      const prefix = prefixes[i % prefixes.length]!;
      const digits = String(Math.floor(random() * 1e10)).padStart(10, '0');
      const parsed = engine.parse(prefix + digits.slice(0, 8 + (i % 3)));
      if (!parsed.ok || !parsed.valid) continue;
      compared++;
      const index = engine.regionOfNational(
        parsed.callingCode,
        Number(parsed.nationalNumber),
        parsed.nationalNumber.length,
      );
      assert.equal(
        index === NO_REGION_INDEX ? null : engine.regionIds[index],
        parsed.region,
        parsed.e164,
      );
    }
    assert.ok(compared > 2_000, `only ${compared} valid numbers drawn`);
  });
});

describe('a reading never depends on the numbers read before it', () => {
  it('reads a foreign number written without + in a country column the same after a failed one', () => {
    // Found by the ingest fuzzer: the scratch of the international alternative kept the error
    // of a failed reading, so every later foreign number of the dump was rejected.
    const engine = defaultPhoneEngine();
    const fr = engine.regionIndex('FR');
    const read = (v: string): string => {
      const p = engine.parseWithRegion(v, fr);
      return p.ok ? `${p.e164} ${p.valid}` : p.error.code;
    };
    const first = read('12126343929');
    assert.equal(first, '+12126343929 true');
    assert.equal(read('010 75928967'), '+331075928967 false');
    assert.equal(read('12126343929'), first);
  });
});
