import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ingest } from '../ingest/index.js';
import { createLogger } from '../log.js';
import { prepareCheck } from '../privacy/client.js';
import { LeakStore } from '../store/index.js';
import { createApp, servePrivateIndex } from './index.js';

let dir: string;
let store: LeakStore;
const log = createLogger({ level: 'silent', salt: 'served-index-test-salt' });

async function addLeak(name: string, rows: string): Promise<void> {
  const input = join(dir, `${name}.csv`);
  writeFileSync(input, `phone,name\n${rows}`);
  await ingest({ input, name, store: store.root, title: `Dump ${name}`, rows: false, workers: 1 });
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-served-index-'));
  store = new LeakStore(join(dir, 'store'));
  await addLeak('first', '+447400123456,a\n+201001234567,b\n');
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function check(app: ReturnType<typeof createApp>, e164: string) {
  const prepared = prepareCheck(e164);
  const response = await app.inject({
    method: 'POST',
    url: '/v1/private/check',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(prepared.request),
  });
  assert.equal(response.statusCode, 200, response.body);
  return prepared.finish(response.json());
}

describe('servePrivateIndex', () => {
  it('builds a missing index in the background, then answers checks with it', async () => {
    const served = await servePrivateIndex(store, { log, workers: 1 });
    const app = createApp({ store, privateIndex: () => served.current(), webDir: null });
    try {
      await served.built;
      const index = served.current();
      assert.ok(index !== null);
      assert.equal(index.status().state, 'ready');
      assert.equal((await app.inject({ method: 'GET', url: '/v1/health' })).statusCode, 200);
      const found = await check(app, '+447400123456');
      assert.deepEqual(
        found.leaks.map((l) => [l.id, l.title]),
        [['first', 'Dump first']],
      );
      assert.equal((await check(app, '+447400123457')).found, false);
    } finally {
      await app.close();
      await served.close();
    }
    assert.equal(served.current(), null);
  });

  it('opens a ready index at once, and rebuilds a stale one in the background', async () => {
    const ready = await servePrivateIndex(store, { log, workers: 1 });
    assert.equal(ready.current()?.status().state, 'ready');
    await ready.close();

    await addLeak('second', '+447400123457,c\n');
    const served = await servePrivateIndex(store, { log, workers: 1 });
    const app = createApp({ store, privateIndex: () => served.current(), webDir: null });
    try {
      // Stale: never answered from, since its answers would miss the new leak.
      const stale = served.current();
      assert.ok(stale === null || stale.status().numbers === 3);
      await served.built;
      assert.deepEqual(
        (await check(app, '+447400123457')).leaks.map((l) => l.id),
        ['second'],
      );
    } finally {
      await app.close();
      await served.close();
    }
  });
});
