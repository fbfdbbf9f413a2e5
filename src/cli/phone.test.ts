import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import { parsePhone } from '../phone/index.js';
import { phoneJson, runPhone } from './phone.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

const lines = [
  '+44 7400 123456',
  '447400123456',
  'hello "quoted"',
  '',
  '+٤٤٧٤٠٠١٢٣٤٥٦',
  '+44 7400 123456 x12',
  '4.474E+11',
  '07400 123456',
];

async function run(numbers: string[], stdin: string | Buffer[], region?: string): Promise<string> {
  const out = new Capture();
  const input =
    typeof stdin === 'string' ? Readable.from([Buffer.from(stdin)]) : Readable.from(stdin);
  await runPhone(
    numbers,
    { json: true, ...(region ? { region } : {}) },
    { stdin: input, stdout: out },
  );
  return out.text;
}

describe('ringfence phone --json', () => {
  it('prints one object per stdin line, in order, in the documented shape', async () => {
    const text = await run([], `${lines.join('\n')}\n`, 'GB');
    const records = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(records.length, lines.length);
    records.forEach((record, i) => {
      assert.equal(record.input, lines[i]);
      const expected = parsePhone(lines[i]!, { defaultRegion: 'GB' });
      if (expected.ok) {
        assert.deepEqual(Object.keys(record).slice(0, 6), [
          'input',
          'valid',
          'possible',
          'e164',
          'region',
          'type',
        ]);
        assert.equal(record.e164, expected.e164);
        assert.equal(record.region, expected.region);
        assert.equal(record.type, expected.type);
        assert.equal(record.valid, expected.valid);
      } else {
        assert.deepEqual(record.error, { code: expected.error.code });
      }
    });
    assert.equal(records[5]!.extension, '12');
  });

  it('gives the same lines for arguments and for stdin', async () => {
    const fromArgs = await run(lines, '');
    const fromStdin = await run([], lines.join('\n'));
    assert.equal(fromArgs, fromStdin);
  });

  it('handles lines split across chunks and multi-byte characters split across chunks', async () => {
    const whole = Buffer.from(`${lines.join('\n')}\n`);
    const chunks: Buffer[] = [];
    for (let i = 0; i < whole.length; i += 3) chunks.push(whole.subarray(i, i + 3));
    assert.equal(await run([], chunks), await run([], [whole]));
  });

  it('matches the object formatter for a record', () => {
    assert.equal(
      phoneJson('+44 7400 123456', parsePhone('+44 7400 123456')),
      '{"input":"+44 7400 123456","valid":true,"possible":true,"e164":"+447400123456","region":"GB","type":"MOBILE"}',
    );
  });

  it('refuses an unknown region with INVALID_REGION', async () => {
    await assert.rejects(
      run(['123'], '', 'XX'),
      (e: unknown) => isRingfenceError(e) && e.code === 'INVALID_REGION',
    );
  });
});

describe('ringfence phone --find', () => {
  async function find(texts: string[], stdin: string | Buffer[], json: boolean, region?: string) {
    const out = new Capture();
    const input =
      typeof stdin === 'string' ? Readable.from([Buffer.from(stdin)]) : Readable.from(stdin);
    await runPhone(
      texts,
      { json, find: true, ...(region ? { region } : {}) },
      { stdin: input, stdout: out },
    );
    return out.text;
  }

  const text =
    'Call +44 7400 123456 or (213) 373-4253 x12 — Телефон: 8 (800) 555-35-35.\nnothing\r\non 3/10/2011: 213-373-4254\n';

  it('prints each number found with its line, span and the text there', async () => {
    const records = (await find([], text, true, 'US'))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(
      records.map((r) => [r.line, r.start, r.end, r.text, r.e164, r.extension]),
      [
        [1, 5, 20, '+44 7400 123456', '+447400123456', undefined],
        [1, 24, 42, '(213) 373-4253 x12', '+12133734253', '12'],
        [1, 56, 71, '(800) 555-35-35', '+18005553535', undefined],
        [3, 14, 26, '213-373-4254', '+12133734254', undefined],
      ],
    );
    const lines = text.split('\n');
    for (const r of records) {
      const line = lines[(r.line as number) - 1]!;
      assert.equal(line.slice(r.start as number, r.end as number), r.text);
    }
  });

  it('gives the same records for stdin split anywhere and for arguments', async () => {
    const whole = Buffer.from(text);
    const chunks: Buffer[] = [];
    for (let i = 0; i < whole.length; i += 5) chunks.push(whole.subarray(i, i + 5));
    const expected = await find([], [whole], true, 'RU');
    assert.equal(await find([], chunks, true, 'RU'), expected);
    const args = text
      .trimEnd()
      .split('\n')
      .map((l) => l.replace(/\r$/, ''));
    assert.equal(await find(args, '', true, 'RU'), expected);
  });

  it('prints a table for people', async () => {
    const table = await find(['ring +44 7400 123456 ext. 9'], '', false);
    assert.match(table, /^LINE +SPAN +TEXT/);
    assert.match(
      table,
      /1 +5-27 +\+44 7400 123456 ext\. 9 +\+447400123456 +GB +MOBILE +extension 9/,
    );
  });
});
