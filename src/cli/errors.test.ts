import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { CommanderError } from 'commander';
import { RingfenceError } from '../errors.js';
import { reportError } from './index.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'ringfence-cli-errors-'));
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'test/support/cli.ts', ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('errors as the CLI reports them', () => {
  it('a coded error: its code and message, or its JSON object with --json, and its exit code', async () => {
    const error = new RingfenceError('LEAK_NOT_FOUND', { name: 'x', store: '/s' });
    const text = new Capture();
    assert.equal(await reportError(error, false, text), 66);
    assert.equal(text.text, 'ringfence: LEAK_NOT_FOUND: No leak named x in the store /s.\n');
    const json = new Capture();
    assert.equal(await reportError(error, true, json), 66);
    assert.deepEqual(JSON.parse(json.text), {
      code: 'LEAK_NOT_FOUND',
      message: 'No leak named x in the store /s.',
      details: { name: 'x', store: '/s' },
    });
  });

  it('an error without a code is INTERNAL, exit 70, and its message is not shown', async () => {
    const out = new Capture();
    const code = await reportError(new TypeError('boom +447400123456'), true, out);
    assert.equal(code, 70);
    const shown = JSON.parse(out.text) as { code: string; message: string };
    assert.equal(shown.code, 'INTERNAL');
    assert.ok(!out.text.includes('447400123456'));
  });

  it('a usage error from commander is USAGE (64), as JSON with --json', async () => {
    const usage = new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'");
    assert.equal(await reportError(usage, false, new Capture()), 64);
    const json = new Capture();
    assert.equal(await reportError(usage, true, json), 64);
    assert.equal((JSON.parse(json.text) as { code: string }).code, 'USAGE');
    assert.equal(await reportError(new CommanderError(0, 'commander.help', ''), true, json), 0);
  });

  it('a corrupt or future-version manifest is CORRUPT_STORE (65), one JSON object with --json', () => {
    const store = join(dir, 'store');
    mkdirSync(join(store, 'leaks', 'x'), { recursive: true });
    const manifest = join(store, 'leaks', 'x', 'manifest.json');
    writeFileSync(manifest, '{not json');
    const bad = cli(['leaks', '--store', store, '--json']);
    assert.equal(bad.status, 65);
    assert.equal(bad.stdout, '');
    const error = JSON.parse(bad.stderr) as { code: string; details: { reason: string } };
    assert.equal(error.code, 'CORRUPT_STORE');
    assert.equal(error.details.reason, 'not JSON');

    writeFileSync(manifest, JSON.stringify({ formatVersion: 99, name: 'x' }));
    const future = cli(['report', 'x', '--store', store]);
    assert.equal(future.status, 65);
    assert.match(
      future.stderr,
      /^ringfence: CORRUPT_STORE: .*manifest format version 99; this ringfence reads version 1\.\n$/,
    );
  });

  it('check on a store that does not exist is STORE_EMPTY (66), not "not found"', () => {
    const missing = join(dir, 'no-store');
    const result = cli(['check', '+447400123456', '--store', missing, '--json']);
    assert.equal(result.status, 66);
    assert.equal(result.stdout, '');
    assert.deepEqual(JSON.parse(result.stderr), {
      code: 'STORE_EMPTY',
      message: `The store ${missing} holds no leak: ingest one first with ringfence ingest <file> --name <id>.`,
      details: { store: missing },
    });
    const leaks = cli(['leaks', '--store', missing]);
    assert.equal(leaks.status, 0, 'the catalogue of an empty store is an empty list');
    assert.match(leaks.stdout, /^no leaks in /);
  });

  it('an ingest with a breach date that is not a date is INVALID_DATE (64)', () => {
    const input = join(dir, 'dump.txt');
    writeFileSync(input, '+447400123456\n');
    const store = join(dir, 'dated');
    for (const date of ['2021-13-45', 'April 2021']) {
      const result = cli(['ingest', input, '--name', 'd', '--store', store, '--breach-date', date]);
      assert.equal(result.status, 64);
      assert.equal(
        result.stderr,
        `ringfence: INVALID_DATE: Invalid breach date ${date}: expected YYYY-MM-DD (or YYYY-MM, YYYY), a real date that is not in the future.\n`,
      );
    }
  });

  it('an unknown option with --json prints only the JSON error, no help text', () => {
    const result = cli(['report', 'x', '--bogus', '--json']);
    assert.equal(result.status, 64);
    assert.deepEqual(JSON.parse(result.stderr), {
      code: 'USAGE',
      message: "Invalid usage: unknown option '--bogus'; see ringfence report --help.",
      details: { reason: "unknown option '--bogus'; see ringfence report --help" },
    });
  });
});
