import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ERRORS, RingfenceError, isRingfenceError, type ErrorCode } from './errors.js';
import { PHONE_ERROR_CODES, type PhoneErrorCode } from './phone/index.js';

// Compile-time: every code the phone engine can return is a registry code.
const _phoneCodesAreRegistered: ErrorCode = '' as PhoneErrorCode;

interface DocRow {
  code: string;
  exit: number;
  http: number;
  message: string;
}

function readDocTable(): DocRow[] {
  const markdown = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
  const rows: DocRow[] = [];
  // The registry's table comes first; the row reject codes have a table of their own.
  const [registryPart = ''] = markdown.split('\n## Row reject codes');
  for (const line of registryPart.split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replaceAll('\\|', '|'));
    const [code, exit, http, message, ...rest] = cells;
    assert.equal(rest.length, 0, `too many cells in: ${line}`);
    if (code === undefined || exit === undefined || http === undefined || message === undefined) {
      assert.fail(`too few cells in: ${line}`);
    }
    if (code === 'Code' || /^-+$/.test(code)) continue;
    rows.push({
      code: code.replace(/^`|`$/g, ''),
      exit: Number(exit),
      http: Number(http),
      message,
    });
  }
  return rows;
}

describe('ERRORS registry', () => {
  it('matches docs/errors.md exactly, in the same order', () => {
    const fromDocs = readDocTable();
    const fromRegistry = Object.values(ERRORS).map(({ code, exit, http, message }) => ({
      code,
      exit,
      http,
      message,
    }));
    assert.deepEqual(fromDocs, fromRegistry);
  });

  it('keys each entry by its own code, in SCREAMING_SNAKE_CASE', () => {
    for (const [key, entry] of Object.entries(ERRORS)) {
      assert.equal(entry.code, key);
      assert.match(key, /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
    }
  });

  it('uses sysexits.h exit codes and error HTTP statuses', () => {
    for (const entry of Object.values(ERRORS)) {
      assert.ok(entry.exit >= 64 && entry.exit <= 78, `${entry.code} exit ${entry.exit}`);
      assert.ok(entry.http >= 400 && entry.http <= 599, `${entry.code} http ${entry.http}`);
    }
  });

  it('gives every phone parse code exit 65 and HTTP 422', () => {
    assert.ok((PHONE_ERROR_CODES as readonly string[]).length >= 7);
    for (const code of PHONE_ERROR_CODES) {
      assert.equal(ERRORS[code].exit, 65);
      assert.equal(ERRORS[code].http, 422);
    }
  });

  it('is frozen, entries included', () => {
    assert.ok(Object.isFrozen(ERRORS));
    for (const entry of Object.values(ERRORS)) assert.ok(Object.isFrozen(entry));
    assert.throws(() => {
      (ERRORS as unknown as Record<string, unknown>).NEW_CODE = {};
    }, TypeError);
  });
});

describe('RingfenceError', () => {
  it('carries the code, exit code, HTTP status and details', () => {
    const error = new RingfenceError('TOO_SHORT', { line: 3 });
    assert.ok(error instanceof Error);
    assert.ok(error instanceof RingfenceError);
    assert.equal(error.name, 'RingfenceError');
    assert.equal(error.code, 'TOO_SHORT');
    assert.equal(error.exit, 65);
    assert.equal(error.http, 422);
    assert.deepEqual(error.details, { line: 3 });
    assert.equal(error.message, ERRORS.TOO_SHORT.message);
    assert.match(error.stack ?? '', /RingfenceError: The national number is too short/);
  });

  it('works without details', () => {
    const error = new RingfenceError('INTERNAL');
    assert.equal(error.details, undefined);
    assert.equal(error.exit, 70);
    assert.deepEqual(error.toJSON(), { code: 'INTERNAL', message: ERRORS.INTERNAL.message });
  });

  it('fills message placeholders from details', () => {
    const error = new RingfenceError('CONFIG_INVALID', {
      variable: 'RINGFENCE_LOG_LEVEL',
      reason: 'expected one of silent, error, warn, info, debug',
    });
    assert.equal(
      error.message,
      'Environment variable RINGFENCE_LOG_LEVEL is invalid: expected one of silent, error, warn, info, debug.',
    );
    assert.equal(error.exit, 78);
    assert.equal(error.http, 500);
  });

  it('leaves a placeholder visible when its value is missing', () => {
    // Only reachable from untyped callers; the types require `region`.
    const untyped = RingfenceError as unknown as new (code: string) => RingfenceError;
    assert.match(new untyped('INVALID_REGION').message, /\{region\}/);
  });

  it('copies and freezes details', () => {
    const details = { line: 12 };
    const error = new RingfenceError('TOO_LONG', details);
    details.line = 13;
    assert.equal(error.details?.line, 12);
    assert.ok(Object.isFrozen(error.details));
  });

  it('keeps a cause without putting it in its JSON form', () => {
    const cause = new Error('EACCES: permission denied');
    const error = new RingfenceError(
      'IO_ERROR',
      { path: 'leaks/x/manifest.json', reason: 'permission denied' },
      { cause },
    );
    assert.equal(error.cause, cause);
    assert.deepEqual(JSON.parse(JSON.stringify(error)), {
      code: 'IO_ERROR',
      message: 'Cannot read or write leaks/x/manifest.json: permission denied.',
      details: { path: 'leaks/x/manifest.json', reason: 'permission denied' },
    });
  });
});

describe('isRingfenceError', () => {
  it('recognises ringfence errors and nothing else', () => {
    assert.equal(isRingfenceError(new RingfenceError('USAGE', { reason: 'no input' })), true);
    assert.equal(isRingfenceError(new Error('TOO_SHORT')), false);
    assert.equal(isRingfenceError({ code: 'TOO_SHORT', exit: 65, http: 422 }), false);
    assert.equal(isRingfenceError(undefined), false);
  });

  it('narrows to one code when given one', () => {
    const error: unknown = new RingfenceError('INVALID_REGION', { region: 'XX' });
    assert.equal(isRingfenceError(error, 'TOO_SHORT'), false);
    if (!isRingfenceError(error, 'INVALID_REGION')) assert.fail('expected INVALID_REGION');
    const code: 'INVALID_REGION' = error.code;
    assert.equal(code, 'INVALID_REGION');
    assert.equal(error.exit, 64);
  });
});
