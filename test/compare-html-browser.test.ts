/**
 * The compare page of two leaks ingested for real from synthetic dumps (B keeps 70% of A and adds
 * numbers of its own), split by line type, in a real browser: Debian's chromium, driven by
 * playwright-core. At 1280px and on a 375px phone: no error and no request, no sideways scroll
 * of the page (the wide table scrolls in its own box), one colour per category in the overlap
 * picture, the bars and every legend, every country in the table, titles and dates for people,
 * headings in order and text contrast of 4.5:1. Leaves full-page screenshots in
 * .tmp/compare-1280.png and .tmp/compare-375.png for a human to look at.
 *
 * Requires /usr/bin/chromium (`apt-get install chromium`); without it this suite fails.
 */
/// <reference lib="dom" />
// (the functions given to page.$$eval run in the browser)
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { compareLeaks, type Comparison } from '../src/analysis/index.js';
import { defaultPhoneEngine } from '../src/phone/index.js';
import { humanDate } from '../src/report/format.js';
import { renderCompareHtml } from '../src/report/index.js';
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
let comparison: Comparison;
let html: string;
let browser: Browser | undefined;

before(async () => {
  leaks = await synthLeaks();
  comparison = compareLeaks(leaks.store, defaultPhoneEngine(), leaks.a.name, leaks.b.name, {
    byType: true,
  });
  html = renderCompareHtml(comparison);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  leaks.dispose();
});

it('compares two leaks that overlap in part, over the whole synthetic profile', () => {
  assert.equal(comparison.verdict, 'overlapping');
  assert.ok(comparison.countries.length >= 100, `${comparison.countries.length} countries`);
  assert.ok(comparison.aMinusB > 0 && comparison.bMinusA > 0 && comparison.intersection > 0);
});

for (const width of [1280, 375]) {
  describe(`the compare page at ${width}px`, () => {
    let view: PageView;
    before(async () => {
      view = await openPage(browser!, html, width);
    });

    it('loads without console errors or network requests', () => {
      assert.deepEqual(view.errors, []);
      assert.deepEqual(view.requests, []);
    });

    it('shows both titles, breach dates and added dates as people write them', async () => {
      const h1 = await view.page.innerText('h1');
      assert.equal(h1, `${leaks.b.title} compared with ${leaks.a.title}`);
      const a = await view.page.innerText('section.leak-a');
      const b = await view.page.innerText('section.leak-b');
      assert.ok(a.includes(leaks.a.title) && a.includes('August 2019'), a);
      assert.ok(b.includes(leaks.b.title) && b.includes('16 November 2022'), b);
      for (const [text, which] of [
        [a, 'a'],
        [b, 'b'],
      ] as const)
        assert.ok(text.includes(humanDate(comparison.leaks![which].addedDate)!), text);
      assert.ok(await view.page.isVisible('section.leak-b'));
    });

    it('fits the screen without a page-level horizontal scroll', async () => {
      const [scrollWidth, clientWidth] = await pageWidths(view.page);
      assert.ok(
        scrollWidth <= clientWidth,
        `scrollWidth ${scrollWidth} > clientWidth ${clientWidth}`,
      );
    });

    it('draws only in A, in both and only in B each in one colour, legends included', async () => {
      const all = byKey(await coloursOf(view.page, '[data-cat]'));
      assert.deepEqual([...all.keys()].sort(), ['both', 'only-a', 'only-b']);
      for (const [cat, set] of all) assert.equal(set.size, 1, `${cat}: ${[...set].join(' ')}`);
      assert.equal(new Set([...all.values()].map((s) => [...s][0])).size, 3);
      // The legends show exactly the categories that the pictures draw.
      const drawn = byKey(await coloursOf(view.page, 'svg [data-cat]'));
      const legends = await view.page.$$eval('.legend', (ls) =>
        ls.map((l) =>
          Array.from(l.querySelectorAll('.swatch'), (s) => s.getAttribute('data-cat')).join(','),
        ),
      );
      assert.ok(legends.length >= 3);
      for (const legend of legends) assert.equal(legend, 'only-a,both,only-b');
      assert.deepEqual([...drawn.keys()].sort(), ['both', 'only-a', 'only-b']);
      // The overlap picture is to scale: the shared part lines up in both bars.
      const both = await view.page.$$eval('svg.ov-bar rect[data-cat="both"]', (rs) =>
        rs.map((r) => {
          const b = r.getBoundingClientRect();
          return [Math.round(b.left), Math.round(b.width)];
        }),
      );
      assert.equal(both.length, 2);
      assert.deepEqual(both[0], both[1]);
    });

    it('lists every country, each with its bar, and every line type', async () => {
      const names = await view.page.$$eval('table.countries tbody th', (ths) =>
        ths.map((t) => (t as HTMLElement).innerText),
      );
      assert.equal(names.length, comparison.countries.length);
      comparison.countries.forEach((c, i) => {
        assert.ok(names[i]!.startsWith(c.name), c.name);
      });
      const bars = await view.page.$$eval('table.countries tbody svg.split', (s) => s.length);
      assert.equal(bars, comparison.countries.length);
      const types = await view.page.$$eval('table.line-types tbody tr', (r) => r.length);
      assert.equal(types, comparison.lineTypes!.length);
    });

    it('names the rounding column for what it is and explains it', async () => {
      const headers = await view.page.$$eval('table.countries thead th', (ths) =>
        ths.map((t) => (t as HTMLElement).innerText),
      );
      assert.ok(headers.includes('Counts match when rounded to'), headers.join('|'));
      assert.ok(!headers.some((h) => /sig/i.test(h)));
      assert.match(await view.page.innerText('p.explain'), /round to .* at \d figures?/);
    });

    it('keeps headings in order, scopes table headers, and has text contrast of 4.5:1', async () => {
      assert.deepEqual(headingProblems(await headingLevels(view.page)), []);
      assert.deepEqual(await unscopedHeaders(view.page), []);
      assert.deepEqual(await lowContrast(view.page), []);
    });

    if (width >= 960)
      it('keeps the table header in view while the countries scroll by', async () => {
        await view.page.$eval('table.countries tbody tr:nth-child(60)', (r) => {
          r.scrollIntoView({ block: 'center' });
        });
        const top = await view.page.$eval('table.countries thead th', (th) =>
          Math.round(th.getBoundingClientRect().top),
        );
        assert.equal(top, 0);
        await view.page.evaluate('window.scrollTo(0, 0)');
      });
    else
      it('scrolls the wide table inside its own box', async () => {
        const [scroll, client] = await view.page.$eval('.table-wrap.sticky', (w) => [
          w.scrollWidth,
          w.clientWidth,
        ]);
        assert.ok(scroll > client, `${scroll} <= ${client}`);
      });

    it('leaves a screenshot', async () => {
      const path = await screenshot(view.page, `compare-${width}.png`);
      assert.ok(existsSync(path));
    });
  });
}
