/**
 * The HTML leak report: one self-contained file an analyst can mail to a colleague. Inline CSS
 * and inline SVG only, under a CSP that forbids scripts and every network fetch, so the file
 * renders the same offline, in a mail client's viewer or in a browser that blocks everything.
 *
 * Every string that comes from the data (title, source, column names, country names) passes
 * through `esc` before it reaches the markup; numbers are formatted here, never taken as text.
 * The output is a pure function of the report and the map: no clock, no locale of the machine.
 */
import type {
  CountryReport,
  DataClassReport,
  LeakReport,
  LineTypeKey,
  RejectReasonReport,
} from '../analysis/index.js';
import { regionName } from '../countries/index.js';
import type { RejectCode } from '../ingest/index.js';
import { lineTypeLabel } from './format.js';
import { PAGE_CSP, dateHtml, escapeHtml, type SiteFrame } from './html.js';
import type { WorldMap } from './world-map.js';

/** A shape narrower and shorter than this (map units, 960 wide) also gets a circle. */
const MIN_VISIBLE_SIZE = 4;
const TOP_COUNTRIES = 20;
const TABLE_BLOCKS = 3;

const NON_GEOGRAPHIC = '001';

/** Sequential, colour-blind safe (ColorBrewer YlGnBu, lightest step dropped). */
const SCALE = [
  '#edf8b1',
  '#c7e9b4',
  '#7fcdbb',
  '#41b6c4',
  '#1d91c0',
  '#225ea8',
  '#253494',
  '#081d58',
];
const ZERO_FILL = '#e4e6eb';
const BAR_FILL = '#225ea8';

/** Line-type colours; the order is the legends' order. */
const LINE_TYPES: ReadonlyArray<readonly [LineTypeKey, string]> = [
  ['MOBILE', '#1d91c0'],
  ['FIXED_LINE', '#e6a23c'],
  ['FIXED_LINE_OR_MOBILE', '#7fcdbb'],
  ['VOIP', '#8e6bbf'],
  ['TOLL_FREE', '#5fa35f'],
  ['PREMIUM_RATE', '#d0605e'],
  ['SHARED_COST', '#b08a5a'],
  ['PERSONAL_NUMBER', '#d17fb3'],
  ['PAGER', '#6f8fa8'],
  ['UAN', '#9aa44a'],
  ['VOICEMAIL', '#5a6f8a'],
  ['UNKNOWN', '#b9bec7'],
];
const LINE_TYPE_COLOR = new Map(LINE_TYPES.map(([k, color]) => [k as string, color]));
const LINE_TYPE_ORDER = new Map(LINE_TYPES.map(([k], i) => [k as string, i]));

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** Renders the report as a complete HTML document; inside a site's frame when one is given. */
export function renderReportHtml(report: LeakReport, map: WorldMap, site?: SiteFrame): string {
  const countries = [...report.countries].sort(
    (a, b) => b.unique - a.unique || compare(a.region, b.region) || a.callingCode - b.callingCode,
  );
  const title = report.title.trim() === '' ? report.name : report.title;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    ...(site === undefined
      ? [`<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`]
      : []),
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="ringfence">',
    `<title>${esc(title)} — leak report</title>`,
    `<style>${STYLE}</style>`,
    ...(site === undefined ? [] : [site.head]),
    '</head>',
    '<body>',
    ...(site === undefined
      ? ['<main class="page">']
      : [
          site.header,
          `<main class="page" id="${esc(site.mainId)}" tabindex="-1">`,
          site.mainStart ?? '',
        ]),
    header(report, title),
    readingWarnings(report),
    figures(report),
    mapSection(report, countries, map),
    chartsSection(report, countries),
    countryTable(report, countries),
    '<div class="grid-2">',
    dataClassTable(report.dataClasses),
    '<div>',
    rejectTable(report.rejectReasons, report.rejected),
    readingSection(report),
    numberSetTable(report),
    '</div>',
    '</div>',
    footer(report, map),
    '</main>',
    ...(site === undefined ? [] : [site.footer]),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Sections

function header(report: LeakReport, title: string): string {
  const meta: Array<[string, string]> = [
    ['Name in the store', `<code>${esc(report.name)}</code>`],
    ['Source', report.source ? esc(report.source) : '<span class="muted">Not recorded</span>'],
    [
      'Breach date',
      report.breachDate ? dateHtml(report.breachDate) : '<span class="muted">Not recorded</span>',
    ],
    ['Added to the store', dateHtml(report.addedDate)],
    ['Status', status(report)],
    ['Phone numbering data', esc(report.metadataVersion)],
  ];
  return [
    '<header class="masthead">',
    '<p class="kicker">Phone-number leak report</p>',
    `<h1>${esc(title)}</h1>`,
    '<dl class="meta">',
    ...meta.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`),
    '</dl>',
    '</header>',
  ].join('\n');
}

/**
 * What is known about the leak, stated once: whether the analyst verified it, then only the
 * flags that are set, as findings. An unset flag ("not fabricated") is not a finding: it only
 * means nobody marked it, so it is not listed.
 */
function status(report: LeakReport): string {
  const f = report.flags;
  const findings: string[] = [];
  if (f.fabricated) findings.push(badge('bad', 'Marked fabricated'));
  if (f.sensitive) findings.push(badge('bad', 'Marked sensitive'));
  if (f.spamList) findings.push(badge('warn', 'Marked as a spam list'));
  const of = report.novelty?.recompilationOf;
  if (of != null) findings.push(badge('warn', `Recompilation of ${esc(of)}`));
  return [
    f.verified
      ? badge('good', 'Verified by the analyst')
      : '<span class="status-plain">Not verified by the analyst</span>',
    ...findings,
  ].join(' ');
}

function badge(tone: 'good' | 'warn' | 'bad', text: string): string {
  return `<span class="badge badge-${tone}">${text}</span>`;
}

function figures(r: LeakReport): string {
  const cards: Array<[label: string, value: number, note: string, accent?: boolean]> = [
    ['Unique valid numbers', r.unique, 'Each phone number counted once: the figure to quote', true],
    [
      'Countries',
      r.countries.filter((c) => c.unique > 0).length,
      'Countries and territories with at least one valid number',
    ],
    [
      'Rows read',
      r.rows,
      `Lines of data in the input, not counting ${plural(r.headerLines, 'header line')} and ${plural(r.blankLines, 'blank line')}`,
    ],
    [
      'Rows rejected',
      r.rejected,
      `${pct(ratio(r.rejected, r.rows))} of rows: no usable phone number`,
    ],
    ['Rows with a number', r.accepted, `${pct(ratio(r.accepted, r.rows))} of rows`],
    [
      'Rows with a valid number',
      r.valid,
      `${pct(ratio(r.valid, r.accepted))} of rows with a number: in a range its country assigns`,
    ],
    [
      'Possible only',
      r.possibleOnly,
      'Right length, but in no range its country assigns: not counted as valid',
    ],
    [
      'Duplicates',
      r.duplicates,
      `${pct(ratio(r.duplicates, r.valid))} of valid numbers: seen again after their first time`,
    ],
  ];
  return [
    '<section class="figures" aria-labelledby="figures-title">',
    '<h2 id="figures-title">Key figures</h2>',
    '<div class="cards">',
    ...cards.map(
      ([label, value, note, accent]) =>
        `<div class="card${accent ? ' card-accent' : ''}"><div class="card-label">${label}</div>` +
        `<div class="card-value">${integer.format(value)}</div>` +
        `<div class="card-note">${esc(note)}</div></div>`,
    ),
    '</div>',
    '<dl class="glossary">',
    '<div><dt>Valid or only possible</dt><dd>A number is <b>valid</b> when it lies in a range ' +
      'that its country’s numbering plan assigns to phone lines (as the phone numbering data named ' +
      'above records it). A number that is only <b>possible</b> has the right length for its ' +
      'country, but no assigned range holds it: a typo, a number from an unused range, or a ' +
      'made-up one. Only valid numbers are counted and mapped.</dd></div>',
    '<div><dt>Unique or duplicate</dt><dd>Dumps repeat numbers, often written differently ' +
      '(+44 7400 123456, 07400123456). Each number is counted once however it is written: that is ' +
      'the <b>unique</b> count; every further sighting is a <b>duplicate</b>.</dd></div>',
    '<div><dt>Rows</dt><dd>Rows read = rows with a number + rows rejected; the reasons for ' +
      'rejecting a row are listed below.</dd></div>',
    '</dl>',
    '<p class="note">All counts are measured from the data at ingest, row by row; none is typed ' +
      'in or taken from the seller’s claims.</p>',
    '</section>',
  ].join('\n');
}

function mapSection(r: LeakReport, countries: readonly CountryReport[], map: WorldMap): string {
  // Unique numbers per map region (a region may appear under several calling codes).
  const counts = new Map<string, number>();
  const names = new Map<string, string>();
  for (const c of countries) {
    if (c.region === NON_GEOGRAPHIC) continue;
    counts.set(c.region, (counts.get(c.region) ?? 0) + c.unique);
    if (!names.has(c.region)) names.set(c.region, countryName(c));
  }
  const positive = [...counts.values()].filter((v) => v > 0);
  const scale = logScale(positive);
  const label = (region: string): string => {
    const name = names.get(region) ?? regionName(region);
    const n = counts.get(region) ?? 0;
    return n > 0
      ? `${name}: ${integer.format(n)} unique (${pct(ratio(n, r.unique))})`
      : `${name}: no numbers`;
  };

  const shapes: string[] = [];
  const shaded: string[] = [];
  const circles: string[] = [];
  for (const region of Object.keys(map.countries).sort(compare)) {
    const n = counts.get(region) ?? 0;
    const d = map.countries[region]!;
    const path =
      `<path class="country" data-region="${esc(region)}" fill="${n > 0 ? scale.color(n) : ZERO_FILL}" ` +
      `d="${esc(d)}"><title>${esc(label(region))}</title></path>`;
    (n > 0 ? shaded : shapes).push(path);
  }
  const offMap: CountryReport[] = [];
  const byCount = [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
  // Larger circles first, so that a small neighbour is drawn on top and stays hoverable.
  for (const [region, n] of byCount) {
    if (n <= 0) continue;
    const box = map.bounds[region];
    const small = !box || Math.max(box[2] - box[0], box[3] - box[1]) < MIN_VISIBLE_SIZE;
    if (!small) continue;
    const p = map.points[region];
    if (!p) {
      offMap.push(...countries.filter((c) => c.region === region));
      continue;
    }
    circles.push(
      `<circle class="country-point" data-region="${esc(region)}" cx="${p[0]}" cy="${p[1]}" ` +
        `r="3.4" fill="${scale.color(n)}"><title>${esc(label(region))}</title></circle>`,
    );
  }

  const nonGeo = countries.filter((c) => c.region === NON_GEOGRAPHIC && c.unique > 0);
  const apart: string[] = [];
  if (nonGeo.length > 0) {
    const total = nonGeo.reduce((n, c) => n + c.unique, 0);
    apart.push(
      `<p class="apart"><strong>Not on the map — non-geographic numbers (001):</strong> ` +
        `${integer.format(total)} unique (${pct(ratio(total, r.unique))}), ` +
        nonGeo.map((c) => `+${c.callingCode} ${integer.format(c.unique)}`).join(', ') +
        '.</p>',
    );
  }
  if (offMap.length > 0) {
    apart.push(
      `<p class="apart"><strong>Not on the map — no position known:</strong> ` +
        offMap
          .map((c) => `${esc(countryName(c))} (${esc(c.region)}) ${integer.format(c.unique)}`)
          .join(', ') +
        '.</p>',
    );
  }

  const svg = [
    `<svg class="world-map" viewBox="0 0 ${map.width} ${map.height}" role="img" ` +
      `aria-label="World map of unique valid numbers by country">`,
    '<g class="zero" stroke="#ffffff" stroke-width="0.35" stroke-linejoin="round">',
    ...shapes,
    '</g>',
    '<g class="shaded" stroke="#ffffff" stroke-width="0.35" stroke-linejoin="round">',
    ...shaded,
    '</g>',
    '<g class="points" stroke="#1f2937" stroke-width="0.7">',
    ...circles,
    '</g>',
    '</svg>',
  ].join('\n');
  return [
    '<section>',
    '<h2>Where the numbers are</h2>',
    '<p class="lede">Unique valid numbers by country: the darker, the more numbers. Each labelled ' +
      'step of the colour scale is ten times the one before (a logarithmic scale), so that ' +
      'countries with few numbers still show. Countries too small to see are drawn as circles; ' +
      'hover a country for its figures.</p>',
    '<figure class="map-figure">',
    svg,
    legend(scale),
    '</figure>',
    ...apart,
    '</section>',
  ].join('\n');
}

interface LogScale {
  readonly min: number;
  readonly max: number;
  color(n: number): string;
}

/** Log scale from the decade below the smallest count to the largest. */
function logScale(values: readonly number[]): LogScale {
  const max = Math.max(1, ...values);
  const smallest = values.length > 0 ? Math.min(...values) : 1;
  const min = Math.min(10 ** Math.floor(Math.log10(smallest)), max);
  const span = Math.log(max) - Math.log(min);
  return {
    min,
    max,
    color: (n) => interpolate(span > 0 ? (Math.log(Math.max(n, min)) - Math.log(min)) / span : 1),
  };
}

function interpolate(t: number): string {
  const x = Math.min(1, Math.max(0, t)) * (SCALE.length - 1);
  const i = Math.min(SCALE.length - 2, Math.floor(x));
  const a = hex(SCALE[i]!);
  const b = hex(SCALE[i + 1]!);
  const f = x - i;
  return `#${a
    .map((v, k) =>
      Math.round(v + (b[k]! - v) * f)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function hex(color: string): [number, number, number] {
  const v = Number.parseInt(color.slice(1), 16);
  return [(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff];
}

function legend(scale: LogScale): string {
  const width = 300;
  const x0 = 10;
  const stops = SCALE.map(
    (c, i) => `<stop offset="${round((i / (SCALE.length - 1)) * 100, 2)}%" stop-color="${c}"/>`,
  );
  const span = Math.log(scale.max) - Math.log(scale.min);
  const at = (v: number): number =>
    round(x0 + (span > 0 ? ((Math.log(v) - Math.log(scale.min)) / span) * width : width), 1);
  const tick = (x: number, text: string): string =>
    `<line x1="${x}" x2="${x}" y1="22" y2="27" stroke="#4b5563"/>` +
    `<text x="${x}" y="39" text-anchor="middle">${text}</text>`;
  const ticks: string[] = [];
  let last = -Infinity;
  for (let p = 10 ** Math.ceil(Math.log10(scale.min)); p <= scale.max; p *= 10) {
    last = at(p);
    ticks.push(tick(last, compact(p)));
  }
  // The largest count closes the scale, unless it would sit on the last decade's label.
  if (at(scale.max) - last > 32) ticks.push(tick(at(scale.max), compact(scale.max)));
  return [
    '<figcaption class="legend">',
    '<svg viewBox="0 0 330 46" class="legend-svg" role="img" aria-label="Colour scale: ' +
      `lighter for fewer numbers, darker for more, from ${compact(scale.min)} to ${compact(scale.max)}">`,
    '<defs><linearGradient id="legend-gradient">',
    ...stops,
    '</linearGradient></defs>',
    '<text x="10" y="10" class="legend-title">Unique valid numbers (log scale)</text>',
    `<rect x="${x0}" y="14" width="${width}" height="10" fill="url(#legend-gradient)"/>`,
    ...ticks,
    '</svg>',
    `<span class="map-key"><i class="key-zero" style="background:${ZERO_FILL}"></i>No numbers</span>`,
    `<span class="map-key"><i class="key-point" style="background:${SCALE[4]}"></i>Small country</span>`,
    '</figcaption>',
  ].join('\n');
}

function chartsSection(r: LeakReport, countries: readonly CountryReport[]): string {
  const top = countries
    .filter((c) => c.region !== NON_GEOGRAPHIC && c.unique > 0)
    .slice(0, TOP_COUNTRIES);
  const types = [...r.lineTypes]
    .filter((t) => t.unique > 0)
    .sort((a, b) => b.unique - a.unique || compare(a.type, b.type));
  return [
    '<section class="grid-charts">',
    '<div>',
    `<h2>Top ${top.length} countries</h2>`,
    '<p class="lede">Unique valid numbers, and each country’s share of the leak.</p>',
    barChart(
      'chart-top-countries',
      top.map((c) => ({
        label: countryName(c),
        value: c.unique,
        text: `${integer.format(c.unique)} · ${pct(c.share)}`,
        color: BAR_FILL,
      })),
    ),
    '</div>',
    '<div>',
    '<h2>Line types</h2>',
    '<p class="lede">Unique valid numbers by the kind of line, as the numbering plan of each ' +
      'country tells it. “Fixed line or mobile” is for countries whose numbers do not show the ' +
      'difference (such as the United States and Canada); “unknown type” for a valid number in a range ' +
      'whose kind the plan does not say.</p>',
    barChart(
      'chart-line-types',
      types.map((t) => ({
        label: typeLabel(t.type),
        value: t.unique,
        text: `${integer.format(t.unique)} · ${pct(t.share)}`,
        color: LINE_TYPE_COLOR.get(t.type) ?? BAR_FILL,
        type: t.type,
      })),
    ),
    lineTypeTable(r),
    '</div>',
    '</section>',
  ].join('\n');
}

interface Bar {
  readonly label: string;
  readonly value: number;
  readonly text: string;
  readonly color: string;
  /** The line type a bar stands for, for its colour to be checked against the legends. */
  readonly type?: string;
}

/**
 * Horizontal bars as HTML, so that labels wrap and stay legible on a phone: label, bar scaled to
 * the largest value, figure after the bar.
 */
function barChart(className: string, bars: readonly Bar[]): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return [
    `<ol class="chart ${className}">`,
    ...bars.map(
      (b) =>
        `<li><span class="bar-label">${esc(b.label)}</span><span class="bar-track">` +
        `<span class="bar"${b.type === undefined ? '' : ` data-type="${esc(b.type)}"`} ` +
        `style="width:${round(Math.max(0.5, (b.value / max) * 100), 2)}%;background:${b.color}"></span></span>` +
        `<span class="bar-value">${esc(b.text)}</span></li>`,
    ),
    '</ol>',
  ].join('\n');
}

function countryTable(r: LeakReport, countries: readonly CountryReport[]): string {
  const present = new Set<string>();
  for (const c of countries)
    for (const [k, v] of Object.entries(c.lineTypes)) if (v) present.add(k);
  const keyTypes = [...present].sort((a, b) => typeOrder(a) - typeOrder(b));
  const rows = countries.map((c) => {
    const blocks = c.topBlocks.slice(0, TABLE_BLOCKS);
    const allBlocks = c.topBlocks
      .map((b) => `${blockLabel(b.prefix, c.callingCode)} ${integer.format(b.unique)}`)
      .join('\n');
    return (
      `<tr><th scope="row">${esc(countryName(c))} <span class="code">${esc(c.region)} +${c.callingCode}</span></th>` +
      `<td class="num">${integer.format(c.rows)}</td>` +
      `<td class="num strong">${integer.format(c.unique)}</td>` +
      `<td class="num">${pct(c.share)}</td>` +
      `<td class="split">${lineTypeSplit(c)}</td>` +
      `<td class="blocks" title="${esc(allBlocks)}">` +
      (blocks.length === 0
        ? '<span class="muted">—</span>'
        : blocks
            .map(
              (b) =>
                `<span class="block"><code>${esc(blockLabel(b.prefix, c.callingCode))}</code> ${integer.format(b.unique)}</span>`,
            )
            .join(' ')) +
      '</td></tr>'
    );
  });
  const total =
    `<tr class="total"><th scope="row">All countries</th>` +
    `<td class="num">${integer.format(sum(countries.map((c) => c.rows)))}</td>` +
    `<td class="num strong">${integer.format(r.unique)}</td><td class="num">${pct(ratio(sum(countries.map((c) => c.unique)), r.unique))}</td>` +
    '<td></td><td></td></tr>';
  return [
    '<section>',
    '<h2>Countries</h2>',
    `<p class="lede">All ${integer.format(countries.length)} countries and territories, largest ` +
      'first. <b>Rows</b> count every row, duplicates included; <b>unique numbers</b>, the line ' +
      'types and the blocks count each number once.</p>',
    '<p class="explain"><b>Largest number blocks</b>: a block is the country code and the first ' +
      'digits of the national number, such as <code>+20 100…</code>. In most countries these ' +
      'digits tell the mobile operator or the area, so the largest blocks show where in the ' +
      'country the numbers of the leak concentrate (the three largest are shown; hover for ten).</p>',
    `<ul class="swatches" aria-label="Line type colours">${keyTypes.map((t) => `<li><i data-type="${esc(t)}" style="background:${LINE_TYPE_COLOR.get(t) ?? BAR_FILL}"></i>${esc(typeLabel(t))}</li>`).join('')}</ul>`,
    '<div class="table-wrap" tabindex="0">',
    '<table class="data countries">',
    '<thead><tr><th scope="col">Country</th><th scope="col" class="num">Rows</th>' +
      '<th scope="col" class="num">Unique numbers</th><th scope="col" class="num">Share of the leak</th>' +
      '<th scope="col">Line types</th><th scope="col">Largest number blocks (unique numbers in each)</th></tr></thead>',
    '<tbody>',
    ...rows,
    '</tbody>',
    `<tfoot>${total}</tfoot>`,
    '</table>',
    '</div>',
    '</section>',
  ].join('\n');
}

/** "+20100" of calling code 20 -> "+20 100…": the country code apart from the national digits. */
function blockLabel(prefix: string, callingCode: number): string {
  const cc = `+${callingCode}`;
  if (!prefix.startsWith(cc)) return `${prefix}…`;
  const rest = prefix.slice(cc.length);
  return rest === '' ? `${cc} …` : `${cc} ${rest}…`;
}

function lineTypeSplit(c: CountryReport): string {
  const parts = Object.entries(c.lineTypes)
    .filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0)
    .sort((a, b) => b[1] - a[1] || typeOrder(a[0]) - typeOrder(b[0]));
  const total = sum(parts.map(([, n]) => n));
  if (total === 0) return '<span class="muted">—</span>';
  const width = 120;
  let x = 0;
  const rects = parts.map(([type, n]) => {
    const w = (n / total) * width;
    const rect =
      `<rect data-type="${esc(type)}" x="${round(x, 2)}" y="0" width="${round(w, 2)}" height="8" fill="${LINE_TYPE_COLOR.get(type) ?? BAR_FILL}">` +
      `<title>${esc(`${typeLabel(type)}: ${integer.format(n)} (${pct(n / total)})`)}</title></rect>`;
    x += w;
    return rect;
  });
  const text = parts
    .slice(0, 2)
    .map(([type, n]) => `${esc(typeLabel(type))} ${pct(n / total)}`)
    .join(' · ');
  return (
    `<svg class="stack" viewBox="0 0 ${width} 8" width="${width}" height="8" aria-hidden="true">${rects.join('')}</svg>` +
    `<span class="stack-text">${text}${parts.length > 2 ? ` · +${parts.length - 2}` : ''}</span>`
  );
}

function lineTypeTable(r: LeakReport): string {
  const types = [...r.lineTypes].sort((a, b) => b.unique - a.unique || compare(a.type, b.type));
  return [
    '<div class="table-wrap" tabindex="0">',
    '<table class="data line-types">',
    '<thead><tr><th scope="col">Line type</th><th scope="col" class="num">Unique numbers</th>' +
      '<th scope="col" class="num">Share</th></tr></thead>',
    '<tbody>',
    ...types.map(
      (t) =>
        `<tr><th scope="row"><i class="dot" data-type="${esc(t.type)}" style="background:${LINE_TYPE_COLOR.get(t.type) ?? BAR_FILL}"></i>${esc(typeLabel(t.type))}</th>` +
        `<td class="num">${integer.format(t.unique)}</td><td class="num">${pct(t.share)}</td></tr>`,
    ),
    '</tbody>',
    '</table>',
    '</div>',
  ].join('\n');
}

function numberSetTable(r: LeakReport): string {
  const s = r.numberSet;
  const overhead = s.boundBitsPerNumber > 0 ? s.bitsPerNumber / s.boundBitsPerNumber - 1 : 0;
  const rows: Array<[string, string, string]> = [
    [
      'Size on disk',
      `${bytes(s.bytes)} <span class="muted">(${integer.format(s.bytes)} bytes)</span>`,
      'The file that holds the unique numbers.',
    ],
    ['Numbers', integer.format(r.unique), 'Unique valid numbers in the file.'],
    [
      'Bits per number',
      decimal.format(s.bitsPerNumber),
      'Space each number takes (8 bits make a byte). Written out as text, a phone number takes ' +
        'about 100 bits.',
    ],
    [
      'Reference, bits per number',
      decimal.format(s.boundBitsPerNumber),
      'The fewest bits any method needs for this many numbers if they were spread at random ' +
        'over every number of their length and country code (the information-theoretic bound). ' +
        'Real numbers cluster in blocks, so a file can come in under it.',
    ],
    [
      'Against the reference',
      overhead === 0 ? 'equal' : `${pct(Math.abs(overhead))} ${overhead > 0 ? 'above' : 'below'}`,
      'How much more (above) or less (below) than that reference the file uses.',
    ],
    [
      'Partitions',
      integer.format(s.partitions),
      'Groups stored apart: one per country code and number length.',
    ],
  ];
  return [
    '<section>',
    '<h2>Number set</h2>',
    '<p class="lede">How compactly ringfence stores the leak’s unique numbers: a technical ' +
      'detail that none of the figures above depends on.</p>',
    '<div class="table-wrap" tabindex="0">',
    '<table class="data kv">',
    '<tbody>',
    ...rows.map(
      ([k, v, note]) =>
        `<tr><th scope="row">${k}<span class="row-note">${esc(note)}</span></th><td class="num">${v}</td></tr>`,
    ),
    '</tbody>',
    '</table>',
    '</div>',
    '</section>',
  ].join('\n');
}

function dataClassTable(classes: readonly DataClassReport[]): string {
  return [
    '<section>',
    '<h2>Data classes</h2>',
    '<p class="lede">The other columns of the dump, the kind of personal data each holds, and ' +
      'how many rows have a value in it.</p>',
    '<div class="table-wrap" tabindex="0">',
    '<table class="data">',
    '<thead><tr><th scope="col">Column</th><th scope="col">Data class</th>' +
      '<th scope="col" class="num">Filled rows</th><th scope="col">Fill rate</th></tr></thead>',
    '<tbody>',
    ...(classes.length === 0
      ? ['<tr><td colspan="4" class="muted">No columns besides the number.</td></tr>']
      : classes.map(
          (d) =>
            `<tr><th scope="row"><code>${esc(d.column)}</code></th><td>${esc(d.dataClass)}</td>` +
            `<td class="num">${integer.format(d.filled)}</td>` +
            `<td class="rate"><span class="meter"><span style="width:${round(Math.min(1, Math.max(0, d.fillRate)) * 100, 1)}%"></span></span>` +
            `<span class="num-inline">${pct(d.fillRate)}</span></td></tr>`,
        )),
    '</tbody>',
    '</table>',
    '</div>',
    '</section>',
  ].join('\n');
}

/**
 * Each reject code in words, for a reader who has not seen docs/errors.md (where the codes are
 * defined). Typed by RejectCode: a new code does not compile until it is explained here.
 */
const REJECT_MEANINGS: Readonly<Record<RejectCode, string>> = {
  NOT_A_NUMBER: 'Not a phone number: no digits, or letters where digits belong.',
  TOO_SHORT: 'Too short to be a phone number (under 2 digits after the country code).',
  TOO_LONG: 'Too long to be a phone number (over 17 digits after the country code).',
  INVALID_COUNTRY:
    'No country can be told: no + and no country given for the row, or a + followed by a country code that does not exist.',
  INPUT_TOO_LONG: 'The phone field is longer than 250 characters.',
  EXCEL_PRECISION_LOST: 'Mangled by a spreadsheet: written like 4.477E+11, with digits lost.',
  EXCEL_NOT_INTEGER:
    'Written by a spreadsheet in scientific notation, with a value that is not a whole number.',
  IMPOSSIBLE_NUMBER: 'A length that no number of its country can have.',
  EMPTY_PHONE: 'The phone field is empty.',
  MISSING_FIELD: 'The row is cut short before its phone field.',
  MALFORMED_ROW: 'The row cannot be read (broken JSON, or a record longer than 512 KiB).',
};

/** A reject code in words; codes of a newer ringfence get a pointer to the list. */
export function rejectMeaning(code: string): string {
  return (
    (REJECT_MEANINGS as Readonly<Record<string, string>>)[code] ??
    'A reason this version of the report does not describe (see docs/errors.md).'
  );
}

function rejectTable(reasons: readonly RejectReasonReport[], rejected: number): string {
  const sorted = [...reasons].sort((a, b) => b.rows - a.rows || compare(a.code, b.code));
  return [
    '<section>',
    '<h2>Reject reasons</h2>',
    '<p class="lede">Why rows were left out. Every rejected row is kept with its line number, so ' +
      'none disappears unexplained.</p>',
    '<div class="table-wrap" tabindex="0">',
    '<table class="data rejects">',
    '<thead><tr><th scope="col">Reason</th><th scope="col" class="num">Rows</th>' +
      '<th scope="col" class="num">Of rejected</th></tr></thead>',
    '<tbody>',
    ...(sorted.length === 0
      ? ['<tr><td colspan="3" class="muted">No row was rejected.</td></tr>']
      : sorted.map(
          (x) =>
            `<tr><th scope="row">${esc(rejectMeaning(x.code))} <code class="code">${esc(x.code)}</code></th>` +
            `<td class="num">${integer.format(x.rows)}</td>` +
            `<td class="num">${pct(ratio(x.rows, rejected))}</td></tr>`,
        )),
    '</tbody>',
    `<tfoot><tr class="total"><th scope="row">All rejected rows</th><td class="num">${integer.format(rejected)}</td><td></td></tr></tfoot>`,
    '</table>',
    '</div>',
    '</section>',
  ].join('\n');
}

/** Warnings that weaken the figures, above them (role=note: read before the numbers). */
function readingWarnings(report: LeakReport): string {
  const warnings = report.reading?.warnings ?? [];
  if (warnings.length === 0) return '';
  return [
    '<section class="warnings" role="note" aria-label="Warnings">',
    ...warnings.map((w) => `<p><strong>Warning:</strong> ${esc(w.message)}</p>`),
    '</section>',
  ].join('\n');
}

/** How the input was read: encodings, repairs, literal quotes, skipped files. */
function readingSection(report: LeakReport): string {
  const reading = report.reading;
  if (reading === undefined || (reading.notes.length === 0 && reading.skippedFiles.length === 0))
    return '';
  return [
    '<section>',
    '<h2>How the input was read</h2>',
    '<ul>',
    ...reading.notes.map((n) => `<li>${esc(n.message)}</li>`),
    ...reading.skippedFiles.map(
      (f) => `<li>Skipped <code>${esc(f.path)}</code>: ${esc(f.reason)}</li>`,
    ),
    '</ul>',
    '</section>',
  ].join('\n');
}

function footer(r: LeakReport, map: WorldMap): string {
  return [
    '<footer class="footer">',
    `<p>Generated by ringfence from leak <code>${esc(r.name)}</code>. Numbers classified with ` +
      `${esc(r.metadataVersion)}. Map: ${esc(map.source)}; Natural Earth data is in the public domain. ` +
      'Borders are drawn for orientation only.</p>',
    '</footer>',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Helpers

const esc = escapeHtml;

function countryName(c: CountryReport): string {
  if (c.region === NON_GEOGRAPHIC) return c.name.trim() || 'Non-geographic';
  const name = c.name.trim();
  return name !== '' && name !== c.region ? name : regionName(c.region);
}

function typeLabel(type: string): string {
  return lineTypeLabel(type);
}

function typeOrder(type: string): number {
  return LINE_TYPE_ORDER.get(type) ?? LINE_TYPES.length;
}

function pct(x: number): string {
  if (!Number.isFinite(x) || x <= 0) return '0%';
  if (x < 0.001) return '<0.1%';
  return `${(x * 100).toFixed(1)}%`;
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function plural(n: number, word: string): string {
  return `${integer.format(n)} ${word}${n === 1 ? '' : 's'}`;
}

function compact(n: number): string {
  if (n >= 1e9) return `${round(n / 1e9, 1)}B`;
  if (n >= 1e6) return `${round(n / 1e6, 1)}M`;
  if (n >= 1e3) return `${round(n / 1e3, 1)}K`;
  return String(round(n, 1));
}

function bytes(n: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return u === 0 ? `${integer.format(n)} bytes` : `${v.toFixed(1)} ${units[u]}`;
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/** Code-point order, the same on every machine (localeCompare depends on the ICU data). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const STYLE = `
:root {
  --ink: #1f2937; --muted: #5b6472; --rule: #e5e7eb; --soft: #f6f7f9; --accent: #225ea8;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans", "Liberation Sans", sans-serif;
  color: var(--ink); background: #ffffff; line-height: 1.45;
}
* { box-sizing: border-box; }
body { margin: 0; font-size: 14px; }
.page { max-width: 1180px; margin: 0 auto; padding: 36px 40px 48px; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 0.92em; overflow-wrap: anywhere; }
h1 { font-size: 28px; line-height: 1.2; margin: 2px 0 18px; font-weight: 650; letter-spacing: -0.01em;
  overflow-wrap: anywhere; }
h2 { font-size: 17px; margin: 0 0 4px; font-weight: 650; }
section { margin-top: 36px; }
.kicker { margin: 0; color: var(--accent); font-size: 12px; font-weight: 600; letter-spacing: 0.08em;
  text-transform: uppercase; }
.masthead { border-bottom: 2px solid var(--ink); padding-bottom: 18px; }
.meta { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 10px 28px; margin: 0; }
.meta div { min-width: 0; }
.meta dt { color: var(--muted); font-size: 12px; }
.meta dd { margin: 2px 0 0; overflow-wrap: anywhere; font-weight: 600; }
.status-plain { display: inline-block; margin: 0 6px 4px 0; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; margin: 0 4px 4px 0;
  border: 1px solid transparent; }
.badge-good { background: #e7f5ea; color: #1e6b34; border-color: #b9e0c3; }
.badge-warn { background: #fdf3e1; color: #7a4f00; border-color: #f1d7a6; }
.badge-bad { background: #fde8e8; color: #9b1c1c; border-color: #f5c2c2; }
.warnings { background: #fdf3e1; color: #5c3c00; border: 1px solid #f1d7a6; border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
.figures { margin-top: 24px; }
.figures h2 { margin-bottom: 10px; }
.cards { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px; }
.card { border: 1px solid var(--rule); border-radius: 6px; padding: 12px 14px; background: #fff; }
.card-accent { border-color: var(--accent); box-shadow: inset 3px 0 0 var(--accent); }
.card-label { color: var(--muted); font-size: 12px; font-weight: 600; }
.card-value { font-size: 24px; font-weight: 650; font-variant-numeric: tabular-nums; margin: 2px 0; }
.card-note { color: var(--muted); font-size: 12px; }
.glossary { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 12px 28px; margin: 16px 0 0;
  font-size: 13px; }
.glossary dt { font-weight: 650; }
.glossary dd { margin: 2px 0 0; color: var(--ink); }
.note { color: var(--muted); font-size: 12px; margin: 10px 0 0; }
.lede { color: var(--muted); margin: 0 0 12px; max-width: 80ch; }
.explain { font-size: 13px; background: var(--soft); border-radius: 6px; padding: 8px 12px; margin: 0 0 12px; max-width: 100ch; }
.muted { color: var(--muted); }
.strong { font-weight: 600; }
.code { color: var(--muted); font-size: 11px; font-weight: 400; margin-left: 4px; }
.map-figure { margin: 0; border: 1px solid var(--rule); border-radius: 6px; padding: 12px 12px 6px;
  background: #fbfcfd; }
.world-map { display: block; width: 100%; height: auto; }
.world-map .country:hover, .world-map .country-point:hover { stroke: #111827; stroke-width: 0.8; }
.legend { margin-top: 6px; display: flex; flex-wrap: wrap; align-items: center; gap: 4px 20px; font-size: 12px;
  color: #374151; }
.legend-svg { display: block; width: 330px; max-width: 100%; height: auto; font-size: 11px; fill: #374151; }
.legend-title { font-weight: 600; }
.map-key i { display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: -2px; }
.map-key .key-point { border-radius: 50%; border: 1px solid #1f2937; }
.apart { margin: 8px 0 0; font-size: 13px; }
.grid-charts { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 32px; }
.grid-2 { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 32px; }
.grid-2 section { margin-top: 36px; }
table.line-types { margin-top: 16px; }
.chart { list-style: none; margin: 0; padding: 0; font-size: 12.5px; }
.chart li { display: grid; grid-template-columns: minmax(0, 9.5em) minmax(0, 1fr) auto; align-items: center;
  gap: 8px; padding: 2px 0; }
.chart .bar-label { text-align: right; overflow-wrap: anywhere; line-height: 1.2; }
.chart .bar-track { display: block; border-left: 1px solid #9ca3af; padding: 2px 0; }
.chart .bar { display: block; height: 14px; border-radius: 0 2px 2px 0; }
.chart .bar-value { color: #4b5563; font-variant-numeric: tabular-nums; white-space: nowrap; min-width: 8.5em; }
.table-wrap { overflow-x: auto; }
table.data { width: 100%; border-collapse: collapse; font-size: 13px; }
table.data th, table.data td { padding: 6px 10px; border-bottom: 1px solid var(--rule); text-align: left;
  vertical-align: middle; }
table.data thead th { font-size: 12px; color: var(--ink); border-bottom: 1px solid #6b7280; font-weight: 650;
  vertical-align: bottom; }
table.data tbody th, table.data tfoot th { font-weight: 500; }
table.data tbody tr:nth-child(even) { background: #fafbfc; }
table.data .num, .num-inline { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.data tfoot td, table.data tfoot th { border-top: 1px solid #6b7280; border-bottom: none; font-weight: 600; }
table.kv th { font-weight: 600; color: var(--ink); }
table.kv .row-note { display: block; font-weight: 400; color: var(--muted); font-size: 12px; max-width: 48ch; }
table.rejects th code { white-space: nowrap; }
table.data code { overflow-wrap: normal; }
table.countries tbody th { white-space: nowrap; }
.split { white-space: nowrap; }
.stack { display: block; border-radius: 2px; overflow: hidden; background: var(--rule); }
.stack-text { display: block; font-size: 11px; color: var(--muted); margin-top: 2px; }
.blocks { font-size: 12px; min-width: 15em; }
.block { display: inline-block; margin-right: 10px; font-variant-numeric: tabular-nums; white-space: nowrap; }
.block:last-child { margin-right: 0; }
.swatches { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 12px;
  color: #374151; margin: 0 0 8px; }
.swatches i, .dot { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px;
  vertical-align: -1px; }
.rate { white-space: nowrap; }
.meter { display: inline-block; width: 52px; height: 8px; background: var(--rule); border-radius: 2px;
  margin-right: 8px; vertical-align: 0; overflow: hidden; }
.meter span { display: block; height: 100%; background: var(--accent); }
.footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--rule); color: var(--muted);
  font-size: 12px; }
@media (max-width: 900px) {
  .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .meta, .grid-charts, .grid-2, .glossary { grid-template-columns: minmax(0, 1fr); }
}
@media (max-width: 520px) {
  .page { padding: 20px 16px 32px; }
  h1 { font-size: 23px; }
  .card-value { font-size: 20px; }
  .chart li { grid-template-columns: minmax(0, 7em) minmax(0, 1fr) auto; }
  .chart .bar-value { min-width: 0; }
}
@media print {
  .page { max-width: none; padding: 0; }
  section, .card, tr { break-inside: avoid; }
  .table-wrap { overflow: visible; }
}
`
  .trim()
  .replace(/\n\s*/g, ' ');
