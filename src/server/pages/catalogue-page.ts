/**
 * The catalogue as people read it: one row per leak, HIBP's breach model with our counts, each
 * linking to the leak's report page. Derived sets (`ringfence derive`) are listed apart: they are
 * set algebra on leaks, not leaks, and have no report page.
 */
import { dateHtml, escapeHtml as esc } from '../../report/index.js';
import { isDerived, type Manifest } from '../../store/index.js';
import { count, renderPage } from './layout.js';

/** The leak page's path; the id is a store name (a-z, 0-9, dashes) but is encoded anyway. */
export function leakPath(id: string): string {
  return `/leaks/${encodeURIComponent(id)}`;
}

function flags(m: Manifest): string {
  const out: string[] = [];
  out.push(
    m.flags.verified
      ? '<span class="flag good">Verified</span>'
      : '<span class="flag">Not verified</span>',
  );
  if (m.flags.fabricated) out.push('<span class="flag bad">Fabricated</span>');
  if (m.flags.sensitive) out.push('<span class="flag warn">Sensitive</span>');
  if (m.flags.spamList) out.push('<span class="flag warn">Spam list</span>');
  const of = m.novelty?.recompilationOf ?? null;
  if (of !== null)
    out.push(`<span class="flag warn">Recompilation of <code>${esc(of)}</code></span>`);
  else if (m.flags.recompilation) out.push('<span class="flag warn">Recompilation</span>');
  return out.join(' ');
}

function title(m: Manifest): string {
  return m.title.trim() === '' ? m.name : m.title;
}

function leakRow(m: Manifest): string {
  return [
    '<tr>',
    `<th scope="row"><a href="${esc(leakPath(m.name))}">${esc(title(m))}</a><br><code>${esc(m.name)}</code></th>`,
    `<td class="date" data-label="Breach date">${m.breachDate === null ? 'Unknown' : dateHtml(m.breachDate)}</td>`,
    `<td class="date" data-label="Added">${dateHtml(m.addedDate)}</td>`,
    `<td class="num" data-label="Numbers">${count(m.counts.unique)}</td>`,
    `<td class="num" data-label="Countries">${count(m.counts.countries)}</td>`,
    `<td data-label="Data in it">${m.dataClasses.length === 0 ? 'Phone numbers' : m.dataClasses.map(esc).join(', ')}</td>`,
    `<td data-label="Status">${flags(m)}</td>`,
    '</tr>',
  ].join('');
}

function derivedRow(m: Manifest): string {
  return [
    '<tr>',
    `<th scope="row">${esc(title(m))}<br><code>${esc(m.name)}</code></th>`,
    `<td data-label="Made from">${m.source === null ? '' : esc(m.source)}</td>`,
    `<td class="date" data-label="Added">${dateHtml(m.addedDate)}</td>`,
    `<td class="num" data-label="Numbers">${count(m.counts.unique)}</td>`,
    '</tr>',
  ].join('');
}

function table(
  caption: string,
  id: string,
  head: readonly string[],
  rows: readonly string[],
): string {
  // A table wider than a phone scrolls in its own box, which is focusable so that it can be
  // scrolled from the keyboard too.
  return `<div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0">
<table class="cards">
<caption class="visually-hidden" id="${id}">${esc(caption)}</caption>
<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>`;
}

export function renderCataloguePage(manifests: readonly Manifest[]): string {
  const leaks = manifests.filter((m) => !isDerived(m));
  const derived = manifests.filter((m) => isDerived(m));
  const parts = [
    '<h1>Leaks on this server</h1>',
    `<p>This server holds ${leaks.length === 1 ? '1 leak' : `${count(leaks.length)} leaks`}. Numbers are unique valid phone numbers measured from each leak's data, never a seller's or a press figure. Open a leak for its report: countries, line types, the data it carries.</p>`,
  ];
  if (leaks.length === 0) parts.push('<p>There is no leak in this store yet.</p>');
  else
    parts.push(
      table(
        'Leaks',
        'leaks-caption',
        ['Leak', 'Breach date', 'Added', 'Numbers', 'Countries', 'Data in it', 'Status'],
        leaks.map(leakRow),
      ),
      '<p class="small"><strong>Verified</strong>: an analyst confirmed the data is real. <strong>Fabricated</strong>: made up or padded. <strong>Spam list</strong>: a list sold for spamming rather than a breach. <strong>Recompilation</strong>: mostly numbers already in an earlier leak. The same data as JSON: <a href="/v1/leaks"><code>/v1/leaks</code></a>.</p>',
      '<p><a href="/compare">Compare two leaks</a> to see whether one is new or made of the other.</p>',
    );
  if (derived.length > 0)
    parts.push(
      '<h2>Derived sets</h2>',
      '<p>Sets made from the leaks above by set algebra (<code>ringfence derive</code>): not leaks, so the private check and the compare leave them out.</p>',
      table(
        'Derived sets',
        'derived-caption',
        ['Set', 'Made from', 'Added', 'Numbers'],
        derived.map(derivedRow),
      ),
    );
  return renderPage({ title: 'Leaks', current: '/leaks', body: parts.join('\n'), wide: true });
}
