/**
 * The analyst's pages inside the app: a leak's report and the compare of two leaks, rendered by
 * src/report in the app's frame (navigation, stylesheet). Those renderers draw bars and swatches
 * with style attributes, which a CSP without 'unsafe-inline' blocks; hoistStyleAttributes moves
 * each distinct one into a rule of an inline <style> block, which the app then allows by its hash
 * like any other block (./web-app.ts), so the pages look as they do standalone.
 */
import type { Comparison, LeakReport } from '../../analysis/index.js';
import {
  escapeHtml as esc,
  renderCompareHtml,
  renderReportHtml,
  type WorldMap,
} from '../../report/index.js';
import { isDerived, type Manifest } from '../../store/index.js';
import { renderPage, siteFrame } from './layout.js';

/**
 * `html` with every `style="…"` attribute replaced by `data-style="n"` and one rule per distinct
 * declaration list in a <style> block before </head>. Only the renderers write style attributes:
 * text from the data is escaped, so a quote in it can never open one.
 */
export function hoistStyleAttributes(html: string): string {
  const ids = new Map<string, number>();
  const out = html.replace(/ style="([^"]*)"/g, (_match, declarations: string) => {
    let id = ids.get(declarations);
    if (id === undefined) ids.set(declarations, (id = ids.size));
    return ` data-style="${id}"`;
  });
  if (ids.size === 0) return out;
  // The declarations were attribute values: &quot; and &amp; stand for themselves in CSS text.
  const rules = [...ids]
    .map(([d, id]) => `[data-style="${id}"]{${d.replace(/&quot;/g, '"').replace(/&amp;/g, '&')}}`)
    .join('');
  return out.replace('</head>', `<style>${rules}</style>\n</head>`);
}

export function renderLeakPage(report: LeakReport, map: WorldMap): string {
  const back = '<p class="leak-nav"><a href="/leaks">← All leaks</a></p>';
  return hoistStyleAttributes(renderReportHtml(report, map, siteFrame('/leaks', back)));
}

/** The leaks a compare can take: derived sets are not leaks. */
export function comparable(manifests: readonly Manifest[]): Manifest[] {
  return manifests.filter((m) => !isDerived(m));
}

function select(
  id: 'a' | 'b',
  label: string,
  leaks: readonly Manifest[],
  selected: string | undefined,
  invalid: boolean,
): string {
  const options = [
    `<option value=""${selected === undefined || selected === '' ? ' selected' : ''}>Choose a leak</option>`,
    ...leaks.map(
      (m) =>
        `<option value="${esc(m.name)}"${m.name === selected ? ' selected' : ''}>${esc(m.title.trim() === '' ? m.name : m.title)} (${esc(m.name)})</option>`,
    ),
  ];
  return `<div class="field"><label for="leak-${id}">${label}</label><select id="leak-${id}" name="${id}" required${invalid ? ' aria-invalid="true" aria-describedby="compare-error"' : ''}>${options.join('')}</select></div>`;
}

export interface CompareSelection {
  readonly a?: string;
  readonly b?: string;
}

/** The compare form: two leaks, sent as GET /compare?a=&b= so that a result has its own URL. */
export function compareForm(
  leaks: readonly Manifest[],
  selection: CompareSelection,
  invalid: { a: boolean; b: boolean } = { a: false, b: false },
): string {
  return `<form class="compare-form" method="get" action="/compare" aria-label="Compare two leaks">
${select('a', 'Leak A (the earlier one)', leaks, selection.a, invalid.a)}
${select('b', 'Leak B (is it new?)', leaks, selection.b, invalid.b)}
<div><button type="submit">Compare</button></div>
</form>`;
}

/** GET /compare without a result: the form, what a compare answers, or what is wrong. */
export function renderCompareFormPage(
  leaks: readonly Manifest[],
  selection: CompareSelection,
  error?: { readonly message: string; readonly a: boolean; readonly b: boolean },
): string {
  const body = [
    '<h1>Compare two leaks</h1>',
    '<p>Is leak B new, or made of numbers already in leak A? The compare counts the numbers in both, in one only, and country by country, from the two leaks themselves.</p>',
    error === undefined
      ? ''
      : `<div class="notice bad" id="compare-error" role="alert"><h2>Cannot compare these</h2><p>${esc(error.message)}</p></div>`,
    leaks.length < 2
      ? '<p>This server holds fewer than two leaks: there is nothing to compare yet.</p>'
      : compareForm(leaks, selection, error ?? { a: false, b: false }),
  ].join('\n');
  return renderPage({ title: 'Compare two leaks', current: '/compare', body, wide: true });
}

/** A comparison, with the form on top to compare two others. */
export function renderComparePage(comparison: Comparison, leaks: readonly Manifest[]): string {
  const form = compareForm(leaks, { a: comparison.a, b: comparison.b });
  return hoistStyleAttributes(renderCompareHtml(comparison, siteFrame('/compare', form)));
}
