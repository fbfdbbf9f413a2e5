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
import { PAGE_CSP, escapeHtml } from './html.js';
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

const LINE_TYPES: ReadonlyArray<readonly [LineTypeKey, string, string]> = [
  ['MOBILE', 'Mobile', '#1d91c0'],
  ['FIXED_LINE', 'Fixed line', '#e6a23c'],
  ['FIXED_LINE_OR_MOBILE', 'Fixed line or mobile', '#7fcdbb'],
  ['VOIP', 'VoIP', '#8e6bbf'],
  ['TOLL_FREE', 'Toll free', '#5fa35f'],
  ['PREMIUM_RATE', 'Premium rate', '#d0605e'],
  ['SHARED_COST', 'Shared cost', '#b08a5a'],
  ['PERSONAL_NUMBER', 'Personal number', '#d17fb3'],
  ['PAGER', 'Pager', '#6f8fa8'],
  ['UAN', 'UAN', '#9aa44a'],
  ['VOICEMAIL', 'Voicemail', '#5a6f8a'],
  ['UNKNOWN', 'Unknown type', '#b9bec7'],
];
const LINE_TYPE_LABEL = new Map(LINE_TYPES.map(([k, label]) => [k as string, label]));
const LINE_TYPE_COLOR = new Map(LINE_TYPES.map(([k, , color]) => [k as string, color]));
const LINE_TYPE_ORDER = new Map(LINE_TYPES.map(([k], i) => [k as string, i]));

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** Renders the report as a complete HTML document. */
export function renderReportHtml(report: LeakReport, map: WorldMap): string {
  const countries = [...report.countries].sort(
    (a, b) => b.unique - a.unique || compare(a.region, b.region) || a.callingCode - b.callingCode,
  );
  const title = report.title.trim() === '' ? report.name : report.title;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="ringfence">',
    `<title>${esc(title)} — leak report</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main class="page">',
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
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Sections

function header(report: LeakReport, title: string): string {
  const f = report.flags;
  const flags = [
    flag(f.verified, 'Verified', 'Unverified', f.verified ? 'good' : 'warn'),
    flag(f.fabricated, 'Fabricated', 'Not fabricated', 'bad'),
    flag(f.sensitive, 'Sensitive', 'Not sensitive', 'bad'),
    flag(f.spamList, 'Spam list', 'Not a spam list', 'warn'),
  ].join(' ');
  const meta: Array<[string, string]> = [
    ['Leak', `<code>${esc(report.name)}</code>`],
    ['Source', report.source ? esc(report.source) : '<span class="muted">Not recorded</span>'],
    [
      'Breach date',
      report.breachDate ? esc(report.breachDate) : '<span class="muted">Unknown</span>',
    ],
    ['Added', esc(report.addedDate)],
    ['Flags', flags],
    ['Phone metadata', esc(report.metadataVersion)],
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

function flag(on: boolean, yes: string, no: string, tone: 'good' | 'warn' | 'bad'): string {
  return on
    ? `<span class="badge badge-${tone}">${yes}</span>`
    : `<span class="badge badge-off">${no}</span>`;
}

function figures(r: LeakReport): string {
  const cards: Array<[label: string, value: number, note: string, accent?: boolean]> = [
    [
      'Rows read',
      r.rows,
      `Plus ${plural(r.headerLines, 'header line')}, ${plural(r.blankLines, 'blank line')}`,
    ],
    ['Accepted', r.accepted, `${pct(ratio(r.accepted, r.rows))} of rows`],
    ['Rejected', r.rejected, `${pct(ratio(r.rejected, r.rows))} of rows`],
    ['Valid', r.valid, `${pct(ratio(r.valid, r.accepted))} of accepted rows`],
    ['Possible only', r.possibleOnly, 'Possible length, no type pattern matches'],
    ['Invalid', r.invalid, 'No number, unreadable or impossible'],
    ['Unique valid', r.unique, 'Distinct numbers: the size of the number set', true],
    ['Duplicates', r.duplicates, `${pct(ratio(r.duplicates, r.valid))} of valid rows`],
  ];
  return [
    '<section class="figures" aria-label="Headline figures">',
    '<div class="cards">',
    ...cards.map(
      ([label, value, note, accent]) =>
        `<div class="card${accent ? ' card-accent' : ''}"><div class="card-label">${label}</div>` +
        `<div class="card-value">${integer.format(value)}</div>` +
        `<div class="card-note">${esc(note)}</div></div>`,
    ),
    '</div>',
    '<p class="note">All counts are measured from the data at ingest, row by row; none is typed ' +
      'in or taken from the seller’s claims. Rows = accepted + rejected; duplicates = valid − unique.</p>',
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
    '<p class="lede">Unique valid numbers by country, on a logarithmic scale. Countries and ' +
      'territories too small to see are drawn as circles. Hover a country for its figures.</p>',
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
    '<svg viewBox="0 0 560 46" class="legend-svg" role="img" aria-label="Colour scale">',
    '<defs><linearGradient id="legend-gradient">',
    ...stops,
    '</linearGradient></defs>',
    '<text x="10" y="10" class="legend-title">Unique valid numbers (log scale)</text>',
    `<rect x="${x0}" y="14" width="${width}" height="10" fill="url(#legend-gradient)"/>`,
    ...ticks,
    `<rect x="340" y="14" width="14" height="10" fill="${ZERO_FILL}"/>`,
    '<text x="360" y="23">No numbers</text>',
    `<circle cx="447" cy="19" r="4" fill="${SCALE[4]}" stroke="#1f2937" stroke-width="0.8"/>`,
    '<text x="456" y="23">Small country</text>',
    '</svg>',
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
    '<p class="lede">Unique valid numbers and share of the leak.</p>',
    barChart(
      'chart-top-countries',
      top.map((c) => ({
        label: countryName(c),
        value: c.unique,
        text: `${integer.format(c.unique)}  ${pct(c.share)}`,
        color: BAR_FILL,
      })),
    ),
    '</div>',
    '<div>',
    '<h2>Line types</h2>',
    '<p class="lede">Unique valid numbers by line type.</p>',
    barChart(
      'chart-line-types',
      types.map((t) => ({
        label: typeLabel(t.type),
        value: t.unique,
        text: `${integer.format(t.unique)}  ${pct(t.share)}`,
        color: LINE_TYPE_COLOR.get(t.type) ?? BAR_FILL,
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
}

/** Horizontal bars: label, bar scaled to the largest value, figure after the bar. */
function barChart(className: string, bars: readonly Bar[]): string {
  const labelWidth = 150;
  const barWidth = 250;
  const row = 22;
  const width = labelWidth + barWidth + 140;
  const height = Math.max(row, bars.length * row) + 4;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rows = bars.map((b, i) => {
    const y = i * row + 2;
    const w = Math.max(1, (b.value / max) * barWidth);
    return (
      `<g><title>${esc(`${b.label}: ${b.text.replace(/ {2}/, ' unique, ')}`)}</title>` +
      `<text class="bar-label" x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${esc(clip(b.label, 22))}</text>` +
      `<rect class="bar" x="${labelWidth}" y="${y + 3}" width="${round(w, 1)}" height="${row - 7}" rx="2" fill="${b.color}"/>` +
      `<text class="bar-value" x="${round(labelWidth + w + 6, 1)}" y="${y + 15}">${esc(b.text)}</text></g>`
    );
  });
  return [
    `<svg class="chart ${className}" viewBox="0 0 ${width} ${height}" role="img">`,
    `<line x1="${labelWidth}" x2="${labelWidth}" y1="0" y2="${height}" stroke="#9ca3af" stroke-width="1"/>`,
    ...rows,
    '</svg>',
  ].join('\n');
}

function countryTable(r: LeakReport, countries: readonly CountryReport[]): string {
  const present = new Set<string>();
  for (const c of countries)
    for (const [k, v] of Object.entries(c.lineTypes)) if (v) present.add(k);
  const keyTypes = [...present].sort((a, b) => typeOrder(a) - typeOrder(b));
  const rows = countries.map((c, i) => {
    const blocks = c.topBlocks.slice(0, TABLE_BLOCKS);
    const allBlocks = c.topBlocks.map((b) => `${b.prefix} ${integer.format(b.unique)}`).join('\n');
    return (
      `<tr><td class="num muted">${i + 1}</td>` +
      `<td><code>${esc(c.region)}</code></td>` +
      `<td>${esc(countryName(c))}</td>` +
      `<td class="num">+${c.callingCode}</td>` +
      `<td class="num">${integer.format(c.rows)}</td>` +
      `<td class="num strong">${integer.format(c.unique)}</td>` +
      `<td class="num">${pct(c.share)}</td>` +
      `<td class="split">${lineTypeSplit(c)}</td>` +
      `<td class="blocks" title="${esc(allBlocks)}">` +
      blocks
        .map(
          (b) =>
            `<span class="block"><code>${esc(b.prefix)}</code> ${integer.format(b.unique)}</span>`,
        )
        .join('') +
      '</td></tr>'
    );
  });
  const total =
    `<tr class="total"><td></td><td></td><td>All countries</td><td></td>` +
    `<td class="num">${integer.format(sum(countries.map((c) => c.rows)))}</td>` +
    `<td class="num strong">${integer.format(r.unique)}</td><td class="num">${pct(ratio(sum(countries.map((c) => c.unique)), r.unique))}</td>` +
    '<td></td><td></td></tr>';
  return [
    '<section>',
    '<h2>Countries</h2>',
    `<p class="lede">${integer.format(countries.length)} regions, largest first. Rows include ` +
      'duplicates; the line-type split and the blocks count unique numbers.</p>',
    `<div class="swatches">${keyTypes.map((t) => `<span><i style="background:${LINE_TYPE_COLOR.get(t) ?? BAR_FILL}"></i>${esc(typeLabel(t))}</span>`).join('')}</div>`,
    '<div class="table-wrap">',
    '<table class="data countries">',
    '<thead><tr><th class="num">#</th><th>Region</th><th>Country</th><th class="num">Code</th>' +
      '<th class="num">Rows</th><th class="num">Unique</th><th class="num">Share</th>' +
      '<th>Line types</th><th>Top number blocks</th></tr></thead>',
    '<tbody>',
    ...rows,
    '</tbody>',
    `<tfoot>${total}</tfoot>`,
    '</table>',
    '</div>',
    '</section>',
  ].join('\n');
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
      `<rect x="${round(x, 2)}" y="0" width="${round(w, 2)}" height="8" fill="${LINE_TYPE_COLOR.get(type) ?? BAR_FILL}">` +
      `<title>${esc(`${typeLabel(type)}: ${integer.format(n)} (${pct(n / total)})`)}</title></rect>`;
    x += w;
    return rect;
  });
  const text = parts
    .slice(0, 2)
    .map(([type, n]) => `${esc(typeLabel(type))} ${pct(n / total)}`)
    .join(' · ');
  return (
    `<svg class="stack" viewBox="0 0 ${width} 8" width="${width}" height="8" role="img">${rects.join('')}</svg>` +
    `<span class="stack-text">${text}${parts.length > 2 ? ` · +${parts.length - 2}` : ''}</span>`
  );
}

function lineTypeTable(r: LeakReport): string {
  const types = [...r.lineTypes].sort((a, b) => b.unique - a.unique || compare(a.type, b.type));
  return [
    '<table class="data line-types">',
    '<thead><tr><th>Line type</th><th class="num">Unique</th><th class="num">Share</th></tr></thead>',
    '<tbody>',
    ...types.map(
      (t) =>
        `<tr><td><i class="dot" style="background:${LINE_TYPE_COLOR.get(t.type) ?? BAR_FILL}"></i>${esc(typeLabel(t.type))}</td>` +
        `<td class="num">${integer.format(t.unique)}</td><td class="num">${pct(t.share)}</td></tr>`,
    ),
    '</tbody>',
    '</table>',
  ].join('\n');
}

function numberSetTable(r: LeakReport): string {
  const s = r.numberSet;
  const overhead = s.boundBitsPerNumber > 0 ? s.bitsPerNumber / s.boundBitsPerNumber - 1 : 0;
  const rows: Array<[string, string]> = [
    [
      'Size on disk',
      `${bytes(s.bytes)} <span class="muted">(${integer.format(s.bytes)} bytes)</span>`,
    ],
    ['Numbers', integer.format(r.unique)],
    ['Partitions', integer.format(s.partitions)],
    ['Bits per number', decimal.format(s.bitsPerNumber)],
    ['Lower bound, bits per number', decimal.format(s.boundBitsPerNumber)],
    ['Above the bound', `${overhead >= 0 ? '+' : '−'}${pct(Math.abs(overhead))}`],
  ];
  return [
    '<section>',
    '<h2>Number set</h2>',
    '<table class="data kv">',
    '<tbody>',
    ...rows.map(([k, v]) => `<tr><th scope="row">${k}</th><td class="num">${v}</td></tr>`),
    '</tbody>',
    '</table>',
    '<p class="note">The bound is the information-theoretic minimum: the sum over partitions of ' +
      'log2 C(universe, n), divided by the number count.</p>',
    '</section>',
  ].join('\n');
}

function dataClassTable(classes: readonly DataClassReport[]): string {
  return [
    '<section>',
    '<h2>Data classes</h2>',
    '<table class="data">',
    '<thead><tr><th>Column</th><th>Data class</th><th class="num">Filled rows</th><th>Fill rate</th></tr></thead>',
    '<tbody>',
    ...(classes.length === 0
      ? ['<tr><td colspan="4" class="muted">No columns besides the number.</td></tr>']
      : classes.map(
          (d) =>
            `<tr><td><code>${esc(d.column)}</code></td><td class="nowrap">${esc(d.dataClass)}</td>` +
            `<td class="num">${integer.format(d.filled)}</td>` +
            `<td class="rate"><span class="meter"><span style="width:${round(Math.min(1, Math.max(0, d.fillRate)) * 100, 1)}%"></span></span>` +
            `<span class="num-inline">${pct(d.fillRate)}</span></td></tr>`,
        )),
    '</tbody>',
    '</table>',
    '</section>',
  ].join('\n');
}

function rejectTable(reasons: readonly RejectReasonReport[], rejected: number): string {
  const sorted = [...reasons].sort((a, b) => b.rows - a.rows || compare(a.code, b.code));
  return [
    '<section>',
    '<h2>Reject reasons</h2>',
    '<table class="data">',
    '<thead><tr><th>Reason</th><th class="num">Rows</th><th class="num">Of rejected</th></tr></thead>',
    '<tbody>',
    ...(sorted.length === 0
      ? ['<tr><td colspan="3" class="muted">No row was rejected.</td></tr>']
      : sorted.map(
          (x) =>
            `<tr><td><code>${esc(x.code)}</code></td><td class="num">${integer.format(x.rows)}</td>` +
            `<td class="num">${pct(ratio(x.rows, rejected))}</td></tr>`,
        )),
    '</tbody>',
    `<tfoot><tr class="total"><td>All rejected rows</td><td class="num">${integer.format(rejected)}</td><td></td></tr></tfoot>`,
    '</table>',
    '</section>',
  ].join('\n');
}

/** Warnings that weaken the figures, above them (role=note: read before the numbers). */
function readingWarnings(report: LeakReport): string {
  const warnings = report.reading?.warnings ?? [];
  if (warnings.length === 0) return '';
  return [
    '<section class="warnings" role="note" aria-label="Warnings">',
    ...warnings.map((w) => `<p><strong>Warning:</strong> ${esc(w)}</p>`),
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
    ...reading.notes.map((n) => `<li>${esc(n)}</li>`),
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
  return LINE_TYPE_LABEL.get(type) ?? type;
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

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Code-point order, the same on every machine (localeCompare depends on the ICU data). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const STYLE = `
:root {
  --ink: #1f2937; --muted: #6b7280; --rule: #e5e7eb; --soft: #f6f7f9; --accent: #225ea8;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans", "Liberation Sans", sans-serif;
  color: var(--ink); background: #ffffff; line-height: 1.45;
}
* { box-sizing: border-box; }
body { margin: 0; font-size: 14px; }
.page { max-width: 1180px; margin: 0 auto; padding: 36px 40px 48px; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 0.92em; }
h1 { font-size: 28px; line-height: 1.2; margin: 2px 0 18px; font-weight: 650; letter-spacing: -0.01em; }
h2 { font-size: 17px; margin: 0 0 4px; font-weight: 650; }
section { margin-top: 36px; }
.kicker { margin: 0; color: var(--accent); font-size: 12px; font-weight: 600; letter-spacing: 0.08em;
  text-transform: uppercase; }
.masthead { border-bottom: 2px solid var(--ink); padding-bottom: 18px; }
.meta { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 10px 28px; margin: 0; }
.meta div { min-width: 0; }
.meta dt { color: var(--muted); font-size: 11px; text-transform: uppercase; letter-spacing: 0.06em; }
.meta dd { margin: 2px 0 0; overflow-wrap: anywhere; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; margin: 0 4px 4px 0;
  border: 1px solid transparent; }
.badge-good { background: #e7f5ea; color: #1e6b34; border-color: #b9e0c3; }
.badge-warn { background: #fdf3e1; color: #8a5a00; border-color: #f1d7a6; }
.warnings { background: #fdf3e1; color: #5c3c00; border: 1px solid #f1d7a6; border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
.badge-bad { background: #fde8e8; color: #9b1c1c; border-color: #f5c2c2; }
.badge-off { background: var(--soft); color: var(--muted); border-color: var(--rule); }
.figures { margin-top: 24px; }
.cards { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px; }
.card { border: 1px solid var(--rule); border-radius: 6px; padding: 12px 14px; background: #fff; }
.card-accent { border-color: var(--accent); box-shadow: inset 3px 0 0 var(--accent); }
.card-label { color: var(--muted); font-size: 12px; font-weight: 600; text-transform: uppercase;
  letter-spacing: 0.05em; }
.card-value { font-size: 24px; font-weight: 650; font-variant-numeric: tabular-nums; margin: 2px 0; }
.card-note { color: var(--muted); font-size: 12px; }
.note { color: var(--muted); font-size: 12px; margin: 10px 0 0; }
.lede { color: var(--muted); margin: 0 0 12px; }
.muted { color: var(--muted); }
.strong { font-weight: 600; }
.nowrap { white-space: nowrap; }
.map-figure { margin: 0; border: 1px solid var(--rule); border-radius: 6px; padding: 12px 12px 6px;
  background: #fbfcfd; }
.world-map { display: block; width: 100%; height: auto; }
.world-map .country:hover, .world-map .country-point:hover { stroke: #111827; stroke-width: 0.8; }
.legend { margin-top: 6px; }
.legend-svg { display: block; width: 560px; max-width: 100%; height: auto; font-size: 11px; fill: #374151; }
.legend-title { font-weight: 600; }
.apart { margin: 8px 0 0; font-size: 13px; }
.grid-charts { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 32px; }
.grid-2 { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 32px; }
.grid-2 section { margin-top: 36px; }
table.line-types { margin-top: 16px; }
.chart { display: block; width: 100%; height: auto; font-size: 11.5px; fill: var(--ink); }
.chart .bar-value { fill: #4b5563; font-variant-numeric: tabular-nums; white-space: pre; }
.table-wrap { overflow-x: auto; }
table.data { width: 100%; border-collapse: collapse; font-size: 13px; }
table.data th, table.data td { padding: 6px 10px; border-bottom: 1px solid var(--rule); text-align: left;
  vertical-align: middle; }
table.data thead th { font-size: 11px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.05em;
  border-bottom: 1px solid #9ca3af; font-weight: 600; white-space: nowrap; }
table.data tbody tr:nth-child(even) { background: #fafbfc; }
table.data .num, .num-inline { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.data tfoot td { border-top: 1px solid #9ca3af; border-bottom: none; font-weight: 600; }
table.kv th { font-weight: 400; color: var(--ink); }
.split { white-space: nowrap; }
.stack { display: block; border-radius: 2px; overflow: hidden; background: var(--rule); }
.stack-text { display: block; font-size: 11px; color: var(--muted); margin-top: 2px; }
.blocks { font-size: 12px; white-space: nowrap; }
.block { display: inline-block; margin-right: 10px; font-variant-numeric: tabular-nums; }
.block:last-child { margin-right: 0; }
.swatches { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 12px; color: #374151; margin: 0 0 8px; }
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
  .meta, .grid-charts, .grid-2 { grid-template-columns: minmax(0, 1fr); }
}
@media print {
  .page { max-width: none; padding: 0; }
  section, .card, tr { break-inside: avoid; }
  .table-wrap { overflow: visible; }
}
`
  .trim()
  .replace(/\n\s*/g, ' ');
