import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ingest } from '../src/ingest/index.js';
import { LeakStore } from '../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ringfence-kill-'));
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('an ingest killed with SIGKILL', () => {
  it('leaves no leak, and the next ingest cleans its build folder', async () => {
    // ~2M rows: long enough to be killed mid-way on any machine.
    const lines: string[] = ['phone,country'];
    for (let i = 0; i < 2_000_000; i++)
      lines.push(`+2010${String((i * 7919) % 100_000_000).padStart(8, '0')},EG`);
    const input = join(dir, 'big.csv');
    writeFileSync(input, lines.join('\n') + '\n');
    const store = new LeakStore(join(dir, 'store'));

    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/support/cli.ts',
        'ingest',
        input,
        '--name',
        'killed',
        '--store',
        store.root,
        '--json',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, RINGFENCE_LOG_LEVEL: 'debug' } },
    );
    // Kill once the first chunk has been merged: the build folder exists, the workers are busy,
    // and most of the 2M rows are still to come. The marker is the ingest's own debug log line.
    const merged = new Promise<void>((resolve, reject) => {
      let log = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (text: string) => {
        log += text;
        if (log.includes('"msg":"chunk merged"')) resolve();
      });
      child.on('exit', () => {
        reject(new Error(`the ingest ended before a chunk was merged: ${log}`));
      });
    });
    await merged;
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => {
        resolve(signal);
      }),
    );
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL', 'the ingest was still running when killed');

    assert.equal(store.has('killed'), false, 'no leak is published');
    assert.deepEqual(store.names(), []);
    assert.ok(
      readdirSync(store.leaksDir).some((n) => n.startsWith('.build-killed')),
      'the killed build folder is still there before the next run',
    );

    const small = join(dir, 'small.txt');
    writeFileSync(small, '+201001234567\n');
    await ingest({ input: small, name: 'after', store: store.root });
    assert.deepEqual(store.names(), ['after']);
    assert.deepEqual(
      readdirSync(store.leaksDir).filter((n) => n.startsWith('.')),
      [],
      'the next ingest removed the dead build',
    );
    // And the killed name can be ingested from scratch.
    const again = await ingest({ input: small, name: 'killed', store: store.root });
    assert.equal(again.unique, 1);
  });
});
