import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RegionMapper } from '../countries/index.js';
import { defaultPhoneEngine } from '../phone/index.js';
import { Normaliser, type ChunkResult } from './chunk.js';
import { REJECT_CODES, type Dialect } from './dialect.js';
import {
  JsonArrayLines,
  describeJsonArray,
  isJsonArray,
  jsonArrayLines,
  sniffSample,
} from './json-array.js';
import { MAX_RECORD_BYTES } from './records.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const bytes = (text: string): Uint8Array => encoder.encode(text);

/** The JSON Lines of `input` pushed in pieces cut at `cuts` (byte offsets, ascending). */
function read(input: Uint8Array | string, cuts: readonly number[] = [], maxLineBytes?: number) {
  const all = typeof input === 'string' ? bytes(input) : input;
  const reader = new JsonArrayLines(maxLineBytes);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...cuts, all.length]) {
    const piece = reader.push(all.subarray(from, cut));
    if (piece !== null) out.push(Uint8Array.prototype.slice.call(piece));
    from = cut;
  }
  const last = reader.end();
  if (last !== null) out.push(last);
  return { text: decoder.decode(Buffer.concat(out)), counts: reader.counts() };
}

async function* chunked(all: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  await Promise.resolve();
  for (let i = 0; i < all.length; i += size) yield all.subarray(i, i + size);
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const chunk of chunks) out.push(Uint8Array.prototype.slice.call(chunk));
  return out;
}

// Strings holding every byte the machine looks at, nested values, unicode, escapes.
const TRICKY = [
  { phone: '+447400123451', name: 'Ann {"x": [1, 2]}', note: 'a]b}c[d{e' },
  { phone: '+447400123452', name: 'Bob \\"quoted\\" \\', tags: ['a,b', { deep: [[], {}] }] },
  { phone: '+447400123453', name: 'Zoë 名前 😀', escaped: '\n\r\t\u2028\\', empty: '' },
  { phone: '+447400123454', nested: { a: { b: { c: '}' } } }, n: -1.5e3, ok: true, no: null },
];

describe('JSON array to JSON Lines', () => {
  it('gives one line per element, the bytes of each kept', () => {
    const input = JSON.stringify(TRICKY);
    const { text, counts } = read(input);
    assert.equal(text, TRICKY.map((o) => JSON.stringify(o) + '\n').join(''));
    assert.deepEqual(counts, { elements: 4, closed: true, trailing: false });
  });

  it('puts a pretty-printed object on one line, newlines and indentation as spaces', () => {
    const input = JSON.stringify(TRICKY, null, 2).replace(/\n/g, '\r\n');
    const { text } = read(input);
    const lines = text.split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, 4);
    lines.forEach((line, i) => {
      assert.doesNotMatch(line, /[\r\n]/);
      assert.deepEqual(JSON.parse(line), TRICKY[i]);
    });
    // Bytes kept: only CR and LF became spaces (two for CRLF), indentation as it was.
    assert.equal(
      lines[0],
      JSON.stringify(TRICKY[0], null, 2)
        .replace(/\n/g, '\r\n  ')
        .replace(/[\r\n]/g, ' '),
    );
    assert.equal(
      read('[\n  {\n    "phone": "+447400123451",\n    "name": "Ann"\n  }\n]\n').text,
      '{     "phone": "+447400123451",     "name": "Ann"   }\n',
    );
  });

  it('reads the same whatever the chunk boundaries', () => {
    for (const input of [
      JSON.stringify(TRICKY),
      JSON.stringify(TRICKY.slice(0, 2), null, '\t'),
      '[ 12 , -3.5e2,"s\\"]",[1,[2]] ,{"a":"\\\\"}, true,null ]  ',
    ]) {
      const all = bytes(input);
      const whole = read(all);
      for (let a = 0; a <= all.length; a++) {
        assert.deepEqual(read(all, [a]), whole, `cut at ${a}`);
        // Two cuts: every pair would be slow for the long inputs; a stride covers the pairs.
        for (let b = a; b <= all.length; b += 7) assert.deepEqual(read(all, [a, b]), whole);
      }
      const everyByte = Array.from({ length: all.length }, (_, i) => i);
      assert.deepEqual(read(all, everyByte), whole);
    }
  });

  it('drops whitespace and newlines between elements', () => {
    const input = ' \r\n[\r\n\r\n {"a":1}\t,\n\n  {"b":\n2}\r\n,{"c":3}\n\n]\r\n \n';
    assert.deepEqual(read(input), {
      text: '{"a":1}\n{"b": 2}\n{"c":3}\n',
      counts: { elements: 3, closed: true, trailing: false },
    });
  });

  it('gives one line to each element that is not an object', () => {
    const input =
      '[1, -2.5e3, "a,b\\"]", ["x", {"y": [1]}], true, null, {"phone": "+447400123451"}]';
    assert.equal(
      read(input).text,
      '1\n-2.5e3\n"a,b\\"]"\n["x", {"y": [1]}]\ntrue\nnull\n{"phone": "+447400123451"}\n',
    );
    // A word ends where another value starts; missing commas are forgiven.
    assert.equal(read('[1"a"{"b":2}{"c":3} [4]tru]').text, '1\n"a"\n{"b":2}\n{"c":3}\n[4]\ntru\n');
  });

  it('ends a file cut inside an element with the partial element', () => {
    assert.deepEqual(read('[{"phone":"+447400123451"},\n {"phone":"+4474'), {
      text: '{"phone":"+447400123451"}\n{"phone":"+4474\n',
      counts: { elements: 2, closed: false, trailing: false },
    });
    // Cut inside an escape, a word, between elements: never a crash.
    assert.equal(read('[{"a":"\\').text, '{"a":"\\\n');
    assert.equal(read('[12').text, '12\n');
    assert.deepEqual(read('[{"a":1},'), {
      text: '{"a":1}\n',
      counts: { elements: 1, closed: false, trailing: false },
    });
    assert.deepEqual(read('['), {
      text: '',
      counts: { elements: 0, closed: false, trailing: false },
    });
  });

  it('reads an empty array as no lines', () => {
    assert.deepEqual(read('[]'), {
      text: '',
      counts: { elements: 0, closed: true, trailing: false },
    });
    assert.deepEqual(read(' [ \n ] \n'), {
      text: '',
      counts: { elements: 0, closed: true, trailing: false },
    });
  });

  it('reads concatenated arrays, and passes text after the array on as lines', () => {
    assert.deepEqual(read('[{"a":1}]\n[{"b":2},\n{"c":3}]\n'), {
      text: '{"a":1}\n{"b":2}\n{"c":3}\n',
      counts: { elements: 3, closed: true, trailing: false },
    });
    assert.deepEqual(read('[{"a":1}] done\n{"b":2}\n'), {
      text: '{"a":1}\ndone\n{"b":2}\n',
      counts: { elements: 1, closed: true, trailing: true },
    });
  });

  it('writes one byte over the limit of an over-long element, and reads on', () => {
    assert.deepEqual(read('[{"a":"xxxxxxxx"},{"b":1},"yyyyyyyy",123456789]', [], 7), {
      text: '{"a":"x\n{"b":1}\n"yyyyyy\n1234567\n',
      counts: { elements: 4, closed: true, trailing: false },
    });
    // A string that never closes swallows the rest into its element, within the limit.
    const rest = ',{"a":1}'.repeat(1000);
    const { text, counts } = read(`[{"a":"open}${rest}]`, [], 100);
    assert.equal(text.length, 101);
    assert.deepEqual(counts, { elements: 1, closed: false, trailing: false });
  });
});

describe('detection', () => {
  it('needs `[` then a value start, after whitespace', () => {
    for (const text of [
      '[{',
      ' \r\n [ \n {',
      '[[',
      '["',
      '[]',
      '[1,',
      '[-1]',
      '[ 1.5e3 ]',
      '[0\n',
      '[null,',
      '[ true ]',
      '[false\n',
    ])
      assert.equal(isJsonArray(bytes(text), false), true, text);
    for (const text of [
      '[2021-05-01 12:00] +447400123451',
      '[+447400123451]',
      '[abc]',
      '[note] +447400123451',
      '[nullable]',
      '[01]',
      '{"a":1}',
      'phone,name',
      '\ufeff[{',
    ])
      assert.equal(isJsonArray(bytes(text), true), false, text);
    for (const text of ['', ' \n', '[', '[ \n', '[12'])
      assert.equal(isJsonArray(bytes(text), false), undefined, text);
    assert.equal(isJsonArray(bytes('[12'), true), true);
    assert.equal(isJsonArray(bytes('[ '), true), false);
  });

  it('passes any other input through as the same chunks', async () => {
    const chunks = [bytes('  '), bytes('\nphone\n'), bytes('+447400123451\n')];
    const stream = jsonArrayLines(
      (async function* () {
        await Promise.resolve();
        yield* chunks;
      })(),
    );
    assert.equal(stream.reader(), undefined);
    const out: Uint8Array[] = [];
    for await (const chunk of stream.chunks) out.push(chunk);
    assert.deepEqual(out, chunks);
    out.forEach((chunk, i) => {
      assert.equal(chunk, chunks[i]);
    });
    assert.equal(stream.reader(), null);
  });

  it('decides across chunks and reads the array in any chunk size', async () => {
    const all = bytes('  \n ' + JSON.stringify(TRICKY, null, 1));
    const expected = read(all).text;
    for (const size of [1, 2, 3, 5, 64, all.length]) {
      const stream = jsonArrayLines(chunked(all, size));
      const out = await collect(stream.chunks);
      assert.equal(decoder.decode(Buffer.concat(out)), expected, `chunks of ${size}`);
      assert.ok(out.every((chunk) => chunk.length > 0));
      assert.deepEqual(stream.reader()?.counts(), { elements: 4, closed: true, trailing: false });
    }
    const empty = jsonArrayLines(chunked(new Uint8Array(0), 1));
    assert.deepEqual(await collect(empty.chunks), []);
    assert.equal(empty.reader(), null);
  });

  it('has the sniffer read the object lines of an array', () => {
    assert.equal(
      decoder.decode(sniffSample(bytes('null\n{"phone":"1"}\n12\n{"phone":"2"}\n'))),
      '{"phone":"1"}\n{"phone":"2"}\n',
    );
    const scalars = bytes('"+447400123451"\n12\n');
    assert.equal(sniffSample(scalars), scalars);
  });

  it('notes the reading', () => {
    assert.deepEqual(describeJsonArray({ elements: 3, closed: true, trailing: false }), {
      code: 'JSON_ARRAY',
      message: 'a JSON array, read one element per row',
      rows: 3,
    });
    assert.equal(
      describeJsonArray({ elements: 3, closed: false, trailing: false }).message,
      'a JSON array, read one element per row; the file ends inside the array (cut short?)',
    );
    assert.equal(
      describeJsonArray({ elements: 3, closed: true, trailing: true }).message,
      'a JSON array, read one element per row; the text after its closing bracket was read line by line',
    );
  });
});

describe('the normaliser on the lines of an array', () => {
  const engine = defaultPhoneEngine();
  const normaliser = new Normaliser(engine, new RegionMapper(engine.regionIds));
  const dialect: Dialect = {
    kind: 'jsonl',
    delimiter: 44,
    header: true,
    columns: ['phone', 'name'],
    phoneColumn: 0,
    countryColumn: -1,
  };
  const normalise = (lines: string): ChunkResult =>
    normaliser.run(bytes(lines), {
      dialect,
      defaultRegion: -1,
      first: true,
      writeRows: true,
    });
  const codes = (r: ChunkResult): Record<string, number> =>
    Object.fromEntries(
      REJECT_CODES.map((code, i): [string, number] => [code, r.rejectCounts[i]!]).filter(
        ([, n]) => n !== 0,
      ),
    );

  it('rejects the elements that are not objects, and the partial last one', () => {
    const input =
      '[{"phone": "+447400123451", "name": "Ann"}, 12, "+447400123452", ["+447400123453"],\n' +
      ' null, {\n  "phone": "+447400123454"\n }, {"name": "no phone"}, {"phone": "+44740';
    const r = normalise(read(input).text);
    assert.equal(r.records, 8);
    assert.equal(r.valid, 2);
    assert.deepEqual(codes(r), { MALFORMED_ROW: 5, MISSING_FIELD: 1 });
    // Line numbers are element numbers.
    assert.deepEqual(
      r.rejects.map((reject) => [reject.line, reject.code]),
      [
        [2, 'MALFORMED_ROW'],
        [3, 'MALFORMED_ROW'],
        [4, 'MALFORMED_ROW'],
        [5, 'MALFORMED_ROW'],
        [7, 'MISSING_FIELD'],
        [8, 'MALFORMED_ROW'],
      ],
    );
  });

  it('rejects an object over MAX_RECORD_BYTES as one malformed row', () => {
    const big = { phone: '+447400123451', name: 'x'.repeat(MAX_RECORD_BYTES) };
    const { text } = read(JSON.stringify([big, { phone: '+447400123452' }]));
    const lines = text.split('\n');
    assert.equal(lines[0]!.length, MAX_RECORD_BYTES + 1);
    const r = normalise(text);
    assert.equal(r.records, 2);
    assert.equal(r.valid, 1);
    assert.deepEqual(codes(r), { MALFORMED_ROW: 1 });
  });
});
