/**
 * The private check end to end, as processes: `ringfence serve` on a fresh store (it builds the
 * private index in the background and answers once the index can), and `ringfence check
 * --remote` against it. Between the two sits a loopback proxy that records every byte the
 * client sends: the number must be in none of them, in any form.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ingest } from '../src/ingest/index.js';
import { LeakStore } from '../src/store/index.js';
import { findPhoneForms, phoneForms } from './support/number-forms.js';

const LEAKED = { e164: '+447400123456', nsn: '7400123456' };
const NOT_LEAKED = { e164: '+447400654321', nsn: '7400654321' };

let dir: string;
let store: string;
const servers: { child: ChildProcessWithoutNullStreams; url: string; stderr: () => string }[] = [];

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', 'test/support/cli.ts', ...args], {
    env: { ...process.env, RINGFENCE_LOG_LEVEL: 'warn' },
  });
}

function run(args: readonly string[]): Promise<Run> {
  const child = cli(args);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts `ringfence serve --port 0` and resolves with the address it prints. */
async function serve(extra: readonly string[] = []) {
  const child = cli(['serve', '--store', store, '--port', '0', ...extra]);
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const match = /ringfence: serving (http:\/\/\S+)/.exec(stderr);
      if (match !== null) resolve(match[1]!);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      reject(new Error(`serve exited with ${code}: ${stderr}`));
    });
  });
  const server = { child, url, stderr: () => stderr };
  servers.push(server);
  return server;
}

async function waitReady(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const response = await fetch(new URL('v1/health', `${url}/`));
    if (response.ok) {
      const body = (await response.json()) as { privateIndex: { state: string } };
      if (body.privateIndex.state === 'ready') return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail('the private index did not become ready');
}

/** A TCP proxy to `target` that keeps every byte clients send through it. */
async function recordingProxy(
  target: URL,
): Promise<{ url: string; sent: Buffer[]; server: Server }> {
  const sent: Buffer[] = [];
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    client.on('data', (chunk: Buffer) => sent.push(Buffer.from(chunk)));
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  assert.ok(address !== null && typeof address === 'object');
  return { url: `http://127.0.0.1:${address.port}/`, sent, server };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-private-cli-'));
  store = join(dir, 'store');
  const input = join(dir, 'dump.csv');
  writeFileSync(input, 'phone,name\n+447400123456,Ada\n+201001234567,Bob\n+14155550123,Cy\n');
  await ingest({
    input,
    name: 'cli-dump',
    store: new LeakStore(store).root,
    title: 'CLI test dump',
    breachDate: '2021-04-03',
    rows: false,
    workers: 1,
  });
});

after(() => {
  for (const { child } of servers) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('ringfence serve and check --remote', () => {
  let url: string;

  before(async () => {
    // No index yet: serve builds it in the background and answers once it can.
    ({ url } = await serve());
    await waitReady(url);
  });

  it('finds a leaked number (exit 0) and names its leak', async () => {
    const result = await run(['check', '--remote', url, '+44 7400 123456']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^\+447400123456: found in 1 leak\(s\) of http:/);
    assert.match(result.stdout, /cli-dump {2}CLI test dump {2}\(2021-04-03\)/);
  });

  it('does not find another number (exit 1)', async () => {
    const result = await run(['check', '--remote', url, '+44 7400 654321']);
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /^\+447400654321: not found in the leaks of http:/);
  });

  it('normalises a national number with --region, and prints JSON', async () => {
    const result = await run([
      'check',
      '--remote',
      url,
      '07400 123456',
      '--region',
      'GB',
      '--json',
    ]);
    assert.equal(result.code, 0, result.stderr);
    const body = JSON.parse(result.stdout) as {
      e164: string;
      region: string;
      leaks: { name: string; title: string; breachDate: string; dataClasses: string[] }[];
    };
    assert.equal(body.e164, LEAKED.e164);
    assert.equal(body.region, 'GB');
    assert.deepEqual(
      body.leaks.map((l) => [l.name, l.title, l.breachDate]),
      [['cli-dump', 'CLI test dump', '2021-04-03']],
    );
  });

  it('sends no form of the number: every byte through a recording proxy', async () => {
    const proxy = await recordingProxy(new URL(url));
    try {
      const typings = [
        ['+44 7400 123456', 0],
        ['+447400123456', 0],
        ['07400-123-456', 0, '--region', 'GB'],
        ['+44 (0)7400 654321', 1],
      ] as const;
      for (const [number, exit, ...region] of typings) {
        const result = await run(['check', '--remote', proxy.url, number, ...region]);
        assert.equal(result.code, exit, `${number}: ${result.stderr}`);
      }
      const bytes = Buffer.concat(proxy.sent);
      assert.match(bytes.toString('latin1'), /POST \/v1\/private\/check HTTP\/1\.1/);
      assert.equal(bytes.toString('latin1').match(/POST /g)?.length, typings.length);
      for (const number of [LEAKED, NOT_LEAKED])
        assert.deepEqual(findPhoneForms(bytes, phoneForms(number.e164, number.nsn)), []);
    } finally {
      proxy.server.close();
    }
  });

  it('the recorder would see the number if it were sent', () => {
    const forms = phoneForms(LEAKED.e164, LEAKED.nsn);
    for (const leak of [
      `GET /?n=%2B447400123456`,
      `{"n":"+44 (0)7400 12 34 56"}`,
      `{"n":"${Buffer.from('x+447400123456').toString('base64')}"}`,
      `{"n":"${Buffer.from(LEAKED.e164).toString('hex')}"}`,
      `{"n":"${createHash('sha256').update(LEAKED.e164).digest('hex')}"}`,
      `{"n":"${Buffer.from('07400123456').toString('base64url')}"}`,
    ])
      assert.notDeepEqual(findPhoneForms(leak, forms), [], leak);
    const binary = Buffer.alloc(8);
    binary.writeBigUInt64BE(447400123456n);
    assert.notDeepEqual(findPhoneForms(Buffer.concat([Buffer.from('x'), binary]), forms), []);
  });

  it('says what is wrong with a number before asking the server', async () => {
    const result = await run(['check', '--remote', url, 'hello']);
    assert.equal(result.code, 65);
    assert.match(result.stderr, /NOT_A_NUMBER/);
  });

  it('reports an unreachable server as REMOTE_FAILED (exit 69)', async () => {
    const closed = await recordingProxy(new URL(url));
    const port = new URL(closed.url).port;
    await new Promise<void>((resolve) => {
      closed.server.close(() => {
        resolve();
      });
    });
    const result = await run(['check', '--remote', `http://127.0.0.1:${port}/`, LEAKED.e164]);
    assert.equal(result.code, 69);
    assert.match(result.stderr, /^ringfence: REMOTE_FAILED: .*cannot be reached \(ECONNREFUSED\)/);
    const json = await run([
      'check',
      '--remote',
      `http://127.0.0.1:${port}/`,
      LEAKED.e164,
      '--json',
    ]);
    assert.equal((JSON.parse(json.stderr) as { code: string }).code, 'REMOTE_FAILED');
  });

  it("passes on the server's rate limit as RATE_LIMITED (exit 69)", async () => {
    const limited = await serve(['--rate-limit', '1']);
    await waitReady(limited.url);
    assert.equal((await run(['check', '--remote', limited.url, LEAKED.e164])).code, 0);
    const refused = await run(['check', '--remote', limited.url, LEAKED.e164]);
    assert.equal(refused.code, 69);
    assert.match(
      refused.stderr,
      /^ringfence: RATE_LIMITED: Too many requests: try again in \d+ seconds\./,
    );
  });

  it('shuts down on SIGTERM, closing the server and the index (exit 0)', async () => {
    for (const server of servers) {
      const exited = new Promise<number | null>((resolve) => server.child.on('close', resolve));
      server.child.kill('SIGTERM');
      assert.equal(await exited, 0, server.stderr());
      assert.match(server.stderr(), /ringfence: SIGTERM: closing/);
    }
    await assert.rejects(fetch(new URL('v1/health', `${url}/`)));
  });
});
