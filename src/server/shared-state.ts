/**
 * State that several `ringfence serve` processes share, so that behind a load balancer they act
 * as one server: today the rate-limit counters, kept in Redis (RINGFENCE_REDIS_URL) by
 * @fastify/rate-limit's own Redis store, one atomic INCR-and-expire script per request. Without
 * it each process counts alone, and a client that spreads its requests over N processes gets N
 * times the limit.
 *
 * Start-up fails fast with SHARED_STATE_UNAVAILABLE when Redis cannot be reached: a server that
 * silently fell back to memory would promise a limit it does not enforce. Later outages are
 * retried with a short back-off; meanwhile a rate-limited request fails (closed, not open) rather
 * than waits. The URL may hold a password: neither errors nor logs name more than its host.
 */
import { Redis } from 'ioredis';
import { RingfenceError } from '../errors.js';
import type { Logger } from '../log.js';

export interface SharedState {
  /**
   * The client that @fastify/rate-limit's `redis` option takes. Its rate-limit commands fail
   * with SHARED_STATE_UNAVAILABLE (503, retry later) rather than ioredis's own errors, which
   * would reach the client as INTERNAL. An ioredis client, typed opaquely so that the package's
   * public types do not pull in ioredis's (which need an untyped module).
   */
  readonly redis: object;
  close(): Promise<void>;
}

export interface SharedStateOptions {
  readonly log?: Logger;
  /** How long start-up waits for Redis, in milliseconds (default 5000). */
  readonly connectTimeoutMs?: number;
}

/** Keys of the rate-limit counters start with this, so that a shared Redis stays readable. */
export const RATE_LIMIT_NAMESPACE = 'ringfence:rate-limit:';

const COMMAND_TIMEOUT_MS = 2000;
const MAX_RECONNECT_DELAY_MS = 2000;

/** Connects to the Redis at `url` and checks that it answers; SHARED_STATE_UNAVAILABLE if not. */
export async function connectSharedState(
  url: string,
  options: SharedStateOptions = {},
): Promise<SharedState> {
  const where = hostOf(url);
  let started = false;
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    commandTimeout: COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    // No retries before the first connection: start-up reports the failure instead of waiting.
    retryStrategy: (attempt) => (started ? Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS) : null),
  });
  let healthy = false;
  let lastError: NodeJS.ErrnoException | undefined;
  // Without a listener ioredis prints errors to the console itself; one line per outage here.
  redis.on('error', (error: NodeJS.ErrnoException) => {
    lastError = error;
    if (!healthy) return;
    healthy = false;
    options.log?.warn('shared state lost; retrying', { host: where, code: error.code ?? 'error' });
  });
  redis.on('ready', () => {
    if (started && !healthy) options.log?.info('shared state back', { host: where });
    healthy = true;
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    // connect() rejects with "Connection is closed"; the socket's error says why.
    const cause = lastError ?? (error as NodeJS.ErrnoException);
    throw new RingfenceError(
      'SHARED_STATE_UNAVAILABLE',
      { reason: `${where} (${(cause.code ?? cause.message).replace(/\.$/, '').slice(0, 200)})` },
      { cause: error },
    );
  }
  started = true;
  healthy = true;
  return {
    redis: withCodedRateLimitErrors(redis),
    async close() {
      // quit() waits for Redis to answer: during an outage it would wait for the retries.
      if (redis.status !== 'ready') redis.disconnect();
      else
        await redis.quit().catch(() => {
          redis.disconnect();
        });
    },
  };
}

/** The commands that @fastify/rate-limit's RedisStore defines on the client and calls. */
const RATE_LIMIT_COMMANDS = new Set<PropertyKey>(['rateLimit', 'rateLimitRead']);

type Callback = (error: unknown, result?: unknown) => void;

function withCodedRateLimitErrors(redis: Redis): Redis {
  return new Proxy(redis, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (!RATE_LIMIT_COMMANDS.has(property)) return method.bind(target);
      return (...args: unknown[]) => {
        const callback = args.pop() as Callback;
        return method.call(target, ...args, (error: unknown, result: unknown) => {
          if (error === null || error === undefined) callback(null, result);
          else
            callback(
              new RingfenceError(
                'SHARED_STATE_UNAVAILABLE',
                { reason: 'the rate-limit counters cannot be reached; retry later' },
                { cause: error },
              ),
            );
        });
      };
    },
  });
}

/** host:port of a Redis URL, without its user name or password. */
function hostOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port === '' ? '6379' : parsed.port}`;
}
