/**
 * Runs a command under GNU time (`/usr/bin/time -v`) and reads its wall time and peak RSS, so
 * that every tool in a benchmark is measured the same way, in its own process.
 */
import { spawnSync } from 'node:child_process';

export interface Timed {
  readonly seconds: number;
  readonly maxRssMiB: number;
  readonly stdout: string;
}

export function timed(label: string, argv: readonly string[]): Timed {
  process.stderr.write(`running ${label}...\n`);
  const result = spawnSync('/usr/bin/time', ['-v', ...argv], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`${label} failed: ${result.stderr}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)/.exec(result.stderr)![1]!;
  const seconds = wall
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)![1]);
  return { seconds, maxRssMiB: rss / 1024, stdout: result.stdout };
}

/** The same for a shell command line (pipes). */
export function timedShell(label: string, command: string): Timed {
  return timed(label, ['bash', '-c', command]);
}
