import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRingfenceError, type ErrorCode } from '../errors.js';
import { checkRemote, prepareCheck } from './client.js';
import { nobleOprf } from './oprf-noble.js';
import {
  ENTRY_BYTES,
  PROTOCOL_VERSION,
  bucketOf,
  checkRequestSchema,
  encodeEntry,
  fromBase64url,
  oprfInput,
  toBase64url,
  type CheckRequest,
  type CheckResponse,
} from './protocol.js';

const key = nobleOprf.deriveKeyPair(new Uint8Array(32).fill(7), new TextEncoder().encode('test'));

const LEAKED = '+447400123456';
const ALSO_LEAKED = '+201001234567';
const NOT_LEAKED = '+447400123457';

/** A server in a few lines: the leaked numbers' entries, whatever bucket is asked for. */
function serve(request: CheckRequest): CheckResponse {
  const numbers = [
    [LEAKED, 1],
    [ALSO_LEAKED, 0],
  ] as const;
  const entries = new Uint8Array((numbers.length + 2) * ENTRY_BYTES);
  numbers.forEach(([e164, set], i) => {
    encodeEntry(nobleOprf.evaluate(key.secretKey, oprfInput(e164)), set, entries, i * ENTRY_BYTES);
  });
  entries.fill(0xab, numbers.length * ENTRY_BYTES); // two dummies
  return {
    version: PROTOCOL_VERSION,
    keyId: '0011223344556677',
    bucket: request.bucket,
    evaluatedElement: toBase64url(
      nobleOprf.blindEvaluate(key.secretKey, fromBase64url(request.blindedElement)),
    ),
    entrySize: ENTRY_BYTES,
    entries: toBase64url(entries),
    leakSets: [['fb-2021'], ['fb-2021', 'wa-2022']],
    leaks: {
      'fb-2021': { title: 'Facebook 2021', breachDate: '2019-08-01', dataClasses: ['names'] },
      'wa-2022': { title: 'WhatsApp 2022', breachDate: null, dataClasses: [] },
    },
  };
}

function remoteFailure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isRingfenceError(error, 'REMOTE_FAILED')) return String(error.details?.reason);
    throw error;
  }
  return assert.fail('expected REMOTE_FAILED');
}

describe('prepareCheck', () => {
  it('sends only the version, the bucket and a blinded element', () => {
    const { request } = prepareCheck(LEAKED);
    assert.deepEqual(Object.keys(request).sort(), ['blindedElement', 'bucket', 'version']);
    assert.equal(request.bucket, bucketOf(LEAKED));
    assert.equal(fromBase64url(request.blindedElement).length, 32);
    assert.deepEqual(checkRequestSchema.parse(request), request);
  });

  it('blinds afresh on every check of the same number', () => {
    const a = prepareCheck(LEAKED).request.blindedElement;
    const b = prepareCheck(LEAKED).request.blindedElement;
    assert.notEqual(a, b);
  });

  it('refuses what is not E.164', () => {
    for (const input of ['07400123456', '+44 7400 123456', '', '+0123456'])
      assert.throws(
        () => prepareCheck(input),
        (e) => isRingfenceError(e, 'PRIVATE_REQUEST_INVALID'),
      );
  });

  it('finds a leaked number and names every leak of its set', () => {
    const check = prepareCheck(LEAKED);
    const result = check.finish(JSON.parse(JSON.stringify(serve(check.request))));
    assert.deepEqual(result, {
      found: true,
      leaks: [
        { id: 'fb-2021', title: 'Facebook 2021', breachDate: '2019-08-01', dataClasses: ['names'] },
        { id: 'wa-2022', title: 'WhatsApp 2022', breachDate: null, dataClasses: [] },
      ],
    });
    const other = prepareCheck(ALSO_LEAKED);
    assert.deepEqual(
      other.finish(serve(other.request)).leaks.map((l) => l.id),
      ['fb-2021'],
    );
  });

  it('does not find a number that is not leaked', () => {
    const check = prepareCheck(NOT_LEAKED);
    assert.deepEqual(check.finish(serve(check.request)), { found: false, leaks: [] });
  });

  it('cannot read its answer with another check’s blind', () => {
    const mine = prepareCheck(LEAKED);
    const someoneElses = prepareCheck(LEAKED);
    const answer = serve(someoneElses.request);
    assert.deepEqual(mine.finish(answer), { found: false, leaks: [] });
  });

  it('takes a broken answer for REMOTE_FAILED, naming the server', () => {
    const check = prepareCheck(LEAKED);
    const good = serve(check.request);
    const url = 'https://check.example';
    for (const garbage of [
      null,
      'nope',
      42,
      {},
      { ...good, version: 2 },
      { ...good, entries: '!' },
    ])
      assert.match(
        remoteFailure(() => check.finish(garbage, url)),
        /not a check response/,
      );
    assert.match(
      remoteFailure(() => check.finish({ ...good, bucket: (good.bucket + 1) % 2 ** 20 })),
      /another bucket/,
    );
    assert.match(
      remoteFailure(() => check.finish({ ...good, entries: toBase64url(new Uint8Array(13)) })),
      /whole/,
    );
    assert.match(
      remoteFailure(() => check.finish({ ...good, evaluatedElement: 'A'.repeat(42) + 'B' })),
      /group element/,
    );
    assert.match(
      remoteFailure(() => check.finish({ ...good, leakSets: [['fb-2021']] })),
      /no leak set/,
    );
    assert.match(
      remoteFailure(() => check.finish({ ...good, leaks: {} })),
      /not described/,
    );
    assert.throws(
      () => check.finish(null, url),
      (error) => isRingfenceError(error, 'REMOTE_FAILED') && error.details?.url === url,
    );
  });
});

describe('checkRemote', () => {
  const json = (status: number, body: unknown): Response =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  /** A fetch that answers like a server, and keeps what it was sent. */
  function fakeFetch(answer: (request: CheckRequest) => Response) {
    const sent: { url: string; init: RequestInit; body: string }[] = [];
    const fetch: typeof globalThis.fetch = (url, init = {}) => {
      const body = typeof init.body === 'string' ? init.body : '';
      sent.push({
        url: url instanceof URL ? url.href : typeof url === 'string' ? url : url.url,
        init,
        body,
      });
      return Promise.resolve(answer(JSON.parse(body) as CheckRequest));
    };
    return { sent, fetch };
  }

  async function failure(run: () => Promise<unknown>, code: ErrorCode): Promise<string> {
    try {
      await run();
    } catch (error) {
      if (isRingfenceError(error, code)) return error.message;
      throw error;
    }
    return assert.fail(`expected ${code}`);
  }

  it('posts the request under the base URL and reads the answer', async () => {
    const { sent, fetch } = fakeFetch((request) => json(200, serve(request)));
    const result = await checkRemote('https://check.example/ringfence/', LEAKED, { fetch });
    assert.deepEqual(
      result.leaks.map((l) => l.id),
      ['fb-2021', 'wa-2022'],
    );
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.url, 'https://check.example/ringfence/v1/private/check');
    assert.equal(sent[0]!.init.method, 'POST');
    assert.equal(sent[0]!.init.credentials, 'omit');
    assert.deepEqual(Object.keys(JSON.parse(sent[0]!.body) as object).sort(), [
      'blindedElement',
      'bucket',
      'version',
    ]);
    const notFound = await checkRemote('https://check.example/', NOT_LEAKED, { fetch });
    assert.equal(notFound.found, false);
  });

  it("passes on the server's rate limit and unavailability with their codes", async () => {
    const limited = fakeFetch(() =>
      json(429, {
        code: 'RATE_LIMITED',
        message: 'Too many requests: try again in 42 seconds.',
        details: { seconds: 42 },
      }),
    );
    assert.match(
      await failure(() => checkRemote('http://h/', LEAKED, limited), 'RATE_LIMITED'),
      /try again in 42 seconds/,
    );
    const unavailable = fakeFetch(() =>
      json(503, {
        code: 'PRIVATE_INDEX_UNAVAILABLE',
        message: 'x',
        details: { reason: 'building' },
      }),
    );
    await failure(() => checkRemote('http://h/', LEAKED, unavailable), 'PRIVATE_INDEX_UNAVAILABLE');
  });

  it('takes any other failure for REMOTE_FAILED', async () => {
    const internal = fakeFetch(() => json(500, { code: 'INTERNAL', message: 'Internal error.' }));
    assert.match(
      await failure(() => checkRemote('http://h/', LEAKED, internal), 'REMOTE_FAILED'),
      /HTTP 500 INTERNAL/,
    );
    const html = fakeFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502 }));
    assert.match(
      await failure(() => checkRemote('http://h/', LEAKED, html), 'REMOTE_FAILED'),
      /HTTP 502 without a JSON body/,
    );
    const mislabelled = fakeFetch(() => json(200, { code: 'RATE_LIMITED', message: 'x' }));
    await failure(() => checkRemote('http://h/', LEAKED, mislabelled), 'REMOTE_FAILED');
    const refused = (() =>
      Promise.reject(
        new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }),
      )) as typeof globalThis.fetch;
    assert.match(
      await failure(() => checkRemote('http://h/', LEAKED, { fetch: refused }), 'REMOTE_FAILED'),
      /cannot be reached \(ECONNREFUSED\)/,
    );
  });
});
