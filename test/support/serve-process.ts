/**
 * What the suites that run `ringfence serve` as real processes share: a store with one small
 * leak and its private index built, and stopping the servers a test started.
 */
import assert from 'node:assert/strict';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/index.js';

/** `<dir>/store`, holding the leak `dump` (three numbers) and its private index. */
export async function storeWithPrivateIndex(dir: string): Promise<string> {
  const store = join(dir, 'store');
  const input = join(dir, 'dump.csv');
  writeFileSync(input, 'phone,name\n+447400123456,Ada\n+201001234567,Bob\n+14155550123,Cy\n');
  await ingest({ input, name: 'dump', store, title: 'A dump', rows: false, workers: 1 });
  const build = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'test/support/cli.ts', 'private', 'build', '--store', store],
    { encoding: 'utf8', env: { ...process.env, RINGFENCE_LOG_LEVEL: 'warn' } },
  );
  assert.equal(build.status, 0, build.stderr);
  return store;
}

/** Sends SIGTERM to each child still running and resolves once all have exited. */
export async function stopChildren(children: readonly ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) {
            resolve();
            return;
          }
          child.once('exit', () => {
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}
