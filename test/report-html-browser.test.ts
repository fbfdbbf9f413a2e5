/**
 * The HTML report in a real browser: Debian's chromium, driven by playwright-core. Checks what a
 * string test cannot: that the page loads with no error and no request under its CSP, that the
 * map really draws, and that it fits a 1280px screen. Leaves a full-page screenshot in
 * .tmp/report-screenshot.png for a human to look at.
 *
 * Requires /usr/bin/chromium (`apt-get install chromium`); without it this suite fails.
 */
/// <reference lib="dom" />
// (the functions given to page.$$eval run in the browser)
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.js';
import { loadWorldMap, renderReportHtml } from '../src/report/index.js';
import { sampleReport } from './support/sample-report.js';

const SCREENSHOT = new URL('../.tmp/report-screenshot.png', import.meta.url);

let browser: Browser | undefined;
let page: Page;
const consoleErrors: string[] = [];
const failedRequests: string[] = [];
const requests: string[] = [];

before(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => failedRequests.push(`${r.url()} ${r.failure()?.errorText}`));
  await page.setContent(renderReportHtml(sampleReport(), loadWorldMap()), { waitUntil: 'load' });
});

after(async () => {
  await browser?.close();
});

test('loads without console errors or network requests', () => {
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(failedRequests, []);
  // setContent itself issues no request; anything seen here came from the page.
  assert.deepEqual(
    requests.filter((u) => !u.startsWith('data:') && u !== 'about:blank'),
    [],
  );
});

test('the map draws more than 150 country shapes, each with an area', async () => {
  const boxes = await page.$$eval('svg.world-map path.country', (paths) =>
    paths.map((p) => {
      const b = p.getBoundingClientRect();
      return [p.getAttribute('data-region'), b.width, b.height] as const;
    }),
  );
  assert.ok(boxes.length > 150, `${boxes.length} paths`);
  const empty = boxes.filter(([, w, h]) => !(w > 0 && h > 0));
  assert.deepEqual(empty, []);
});

test('Egypt is shaded, a country without numbers is not', async () => {
  // Evaluated as page source: this project compiles without the DOM library.
  const fill = (region: string): Promise<string> =>
    page.evaluate(
      `getComputedStyle(document.querySelector('svg.world-map path[data-region="${region}"]')).fill`,
    );
  const egypt = await fill('EG');
  const russia = await fill('RU');
  assert.notEqual(egypt, russia);
  assert.notEqual(egypt, '');
});

test('small countries with numbers are drawn as visible circles', async () => {
  for (const region of ['BH', 'SG', 'MT', 'MU', 'MV', 'HK']) {
    const box = await page.$eval(`svg.world-map circle[data-region="${region}"]`, (c) => {
      const b = c.getBoundingClientRect();
      return { w: b.width, h: b.height };
    });
    assert.ok(box.w >= 4 && box.h >= 4, `${region} circle is ${box.w}x${box.h}`);
  }
});

test('the top-countries chart has 20 bars', async () => {
  const bars = await page.$$eval('svg.chart-top-countries rect.bar', (r) => r.length);
  assert.equal(bars, 20);
});

test('fits 1280px without horizontal scroll, and leaves a screenshot', async () => {
  const [scrollWidth, clientWidth] = await page.evaluate<[number, number]>(
    '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
  );
  assert.ok(scrollWidth <= clientWidth, `scrollWidth ${scrollWidth} > clientWidth ${clientWidth}`);
  mkdirSync(new URL('.', SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT.pathname, fullPage: true });
  assert.ok(existsSync(SCREENSHOT));
});
