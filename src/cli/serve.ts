/**
 * `ringfence serve`: the HTTP API and the private-check page over the store. The only place that
 * listens; everything it serves is built by createApp (src/server). A missing or stale private
 * index is built in the background while the server already runs. With RINGFENCE_REDIS_URL the
 * rate-limit counters are shared in Redis with the other processes behind the same load balancer.
 */
import type { Writable } from 'node:stream';
import { getConfig } from '../config.js';
import { RingfenceError } from '../errors.js';
import {
  DEFAULT_RATE_LIMIT,
  connectSharedState,
  createApp,
  servePrivateIndex,
  type SharedState,
} from '../server/index.js';
import { cliLogger, openStore } from './context.js';

export interface ServeCommandOptions {
  readonly store?: string;
  readonly host: string;
  readonly port: string;
  /** Checks per minute per client address. */
  readonly rateLimit?: string;
  /** `true`, or the reverse proxies' addresses and CIDRs, comma-separated. */
  readonly trustProxy?: string;
}

export interface ServeIo {
  readonly stderr: Writable;
  /** Resolves with the signal's name when the server is to stop (default: SIGTERM or SIGINT). */
  readonly stopped?: Promise<string>;
}

export async function runServe(options: ServeCommandOptions, io: ServeIo): Promise<void> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new RingfenceError('USAGE', { reason: '--port must be an integer from 0 to 65535' });
  const perMinute =
    options.rateLimit === undefined ? DEFAULT_RATE_LIMIT.max : Number(options.rateLimit);
  if (!Number.isInteger(perMinute) || perMinute < 1)
    throw new RingfenceError('USAGE', { reason: '--rate-limit must be a positive integer' });

  const store = openStore(options.store);
  const log = cliLogger();
  const stopped = io.stopped ?? untilSignal();
  // Before anything else starts: a server that cannot share its counters must not serve.
  const { redisUrl } = getConfig();
  const sharedState: SharedState | undefined =
    redisUrl === null ? undefined : await connectSharedState(redisUrl, { log });
  const served = await servePrivateIndex(store, { log }).catch(async (error: unknown) => {
    await sharedState?.close();
    throw error;
  });
  const app = createApp({
    store,
    privateIndex: () => served.current(),
    log,
    rateLimit: { max: perMinute, timeWindow: 60_000 },
    trustProxy: trustProxy(options.trustProxy),
    ...(sharedState && { sharedState }),
  });
  let address: string;
  try {
    address = await app.listen({ host: options.host, port });
  } catch (error) {
    await served.close();
    await sharedState?.close();
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new RingfenceError(
      'USAGE',
      { reason: `cannot listen on ${options.host} port ${port} (${code})` },
      { cause: error },
    );
  }
  // The bound address, port 0 resolved: scripts and tests read it from this line.
  const counters = sharedState === undefined ? 'memory' : 'redis';
  io.stderr.write(
    `ringfence: serving ${address} (store ${store.root}, rate limits in ${counters})\n`,
  );
  const signal = await stopped;
  io.stderr.write(`ringfence: ${signal}: closing\n`);
  await app.close();
  await served.close();
  await sharedState?.close();
}

function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve(signal);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

function trustProxy(value: string | undefined): boolean | string[] {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return value
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
}
