/**
 * The ingest's progress on a terminal: one line per phase (reading, sorting), each with its own
 * count, rate and time left, kept on screen once its phase is over. A bar is full only when its
 * phase has ended (ingest holds `done` under `total` until then). A phase of unknown size (stdin)
 * shows what it has done and for how long, with a moving block instead of a bar. cli-progress's MultiBar draws the lines;
 * `phaseLine` decides what they say.
 */
import { MultiBar } from 'cli-progress';
import type { Writable } from 'node:stream';
import type { IngestPhase, IngestProgress } from '../ingest/index.js';
import { int } from '../report/index.js';

const LABELS: Record<IngestPhase, string> = {
  reading: 'reading',
  sorting: 'sorting',
};
const BAR = 24;
/** Rates and times left are measured over the last seconds, not since the phase began. */
const WINDOW_MS = 10_000;

interface Sample {
  readonly t: number;
  readonly done: number;
  readonly rows: number;
}

export interface PhaseState {
  readonly phase: IngestPhase;
  /** The phase's first report, and its reports of the last seconds. */
  readonly first: Sample;
  readonly samples: Sample[];
  ended: number | null;
  done: number;
  total: number;
  rows: number;
}

export function startPhase(p: IngestProgress, now: number): PhaseState {
  const first = { t: now, done: p.done, rows: p.rows };
  return { ...p, first, samples: [first], ended: null };
}

export function advancePhase(state: PhaseState, p: IngestProgress, now: number): void {
  state.done = p.done;
  state.total = p.total;
  state.rows = p.rows;
  state.samples.push({ t: now, done: p.done, rows: p.rows });
  while (state.samples.length > 2 && now - state.samples[1]!.t > WINDOW_MS) state.samples.shift();
  if (p.total > 0 && p.done >= p.total) state.ended = now;
}

/** One phase as a line of text at time `now` (milliseconds). */
export function phaseLine(s: PhaseState, now: number): string {
  const known = s.total > 0;
  const parts: string[] = [];
  if (known) {
    const share = s.ended !== null ? 1 : Math.min(s.done / s.total, 0.999);
    const full = Math.floor(share * BAR);
    parts.push(
      `${LABELS[s.phase]} ${'\u2588'.repeat(full)}${'\u2591'.repeat(BAR - full)} ${String(Math.floor(share * 100)).padStart(3)}%`,
    );
  } else {
    // A block that moves back and forth: the phase is alive, its size unknown.
    const step = Math.floor((now - s.first.t) / 150) % (2 * (BAR - 3));
    const at = step < BAR - 3 ? step : 2 * (BAR - 3) - step;
    parts.push(
      `${LABELS[s.phase]} ${' '.repeat(at)}${'\u2588'.repeat(3)}${' '.repeat(BAR - 3 - at)}     `,
    );
  }
  // Per second over the last seconds while the phase runs, over all of it once it is over.
  const rate = (per: (x: Sample) => number): number => {
    const from = s.ended !== null ? s.first : s.samples[0]!;
    const to = s.samples[s.samples.length - 1]!;
    const ms = (s.ended ?? to.t) - from.t;
    return ms >= (s.ended !== null ? 1 : 500) ? (1000 * (per(to) - per(from))) / ms : NaN;
  };
  const perSecond = (per: (x: Sample) => number, unit: string): string => {
    const n = rate(per);
    return Number.isFinite(n) ? `${int.format(Math.round(n))} ${unit}/s` : `- ${unit}/s`;
  };
  const over = s.ended !== null;
  if (s.phase === 'reading') {
    parts.push(
      `${int.format(s.rows)} rows`,
      perSecond((x) => x.rows, 'rows'),
    );
    parts.push(s.total > 0 && !over ? `${bytes(s.done)} of ${bytes(s.total)}` : bytes(s.done));
  } else {
    const of = over ? int.format(s.total) : `${int.format(s.done)} of ${int.format(s.total)}`;
    parts.push(
      `${of} partitions`,
      perSecond((x) => x.done, 'partitions'),
    );
  }
  if (s.ended !== null) parts.push(`done in ${duration((s.ended - s.first.t) / 1000)}`);
  else if (!known) parts.push(`${duration((now - s.first.t) / 1000)} so far`);
  else {
    const speed = rate((x) => x.done);
    const left = s.total - s.done;
    parts.push(speed > 0 ? `ETA ${duration(left / speed)}` : 'ETA -');
  }
  return parts.join(' | ');
}

function bytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} GB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(0)} MB`;
  return `${(n / 1e3).toFixed(0)} kB`;
}

function duration(seconds: number): string {
  if (seconds < 10) return `${seconds.toFixed(1)}s`;
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor(s / 60) % 60).padStart(2, '0')}m`;
}

/** The lines on a terminal stream: `update` with each report, `stop` when the ingest returns. */
export class IngestProgressView {
  private readonly bars: MultiBar;
  private readonly phases: PhaseState[] = [];

  constructor(
    stream: Writable,
    private readonly now: () => number = Date.now,
  ) {
    this.bars = new MultiBar({ stream, hideCursor: true, fps: 10 });
  }

  update(p: IngestProgress): void {
    const t = this.now();
    let state = this.phases.find((s) => s.phase === p.phase);
    if (state === undefined) {
      state = startPhase(p, t);
      this.phases.push(state);
      const shown = state;
      this.bars.create(1, 0, {}, { format: () => phaseLine(shown, this.now()) });
    }
    advancePhase(state, p, t);
  }

  stop(): void {
    this.bars.stop();
  }
}
