/**
 * The private-check page in a real browser (Debian's chromium, driven by playwright-core),
 * against a real server: a store ingested from a CSV, its private index built, the page built by
 * web/build.ts. A person types a number by the label, clicks Check and reads the answer in the
 * status region. Every request the page makes is recorded: all go to the server's origin, and
 * none carries the number in any form. Leaves screenshots in .tmp/private-check.png (1280px) and
 * .tmp/private-check-375.png for a human to look at.
 *
 * Requires /usr/bin/chromium (`apt-get install chromium`); without it this suite fails.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { ingest } from '../src/ingest/index.js';
import { createLogger } from '../src/log.js';
import { createApp, servePrivateIndex, type ServedIndex } from '../src/server/index.js';
import { LeakStore } from '../src/store/index.js';
import { buildWeb } from '../web/build.js';
import { launchChromium } from './support/browser.js';
import { findPhoneForms, phoneForms } from './support/number-forms.js';

const SCREENSHOTS = new URL('../.tmp/', import.meta.url);

const LEAKED = { typed: '+44 7400 123456', e164: '+447400123456', nsn: '7400123456' };
const NOT_LEAKED = { typed: '+44 (0)7400 654321', e164: '+447400654321', nsn: '7400654321' };

interface Recorded {
  readonly url: string;
  readonly method: string;
  readonly sent: string;
}

let dir: string;
let served: ServedIndex;
let app: FastifyInstance;
let origin: string;
let browser: Browser | undefined;
const requests: Recorded[] = [];
const consoleErrors: string[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-browser-'));
  const store = new LeakStore(join(dir, 'store'));
  const input = join(dir, 'dump.csv');
  writeFileSync(input, 'phone,name\n+447400123456,Ada\n+201001234567,Bob\n+14155550123,Cy\n');
  await ingest({
    input,
    name: 'browser-dump',
    store: store.root,
    title: 'Browser test dump',
    breachDate: '2021-04-03',
    rows: false,
    workers: 1,
  });
  const log = createLogger({ level: 'silent', salt: 'browser-test-salt-0123' });
  served = await servePrivateIndex(store, { log, workers: 1 });
  await served.built;
  assert.equal(served.current()?.status().state, 'ready');
  const webDir = join(dir, 'web');
  await buildWeb(webDir);
  app = createApp({ store, privateIndex: () => served.current(), log, webDir });
  origin = (await app.listen({ host: '127.0.0.1', port: 0 })).replace(/\/$/, '');

  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await app.close();
  await served.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openPage(width: number): Promise<Page> {
  const page = await browser!.newPage({ viewport: { width, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('request', (r) => {
    const headers = Object.entries(r.headers())
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n');
    requests.push({
      url: r.url(),
      method: r.method(),
      sent: `${r.method()} ${r.url()}\n${headers}\n\n${r.postData() ?? ''}`,
    });
  });
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  await page.getByText(/This server holds 1 leak\./).waitFor();
  return page;
}

async function check(page: Page, typed: string): Promise<string> {
  const status = page.getByRole('status');
  await page.getByLabel('Phone number').fill(typed);
  await page.getByRole('button', { name: 'Check' }).click();
  await status.filter({ hasNotText: 'Checking' }).filter({ hasText: /\w/ }).waitFor();
  await page.waitForFunction(
    `!document.querySelector('[role=status]').textContent.includes('Checking')`,
  );
  return (await status.textContent()) ?? '';
}

describe('the private-check page', () => {
  it('finds a leaked number typed by the label, and says what to do', async () => {
    const page = await openPage(1280);
    const text = await check(page, LEAKED.typed);
    assert.match(text, /Found in 1 leak\b/);
    assert.match(text, /Browser test dump/);
    assert.match(text, /browser-dump/);
    assert.match(text, /Breach date: 2021-04-03/);
    assert.match(text, /one-time code/);
    assert.match(text, /7726/);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({
      path: new URL('private-check.png', SCREENSHOTS).pathname,
      fullPage: true,
    });
    await page.close();
  });

  it('says a number is not found in the N leaks the server holds', async () => {
    const page = await openPage(1280);
    const text = await check(page, NOT_LEAKED.typed);
    assert.match(text, /Not found in the 1 leak this server holds/);
    await page.close();
  });

  it('asks for + and the country code instead of guessing a country', async () => {
    const page = await openPage(1280);
    const before = requests.length;
    const text = await check(page, '07400 123456');
    assert.match(text, /Start with \+ and the country code/);
    assert.equal(await page.getByLabel('Phone number').getAttribute('aria-invalid'), 'true');
    assert.equal(
      requests.slice(before).filter((r) => r.url.includes('/v1/private/check')).length,
      0,
    );
    await page.close();
  });

  it('works from the keyboard alone, with a visible focus', async () => {
    const page = await openPage(1280);
    // The site's skip link comes first, then the page's own content.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement.className'), 'skip-link');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement.id'), 'phone');
    const outline = await page.evaluate<string>(
      'getComputedStyle(document.activeElement).outlineStyle',
    );
    assert.notEqual(outline, 'none');
    await page.keyboard.type(LEAKED.typed);
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Found in 1 leak', { exact: true }).waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement.textContent'), 'Check');
    await page.close();
  });

  it('fits a 375px screen without horizontal scroll', async () => {
    const page = await openPage(375);
    await check(page, LEAKED.typed);
    const [scrollWidth, clientWidth] = await page.evaluate<[number, number]>(
      '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
    );
    assert.ok(
      scrollWidth <= clientWidth,
      `scrollWidth ${scrollWidth} > clientWidth ${clientWidth}`,
    );
    await page.screenshot({
      path: new URL('private-check-375.png', SCREENSHOTS).pathname,
      fullPage: true,
    });
    await page.close();
  });

  it('sends every request to its own server, none with the number in any form', () => {
    assert.ok(requests.some((r) => r.url === `${origin}/v1/private/check` && r.method === 'POST'));
    assert.deepEqual(
      requests.filter((r) => !r.url.startsWith(`${origin}/`)).map((r) => r.url),
      [],
    );
    for (const number of [LEAKED, NOT_LEAKED]) {
      const forms = phoneForms(number.e164, number.nsn);
      for (const request of requests)
        assert.deepEqual(
          findPhoneForms(request.sent, forms),
          [],
          `${request.method} ${request.url}`,
        );
    }
  });

  it('runs under its CSP without a console error or warning', () => {
    assert.deepEqual(consoleErrors, []);
  });
});
