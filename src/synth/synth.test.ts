import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { isRingfenceError } from '../errors.js';
import { defaultPhoneEngine, type PhoneParseResult } from '../phone/index.js';
import { FACEBOOK_2021 } from './synth-profiles.js';
import {
  SYNTH_COLUMNS,
  SynthGenerator,
  synthesise,
  type SynthOptions,
  type SynthSummary,
} from './synth.js';

async function generate(options: SynthOptions): Promise<{ text: string; summary: SynthSummary }> {
  const chunks: Uint8Array[] = [];
  const summary = await synthesise(options, (chunk) => {
    chunks.push(chunk);
  });
  return { text: Buffer.concat(chunks).toString('utf8'), summary };
}

/** RFC 4180 fields of one line; a quote inside an unquoted field is kept as text. */
function splitCsv(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new Error(`unterminated quote: ${line}`);
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      fields.push(value);
    } else {
      const comma = line.indexOf(',', i);
      fields.push(line.slice(i, comma < 0 ? line.length : comma));
      i = comma < 0 ? line.length : comma;
    }
    if (i >= line.length) return fields;
    i++; // the comma
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const engine = defaultPhoneEngine();

function engineValid(result: PhoneParseResult, region: string): boolean {
  return result.ok && result.valid && result.region === region;
}

describe('synthesise', () => {
  it('is reproducible: same seed and rows, same bytes, whatever the chunk size', async () => {
    const a = await generate({ profile: 'facebook-2021', rows: 20_000, seed: 'demo' });
    const b = await generate({
      profile: 'facebook-2021',
      rows: 20_000,
      seed: 'demo',
      chunkBytes: 4096,
    });
    const c = await generate({ profile: 'facebook-2021', rows: 20_000, seed: 'other' });
    assert.equal(sha256(a.text), sha256(b.text));
    assert.deepEqual(a.summary, b.summary);
    assert.notEqual(sha256(a.text), sha256(c.text));
    // A number seed and its string are the same seed (the CLI passes strings).
    const d = await generate({ profile: 'facebook-2021', rows: 1000, seed: 7 });
    const e = await generate({ profile: 'facebook-2021', rows: 1000, seed: '7' });
    assert.equal(d.text, e.text);
  });

  it('streams chunks no larger than asked', async () => {
    const sizes: number[] = [];
    await synthesise({ profile: 'facebook-2021', rows: 5000, seed: 1, chunkBytes: 8192 }, (c) => {
      sizes.push(c.length);
    });
    assert.ok(sizes.length > 10);
    assert.ok(sizes.every((size) => size > 0 && size <= 8192));
  });

  it('writes the header and no rows for rows = 0', async () => {
    const { text, summary } = await generate({ profile: 'facebook-2021', rows: 0, seed: 1 });
    assert.equal(text, `${SYNTH_COLUMNS.join(',')}\n`);
    assert.equal(summary.rows, 0);
    assert.equal(summary.uniqueNumbers, 0);
  });

  it('rejects an unknown profile and a bad row count with USAGE', () => {
    for (const options of [
      { profile: 'myspace-2008', rows: 10, seed: 1 },
      { profile: 'facebook-2021', rows: -1, seed: 1 },
      { profile: 'facebook-2021', rows: 1.5, seed: 1 },
      { profile: 'facebook-2021', rows: 2e9, seed: 1 },
      { profile: 'facebook-2021', rows: 10, seed: 1, junkRate: 2 },
    ]) {
      assert.throws(
        () => new SynthGenerator(options as SynthOptions),
        (error) => isRingfenceError(error, 'USAGE'),
      );
    }
  });
});

describe('synthesise: 200,000 rows against the phone engine and libphonenumber-js', () => {
  const ROWS = 200_000;
  let text = '';
  let summary: SynthSummary;
  let lines: string[] = [];
  let rows: string[][] = [];

  before(async () => {
    ({ text, summary } = await generate({ profile: 'facebook-2021', rows: ROWS, seed: 'tests' }));
    lines = text.split('\n');
    rows = lines.slice(1, -1).map(splitCsv);
  });

  it('has the header, one line per row and the expected columns', () => {
    assert.equal(lines[0], SYNTH_COLUMNS.join(','));
    assert.equal(lines.at(-1), '');
    assert.equal(rows.length, ROWS);
    assert.equal(summary.rows, ROWS);
    assert.equal(summary.bytes, Buffer.byteLength(text));
    let ragged = 0;
    for (const fields of rows) {
      if (fields.length < SYNTH_COLUMNS.length) ragged++;
      assert.ok(fields.length >= 6 && fields.length <= SYNTH_COLUMNS.length, fields.join('|'));
    }
    assert.equal(ragged, summary.raggedRows);
    assert.ok(ragged > 0);
    const quoted = rows.filter((f) => f[6]?.includes(',')).length;
    assert.ok(quoted > ROWS * 0.2, `${quoted} quoted cities`);
  });

  it('keeps rows short: 60 to 80 bytes on average', () => {
    const perRow = summary.bytes / ROWS;
    assert.ok(perRow >= 60 && perRow <= 80, `${perRow} bytes per row`);
  });

  it('follows the per-country mix of the profile', () => {
    const total = FACEBOOK_2021.countries.reduce((sum, c) => sum + c.count, 0);
    const observed = new Map(summary.regions.map((r) => [r.region, r.rows]));
    const n = summary.validRows;
    for (const country of FACEBOOK_2021.countries) {
      const p = country.count / total;
      const share = (observed.get(country.region) ?? 0) / n;
      const tolerance = 5 * Math.sqrt((p * (1 - p)) / n) + 1e-4;
      assert.ok(
        Math.abs(share - p) <= tolerance,
        `${country.region}: ${share.toFixed(5)} vs ${p.toFixed(5)}`,
      );
    }
    assert.equal(summary.regions[0]?.region, 'EG');
  });

  it('has about 1% junk rows and 2% duplicates', () => {
    assert.equal(summary.junkRows + summary.validRows, ROWS);
    assert.ok(Math.abs(summary.junkRows / ROWS - 0.01) < 0.0015, `${summary.junkRows} junk`);
    assert.ok(Math.abs(summary.duplicateRows / ROWS - 0.02) < 0.002, `${summary.duplicateRows}`);
  });

  it('matches its ground truth: valid numbers, unique counts, per region and per format', () => {
    const unique = new Set<string>();
    const regionRows = new Map<string, number>();
    const regionUnique = new Map<string, Set<string>>();
    const readings = { plus: 0, idd: 0, national: 0, 'no-plus': 0 };
    let valid = 0;
    for (const fields of rows) {
      const [phone = '', , , , , country = ''] = fields;
      const result = engine.parse(phone, country === '' ? undefined : { defaultRegion: country });
      if (!result.ok || !result.valid) continue;
      if (country !== '') assert.equal(result.region, country, `${phone} in ${country}`);
      valid++;
      unique.add(result.e164);
      readings[result.reading]++;
      const region = result.region!;
      regionRows.set(region, (regionRows.get(region) ?? 0) + 1);
      let set = regionUnique.get(region);
      if (set === undefined) regionUnique.set(region, (set = new Set()));
      set.add(result.e164);
    }
    assert.ok(valid >= summary.validRows * 0.99, `${valid} of ${summary.validRows} valid`);
    assert.equal(valid, summary.validRows, 'junk rows are never valid, the others always are');
    assert.equal(unique.size, summary.uniqueNumbers);
    for (const r of summary.regions) {
      assert.equal(regionRows.get(r.region), r.rows, r.region);
      assert.equal(regionUnique.get(r.region)?.size, r.unique, r.region);
    }
    const f = summary.formats;
    assert.equal(readings.plus, f.e164 + f.international);
    assert.equal(readings.idd, f.idd);
    // The engine reads `20 100...` with region EG as national when the digits fit both ways.
    assert.equal(readings['no-plus'] + readings.national, f.noPlus + f.national);
    assert.ok(f.national > ROWS * 0.05 && f.idd > 0 && f.international > 0 && f.noPlus > 0);
  });

  it('writes national numbers that resolve with the row country, not without it', () => {
    const countries = new Map(FACEBOOK_2021.countries.map((c) => [c.region, c]));
    let national = 0;
    let nanp = 0; // trunk prefix 1 = calling code 1: national and no-plus spellings coincide
    for (const fields of rows) {
      const [phone = '', , , , , country = ''] = fields;
      if (country === '') continue;
      const result = engine.parse(phone, { defaultRegion: country });
      if (!engineValid(result, country) || !result.ok) continue; // junk
      const plan = countries.get(country)!;
      if (phone !== plan.trunk + result.nationalNumber) continue;
      if (plan.trunk === plan.callingCode) {
        nanp++;
        continue;
      }
      national++;
      if (phone.startsWith('0')) {
        const alone = engine.parse(phone);
        assert.ok(!alone.ok || alone.e164 !== result.e164, phone);
      }
    }
    const f = summary.formats;
    assert.ok(national > ROWS * 0.05, `${national}`);
    assert.ok(national <= f.national && f.national <= national + nanp, `${national} ${nanp}`);
  });

  it('is at least 99% valid for libphonenumber-js with the row country', () => {
    let numbers = 0;
    let valid = 0;
    for (const fields of rows) {
      const [phone = '', , , , , country = ''] = fields;
      const parsed = engine.parse(phone, country === '' ? undefined : { defaultRegion: country });
      if (!parsed.ok || !parsed.valid) continue; // junk
      numbers++;
      const oracle = parsePhoneNumberFromString(
        phone,
        country === '' ? undefined : (country as CountryCode),
      );
      if (oracle?.isValid() && (country === '' || oracle.country === country)) valid++;
    }
    assert.equal(numbers, summary.validRows);
    assert.ok(valid >= numbers * 0.99, `${valid} of ${numbers}`);
  });

  it('writes no valid number in junk rows', () => {
    let invalid = 0;
    for (const fields of rows) {
      const [phone = '', , , , , country = ''] = fields;
      const result = engine.parse(phone, country === '' ? undefined : { defaultRegion: country });
      if (!result.ok || !result.valid) invalid++;
    }
    assert.equal(invalid, summary.junkRows);
  });
});

describe('facebook-2021 profile', () => {
  it('has the widely published figures and 106 countries', () => {
    const byRegion = new Map(FACEBOOK_2021.countries.map((c) => [c.region, c]));
    assert.equal(byRegion.size, 106);
    assert.equal(byRegion.get('EG')?.count, 44_833_547);
    assert.equal(byRegion.get('IT')?.count, 35_677_377);
    assert.equal(byRegion.get('US')?.count, 32_315_282);
    assert.equal(byRegion.get('SA')?.count, 28_804_686);
    assert.equal(byRegion.get('GB')?.count, 11_522_327);
    assert.equal(byRegion.get('EG')?.tier, 'published');
  });

  it('has no valid number of 1 to 3 digits in any region (junk rows rely on it)', () => {
    for (const c of FACEBOOK_2021.countries) {
      for (let n = 0; n < 1110; n++) {
        const digits =
          n < 10
            ? String(n)
            : n < 110
              ? String(n - 10).padStart(2, '0')
              : String(n - 110).padStart(3, '0');
        for (const input of [digits, `${digits.slice(0, 2)}"${digits.slice(2)}`]) {
          const result = engine.parse(input, { defaultRegion: c.region });
          assert.ok(!result.ok || !result.valid, `${input} in ${c.region}`);
        }
      }
    }
  });

  it('has number blocks that are valid for the engine and libphonenumber-js, in every spelling', () => {
    let state = 12345;
    const digit = (): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 16) % 10;
    };
    const failures: string[] = [];
    for (const c of FACEBOOK_2021.countries) {
      for (const [kind, templates] of [
        ['mobile', c.mobile],
        ['fixed', c.fixed],
      ] as const) {
        const seen: string[] = [];
        for (const template of templates.split(' ').filter(Boolean)) {
          const [prefix = '', free = '', formats = ''] = template.split(':');
          const length = prefix.length + Number(free);
          for (const other of seen) {
            const [p = '', l = ''] = other.split('|');
            if (Number(l) === length) {
              assert.ok(!prefix.startsWith(p) && !p.startsWith(prefix), `${c.region} ${template}`);
            }
          }
          seen.push(`${prefix}|${length}`);
          const samples = ['0'.repeat(Number(free)), '9'.repeat(Number(free))];
          for (let i = 0; i < 6; i++) {
            samples.push(Array.from({ length: Number(free) }, digit).join(''));
          }
          for (const rest of samples) {
            const nsn = prefix + rest;
            const e164 = `+${c.callingCode}${nsn}`;
            const spellings = [e164];
            if (Number(formats) & 1) spellings.push(c.trunk + nsn);
            if (Number(formats) & 2) spellings.push(c.callingCode + nsn);
            if (Number(formats) & 4 && c.idd !== '') spellings.push(c.idd + c.callingCode + nsn);
            for (const spelling of spellings) {
              const result = engine.parse(spelling, { defaultRegion: c.region });
              const type = result.ok ? result.type : null;
              const typeOk =
                kind === 'mobile'
                  ? type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE'
                  : type === 'FIXED_LINE';
              const oracle = parsePhoneNumberFromString(spelling, c.region as CountryCode);
              if (
                !engineValid(result, c.region) ||
                !result.ok ||
                result.e164 !== e164 ||
                !typeOk ||
                !oracle?.isValid() ||
                oracle.country !== c.region ||
                oracle.number !== e164
              ) {
                failures.push(`${c.region} ${kind} ${template}: ${spelling}`);
              }
            }
          }
        }
      }
    }
    assert.deepEqual(failures.slice(0, 20), []);
  });
});
