/**
 * Conformance of the phone engine with libphonenumber-js (max metadata), the oracle: a seeded
 * corpus of random and perturbed numbers for every region and number type, in every input
 * format (see support/phone-corpus.ts: clean formats, numbers inside text, extensions in every
 * form libphonenumber reads, vanity numbers), compared on e164, region, type, validity and
 * extension; and running text with several numbers, dates and look-alikes, in which
 * findPhoneNumbers must find what libphonenumber-js's findPhoneNumbersInText finds.
 *
 * RINGFENCE_CONFORMANCE_N sets the number of inputs (default 1,000,000; about a minute on one
 * core, most of it in the oracle) and RINGFENCE_CONFORMANCE_SEED the seed. The summary (agreement
 * per format and field, disagreement classes with examples) goes to stdout as markdown; the
 * full, pasteable version comes from scripts/phone-conformance-report.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import { findPhoneNumbers, parsePhone } from '../src/phone/index.js';
import type { Leniency, PhoneParseResult } from '../src/phone/index.js';
import {
  ASSERTED_FIELDS,
  ConformanceTally,
  NATIONAL_IMPOSSIBLE_READ_WITHOUT_PLUS,
  type Field,
  PHONE_FORMATS,
  generateCorpus,
  generateTexts,
  oracle,
  safeParse,
  type PhoneFormat,
} from './support/phone-corpus.js';

const N = Number(process.env.RINGFENCE_CONFORMANCE_N ?? 1_000_000);
const SEED = Number(process.env.RINGFENCE_CONFORMANCE_SEED ?? 20240601);

/**
 * Disagreements that are decisions, each written down in docs/phone-conformance.md with its
 * reason. Keys are the tally's (support/phone-corpus.ts, firstDisagreement): a class that is not
 * listed here counts against the floors below, even in a listed format.
 */
const DOCUMENTED: readonly {
  readonly formats: readonly PhoneFormat[];
  readonly field: Field;
  readonly key: string;
}[] = [
  // Digits without `+` or region whose calling-code reading has an impossible length: no guess.
  { formats: ['no-plus', 'excel'], field: 'outcome', key: 'ok (impossible) → INVALID_COUNTRY' },
  // A dump's country column is a default: a national number of impossible length there that is
  // valid with its own calling code is read that way, marked guessed.
  {
    formats: [
      'national',
      'national-punctuated',
      'no-plus-with-region',
      'text-national',
      'ext-forms',
    ],
    field: 'e164',
    key: NATIONAL_IMPOSSIBLE_READ_WITHOUT_PLUS,
  },
];

/**
 * Lowest share of a format's inputs that agree with the oracle on every field or fall in a
 * documented class. E.164 input must moreover agree exactly, documented or not.
 */
const FLOORS: Readonly<Record<PhoneFormat, number>> = {
  ...(Object.fromEntries(PHONE_FORMATS.map((f) => [f, 0.9995])) as Record<PhoneFormat, number>),
  e164: 1,
  'excel-truncated': 1,
};

function documentedCount(tally: ConformanceTally, format: PhoneFormat): number {
  let n = 0;
  for (const c of tally.classes.values()) {
    if (
      c.format === format &&
      DOCUMENTED.some((d) => d.formats.includes(format) && d.field === c.field && d.key === c.key)
    ) {
      n += c.count;
    }
  }
  return n;
}

interface HandCase {
  readonly input: string;
  readonly defaultRegion?: string;
  readonly expected: Partial<Record<keyof PhoneParseResult | 'code', unknown>> &
    Record<string, unknown>;
  /** The oracle reads this input: check the literal expectation against it too. */
  readonly oracle?: boolean;
}

const GB_MOBILE = {
  e164: '+447400123456',
  region: 'GB',
  type: 'MOBILE',
  valid: true,
  possible: true,
};
const US_NUMBER = {
  e164: '+12015550123',
  region: 'US',
  type: 'FIXED_LINE_OR_MOBILE',
  valid: true,
  possible: true,
};

const HAND_CASES: readonly HandCase[] = [
  {
    input: '+44 7400 123456',
    expected: { ...GB_MOBILE, reading: 'plus', guessed: false },
    oracle: true,
  },
  // 07700 900xxx is an Ofcom drama range: possible length, no type, so invalid and regionless.
  {
    input: '+44 7700 900123',
    expected: { e164: '+447700900123', region: null, type: null, valid: false, possible: true },
    oracle: true,
  },
  { input: '447400123456', expected: { ...GB_MOBILE, reading: 'no-plus', guessed: true } },
  {
    input: '0044 7400 123456',
    defaultRegion: 'GB',
    expected: { ...GB_MOBILE, reading: 'idd', guessed: false },
    oracle: true,
  },
  {
    input: '011 44 7400 123456',
    defaultRegion: 'US',
    expected: { ...GB_MOBILE, reading: 'idd', guessed: false },
    oracle: true,
  },
  {
    input: '07400 123456',
    defaultRegion: 'GB',
    expected: { ...GB_MOBILE, reading: 'national', guessed: false },
    oracle: true,
  },
  {
    input: 'tel:+1-201-555-0123;ext=1234',
    expected: { ...US_NUMBER, extension: '1234', reading: 'plus' },
    oracle: true,
  },
  { input: '+1 201 555 0123 ext. 123', expected: { ...US_NUMBER, extension: '123' }, oracle: true },
  { input: '+1 201 555 0123 x123', expected: { ...US_NUMBER, extension: '123' }, oracle: true },
  { input: '+1 201 555 0123#123', expected: { ...US_NUMBER, extension: '123' }, oracle: true },
  { input: '+٤٤٧٤٠٠١٢٣٤٥٦', expected: { ...GB_MOBILE, reading: 'plus' }, oracle: true },
  { input: '+۴۴۷۴۰۰۱۲۳۴۵۶', expected: { ...GB_MOBILE, reading: 'plus' }, oracle: true },
  { input: '＋４４７４００１２３４５６', expected: { ...GB_MOBILE, reading: 'plus' } },
  { input: '+४४७४००१२३४५६', expected: { ...GB_MOBILE, reading: 'plus' } },
  { input: '4.47400123456E+11', expected: { ...GB_MOBILE } },
  { input: '4.474E+11', expected: { ok: false, code: 'EXCEL_PRECISION_LOST' } },
  {
    input: '+800 1234 5678',
    expected: { e164: '+80012345678', region: '001', type: 'TOLL_FREE', valid: true },
    oracle: true,
  },
  { input: 'hello', expected: { ok: false, code: 'NOT_A_NUMBER' }, oracle: true },
  { input: '+1 2', expected: { ok: false, code: 'TOO_SHORT' }, oracle: true },
  { input: '+999 123456', expected: { ok: false, code: 'INVALID_COUNTRY' }, oracle: true },
];

function pick(result: PhoneParseResult, keys: readonly string[]): Record<string, unknown> {
  const flat: Record<string, unknown> = result.ok
    ? { ...result }
    : { ok: false, code: result.error.code };
  return Object.fromEntries(keys.map((k) => [k, flat[k]]));
}

test('hand-written cases', async (t) => {
  for (const c of HAND_CASES) {
    const label = `${c.input}${c.defaultRegion === undefined ? '' : ` [${c.defaultRegion}]`}`;
    await t.test(label, () => {
      const options =
        c.defaultRegion === undefined ? undefined : { defaultRegion: c.defaultRegion };
      const keys = Object.keys(c.expected);
      assert.deepEqual(pick(parsePhone(c.input, options), keys), c.expected);
      if (c.oracle === true) {
        const o = oracle(c.input, c.defaultRegion).expected;
        const flat: Record<string, unknown> = o.ok ? { ...o } : { ok: false, code: o.code };
        for (const k of [
          'ok',
          'code',
          'e164',
          'region',
          'type',
          'valid',
          'possible',
          'extension',
        ]) {
          if (k in c.expected) assert.equal(flat[k], c.expected[k], `oracle disagrees on ${k}`);
        }
      }
    });
  }
});

test(
  `conformance with libphonenumber-js on ${N.toLocaleString('en-US')} inputs`,
  { timeout: 15 * 60_000 },
  () => {
    const tally = new ConformanceTally();
    const started = performance.now();
    for (const item of generateCorpus({ seed: SEED, count: N })) {
      tally.add(item, safeParse(parsePhone, item));
    }
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `\n## Phone conformance (seed ${SEED}, ${seconds.toFixed(1)} s)\n\n${tally.toMarkdown({ maxClasses: 80 })}\n\n`,
    );

    assert.ok(tally.total >= Math.min(N, 1_000_000), `only ${tally.total} inputs generated`);
    for (const field of ASSERTED_FIELDS) {
      assert.equal(tally.rate('e164', field), 1, `E.164 input must agree exactly on ${field}`);
    }
    const below: string[] = [];
    for (const [format, stats] of tally.formats) {
      const rate = (stats.exact + documentedCount(tally, format)) / stats.items;
      if (rate < FLOORS[format])
        below.push(`${format}: ${(rate * 100).toFixed(3)}% < ${FLOORS[format] * 100}%`);
    }
    assert.deepEqual(below, [], 'formats below their floor (agreement + documented classes)');
  },
);

/**
 * findPhoneNumbers against libphonenumber-js's findPhoneNumbersInText on running text (one text
 * per 50 corpus inputs): the same numbers at the same spans, with the same E.164 and extension,
 * under both leniencies. No disagreement is documented: the floor is exact agreement.
 */
test('findPhoneNumbers agrees with findPhoneNumbersInText on running text', () => {
  const count = Math.max(200, Math.floor(N / 50));
  const disagreements: string[] = [];
  let texts = 0;
  let found = 0;
  for (const item of generateTexts({ seed: SEED, count })) {
    for (const leniency of ['VALID', 'POSSIBLE'] as const satisfies readonly Leniency[]) {
      const ours = findPhoneNumbers(item.text, { defaultRegion: item.defaultRegion, leniency }).map(
        (f) => `${f.start}-${f.end} ${f.e164}${f.extension === null ? '' : ` ext ${f.extension}`}`,
      );
      const theirs = findPhoneNumbersInText(item.text, {
        defaultCountry: item.defaultRegion as CountryCode | undefined,
        // Its typings have no `leniency`; `extended` is how they spell POSSIBLE.
        extended: leniency === 'POSSIBLE',
      }).map(
        (f) =>
          `${f.startsAt}-${f.endsAt} ${f.number.number}${f.number.ext === undefined ? '' : ` ext ${f.number.ext}`}`,
      );
      found += theirs.length;
      if (JSON.stringify(ours) !== JSON.stringify(theirs) && disagreements.length < 20) {
        disagreements.push(
          `${JSON.stringify(item.text)} [${item.defaultRegion ?? '-'}, ${leniency}]: ringfence ${JSON.stringify(ours)}, libphonenumber-js ${JSON.stringify(theirs)}`,
        );
      }
    }
    texts++;
  }
  process.stdout.write(
    `\nfindPhoneNumbers: ${texts} texts, ${found} numbers found by the oracle\n`,
  );
  assert.deepEqual(disagreements, []);
});
