/**
 * `ringfence serve` as an operator runs it: the configuration file and the flags over it, the
 * start-up line, /metrics on and off (in-process, stopped through ServeIo.stopped), and a real
 * process that receives SIGTERM while a request is in flight. The request is held in flight
 * without timing: it is sent with `Expect: 100-continue` and its body withheld; the server's
 * `100 Continue` proves it has the request, and the body goes out only once the server has said
 * it is closing.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import { ingest } from '../ingest/index.js';
import { buildProgram } from './index.js';
import { runServe, type ServeCommandOptions } from './serve.js';

let dir: string;
let store: string;

const SCAM_TEXT =
  'Your parcel is held at customs. Pay the fee at https://dhl-redelivery.info/x today';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-serve-'));
  store = join(dir, 'store');
  const input = join(dir, 'dump.csv');
  writeFileSync(input, 'phone,name\n+447400123456,Ada\n+201001234567,Bob\n');
  await ingest({ input, name: 'dump', store, title: 'A dump', rows: false, workers: 1 });
});

after(() => {
  rmSync(dir, { recursive: true, force: true });
});

function configFile(json: unknown): string {
  const path = join(dir, `serve-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

/** runServe in this process: its stderr lines, its address, and a stop(). */
async function serveInProcess(options: ServeCommandOptions) {
  let stderr = '';
  let announced: (url: string) => void = () => undefined;
  const url = new Promise<string>((resolve) => (announced = resolve));
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      stderr += chunk.toString();
      const match = /ringfence: serving (http:\/\/\S+)/.exec(stderr);
      if (match !== null) announced(match[1]!);
      callback();
    },
  });
  let stop: (signal: string) => void = () => undefined;
  const stopped = new Promise<string>((resolve) => (stop = resolve));
  const done = runServe({ port: '0', store, ...options }, { stderr: sink, stopped });
  const base = await Promise.race([
    url,
    done.then(() => assert.fail(`serve ended before serving: ${stderr}`)),
  ]);
  return {
    url: base,
    stderr: () => stderr,
    async stop() {
      stop('SIGTERM');
      return done;
    },
  };
}

describe('serve configuration', () => {
  it('reads the file, lets flags override it, and prints the result on one line', async () => {
    const config = configFile({
      host: '127.0.0.1',
      port: 1,
      rateLimits: { analyse: { max: 2, windowSeconds: 600 } },
      metrics: true,
    });
    const server = await serveInProcess({ config, port: '0', analyseRateLimit: '3' });
    try {
      const line = /ringfence: configuration (\{.*\})\n/.exec(server.stderr());
      assert.ok(line !== null, server.stderr());
      const printed = JSON.parse(line[1]!) as {
        port: number;
        store: string;
        rateLimits: { analyse: { max: number; timeWindow: number } };
      };
      assert.equal(printed.port, 0, 'the flag, not the file');
      assert.equal(printed.store, store);
      assert.deepEqual(printed.rateLimits.analyse, { max: 3, timeWindow: 60_000 });

      // The flag's limit is the one enforced: 3 analyses, then 429.
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const response = await fetch(`${server.url}/v1/messages/analyse`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: SCAM_TEXT }),
        });
        await response.arrayBuffer();
        statuses.push(response.status);
      }
      assert.deepEqual(statuses, [200, 200, 200, 429]);
      assert.equal((await fetch(`${server.url}/metrics`)).status, 200);
    } finally {
      assert.equal(await server.stop(), 0);
    }
    assert.match(server.stderr(), /ringfence: SIGTERM: closing/);
  });

  it('serves no /metrics with --no-metrics, even when the file turns them on', async () => {
    const server = await serveInProcess({ config: configFile({ metrics: true }), metrics: false });
    try {
      const metrics = await fetch(`${server.url}/metrics`);
      assert.equal(metrics.status, 404);
      assert.equal(((await metrics.json()) as { code: string }).code, 'NOT_FOUND');
      assert.equal((await fetch(`${server.url}/v1/leaks`)).status, 200);
    } finally {
      await server.stop();
    }
    assert.match(server.stderr(), /"metrics":false/);
  });

  it('refuses a file with an unknown key or a bad value before listening', async () => {
    for (const [json, key] of [
      [{ prot: 8080 }, 'prot'],
      [{ rateLimits: { check: { max: -1 } } }, 'rateLimits.check.max'],
    ] as const) {
      const config = configFile(json);
      await assert.rejects(runServe({ config, store }, { stderr: new Writable() }), (error) => {
        assert.ok(isRingfenceError(error, 'CONFIG_FILE_INVALID'), String(error));
        assert.equal(error.details?.key, key);
        assert.ok(error.message.includes(config));
        return true;
      });
    }
    await assert.rejects(
      runServe({ config: join(dir, 'missing.json'), store }, { stderr: new Writable() }),
      (error) =>
        isRingfenceError(error, 'CONFIG_FILE_INVALID') && /cannot be read/.test(error.message),
    );
  });
});

describe('serve flags', () => {
  /** The options commander gives runServe for `serve <argv>`. */
  function parse(argv: string[]): ServeCommandOptions {
    const serve = buildProgram().commands.find((command) => command.name() === 'serve')!;
    serve.parseOptions(argv);
    return serve.opts<ServeCommandOptions>();
  }

  it('leaves unset what was not given, so that the file decides', () => {
    assert.deepEqual(parse([]), {});
    assert.equal(parse(['--no-metrics']).metrics, false);
    assert.equal(parse(['--metrics']).metrics, true);
    assert.deepEqual(
      parse([
        '--config',
        'a.json',
        '--processes',
        '2',
        '--analyse-rate-limit',
        '5',
        '--reports-rate-limit',
        '6',
      ]),
      { config: 'a.json', processes: '2', analyseRateLimit: '5', reportsRateLimit: '6' },
    );
  });
});

describe('serve shutdown', () => {
  it('on SIGTERM finishes the request in flight, then exits 0', { timeout: 120_000 }, async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/support/cli.ts', 'serve', '--store', store, '--port', '0'],
      { env: { ...process.env, RINGFENCE_LOG_LEVEL: 'warn', RINGFENCE_REDIS_URL: '' } },
    );
    let stderr = '';
    const waitFor = (pattern: RegExp): Promise<RegExpExecArray> =>
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
        child.once('exit', (code) => {
          reject(new Error(`serve exited with ${code} before ${pattern}: ${stderr}`));
        });
      });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const url = new URL((await waitFor(/ringfence: serving (http:\/\/\S+)/))[1]!);
      const body = JSON.stringify({ text: SCAM_TEXT });
      const req = request({
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: '/v1/messages/analyse',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          expect: '100-continue',
        },
      });
      const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
        req.on('response', (response) => {
          let text = '';
          response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          response.on('end', () => {
            resolve({ status: response.statusCode ?? 0, body: text });
          });
        });
        req.on('error', reject);
      });
      // The server has the request (headers read, routed) once it says 100 Continue.
      await new Promise<void>((resolve) => req.once('continue', resolve));
      child.kill('SIGTERM');
      await waitFor(/ringfence: SIGTERM: closing/);
      req.end(body);

      const { status, body: text } = await answer;
      assert.equal(status, 200, text);
      assert.equal((JSON.parse(text) as { verdict: string }).verdict, 'scam');
      assert.equal(await exited, 0, stderr);
      assert.match(stderr, /ringfence: closed/);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
