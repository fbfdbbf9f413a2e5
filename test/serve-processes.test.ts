/**
 * `ringfence serve --processes 2`: one primary, two workers sharing the port (node:cluster), the
 * rate-limit counters in a real redis-server (test/support/redis.ts). Each request goes over a
 * new connection, which the primary hands to the workers in turn; the workers' request log lines
 * (RINGFENCE_LOG_LEVEL=info, each tagged with its worker id) show which one answered, read once
 * the server has exited so that every line has been written.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { prepareCheck } from '../src/privacy/client.js';
import { RATE_LIMIT_NAMESPACE } from '../src/server/index.js';
import { freePort, startRedis, type TestRedis } from './support/redis.js';
import { stopChildren, storeWithPrivateIndex } from './support/serve-process.js';

const LIMIT = 5;

let dir: string;
let store: string;
let redis: TestRedis;
let running: ChildProcessWithoutNullStreams[] = [];

interface Serve {
  readonly child: ChildProcessWithoutNullStreams;
  readonly stderr: () => string;
  /** Resolves with the first match of `pattern` in stderr; rejects if the server exits first. */
  waitFor(pattern: RegExp): Promise<RegExpExecArray>;
  /** Resolves with the exit code once the process and every writer of its stderr are gone. */
  readonly closed: Promise<number | null>;
}

function serve(args: readonly string[], env: Record<string, string> = {}): Serve {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/support/cli.ts', 'serve', '--store', store, '--port', '0', ...args],
    { env: { ...process.env, RINGFENCE_LOG_LEVEL: 'warn', RINGFENCE_REDIS_URL: '', ...env } },
  );
  running.push(child);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.resume();
  const closed = new Promise<number | null>((resolve) => child.once('close', resolve));
  return {
    child,
    stderr: () => stderr,
    closed,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const look = (): boolean => {
          const match = pattern.exec(stderr);
          if (match !== null) resolve(match);
          return match !== null;
        };
        if (look()) return;
        const onData = (): void => {
          if (look()) child.stderr.off('data', onData);
        };
        child.stderr.on('data', onData);
        void closed.then((code) => {
          reject(new Error(`serve exited with ${code} before ${pattern}: ${stderr}`));
        });
      }),
  };
}

/** One private check over a new connection: its status. */
function check(url: URL): Promise<number> {
  const body = JSON.stringify(prepareCheck('+447400123456').request);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: '/v1/private/check',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        response.resume();
        response.on('end', () => {
          resolve(response.statusCode ?? 0);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** GET over a new connection: status and body. */
function get(url: URL): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, agent: false },
      (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, body });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** The worker ids of the request log lines of a route. */
function workersAnswering(stderr: string, route: string): number[] {
  const workers: number[] = [];
  for (const line of stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { msg?: string; route?: string; worker?: number };
    if (entry.msg === 'request' && entry.route === route && entry.worker !== undefined)
      workers.push(entry.worker);
  }
  return workers;
}

/** The pids of a process's children (Linux). */
function childrenOf(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter((token) => token !== '')
    .map(Number);
}

async function stopAll(): Promise<void> {
  const children = running;
  running = [];
  await stopChildren(children);
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-serve-processes-'));
  store = await storeWithPrivateIndex(dir);
  redis = await startRedis();
});

after(async () => {
  await stopAll();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

afterEach(stopAll);

describe('serve --processes 2', () => {
  it("holds a client's rate limit across both workers, through Redis", async () => {
    const server = serve(['--processes', '2', '--rate-limit', String(LIMIT)], {
      RINGFENCE_REDIS_URL: redis.url,
      RINGFENCE_LOG_LEVEL: 'info',
    });
    const url = new URL(
      (await server.waitFor(/ringfence: serving (http:\/\/\S+) .*2 processes\)/))[1]!,
    );
    const statuses = [];
    for (let i = 0; i < LIMIT + 2; i++) statuses.push(await check(url));
    assert.deepEqual(statuses, [...Array<number>(LIMIT).fill(200), 429, 429]);

    const client = new Redis(redis.url);
    try {
      const keys = await client.keys(`${RATE_LIMIT_NAMESPACE}*`);
      assert.equal(keys.length, 1, keys.join(', '));
      assert.equal(Number(await client.get(keys[0]!)), LIMIT + 2);
      await client.flushall();
    } finally {
      client.disconnect();
    }

    // One scrape, whichever worker takes it, shows both workers' counters, labelled.
    const metrics = await get(new URL('/metrics', url));
    assert.equal(metrics.status, 200);
    const answered = [
      ...metrics.body.matchAll(/^ringfence_private_checks_total\{worker="(\d)"\} (\d+)$/gm),
    ];
    assert.deepEqual(answered.map((m) => m[1]).sort(), ['1', '2'], metrics.body);
    assert.equal(
      answered.reduce((sum, m) => sum + Number(m[2]), 0),
      LIMIT,
    );

    server.child.kill('SIGTERM');
    assert.equal(await server.closed, 0, server.stderr());
    assert.match(server.stderr(), /SIGTERM: closing 2 processes/);
    assert.match(server.stderr(), /ringfence: closed/);
    // Both workers answered checks: without the shared counter each would have allowed LIMIT.
    const workers = workersAnswering(server.stderr(), '/v1/private/check');
    assert.equal(workers.length, LIMIT + 2, server.stderr());
    assert.deepEqual([...new Set(workers)].sort(), [1, 2]);
  });

  it('replaces a worker that dies, and still answers', async () => {
    const server = serve(['--processes', '2'], { RINGFENCE_REDIS_URL: redis.url });
    const url = new URL((await server.waitFor(/ringfence: serving (http:\/\/\S+)/))[1]!);
    const before = childrenOf(server.child.pid!);
    assert.equal(before.length, 2);
    process.kill(before[0]!, 'SIGKILL');
    await server.waitFor(/a server process ended \(SIGKILL\); starting another/);
    await server.waitFor(/a new server process listens \(2 of 2\)/);
    const now = childrenOf(server.child.pid!);
    assert.equal(now.length, 2);
    assert.ok(!now.includes(before[0]!));
    assert.ok(now.includes(before[1]!));
    assert.equal(await check(url), 200);
    server.child.kill('SIGTERM');
    assert.equal(await server.closed, 0, server.stderr());
  });

  it('refuses to start without Redis (USAGE, exit 64)', async () => {
    const server = serve(['--processes', '2']);
    assert.equal(await server.closed, 64);
    assert.match(server.stderr(), /2 processes need Redis/);
    assert.doesNotMatch(server.stderr(), /serving/);
  });

  it('stops with SHARED_STATE_UNAVAILABLE (exit 69), once, when Redis cannot be reached', async () => {
    const port = await freePort();
    const server = serve(['--processes', '2'], {
      RINGFENCE_REDIS_URL: `redis://:hunter2@127.0.0.1:${port}`,
    });
    assert.equal(await server.closed, 69, server.stderr());
    assert.equal(server.stderr().match(/SHARED_STATE_UNAVAILABLE/g)?.length, 1, server.stderr());
    assert.doesNotMatch(server.stderr(), /hunter2|serving/);
  });
});
