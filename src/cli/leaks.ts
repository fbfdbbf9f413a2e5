/**
 * The leak commands: ingest, leaks, report, sample, check, sql. Each parses nothing itself
 * (commander did) and calls the library; output goes to the given streams.
 */
import { existsSync, writeFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import {
  buildReport,
  checkNumber,
  compareCounts,
  compareLeaks,
  compareSample,
  deriveLeak,
  drawSample,
  noveltyOf,
  recordNovelty,
  sampleShortfall,
} from '../analysis/index.js';
import { RingfenceError } from '../errors.js';
import { defaultPhoneEngine } from '../phone/index.js';
import {
  loadWorldMap,
  renderCatalogueText,
  renderCheckText,
  renderCompareHtml,
  renderCompareText,
  renderCountsText,
  renderDeriveText,
  renderNoveltyText,
  renderReportHtml,
  renderReportText,
  renderSampleComparisonText,
  renderSqlText,
} from '../report/index.js';
import { runSql, type LeakStore } from '../store/index.js';
import { openStore } from './context.js';
import { positiveInt } from './options.js';

export interface LeakIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
}

export function runLeaks(options: { store?: string; json: boolean }, io: LeakIo): void {
  const store = openStore(options.store);
  const manifests = store.names().map((name) => store.manifest(name));
  if (options.json) {
    for (const m of manifests) io.stdout.write(JSON.stringify(m) + '\n');
    return;
  }
  io.stdout.write(renderCatalogueText(manifests, store.root));
}

export function runReport(
  name: string,
  options: { store?: string; format: string; out?: string },
  io: LeakIo,
): void {
  const store = openStore(options.store);
  const report = buildReport(store, name);
  let text: string;
  if (options.format === 'json') text = JSON.stringify(report, null, 2) + '\n';
  else if (options.format === 'text') text = renderReportText(report);
  else if (options.format === 'html') text = renderReportHtml(report, loadWorldMap());
  else throw new RingfenceError('USAGE', { reason: '--format must be text, json or html' });
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
  const sample = drawSample(openStore(options.store), engine, name, {
    n,
    region: options.country,
    seed: options.seed,
  });
  for (const entry of sample.numbers)
    io.stdout.write(options.json ? JSON.stringify(entry) + '\n' : `${entry.e164}\n`);
  // A short sample is said on stderr, so that stdout stays one number (or object) per line.
  const short = sampleShortfall(sample);
  if (short === null) return;
  if (options.json) {
    const { numbers: _numbers, ...account } = sample;
    io.stderr.write(JSON.stringify({ warning: 'SAMPLE_SHORT', message: short, ...account }) + '\n');
  } else io.stderr.write(`ringfence: ${short}\n`);
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
  } else io.stdout.write(renderCheckText(result));
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
  io.stdout.write(renderSqlText(result));
}

function isLeakName(store: LeakStore, name: string): boolean {
  try {
    return store.has(name);
  } catch {
    return false; // not a valid leak name: a path
  }
}

/** How many rows of a per-country table text output shows: --top <n>, or --all of them. */
function tableCut(options: { top?: string; all?: boolean }): { top?: number } {
  if (options.all === true) return { top: Infinity };
  return { top: positiveInt(options.top, '--top') };
}

export function runCompare(
  a: string,
  b: string,
  options: {
    store?: string;
    format: string;
    out?: string;
    byType?: boolean;
    top?: string;
    all?: boolean;
  },
  io: LeakIo,
): void {
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
    const html = renderCompareHtml(c);
    if (options.out !== undefined) {
      writeFileSync(options.out, html);
      io.stderr.write(`compare report written to ${options.out}\n`);
    } else io.stdout.write(html);
    return;
  }
  io.stdout.write(renderCompareText(c, tableCut(options)));
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
  io.stdout.write(options.json ? JSON.stringify(summary) + '\n' : renderDeriveText(summary));
}

export function runNovelty(
  name: string,
  options: { store?: string; json: boolean; record: boolean; top?: string; all?: boolean },
  io: LeakIo,
): void {
  const store = openStore(options.store);
  const report = noveltyOf(store, defaultPhoneEngine(), name);
  if (options.record) recordNovelty(store, report);
  if (options.json) {
    io.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return;
  }
  io.stdout.write(renderNoveltyText(report, options.record, tableCut(options)));
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
  io.stdout.write(renderCountsText(c));
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
  io.stdout.write(renderSampleComparisonText(c));
}
