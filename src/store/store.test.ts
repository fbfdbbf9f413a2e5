import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import { ingest } from '../ingest/index.js';
import { LeakStore, isDerived } from './index.js';

let dir: string;
let store: LeakStore;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-store-'));
  store = new LeakStore(join(dir, 'store'));
  writeFileSync(join(dir, 'x.txt'), '+201001234567\n+447400123456\n');
  for (const name of ['old-leak', 'old-derived'])
    await ingest({ input: join(dir, 'x.txt'), name, store: store.root, rows: false, workers: 1 });
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Rewrites a manifest the way ringfence wrote it before `kind`: no kind, the given source. */
function asOldManifest(name: string, source: string | null): void {
  const path = join(store.leakDir(name), 'manifest.json');
  const { kind: _kind, ...old } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  writeFileSync(path, JSON.stringify({ ...old, source }, null, 2) + '\n');
}

describe('manifest kind', () => {
  it('is written by ingest as leak', () => {
    assert.equal(store.manifest('old-leak').kind, 'leak');
  });

  it('reads a format-1 manifest without kind: derived when its source says so, else leak', () => {
    asOldManifest('old-leak', 'forum post');
    asOldManifest('old-derived', 'derived: a union b');
    assert.equal(store.manifest('old-leak').kind, 'leak');
    assert.equal(store.manifest('old-derived').kind, 'derived');
    assert.deepEqual(
      store.manifests().map((m) => [m.name, isDerived(m)]),
      [
        ['old-derived', true],
        ['old-leak', false],
      ],
    );
    assert.equal(store.requireLeaks().length, 2);
  });

  it('is STORE_EMPTY for a question that needs a leak when the store has derived sets only', () => {
    asOldManifest('old-leak', 'derived: a intersection b');
    assert.throws(
      () => store.requireLeaks(),
      (e: unknown) =>
        isRingfenceError(e, 'STORE_EMPTY') &&
        e.message ===
          `The store ${store.root} holds no leak: ingest one first with ringfence ingest <file> --name <id>.`,
    );
    assert.throws(
      () => new LeakStore(join(dir, 'absent')).requireLeaks(),
      (e: unknown) => isRingfenceError(e, 'STORE_EMPTY'),
    );
  });
});

describe('stats reading notes', () => {
  it('reads the plain sentences of a development stats.json as code NOTE', () => {
    const path = join(store.leakDir('old-leak'), 'stats.json');
    const stats = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> & {
      reading: Record<string, unknown>;
    };
    const old = {
      ...stats,
      reading: { ...stats.reading, notes: ['1 NUL byte removed'], warnings: ['70% rejected'] },
    };
    writeFileSync(path, JSON.stringify(old));
    const reading = store.stats('old-leak').reading!;
    assert.deepEqual(reading.notes, [{ code: 'NOTE', message: '1 NUL byte removed', rows: null }]);
    assert.deepEqual(reading.warnings, [{ code: 'NOTE', message: '70% rejected', rows: null }]);
  });
});
