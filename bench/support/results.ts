/**
 * What every in-process benchmark records beside its figures: the machine it ran on, and the
 * results as JSON under bench/out/ (git-ignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly node: string;
  readonly platform: string;
}

/** This machine, printed as the benchmark's first line. */
export function describeMachine(): Machine {
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    platform: `${platform()} ${arch()}`,
  };
  console.log(
    `machine: ${machine.cpu} (${machine.cores} cores), Node ${machine.node}, ${machine.platform}`,
  );
  return machine;
}

/** Writes bench/out/<name>.json with the run's date first. */
export function writeResults(name: string, results: Readonly<Record<string, unknown>>): void {
  mkdirSync(new URL('../out/', import.meta.url), { recursive: true });
  const outFile = new URL(`../out/${name}.json`, import.meta.url);
  writeFileSync(
    outFile,
    JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2) + '\n',
  );
  console.log(`\nwritten to ${outFile.pathname}`);
}
