/**
 * The HTML report of a leak ingested for real from a synthetic dump, in a real browser: Debian's
 * chromium, driven by playwright-core. Checks what a string test cannot: that the page loads with
 * no error and no request under its CSP, that the map really draws, that it reads at 1280px and
 * on a 375px phone without sideways scrolling, that each line type has one colour in every chart
 * and legend, and that the text has enough contrast. Leaves full-page screenshots in
 * .tmp/report-1280.png and .tmp/report-375.png for a human to look at.
 *
 * Requires /usr/bin/chromium (`apt-get install chromium`); without it this suite fails.
 */
/// <reference lib="dom" />
// (the functions given to page.$$eval run in the browser)
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { buildReport, type LeakReport } from '../src/analysis/index.js';
import { humanDate } from '../src/report/format.js';
import { loadWorldMap, renderReportHtml } from '../src/report/index.js';
import { launchChromium } from './support/browser.js';
import {
  byKey,
  coloursOf,
  headingLevels,
  headingProblems,
  lowContrast,
  openPage,
  pageWidths,
  screenshot,
  unscopedHeaders,
  type PageView,
} from './support/page-audit.js';
import { synthLeaks, type SynthLeaks } from './support/synth-leaks.js';

let leaks: SynthLeaks;
let report: LeakReport;
let html: string;
let browser: Browser | undefined;

before(async () => {
  leaks = await synthLeaks();
  report = buildReport(leaks.store, leaks.a.name);
  html = renderReportHtml(report, loadWorldMap());
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  leaks.dispose();
});

for (const width of [1280, 375]) {
  describe(`the report at ${width}px`, () => {
    let view: PageView;
    before(async () => {
      view = await openPage(browser!, html, width);
    });

    it('loads without console errors or network requests', () => {
      assert.deepEqual(view.errors, []);
      assert.deepEqual(view.requests, []);
    });

    it('shows the title and the dates as people write them', async () => {
      const text = await view.page.innerText('header.masthead');
      assert.ok(await view.page.isVisible('h1'));
      assert.equal(await view.page.innerText('h1'), leaks.a.title);
      assert.match(text, /August 2019/);
      assert.ok(text.includes(humanDate(report.addedDate)!), text);
      assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}T/);
      // Verification is stated once; flags that are not set are not findings.
      assert.equal(text.match(/Not verified by the analyst/g)?.length, 1);
      assert.doesNotMatch(text, /Not fabricated|Not sensitive|Not a spam list/);
    });

    it('explains reject codes in words beside the code', async () => {
      const rows = await view.page.$$eval('table.rejects tbody th', (ths) =>
        ths.map((t) => (t as HTMLElement).innerText),
      );
      assert.ok(rows.length > 0);
      for (const row of rows) assert.match(row, /^[A-Z][^A-Z_]{15,}.* [A-Z_]{6,}$/, row);
    });

    it('fits the screen without a page-level horizontal scroll', async () => {
      const [scrollWidth, clientWidth] = await pageWidths(view.page);
      assert.ok(
        scrollWidth <= clientWidth,
        `scrollWidth ${scrollWidth} > clientWidth ${clientWidth}`,
      );
    });

    it('draws each line type in one colour in the charts, the tables and the legends', async () => {
      const colours = byKey(await coloursOf(view.page, '[data-type]'));
      assert.ok(colours.size >= 3, [...colours.keys()].join());
      for (const [type, set] of colours)
        assert.equal(set.size, 1, `${type}: ${[...set].join(' ')}`);
      // Every type drawn in the country table's bars has a swatch in its legend.
      const drawn = new Set((await coloursOf(view.page, 'svg.stack rect')).map(([k]) => k));
      const legend = new Set((await coloursOf(view.page, '.swatches i')).map(([k]) => k));
      assert.deepEqual([...drawn].sort(), [...legend].sort());
    });

    it('keeps headings in order, scopes table headers, and has text contrast of 4.5:1', async () => {
      assert.deepEqual(headingProblems(await headingLevels(view.page)), []);
      assert.deepEqual(await unscopedHeaders(view.page), []);
      assert.deepEqual(await lowContrast(view.page), []);
    });

    it('draws the map: more than 150 country shapes, each with an area', async () => {
      const boxes = await view.page.$$eval('svg.world-map path.country', (paths) =>
        paths.map((p) => {
          const b = p.getBoundingClientRect();
          return [p.getAttribute('data-region'), b.width, b.height] as const;
        }),
      );
      assert.ok(boxes.length > 150, `${boxes.length} paths`);
      assert.deepEqual(
        boxes.filter(([, w, h]) => !(w > 0 && h > 0)),
        [],
      );
    });

    it('shades Egypt, leaves a country without numbers grey, and circles small countries', async () => {
      const withNumbers = new Set(
        report.countries.filter((c) => c.unique > 0).map((c) => c.region),
      );
      const fills = await view.page.$$eval('svg.world-map path.country', (paths) =>
        paths.map((p) => [p.getAttribute('data-region')!, getComputedStyle(p).fill] as const),
      );
      const egypt = fills.find(([r]) => r === 'EG')![1];
      const empty = fills.filter(([r]) => !withNumbers.has(r)).map(([, fill]) => fill);
      assert.ok(empty.length > 0);
      assert.deepEqual([...new Set(empty)], ['rgb(228, 230, 235)']);
      assert.notEqual(egypt, 'rgb(228, 230, 235)');
      const circles = await view.page.$$eval('svg.world-map circle', (cs) =>
        cs.map((c) => {
          const b = c.getBoundingClientRect();
          return [c.getAttribute('data-region'), b.width, b.height] as const;
        }),
      );
      assert.ok(circles.length >= 3, `${circles.length} circles`);
      const minimum = width >= 1280 ? 4 : 1;
      for (const [region, w, h] of circles)
        assert.ok(w >= minimum && h >= minimum, `${region} circle is ${w}x${h}`);
    });

    it('lists every country and charts the top 20', async () => {
      const rows = await view.page.$$eval('table.countries tbody tr', (r) => r.length);
      assert.equal(rows, report.countries.length);
      const bars = await view.page.$$eval('.chart-top-countries .bar', (r) => r.length);
      assert.equal(bars, 20);
    });

    it('leaves a screenshot', async () => {
      const path = await screenshot(view.page, `report-${width}.png`);
      assert.ok(existsSync(path));
    });
  });
}
