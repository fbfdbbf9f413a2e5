/**
 * Several `ringfence serve` processes behind one load balancer enforce one rate limit per client
 * when they share Redis (RINGFENCE_REDIS_URL), and each its own without it. Real processes, a
 * real redis-server (test/support/redis.ts), a store with a built private index, and real
 * private checks sent alternately to two servers; all from 127.0.0.1, so one client.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { prepareCheck } from '../src/privacy/client.js';
import { RATE_LIMIT_NAMESPACE, connectSharedState, createApp } from '../src/server/index.js';
import { LeakStore } from '../src/store/index.js';
import { memoryPrivateIndex } from './support/memory-private-index.js';
import { freePort, startRedis, type TestRedis } from './support/redis.js';
import { stopChildren, storeWithPrivateIndex } from './support/serve-process.js';

const LIMIT = 5;

let dir: string;
let store: string;
let redis: TestRedis;
let running: ChildProcessWithoutNullStreams[] = [];

interface Server {
  readonly url: string;
  readonly stderr: () => string;
}

function cli(args: readonly string[], env: Record<string, string>) {
  return spawn(process.execPath, ['--import', 'tsx', 'test/support/cli.ts', ...args], {
    env: { ...process.env, RINGFENCE_LOG_LEVEL: 'warn', RINGFENCE_REDIS_URL: '', ...env },
  });
}

/** `ringfence serve --port 0`, resolved with the address of its "serving" line. */
function serve(env: Record<string, string> = {}): Promise<Server> {
  const child = cli(['serve', '--store', store, '--port', '0', '--rate-limit', String(LIMIT)], env);
  running.push(child);
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const match = /ringfence: serving (http:\/\/\S+)/.exec(stderr);
      if (match !== null) resolve({ url: match[1]!, stderr: () => stderr });
    });
    child.on('error', reject);
    child.on('close', (code) => {
      reject(new Error(`serve exited with ${code}: ${stderr}`));
    });
  });
}

/** Runs a command to its end: exit code and stderr. */
function runToEnd(args: readonly string[], env: Record<string, string> = {}) {
  const child = cli(args, env);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.resume();
  return new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stderr });
    });
  });
}

async function check(server: Server): Promise<{ status: number; code?: string }> {
  const response = await fetch(new URL('v1/private/check', `${server.url}/`), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(prepareCheck('+447400123456').request),
  });
  const body = (await response.json()) as { code?: string };
  return response.status === 200 ? { status: 200 } : { status: response.status, code: body.code };
}

async function stopAll(): Promise<void> {
  const children = running;
  running = [];
  await stopChildren(children);
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-redis-rate-'));
  store = await storeWithPrivateIndex(dir);
  redis = await startRedis();
});

after(async () => {
  await stopAll();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

afterEach(stopAll);

describe('rate limits across two serve processes', () => {
  it('share one limit per client through Redis, whichever process answers', async () => {
    const env = { RINGFENCE_REDIS_URL: redis.url };
    const servers = await Promise.all([serve(env), serve(env)]);
    for (const server of servers) assert.match(server.stderr(), /rate limits in redis/);

    const answers = [];
    for (let i = 0; i < LIMIT + 2; i++) answers.push(await check(servers[i % 2]!));
    assert.deepEqual(
      answers.slice(0, LIMIT).map((answer) => answer.status),
      Array<number>(LIMIT).fill(200),
    );
    // The 6th overall goes to the second server, the 7th to the first: both refuse.
    assert.deepEqual(answers.slice(LIMIT), [
      { status: 429, code: 'RATE_LIMITED' },
      { status: 429, code: 'RATE_LIMITED' },
    ]);

    // The counter is in Redis, under ringfence's namespace.
    const client = new Redis(redis.url);
    try {
      const keys = await client.keys(`${RATE_LIMIT_NAMESPACE}*`);
      assert.equal(keys.length, 1, keys.join(', '));
      assert.equal(Number(await client.get(keys[0]!)), LIMIT + 2);
      await client.flushall();
    } finally {
      client.disconnect();
    }
  });

  it('count per process in memory without Redis', async () => {
    const servers = await Promise.all([serve(), serve()]);
    for (const server of servers) assert.match(server.stderr(), /rate limits in memory/);

    const answers = [];
    for (let i = 0; i < 2 * LIMIT; i++) answers.push((await check(servers[i % 2]!)).status);
    // Twice the limit gets through: each process saw only half of the requests.
    assert.deepEqual(answers, Array<number>(2 * LIMIT).fill(200));
    assert.deepEqual(await check(servers[0]), { status: 429, code: 'RATE_LIMITED' });
    assert.deepEqual(await check(servers[1]), { status: 429, code: 'RATE_LIMITED' });
  });

  it('refuses to start when Redis cannot be reached (SHARED_STATE_UNAVAILABLE, exit 69)', async () => {
    const port = await freePort();
    const result = await runToEnd(['serve', '--store', store, '--port', '0'], {
      RINGFENCE_REDIS_URL: `redis://:hunter2@127.0.0.1:${port}`,
    });
    assert.equal(result.code, 69, result.stderr);
    assert.match(result.stderr, /SHARED_STATE_UNAVAILABLE/);
    assert.match(result.stderr, new RegExp(`127\\.0\\.0\\.1:${port}`));
    assert.doesNotMatch(result.stderr, /hunter2/);
    assert.doesNotMatch(result.stderr, /serving/);
  });
});

describe('a Redis lost while serving', () => {
  it('answers rate-limited requests with 503 SHARED_STATE_UNAVAILABLE, not INTERNAL', async () => {
    const own = await startRedis();
    const shared = await connectSharedState(own.url);
    const app = createApp({
      store: new LeakStore(store),
      privateIndex: memoryPrivateIndex({
        numbers: [{ e164: '+447400123456', leaks: ['dump'] }],
        leaks: { dump: { title: 'A dump', breachDate: '2021-04-03', dataClasses: [] } },
      }),
      webDir: null,
      sharedState: shared,
      rateLimit: { max: LIMIT, timeWindow: 60_000 },
    });
    const send = () =>
      app.inject({
        method: 'POST',
        url: '/v1/private/check',
        body: JSON.stringify(prepareCheck('+447400123456').request),
        headers: { 'content-type': 'application/json' },
      });
    try {
      assert.equal((await send()).statusCode, 200);
      await own.stop();
      const refused = await send();
      assert.equal(refused.statusCode, 503, refused.body);
      assert.equal(refused.json<{ code: string }>().code, 'SHARED_STATE_UNAVAILABLE');
      assert.doesNotMatch(refused.body, /127\.0\.0\.1|ECONNREFUSED/);
      // The catalogue does not depend on the counters.
      assert.equal((await app.inject({ method: 'GET', url: '/v1/leaks' })).statusCode, 200);
    } finally {
      await app.close();
      await shared.close();
      await own.stop();
    }
  });
});
