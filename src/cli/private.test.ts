import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { ingest } from '../ingest/index.js';
import { runPrivateStatus } from './private.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

let dir: string;
let store: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-cli-private-'));
  store = join(dir, 'store');
  const input = join(dir, 'dump.csv');
  writeFileSync(input, 'phone,name\n+447400123456,a\n+201001234567,b\n+393201234567,c\n');
  await ingest({ input, name: 'dump', store, title: 'A dump', rows: false, workers: 1 });
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const runs: Run[] = [];

/** The CLI from source in a child process, every log line on (debug). */
function cli(...args: string[]): Run {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'test/support/cli.ts', 'private', ...args, '--store', store],
    { encoding: 'utf8', env: { ...process.env, RINGFENCE_LOG_LEVEL: 'debug' } },
  );
  const run = { status: result.status, stdout: result.stdout, stderr: result.stderr };
  runs.push(run);
  return run;
}

const secrets: string[] = [];

function rememberSecret(): string {
  const file = JSON.parse(readFileSync(join(store, 'private', 'key.json'), 'utf8')) as {
    keyId: string;
    secretKey: string;
  };
  secrets.push(file.secretKey);
  return file.keyId;
}

describe('ringfence private', () => {
  it('status before a key, key, build, status, rotation: ids and figures, never the secret', () => {
    const none = cli('status', '--json');
    assert.equal(none.status, 0, none.stderr);
    assert.equal((JSON.parse(none.stdout) as { state: string }).state, 'no-key');

    const created = cli('key', '--json');
    assert.equal(created.status, 0, created.stderr);
    const keyId = rememberSecret();
    assert.deepEqual(
      { ...(JSON.parse(created.stdout) as Record<string, unknown>), createdAt: null },
      {
        keyId,
        createdAt: null,
        path: join(store, 'private', 'key.json'),
        created: true,
        replaced: null,
      },
    );
    const shown = cli('key');
    assert.equal(shown.status, 0, shown.stderr);
    assert.match(shown.stdout, new RegExp(`^private-check key ${keyId} \\(created `));

    assert.equal(cli('status').stdout.includes('not built: run ringfence private build'), true);
    const built = cli('build', '--workers', '1', '--oprf', 'noble');
    assert.equal(built.status, 0, built.stderr);
    assert.match(built.stdout, new RegExp(`built \\(key ${keyId}\\)`));
    assert.match(built.stdout, /numbers {5}3 in 3 buckets, 8 entries per bucket/);
    const again = cli('build', '--json');
    const summary = JSON.parse(again.stdout) as { upToDate: boolean; numbers: number };
    assert.deepEqual([summary.upToDate, summary.numbers], [true, 3]);

    const status = cli('status', '--json');
    assert.deepEqual(
      { ...(JSON.parse(status.stdout) as Record<string, unknown>), keyCreatedAt: null, bytes: 0 },
      {
        store,
        keyId,
        keyCreatedAt: null,
        state: 'ready',
        leaks: ['dump'],
        numbers: 3,
        buckets: 3,
        bucketsDone: 2 ** 20,
        bucketSize: 8,
        bytes: 0,
      },
    );
    assert.match(cli('status').stdout, /state {7}ready/);

    const rotated = cli('key', '--rotate');
    assert.equal(rotated.status, 0, rotated.stderr);
    const newId = rememberSecret();
    assert.notEqual(newId, keyId);
    assert.match(
      rotated.stdout,
      new RegExp(`It replaces key ${keyId}: run ringfence private build`),
    );
    assert.match(cli('status').stdout, /not built/);
    assert.equal(cli('build', '--oprf', 'noble').status, 0);
  });

  it('a key others can read stops the commands with PRIVATE_KEY_INVALID (exit 78)', () => {
    chmodSync(join(store, 'private', 'key.json'), 0o644);
    for (const command of ['build', 'status', 'key']) {
      const run = cli(command);
      assert.equal(run.status, 78, command);
      assert.match(run.stderr, /PRIVATE_KEY_INVALID: .* let others in: chmod 600/);
    }
    chmodSync(join(store, 'private', 'key.json'), 0o600);
  });

  it('no output or log line of any run holds a secret key', () => {
    assert.ok(runs.length >= 10 && secrets.length === 2);
    for (const run of runs) {
      for (const secret of secrets) {
        for (const text of [run.stdout, run.stderr]) {
          assert.ok(!text.includes(secret), 'the secret key was printed');
          assert.ok(!text.includes(secret.slice(0, 16)), 'part of the secret key was printed');
        }
      }
    }
    assert.ok(
      runs.some((run) => run.stderr.includes('"level":"info"')),
      'logs were on',
    );
  });

  it('status writes to the given stream', async () => {
    const stdout = new Capture();
    await runPrivateStatus({ store, json: false }, { stdout, stderr: new Capture() });
    assert.match(stdout.text, /^private-check index of .*\n {2}key {9}[0-9a-f]{16} \(created /);
  });
});
