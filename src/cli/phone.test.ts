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
