import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { echoPool } from '../test/support/echo-pool.js';
import { isRingfenceError } from './errors.js';

describe('WorkerPool', () => {
  it('answers every call with its own response, more calls than threads hold', async () => {
    const pool = echoPool(2);
    try {
      const ids = Array.from({ length: 50 }, () => pool.id());
      const responses = await Promise.all(ids.map((id) => pool.call({ id })));
      assert.deepEqual(
        responses.map((r) => r.id),
        ids,
      );
      // Both threads took calls.
      assert.equal(new Set(responses.map((r) => r.thread)).size, 2);
    } finally {
      await pool.close();
    }
  });

  it("posts a thread its next call while it works on one, so it never waits for the main thread's turn", async () => {
    const pool = echoPool(1);
    try {
      const first = pool.call({ id: pool.id(), peek: true });
      const second = pool.call({ id: pool.id() });
      const third = pool.call({ id: pool.id(), peek: true });
      // The thread found the second call in its port while it answered the first; the third
      // (past the two a thread holds) waited in the pool, and nothing followed it.
      assert.equal((await first).queued, true);
      assert.equal((await second).queued, undefined);
      assert.equal((await third).queued, false);
    } finally {
      await pool.close();
    }
  });

  it('rejects a call the thread answers with an error, and every call an exiting thread held', async () => {
    const pool = echoPool(1);
    try {
      await assert.rejects(pool.call({ id: pool.id(), fail: true }), /asked to fail/);
      const internal = (error: unknown): boolean =>
        isRingfenceError(error) && error.code === 'INTERNAL';
      await Promise.all([
        assert.rejects(pool.call({ id: pool.id(), exit: true }), internal),
        assert.rejects(pool.call({ id: pool.id() }), internal),
        // Past the two the thread held: queued, then failed with it, as the pool has no thread.
        assert.rejects(pool.call({ id: pool.id() }), internal),
      ]);
      // A pool without a live thread fails a new call at once rather than holding it forever.
      await assert.rejects(pool.call({ id: pool.id() }), internal);
    } finally {
      await pool.close();
    }
  });
});
