/**
 * `ringfence synth`: writes a synthetic dump (CSV) to a file or to stdout, then its ground truth.
 * The summary goes to stdout when the data goes to a file, and to stderr when the data takes
 * stdout, so that `ringfence synth ... > dump.csv` and `... | ringfence report` both work.
 */
import { createWriteStream } from 'node:fs';
import { RingfenceError } from '../errors.js';
import {
  MAX_SYNTH_ROWS,
  SYNTH_PROFILES,
  isSynthProfileName,
  synthesise,
  type ChunkWriter,
  type SynthSummary,
} from '../synth/index.js';

export interface SynthCommandOptions {
  readonly profile: string;
  readonly rows: number;
  readonly seed: string;
  readonly out?: string;
  readonly json: boolean;
}

export interface SynthIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

export async function runSynth(options: SynthCommandOptions, io: SynthIo): Promise<void> {
  if (!isSynthProfileName(options.profile)) {
    throw new RingfenceError('USAGE', {
      reason: `unknown profile ${JSON.stringify(options.profile.slice(0, 40))}; known: ${Object.keys(SYNTH_PROFILES).join(', ')}`,
    });
  }
  if (!Number.isSafeInteger(options.rows) || options.rows < 0 || options.rows > MAX_SYNTH_ROWS) {
    throw new RingfenceError('USAGE', {
      reason: `--rows must be an integer from 0 to ${MAX_SYNTH_ROWS.toLocaleString('en-US')}`,
    });
  }
  const synthOptions = { profile: options.profile, rows: options.rows, seed: options.seed };
  const started = performance.now();
  let summary: SynthSummary;
  if (options.out === undefined) {
    const sink = new StreamSink(io.stdout, '-');
    try {
      summary = await synthesise(synthOptions, sink.write);
      sink.check();
    } catch (error) {
      // The reader went away (`ringfence synth | head`): stop quietly, as cat does.
      if (sink.closedByReader()) return;
      throw error;
    }
  } else {
    const path = options.out;
    const file = createWriteStream(path);
    const sink = new StreamSink(file, path);
    try {
      await sink.opened();
      summary = await synthesise(synthOptions, sink.write);
      await sink.end();
    } catch (error) {
      file.destroy();
      throw error;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const report = options.out === undefined ? io.stderr : io.stdout;
  report.write(options.json ? `${JSON.stringify(summary)}\n` : formatSummary(summary, seconds));
}

function formatSummary(s: SynthSummary, seconds: number): string {
  const n = (value: number): string => value.toLocaleString('en-US');
  const pct = (value: number): string =>
    s.rows === 0 ? '0%' : `${((100 * value) / s.rows).toFixed(2)}%`;
  const top = s.regions
    .slice(0, 10)
    .map((r) => `${r.region} ${n(r.unique)}`)
    .join(', ');
  return (
    `profile ${s.profile}, seed ${JSON.stringify(s.seed)}: ${n(s.rows)} rows, ${n(s.bytes)} bytes ` +
    `in ${seconds.toFixed(1)} s\n` +
    `valid rows ${n(s.validRows)}, unique numbers ${n(s.uniqueNumbers)}, ` +
    `duplicates ${n(s.duplicateRows)} (${pct(s.duplicateRows)}), junk ${n(s.junkRows)} ` +
    `(${pct(s.junkRows)}), ragged ${n(s.raggedRows)}\n` +
    `regions ${s.regions.length}; largest by unique numbers: ${top}\n`
  );
}

/** Writes chunks to a stream, waiting for 'drain'; a stream error becomes IO_ERROR. */
class StreamSink {
  private failure: NodeJS.ErrnoException | null = null;
  private readonly waiters = new Set<(error: Error | null) => void>();

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly path: string,
  ) {
    stream.on('error', (error: Error) => {
      this.failure ??= error;
      for (const waiter of this.waiters) waiter(error);
    });
  }

  readonly write: ChunkWriter = (chunk) => {
    this.check();
    if (this.stream.write(chunk)) return;
    return this.wait('drain');
  };

  /** Resolves once a file stream is open (so that a bad path fails before any work). */
  opened(): Promise<void> {
    return this.wait('open');
  }

  async end(): Promise<void> {
    this.check();
    const finished = this.wait('close');
    this.stream.end();
    await finished;
  }

  closedByReader(): boolean {
    return this.failure?.code === 'EPIPE';
  }

  check(): void {
    if (this.failure !== null) throw this.ioError(this.failure);
  }

  private wait(event: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (error: Error | null): void => {
        this.waiters.delete(done);
        this.stream.removeListener(event, onEvent);
        if (error === null) resolve();
        else reject(this.ioError(error));
      };
      const onEvent = (): void => {
        done(null);
      };
      this.waiters.add(done);
      this.stream.once(event, onEvent);
      if (this.failure !== null) done(this.failure);
    });
  }

  private ioError(error: Error): RingfenceError<'IO_ERROR'> {
    const code = (error as NodeJS.ErrnoException).code;
    return new RingfenceError(
      'IO_ERROR',
      { path: this.path, reason: code ?? error.message },
      { cause: error },
    );
  }
}
