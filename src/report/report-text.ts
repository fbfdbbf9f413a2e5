/**
 * The report as text for a terminal: headline figures, then tables.
 */
import type { LeakReport } from '../analysis/index.js';
import { int, pct, table } from './format.js';

export function renderReportText(report: LeakReport, topCountries = 30): string {
  const out: string[] = [];
  out.push(`${report.title} (${report.name})`);
  const meta = [
    report.source === null ? null : `source: ${report.source}`,
    report.breachDate === null ? null : `breach date: ${report.breachDate}`,
    `added: ${report.addedDate.slice(0, 10)}`,
    `phone metadata ${report.metadataVersion}`,
  ].filter((x) => x !== null);
  out.push(meta.join(' | '), '');
  for (const warning of report.reading?.warnings ?? []) out.push(`Warning: ${warning.message}`);
  if ((report.reading?.warnings.length ?? 0) > 0) out.push('');
  out.push(
    table(
      ['figure', 'count'],
      [
        ['rows', int.format(report.rows)],
        ['  accepted', int.format(report.accepted)],
        ['    valid', int.format(report.valid)],
        ['    possible only', int.format(report.possibleOnly)],
        ['  rejected (invalid)', int.format(report.rejected)],
        ['unique valid numbers', int.format(report.unique)],
        ['duplicates', int.format(report.duplicates)],
        ['countries', int.format(report.countries.filter((c) => c.unique > 0).length)],
        [
          'header / blank lines',
          `${int.format(report.headerLines)} / ${int.format(report.blankLines)}`,
        ],
      ],
      { right: new Set([1]), rule: true },
    ),
    '',
  );
  if (report.novelty !== undefined) {
    const n = report.novelty;
    out.push(
      `New to the collection: ${int.format(n.newToCollection)} of ${int.format(report.unique)} (${pct(report.unique === 0 ? 0 : n.newToCollection / report.unique)}), against ${n.comparedWith.length} earlier leak(s)` +
        (n.bestMatch === null
          ? ''
          : `; best match ${n.bestMatch.name} holds ${pct(n.bestMatch.share)}`) +
        (n.recompilationOf === null ? '' : `; flagged a recompilation of ${n.recompilationOf}`),
    );
    if (n.excluded !== undefined && n.excluded.length > 0)
      out.push(
        `Not compared (only earlier leaks explain a leak; derived sets never do): ${n.excluded.map((e) => `${e.name} (${e.reason})`).join(', ')}`,
      );
    out.push('');
  }
  const shown = report.countries.slice(0, topCountries);
  out.push(
    `Countries (${shown.length} of ${report.countries.length}, by unique valid numbers; mobile counts FIXED_LINE_OR_MOBILE too, as in +1)`,
  );
  out.push(
    table(
      ['region', 'name', 'code', 'rows', 'unique', 'share', 'mobile', 'fixed', 'top block'],
      shown.map((c) => [
        c.region,
        c.name,
        `+${c.callingCode}`,
        int.format(c.rows),
        int.format(c.unique),
        pct(c.share),
        int.format((c.lineTypes.MOBILE ?? 0) + (c.lineTypes.FIXED_LINE_OR_MOBILE ?? 0)),
        int.format(c.lineTypes.FIXED_LINE ?? 0),
        c.topBlocks[0] === undefined
          ? ''
          : `${c.topBlocks[0].prefix} (${int.format(c.topBlocks[0].unique)})`,
      ]),
      { right: new Set([3, 4, 5, 6, 7]), rule: true },
    ),
    '',
  );
  out.push('Line types (unique valid numbers)');
  out.push(
    table(
      ['type', 'unique', 'share'],
      report.lineTypes.map((t) => [t.type, int.format(t.unique), pct(t.share)]),
      { right: new Set([1, 2]), rule: true },
    ),
    '',
  );
  if (report.dataClasses.length > 0) {
    out.push('Data classes');
    out.push(
      table(
        ['column', 'data class', 'filled', 'fill rate'],
        report.dataClasses.map((d) => [
          d.column,
          d.dataClass,
          int.format(d.filled),
          pct(d.fillRate),
        ]),
        { right: new Set([2, 3]), rule: true },
      ),
      '',
    );
  }
  if (report.rejectReasons.length > 0) {
    out.push('Rejected rows by reason');
    out.push(
      table(
        ['code', 'rows'],
        report.rejectReasons.map((r) => [r.code, int.format(r.rows)]),
        { right: new Set([1]), rule: true },
      ),
      '',
    );
  }
  const reading = report.reading;
  if (reading !== undefined && (reading.notes.length > 0 || reading.skippedFiles.length > 0)) {
    out.push('How the input was read');
    for (const note of reading.notes) out.push(`  ${note.message}`);
    for (const f of reading.skippedFiles) out.push(`  skipped ${f.path}: ${f.reason}`);
    out.push('');
  }
  const ns = report.numberSet;
  out.push(
    `Number set: ${int.format(ns.bytes)} bytes in ${ns.partitions} partitions, ${ns.bitsPerNumber.toFixed(2)} bits per number (bound ${ns.boundBitsPerNumber.toFixed(2)})`,
  );
  return out.join('\n') + '\n';
}
