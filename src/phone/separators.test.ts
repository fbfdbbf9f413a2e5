/**
 * Every character the tokenizer's fast loop drops between digits (each code point for which
 * isSeparator holds: ASCII punctuation, Unicode spaces, dashes, brackets, format characters)
 * and every extension label libphonenumber reads, checked against libphonenumber-js: a
 * separator joins the groups of one number, and digits after an extension label are an
 * extension, never more digits of the number (`03 3316005 ~ 123456789` was once read as
 * +6433316005123456789).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePhoneNumberWithError, type CountryCode } from 'libphonenumber-js/max';
import { isSeparator } from './tokenize.js';
import { parsePhone, type PhoneParseResult } from './index.js';

/** libphonenumber's VALID_PUNCTUATION: the separators the oracle knows. */
const ORACLE_PUNCTUATION = new Set([
  0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x30fc, 0xff0d, 0xff0f, 0x2f,
  0xff0e, 0x2e, 0x20, 0xa0, 0xad, 0x200b, 0x2060, 0x3000, 0x28, 0x29, 0xff08, 0xff09, 0xff3b,
  0xff3d, 0x5b, 0x5d, 0x7e, 0x2053, 0x223c, 0xff5e,
]);

function oracle(input: string, region?: string): string {
  try {
    const p = parsePhoneNumberWithError(input, region as CountryCode | undefined);
    return `${p.number}${p.ext === undefined ? '' : ` ext ${p.ext}`}`;
  } catch (e) {
    return (e as Error).message;
  }
}

function ours(result: PhoneParseResult): string {
  if (!result.ok) return result.error.code;
  return `${result.e164}${result.extension === null ? '' : ` ext ${result.extension}`}`;
}

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every code point the fast loop drops (none of them a digit, a letter or a surrogate). */
const DROPPED: number[] = [];
for (let cp = 0; cp <= 0x10ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  if (isSeparator(cp)) DROPPED.push(cp);
}

describe('separators the tokenizer drops', () => {
  it('are the ASCII and Unicode separators, and no tilde', () => {
    assert.ok(DROPPED.length >= 100, `${DROPPED.length}`);
    for (const tilde of [0x7e, 0xff5e, 0x2053, 0x223c]) assert.ok(!DROPPED.includes(tilde));
  });

  for (const cp of DROPPED) {
    const sep = String.fromCodePoint(cp);
    it(`${hex(cp)} joins the groups of a number`, () => {
      const input = `+64 3 331${sep}6005`;
      assert.equal(ours(parsePhone(input)), '+6433316005');
      if (ORACLE_PUNCTUATION.has(cp)) assert.equal(oracle(input), '+6433316005');
    });
    it(`${hex(cp)} before a last group: as libphonenumber, or no number`, () => {
      const input = `03 3316005 ${sep} 123456789`;
      const got = ours(parsePhone(input, { defaultRegion: 'NZ' }));
      const expected = oracle(input, 'NZ');
      // A separator the oracle does not know makes it refuse the input; ringfence reads it as
      // the oracle reads a space (which joins the groups, however long that makes the number).
      const asSpace = oracle(input.replace(sep, ' '), 'NZ');
      assert.equal(got, ORACLE_PUNCTUATION.has(cp) ? expected : asSpace);
    });
  }
});

describe('tildes', () => {
  // ⁓ and ∼ are punctuation to libphonenumber, not labels: they join groups like a dash.
  for (const tilde of ['⁓', '∼', '~', '～']) {
    for (const input of [`+64 3 331${tilde}6005`, `03 3316005 ${tilde} 123456`]) {
      it(`${JSON.stringify(input)} as libphonenumber-js reads it`, () => {
        assert.equal(ours(parsePhone(input, { defaultRegion: 'NZ' })), oracle(input, 'NZ'));
      });
    }
  }
});

describe('extension labels', () => {
  const LABELS = [
    ' ~ ',
    ' ～ ',
    '~',
    ' x ',
    'x',
    ' X. ',
    ' ｘ ',
    '#',
    ' ＃',
    ' ext ',
    ' ext. ',
    ' ext: ',
    ' extn ',
    ' extension ',
    ' xtensión, ',
    ' extensión ',
    ' anexo ',
    ' доб. ',
    ' ｅｘｔ ',
    ' int ',
    ' int. ',
    ' ｉｎｔ ',
    ';ext=',
    ',,',
    ',',
    ' , ',
    ';',
    ' - ',
  ];
  for (const label of LABELS) {
    for (const [number, region] of [
      ['03 3316005', 'NZ'],
      ['+1 201 555 0123', undefined],
    ] as const) {
      const input = `${number}${label}123456${label === ' - ' ? '#' : ''}`;
      it(`${JSON.stringify(input)} as libphonenumber-js reads it`, () => {
        const got = ours(
          parsePhone(input, region === undefined ? undefined : { defaultRegion: region }),
        );
        assert.equal(got, oracle(input, region));
        assert.ok(!got.startsWith('+643331600512') && !got.startsWith('+1201555012312'), got);
      });
    }
  }
});
