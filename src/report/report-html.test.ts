import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { sampleReport, SAMPLE_ZERO_REGIONS } from '../../test/support/sample-report.js';
import { escapeHtml } from './html.js';
import { REJECT_CODES } from '../ingest/index.js';
import { humanDate } from './format.js';
import { rejectMeaning, renderReportHtml } from './report-html.js';
import { isRingfenceError } from '../errors.js';
import { decodeWorldMap, loadWorldMap, pathBounds } from './world-map.js';

const map = loadWorldMap();
const report = sampleReport();
const html = renderReportHtml(report, map);

/** Attributes of every element of `tag` with a data-region, by region. */
function elements(tag: 'path' | 'circle'): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of html.matchAll(new RegExp(`<${tag} [^>]*data-region="([^"]+)"[^>]*>`, 'g'))) {
    found.set(m[1]!, m[0]);
  }
  return found;
}

function fillOf(element: string): string {
  return /fill="(#[0-9a-f]{6})"/.exec(element)?.[1] ?? '';
}

describe('renderReportHtml', () => {
  test('is one self-contained document under a strict CSP', () => {
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(html.trimEnd().endsWith('</html>'));
    assert.ok(
      html.includes(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
      ),
    );
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<link|<img|<iframe|@import|url\((?!#)/i);
    // No absolute URL at all: nothing to fetch, nothing to leak a Referer to.
    assert.doesNotMatch(html, /https?:\/\//i);
  });

  test('escapes every string that comes from the data', () => {
    const hostile = renderReportHtml(
      sampleReport({
        title: '<img src=x onerror=alert(1)> & "quotes"',
        name: 'leak\'"><b>',
        source: '<script>alert("source")</script>',
        dataClasses: [
          {
            column: '<script>alert(1)</script>',
            dataClass: 'Other <i>',
            filled: 10,
            fillRate: 0.5,
          },
        ],
        rejectReasons: [{ code: '<b>BAD</b>', rows: 3 }],
        countries: [
          { ...report.countries[0]!, name: '<svg onload=alert(2)>' },
          ...report.countries.slice(1),
        ],
      }),
      map,
    );
    assert.doesNotMatch(hostile, /<script/i);
    assert.doesNotMatch(hostile, /<img|<svg onload|<b>BAD|Other <i>|leak'"><b>/);
    assert.ok(hostile.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(hostile.includes('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;'));
    assert.ok(hostile.includes('leak&#39;&quot;&gt;&lt;b&gt;'));
    assert.ok(hostile.includes('&lt;svg onload=alert(2)&gt;: 8,412,345 unique'));
    assert.equal(
      escapeHtml(`<a href="x">'&'</a>`),
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  test('shows the title block, with dates for people', () => {
    assert.ok(html.includes('<h1>MenaSocial scrape (2021) &amp; resale</h1>'));
    assert.ok(html.includes('<code>MenaSocial2021</code>'));
    assert.ok(html.includes('<time datetime="2021-06-14">14 June 2021</time>'));
    assert.ok(html.includes('>20 November 2024</time>'));
    assert.ok(html.includes('libphonenumber-js 1.13.16 (max, metadata format v4)'));
    const unknown = renderReportHtml(sampleReport({ source: null, breachDate: null }), map);
    assert.equal(unknown.match(/Not recorded/g)?.length, 2);
    const month = renderReportHtml(sampleReport({ breachDate: '2022-11' }), map);
    assert.ok(month.includes('<time datetime="2022-11">November 2022</time>'));
    // A breach date an older store kept as free text is shown as written.
    const free = renderReportHtml(sampleReport({ breachDate: 'spring 2021' }), map);
    assert.ok(free.includes('<dd>spring 2021</dd>'));
  });

  test('states what is known: verification once, then only the flags that are set', () => {
    const off = { verified: false, fabricated: false, sensitive: false, spamList: false };
    const none = renderReportHtml(sampleReport({ flags: off }), map);
    assert.equal(none.match(/Not verified by the analyst/g)?.length, 1);
    assert.doesNotMatch(none, /Not fabricated|Not sensitive|Not a spam list|Marked/);
    const verified = renderReportHtml(sampleReport({ flags: { ...off, verified: true } }), map);
    assert.ok(verified.includes('>Verified by the analyst<'));
    assert.doesNotMatch(verified, /Not verified/);
    const marked = renderReportHtml(
      sampleReport({ flags: { ...off, fabricated: true, spamList: true } }),
      map,
    );
    assert.ok(marked.includes('<span class="badge badge-bad">Marked fabricated</span>'));
    assert.ok(marked.includes('<span class="badge badge-warn">Marked as a spam list</span>'));
    assert.doesNotMatch(marked, /Marked sensitive/);
  });

  test('formats the headline figures with thousands separators', () => {
    for (const value of [
      report.rows,
      report.accepted,
      report.rejected,
      report.valid,
      report.possibleOnly,
      report.unique,
      report.duplicates,
    ]) {
      const formatted = value.toLocaleString('en-US');
      assert.ok(html.includes(`<div class="card-value">${formatted}</div>`), formatted);
    }
    assert.ok(html.includes('<div class="card-value">54,785,739</div>'));
    assert.match(html, /measured from the data/);
  });

  test('every country with numbers is shaded or drawn as a circle', () => {
    const paths = elements('path');
    const circles = elements('circle');
    assert.ok(paths.size > 150);
    for (const c of report.countries) {
      if (c.unique === 0 || c.region === '001') continue;
      const shape = paths.get(c.region);
      const circle = circles.get(c.region);
      assert.ok(shape || circle, `${c.region} is not on the map`);
      for (const e of [shape, circle]) if (e) assert.notEqual(fillOf(e), '#e4e6eb', c.region);
    }
    for (const small of ['BH', 'SG', 'MT', 'MU', 'MV', 'HK']) {
      assert.ok(circles.has(small), `${small} has no circle`);
    }
    // Large countries are shapes only.
    for (const large of ['EG', 'US', 'SA']) assert.ok(!circles.has(large), large);
    for (const zero of SAMPLE_ZERO_REGIONS) {
      assert.equal(fillOf(paths.get(zero)!), '#e4e6eb', zero);
      assert.ok(!circles.has(zero));
    }
    // More numbers, darker: Egypt's fill differs from Malta's.
    assert.notEqual(fillOf(paths.get('EG')!), fillOf(circles.get('MT')!));
  });

  test('tooltips name the country and its figures', () => {
    assert.ok(html.includes('<title>Egypt: 8,412,345 unique (15.4%)</title>'));
    assert.ok(html.includes('<title>Bahrain: 120,554 unique (0.2%)</title>'));
    assert.ok(html.includes('<title>Russia: no numbers</title>'));
    // The sample leaves the Maldives unnamed: the name comes from Intl.DisplayNames.
    assert.ok(html.includes('<title>Maldives: 4,120 unique (&lt;0.1%)</title>'));
  });

  test('lists non-geographic numbers apart from the map', () => {
    assert.match(html, /Not on the map — non-geographic numbers \(001\):<\/strong> 1,305 unique/);
    assert.doesNotMatch(html, /data-region="001"/);
  });

  test('draws a log-scale legend', () => {
    assert.match(html, /Unique valid numbers \(log scale\)/);
    assert.match(html, /<linearGradient id="legend-gradient">/);
    for (const tick of ['1K', '10K', '100K', '1M', '8.4M']) {
      assert.ok(html.includes(`text-anchor="middle">${tick}</text>`), tick);
    }
    assert.ok(html.includes('No numbers'));
  });

  test('draws the top 20 countries and the line types as bar charts', () => {
    const chart = /<ol class="chart chart-top-countries">[\s\S]*?<\/ol>/.exec(html)?.[0] ?? '';
    assert.equal(chart.match(/<span class="bar"/g)?.length, 20);
    assert.ok(chart.includes('<span class="bar-label">Egypt</span>'));
    assert.ok(!chart.includes('Non-geographic'));
    const types = /<ol class="chart chart-line-types">[\s\S]*?<\/ol>/.exec(html)?.[0] ?? '';
    assert.equal(types.match(/<span class="bar"/g)?.length, report.lineTypes.length);
  });

  test('has the tables, with their terms explained', () => {
    for (const heading of [
      'Key figures',
      'Countries',
      'Line types',
      'Data classes',
      'Reject reasons',
      'Number set',
    ]) {
      assert.ok(html.includes(`<h2>${heading}</h2>`) || html.includes(`>${heading}</h2>`), heading);
    }
    assert.ok(html.includes('<span class="code">EG +20</span>'));
    assert.ok(html.includes('<code>+20 100…</code> 1,424,765'));
    assert.ok(html.includes('<code>relationship_status</code>'));
    assert.ok(
      html.includes(
        'Not a phone number: no digits, or letters where digits belong. <code class="code">NOT_A_NUMBER</code>',
      ),
    );
    assert.ok(html.includes('<td class="num">11.42</td>'));
    assert.ok(html.includes('<td class="num">10.97</td>'));
    assert.match(html, /Bits per number<span class="row-note">Space each number takes/);
    assert.match(html, /information-theoretic bound/);
    assert.ok(html.includes('4.1% above'));
    assert.match(html, /<b>Largest number blocks<\/b>: a block is the country code/);
    assert.match(html, /A number is <b>valid<\/b> when/);
    assert.match(
      html,
      /that is the <b>unique<\/b> count; every further sighting is a <b>duplicate<\/b>/,
    );
    // Every column header and row header says what it heads.
    assert.doesNotMatch(html, /<th(?=[\s>])(?![^>]*scope=)[^>]*>/);
  });

  test('explains every reject code in words', () => {
    for (const code of REJECT_CODES) {
      const meaning = rejectMeaning(code);
      assert.doesNotMatch(meaning, /docs\/errors\.md/, code);
      assert.ok(meaning.length > 20, code);
    }
    assert.match(rejectMeaning('SOMETHING_NEW'), /docs\/errors\.md/);
  });

  test('is deterministic', () => {
    assert.equal(renderReportHtml(sampleReport(), map), html);
    // Country order in the input does not matter either.
    const shuffled = sampleReport({ countries: [...report.countries].reverse() });
    assert.equal(renderReportHtml(shuffled, map), html);
  });

  test('renders an empty leak', () => {
    const empty = renderReportHtml(
      sampleReport({
        rows: 0,
        accepted: 0,
        rejected: 0,
        valid: 0,
        possibleOnly: 0,
        invalid: 0,
        unique: 0,
        duplicates: 0,
        countries: [],
        lineTypes: [],
        dataClasses: [],
        rejectReasons: [],
      }),
      map,
    );
    assert.ok(empty.includes('No row was rejected.'));
    assert.doesNotMatch(empty, /NaN|Infinity|undefined/);
  });
});

describe('world map', () => {
  test('the artifact decodes and covers every phone region with a point', () => {
    assert.equal(map.version, 1);
    assert.ok(Object.keys(map.countries).length > 200);
    for (const region of ['EG', 'XK', 'BH', 'SG', 'MT', 'GF', 'RE', 'AC', 'TA', 'GI', 'TV']) {
      assert.ok(map.points[region], region);
    }
    for (const [x, y] of Object.values(map.points)) {
      assert.ok(x >= 0 && x <= map.width && y >= 0 && y <= map.height);
    }
    // French Guiana is cut out of France, so France's box stays in Europe.
    assert.ok(map.countries.GF);
    assert.ok(map.bounds.FR![0] > map.width / 3);
  });

  test('the artifact keys are sorted (a rebuild diffs cleanly)', () => {
    const raw = readFileSync(new URL('../../data/world-map.json', import.meta.url), 'utf8');
    const json = JSON.parse(raw) as { countries: object; points: object };
    for (const o of [json.countries, json.points]) {
      const keys = Object.keys(o);
      assert.deepEqual(keys, [...keys].sort());
    }
  });

  test('decode rejects a malformed map with a clear error', () => {
    const good = { source: 's', version: 1, width: 10, height: 10, countries: {}, points: {} };
    assert.doesNotThrow(() => decodeWorldMap(good));
    const cases: Array<[unknown, RegExp]> = [
      [[], /not a JSON object/],
      [{ ...good, version: 2 }, /unsupported format version 2/],
      [{ ...good, width: 0 }, /"width" and "height"/],
      [
        { ...good, countries: { eg: 'M0 0l1 1l1 0z' }, points: { eg: [0, 0] } },
        /bad region key "eg"/,
      ],
      [{ ...good, countries: { EG: 'M0 0 C 1 1' }, points: { EG: [0, 0] } }, /path of EG/],
      [{ ...good, countries: { EG: 'M0 0l1 1l1 0z' } }, /EG has a shape but no point/],
      [{ ...good, points: { EG: [0] } }, /point of EG/],
    ];
    for (const [json, message] of cases) {
      assert.throws(
        () => decodeWorldMap(json),
        (e: unknown) => isRingfenceError(e, 'DATA_FILE_INVALID') && message.test(e.message),
      );
    }
  });

  test('pathBounds follows relative moves and lines', () => {
    assert.deepEqual(pathBounds('M10 20l5-5l-2 10zm-10 0l1 1l1-1z'), [0, 15, 15, 25]);
    assert.equal(pathBounds('M1 2 Q 3 4 5 6'), null);
    assert.equal(pathBounds(''), null);
  });
});

describe('humanDate', () => {
  test('writes a date with the precision it was given', () => {
    assert.equal(humanDate('2026-12-07'), '7 December 2026');
    assert.equal(humanDate('2022-11'), 'November 2022');
    assert.equal(humanDate('2021'), '2021');
    // A timestamp is its day in UTC, whatever the machine's time zone.
    assert.equal(humanDate('2026-12-07T23:59:59.000Z'), '7 December 2026');
    assert.equal(humanDate('2026-12-07T23:30:00-02:00'), '8 December 2026');
  });

  test('gives null for what is not a date', () => {
    for (const text of ['2022-13', '2022-02-30', 'spring 2021', '', '2022/11/16'])
      assert.equal(humanDate(text), null, text);
  });
});
