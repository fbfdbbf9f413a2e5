/**
 * The WebAssembly reading of E.164 numbers (wasm/e164.ts, src/phone/fast-e164.ts) gives what the
 * engine gives: `ringfence phone --json` writes the same bytes as the TypeScript path, on every
 * kind of line and wherever the input is cut into chunks (src/cli/phone-fast.ts). The module is
 * built by `npm run build`, which `npm ci` runs: a missing module fails here rather than silently
 * leaving the slower path in place.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineFormatter } from '../src/cli/phone.js';
import {
  internationalPrefixTrie,
  nationalPrefixTrie,
  prefixLiterals,
} from '../src/phone/prefix-literals.js';
import { fastE164, fastE164Available } from '../src/phone/fast-e164.js';
import { defaultPhoneEngine } from '../src/phone/index.js';
import { PHONE_FORMATS, Rng, generateInputs } from './support/phone-corpus.js';

const engine = defaultPhoneEngine();
const reader = fastE164(engine);

/** Output of both paths on `text`, cut into chunks of whole lines of about `chunk` bytes. */
function both(text: string | Buffer, region = -1, chunk = 1 << 20): [string, string] {
  const data = typeof text === 'string' ? Buffer.from(text) : text;
  const run = (fast: boolean): string => {
    const format = lineFormatter(engine, region, true, { fast });
    const out: Buffer[] = [];
    for (let from = 0; from < data.length;) {
      let to = Math.min(data.length, from + chunk);
      if (to < data.length) {
        const newline = data.lastIndexOf(10, to - 1);
        to = newline >= from ? newline + 1 : data.indexOf(10, to) + 1 || data.length;
      }
      out.push(Buffer.from(format(data.subarray(from, to)) as Uint8Array));
      from = to;
    }
    return Buffer.concat(out).toString('utf8');
  };
  return [run(true), run(false)];
}

function assertSame(text: string | Buffer, region = -1, chunk?: number): void {
  const [fast, slow] = both(text, region, chunk);
  if (fast === slow) return;
  const a = fast.split('\n');
  const b = slow.split('\n');
  const i = a.findIndex((line, k) => line !== b[k]);
  assert.equal(a[i], b[i], `first difference on output line ${i + 1}`);
  assert.equal(fast, slow);
}

/**
 * parseRanges() over `fields` laid out as `;`-separated cells (the last at the very end of the
 * buffer), with the module and without: every array of the two batches equal.
 */
function assertSameRanges(fields: readonly string[], regions: Int32Array | null = null): void {
  const parts: Buffer[] = [];
  const starts = new Uint32Array(fields.length);
  const ends = new Uint32Array(fields.length);
  let at = 0;
  fields.forEach((field, i) => {
    const bytes = Buffer.from(field, 'latin1');
    const cell = Buffer.concat([Buffer.from(i === 0 ? '' : ';'), bytes]);
    starts[i] = at + cell.length - bytes.length;
    ends[i] = at + cell.length;
    parts.push(cell);
    at += cell.length;
  });
  const bytes = Buffer.concat(parts);
  const fast = engine.parseRanges(bytes, starts, ends, fields.length, regions, -1, reader);
  const slow = engine.parseRanges(bytes, starts, ends, fields.length, regions, -1, null);
  const arrays = [
    'status',
    'flags',
    'callingCode',
    'region',
    'type',
    'nsnLength',
    'nsnHigh',
    'nsnLow',
    'lineStart',
    'lineEnd',
  ] as const;
  for (const name of arrays) {
    const i = fast[name].findIndex((value, k) => value !== slow[name][k]);
    assert.equal(i, -1, `${name} differs on field ${i}: ${JSON.stringify(fields[i])}`);
  }
  assert.deepEqual([...fast.extensions], [...slow.extensions]);
}

describe('parseRanges in WebAssembly (ingest)', () => {
  it('reads E.164 fields of every region and kind as the engine does', () => {
    const fields = [...generateInputs({ seed: 17, count: 60_000, formats: ['e164'] })].map(
      (item) => item.input,
    );
    assertSameRanges(fields);
    // The module reads only fields with `+`: a region per field changes nothing for them, and
    // the others are the engine's.
    const rng = new Rng(2);
    const regions = Int32Array.from(fields, () =>
      rng.next() < 0.2 ? -1 : Math.floor(rng.next() * engine.regionIds.length),
    );
    assertSameRanges(fields, regions);
  });

  it('reads mixed formats, random digits after + and odd fields as the engine does', () => {
    const mixed = [...generateInputs({ seed: 5, count: 20_000, formats: [...PHONE_FORMATS] })].map(
      (item) => item.input,
    );
    assertSameRanges(mixed);
    const rng = new Rng(3);
    const random: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      const length = Math.floor(rng.next() * 36);
      let field = '+';
      for (let k = 0; k < length; k++) field += String(Math.floor(rng.next() * 10));
      random.push(field);
    }
    assertSameRanges(random);
    const odd = [
      '+447700900123',
      '+0447700900123',
      '+999123456789',
      '+4412',
      '+44770090012345678901',
      `+${'4'.repeat(32)}`,
      `+${'4'.repeat(33)}`,
      '+788005553535',
      '+37086123456',
      '+5491123456789',
      '+44 7700 900123',
      '+447700900123 ',
      ' +447700900123',
      '+447700900123x',
      '+44770090\\0123',
      '++447700900123',
      '',
      '+',
      '+\u0661\u0662\u0663',
      '+4477009001231234567890123456789', // 31 digits
    ];
    // Enough fields for the module (it reads 64 or more), the odd ones among them, then the
    // last field of the buffer an E.164 one (the module reads past its end).
    const fields = [...random.slice(0, 200), ...odd, ...random.slice(200, 300), '+447700900123'];
    assertSameRanges(fields);
    assertSameRanges([...odd, ...odd, ...odd, ...odd, '+4477009001']);
  });

  it('reads digits alone as the engine does: its guess without a region, the engine with one', () => {
    const rng = new Rng(29);
    const fields: string[] = [];
    const ccs = engine.metadata.callingCodes.map((cc) => String(cc.callingCode));
    for (let i = 0; i < 150_000; i++) {
      const length = Math.floor(rng.next() * 36);
      let digits = '';
      for (let k = 0; k < length; k++) digits += String(Math.floor(rng.next() * 10));
      const kind = rng.next();
      // A calling code in front, often after 00; some fields too short for one after it.
      if (kind < 0.5) digits = ccs[Math.floor(rng.next() * ccs.length)]! + digits.slice(0, 14);
      if (kind < 0.25 || kind > 0.95) digits = `00${digits}`;
      fields.push(digits);
    }
    fields.push('001', '0012', '00123', '000447700900123', '447700900123', '2015550123');
    assertSameRanges(fields);
    const regions = Int32Array.from(fields, () =>
      rng.next() < 0.5 ? -1 : Math.floor(rng.next() * engine.regionIds.length),
    );
    assertSameRanges(fields, regions);
  });

  it('reads national numbers, IDD and calling codes without + in their own region as the engine does', () => {
    const formats = ['national', 'idd', 'no-plus-with-region', 'no-plus'] as const;
    const items = [...generateInputs({ seed: 41, count: 60_000, formats: [...formats] })];
    // Digits alone, as dumps write them, each in its corpus region (none for some).
    const fields = items.map((item) => item.input.replace(/\D/g, ''));
    const regions = Int32Array.from(items, (item) =>
      item.defaultRegion === undefined ? -1 : engine.regionIndex(item.defaultRegion),
    );
    assert.ok(regions.filter((r) => r >= 0).length > 30_000);
    assertSameRanges(fields, regions);
    // As the corpus writes them: spaces and dashes (the module's), brackets and dots (the
    // engine's).
    assertSameRanges(
      items.map((item) => item.input),
      regions,
    );
    // The same digits in every region of a few calling codes that share a plan, and in others.
    const shared = ['US', 'CA', 'JM', 'GB', 'GG', 'IM', 'RU', 'KZ', 'FR', 'RE', 'IT', 'VA', 'AR'];
    const rng = new Rng(43);
    assertSameRanges(
      fields,
      Int32Array.from(fields, () =>
        engine.regionIndex(shared[Math.floor(rng.next() * shared.length)]),
      ),
    );
  });

  it('reads digit groups apart by spaces and dashes as the engine does, with + or a region', () => {
    const rng = new Rng(47);
    const fields: string[] = [];
    const ccs = engine.metadata.callingCodes.map((cc) => String(cc.callingCode));
    for (let i = 0; i < 100_000; i++) {
      let digits = rng.next() < 0.5 ? ccs[Math.floor(rng.next() * ccs.length)]! : '';
      const length = Math.floor(rng.next() * 16);
      for (let k = 0; k < length; k++) digits += String(Math.floor(rng.next() * 10));
      // Separators anywhere: between groups, doubled, first, last.
      let field = '';
      for (const d of digits) {
        const r = rng.next();
        field += r < 0.15 ? ' ' : r < 0.25 ? '-' : r < 0.27 ? '  ' : r < 0.28 ? '.' : '';
        field += d;
      }
      if (rng.next() < 0.05) field += rng.next() < 0.5 ? ' ' : '-';
      fields.push(rng.next() < 0.5 ? `+${field}` : field);
    }
    fields.push('+1 201 555 0123', '+44-7700-900123', '201 555 0123', '+ 44 7700 900123', '+4-4');
    // A pandas float column's ".0" is no digit to the engine: dots stay its to read.
    fields.push('+447700900123.0', '+44 7700 900123.0', '07700 900123.0', '447700900123.0');
    assertSameRanges(fields);
    const regions = Int32Array.from(fields, () =>
      rng.next() < 0.3 ? -1 : Math.floor(rng.next() * engine.regionIds.length),
    );
    assertSameRanges(fields, regions);
  });

  it('strips national prefixes after the calling code as the engine does', () => {
    const rng = new Rng(11);
    const fields: string[] = [];
    for (const cc of engine.metadata.callingCodes) {
      const region = engine.metadata.regions[cc.firstRegion]!;
      for (let i = 0; i < 60; i++) {
        const first = ((region.nationalPrefixFirstDigits >>> (i % 10)) & 1) === 1 ? i % 10 : 0;
        let digits = String(first);
        const length = 2 + Math.floor(rng.next() * 14);
        for (let k = 1; k < length; k++) digits += String(Math.floor(rng.next() * 10));
        fields.push(`+${cc.callingCode}${digits}`);
      }
    }
    assert.ok(fields.length > 10_000);
    assertSameRanges(fields);
    // The same digits without `+`: the guessed calling code, after 00 or not; and in the main
    // region of their calling code, where they start with it.
    assertSameRanges(fields.map((f) => f.slice(1)));
    assertSameRanges(fields.map((f) => `00${f.slice(1)}`));
    const mainRegions = Int32Array.from(fields, (f) => {
      const md = engine.metadata;
      for (let k = 1; k <= 3; k++) {
        const index = md.callingCodeIndex[Number(f.slice(1, 1 + k))] ?? -1;
        if (index >= 0) return md.callingCodes[index]!.firstRegion;
      }
      return -1;
    });
    assertSameRanges(
      fields.map((f) => f.slice(1)),
      mainRegions,
    );
  });
});

describe('phone --json fast path', () => {
  it('is built', () => {
    assert.equal(fastE164Available(), true, 'dist/wasm/e164.wasm: run `npm run build`');
  });

  it('writes what the TypeScript path writes for E.164 numbers of every region and kind', () => {
    const lines: string[] = [];
    for (const item of generateInputs({ seed: 17, count: 60_000, formats: ['e164'] }))
      lines.push(item.input);
    assertSame(`${lines.join('\n')}\n`);
  });

  it('writes what the TypeScript path writes for mixed formats, with and without a region', () => {
    const lines: string[] = [];
    for (const item of generateInputs({ seed: 5, count: 20_000, formats: [...PHONE_FORMATS] }))
      lines.push(item.input.replace(/\n/g, ' '));
    const text = `${lines.join('\n')}\n`;
    assertSame(text);
    assertSame(text, engine.regionIndex('GB'));
    assertSame(text, engine.regionIndex('US'), 4096);
  });

  it('writes what the TypeScript path writes for random digit strings after +', () => {
    const rng = new Rng(3);
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      const length = 1 + Math.floor(rng.next() * 36);
      let line = '+';
      for (let k = 0; k < length; k++) line += String(Math.floor(rng.next() * 10));
      lines.push(line);
    }
    assertSame(`${lines.join('\n')}\n`);
  });

  it('keeps line ends, prefixes, errors and odd bytes as the TypeScript path does', () => {
    const cases = [
      '+447700900123', // plain
      '+447700900123\r', // CRLF
      '+447700900123\r\r', // two CRs: not E.164
      '', // empty line
      '+',
      '+1',
      '+12',
      '+123',
      '+0447700900123', // INVALID_COUNTRY
      '+999123456789', // unassigned calling code
      '+4412', // too short
      '+44770090012345678901', // too long
      `+${'4'.repeat(32)}`,
      `+${'4'.repeat(33)}`,
      '+78005553535', // RU, prefix 8 is not stripped from 800
      '+788005553535', // RU national prefix 8 after the calling code
      '+37086123456', // LT: prefix by regular expression
      '+61183112345678', // AU: carrier code by regular expression
      '+61412345678',
      '+5491123456789', // AR: transform rule
      '+12015550123',
      '+18005550199',
      '+1 201 555 0123',
      '+44 7700 900123 ext. 12',
      '00447700900123',
      '07700 900123',
      '"+447700900123"',
      '+44770090012\\3',
      '+4477009\u0001',
      Buffer.from([0x2b, 0x34, 0x34, 0xff, 0xfe]).toString('latin1'),
      '+٤٤٧٧٠٠٩٠٠١٢٣',
      '1-800-FLOWERS',
    ];
    const text = `${cases.join('\n')}\n`;
    for (const region of [-1, engine.regionIndex('GB'), engine.regionIndex('LT')]) {
      assertSame(text, region);
      assertSame(text.slice(0, -1), region); // no newline at the end
      assertSame(text, region, 1); // one line per chunk
    }
    // Invalid UTF-8 must reach both paths as the same bytes.
    assertSame(
      Buffer.concat([Buffer.from('+447700900123\n'), Buffer.from([0x2b, 0xc3, 0x28, 10])]),
    );
  });

  it('strips national prefixes given as expressions as the engine does', () => {
    // Numbers after the calling code of each region whose rule is an expression, starting with
    // the digits its prefixes start with, so that the rule and its checks run.
    const rng = new Rng(11);
    const lines: string[] = [];
    const md = engine.metadata;
    for (const cc of md.callingCodes) {
      const region = md.regions[cc.firstRegion]!;
      if (region.nationalPrefixPattern === null && region.nationalPrefixLiterals === null) continue;
      for (let i = 0; i < 400; i++) {
        let digits = '';
        const first = Math.floor(rng.next() * 10);
        if (((region.nationalPrefixFirstDigits >>> first) & 1) === 0 && i % 4 !== 0) continue;
        digits += String(first);
        const length = 2 + Math.floor(rng.next() * 14);
        for (let k = 1; k < length; k++) digits += String(Math.floor(rng.next() * 10));
        lines.push(`+${cc.callingCode}${digits}`);
      }
    }
    assert.ok(lines.length > 10_000);
    assertSame(`${lines.join('\n')}\n`);
  });

  it('lists the prefixes of a rule in the order its expression tries them, and its trie finds the same', () => {
    const rng = new Rng(23);
    let checked = 0;
    for (const region of engine.metadata.regions) {
      for (const [pattern, trie] of [
        [region.nationalPrefixPattern, nationalPrefixTrie(region)],
        [region.internationalPrefix, internationalPrefixTrie(region)],
      ] as const) {
        if (pattern === null) continue;
        const prefixes = prefixLiterals(pattern.source.slice(4, -1), 4096);
        if (prefixes === null) {
          assert.match(
            pattern.source,
            /\$|\{/,
            `${region.id}: only $ or {n} rules stay unexpanded`,
          );
          continue;
        }
        for (let i = 0; i < 1000; i++) {
          // Digits that start like one of the prefixes, then random ones.
          const like: string = prefixes[Math.floor(rng.next() * prefixes.length)]!;
          let digits: string = like.slice(0, Math.floor(rng.next() * (like.length + 1)));
          while (digits.length < 12) digits += String(Math.floor(rng.next() * 10));
          const match: RegExpExecArray | null = pattern.exec(digits);
          const expected: string | null = match === null ? null : match[0];
          const found: string | null = prefixes.find((p) => digits.startsWith(p)) ?? null;
          assert.equal(found, expected, `${region.id} ${pattern.source} on ${digits}`);
          // The trie (what the engine and the module walk), where the rule only strips.
          if (trie !== null) {
            const values = Uint8Array.from(digits, (c) => c.charCodeAt(0) - 48);
            const size = trie.match(values, 0, values.length);
            assert.equal(
              size,
              expected === null ? -1 : expected.length,
              `${region.id} trie on ${digits}`,
            );
          }
          checked++;
        }
      }
    }
    assert.ok(checked >= 200_000, `${checked} checks`);
    assert.deepEqual(prefixLiterals('0|80?', 10), ['0', '80', '8']);
    assert.deepEqual(prefixLiterals('0([3579]|4(?:[14]4|56))?', 10)?.at(-1), '0');
    assert.equal(prefixLiterals('(1(?:[12]\\d|79)\\d\\d)|0', 100), null); // past the limit
    assert.equal(prefixLiterals('([24-9]\\d{6})$|0', 4096), null);
  });

  it('grows its output for records far longer than their input', () => {
    // Control characters are written as \u00XX: six bytes of output per byte of input.
    const long = '\u0001'.repeat(200_000);
    const text = `+447700900123\n${long}\n+447700900124\n${long}\n+12015550123\n`;
    assertSame(text);
    assertSame('+447700900123\n'.repeat(50_000));
  });
});
