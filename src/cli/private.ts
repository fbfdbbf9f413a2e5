/**
 * The private-check commands: `private key` (show, create or rotate the server's OPRF key),
 * `private build` (the index, resumable) and `private status`. The key's secret is never
 * printed: only its id, date and path.
 */
import { SingleBar } from 'cli-progress';
import type { Writable } from 'node:stream';
import { RingfenceError } from '../errors.js';
import {
  buildPrivateIndex,
  type PrivateBuildSummary,
  createKey,
  hasKey,
  keyPath,
  loadKey,
  OPRF_PROVIDERS,
  type OprfProviderName,
  BUCKET_COUNT,
  describePrivateIndex,
  type PrivateIndexDescription,
} from '../privacy/index.js';
import { int } from '../report/index.js';
import { cliLogger, openStore } from './context.js';
import { positiveInt } from './options.js';

export interface PrivateIo {
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
}

export interface PrivateKeyOptions {
  readonly store?: string;
  readonly rotate: boolean;
  readonly json: boolean;
}

export interface PrivateBuildCommandOptions {
  readonly store?: string;
  readonly workers?: string;
  readonly oprf?: string;
  readonly json: boolean;
}

export interface PrivateStatusOptions {
  readonly store?: string;
  readonly json: boolean;
}

export function runPrivateKey(options: PrivateKeyOptions, io: PrivateIo): void {
  const store = openStore(options.store);
  const path = keyPath(store);
  if (hasKey(store) && !options.rotate) {
    const key = loadKey(store);
    write(io, options.json, { keyId: key.keyId, createdAt: key.createdAt, path, created: false }, [
      `private-check key ${key.keyId} (created ${key.createdAt})`,
      `  ${path}`,
    ]);
    return;
  }
  let replaced: string | null = null;
  if (options.rotate && hasKey(store)) {
    try {
      replaced = loadKey(store).keyId;
    } catch {
      // Rotating is also how an unusable key is replaced.
    }
  }
  const key = createKey(store, { replace: options.rotate });
  const lines = [`private-check key ${key.keyId} created`, `  ${path}`];
  if (options.rotate) {
    lines.push(
      `${replaced === null ? 'The former key was unusable' : `It replaces key ${replaced}`}: run ringfence private build, the index of the former key can no longer be used.`,
    );
  } else lines.push('Next: ringfence private build');
  write(
    io,
    options.json,
    { keyId: key.keyId, createdAt: key.createdAt, path, created: true, replaced },
    lines,
  );
}

export async function runPrivateBuild(
  options: PrivateBuildCommandOptions,
  io: PrivateIo,
): Promise<void> {
  const store = openStore(options.store);
  const workers = positiveInt(options.workers, '--workers');
  const oprf = providerName(options.oprf);
  const bar =
    io.stderr.isTTY === true && !options.json
      ? new SingleBar({
          format:
            'private index |{bar}| {percentage}% | {doneText} of {totalText} numbers | {rate}/s | ETA {eta_formatted} | {phase}',
          stream: io.stderr,
          hideCursor: true,
          etaBuffer: 50,
        })
      : null;
  let started = false;
  let since = performance.now();
  let doneAtStart = 0;
  const summary = await buildPrivateIndex(store, {
    ...(workers === undefined ? {} : { workers }),
    ...(oprf === undefined ? {} : { oprf }),
    log: cliLogger(),
    onProgress: (p) => {
      if (bar === null) return;
      const payload = {
        phase: p.phase === 'numbers' ? 'numbers by bucket' : 'entries',
        doneText: int.format(p.numbersDone),
        totalText: int.format(p.numbers),
        rate: int.format(
          Math.round(
            (p.numbersDone - doneAtStart) / Math.max((performance.now() - since) / 1000, 0.001),
          ),
        ),
      };
      if (!started && p.phase === 'entries') {
        started = true;
        since = performance.now();
        doneAtStart = p.numbersDone;
        bar.start(Math.max(p.numbers, 1), p.numbersDone, payload);
      } else if (started) bar.update(p.numbersDone, payload);
    },
  }).finally(() => bar?.stop());
  write(io, options.json, summary, buildLines(summary, store.root));
}

export async function runPrivateStatus(
  options: PrivateStatusOptions,
  io: PrivateIo,
): Promise<void> {
  const description = await describePrivateIndex(openStore(options.store), { verify: true });
  write(io, options.json, description, statusLines(description));
}

function buildLines(s: PrivateBuildSummary, root: string): string[] {
  const head = s.upToDate
    ? `private-check index of ${root} is up to date (key ${s.keyId})`
    : `private-check index of ${root} built (key ${s.keyId})${s.resumed ? ', resumed' : ''}`;
  return [
    head,
    `  leaks       ${int.format(s.leaks)}`,
    `  numbers     ${int.format(s.numbers)} in ${int.format(s.buckets)} buckets, ${s.bucketSize} entries per bucket`,
    `  evaluated   ${int.format(s.evaluated)} in ${s.seconds.toFixed(1)} s, ${int.format(Math.round(s.numbersPerSecond))} numbers/s (${s.oprf}, ${s.workers} threads)`,
    `  size        ${int.format(s.bytes)} bytes`,
  ];
}

function statusLines(d: PrivateIndexDescription): string[] {
  const lines = [`private-check index of ${d.store}`];
  if (d.keyId === null) {
    lines.push('  key         none: run ringfence private key, then ringfence private build');
    return lines;
  }
  lines.push(`  key         ${d.keyId} (created ${d.keyCreatedAt ?? '?'})`);
  const state = {
    'no-key': 'no key',
    missing: 'not built: run ringfence private build',
    stale: 'stale, the leaks of the store changed: run ringfence private build',
    building: `building, ${int.format(d.bucketsDone)} of ${int.format(BUCKET_COUNT)} buckets computed (the others are computed when asked for); ringfence private build resumes a stopped build`,
    ready: 'ready',
  }[d.state];
  lines.push(`  state       ${state}`);
  if (d.state === 'missing') return lines;
  lines.push(
    `  leaks       ${d.leaks.length === 0 ? 'none' : d.leaks.join(', ')}`,
    `  numbers     ${int.format(d.numbers)} in ${int.format(d.buckets)} buckets, ${d.bucketSize} entries per bucket`,
    `  size        ${int.format(d.bytes)} bytes`,
  );
  return lines;
}

function write(io: PrivateIo, json: boolean, value: unknown, lines: readonly string[]): void {
  io.stdout.write(json ? `${JSON.stringify(value)}\n` : `${lines.join('\n')}\n`);
}

function providerName(value: string | undefined): OprfProviderName | undefined {
  if (value === undefined) return undefined;
  const name = OPRF_PROVIDERS.find((p) => p === value);
  if (name === undefined) {
    throw new RingfenceError('USAGE', { reason: `--oprf must be ${OPRF_PROVIDERS.join(' or ')}` });
  }
  return name;
}
