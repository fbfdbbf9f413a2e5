/**
 * The answers of ingest, leaks, check, derive and sql as text for a terminal.
 */
import type { CheckResult, DeriveSummary } from '../analysis/index.js';
import type { IngestSummary } from '../ingest/index.js';
import { isDerived, type InputReading, type Manifest, type SqlResult } from '../store/index.js';
import { int, table } from './format.js';

export function renderIngestText(summary: IngestSummary, store: string): string {
  return (
    [
      `ingested ${summary.name} into ${store} in ${summary.seconds.toFixed(1)} s`,
      `rows ${int.format(summary.rows)} = accepted ${int.format(summary.accepted)} + rejected ${int.format(summary.rejected)}` +
        ` (header ${int.format(summary.headerLines)}, blank ${int.format(summary.blankLines)} lines apart)`,
      `valid ${int.format(summary.valid)}, possible only ${int.format(summary.possibleOnly)}, unique valid ${int.format(summary.unique)}, duplicates ${int.format(summary.duplicates)}, countries ${summary.countries}`,
      `number set ${int.format(summary.numberSet.bytes)} bytes, ${summary.numberSet.bitsPerNumber.toFixed(2)} bits/number (bound ${summary.numberSet.boundBitsPerNumber.toFixed(2)})`,
      ...readingLines(summary.reading),
      `report: ringfence report ${summary.name}`,
    ].join('\n') + '\n'
  );
}

/** How the input was read: notes, then the files of a directory that were skipped. */
export function readingLines(reading: InputReading): string[] {
  const lines = reading.notes.map((note) => `read: ${note.message}`);
  if (reading.skippedFiles.length > 0)
    lines.push(
      `skipped ${reading.skippedFiles.length} file(s) that are not data: ` +
        reading.skippedFiles.map((f) => `${f.path} (${f.reason})`).join(', '),
    );
  return lines;
}

/**
 * The catalogue: one line per leak, then the derived sets (`ringfence derive`) under a heading of
 * their own, since they are not leaks. An empty store is an answer here (a list with nothing in
 * it), not an error.
 */
export function renderCatalogueText(manifests: readonly Manifest[], store: string): string {
  const leaks = manifests.filter((m) => !isDerived(m));
  const derived = manifests.filter((m) => isDerived(m));
  const out =
    leaks.length === 0
      ? [`no leaks in ${store}; add one with: ringfence ingest <file> --name <id>`]
      : [leakTable(leaks)];
  if (derived.length > 0)
    out.push(
      '',
      `derived sets (made with ringfence derive; not leaks, never counted as one):`,
      table(
        ['NAME', 'TITLE', 'FROM', 'ADDED', 'UNIQUE', 'COUNTRIES'],
        derived.map((m) => [
          m.name,
          m.title,
          (m.source ?? '').replace(/^derived:\s*/, ''),
          m.addedDate.slice(0, 10),
          int.format(m.counts.unique),
          String(m.counts.countries),
        ]),
        { right: new Set([4, 5]) },
      ),
    );
  return out.join('\n') + '\n';
}

function leakTable(manifests: readonly Manifest[]): string {
  const rows = manifests.map((m) => [
    m.name,
    m.title,
    m.breachDate ?? '',
    m.addedDate.slice(0, 10),
    int.format(m.counts.rows),
    int.format(m.counts.unique),
    String(m.counts.countries),
    m.novelty === undefined ? '' : int.format(m.novelty.newToCollection),
    [
      ...Object.entries(m.flags)
        .filter(([, on]) => on)
        .map(([flag]) => flag),
      ...(m.novelty?.recompilationOf != null ? [`of ${m.novelty.recompilationOf}`] : []),
    ].join(','),
  ]);
  const headers = [
    'NAME',
    'TITLE',
    'BREACH',
    'ADDED',
    'ROWS',
    'UNIQUE',
    'COUNTRIES',
    'NEW',
    'FLAGS',
  ];
  return table(headers, rows, { right: new Set([4, 5, 6, 7]) });
}

/**
 * A check's answer: the leaks that hold the number, then the derived sets apart. "Not found"
 * says how many leaks were searched, so that it is never read as more than it is.
 */
export function renderCheckText(result: CheckResult): string {
  const lines =
    result.leaks.length === 0
      ? [`${result.e164}: not found in the ${result.leaksSearched} leak(s) of the local store`]
      : [
          `${result.e164}: found in ${result.leaks.length} of ${result.leaksSearched} leak(s) of the local store`,
          ...result.leaks.map(
            (l) => `  ${l.name}  ${l.title}${l.breachDate === null ? '' : `  (${l.breachDate})`}`,
          ),
        ];
  if (result.derived.length > 0)
    lines.push(`also in derived sets (not leaks): ${result.derived.map((d) => d.name).join(', ')}`);
  return lines.join('\n') + '\n';
}

export function renderDeriveText(summary: DeriveSummary): string {
  return `derived ${summary.name} = ${summary.from}: ${int.format(summary.unique)} numbers in ${summary.countries} countries\n`;
}

/** A query's result as a table, cells cut at 60 characters. */
export function renderSqlText(result: SqlResult): string {
  const cells = result.rows.map((r) =>
    r.map((v) =>
      v === null
        ? 'NULL'
        : typeof v === 'object'
          ? JSON.stringify(v)
          : String(v as string | number | boolean | bigint),
    ),
  );
  return table(result.columns, cells, { maxWidth: 60 }) + '\n';
}
