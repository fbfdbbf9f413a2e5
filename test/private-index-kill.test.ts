import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, it } from 'node:test';
import { ingest } from '../src/ingest/index.js';
import { buildPrivateIndex } from '../src/privacy/index-build.js';
import { indexDir } from '../src/privacy/index-catalogue.js';
import { loadKey } from '../src/privacy/key.js';
import { LeakStore } from '../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ringfence-private-kill-'));
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('a private build killed with SIGKILL', () => {
  it('resumes where it stopped and writes the bytes of an uninterrupted build', async () => {
    const lines = ['phone'];
    for (let i = 0; i < 3000; i++) lines.push(`+2010${String((i * 7919) % 1e8).padStart(8, '0')}`);
    const input = join(dir, 'dump.csv');
    writeFileSync(input, lines.join('\n') + '\n');
    const store = new LeakStore(join(dir, 'store'));
    await ingest({ input, name: 'dump', store: store.root, rows: false, workers: 1 });

    // The reference, with libsodium; the killed build uses noble (slow enough to be killed
    // mid-way), the resumed one libsodium again: the entries do not depend on the provider.
    await buildPrivateIndex(store, { oprf: 'sodium', workers: 2 });
    const at = indexDir(store, loadKey(store).keyId);
    const files = ['numbers.rfpb', 'entries.rfpi'];
    const reference = files.map((f) => readFileSync(join(at, f)));
    rmSync(at, { recursive: true });

    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/support/cli.ts',
        'private',
        'build',
        '--store',
        store.root,
        '--oprf',
        'noble',
        '--workers',
        '1',
        '--json',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => {
        resolve(signal);
      }),
    );
    // Killed once some ranges are marked done, and long before all of them are.
    const progress = join(at, 'entries.progress');
    for (let waited = 0; ; waited += 20) {
      assert.ok(waited < 60_000, 'no range was marked done');
      const marks = existsSync(progress) ? readFileSync(progress) : Buffer.alloc(0);
      if (marks.includes(1)) break;
      await sleep(20);
    }
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL', 'the build was still running when killed');
    assert.ok(existsSync(progress), 'stage 2 was not complete');

    const resumed = await buildPrivateIndex(store, { oprf: 'sodium', workers: 2 });
    assert.equal(resumed.resumed, true);
    assert.ok(resumed.evaluated > 0 && resumed.evaluated < resumed.numbers);
    assert.deepEqual(
      files.map((f) => readFileSync(join(at, f))),
      reference,
    );
    assert.equal(existsSync(progress), false);
  });
});
