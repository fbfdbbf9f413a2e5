/**
 * The answers of compare, compare-counts, compare-sample and novelty as text for a terminal.
 */
import type {
  Comparison,
  CountsComparison,
  NoveltyReport,
  SampleComparison,
} from '../analysis/index.js';
import { int, pct, table } from './format.js';

/** Rows of the per-country tables shown in a terminal unless told otherwise (--top, --all). */
const TOP_COUNTRIES = 30;

export interface TableCut {
  /** Rows of a cut table to show; Infinity (--all) shows every row. */
  readonly top?: number;
}

/** The line under a cut table: how many rows it shows of how many, and how to see the rest. */
function cutNote(shown: number, total: number, what: string): string[] {
  return shown < total
    ? [`${shown} of ${total} ${what} shown, largest first; --top <n> or --all for more`]
    : [];
}

export function renderCompareText(c: Comparison, options: TableCut = {}): string {
  const top = options.top ?? TOP_COUNTRIES;
  const lines = [
    `${c.verdict}: ${c.evidence}`,
    '',
    `|A| ${c.a} ${int.format(c.sizeA)}   |B| ${c.b} ${int.format(c.sizeB)}`,
    `|A∩B| ${int.format(c.intersection)}   |A∪B| ${int.format(c.union)}   |A\\B| ${int.format(c.aMinusB)}   |B\\A| ${int.format(c.bMinusA)}`,
    `containment: A in B ${pct(c.containment.aInB)}, B in A ${pct(c.containment.bInA)}; Jaccard ${c.jaccard.toFixed(4)}`,
    `country counts: L1 distance ${int.format(c.countVectors.l1)} (${pct(c.countVectors.l1Share)}); of ${c.countVectors.countriesInBoth} countries in both, ${c.countVectors.agreeTo[1]} agree to 1, ${c.countVectors.agreeTo[2]} to 2, ${c.countVectors.agreeTo[3]} to 3 significant figures`,
    '',
  ];
  if (c.lineTypes !== undefined)
    lines.push(
      'by line type (A / B / A∩B):',
      ...c.lineTypes.map(
        (t) =>
          `  ${t.type.padEnd(22)} ${int.format(t.a).padStart(12)} ${int.format(t.b).padStart(12)} ${int.format(t.intersection).padStart(12)}`,
      ),
      '',
    );
  const rows = c.countries
    .slice(0, top)
    .map((x) => [
      x.region,
      x.name,
      int.format(x.a),
      int.format(x.b),
      int.format(x.intersection),
      x.ratio === null ? '' : x.ratio.toFixed(3),
      String(x.agreeingFigures),
    ]);
  const headers = ['REGION', 'NAME', 'A', 'B', 'A∩B', 'B/A', 'SIG.FIG'];
  return (
    [
      ...lines,
      table(headers, rows, { right: new Set([2, 3, 4, 5, 6]) }),
      ...cutNote(rows.length, c.countries.length, 'countries'),
    ].join('\n') + '\n'
  );
}

export function renderNoveltyText(
  report: NoveltyReport,
  recorded: boolean,
  options: TableCut = {},
): string {
  const top = options.top ?? TOP_COUNTRIES;
  const best = report.explainedBy[0];
  const lines = [
    `${report.name}: ${int.format(report.newToCollection)} of ${int.format(report.unique)} numbers (${pct(report.newShare)}) are new to the collection of ${report.comparedWith.length} earlier leak(s)`,
    best === undefined
      ? 'no earlier leak to compare with'
      : `explained best by ${best.name}: ${int.format(best.intersection)} numbers in common (${pct(best.share)})`,
    ...(report.excluded.length === 0
      ? []
      : [
          `not compared (only earlier leaks explain a leak; derived sets never do): ${report.excluded.map((e) => `${e.name} (${e.reason})`).join(', ')}`,
        ]),
    report.recompilationOf === null
      ? 'suggested flag: none'
      : `suggested flag: recompilation of ${report.recompilationOf}${recorded ? ' (recorded in the manifest)' : ''}`,
    '',
    'REGION  NAME                  UNIQUE        NEW',
    ...report.countries
      .slice(0, top)
      .map(
        (c) =>
          `${c.region.padEnd(6)}  ${c.name.slice(0, 20).padEnd(20)}  ${int.format(c.unique).padStart(10)}  ${int.format(c.new).padStart(9)}`,
      ),
    ...cutNote(Math.min(top, report.countries.length), report.countries.length, 'countries'),
  ];
  return lines.join('\n') + '\n';
}

export function renderCountsText(c: CountsComparison): string {
  const lines = [
    `${c.verdict}: ${c.evidence}`,
    `claimed total ${int.format(c.claimedTotal)} over ${c.countries.length} countries; ${c.leak} holds ${int.format(c.measuredTotal)} unique valid numbers`,
    ...c.merged.map(
      (m) =>
        `${m.name}: ${m.lines.length} rows merged: ${m.written.join(', ')} (lines ${m.lines.join(', ')})`,
    ),
    ...c.unresolved.map((u) => {
      const what =
        u.name === ''
          ? 'a count without a country'
          : u.candidates.length === 0
            ? `"${u.name}" names no country`
            : `"${u.name}" may be ${u.candidates.join(' or ')}`;
      return `line ${u.line}: ${what} (${int.format(u.claimed)} claimed); not compared`;
    }),
    ...c.skipped
      .filter((s) => s.reason === 'NO_COUNT')
      .map((s) => `line ${s.line} skipped: no count`),
    '',
    'REGION  NAME                     CLAIMED       UNIQUE   RATIO  SIG.FIG',
    ...c.countries.map(
      (x) =>
        `${x.region.padEnd(6)}  ${x.name.slice(0, 20).padEnd(20)}  ${int.format(x.claimed).padStart(10)}  ${int.format(x.unique).padStart(11)}  ${(x.ratio === null ? '' : x.ratio.toFixed(3)).padStart(6)}  ${String(x.agreeingFigures).padStart(7)}`,
    ),
  ];
  return lines.join('\n') + '\n';
}

export function renderSampleComparisonText(c: SampleComparison): string {
  const lines = [
    `sample: ${int.format(c.lines)} lines, ${int.format(c.usable)} distinct valid numbers (${int.format(c.duplicates)} duplicates, ${int.format(c.unusable)} unusable)`,
    '',
    'LEAK                      MATCHES   SHARE  95% INTERVAL (containment of the sampled dump)',
    ...c.leaks.map(
      (l) =>
        `${l.leak.padEnd(24)}  ${int.format(l.matches).padStart(7)}  ${pct(l.share).padStart(6)}  ${pct(l.interval[0])} – ${pct(l.interval[1])}`,
    ),
  ];
  return lines.join('\n') + '\n';
}
