import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  buildReport,
  compareLeaks,
  deriveLeak,
  noveltyOf,
  recordNovelty,
} from '../analysis/index.js';
import { ingest } from '../ingest/index.js';
import { createLogger } from '../log.js';
import { MAX_TEXT, analyseCall, analyseMessage } from '../messages/index.js';
import { defaultPhoneEngine } from '../phone/index.js';
import { PAGE_CSP, loadWorldMap, renderCompareHtml, renderReportHtml } from '../report/index.js';
import { LeakStore } from '../store/index.js';
import { createApp } from './index.js';
import { DOCS_CSP } from './openapi.js';
import { BATCH_BODY_LIMIT, MAX_BATCH, MESSAGE_BODY_LIMIT } from './schemas.js';

let dir: string;
let store: LeakStore;

const SCAM = {
  text: 'Your parcel is held at customs. Pay the fee at https://dhl-redelivery.info/x today',
  sender: '+447400123456',
  receivedAt: '2024-11-29',
  recipientRegion: 'gb',
};
const CALL = {
  from: '+447400123456',
  transcript: 'This is your bank. Do not hang up, read me the code.',
};

async function ingestCsv(name: string, title: string, breachDate: string, numbers: string[]) {
  const input = join(dir, `${name}.csv`);
  writeFileSync(input, `phone,name\n${numbers.map((n, i) => `${n},p${i}`).join('\n')}\n`);
  await ingest({ input, name, store: store.root, title, breachDate, rows: false, workers: 1 });
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-api-'));
  store = new LeakStore(join(dir, 'store'));
  await ingestCsv('alpha', 'Alpha dump', '2021-04-03', [
    '+447400123456',
    '+447400123457',
    '+201001234567',
    '+33612345678',
  ]);
  await ingestCsv('beta', 'Beta list', '2022-06-01', [
    '+447400123456',
    '+447400123457',
    '+201001234567',
  ]);
  await deriveLeak(store, defaultPhoneEngine(), { name: 'alpha-and-beta', from: 'alpha & beta' });
  recordNovelty(store, noveltyOf(store, defaultPhoneEngine(), 'beta'));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

function app(log = createLogger({ level: 'silent', salt: 'test-salt-0123456789' })) {
  return createApp({ store, privateIndex: null, webDir: null, log });
}

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function post(url: string, body: unknown) {
  return {
    method: 'POST' as const,
    url,
    payload: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  };
}

function assertError(response: { statusCode: number; body: string }, status: number, code: string) {
  assert.equal(response.statusCode, status, response.body);
  const body = JSON.parse(response.body) as { code: string; message: string };
  assert.equal(body.code, code);
  assert.equal(typeof body.message, 'string');
  assert.doesNotMatch(response.body, new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
}

describe('GET /v1/leaks and /v1/leaks/:id', () => {
  it('lists leaks, not derived sets, after the breach model', async () => {
    const response = await app().inject({ method: 'GET', url: '/v1/leaks' });
    assert.equal(response.statusCode, 200);
    const { leaks } = response.json<{ leaks: { id: string }[] }>();
    assert.deepEqual(
      leaks.map((l) => l.id),
      ['alpha', 'beta'],
    );
  });

  it('answers one leak with exactly its catalogue fields, recompilationOf from novelty', async () => {
    const response = await app().inject({ method: 'GET', url: '/v1/leaks/beta' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(response.headers['cache-control'], 'no-cache');
    const m = store.manifest('beta');
    assert.deepEqual(response.json(), {
      id: 'beta',
      name: 'beta',
      title: 'Beta list',
      breachDate: '2022-06-01',
      addedDate: m.addedDate,
      counts: m.counts,
      dataClasses: m.dataClasses,
      flags: {
        verified: false,
        fabricated: false,
        sensitive: false,
        spamList: false,
        recompilation: true,
        recompilationOf: 'alpha',
      },
    });
    const alpha = await app().inject({ method: 'GET', url: '/v1/leaks/alpha' });
    assert.equal(alpha.json<{ flags: { recompilationOf: unknown } }>().flags.recompilationOf, null);
  });

  it('is 404 LEAK_NOT_FOUND for an unknown leak, a derived set and a name no leak has', async () => {
    for (const id of ['gamma', 'alpha-and-beta', 'UPPER', '..%2Fetc']) {
      for (const suffix of ['', '/report', '/report.html']) {
        const response = await app().inject({ method: 'GET', url: `/v1/leaks/${id}${suffix}` });
        assertError(response, 404, 'LEAK_NOT_FOUND');
      }
    }
  });
});

describe('GET /v1/leaks/:id/report', () => {
  it("answers buildReport's report, every field", async () => {
    const response = await app().inject({ method: 'GET', url: '/v1/leaks/beta/report' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(response.headers['cache-control'], 'no-cache');
    const report = buildReport(store, 'beta');
    assert.ok(report.novelty !== undefined);
    assert.deepEqual(response.json(), json(report));
  });

  it("serves the HTML page under the page's own CSP", async () => {
    const response = await app().inject({ method: 'GET', url: '/v1/leaks/alpha/report.html' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(response.headers['cache-control'], 'no-cache');
    assert.equal(response.headers['content-security-policy'], PAGE_CSP);
    assert.equal(response.body, renderReportHtml(buildReport(store, 'alpha'), loadWorldMap()));
    assert.doesNotMatch(response.body, /<script/);
  });
});

describe('GET /v1/compare', () => {
  it('answers compareLeaks, with line types when asked', async () => {
    const engine = defaultPhoneEngine();
    const plain = await app().inject({ method: 'GET', url: '/v1/compare?a=alpha&b=beta' });
    assert.equal(plain.statusCode, 200);
    assert.equal(plain.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(plain.headers['cache-control'], 'no-cache');
    assert.deepEqual(plain.json(), json(compareLeaks(store, engine, 'alpha', 'beta')));
    const byType = await app().inject({
      method: 'GET',
      url: '/v1/compare?a=alpha&b=beta&byType=true',
    });
    const expected = compareLeaks(store, engine, 'alpha', 'beta', { byType: true });
    assert.ok(expected.lineTypes !== undefined && expected.lineTypes.length > 0);
    assert.deepEqual(byType.json(), json(expected));
  });

  it('serves the compare page under its CSP', async () => {
    const response = await app().inject({ method: 'GET', url: '/v1/compare.html?a=alpha&b=beta' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(response.headers['content-security-policy'], PAGE_CSP);
    assert.equal(
      response.body,
      renderCompareHtml(compareLeaks(store, defaultPhoneEngine(), 'alpha', 'beta')),
    );
  });

  it('refuses a missing or bad parameter with USAGE, an unknown leak with LEAK_NOT_FOUND', async () => {
    for (const url of ['/v1/compare', '/v1/compare.html']) {
      assertError(await app().inject({ method: 'GET', url }), 400, 'USAGE');
      assertError(await app().inject({ method: 'GET', url: `${url}?a=alpha` }), 400, 'USAGE');
      assertError(
        await app().inject({ method: 'GET', url: `${url}?a=alpha&b=beta&byType=maybe` }),
        400,
        'USAGE',
      );
      assertError(
        await app().inject({ method: 'GET', url: `${url}?a=alpha&b=beta&c=1` }),
        400,
        'USAGE',
      );
      assertError(
        await app().inject({ method: 'GET', url: `${url}?a=alpha&b=gamma` }),
        404,
        'LEAK_NOT_FOUND',
      );
      assertError(
        await app().inject({ method: 'GET', url: `${url}?a=alpha-and-beta&b=beta` }),
        404,
        'LEAK_NOT_FOUND',
      );
    }
  });
});

describe('POST /v1/messages/analyse and /v1/calls/analyse', () => {
  it("answers the analyser's result, every field", async () => {
    const response = await app().inject(post('/v1/messages/analyse', SCAM));
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(response.headers['cache-control'], 'no-store');
    const expected = analyseMessage(SCAM);
    assert.equal(expected.verdict, 'scam');
    assert.ok(expected.reasons.some((r) => r.span !== undefined));
    assert.deepEqual(response.json(), json(expected));
  });

  it('analyses a call', async () => {
    const response = await app().inject(post('/v1/calls/analyse', CALL));
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['cache-control'], 'no-store');
    const expected = analyseCall(CALL);
    assert.equal(expected.verdict, 'scam');
    assert.deepEqual(response.json(), json(expected));
  });

  it('refuses bad bodies with 400 INVALID_MESSAGE, and large ones with 413', async () => {
    const cases: [string, unknown][] = [
      ['/v1/messages/analyse', {}],
      ['/v1/messages/analyse', { text: 1 }],
      ['/v1/messages/analyse', { text: 'hi', recipientRegion: 'GBR' }],
      ['/v1/messages/analyse', []],
      ['/v1/messages/analyse', 'null'],
      ['/v1/messages/analyse', '{'],
      ['/v1/messages/analyse-batch', '{'],
      ['/v1/calls/analyse', ''],
      ['/v1/calls/analyse', { transcript: 'hello' }],
      ['/v1/calls/analyse', { from: '' }],
    ];
    for (const [url, body] of cases) {
      const response = await app().inject(post(url, body));
      assertError(response, 400, 'INVALID_MESSAGE');
    }
    // Above the private check's 4 KiB: a long text in a non-Latin script.
    const long = await app().inject(post('/v1/messages/analyse', { text: 'ж'.repeat(MAX_TEXT) }));
    assert.equal(long.statusCode, 200, long.body);
    for (const url of ['/v1/messages/analyse', '/v1/calls/analyse']) {
      const body = { text: 'x'.repeat(MESSAGE_BODY_LIMIT), from: '+447400123456' };
      const large = await app().inject(post(url, body));
      assertError(large, 413, 'PAYLOAD_TOO_LARGE');
      assert.deepEqual(large.json<{ details: unknown }>().details, { limit: MESSAGE_BODY_LIMIT });
    }
  });

  it('logs method, route, status and duration, never the text', async () => {
    const lines: string[] = [];
    const log = createLogger({
      level: 'debug',
      salt: 'test-salt-0123456789',
      stream: { write: (l: string) => lines.push(l) },
    });
    const server = app(log);
    await server.inject(post('/v1/messages/analyse', SCAM));
    await server.inject(post('/v1/messages/analyse-batch', { messages: [SCAM] }));
    await server.inject(post('/v1/calls/analyse', CALL));
    assert.equal(lines.length, 3);
    for (const line of lines) {
      const { time: _time, ...rest } = JSON.parse(line) as Record<string, unknown>;
      assert.deepEqual(Object.keys(rest).sort(), [
        'level',
        'method',
        'ms',
        'msg',
        'route',
        'status',
      ]);
      assert.doesNotMatch(line, /parcel|dhl|7400123456|bank/i);
    }
  });
});

describe('POST /v1/messages/analyse-batch', () => {
  it('answers every item in order, a bad item with its error in place', async () => {
    const items: unknown[] = [SCAM, { text: 'See you at 7?' }, { text: 5 }, 'not an object', SCAM];
    const response = await app().inject(post('/v1/messages/analyse-batch', { messages: items }));
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['cache-control'], 'no-store');
    const { results } = response.json<{ results: unknown[] }>();
    assert.equal(results.length, 5);
    assert.deepEqual(results[0], json(analyseMessage(SCAM)));
    assert.deepEqual(results[1], json(analyseMessage({ text: 'See you at 7?' })));
    assert.deepEqual(results[2], {
      error: {
        code: 'INVALID_MESSAGE',
        message:
          'Not a valid message or call to analyse: text: Invalid input: expected string, received number.',
        details: { reason: 'text: Invalid input: expected string, received number' },
      },
    });
    assert.equal((results[3] as { error: { code: string } }).error.code, 'INVALID_MESSAGE');
    assert.deepEqual(results[4], results[0]);
  });

  it(`takes ${MAX_BATCH} messages and a body above the single-message limit`, async () => {
    const messages = Array.from({ length: MAX_BATCH }, (_, i) => ({
      text: `Message ${i}: ${'the meeting moved to Thursday. '.repeat(20)}`,
    }));
    const payload = JSON.stringify({ messages });
    assert.ok(payload.length > 4096 && payload.length < BATCH_BODY_LIMIT);
    const response = await app().inject(post('/v1/messages/analyse-batch', payload));
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json<{ results: unknown[] }>().results.length, MAX_BATCH);
  });

  it('refuses more than 100, an empty batch, a bad envelope and a body above its limit', async () => {
    const over = { messages: Array.from({ length: MAX_BATCH + 1 }, () => ({ text: 'hi' })) };
    const refused = await app().inject(post('/v1/messages/analyse-batch', over));
    assertError(refused, 400, 'INVALID_MESSAGE');
    assert.match(refused.json<{ message: string }>().message, /at most 100 per batch/);
    for (const body of [{ messages: [] }, {}, { messages: {} }, [], { messages: [], x: 1 }])
      assertError(
        await app().inject(post('/v1/messages/analyse-batch', body)),
        400,
        'INVALID_MESSAGE',
      );
    const large = await app().inject(
      post('/v1/messages/analyse-batch', { messages: [{ text: 'x'.repeat(BATCH_BODY_LIMIT) }] }),
    );
    assertError(large, 413, 'PAYLOAD_TOO_LARGE');
    assert.deepEqual(large.json<{ details: unknown }>().details, { limit: BATCH_BODY_LIMIT });
  });
});

describe('headers', () => {
  it('keeps the strict CSP on JSON routes and answers HTML routes with their own', async () => {
    for (const url of ['/v1/leaks/alpha', '/v1/leaks/alpha/report', '/v1/compare?a=alpha&b=beta']) {
      const csp = String(
        (await app().inject({ method: 'GET', url })).headers['content-security-policy'],
      );
      assert.match(csp, /default-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline/);
    }
    const docs = await app().inject({ method: 'GET', url: '/docs' });
    assert.equal(docs.headers['content-security-policy'], DOCS_CSP);
    assert.doesNotMatch(DOCS_CSP, /unsafe|https:|\*/);
  });
});

describe('rate limits of the analysis, report and compare routes', () => {
  const limited = () =>
    createApp({
      store,
      privateIndex: null,
      webDir: null,
      apiRateLimits: {
        analyse: { max: 2, timeWindow: 60_000 },
        reports: { max: 1, timeWindow: 60_000 },
      },
    });

  it('refuses an address past its analyses with 429 RATE_LIMITED', async () => {
    const server = limited();
    const message = post('/v1/messages/analyse', { text: 'See you at 7, bring the cake' });
    assert.equal((await server.inject(message)).statusCode, 200);
    assert.equal((await server.inject(message)).statusCode, 200);
    assertError(await server.inject(message), 429, 'RATE_LIMITED');
  });

  it('refuses an address past its compares and reports', async () => {
    const server = limited();
    const [a, b] = (
      JSON.parse((await server.inject({ method: 'GET', url: '/v1/leaks' })).body) as {
        leaks: { id: string }[];
      }
    ).leaks.map((l) => l.id);
    const compare = { method: 'GET' as const, url: `/v1/compare?a=${a}&b=${b}` };
    assert.equal((await server.inject(compare)).statusCode, 200);
    assertError(await server.inject(compare), 429, 'RATE_LIMITED');
    const report = { method: 'GET' as const, url: `/v1/leaks/${a}/report` };
    assert.equal((await server.inject(report)).statusCode, 200);
    assertError(await server.inject(report), 429, 'RATE_LIMITED');
  });

  it('leaves the catalogue unlimited', async () => {
    const server = limited();
    for (let i = 0; i < 5; i++)
      assert.equal((await server.inject({ method: 'GET', url: '/v1/leaks' })).statusCode, 200);
  });
});
