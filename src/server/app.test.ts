import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { memoryPrivateIndex } from '../../test/support/memory-private-index.js';
import { deriveLeak } from '../analysis/index.js';
import { ingest } from '../ingest/index.js';
import { createLogger } from '../log.js';
import { defaultPhoneEngine } from '../phone/index.js';
import { prepareCheck } from '../privacy/client.js';
import type { PrivateIndex } from '../privacy/private-index.js';
import { LeakStore } from '../store/index.js';
import { BODY_LIMIT, createApp, type AppDeps } from './index.js';

const LEAKED = '+447400123456';
const NOT_LEAKED = '+447400123457';

let dir: string;
let store: LeakStore;

const index = memoryPrivateIndex({
  numbers: [
    { e164: LEAKED, leaks: ['server-dump'] },
    { e164: '+201001234567', leaks: ['server-dump'] },
  ],
  leaks: {
    'server-dump': { title: 'Server dump', breachDate: '2021-04-03', dataClasses: ['names'] },
  },
});

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-server-'));
  store = new LeakStore(join(dir, 'store'));
  const input = join(dir, 'dump.csv');
  writeFileSync(input, 'phone,name\n+447400123456,a\n+201001234567,b\n');
  await ingest({
    input,
    name: 'server-dump',
    store: store.root,
    title: 'Server dump',
    breachDate: '2021-04-03',
    rows: false,
    workers: 1,
  });
  // Set algebra on leaks is not a leak: the catalogue leaves it out, as the index does.
  await deriveLeak(store, defaultPhoneEngine(), {
    name: 'server-dump-again',
    from: 'server-dump | server-dump',
  });
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

function app(deps: Partial<AppDeps> = {}) {
  return createApp({ store, privateIndex: index, webDir: null, ...deps });
}

function post(body: string, contentType = 'application/json') {
  return {
    method: 'POST' as const,
    url: '/v1/private/check',
    body,
    headers: { 'content-type': contentType },
  };
}

function errorCode(response: { body: string }): string {
  return (JSON.parse(response.body) as { code: string }).code;
}

describe('GET /v1/health', () => {
  it('is 200 with the index state when checks can be answered', async () => {
    const response = await app().inject({ method: 'GET', url: '/v1/health' });
    assert.equal(response.statusCode, 200);
    const body = response.json<{
      status: string;
      privateIndex: { state: string; numbers: number };
    }>();
    assert.equal(body.status, 'ok');
    assert.equal(body.privateIndex.state, 'ready');
    assert.equal(body.privateIndex.numbers, 2);
  });

  it('is 503 PRIVATE_INDEX_UNAVAILABLE without an index, until one appears', async () => {
    let current: PrivateIndex | null = null;
    const server = app({ privateIndex: () => current });
    const before = await server.inject({ method: 'GET', url: '/v1/health' });
    assert.equal(before.statusCode, 503);
    assert.equal(errorCode(before), 'PRIVATE_INDEX_UNAVAILABLE');
    const check = prepareCheck(LEAKED);
    const refused = await server.inject(post(JSON.stringify(check.request)));
    assert.equal(refused.statusCode, 503);
    current = index;
    const now = await server.inject({ method: 'GET', url: '/v1/health' });
    assert.equal(now.statusCode, 200);
  });
});

describe('GET /v1/leaks', () => {
  it('lists the catalogue facts of every leak, and nothing else', async () => {
    assert.deepEqual(store.names(), ['server-dump', 'server-dump-again']);
    const response = await app().inject({ method: 'GET', url: '/v1/leaks' });
    assert.equal(response.statusCode, 200);
    const { leaks } = response.json<{ leaks: Record<string, unknown>[] }>();
    assert.equal(leaks.length, 1);
    const [leak] = leaks;
    assert.deepEqual(Object.keys(leak!).sort(), [
      'addedDate',
      'breachDate',
      'counts',
      'dataClasses',
      'flags',
      'id',
      'name',
      'title',
    ]);
    assert.equal(leak!.id, 'server-dump');
    assert.equal(leak!.title, 'Server dump');
    assert.equal((leak!.counts as { unique: number }).unique, 2);
  });
});

describe('POST /v1/private/check', () => {
  it('answers so that the client finds a leaked number', async () => {
    const check = prepareCheck(LEAKED);
    const response = await app().inject(post(JSON.stringify(check.request)));
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.deepEqual(check.finish(response.json()), {
      found: true,
      leaks: [
        {
          id: 'server-dump',
          title: 'Server dump',
          breachDate: '2021-04-03',
          dataClasses: ['names'],
        },
      ],
    });
  });

  it('answers so that the client does not find another number', async () => {
    const check = prepareCheck(NOT_LEAKED);
    const response = await app().inject(post(JSON.stringify(check.request)));
    assert.equal(response.statusCode, 200);
    assert.deepEqual(check.finish(response.json()), { found: false, leaks: [] });
  });

  it('gives malformed requests stable codes with the status of the code', async () => {
    const server = app();
    const good = prepareCheck(LEAKED).request;
    const cases: [string, ReturnType<typeof post>, number, string][] = [
      ['not JSON', post('{"version":1,'), 400, 'PRIVATE_REQUEST_INVALID'],
      ['empty', post(''), 400, 'PRIVATE_REQUEST_INVALID'],
      ['text/plain', post(JSON.stringify(good), 'text/plain'), 400, 'PRIVATE_REQUEST_INVALID'],
      [
        'form',
        post('version=1', 'application/x-www-form-urlencoded'),
        400,
        'PRIVATE_REQUEST_INVALID',
      ],
      ['an array', post('[]'), 400, 'PRIVATE_REQUEST_INVALID'],
      ['__proto__', post('{"__proto__":{"x":1}}'), 400, 'PRIVATE_REQUEST_INVALID'],
      [
        'no version',
        post(JSON.stringify({ ...good, version: undefined })),
        400,
        'PRIVATE_REQUEST_INVALID',
      ],
      ['version 2', post(JSON.stringify({ ...good, version: 2 })), 400, 'PRIVATE_REQUEST_INVALID'],
      [
        'bucket 2^20',
        post(JSON.stringify({ ...good, bucket: 2 ** 20 })),
        400,
        'PRIVATE_REQUEST_INVALID',
      ],
      ['bucket -1', post(JSON.stringify({ ...good, bucket: -1 })), 400, 'PRIVATE_REQUEST_INVALID'],
      [
        'bucket "1"',
        post(JSON.stringify({ ...good, bucket: '1' })),
        400,
        'PRIVATE_REQUEST_INVALID',
      ],
      [
        'short element',
        post(JSON.stringify({ ...good, blindedElement: 'AAAA' })),
        400,
        'PRIVATE_REQUEST_INVALID',
      ],
      [
        'not base64url',
        post(JSON.stringify({ ...good, blindedElement: '+'.repeat(43) })),
        400,
        'PRIVATE_REQUEST_INVALID',
      ],
      [
        'not a point',
        post(JSON.stringify({ ...good, blindedElement: '_'.repeat(43) })),
        400,
        'PRIVATE_REQUEST_INVALID',
      ],
      [
        'an extra field',
        post(JSON.stringify({ ...good, number: LEAKED })),
        400,
        'PRIVATE_REQUEST_INVALID',
      ],
      [
        'too large',
        post(JSON.stringify({ ...good, pad: 'x'.repeat(BODY_LIMIT) })),
        413,
        'PAYLOAD_TOO_LARGE',
      ],
    ];
    for (const [name, request, status, code] of cases) {
      const response = await server.inject(request);
      assert.equal(response.statusCode, status, `${name}: ${response.body}`);
      const body = response.json<{ code: string; message: string; details?: unknown }>();
      assert.equal(body.code, code, name);
      assert.equal(typeof body.message, 'string');
      assert.doesNotMatch(response.body, /7400123456/, `${name} echoes the request`);
    }
  });

  it('names what is wrong in the details', async () => {
    const good = prepareCheck(LEAKED).request;
    const response = await app().inject(post(JSON.stringify({ ...good, bucket: -1 })));
    const body = response.json<{ details: { reason: string } }>();
    assert.match(body.details.reason, /^bucket: /);
  });

  it('rate-limits per client address with 429 RATE_LIMITED and Retry-After', async () => {
    const server = app({ rateLimit: { max: 2, timeWindow: 60_000 } });
    const send = (remoteAddress: string) =>
      server.inject({ ...post(JSON.stringify(prepareCheck(LEAKED).request)), remoteAddress });
    assert.equal((await send('192.0.2.1')).statusCode, 200);
    assert.equal((await send('192.0.2.1')).statusCode, 200);
    const limited = await send('192.0.2.1');
    assert.equal(limited.statusCode, 429);
    assert.equal(errorCode(limited), 'RATE_LIMITED');
    const retryAfter = Number(limited.headers['retry-after']);
    assert.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    assert.match(limited.json<{ message: string }>().message, /try again in \d+ seconds/);
    // Malformed requests count too: a scraper cannot probe for free.
    const malformed = await server.inject({ ...post('{'), remoteAddress: '192.0.2.1' });
    assert.equal(malformed.statusCode, 429);
    assert.equal((await send('192.0.2.2')).statusCode, 200);
    // The catalogue and the health check are not the scarce resource.
    const leaks = await server.inject({
      method: 'GET',
      url: '/v1/leaks',
      remoteAddress: '192.0.2.1',
    });
    assert.equal(leaks.statusCode, 200);
  });

  it('is not found by GET', async () => {
    const response = await app().inject({ method: 'GET', url: '/v1/private/check' });
    assert.equal(response.statusCode, 404);
    assert.equal(errorCode(response), 'NOT_FOUND');
  });
});

describe('errors and headers', () => {
  it('answers an unknown path with 404 NOT_FOUND', async () => {
    const response = await app().inject({ method: 'GET', url: '/v2/anything?x=1' });
    assert.equal(response.statusCode, 404);
    assert.deepEqual(response.json(), {
      code: 'NOT_FOUND',
      message: 'No such resource: /v2/anything.',
      details: { path: '/v2/anything' },
    });
  });

  it('hides server faults behind INTERNAL 500 without details, and logs them', async () => {
    const lines: string[] = [];
    const log = createLogger({
      level: 'error',
      salt: 'test-salt-0123456789',
      stream: { write: (l: string) => lines.push(l) },
    });
    const broken: PrivateIndex = {
      ...index,
      evaluate: (element) => index.evaluate(element),
      status: () => index.status(),
      bucket: () => Promise.reject(new Error('disk on fire at /srv/secret/path')),
      close: () => Promise.resolve(),
    };
    const response = await app({ privateIndex: broken, log }).inject(
      post(JSON.stringify(prepareCheck(LEAKED).request)),
    );
    assert.equal(response.statusCode, 500);
    assert.deepEqual(response.json(), {
      code: 'INTERNAL',
      message: 'Internal error. This is a bug in ringfence; please report it.',
    });
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /disk on fire/);
  });

  it('sets security headers and a strict CSP on every response, and no cookie', async () => {
    for (const url of ['/v1/health', '/v1/leaks', '/nowhere']) {
      const response = await app().inject({ method: 'GET', url });
      const csp = String(response.headers['content-security-policy']);
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'/);
      assert.match(csp, /connect-src 'self'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https:|\*/);
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(response.headers['referrer-policy'], 'no-referrer');
      assert.equal(response.headers['set-cookie'], undefined);
    }
  });

  it('logs method, route, status and duration of a check, and nothing of its body', async () => {
    const lines: string[] = [];
    const log = createLogger({
      level: 'debug',
      salt: 'test-salt-0123456789',
      stream: { write: (l: string) => lines.push(l) },
    });
    const check = prepareCheck(LEAKED);
    await app({ log }).inject(post(JSON.stringify(check.request)));
    assert.equal(lines.length, 1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    const { time: _time, ...rest } = line;
    assert.deepEqual(Object.keys(rest).sort(), ['level', 'method', 'ms', 'msg', 'route', 'status']);
    assert.deepEqual([rest.method, rest.route, rest.status], ['POST', '/v1/private/check', 200]);
    assert.ok(!lines[0]!.includes(check.request.blindedElement));
    assert.ok(!lines[0]!.includes(String(check.request.bucket)));
  });
});

describe('the page', () => {
  let webDir: string;
  before(() => {
    webDir = join(dir, 'web');
    mkdirSync(webDir);
    writeFileSync(
      join(webDir, 'index.html'),
      '<!doctype html><style>body{color:red}</style><script type="module" src="check.js"></script>',
    );
    writeFileSync(join(webDir, 'check.js'), `console.log(${JSON.stringify('x'.repeat(1000))});`);
  });

  it('serves index.html, with its style allowed by hash', async () => {
    const response = await app({ webDir }).inject({ method: 'GET', url: '/' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(response.body, /<style>/);
    // sha256 of "body{color:red}"
    assert.match(
      String(response.headers['content-security-policy']),
      /style-src 'self' 'sha256-[A-Za-z0-9+/]{43}='/,
    );
  });

  it('serves check.js as JavaScript, gzipped when the browser accepts it', async () => {
    const server = app({ webDir });
    const plain = await server.inject({ method: 'GET', url: '/check.js' });
    assert.equal(plain.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(plain.headers['content-encoding'], undefined);
    const zipped = await server.inject({
      method: 'GET',
      url: '/check.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(zipped.rawPayload).toString(), plain.body);
    assert.ok(zipped.rawPayload.length < plain.rawPayload.length);
  });

  it('is not found when it has not been built', async () => {
    const response = await app({ webDir: join(dir, 'nowhere') }).inject({
      method: 'GET',
      url: '/',
    });
    assert.equal(response.statusCode, 404);
    assert.equal(errorCode(response), 'NOT_FOUND');
  });
});
