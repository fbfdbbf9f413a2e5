/**
 * The web app in a real browser (Debian's chromium, driven by playwright-core) against a real
 * server on loopback: two leaks ingested from synthetic dumps plus a small one holding a known
 * number, its private index built, the web app built by web/build.ts. For every page, at 375px
 * and 1280px: a full-page screenshot in .tmp/screenshots/ for a human to look at, no sideways
 * scroll of the page, no console error (a CSP violation is one), every request recorded and
 * none to another origin, Tab reaching the skip link first and then the form fields in order,
 * headings in order, text contrast of 4.5:1, and an axe-core run with no serious or critical
 * violation. Then a person's two journeys: a message pasted and checked without any script, its
 * evidence marked; a leaked number checked, with what to do next.
 *
 * Requires /usr/bin/chromium (`apt-get install chromium`); without it this suite fails.
 */
/// <reference lib="dom" />
// (the functions given to locator.evaluate run in the browser)
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { ingest } from '../src/ingest/index.js';
import { createLogger } from '../src/log.js';
import { createApp, servePrivateIndex, type ServedIndex } from '../src/server/index.js';
import { buildWeb } from '../web/build.js';
import { launchChromium } from './support/browser.js';
import {
  headingLevels,
  headingProblems,
  lowContrast,
  pageWidths,
  screenshot,
} from './support/page-audit.js';
import { synthLeaks, type SynthLeaks } from './support/synth-leaks.js';

const AXE_SOURCE = readFileSync(
  new URL('../node_modules/axe-core/axe.min.js', import.meta.url),
  'utf8',
);
const SCAM =
  'DHL: your parcel is held at customs. Pay the £1.99 fee within 24 hours at https://dhl-redelivery.top/pay or it will be returned.';
const LEAKED = '+44 7400 123456';

let leaks: SynthLeaks;
let served: ServedIndex;
let app: FastifyInstance;
let origin: string;
let browser: Browser | undefined;

/** Pages by a short name (the screenshot's), with the ids of their form fields in Tab order. */
let PAGES: ReadonlyArray<{ name: string; path: string; fields: readonly string[] }>;

before(async () => {
  leaks = await synthLeaks(20_000);
  const dir = join(leaks.store.root, '..');
  const tiny = join(dir, 'tiny.csv');
  writeFileSync(tiny, 'phone,name,email\n+447400123456,Ada,ada@example.org\n+14155550123,Cy,\n');
  await ingest({
    input: tiny,
    name: 'tiny-forum',
    store: leaks.store.root,
    title: 'Tiny forum dump',
    breachDate: '2023-02',
    rows: false,
    workers: 1,
  });
  const log = createLogger({ level: 'silent', salt: 'web-app-browser-salt-0' });
  served = await servePrivateIndex(leaks.store, { log, workers: 1 });
  await served.built;
  const webDir = join(dir, 'web');
  await buildWeb(webDir);
  app = createApp({ store: leaks.store, privateIndex: () => served.current(), log, webDir });
  origin = (await app.listen({ host: '127.0.0.1', port: 0 })).replace(/\/$/, '');
  mkdirSync(new URL('../.tmp/screenshots/', import.meta.url), { recursive: true });
  PAGES = [
    { name: 'check', path: '/', fields: ['phone'] },
    { name: 'message', path: '/message', fields: ['text', 'sender', 'receivedAt', 'region'] },
    { name: 'leaks', path: '/leaks', fields: [] },
    { name: 'leak', path: `/leaks/${leaks.a.name}`, fields: [] },
    { name: 'compare-form', path: '/compare', fields: ['leak-a', 'leak-b'] },
    {
      name: 'compare',
      path: `/compare?a=${leaks.a.name}&b=${leaks.b.name}`,
      fields: ['leak-a', 'leak-b'],
    },
    { name: 'about', path: '/about', fields: [] },
  ];
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await app.close();
  await served.close();
  leaks.dispose();
});

interface View {
  readonly page: Page;
  readonly errors: string[];
  readonly requests: string[];
}

async function open(path: string, width: number): Promise<View> {
  const page = await browser!.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => errors.push(`${r.url()} ${r.failure()?.errorText}`));
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  return { page, errors, requests };
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: ReadonlyArray<{ readonly target: unknown }>;
}

/**
 * axe-core's serious and critical violations. Its source is evaluated through the DevTools
 * protocol, which the page's CSP does not govern, so the page is audited under its real policy.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${JSON.stringify(v.nodes[0]?.target)})`);
}

/** The id (or class) of the focused element after each of `n` Tab presses. */
async function tabOrder(page: Page, n: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press('Tab');
    seen.push(
      await page.evaluate<string>(
        `(() => { const e = document.activeElement; return e === null ? '' : e.id || e.className || e.tagName.toLowerCase(); })()`,
      ),
    );
  }
  return seen;
}

for (const width of [375, 1280]) {
  describe(`every page at ${width}px`, () => {
    it('loads under its CSP without errors, from its own origin only, and fits the screen', async () => {
      for (const { name, path } of PAGES) {
        const view = await open(path, width);
        if (path === '/') await view.page.getByText(/This server holds 3 leaks\./).waitFor();
        await screenshot(view.page, `screenshots/web-${name}-${width}.png`);
        // The first screen, as a person sees it before scrolling.
        await view.page.screenshot({
          path: new URL(`../.tmp/screenshots/web-${name}-${width}-top.png`, import.meta.url)
            .pathname,
        });
        assert.deepEqual(view.errors, [], path);
        assert.ok(view.requests.length > 0);
        assert.deepEqual(
          view.requests.filter((url) => !url.startsWith(`${origin}/`)),
          [],
          `${path}: requests to another origin`,
        );
        const [scrollWidth, clientWidth] = await pageWidths(view.page);
        assert.ok(
          scrollWidth <= clientWidth,
          `${path}: scrollWidth ${scrollWidth} > ${clientWidth}`,
        );
        assert.deepEqual(headingProblems(await headingLevels(view.page)), [], path);
        assert.equal(await view.page.getAttribute('html', 'lang'), 'en');
        assert.ok(await view.page.locator('nav[aria-label="Main"]').isVisible(), path);
        await view.page.close();
      }
    });

    it('reaches the skip link first, then the form fields in order, with a visible focus', async () => {
      for (const { path, fields } of PAGES) {
        const view = await open(path, width);
        const page = view.page;
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate<string>('document.activeElement.className'), 'skip-link');
        assert.ok(await page.locator('.skip-link').isVisible(), `${path}: the skip link shows`);
        assert.notEqual(
          await page.evaluate<string>('getComputedStyle(document.activeElement).outlineStyle'),
          'none',
        );
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate<string>('document.activeElement.id'), 'main', path);
        if (fields.length > 0) {
          // A date field takes a Tab per part (day, month, year): count each field once.
          const order = (await tabOrder(page, fields.length + 4)).filter(
            (id, i, all) => id !== all[i - 1],
          );
          const reached = order.filter((id) => fields.includes(id));
          assert.deepEqual(reached, fields, `${path}: ${order.join(' ')}`);
        }
        await page.close();
      }
    });

    it('has no serious or critical accessibility violation (axe-core), and text contrast ≥ 4.5:1', async () => {
      for (const { path } of PAGES) {
        const view = await open(path, width);
        if (path === '/') await view.page.getByText(/This server holds 3 leaks\./).waitFor();
        assert.deepEqual(await axeViolations(view.page), [], path);
        assert.deepEqual(await lowContrast(view.page), [], path);
        await view.page.close();
      }
    });

    it('checks a pasted message without any script, and marks its evidence', async () => {
      const context = await browser!.newContext({
        viewport: { width, height: 900 },
        javaScriptEnabled: false,
      });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${origin}/message`);
      await page.getByLabel('The message').fill(SCAM);
      await page.getByLabel('Who sent it').fill('DHL-Express');
      await page.getByLabel('Your country').selectOption('GB');
      await Promise.all([
        page.waitForURL(`${origin}/message`),
        page.getByRole('button', { name: 'Check the message' }).click(),
      ]);
      await page.getByRole('heading', { name: 'This looks like a scam' }).waitFor();
      const marks = page.locator('.message-text mark');
      assert.ok((await marks.count()) >= 3);
      for (const text of ['parcel is held', 'within 24 hours', 'https://dhl-redelivery.top/pay'])
        assert.ok(await marks.filter({ hasText: text }).first().isVisible(), text);
      const background = await marks.first().evaluate((m) => getComputedStyle(m).backgroundColor);
      assert.notEqual(background, 'rgba(0, 0, 0, 0)');
      assert.match(await page.locator('main').innerText(), /forward the text free to 7726/);
      // What was pasted stays in the form, to be edited and checked again.
      assert.equal(await page.getByLabel('The message').inputValue(), SCAM);
      await screenshot(page, `screenshots/web-message-result-${width}.png`);
      assert.deepEqual(
        requests.filter((url) => !url.startsWith(`${origin}/`)),
        [],
      );
      const [scrollWidth, clientWidth] = await pageWidths(page);
      assert.ok(scrollWidth <= clientWidth);
      await context.close();

      // The answer page, audited like the others (with scripts on, for axe).
      const audited = await browser!.newPage({ viewport: { width, height: 900 } });
      await audited.goto(`${origin}/message`);
      await audited.getByLabel('The message').fill(SCAM);
      await audited.getByRole('button', { name: 'Check the message' }).click();
      await audited.getByRole('heading', { name: 'This looks like a scam' }).waitFor();
      assert.deepEqual(await axeViolations(audited), []);
      assert.deepEqual(await lowContrast(audited), []);
      assert.deepEqual(headingProblems(await headingLevels(audited)), []);
      await audited.close();
    });

    it('says an empty message is empty, and keeps the form', async () => {
      const page = await browser!.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${origin}/message`);
      await page.getByLabel('Who sent it').fill('DHL');
      // The textarea is required: the browser would stop an empty form, so send spaces.
      await page.getByLabel('The message').fill('   ');
      await page.getByRole('button', { name: 'Check the message' }).click();
      await page.getByRole('alert').waitFor();
      assert.match(await page.getByRole('alert').innerText(), /Paste the message/);
      assert.equal(await page.getByLabel('Who sent it').inputValue(), 'DHL');
      assert.equal(await page.getByLabel('The message').getAttribute('aria-invalid'), 'true');
      await screenshot(page, `screenshots/web-message-error-${width}.png`);
      await page.close();
    });

    it('finds a leaked number and says what to do next, with the leak and where to report', async () => {
      const view = await open('/', width);
      const page = view.page;
      await page.getByText(/This server holds 3 leaks\./).waitFor();
      await page.getByLabel('Phone number').fill(LEAKED);
      await page.getByRole('button', { name: 'Check' }).click();
      await page.getByRole('status').getByText('Found in 1 leak', { exact: true }).waitFor();
      const text = await page.getByRole('status').innerText();
      assert.match(text, /Tiny forum dump/);
      assert.match(text, /Data in the leak: .*email/i);
      assert.match(text, /SIM-swap PIN/);
      assert.match(text, /not SMS/);
      assert.match(text, /33700/);
      assert.match(text, /7726/);
      const link = page.getByRole('status').getByRole('link', { name: 'Tiny forum dump' });
      assert.equal(await link.getAttribute('href'), '/leaks/tiny-forum');
      await screenshot(page, `screenshots/web-check-found-${width}.png`);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(await lowContrast(page), []);
      const [scrollWidth, clientWidth] = await pageWidths(page);
      assert.ok(scrollWidth <= clientWidth);
      assert.deepEqual(view.errors, []);
      assert.deepEqual(
        view.requests.filter((url) => !url.startsWith(`${origin}/`)),
        [],
      );
      await page.close();
    });
  });
}

describe('a leak in the catalogue', () => {
  it('opens its report page from the catalogue, and the compare from the form', async () => {
    const view = await open('/leaks', 1280);
    const page = view.page;
    await Promise.all([
      page.waitForURL(`${origin}/leaks/${leaks.a.name}`),
      page.getByRole('link', { name: leaks.a.title }).click(),
    ]);
    assert.equal(await page.locator('h1').innerText(), leaks.a.title);
    assert.ok(await page.locator('svg.world-map').isVisible());
    await page.goto(`${origin}/compare`);
    await page.getByLabel('Leak A').selectOption(leaks.a.name);
    await page.getByLabel('Leak B').selectOption(leaks.b.name);
    await Promise.all([
      page.waitForURL(/\/compare\?a=/),
      page.getByRole('button', { name: 'Compare' }).click(),
    ]);
    assert.match(await page.locator('h1').innerText(), /compared with/);
    assert.deepEqual(view.errors, []);
    await page.close();
  });
});
