/**
 * `ringfence serve`: the HTTP API and the web page over the store. The only place that listens;
 * everything it serves is built by createApp (src/server). A missing or stale private index is
 * built in the background while the server already runs.
 *
 * Start-up: the configuration is resolved once (flags > --config file > environment > defaults,
 * src/server/serve-config.ts) and printed as one line, a Redis URL's password masked. Redis, when
 * configured, holds the rate-limit counters that several processes share.
 *
 * `--processes n` (n > 1) runs node:cluster: this process becomes the primary, which serves
 * nothing itself and forks n workers that share the port (Linux hands connections to them in
 * turn). The workers run this same command line; each asks the primary for the settings it
 * resolved, over the cluster's IPC channel, rather than reading the file again. A worker that dies
 * while serving is replaced, at most MAX_RESTARTS times within RESTART_WINDOW_MS; one that dies
 * before every worker listens stops the whole server with its exit code (a port in use, Redis
 * gone: starting it again would fail the same way). A scrape of /metrics reaches one worker,
 * which gathers every worker's metrics through the primary and answers them merged, each sample
 * labelled with its worker (src/server/cluster-metrics.ts).
 *
 * Shutdown on SIGTERM or SIGINT: stop accepting, let requests in flight finish (fastify's close;
 * idle keep-alive connections are closed), stop a background index build, close Redis, exit 0.
 * The primary asks each worker to do so and waits for them, killing those that have not ended
 * after SHUTDOWN_TIMEOUT_MS. A second signal ends a single process at once.
 */
import cluster, { type Worker } from 'node:cluster';
import { readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { getConfig } from '../config.js';
import { RingfenceError } from '../errors.js';
import type { Logger } from '../log.js';
import { Registry } from 'prom-client';
import { mergeExpositions } from '../server/cluster-metrics.js';
import {
  METRICS_PATH,
  connectSharedState,
  createApp,
  servePrivateIndex,
  type SharedState,
} from '../server/index.js';
import {
  describeSettings,
  parseServeConfigFile,
  resolveServeSettings,
  type ServeFileConfig,
  type ServeFlags,
  type ServeSettings,
} from '../server/serve-config.js';
import { cliLogger, openStore } from './context.js';

export interface ServeCommandOptions extends ServeFlags {
  /** A JSON configuration file (default: RINGFENCE_CONFIG). */
  readonly config?: string;
}

export interface ServeIo {
  readonly stderr: Writable;
  /** Resolves with the signal's name when the server is to stop (default: SIGTERM or SIGINT). */
  readonly stopped?: Promise<string>;
}

/** Replacements of dead workers allowed within RESTART_WINDOW_MS before the server gives up. */
export const MAX_RESTARTS = 5;
export const RESTART_WINDOW_MS = 60_000;
/** How long the primary waits for its workers to finish their requests before killing them. */
export const SHUTDOWN_TIMEOUT_MS = 30_000;
/** How long a scrape waits for the other workers' metrics; a worker that is late is left out. */
const GATHER_TIMEOUT_MS = 2000;
/** Marks the worker's request for its own metrics, which the gathering hook lets through. */
const LOCAL_METRICS_HEADER = 'x-ringfence-local-metrics';

/** Messages between the primary and its workers. */
type PrimaryMessage =
  | { readonly type: 'ringfence:settings'; readonly settings: ServeSettings }
  | { readonly type: 'ringfence:stop' }
  /** Send your own metrics (for the scrape `id`). */
  | { readonly type: 'ringfence:metrics-of'; readonly id: string }
  /** Every worker's metrics, merged, for the scrape `id` this worker asked for. */
  | { readonly type: 'ringfence:metrics-all'; readonly id: string; readonly text: string };
type WorkerMessage =
  | { readonly type: 'ringfence:settings?' }
  | { readonly type: 'ringfence:listening'; readonly address: string }
  | { readonly type: 'ringfence:metrics?'; readonly id: string }
  | { readonly type: 'ringfence:metrics'; readonly id: string; readonly text: string };

/** Serves until stopped; resolves with the process's exit code. */
export async function runServe(options: ServeCommandOptions, io: ServeIo): Promise<number> {
  if (cluster.isWorker) return runWorker();
  const settings = loadSettings(options);
  io.stderr.write(`ringfence: configuration ${describeSettings(settings)}\n`);
  const stopped = io.stopped ?? untilSignal();
  if (settings.processes > 1) return runPrimary(settings, io, stopped);

  const log = cliLogger();
  const server = await startServer(settings, log);
  announce(io.stderr, server.address, settings);
  const signal = await stopped;
  io.stderr.write(`ringfence: ${signal}: closing (finishing the requests in flight)\n`);
  await server.close();
  io.stderr.write('ringfence: closed\n');
  return 0;
}

/** The configuration: flags, the file they or RINGFENCE_CONFIG name, the environment. */
export function loadSettings(options: ServeCommandOptions): ServeSettings {
  const config = getConfig();
  const path = options.config ?? config.serveConfigFile;
  let file: ServeFileConfig | null = null;
  if (path !== null) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new RingfenceError(
        'CONFIG_FILE_INVALID',
        { path, key: '(file)', reason: `it cannot be read (${code})` },
        { cause: error },
      );
    }
    file = parseServeConfigFile({ path, text });
  }
  return resolveServeSettings(options, file, { store: config.store, redisUrl: config.redisUrl });
}

interface RunningServer {
  /** The bound address, port 0 resolved. */
  readonly address: string;
  /** This process's own metrics (exposition text), or '' when metrics are off. */
  localMetrics(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Connects Redis, opens (or starts building) the private index, listens. In a worker,
 * `gatherMetrics` answers GET /metrics with every worker's metrics (../server/cluster-metrics.ts).
 */
async function startServer(
  settings: ServeSettings,
  log: Logger,
  gatherMetrics?: () => Promise<string>,
): Promise<RunningServer> {
  const store = openStore(settings.store);
  // Before anything else starts: a server that cannot share its counters must not serve.
  const sharedState: SharedState | undefined =
    settings.redisUrl === null ? undefined : await connectSharedState(settings.redisUrl, { log });
  const served = await servePrivateIndex(store, { log }).catch(async (error: unknown) => {
    await sharedState?.close();
    throw error;
  });
  const { check, analyse, reports } = settings.rateLimits;
  const app = createApp({
    store,
    privateIndex: () => served.current(),
    log,
    rateLimit: check,
    apiRateLimits: { analyse, reports },
    trustProxy: settings.trustProxy,
    metrics: settings.metrics,
    ...(sharedState && { sharedState }),
  });
  if (settings.metrics && gatherMetrics !== undefined)
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' || request.url.split('?')[0] !== METRICS_PATH) return;
      if (request.headers[LOCAL_METRICS_HEADER] !== undefined) return;
      const text = await gatherMetrics();
      return reply
        .type(Registry.PROMETHEUS_CONTENT_TYPE)
        .header('cache-control', 'no-store')
        .send(text);
    });
  const localMetrics = async (): Promise<string> => {
    if (!settings.metrics) return '';
    const response = await app.inject({
      method: 'GET',
      url: METRICS_PATH,
      headers: { [LOCAL_METRICS_HEADER]: '1' },
    });
    return response.statusCode === 200 ? response.body : '';
  };
  const close = async (): Promise<void> => {
    await app.close();
    await served.close();
    await sharedState?.close();
  };
  try {
    const address = await app.listen({ host: settings.host, port: settings.port });
    return { address, localMetrics, close };
  } catch (error) {
    await close();
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new RingfenceError(
      'USAGE',
      { reason: `cannot listen on ${settings.host} port ${settings.port} (${code})` },
      { cause: error },
    );
  }
}

/** The line scripts and tests read the address from. */
function announce(stderr: Writable, address: string, settings: ServeSettings): void {
  const counters = settings.redisUrl === null ? 'memory' : 'redis';
  const processes = settings.processes > 1 ? `, ${settings.processes} processes` : '';
  stderr.write(
    `ringfence: serving ${address} (store ${settings.store}, rate limits in ${counters}${processes})\n`,
  );
}

// --- several processes ------------------------------------------------------------------------

async function runPrimary(
  settings: ServeSettings,
  io: ServeIo,
  stopped: Promise<string>,
): Promise<number> {
  // Checked once here, so that an unreachable Redis is one error rather than one per worker.
  if (settings.redisUrl !== null) await (await connectSharedState(settings.redisUrl)).close();
  // The workers run this command line again, with this process's stdio.
  cluster.setupPrimary({ silent: false });

  return new Promise((resolve) => {
    const workers = new Set<Worker>();
    const listening = new Set<Worker>();
    let restarts: number[] = [];
    let started = false;
    let stopping = false;
    let exitCode = 0;
    let killTimer: NodeJS.Timeout | undefined;

    const say = (line: string): void => {
      io.stderr.write(`ringfence: ${line}\n`);
    };
    // A worker can die between any check and the send: with a callback, that is not an 'error'
    // event (which would end the primary), and its 'exit' is handled below.
    const post = (worker: Worker, message: PrimaryMessage): void => {
      if (worker.isConnected()) worker.send(message, () => undefined);
    };

    // Scrapes being gathered: the worker that asked, and each worker's text as it arrives.
    const gathering = new Map<string, (from: Worker, text: string) => void>();
    const gather = (asking: Worker, id: string): void => {
      const asked = [...listening].filter((w) => w.isConnected());
      const texts = new Map<Worker, string>();
      const done = (): void => {
        if (!gathering.delete(id)) return;
        clearTimeout(timer);
        const text = mergeExpositions(
          asked.flatMap((w) => {
            const exposition = texts.get(w);
            return exposition === undefined ? [] : [{ worker: w.id, text: exposition }];
          }),
        );
        post(asking, { type: 'ringfence:metrics-all', id, text });
      };
      const timer = setTimeout(done, GATHER_TIMEOUT_MS);
      timer.unref();
      gathering.set(id, (from, text) => {
        texts.set(from, text);
        if (texts.size >= asked.length) done();
      });
      for (const w of asked) post(w, { type: 'ringfence:metrics-of', id });
      if (asked.length === 0) done();
    };

    const stopAll = (): void => {
      if (stopping) return;
      stopping = true;
      for (const worker of workers) post(worker, { type: 'ringfence:stop' });
      killTimer = setTimeout(() => {
        for (const worker of workers) worker.process.kill('SIGKILL');
      }, SHUTDOWN_TIMEOUT_MS);
      killTimer.unref();
      if (workers.size === 0) finish();
    };

    const finish = (): void => {
      clearTimeout(killTimer);
      if (exitCode === 0) say('closed');
      resolve(exitCode);
    };

    const fork = (): void => {
      const worker = cluster.fork();
      workers.add(worker);
      worker.on('message', (received: unknown) => {
        // Anything else a worker's own code might send is not ours.
        const message = received as WorkerMessage | { readonly type?: undefined };
        if (message.type === 'ringfence:settings?')
          post(worker, { type: 'ringfence:settings', settings });
        else if (message.type === 'ringfence:metrics?') gather(worker, message.id);
        else if (message.type === 'ringfence:metrics')
          gathering.get(message.id)?.(worker, message.text);
        else if (message.type === 'ringfence:listening') {
          listening.add(worker);
          if (stopping) post(worker, { type: 'ringfence:stop' });
          else if (!started && listening.size === settings.processes) {
            started = true;
            announce(io.stderr, message.address, settings);
          } else if (started)
            say(`a new server process listens (${listening.size} of ${settings.processes})`);
        }
      });
      worker.on('exit', (code: number | null, signal: NodeJS.Signals | null) => {
        workers.delete(worker);
        listening.delete(worker);
        const how = signal ?? `exit ${code}`;
        if (stopping) {
          if (code !== 0 && exitCode === 0) exitCode = code ?? 70;
          if (workers.size === 0) finish();
          return;
        }
        if (!started) {
          // Its error is on stderr already; the same start would fail the same way.
          exitCode = code !== null && code !== 0 ? code : 70;
          say(`a server process failed to start (${how}); stopping`);
          stopAll();
          return;
        }
        const now = Date.now();
        restarts = restarts.filter((at) => now - at < RESTART_WINDOW_MS);
        if (restarts.length >= MAX_RESTARTS) {
          exitCode = 70;
          say(
            `a server process ended (${how}), the ${MAX_RESTARTS + 1}th in ${RESTART_WINDOW_MS / 1000} s; stopping`,
          );
          stopAll();
          return;
        }
        restarts.push(now);
        say(`a server process ended (${how}); starting another`);
        fork();
      });
    };

    void stopped.then((signal) => {
      if (stopping) return;
      say(`${signal}: closing ${workers.size} processes (finishing the requests in flight)`);
      stopAll();
    });
    for (let i = 0; i < settings.processes; i++) fork();
  });
}

async function runWorker(): Promise<number> {
  const worker = cluster.worker!;
  // The primary may be gone (then cluster ends this process): a callback, not an 'error' event.
  const send = (message: WorkerMessage): void => {
    if (process.connected) process.send?.(message, undefined, undefined, () => undefined);
  };
  let resolveStop: (reason: string) => void = () => undefined;
  const stopped = new Promise<string>((resolve) => {
    resolveStop = resolve;
  });
  let server: RunningServer | undefined;
  // This worker's scrapes waiting for the primary's merged answer, by id.
  const scrapes = new Map<string, (text: string) => void>();
  let nextScrape = 0;
  const gatherMetrics = (): Promise<string> =>
    new Promise((resolve) => {
      const id = `${worker.id}:${nextScrape++}`;
      scrapes.set(id, resolve);
      send({ type: 'ringfence:metrics?', id });
    });
  const settings = new Promise<ServeSettings>((resolve) => {
    process.on('message', (received: unknown) => {
      const message = received as PrimaryMessage | { readonly type?: undefined };
      if (message.type === 'ringfence:settings') resolve(message.settings);
      else if (message.type === 'ringfence:stop') resolveStop('stop');
      else if (message.type === 'ringfence:metrics-of') {
        const { id } = message;
        void (server?.localMetrics() ?? Promise.resolve('')).then(
          (text) => {
            send({ type: 'ringfence:metrics', id, text });
          },
          () => {
            send({ type: 'ringfence:metrics', id, text: '' });
          },
        );
      } else if (message.type === 'ringfence:metrics-all') {
        scrapes.get(message.id)?.(message.text);
        scrapes.delete(message.id);
      }
    });
  });
  // A terminal's Ctrl-C reaches every process of the group: the worker closes on its own, and
  // ignores the repeats (the primary kills it after SHUTDOWN_TIMEOUT_MS if it never ends).
  const onSignal = (signal: NodeJS.Signals): void => {
    resolveStop(signal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  try {
    send({ type: 'ringfence:settings?' });
    const log = cliLogger().child({ worker: worker.id });
    server = await startServer(await settings, log, gatherMetrics);
    send({ type: 'ringfence:listening', address: server.address });
    await stopped;
    await server.close();
    return 0;
  } finally {
    // Ends the IPC channel, the last thing that keeps this process alive.
    worker.disconnect();
  }
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
