import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { RingfenceError } from './errors.js';
import { createLogger, redact, type LogSink } from './log.js';

const SALT = 'test-salt-0123456789';

/** The documented hash: first 8 hex digits of sha256(salt + canonical number). */
function h(canonical: string, salt = SALT): string {
  return `h:${createHash('sha256')
    .update(salt + canonical)
    .digest('hex')
    .slice(0, 8)}`;
}

function redactString(text: string, salt = SALT): string {
  const out = redact(text, salt);
  assert.equal(typeof out, 'string');
  return out as string;
}

/** No digit of any script is left once the hash prefixes are taken out. */
function assertNoDigits(output: string): void {
  const withoutHashes = output.replace(/h:[0-9a-f]{8}/g, '');
  assert.doesNotMatch(withoutHashes, /\p{Nd}/u, `digits left in: ${output}`);
}

function capture(): LogSink & { lines: () => Record<string, unknown>[]; raw: () => string } {
  const chunks: string[] = [];
  return {
    write: (chunk: string) => chunks.push(chunk),
    raw: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('redact: phone numbers in text', () => {
  const cases: [string, string][] = [
    ['+447700900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['+44 (0) 20 7946 0018', '+4402079460018'],
    ['+1 (202) 555-0143', '+12025550143'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['07700 900123', '07700900123'],
    ['(020) 7946-0018', '02079460018'],
    ['020-7946-0018', '02079460018'],
    ['202.555.0143', '2025550143'],
    ['202/555/0143', '2025550143'],
    ['06 12 34 56 78', '0612345678'],
    ['0044 7700 900123', '00447700900123'],
    ['011 44 7700 900123', '011447700900123'],
    ['447700900123', '447700900123'],
    ['+٢٠ ١٠٠ ١٢٣ ٤٥٦٧', '+201001234567'],
    ['۰۹۱۲ ۳۴۵ ۶۷۸۹', '09123456789'],
    ['＋４４ ７７００ ９００１２３', '+447700900123'],
    ['\u200E+20 100 123 4567\u200F', '+201001234567'],
    ['0\u200B7\u200B7\u200B0\u200B0 900123', '07700900123'],
    ['+44\u00A07700\u2009900\u202F123', '+447700900123'],
    ['+44–7700–900123', '+447700900123'],
    ['𝟎𝟕𝟕𝟎𝟎𝟗𝟎𝟎𝟏𝟐𝟑', '07700900123'],
  ];

  for (const [input, canonical] of cases) {
    it(`hides ${JSON.stringify(input)}`, () => {
      const out = redactString(input);
      assertNoDigits(out);
      assert.ok(out.includes(h(canonical)), `${out} should contain ${h(canonical)}`);
    });
  }

  it('hides tel: URIs', () => {
    assert.equal(redactString('tel:+44-20-7946-0018'), `tel:${h('+442079460018')}`);
    const html = '<a href="tel:+442079460018">call</a>';
    assert.equal(redactString(html), `<a href="tel:${h('+442079460018')}">call</a>`);
  });

  it('hides a number inside a sentence and keeps the rest', () => {
    const sentence =
      'Parcel 3 of 12 held: call +44 7700 900123 before 2026-11-23 13:30, fee 1.99 GBP (GB)';
    assert.equal(
      redactString(sentence),
      `Parcel 3 of 12 held: call ${h('+447700900123')} before 2026-11-23 13:30, fee 1.99 GBP (GB)`,
    );
  });

  it('hides numbers written next to letters', () => {
    assertNoDigits(redactString('WhatsApp+447700900123'));
    assertNoDigits(redactString('id447700900123x'));
  });

  it('hides a number that a date-like group starts', () => {
    assertNoDigits(redactString('+49 2012-10-15'));
    assertNoDigits(redactString('2012-10-15-4455'));
  });

  it('gives one hash for one number however it is written', () => {
    const forms = [
      '+447700900123',
      '+44 7700 900123',
      '+44-7700-900-123',
      '＋４４ ７７００ ９００１２３',
      'tel:+447700900123',
    ];
    const hashes = new Set(forms.map((form) => redactString(form).replace(/^tel:/, '')));
    assert.deepEqual([...hashes], [h('+447700900123')]);
  });

  it('changes every hash with the salt', () => {
    const a = redactString('+447700900123', 'salt-a-0123456789');
    const b = redactString('+447700900123', 'salt-b-0123456789');
    assert.notEqual(a, b);
    assert.equal(a, h('+447700900123', 'salt-a-0123456789'));
    assert.equal(redactString('+447700900123', 'salt-a-0123456789'), a);
    assert.notEqual(redactString('+447700900124', 'salt-a-0123456789'), a);
  });

  it('is idempotent', () => {
    const once = redactString('call +44 7700 900123 or 020 7946 0018');
    assert.equal(redactString(once), once);
  });
});

describe('redact: what is not a phone number survives', () => {
  const survivors = [
    'ingested 1234 rows in 99999 ms',
    'countries: GB, EG, IT, US, SA; calling codes +44 +20 +39',
    'breach date 2021-04-03, added 2026-11-23',
    'dates 2026/11/23 and 2026.11.23',
    'at 2026-11-23T13:22:01.123Z and 2026-11-23T13:22:01+01:00',
    'at 2026-11-23 13:22:01.123456 it took 13:22',
    'ratio 0.123456789, p=12.3456789',
    'request 123e4567-e89b-12d3-a456-426614174000',
    'sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    'port 8080, version 1.2.3, 12,345,678 rows',
    'already hashed h:12345678 and h:0a1b2c3d',
  ];
  for (const text of survivors) {
    it(JSON.stringify(text), () => {
      assert.equal(redactString(text), text);
    });
  }

  it('keeps numeric fields: counts must be loggable', () => {
    const fields = { rows: 487012345, unique: 360000000, countries: 108, ms: 1234.5 };
    assert.deepEqual(redact(fields, SALT), fields);
  });

  it('keeps booleans, null and region codes', () => {
    const fields = { ok: true, region: 'GB', callingCode: 44, missing: null };
    assert.deepEqual(redact(fields, SALT), fields);
  });

  it('hides a date with an impossible month, as it may be a number', () => {
    assertNoDigits(redactString('2026-13-45'));
  });
});

describe('redact: fields', () => {
  it('replaces message texts by [redacted]', () => {
    const out = redact(
      {
        text: 'Your parcel is held, pay at https://example.test',
        message_text: 'hi',
        messageText: 'hi',
        body: 'hi',
        Transcript: 'Hello, this is your bank',
        input: '+447700900123',
        empty: null,
      },
      SALT,
    );
    assert.deepEqual(out, {
      text: '[redacted]',
      message_text: '[redacted]',
      messageText: '[redacted]',
      body: '[redacted]',
      Transcript: '[redacted]',
      input: '[redacted]',
      empty: null,
    });
  });

  it('replaces phone fields by a salted hash prefix', () => {
    const out = redact(
      {
        number: '+447700900123',
        phone: '+44 7700 900123',
        e164: '+447700900123',
        sender: 'tel:+447700900123',
        from: 447700900123,
        to: ['+201001234567', '+39 312 345 6789'],
        phone_number: '07700 900123',
        msisdn: 447700900123n,
      },
      SALT,
    );
    assert.deepEqual(out, {
      number: h('+447700900123'),
      phone: h('+447700900123'),
      e164: h('+447700900123'),
      sender: h('+447700900123'),
      from: h('447700900123'),
      to: [h('+201001234567'), h('+393123456789')],
      phone_number: h('07700900123'),
      msisdn: h('447700900123'),
    });
  });

  it('hashes non-numeric phone fields too, without showing them', () => {
    const out = redact({ sender: 'BANK-ALERTS', from: 'ada@example.test' }, SALT) as Record<
      string,
      string
    >;
    assert.equal(out.sender, h('BANK-ALERTS'));
    assert.equal(out.from, h('ada@example.test'));
  });

  it('redacts at any depth, in arrays, maps and sets', () => {
    const out = JSON.stringify(
      redact(
        {
          leak: 'facebook-scrape',
          rows: [
            { line: 12, phone: '+447700900123', extra: { note: 'owner +20 100 123 4567' } },
            { line: 13, sms: { from: '+447700900124', body: 'Your code is 123456' } },
          ],
          byNumber: new Map([['+33612345678', 'twice']]),
          seen: new Set(['+39 312 345 6789']),
          '+447700900125': 'number as a key',
        },
        SALT,
      ),
    );
    assertNoDigits(out.replace(/"line":1[23]/g, ''));
    assert.match(out, /"leak":"facebook-scrape"/);
    assert.match(out, /"line":12/);
    assert.ok(out.includes(`"body":"[redacted]"`));
  });

  it('scans bigints, which may be packed numbers, and hides binary data', () => {
    assert.equal(redact(447700900123n, SALT), h('447700900123'));
    assert.equal(redact(1234n, SALT), '1234');
    assert.equal(redact(new BigUint64Array(2), SALT), '[binary 16 bytes]');
    assert.equal(redact(Buffer.from('+447700900123'), SALT), '[binary 13 bytes]');
  });

  it('survives cycles and deep nesting', () => {
    const cyclic: Record<string, unknown> = { phone: '+447700900123' };
    cyclic.self = cyclic;
    assert.deepEqual(redact(cyclic, SALT), { phone: h('+447700900123'), self: '[circular]' });

    const shared = { region: 'GB' };
    assert.deepEqual(redact({ a: shared, b: shared }, SALT), { a: shared, b: shared });

    let deep: Record<string, unknown> = { phone: '+447700900123' };
    for (let i = 0; i < 50; i += 1) deep = { deep };
    assertNoDigits(JSON.stringify(redact(deep, SALT)));
  });
});

describe('redact: errors', () => {
  it('redacts message, stack and cause', () => {
    const cause = new Error('socket closed while sending to +44 7700 900123');
    const error = new Error('lookup failed for +447700900123', { cause });
    const out = redact(error, SALT) as Record<string, unknown>;
    assert.equal(out.name, 'Error');
    assert.equal(out.message, `lookup failed for ${h('+447700900123')}`);
    assert.match(String(out.stack), /log\.test\.ts/);
    const serialised = JSON.stringify(out);
    assert.doesNotMatch(serialised, /7700|900123/);
    assert.match(serialised, /socket closed while sending to h:[0-9a-f]{8}/);
  });

  it('keeps the code and details of a RingfenceError', () => {
    const out = redact(new RingfenceError('TOO_SHORT', { line: 3 }), SALT) as Record<
      string,
      unknown
    >;
    assert.equal(out.code, 'TOO_SHORT');
    assert.equal(out.exit, 65);
    assert.deepEqual(out.details, { line: 3 });
  });

  it('redacts own fields of system errors', () => {
    const error = Object.assign(new Error('ENOENT'), {
      code: 'ENOENT',
      path: '/tmp/+447700900123.csv',
    });
    const out = redact(error, SALT) as Record<string, unknown>;
    assert.equal(out.code, 'ENOENT');
    assert.equal(out.path, `/tmp/${h('+447700900123')}.csv`);
  });
});

describe('createLogger', () => {
  it('writes one JSON object per line, redacted', () => {
    const sink = capture();
    const log = createLogger({ level: 'info', salt: SALT, stream: sink });
    log.info('checked +44 7700 900123', { phone: '+447700900123', rows: 3 });
    const [line, ...rest] = sink.lines();
    assert.equal(rest.length, 0);
    assert.ok(line);
    assert.equal(line.level, 'info');
    assert.equal(line.msg, `checked ${h('+447700900123')}`);
    assert.equal(line.phone, h('+447700900123'));
    assert.equal(line.rows, 3);
    assert.ok(!Number.isNaN(Date.parse(String(line.time))));
    assert.doesNotMatch(sink.raw(), /7700|900123/);
  });

  it('writes only what the level lets through', () => {
    const sink = capture();
    const log = createLogger({ level: 'warn', salt: SALT, stream: sink });
    log.debug('d');
    log.info('i');
    log.warn('w');
    log.error('e');
    assert.deepEqual(
      sink.lines().map((line) => line.msg),
      ['w', 'e'],
    );
    assert.equal(log.isEnabled('info'), false);
    assert.equal(log.isEnabled('error'), true);
  });

  it('writes nothing when silent', () => {
    const sink = capture();
    const log = createLogger({ level: 'silent', salt: SALT, stream: sink });
    log.error('e');
    assert.equal(sink.raw(), '');
  });

  it('adds child bindings, redacted, and keeps its own keys', () => {
    const sink = capture();
    const log = createLogger({ level: 'debug', salt: SALT, stream: sink }).child({
      command: 'check',
      from: '+447700900123',
    });
    log.debug('done', { level: 'overridden?', msg: 'overridden?', count: 2 });
    const [line] = sink.lines();
    assert.ok(line !== undefined);
    assert.deepEqual(Object.keys(line).slice(0, 3), ['time', 'level', 'msg']);
    assert.equal(line.level, 'debug');
    assert.equal(line.msg, 'done');
    assert.equal(line.command, 'check');
    assert.equal(line.from, h('+447700900123'));
    assert.equal(line.count, 2);
  });

  it('logs errors without their numbers', () => {
    const sink = capture();
    const log = createLogger({ level: 'error', salt: SALT, stream: sink });
    log.error('send failed', { err: new Error('no route to +20 100 123 4567') });
    assert.doesNotMatch(sink.raw(), /100 123|1001234567/);
    assert.match(sink.raw(), /no route to h:[0-9a-f]{8}/);
  });

  it('does not throw when the stream does', () => {
    const log = createLogger({
      level: 'error',
      salt: SALT,
      stream: {
        write: () => {
          throw new Error('EPIPE');
        },
      },
    });
    assert.doesNotThrow(() => {
      log.error('x');
    });
  });

  it('refuses an empty salt', () => {
    assert.throws(() => createLogger({ level: 'warn', salt: '' }), TypeError);
  });
});
