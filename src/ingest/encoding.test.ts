import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { describe, it } from 'node:test';
import { seededRandom } from '../random.js';
import {
  SAMPLE_BYTES,
  decodeStream,
  describeEncoding,
  repairChunk,
  type RepairCounts,
  type StreamDecoding,
} from './encoding.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
/** ASCII text and raw bytes, concatenated. */
const bytesOf = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => Buffer.from(typeof part === 'string' ? utf8(part) : part)));

async function* from(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) {
    await Promise.resolve();
    yield chunk;
  }
}

async function decodeAll(
  chunks: readonly Uint8Array[],
): Promise<{ out: Uint8Array[]; info: StreamDecoding }> {
  const stream = decodeStream(from(chunks));
  assert.equal(stream.info(), undefined);
  const out: Uint8Array[] = [];
  for await (const chunk of stream.chunks) {
    assert.ok(chunk.length > 0, 'no empty chunks');
    assert.notEqual(stream.info(), undefined, 'decided by the first chunk out');
    out.push(chunk);
  }
  const info = await stream.decided;
  assert.deepEqual(stream.info(), info);
  return { out, info };
}

async function decodeText(chunks: readonly Uint8Array[]): Promise<[string, StreamDecoding]> {
  const { out, info } = await decodeAll(chunks);
  return [text(Buffer.concat(out)), info];
}

function bytesPerChunk(bytes: Uint8Array): Uint8Array[] {
  return Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
}

/** Cuts at random points, chunks of 1 to `max` bytes. */
function randomChunks(bytes: Uint8Array, random: () => number, max: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length;) {
    const n = 1 + Math.floor(random() * max);
    chunks.push(bytes.subarray(i, i + n));
    i += n;
  }
  return chunks;
}

function utf16(value: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const body = Buffer.from((bom ? '\uFEFF' : '') + value, 'utf16le');
  if (order === 'be') body.swap16();
  return new Uint8Array(body);
}

const CSV =
  'phone,name,city\n' +
  '+33612345678,José Müller,Zürich\n' +
  '+79161234567,Иван Петров,Москва\n' +
  '+447911123456,"Zoë 😀 Smith",London\n' +
  '+12125551234,"O\'Brien, Seán",New York\n';

describe('decodeStream', () => {
  it('strips a UTF-8 byte-order mark, whole or split over chunks', async () => {
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(CSV)]);
    for (const chunks of [[input], bytesPerChunk(input)]) {
      const [out, info] = await decodeText(chunks);
      assert.equal(out, CSV);
      assert.deepEqual(info, { encoding: 'utf-8', bom: true, lineEnding: 'lf' });
    }
  });

  const cases = [
    { name: 'UTF-16 LE with a byte-order mark', order: 'le', bom: true },
    { name: 'UTF-16 BE with a byte-order mark', order: 'be', bom: true },
    { name: 'UTF-16 LE without a byte-order mark', order: 'le', bom: false },
    { name: 'UTF-16 BE without a byte-order mark', order: 'be', bom: false },
  ] as const;
  for (const { name, order, bom } of cases) {
    it(`transcodes ${name}, in any chunking`, async () => {
      const input = utf16(CSV, order, bom);
      const expected: StreamDecoding = { encoding: `utf-16${order}`, bom, lineEnding: 'lf' };
      const random = seededRandom(`encoding ${name}`);
      const chunkings = [[input], bytesPerChunk(input)];
      for (let i = 0; i < 50; i++) chunkings.push(randomChunks(input, random, 9));
      for (const chunks of chunkings) {
        const [out, info] = await decodeText(chunks);
        assert.equal(out, CSV);
        assert.deepEqual(info, expected);
      }
    });
  }

  it('transcodes UTF-16 past the sample, across chunk ends in code units and surrogate pairs', async () => {
    const long = CSV.repeat(Math.ceil((3 * SAMPLE_BYTES) / CSV.length));
    const input = utf16(long, 'le', true);
    const random = seededRandom('encoding long utf-16');
    for (let i = 0; i < 10; i++) {
      const [out, info] = await decodeText(randomChunks(input, random, 20_000));
      assert.equal(out, long);
      assert.deepEqual(info, { encoding: 'utf-16le', bom: true, lineEnding: 'lf' });
    }
  });

  it('replaces a final odd byte and a lone surrogate in UTF-16 with U+FFFD', async () => {
    const input = Buffer.concat([utf16('a\n\uD800b\n', 'le', true), Buffer.from([0x41])]);
    const [out] = await decodeText(bytesPerChunk(input));
    assert.equal(out, 'a\n\uFFFDb\n\uFFFD');
  });

  it('turns CR-only line ends into LF, also in UTF-16', async () => {
    const input = 'phone,name\r+33612345678,José\r+447911123456,Zoë\r';
    const expected = input.replaceAll('\r', '\n');
    for (const bytes of [utf8(input), utf16(input, 'le', true), utf16(input, 'be', false)]) {
      for (const chunks of [[bytes], bytesPerChunk(bytes)]) {
        const [out, info] = await decodeText(chunks);
        assert.equal(out, expected);
        assert.equal(info.lineEnding, 'cr');
      }
    }
  });

  it('in CR mode, gives one LF for a CRLF pair split over chunks', async () => {
    const head = '+33612345678,a\r'.repeat(Math.ceil(SAMPLE_BYTES / 15) + 10);
    const tail = 'x\r\ny\r\r\nz\r\n\r';
    const expected = head.replaceAll('\r', '\n') + 'x\ny\n\nz\n\n';
    const headBytes = utf8(head);
    const tailBytes = utf8(tail);
    for (let cut = 0; cut <= tailBytes.length; cut++) {
      const [out, info] = await decodeText([
        headBytes,
        tailBytes.subarray(0, cut),
        tailBytes.subarray(cut),
      ]);
      assert.equal(out, expected, `cut at ${cut}`);
      assert.equal(info.lineEnding, 'cr');
    }
    const [out] = await decodeText(bytesPerChunk(Buffer.concat([headBytes, tailBytes])));
    assert.equal(out, expected);
  });

  it('passes LF, CRLF and line-end-less UTF-8 through as the same chunk objects', async () => {
    const random = seededRandom('encoding pass-through');
    const files = [
      { value: CSV.repeat(2000), lineEnding: 'lf' },
      { value: CSV.replaceAll('\n', '\r\n').repeat(2000), lineEnding: 'crlf' },
      { value: CSV.replaceAll('\n', '\r\n'), lineEnding: 'crlf' },
      { value: '+33612345678', lineEnding: 'none' },
      // A few NUL bytes do not make UTF-16; the chunk stage drops them.
      { value: CSV.replaceAll(',', ',\0'), lineEnding: 'lf' },
    ] as const;
    for (const { value, lineEnding } of files) {
      const chunks = randomChunks(utf8(value), random, 30_000);
      const { out, info } = await decodeAll(chunks);
      assert.deepEqual(info, { encoding: 'utf-8', bom: false, lineEnding });
      assert.equal(out.length, chunks.length);
      for (let i = 0; i < out.length; i++) assert.equal(out[i], chunks[i]);
    }
  });

  it('decides on an empty input, and when abandoned or failing before the sample is complete', async () => {
    assert.deepEqual(await decodeAll([]), {
      out: [],
      info: { encoding: 'utf-8', bom: false, lineEnding: 'none' },
    });

    const big = utf8('a\r'.repeat(SAMPLE_BYTES));
    const stream = decodeStream(from([big.subarray(0, 100), big.subarray(100)]));
    for await (const chunk of stream.chunks) {
      assert.equal(text(chunk), 'a\n'.repeat(50));
      break;
    }
    assert.deepEqual(await stream.decided, { encoding: 'utf-8', bom: false, lineEnding: 'cr' });

    async function* failing(): AsyncGenerator<Uint8Array> {
      await Promise.resolve();
      yield utf16('a\n', 'be', true);
      throw new Error('disk gone');
    }
    const failed = decodeStream(failing());
    await assert.rejects(async () => {
      for await (const _ of failed.chunks);
    }, /disk gone/);
    assert.deepEqual(await failed.decided, { encoding: 'utf-16be', bom: true, lineEnding: 'lf' });
  });
});

describe('repairChunk', () => {
  it('returns a clean chunk as the same array with zero counts', () => {
    const clean = utf8(CSV.repeat(100));
    const view = clean.subarray(16, 16 + CSV.length);
    for (const bytes of [clean, view, new Uint8Array(0)]) {
      const result = repairChunk(bytes);
      assert.equal(result.bytes, bytes);
      assert.deepEqual(result.counts, { nulBytes: 0, reencodedLines: 0, invalidBytes: 0 });
    }
  });

  it('repairs a chunk mixing UTF-8, Windows-1252 and NUL bytes line by line', () => {
    const input = Buffer.concat([
      utf8('+33612345678,José Müller\n'),
      bytesOf('+33698765432,"Ren', [0xe9], ' ', [0x80], '5 d', [0x92], 'Arc"\r\n'),
      bytesOf('+4479', [0], '11', [0, 0], '123456,Bob\n'),
      bytesOf('+12125550000,X', [0x81], 'Y\n'),
      utf8('+79161234567,Иван,â€™\n'),
      bytesOf('+35312345678,', [0x9f, 0xe9, 0]),
    ]);
    const { bytes, counts } = repairChunk(input);
    assert.equal(
      text(bytes),
      '+33612345678,José Müller\n' +
        '+33698765432,"René €5 d’Arc"\r\n' +
        '+447911123456,Bob\n' +
        '+12125550000,X\uFFFDY\n' +
        '+79161234567,Иван,â€™\n' +
        '+35312345678,Ÿé',
    );
    assert.deepEqual(counts, { nulBytes: 4, reencodedLines: 3, invalidBytes: 1 });
  });

  it('drops NUL bytes of an otherwise valid chunk without re-encoding', () => {
    const { bytes, counts } = repairChunk(utf8('\0a,é\0\n\0'));
    assert.equal(text(bytes), 'a,é\n');
    assert.deepEqual(counts, { nulBytes: 3, reencodedLines: 0, invalidBytes: 0 });
  });

  it('reads 0x80-0xFF as Windows-1252, undefined bytes as U+FFFD where WHATWG has C1 controls', () => {
    // Streaming decode: Node >= 20.18.3 decodes windows-1252 as Latin-1 in one-shot decode()
    // (nodejs/node#60888); its streaming path goes through ICU and is right.
    const whatwg = new TextDecoder('windows-1252');
    const differs: number[] = [];
    for (let b = 0x80; b <= 0xff; b++) {
      const expected = whatwg.decode(Uint8Array.of(b), { stream: true });
      const { bytes, counts } = repairChunk(Uint8Array.of(0x41, b, 0x0a));
      const got = text(bytes);
      if (got !== `A${expected}\n`) {
        differs.push(b);
        assert.equal(expected, String.fromCharCode(b), 'WHATWG maps it to a C1 control');
        assert.equal(got, 'A\uFFFD\n');
        assert.deepEqual(counts, { nulBytes: 0, reencodedLines: 1, invalidBytes: 1 });
      } else {
        assert.deepEqual(counts, { nulBytes: 0, reencodedLines: 1, invalidBytes: 0 });
      }
    }
    assert.deepEqual(differs, [0x81, 0x8d, 0x8f, 0x90, 0x9d]);
    assert.equal(whatwg.decode(Uint8Array.of(0x80, 0x92), { stream: true }), '€’');
  });

  it('grows its output when every byte becomes three', () => {
    const input = new Uint8Array(100_000).fill(0x80);
    const { bytes, counts } = repairChunk(input);
    assert.equal(text(bytes), '€'.repeat(100_000));
    assert.deepEqual(counts, { nulBytes: 0, reencodedLines: 1, invalidBytes: 0 });
  });

  /** Line by line, with the platform's decoders: slow, obviously right. */
  function oracle(input: Uint8Array): { bytes: Uint8Array; counts: RepairCounts } {
    const counts: RepairCounts = { nulBytes: 0, reencodedLines: 0, invalidBytes: 0 };
    const clean = input.filter((b) => b !== 0);
    counts.nulBytes = input.length - clean.length;
    const lines = Buffer.from(clean)
      .toString('latin1')
      .split(/(?<=\n)/)
      .map((line) => Buffer.from(line, 'latin1'));
    const out = lines.map((line) => {
      if (isUtf8(line)) return line;
      counts.reencodedLines++;
      const decoded = new TextDecoder('windows-1252').decode(line, { stream: true });
      return utf8(
        decoded.replace(/[\x81\x8d\x8f\x90\x9d]/g, () => {
          counts.invalidBytes++;
          return '\uFFFD';
        }),
      );
    });
    return { bytes: Buffer.concat(out), counts };
  }

  it('tells valid UTF-8 lines as node:buffer isUtf8 does, sequence by sequence', () => {
    const seconds = [0x0a, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0];
    const rest = [0x0a, 0x41, 0x80, 0xbf];
    const lines: Uint8Array[] = [];
    for (let lead = 0x80; lead <= 0xff; lead++)
      for (const second of seconds)
        for (const third of rest)
          for (const fourth of rest) lines.push(bytesOf('a', [lead, second, third, fourth], 'z\n'));
    // A sequence cut by the end of the chunk.
    lines.push(bytesOf('a', [0xf0, 0x9f, 0x98]));
    const input = Buffer.concat(lines);
    const { bytes, counts } = repairChunk(input);
    assert.deepEqual({ bytes: Buffer.from(bytes), counts }, oracle(input));
    // Kept: the first and last 3- and 4-byte forms; and most lines were not.
    for (const kept of [
      [0xe0, 0xa0, 0x80, 0x41],
      [0xef, 0xbf, 0xbf, 0x41],
      [0xf0, 0x90, 0x80, 0x80],
      [0xf4, 0x8f, 0xbf, 0xbf],
    ])
      assert.notEqual(Buffer.from(bytes).indexOf(bytesOf('a', kept, 'z')), -1);
    assert.ok(counts.reencodedLines > lines.length / 2);
  });

  it('matches a line-by-line oracle on random bytes, at any alignment and past one block', () => {
    const random = seededRandom('encoding repair random');
    // ASCII that matters, NUL, CP1252-only bytes, and the lead and continuation bytes of
    // well-formed, overlong, surrogate and out-of-range UTF-8 sequences.
    const special = [
      0, 10, 13, 34, 44, 0x80, 0x81, 0x92, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xc3, 0xa9, 0xdf, 0xe0,
      0xe2, 0x82, 0xac, 0xed, 0xef, 0xf0, 0x90, 0xf4, 0x8f, 0xf5, 0xff,
    ];
    const bytesFor = (length: number, specialShare: number): Uint8Array => {
      // A random offset in a larger buffer: the ASCII skip reads aligned 32-bit words.
      const offset = Math.floor(random() * 4);
      const buffer = new Uint8Array(length + offset);
      for (let i = offset; i < buffer.length; i++)
        buffer[i] =
          random() < specialShare
            ? special[Math.floor(random() * special.length)]!
            : 0x20 + Math.floor(random() * 0x5f);
      return buffer.subarray(offset);
    };
    for (let round = 0; round < 400; round++) {
      const input = bytesFor(Math.floor(random() * 300), 0.5);
      const { bytes, counts } = repairChunk(input);
      assert.ok(isUtf8(bytes));
      assert.equal(bytes.indexOf(0), -1);
      assert.deepEqual({ bytes: Buffer.from(bytes), counts }, oracle(input));
    }
    for (let round = 0; round < 6; round++) {
      // Long lines of ASCII with a rare special byte: some 64 KiB blocks are valid, some not.
      const input = bytesFor(300_000, round % 2 === 0 ? 0.0005 : 0.01);
      for (let i = 40 + Math.floor(random() * 80); i < input.length; i += 1 + random() * 120)
        input[i] = 10;
      const { bytes, counts } = repairChunk(input);
      assert.deepEqual({ bytes: Buffer.from(bytes), counts }, oracle(input));
    }
  });
});

describe('describeEncoding', () => {
  const none: RepairCounts = { nulBytes: 0, reencodedLines: 0, invalidBytes: 0 };
  it('says nothing about clean UTF-8', () => {
    for (const lineEnding of ['lf', 'crlf', 'none'] as const)
      assert.deepEqual(describeEncoding({ encoding: 'utf-8', bom: false, lineEnding }, none), []);
  });

  it('names what was done', () => {
    assert.deepEqual(
      describeEncoding(
        { encoding: 'utf-16le', bom: true, lineEnding: 'cr' },
        { nulBytes: 12, reencodedLines: 1234, invalidBytes: 1 },
      ),
      [
        { code: 'UTF16', message: 'UTF-16 LE (byte-order mark)', rows: null },
        { code: 'CR_LINE_ENDS', message: 'old Mac line ends (CR)', rows: null },
        { code: 'REENCODED_LINES', message: '1,234 lines read as Windows-1252', rows: 1234 },
        {
          code: 'INVALID_BYTES',
          message: '1 byte undefined in Windows-1252 replaced with U+FFFD',
          rows: null,
        },
        { code: 'NUL_BYTES', message: '12 NUL bytes removed', rows: null },
      ],
    );
    assert.deepEqual(
      describeEncoding(
        { encoding: 'utf-16be', bom: false, lineEnding: 'lf' },
        { ...none, reencodedLines: 1 },
      ),
      [
        { code: 'UTF16', message: 'UTF-16 BE (no byte-order mark)', rows: null },
        { code: 'REENCODED_LINES', message: '1 line read as Windows-1252', rows: 1 },
      ],
    );
    assert.deepEqual(describeEncoding({ encoding: 'utf-8', bom: true, lineEnding: 'lf' }, none), [
      { code: 'UTF8_BOM', message: 'UTF-8 byte-order mark removed', rows: null },
    ]);
  });
});
