import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Comparison, CountryComparison } from '../analysis/index.js';
import { agreeingFigures } from '../analysis/index.js';
import { renderCompareHtml } from './compare-html.js';

function country(
  region: string,
  name: string,
  a: number,
  b: number,
  both: number,
): CountryComparison {
  return {
    region,
    name,
    a,
    b,
    intersection: both,
    ratio: a === 0 ? null : b / a,
    agreeingFigures: agreeingFigures(a, b),
  };
}

/** A hand-made comparison shaped like compareLeaks' answer: 60 countries, A's tail only in A. */
function sample(overrides: Partial<Comparison> = {}): Comparison {
  const countries = [
    country('EG', 'Egypt', 44_833_547, 44_910_230, 40_000_000),
    country('IT', 'Italy', 35_677_377, 35_012_001, 30_000_000),
    country('US', 'United States', 32_315_282, 0, 0),
    country('XK', 'Kosovo', 0, 1_204, 0),
    ...Array.from({ length: 56 }, (_, i) => country(`Q${i}`, `Country ${i}`, 1000 - i, 900, 800)),
  ];
  const sizeA = countries.reduce((s, c) => s + c.a, 0);
  const sizeB = countries.reduce((s, c) => s + c.b, 0);
  const intersection = countries.reduce((s, c) => s + c.intersection, 0);
  return {
    a: 'facebook-2021',
    b: 'whatsapp-2022',
    leaks: {
      a: { title: 'Facebook scrape', breachDate: '2019-08', addedDate: '2026-12-07T10:00:00.000Z' },
      b: {
        title: 'WhatsApp sale',
        breachDate: '2022-11-16',
        addedDate: '2026-12-08T10:00:00.000Z',
      },
    },
    sizeA,
    sizeB,
    intersection,
    union: sizeA + sizeB - intersection,
    aMinusB: sizeA - intersection,
    bMinusA: sizeB - intersection,
    containment: { aInB: intersection / sizeA, bInA: intersection / sizeB },
    jaccard: intersection / (sizeA + sizeB - intersection),
    verdict: 'recompilation',
    evidence: 'whatsapp-2022 is mostly a recompilation of facebook-2021.',
    countries,
    countVectors: {
      l1: 0,
      l1Share: 0,
      agreeTo: { 1: 50, 2: 2, 3: 1 },
      countriesInBoth: 58,
      verdict: 'count-profile-partial',
    },
    ...overrides,
  };
}

const html = renderCompareHtml(sample());

describe('renderCompareHtml', () => {
  test('is one self-contained document under the strict CSP, with no script', () => {
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(
      html.includes(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`),
    );
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|https?:\/\//i);
  });

  test('names both leaks with their titles and dates for people', () => {
    assert.ok(html.includes('<h1>WhatsApp sale compared with Facebook scrape</h1>'));
    assert.ok(html.includes('<time datetime="2019-08">August 2019</time>'));
    assert.ok(html.includes('<time datetime="2022-11-16">16 November 2022</time>'));
    assert.ok(html.includes('>7 December 2026</time>'));
    assert.ok(html.includes('>8 December 2026</time>'));
    // A comparison saved before titles were recorded falls back on the names.
    const bare = renderCompareHtml(sample({ leaks: undefined }));
    assert.ok(bare.includes('<h1>whatsapp-2022 compared with facebook-2021</h1>'));
  });

  test('lists every country, not a top few', () => {
    const body = /<table class="data countries">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    assert.equal(body.match(/<tr><th scope="row">/g)?.length, 60);
    assert.ok(body.includes('Country 55'));
    assert.ok(body.includes('Not in B'));
    assert.ok(body.includes('Not in A'));
  });

  test('explains the rounding column with the figures it rests on', () => {
    assert.doesNotMatch(html, /Sig\. fig/);
    assert.ok(html.includes('Counts match when rounded to'));
    // Egypt: 44,833,547 and 44,910,230 round to 45,000,000 at 2 figures, not at 3.
    assert.match(
      html,
      /Egypt: 44,833,547 in A and 44,910,230 in B both round to 45,000,000 at 2 figures, but to 44,800,000 and 44,900,000 at 3/,
    );
    assert.ok(html.includes('<td class="nowrap">2 figures</td>'));
  });

  test('draws each category in one colour, legends included', () => {
    const colours = new Map<string, Set<string>>();
    for (const m of html.matchAll(
      /data-cat="([a-z-]+)"[^>]*?(?:fill="|background:)(#[0-9a-f]{6})/g,
    )) {
      if (!colours.has(m[1]!)) colours.set(m[1]!, new Set());
      colours.get(m[1]!)!.add(m[2]!);
    }
    assert.deepEqual([...colours.keys()].sort(), ['both', 'only-a', 'only-b']);
    for (const [cat, set] of colours) assert.equal(set.size, 1, cat);
    assert.equal(new Set([...colours.values()].map((s) => [...s][0])).size, 3);
  });

  test('splits by line type only when asked', () => {
    assert.match(html, /--by-type/);
    assert.doesNotMatch(html, /<h2>By line type<\/h2>/);
    const typed = renderCompareHtml(
      sample({
        lineTypes: [
          { type: 'MOBILE', a: 100, b: 90, intersection: 80 },
          { type: 'FIXED_LINE_OR_MOBILE', a: 10, b: 0, intersection: 0 },
        ],
      }),
    );
    assert.ok(typed.includes('<h2>By line type</h2>'));
    assert.ok(typed.includes('<th scope="row">Mobile</th>'));
    assert.ok(typed.includes('<th scope="row">Fixed line or mobile</th>'));
  });

  test('escapes every string that comes from the data', () => {
    const hostile = renderCompareHtml(
      sample({
        a: 'a"><b>',
        leaks: {
          a: { title: '<script>alert(1)</script>', breachDate: '<i>x</i>', addedDate: 'now' },
          b: { title: 'B & co', breachDate: null, addedDate: '2026-01-01' },
        },
        countries: [country('EG', '<svg onload=alert(2)>', 10, 10, 10)],
      }),
    );
    assert.doesNotMatch(hostile, /<script|<svg onload|<i>x|a"><b>/);
    assert.ok(hostile.includes('a&quot;&gt;&lt;b&gt;'));
    assert.ok(hostile.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(hostile.includes('B &amp; co'));
  });

  test('renders two empty leaks without NaN', () => {
    const empty = renderCompareHtml(
      sample({
        sizeA: 0,
        sizeB: 0,
        intersection: 0,
        union: 0,
        aMinusB: 0,
        bMinusA: 0,
        containment: { aInB: 0, bInA: 0 },
        jaccard: 0,
        verdict: 'independent',
        countries: [],
      }),
    );
    assert.doesNotMatch(empty, /NaN|Infinity|undefined/);
  });
});
