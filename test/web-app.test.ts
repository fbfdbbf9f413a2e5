/**
 * The web app's pages in-process (app.inject(), no port): every page answers HTML under the
 * app's strict CSP with the shared navigation; the message form works as a plain form post and
 * marks its evidence; errors are pages with the right status; text from the data is escaped; the
 * pages stay out of the OpenAPI description; the message form has a body limit and a rate limit,
 * and the message never reaches the log.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { deriveLeak } from '../src/analysis/index.js';
import { ingest } from '../src/ingest/index.js';
import { createLogger } from '../src/log.js';
import { defaultPhoneEngine } from '../src/phone/index.js';
import { createApp, type AppDeps } from '../src/server/index.js';
import { hoistStyleAttributes } from '../src/server/pages/analyst-pages.js';
import { markEvidence } from '../src/server/pages/message-page.js';
import { MESSAGE_FORM_LIMIT } from '../src/server/web-app.js';
import { LeakStore } from '../src/store/index.js';
import { buildWeb } from '../web/build.js';

const EVIL_TITLE = '<script>alert("x")</script> & Co';
const SCAM =
  'DHL: your parcel is held at customs. Pay the £1.99 fee within 24 hours at https://dhl-redelivery.top/pay or it will be returned.';
const PAGES = ['/', '/message', '/leaks', '/leaks/dump-a', '/compare', '/about'] as const;
const NAV = ['Check my number', 'Is this a scam?', 'Leaks', 'Compare', 'About'];

let dir: string;
let store: LeakStore;
let webDir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-web-app-'));
  store = new LeakStore(join(dir, 'store'));
  const a = join(dir, 'a.csv');
  const b = join(dir, 'b.csv');
  writeFileSync(a, 'phone,name\n+447400123456,Ada\n+201001234567,Bob\n+14155550123,Cy\n');
  writeFileSync(b, 'phone,email\n+447400123456,a@example.org\n+33612345678,b@example.org\n');
  for (const [input, name, title] of [
    [a, 'dump-a', EVIL_TITLE],
    [b, 'dump-b', 'Second dump'],
  ] as const)
    await ingest({
      input,
      name,
      store: store.root,
      title,
      breachDate: '2021-04-03',
      rows: false,
      workers: 1,
    });
  await deriveLeak(store, defaultPhoneEngine(), { name: 'a-and-b', from: 'dump-a & dump-b' });
  webDir = join(dir, 'web');
  await buildWeb(webDir);
});

after(() => {
  rmSync(dir, { recursive: true, force: true });
});

function app(deps: Partial<AppDeps> = {}) {
  return createApp({ store, privateIndex: null, webDir, metrics: false, ...deps });
}

function form(fields: Record<string, string>): {
  method: 'POST';
  url: string;
  headers: Record<string, string>;
  payload: string;
} {
  return {
    method: 'POST',
    url: '/message',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  };
}

function assertStrictCsp(csp: string): void {
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self'/);
  assert.match(csp, /style-src 'self'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.doesNotMatch(csp, /unsafe-|https?:|\*/);
}

describe('every page', () => {
  for (const url of PAGES)
    it(`${url} is HTML under the strict CSP, with the shared navigation`, async () => {
      const response = await app().inject({ method: 'GET', url });
      assert.equal(response.statusCode, 200, response.body.slice(0, 300));
      assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
      assertStrictCsp(String(response.headers['content-security-policy']));
      assert.equal(response.headers['set-cookie'], undefined);
      const body = response.body;
      assert.match(body, /<html lang="en">/);
      assert.match(body, /<a class="skip-link" href="#main">Skip to content<\/a>/);
      assert.match(body, /<main [^>]*id="main"/);
      assert.match(body, /<link rel="stylesheet" href="\/app.css"/);
      assert.match(body, /<nav class="site-nav" aria-label="Main">/);
      for (const label of NAV) assert.ok(body.includes(`>${label}</a>`), `${url}: ${label}`);
      assert.equal(body.match(/aria-current="page"/g)?.length, 1, url);
      assert.equal(body.match(/<h1[ >]/g)?.length, 1, url);
      assert.match(body, /class="site-footer"/);
      // No third party: every URL in the markup is a path on this server.
      assert.doesNotMatch(body, /(src|href|action)="(https?:)?\/\//);
    });

  it('allows the inline styles of the analyst pages by hash, and only those', async () => {
    const response = await app().inject({ method: 'GET', url: '/compare?a=dump-a&b=dump-b' });
    assert.equal(response.statusCode, 200);
    const csp = String(response.headers['content-security-policy']);
    assertStrictCsp(csp);
    const styles = [...response.body.matchAll(/<style>/g)].length;
    assert.ok(styles >= 2, 'the page style and the hoisted style attributes');
    assert.equal(csp.match(/'sha256-[A-Za-z0-9+/]{43}='/g)?.length, styles);
    assert.doesNotMatch(response.body, / style="/);
    assert.doesNotMatch(response.body, /http-equiv="Content-Security-Policy"/);
  });

  it('serves the stylesheet from the same origin', async () => {
    const response = await app().inject({ method: 'GET', url: '/app.css' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'text/css; charset=utf-8');
    assert.match(response.body, /\.site-header/);
  });

  it('are not in the OpenAPI description', async () => {
    const response = await app().inject({ method: 'GET', url: '/v1/openapi.json' });
    const paths = Object.keys(response.json<{ paths: Record<string, unknown> }>().paths);
    for (const page of ['/message', '/leaks', '/leaks/{id}', '/compare', '/about', '/app.css'])
      assert.ok(!paths.includes(page), page);
    assert.ok(paths.includes('/v1/messages/analyse'));
  });

  it('are not served when the build has no stylesheet', async () => {
    const bare = join(dir, 'bare-web');
    await buildWeb(bare);
    rmSync(join(bare, 'app.css'));
    const server = app({ webDir: bare });
    assert.equal((await server.inject({ method: 'GET', url: '/' })).statusCode, 200);
    assert.equal((await server.inject({ method: 'GET', url: '/leaks' })).statusCode, 404);
  });
});

describe('/message', () => {
  it('says its text is analysed in memory and never stored, and has labelled fields', async () => {
    const body = (await app().inject({ method: 'GET', url: '/message' })).body;
    assert.match(body, /analysed in this server's memory/);
    assert.match(body, /never stored, logged/);
    assert.match(body, /<form method="post" action="\/message"/);
    for (const id of ['text', 'sender', 'receivedAt', 'region'])
      assert.match(body, new RegExp(`<label for="${id}">`));
  });

  it('answers a posted scam with the verdict, the reasons, marked evidence and advice', async () => {
    const response = await app().inject(
      form({ text: SCAM, sender: '+447700900123', receivedAt: '2026-11-27', region: 'GB' }),
    );
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['cache-control'], 'no-store');
    const body = response.body;
    assert.match(body, /<h2 id="verdict">This looks like a scam<\/h2>/);
    assert.match(body, /It looks like a parcel delivery message/);
    assert.match(body, /dhl-redelivery\.top is not DHL/);
    // The link is one mark carrying both reasons that point at it.
    assert.match(body, /<mark>https:\/\/dhl-redelivery\.top\/pay<\/mark><sup class="ref">/);
    assert.match(body, /<mark>parcel is held<\/mark>/);
    assert.match(body, /<mark>within 24 hours<\/mark>/);
    assert.match(body, /forward the text free to 7726/);
    // The form is filled in again with what was sent, escaped.
    assert.ok(body.includes(`>${SCAM.replace(/&/g, '&amp;')}</textarea>`));
    assert.match(body, /<option value="GB" selected>/);
  });

  it('marks evidence that lowers the risk in its own colour', async () => {
    const response = await app().inject(
      form({ text: 'Your verification code is 123456. Do not share this code with anyone.' }),
    );
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /No sign of a scam found/);
    assert.match(response.body, /<mark class="safe">/);
  });

  it('escapes the pasted text and the sender', async () => {
    const response = await app().inject(
      form({ text: '<img src=x onerror=alert(1)> win a prize', sender: '"><script>' }),
    );
    assert.equal(response.statusCode, 200);
    assert.doesNotMatch(response.body, /<img src=x|"><script>/);
    assert.match(response.body, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  it('keeps the form and says what is wrong when the message is empty: 400', async () => {
    const response = await app().inject(form({ text: '   ', sender: 'DHL' }));
    assert.equal(response.statusCode, 400);
    assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(response.body, /role="alert"/);
    assert.match(response.body, /Paste the message you received first\./);
    assert.match(response.body, /<textarea id="text" name="text"[^>]* aria-invalid="true"/);
    assert.match(response.body, /id="sender"[^>]* value="DHL"/);
    assert.doesNotMatch(response.body, /id="verdict"/);
  });

  it('refuses a date that is not a date, in the page', async () => {
    const response = await app().inject(form({ text: SCAM, receivedAt: 'yesterday' }));
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /<input id="receivedAt"[^>]* aria-invalid="true"/);
  });

  it(`refuses a body over ${MESSAGE_FORM_LIMIT} bytes with a 413 page and the form`, async () => {
    const response = await app().inject(form({ text: 'x'.repeat(MESSAGE_FORM_LIMIT + 1) }));
    assert.equal(response.statusCode, 413);
    assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(response.body, /too long for this form/);
    assert.match(response.body, /<form method="post" action="\/message"/);
    // A message just under the limit is analysed.
    const fits = await app().inject(form({ text: `${SCAM} ${'a'.repeat(9_000)}` }));
    assert.equal(fits.statusCode, 200);
  });

  it('answers other content types with a page, not JSON', async () => {
    for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml']) {
      const response = await app().inject({
        method: 'POST',
        url: '/message',
        headers: { 'content-type': type },
        payload: SCAM,
      });
      assert.equal(response.statusCode, 400, type);
      assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
      assert.match(response.body, /could not be read/);
      assert.ok(!response.body.includes('redelivery'), 'the body is not shown back');
    }
  });

  it('limits posts per address like the analysis API, as a page', async () => {
    const server = app({
      apiRateLimits: {
        analyse: { max: 2, timeWindow: 60_000 },
        reports: { max: 30, timeWindow: 60_000 },
      },
    });
    for (let i = 0; i < 2; i++)
      assert.equal((await server.inject(form({ text: SCAM }))).statusCode, 200);
    const refused = await server.inject(form({ text: SCAM }));
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(refused.body, /Too many requests: try again in \d+ seconds?\./);
    // The form page itself is not limited.
    assert.equal((await server.inject({ method: 'GET', url: '/message' })).statusCode, 200);
  });

  it('never writes the message or the sender to the log', async () => {
    const lines: string[] = [];
    const log = createLogger({
      level: 'debug',
      salt: 'web-app-test-salt-01234',
      stream: { write: (line: string) => void lines.push(line) },
    });
    const server = app({ log });
    await server.inject(form({ text: SCAM, sender: 'SECRET-SENDER' }));
    await server.inject(form({ text: '' }));
    assert.ok(lines.length >= 2);
    const all = lines.join('\n');
    for (const secret of ['parcel', 'redelivery', 'SECRET-SENDER', 'customs'])
      assert.ok(!all.includes(secret), secret);
    assert.match(all, /"route":"\/message"/);
  });
});

describe('marking evidence', () => {
  const reason = (start: number, end: number, weight = 1) => ({
    code: 'X',
    text: 'x',
    weight,
    span: { start, end },
    field: 'text' as const,
  });

  it('merges overlapping spans into one mark with all their numbers, and escapes', () => {
    const text = 'a <b> & "c" d';
    const html = markEvidence(text, [
      { n: 1, reason: reason(2, 5) },
      { n: 3, reason: reason(4, 11) },
      { n: 2, reason: reason(12, 13, -1) },
    ]);
    assert.equal(
      html,
      'a <mark>&lt;b&gt; &amp; &quot;c&quot;</mark><sup class="ref"><span class="visually-hidden">(reasons 1, 3)</span><span aria-hidden="true">1,3</span></sup> ' +
        '<mark class="safe">d</mark><sup class="ref"><span class="visually-hidden">(reason 2)</span><span aria-hidden="true">2</span></sup>',
    );
  });

  it('ignores spans outside the text', () => {
    assert.equal(markEvidence('abc', [{ n: 1, reason: reason(5, 9) }]), 'abc');
  });

  it('moves style attributes into one hashed <style> rule each', () => {
    const html = hoistStyleAttributes(
      '<head></head><i style="width:5%;background:#fff"></i><i style="width:5%;background:#fff"></i><b style="color:red"></b><p>style="x"</p>',
    );
    assert.equal(
      html,
      '<head><style>[data-style="0"]{width:5%;background:#fff}[data-style="1"]{color:red}</style>\n</head>' +
        '<i data-style="0"></i><i data-style="0"></i><b data-style="1"></b><p>style="x"</p>',
    );
  });
});

describe('/leaks and /leaks/:id', () => {
  it("limits a leak's page and the compare per address like the report API", async () => {
    const server = app({
      apiRateLimits: {
        analyse: { max: 100, timeWindow: 60_000 },
        reports: { max: 1, timeWindow: 60_000 },
      },
    });
    assert.equal((await server.inject({ method: 'GET', url: '/leaks/dump-a' })).statusCode, 200);
    const refused = await server.inject({ method: 'GET', url: '/leaks/dump-a' });
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(refused.body, /<h1>Too many requests<\/h1>/);
    assert.equal((await server.inject({ method: 'GET', url: '/compare' })).statusCode, 200);
    assert.equal((await server.inject({ method: 'GET', url: '/compare' })).statusCode, 429);
    // The catalogue reads manifests only: it is not limited.
    for (let i = 0; i < 3; i++)
      assert.equal((await server.inject({ method: 'GET', url: '/leaks' })).statusCode, 200);
  });

  it('lists the leaks with their dates, counts, data classes and flags, derived sets apart', async () => {
    const body = (await app().inject({ method: 'GET', url: '/leaks' })).body;
    assert.match(body, /<a href="\/leaks\/dump-a">/);
    assert.match(body, /<a href="\/leaks\/dump-b">Second dump<\/a>/);
    assert.match(body, /<time datetime="2021-04-03">3 April 2021<\/time>/);
    assert.match(body, /Not verified/);
    assert.match(body, /<th scope="col">Data in it<\/th>/);
    assert.match(body, /<h2>Derived sets<\/h2>[\s\S]*<code>a-and-b<\/code>/);
    assert.doesNotMatch(body, /href="\/leaks\/a-and-b"/);
  });

  it('escapes a leak title that holds markup, in the catalogue, the report and the compare', async () => {
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co';
    for (const url of ['/leaks', '/leaks/dump-a', '/compare', '/compare?a=dump-a&b=dump-b']) {
      const body = (await app().inject({ method: 'GET', url })).body;
      assert.ok(body.includes(escaped), url);
      assert.doesNotMatch(body, /<script>alert/, url);
    }
  });

  it("shows a leak's report in the app's frame", async () => {
    const body = (await app().inject({ method: 'GET', url: '/leaks/dump-a' })).body;
    assert.match(body, /<p class="kicker">Phone-number leak report<\/p>/);
    assert.match(body, /<a href="\/leaks" aria-current="page">Leaks<\/a>/);
    assert.match(body, /<svg/);
  });

  it('answers an unknown leak, or a derived set, with a 404 page', async () => {
    for (const id of ['nope', 'a-and-b', 'NOT..A..NAME']) {
      const response = await app().inject({ method: 'GET', url: `/leaks/${id}` });
      assert.equal(response.statusCode, 404, id);
      assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
      assert.match(response.body, /<h1>Not found<\/h1>/);
      assertStrictCsp(String(response.headers['content-security-policy']));
    }
  });
});

describe('/compare', () => {
  it('shows the form with the leaks to choose from, derived sets left out', async () => {
    const body = (await app().inject({ method: 'GET', url: '/compare' })).body;
    assert.match(body, /<form class="compare-form" method="get" action="\/compare"/);
    assert.match(body, /<label for="leak-a">/);
    assert.match(body, /<option value="dump-b">Second dump \(dump-b\)<\/option>/);
    assert.doesNotMatch(body, /value="a-and-b"/);
  });

  it('compares two leaks, with the form kept on top', async () => {
    const response = await app().inject({ method: 'GET', url: '/compare?a=dump-a&b=dump-b' });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<p class="kicker">Leak comparison<\/p>/);
    assert.match(response.body, /<option value="dump-b" selected>/);
  });

  for (const [query, why] of [
    ['a=dump-a', /Choose two leaks to compare/],
    ['a=&b=dump-b', /Choose two leaks to compare/],
    ['a=dump-a&b=nope', /not a leak on this server/],
    ['a=a-and-b&b=dump-b', /not a leak on this server/],
    ['a=dump-a&b=dump-a', /two different leaks/],
  ] as const)
    it(`answers ?${query} with 400 and the form`, async () => {
      const response = await app().inject({ method: 'GET', url: `/compare?${query}` });
      assert.equal(response.statusCode, 400);
      assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
      assert.match(response.body, why);
      assert.match(response.body, /role="alert"/);
      assert.match(response.body, /aria-invalid="true"/);
      assert.match(response.body, /<form class="compare-form"/);
    });
});

describe('/about', () => {
  it('says what the server learns and what it does not', async () => {
    const body = (await app().inject({ method: 'GET', url: '/about' })).body;
    assert.match(body, /never sees your number/);
    assert.match(body, /No cookies/);
    assert.match(body, /only the method, the route/);
    assert.match(body, /never stored, logged or sent anywhere else/);
  });
});
