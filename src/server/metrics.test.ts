import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { memoryPrivateIndex } from '../../test/support/memory-private-index.js';
import { prepareCheck } from '../privacy/client.js';
import { LeakStore } from '../store/index.js';
import { createApp, type AppDeps } from './index.js';

const LEAKED = '+447400123456';
const CLIENT = '192.0.2.77';

const index = memoryPrivateIndex({
  numbers: [{ e164: LEAKED, leaks: ['metrics-dump'] }],
  leaks: { 'metrics-dump': { title: 'Metrics dump', breachDate: '2021-04-03', dataClasses: [] } },
});

let dir: string;
let store: LeakStore;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-metrics-'));
  store = new LeakStore(join(dir, 'store'));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

function app(deps: Partial<AppDeps> = {}) {
  return createApp({ store, privateIndex: index, webDir: null, ...deps });
}

type App = ReturnType<typeof app>;

function check(server: App, body = JSON.stringify(prepareCheck(LEAKED).request)) {
  return server.inject({
    method: 'POST',
    url: '/v1/private/check',
    body,
    headers: { 'content-type': 'application/json' },
    remoteAddress: CLIENT,
  });
}

async function scrape(server: App): Promise<string> {
  const response = await server.inject({ method: 'GET', url: '/metrics' });
  assert.equal(response.statusCode, 200);
  return response.body;
}

/** The value of one sample, `name{labels}` exactly as exposed (labels in declaration order). */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

const CHECK_200 =
  'ringfence_http_requests_total{method="POST",route="/v1/private/check",status="200"}';
const CHECK_429 =
  'ringfence_http_requests_total{method="POST",route="/v1/private/check",status="429"}';
const NOT_FOUND = 'ringfence_http_requests_total{method="GET",route="(none)",status="404"}';
const CHECKS = 'ringfence_private_checks_total';
const LIMITED = 'ringfence_rate_limited_total{route="/v1/private/check"}';
const CHECK_DURATIONS = 'ringfence_http_request_duration_seconds_count{route="/v1/private/check"}';

describe('GET /metrics', () => {
  it('serves the text exposition format, not cached', async () => {
    const response = await app().inject({ method: 'GET', url: '/metrics' });
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-type'] as string, /^text\/plain; version=0\.0\.4/);
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.match(response.body, /^# HELP ringfence_http_requests_total /m);
    assert.match(response.body, /^# TYPE ringfence_http_request_duration_seconds histogram$/m);
    // Process metrics: CPU, memory, event loop.
    assert.match(response.body, /^process_cpu_user_seconds_total /m);
    assert.match(response.body, /^process_resident_memory_bytes /m);
    assert.match(response.body, /^nodejs_eventloop_lag_seconds /m);
    assert.equal(sample(response.body, LIMITED), 0);
    assert.equal(sample(response.body, 'ringfence_message_analyses_total{kind="message"}'), 0);
  });

  it('counts a successful check, a 404 and a rate-limit refusal', async () => {
    const server = app({ rateLimit: { max: 1, timeWindow: 60_000 } });

    assert.equal((await check(server)).statusCode, 200);
    let text = await scrape(server);
    assert.equal(sample(text, CHECK_200), 1);
    assert.equal(sample(text, CHECKS), 1);
    assert.equal(sample(text, CHECK_DURATIONS), 1);
    assert.equal(sample(text, LIMITED), 0);

    const missing = await server.inject({
      method: 'GET',
      url: '/v1/numbers/447400123456?number=%2B447400123456',
      remoteAddress: CLIENT,
    });
    assert.equal(missing.statusCode, 404);
    text = await scrape(server);
    assert.equal(sample(text, NOT_FOUND), 1);
    assert.equal(sample(text, CHECKS), 1);

    assert.equal((await check(server)).statusCode, 429);
    text = await scrape(server);
    assert.equal(sample(text, CHECK_429), 1);
    assert.equal(sample(text, LIMITED), 1);
    assert.equal(sample(text, CHECK_200), 1);
    assert.equal(sample(text, CHECKS), 1, 'a refused check is not an answered one');
    assert.equal(sample(text, CHECK_DURATIONS), 2);
  });

  it('counts scrapes too, and is never rate-limited', async () => {
    const server = app({ rateLimit: { max: 1, timeWindow: 60_000 } });
    for (let i = 0; i < 5; i++) await scrape(server);
    const text = await scrape(server);
    assert.equal(
      sample(text, 'ringfence_http_requests_total{method="GET",route="/metrics",status="200"}'),
      5,
    );
  });

  it('counts message and call analyses, each item of a batch', async () => {
    const server = app();
    const post = (url: string, body: unknown) =>
      server.inject({ method: 'POST', url, body: body as Record<string, unknown> });
    const message = { text: 'Your parcel is held: pay the fee at https://example.test/fee' };
    const single = await post('/v1/messages/analyse', message);
    if (single.statusCode === 404) return; // the analysis routes are not served by this build
    assert.equal(single.statusCode, 200, single.body);
    assert.equal(
      (await post('/v1/messages/analyse-batch', { messages: [message, message, message] }))
        .statusCode,
      200,
    );
    const text = await scrape(server);
    assert.equal(sample(text, 'ringfence_message_analyses_total{kind="message"}'), 4);
  });

  it('has no label that carries a number, a text, a URL or a client address', async () => {
    const server = app({ rateLimit: { max: 1, timeWindow: 60_000 } });
    const request = prepareCheck(LEAKED).request;
    await check(server, JSON.stringify(request));
    await check(server, JSON.stringify(request));
    await check(server, '{"number":"+447400123456"}');
    await server.inject({ method: 'GET', url: '/v1/private/+447400123456', remoteAddress: CLIENT });
    await server.inject({ method: 'GET', url: '/7400123456?q=7400123456', remoteAddress: CLIENT });
    await server.inject({ method: 'DELETE', url: '/v1/leaks', remoteAddress: CLIENT });
    const text = await scrape(server);
    for (const leaked of ['7400123456', '400123', CLIENT, request.blindedElement, '?q='])
      assert.ok(!text.includes(leaked), `the exposition holds ${leaked}`);
    // Every label of ringfence's own series is one of a closed set.
    const ours = text.split('\n').filter((line) => line.startsWith('ringfence_'));
    for (const line of ours)
      for (const [, name, value] of line.matchAll(/([a-z_]+)="([^"]*)"/g)) {
        const allowed = {
          method: /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|OTHER)$/,
          route: /^(\(none\)|\/[a-z0-9/:_.-]*)$/,
          status: /^[1-5]\d\d$/,
          kind: /^(message|call)$/,
          le: /^(\d+(\.\d+)?|\+Inf)$/,
        }[name!];
        assert.ok(allowed?.test(value!), `label ${name}="${value}"`);
      }
    // A route label is a registered pattern, never the URL asked for.
    for (const [, route] of text.matchAll(/route="([^"]*)"/g))
      assert.ok(
        ['(none)', '/metrics', '/v1/private/check', '/v1/leaks'].includes(route!),
        `route label ${route}`,
      );
  });

  it('keeps one registry per app', async () => {
    const first = app();
    const second = app();
    await check(first);
    assert.equal(sample(await scrape(first), CHECKS), 1);
    assert.equal(sample(await scrape(second), CHECKS), 0);
  });

  it('is not served with metrics: false', async () => {
    const response = await app({ metrics: false }).inject({ method: 'GET', url: '/metrics' });
    assert.equal(response.statusCode, 404);
    assert.equal(response.json<{ code: string }>().code, 'NOT_FOUND');
  });
});
