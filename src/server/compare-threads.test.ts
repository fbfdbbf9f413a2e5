/**
 * The compare runs in a worker thread and the event loop stays free meanwhile. No timing: the
 * thread is held inside a compare by shared memory (a gate) while the test has the app answer
 * other requests, then released; a compare run on the event loop could not be held like this, so
 * the test would never get past the wait for the thread to start.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { threadId } from 'node:worker_threads';
import Fastify from 'fastify';
import { compareLeaks } from '../analysis/index.js';
import { isRingfenceError } from '../errors.js';
import { ingest } from '../ingest/index.js';
import { defaultPhoneEngine } from '../phone/index.js';
import { LeakStore } from '../store/index.js';
import { CompareThreads } from './compare-threads.js';
import { leakRoutes } from './routes-leaks.js';
import { messageRoutes } from './routes-messages.js';

let dir: string;
let store: LeakStore;

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

// Node 20 has Atomics.waitAsync; the project's TypeScript lib (ES2022) does not declare it.
const waitAsync = (array: Int32Array, index: number, value: number): { value: unknown } =>
  (
    Atomics as unknown as {
      waitAsync(array: Int32Array, index: number, value: number): { value: unknown };
    }
  ).waitAsync(array, index, value);

async function ingestCsv(name: string, numbers: string[]) {
  const input = join(dir, `${name}.csv`);
  writeFileSync(input, `phone,name\n${numbers.map((n, i) => `${n},p${i}`).join('\n')}\n`);
  await ingest({ input, name, store: store.root, title: name, rows: false, workers: 1 });
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-compare-threads-'));
  store = new LeakStore(join(dir, 'store'));
  await ingestCsv('alpha', ['+447400123456', '+447400123457', '+201001234567', '+33612345678']);
  await ingestCsv('beta', ['+447400123456', '+447400123457', '+14155550123']);
});

after(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('CompareThreads', () => {
  it('computes compareLeaks in another thread, with line types when asked', async () => {
    const threads = new CompareThreads();
    try {
      const plain = await threads.compare(store.root, 'alpha', 'beta');
      assert.notEqual(plain.threadId, threadId);
      assert.deepEqual(
        json(plain.comparison),
        json(compareLeaks(store, defaultPhoneEngine(), 'alpha', 'beta')),
      );
      const byType = await threads.compare(store.root, 'beta', 'alpha', true);
      assert.equal(byType.threadId, plain.threadId, 'one thread, reused');
      assert.deepEqual(
        json(byType.comparison),
        json(compareLeaks(store, defaultPhoneEngine(), 'beta', 'alpha', { byType: true })),
      );
    } finally {
      await threads.close();
    }
  });

  it("brings the thread's coded errors back with their code", async () => {
    const threads = new CompareThreads();
    try {
      await assert.rejects(threads.compare(join(dir, 'no-store'), 'alpha', 'beta'), (error) => {
        assert.ok(isRingfenceError(error), String(error));
        return true;
      });
      // The thread survives a failed compare.
      const ok = await threads.compare(store.root, 'alpha', 'beta');
      assert.equal(ok.comparison.intersection, 2);
    } finally {
      await threads.close();
    }
  });
});

describe('GET /v1/compare', () => {
  // The timeout only turns a compare run on the event loop (never held, so never started in a
  // thread) from a hang into a failure.
  it(
    'leaves the event loop free: other requests are answered while a compare runs',
    {
      timeout: 60_000,
    },
    async () => {
      const gate = new Int32Array(new SharedArrayBuffer(8));
      const threads = new CompareThreads({ gate });
      const app = Fastify();
      void app.register(leakRoutes(store, { compareThreads: threads }));
      void app.register(messageRoutes);
      try {
        const comparing = app.inject({ method: 'GET', url: '/v1/compare?a=alpha&b=beta' });
        // The thread is inside the compare now, and stays there until the gate opens.
        await waitAsync(gate, 1, 0).value;

        const leak = await app.inject({ method: 'GET', url: '/v1/leaks/beta' });
        assert.equal(leak.statusCode, 200);
        assert.equal(leak.json<{ id: string }>().id, 'beta');
        const analysed = await app.inject({
          method: 'POST',
          url: '/v1/messages/analyse',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify({
            text: 'Your parcel is held at customs. Pay the fee at https://dhl-redelivery.info/x today',
          }),
        });
        assert.equal(analysed.statusCode, 200, analysed.body);
        assert.equal(analysed.json<{ verdict: string }>().verdict, 'scam');

        Atomics.store(gate, 0, 1);
        Atomics.notify(gate, 0);
        const compared = await comparing;
        assert.equal(compared.statusCode, 200, compared.body);
        assert.deepEqual(
          compared.json(),
          json(compareLeaks(store, defaultPhoneEngine(), 'alpha', 'beta')),
        );
      } finally {
        Atomics.store(gate, 0, 1);
        Atomics.notify(gate, 0);
        await app.close();
        await threads.close();
      }
    },
  );
});
