/**
 * The leak commands: ingest, leaks, report, sample, check, sql. Each parses nothing itself
 * (commander did) and calls the library; output goes to the given streams.
 */
import { SingleBar } from 'cli-progress';
import { existsSync, writeFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { getConfig } from '../config.js';
import { RingfenceError } from '../errors.js';
import {
  LeakStore,
  buildReport,
  checkNumber,
  compareCounts,
  compareLeaks,
  compareSample,
  deriveLeak,
  noveltyOf,
  recordNovelty,
  ingest,
  renderReportText,
  runSql,
  sampleLeak,
  type IngestSummary,
} from '../leaks/index.js';
import { defaultPhoneEngine } from '../phone/index.js';

export interface LeakIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
}

export function openStore(store: string | undefined): LeakStore {
  return new LeakStore(store ?? getConfig().store);
}

const int = new Intl.NumberFormat('en-US');

export interface IngestCommandOptions {
  readonly name: string;
  readonly title?: string;
  readonly source?: string;
  readonly breachDate?: string;
  readonly region?: string;
  readonly store?: string;
  readonly phoneColumn?: string;
  readonly countryColumn?: string;
  readonly replace: boolean;
  readonly rows: boolean;
  readonly json: boolean;
  readonly workers?: string;
  readonly memory?: string;
}

function positiveInt(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new RingfenceError('USAGE', { reason: `${option} must be a positive integer` });
  return n;
}

export async function runIngest(
  input: string,
  options: IngestCommandOptions,
  io: LeakIo,
): Promise<void> {
  const store = openStore(options.store);
  const memoryMiB = positiveInt(options.memory, '--memory');
  const showProgress = io.stderr.isTTY === true && !options.json;
  const bar = showProgress
    ? new SingleBar(
        {
          format:
            'ingest |{bar}| {percentage}% | {rowsText} rows | {rate} rows/s | ETA {eta_formatted} | {phase}',
          stream: io.stderr as unknown as NodeJS.WritableStream,
          hideCursor: true,
          etaBuffer: 50,
        },
        undefined,
      )
    : null;
  const started = performance.now();
  let total = 0;
  const summary: IngestSummary = await ingest({
    input,
    name: options.name,
    store: store.root,
    title: options.title,
    source: options.source,
    breachDate: options.breachDate,
    region: options.region,
    phoneColumn: options.phoneColumn,
    countryColumn: options.countryColumn,
    replace: options.replace,
    rows: options.rows,
    workers: positiveInt(options.workers, '--workers'),
    memoryBytes: memoryMiB === undefined ? undefined : memoryMiB * 2 ** 20,
    ...(input === '-' ? { stdin: io.stdin } : {}),
    onProgress: (p) => {
      if (bar === null) return;
      const seconds = (performance.now() - started) / 1000;
      const payload = {
        rowsText: int.format(p.rows),
        rate: int.format(Math.round(p.rows / Math.max(seconds, 0.001))),
        phase: p.phase,
      };
      if (total === 0) {
        total = Math.max(p.bytesTotal, 1);
        bar.start(total, 0, payload);
      }
      bar.update(p.bytesTotal === 0 ? 0 : p.bytesRead, payload);
    },
  }).finally(() => bar?.stop());
  if (options.json) {
    io.stdout.write(JSON.stringify(summary) + '\n');
    return;
  }
  io.stdout.write(
    [
      `ingested ${summary.name} into ${store.root} in ${summary.seconds.toFixed(1)} s`,
      `rows ${int.format(summary.rows)} = accepted ${int.format(summary.accepted)} + rejected ${int.format(summary.rejected)}` +
        ` (header ${int.format(summary.headerLines)}, blank ${int.format(summary.blankLines)} lines apart)`,
      `valid ${int.format(summary.valid)}, possible only ${int.format(summary.possibleOnly)}, unique valid ${int.format(summary.unique)}, duplicates ${int.format(summary.duplicates)}, countries ${summary.countries}`,
      `number set ${int.format(summary.numberSet.bytes)} bytes, ${summary.numberSet.bitsPerNumber.toFixed(2)} bits/number (bound ${summary.numberSet.boundBitsPerNumber.toFixed(2)})`,
      `report: ringfence report ${summary.name}`,
    ].join('\n') + '\n',
  );
}

export function runLeaks(options: { store?: string; json: boolean }, io: LeakIo): void {
  const store = openStore(options.store);
  const manifests = store.names().map((name) => store.manifest(name));
  if (options.json) {
    for (const m of manifests) io.stdout.write(JSON.stringify(m) + '\n');
    return;
  }
  if (manifests.length === 0) {
    io.stdout.write(
      `no leaks in ${store.root}; add one with: ringfence ingest <file> --name <id>\n`,
    );
    return;
  }
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
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (c >= 4 && c <= 7 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  io.stdout.write([line(headers), ...rows.map(line)].join('\n') + '\n');
}

export async function runReport(
  name: string,
  options: { store?: string; format: string; out?: string },
  io: LeakIo,
): Promise<void> {
  const store = openStore(options.store);
  const report = buildReport(store, name);
  let text: string;
  if (options.format === 'json') text = JSON.stringify(report, null, 2) + '\n';
  else if (options.format === 'text') text = renderReportText(report);
  else if (options.format === 'html') {
    const { renderReportHtml } = await import('../leaks/report-html.js');
    const { loadWorldMap } = await import('../leaks/world-map.js');
    text = renderReportHtml(report, loadWorldMap());
  } else throw new RingfenceError('USAGE', { reason: '--format must be text, json or html' });
  if (options.out !== undefined) {
    writeFileSync(options.out, text);
    io.stderr.write(`report written to ${options.out}\n`);
  } else io.stdout.write(text);
}

export function runSample(
  name: string,
  options: { store?: string; n: string; country?: string; seed: string; json: boolean },
  io: LeakIo,
): void {
  const n = positiveInt(options.n, '--n') ?? 1000;
  const engine = defaultPhoneEngine();
  const sample = sampleLeak(openStore(options.store), engine, name, {
    n,
    region: options.country,
    seed: options.seed,
  });
  for (const entry of sample)
    io.stdout.write(options.json ? JSON.stringify(entry) + '\n' : `${entry.e164}\n`);
}

export function runCheck(
  number: string,
  options: { store?: string; region?: string; json: boolean },
  io: LeakIo,
): void {
  const result = checkNumber(
    openStore(options.store),
    defaultPhoneEngine(),
    number,
    options.region,
  );
  if (options.json) {
    io.stdout.write(JSON.stringify(result) + '\n');
  } else if (result.leaks.length === 0) {
    io.stdout.write(`${result.e164}: not found in the local store\n`);
  } else {
    io.stdout.write(
      `${result.e164}: found in ${result.leaks.length} leak(s)\n` +
        result.leaks
          .map(
            (l) => `  ${l.name}  ${l.title}${l.breachDate === null ? '' : `  (${l.breachDate})`}`,
          )
          .join('\n') +
        '\n',
    );
  }
  process.exitCode = result.leaks.length > 0 ? 0 : 1;
}

export async function runSqlCommand(
  query: string,
  options: { store?: string; json: boolean },
  io: LeakIo,
): Promise<void> {
  const result = await runSql(openStore(options.store), query);
  if (options.json) {
    for (const row of result.rows)
      io.stdout.write(
        JSON.stringify(Object.fromEntries(result.columns.map((c, i) => [c, row[i]]))) + '\n',
      );
    return;
  }
  const cells = result.rows.map((r) =>
    r.map((v) => (v === null ? 'NULL' : typeof v === 'object' ? JSON.stringify(v) : String(v))),
  );
  const widths = result.columns.map((h, c) =>
    Math.min(60, Math.max(h.length, ...cells.map((r) => r[c]!.length))),
  );
  const line = (row: readonly string[]): string =>
    row
      .map((cell, c) => cell.slice(0, widths[c]).padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  io.stdout.write([line(result.columns), ...cells.map(line)].join('\n') + '\n');
}

function isLeakName(store: LeakStore, name: string): boolean {
  try {
    return store.has(name);
  } catch {
    return false; // not a valid leak name: a path
  }
}

export async function runCompare(
  a: string,
  b: string,
  options: { store?: string; format: string; out?: string; byType?: boolean },
  io: LeakIo,
): Promise<void> {
  const store = openStore(options.store);
  // When B's numbers are not at hand, only its per-country counts: compare the profiles.
  if (!isLeakName(store, b) && existsSync(b) && options.format !== 'html') {
    runCompareCounts(a, b, { ...options, json: options.format === 'json' }, io);
    return;
  }
  const c = compareLeaks(store, defaultPhoneEngine(), a, b, {
    byType: options.byType === true,
  });
  if (options.format === 'json') {
    io.stdout.write(JSON.stringify(c, null, 2) + '\n');
    return;
  }
  if (options.format === 'html') {
    const { renderCompareHtml } = await import('../leaks/compare-html.js');
    const html = renderCompareHtml(c);
    if (options.out !== undefined) {
      writeFileSync(options.out, html);
      io.stderr.write(`compare report written to ${options.out}\n`);
    } else io.stdout.write(html);
    return;
  }
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `${c.verdict}: ${c.evidence}`,
    '',
    `|A| ${a} ${int.format(c.sizeA)}   |B| ${b} ${int.format(c.sizeB)}`,
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
    .slice(0, 30)
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
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i >= 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  io.stdout.write([...lines, line(headers), ...rows.map(line)].join('\n') + '\n');
}

export async function runDerive(
  name: string,
  options: { store?: string; from: string; title?: string; replace: boolean; json: boolean },
  io: LeakIo,
): Promise<void> {
  const summary = await deriveLeak(openStore(options.store), defaultPhoneEngine(), {
    name,
    from: options.from,
    title: options.title,
    replace: options.replace,
  });
  io.stdout.write(
    options.json
      ? JSON.stringify(summary) + '\n'
      : `derived ${summary.name} = ${summary.from}: ${int.format(summary.unique)} numbers in ${summary.countries} countries\n`,
  );
}

export function runNovelty(
  name: string,
  options: { store?: string; json: boolean; record: boolean },
  io: LeakIo,
): void {
  const store = openStore(options.store);
  const report = noveltyOf(store, defaultPhoneEngine(), name);
  if (options.record) recordNovelty(store, report);
  if (options.json) {
    io.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return;
  }
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const best = report.explainedBy[0];
  const lines = [
    `${name}: ${int.format(report.newToCollection)} of ${int.format(report.unique)} numbers (${pct(report.newShare)}) are new to the collection of ${report.comparedWith.length} other leak(s)`,
    best === undefined
      ? 'no other leak to compare with'
      : `explained best by ${best.name}: ${int.format(best.intersection)} numbers in common (${pct(best.share)})`,
    report.recompilationOf === null
      ? 'suggested flag: none'
      : `suggested flag: recompilation of ${report.recompilationOf}${options.record ? ' (recorded in the manifest)' : ''}`,
    '',
    'REGION  NAME                  UNIQUE        NEW',
    ...report.countries
      .slice(0, 30)
      .map(
        (c) =>
          `${c.region.padEnd(6)}  ${c.name.slice(0, 20).padEnd(20)}  ${int.format(c.unique).padStart(10)}  ${int.format(c.new).padStart(9)}`,
      ),
  ];
  io.stdout.write(lines.join('\n') + '\n');
}

export function runCompareCounts(
  leak: string,
  countsFile: string,
  options: { store?: string; json: boolean },
  io: LeakIo,
): void {
  const c = compareCounts(openStore(options.store), defaultPhoneEngine(), leak, countsFile);
  if (options.json) {
    io.stdout.write(JSON.stringify(c, null, 2) + '\n');
    return;
  }
  const lines = [
    `${c.verdict}: ${c.evidence}`,
    `claimed total ${int.format(c.claimedTotal)} over ${c.countries.length} countries; ${leak} holds ${int.format(c.measuredTotal)} unique valid numbers`,
    ...c.skipped.map((s) => `line ${s.line} skipped: ${s.reason}`),
    '',
    'REGION  NAME                     CLAIMED       UNIQUE   RATIO  SIG.FIG',
    ...c.countries.map(
      (x) =>
        `${x.region.padEnd(6)}  ${x.name.slice(0, 20).padEnd(20)}  ${int.format(x.claimed).padStart(10)}  ${int.format(x.unique).padStart(11)}  ${(x.ratio === null ? '' : x.ratio.toFixed(3)).padStart(6)}  ${String(x.agreeingFigures).padStart(7)}`,
    ),
  ];
  io.stdout.write(lines.join('\n') + '\n');
}

export function runCompareSample(
  file: string,
  options: { store?: string; against?: string; region?: string; json: boolean },
  io: LeakIo,
): void {
  const c = compareSample(openStore(options.store), defaultPhoneEngine(), file, options);
  if (options.json) {
    io.stdout.write(JSON.stringify(c, null, 2) + '\n');
    return;
  }
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `sample: ${int.format(c.lines)} lines, ${int.format(c.usable)} distinct valid numbers (${int.format(c.duplicates)} duplicates, ${int.format(c.unusable)} unusable)`,
    '',
    'LEAK                      MATCHES   SHARE  95% INTERVAL (containment of the sampled dump)',
    ...c.leaks.map(
      (l) =>
        `${l.leak.padEnd(24)}  ${int.format(l.matches).padStart(7)}  ${pct(l.share).padStart(6)}  ${pct(l.interval[0])} – ${pct(l.interval[1])}`,
    ),
  ];
  io.stdout.write(lines.join('\n') + '\n');
}
