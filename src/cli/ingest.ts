/**
 * The ingest command: a dump into the store. Apart from the other leak commands (leaks.ts), so
 * that it loads only what an ingest needs before its threads start: the report and analysis
 * modules took 60 ms more of the main thread, on the critical path of a 4 s ingest, and zod
 * (the store's reading of manifests, context.ts) 80 to 110 ms.
 */
import { ingest, type IngestSummary, type RowsCodec } from '../ingest/index.js';
import { cliLogger, storeRoot } from './environment.js';
import type { LeakIo } from './leaks.js';
import { positiveInt } from './options.js';

export interface IngestCommandOptions {
  readonly name: string;
  readonly title?: string;
  readonly source?: string;
  readonly breachDate?: string;
  readonly region?: string;
  readonly store?: string;
  readonly phoneColumn?: string;
  readonly countryColumn?: string;
  readonly header?: boolean;
  readonly replace: boolean;
  readonly rows: boolean;
  readonly rowsCodec?: RowsCodec;
  readonly json: boolean;
  readonly workers?: string;
  readonly memory?: string;
}

export async function runIngest(
  input: string,
  options: IngestCommandOptions,
  io: LeakIo,
): Promise<void> {
  const root = storeRoot(options.store);
  const memoryMiB = positiveInt(options.memory, '--memory');
  const progress =
    io.stderr.isTTY === true && !options.json
      ? // Loaded only for a terminal: cli-progress takes 30 ms to load, for nothing in a pipe.
        new (await import('./ingest-progress.js')).IngestProgressView(io.stderr)
      : null;
  const summary: IngestSummary = await ingest({
    input,
    name: options.name,
    store: root,
    title: options.title,
    source: options.source,
    breachDate: options.breachDate,
    region: options.region,
    phoneColumn: options.phoneColumn,
    countryColumn: options.countryColumn,
    header: options.header,
    replace: options.replace,
    rows: options.rows,
    rowsCodec: options.rowsCodec,
    workers: positiveInt(options.workers, '--workers'),
    memoryBytes: memoryMiB === undefined ? undefined : memoryMiB * 2 ** 20,
    ...(input === '-' ? { stdin: io.stdin } : {}),
    log: cliLogger(),
    ...(progress === null
      ? {}
      : {
          onProgress: (p) => {
            progress.update(p);
          },
        }),
  }).finally(() => progress?.stop());
  for (const warning of summary.reading.warnings)
    io.stderr.write(`ringfence: warning: ${warning.message}\n`);
  if (options.json) {
    io.stdout.write(JSON.stringify(summary) + '\n');
    return;
  }
  const { renderIngestText } = await import('../report/store-text.js');
  io.stdout.write(renderIngestText(summary, root));
}
