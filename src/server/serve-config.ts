/**
 * The configuration of `ringfence serve`, resolved once at start-up into a frozen ServeSettings:
 *
 *   command-line flags  >  the JSON file (--config, else RINGFENCE_CONFIG)  >  the environment
 *   (RINGFENCE_STORE, RINGFENCE_REDIS_URL, read by src/config.ts)  >  built-in defaults.
 *
 * The file is what an operator wrote for this one server, so it beats the process-wide variables
 * every command shares; a flag is what was typed last, so it beats both. The file is strict:
 * an unknown key is an error (a typo such as `"ratelimits"` must not silently leave the defaults
 * in force), and so is a value of the wrong type or range. Errors name the key, never the value:
 * a Redis URL holds a password.
 *
 * Pure: the caller reads the file and the environment and passes them in (serve.ts), so tests
 * drive every case without touching the disk or process.env. docs/DEPLOY.md has the reference
 * table of the file's keys; keep the two in step.
 */
import { isIP } from 'node:net';
import { z } from 'zod';
import { isRedisUrl } from '../config.js';
import { RingfenceError } from '../errors.js';
import { DEFAULT_API_RATE_LIMITS, DEFAULT_RATE_LIMIT, type RateLimit } from './app.js';

/** A rate limit as resolved: `timeWindow` in milliseconds. */
export interface ResolvedRateLimit extends RateLimit {
  readonly timeWindow: number;
}

export interface ServeSettings {
  readonly host: string;
  readonly port: number;
  readonly store: string;
  /** fastify's trustProxy: false, true, or the proxies' addresses and CIDRs. */
  readonly trustProxy: boolean | readonly string[];
  readonly rateLimits: {
    /** POST /v1/private/check. */
    readonly check: ResolvedRateLimit;
    /** Message and call analysis. */
    readonly analyse: ResolvedRateLimit;
    /** A leak's report and the compare of two leaks. */
    readonly reports: ResolvedRateLimit;
  };
  /** GET /metrics served or not. */
  readonly metrics: boolean;
  /** Redis for the state the processes share (may hold a password: see describeSettings). */
  readonly redisUrl: string | null;
  /** Server processes sharing the port (node:cluster); 1 runs no cluster. */
  readonly processes: number;
}

/** The flags of `ringfence serve` as commander gives them: strings, undefined when not given. */
export interface ServeFlags {
  readonly host?: string;
  readonly port?: string;
  readonly store?: string;
  /** Private checks per minute per client address. */
  readonly rateLimit?: string;
  /** Analyses per minute per client address. */
  readonly analyseRateLimit?: string;
  /** Reports and compares per minute per client address. */
  readonly reportsRateLimit?: string;
  /** `true`, `false`, or the reverse proxies' addresses and CIDRs, comma-separated. */
  readonly trustProxy?: string;
  /** `--metrics` (true), `--no-metrics` (false). */
  readonly metrics?: boolean;
  readonly processes?: string;
}

/** What the environment says (src/config.ts): the store and Redis every command shares. */
export interface ServeEnvironment {
  readonly store: string;
  readonly redisUrl: string | null;
}

export interface ServeConfigFile {
  /** As given, for error messages. */
  readonly path: string;
  readonly text: string;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;
/** A bound on --processes: more processes than this on one machine is a mistake, not a plan. */
export const MAX_PROCESSES = 64;

const MAX_WINDOW_SECONDS = 86_400;

/** Names proxy-addr (fastify's trustProxy) understands besides addresses and CIDRs. */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(value: string): boolean {
  if (PROXY_NAMES.has(value) || isIP(value) !== 0) return true;
  const slash = value.lastIndexOf('/');
  if (slash < 0) return false;
  const address = value.slice(0, slash);
  const bits = value.slice(slash + 1);
  const family = isIP(address);
  if (family === 0 || !/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

const rateLimitSchema = z.strictObject({
  max: z.int({ error: 'an integer' }).min(1, { error: 'at least 1' }),
  windowSeconds: z
    .int({ error: 'an integer number of seconds' })
    .min(1, { error: 'at least 1 second' })
    .max(MAX_WINDOW_SECONDS, { error: `at most ${MAX_WINDOW_SECONDS} seconds (a day)` })
    .optional(),
});

const fileSchema = z.strictObject({
  host: z.string({ error: 'a string' }).min(1, { error: 'an address, not empty' }),
  port: z
    .int({ error: 'an integer' })
    .min(0, { error: 'from 0 to 65535' })
    .max(65535, { error: 'from 0 to 65535' }),
  store: z
    .string({ error: 'a path' })
    .min(1, { error: 'a path, not empty' })
    .refine((value) => !value.includes('\0'), { error: 'a path without NUL characters' }),
  trustProxy: z.union(
    [
      z.boolean(),
      z.array(z.string().refine(isProxyAddress, { error: 'an IP address or CIDR' })).min(1),
    ],
    { error: 'true, false, or a non-empty list of IP addresses and CIDRs' },
  ),
  rateLimits: z.strictObject({
    check: rateLimitSchema.optional(),
    analyse: rateLimitSchema.optional(),
    reports: rateLimitSchema.optional(),
  }),
  metrics: z.boolean({ error: 'true or false' }),
  redisUrl: z
    .string({ error: 'a redis:// or rediss:// URL with a host' })
    .refine(isRedisUrl, { error: 'a redis:// or rediss:// URL with a host' }),
  processes: z
    .int({ error: 'an integer' })
    .min(1, { error: `from 1 to ${MAX_PROCESSES}` })
    .max(MAX_PROCESSES, { error: `from 1 to ${MAX_PROCESSES}` }),
});

export type ServeFileConfig = Partial<z.infer<typeof fileSchema>>;

/**
 * Parses and validates the file's text. Throws CONFIG_FILE_INVALID naming the first offending
 * key (details.key, dotted: `rateLimits.check.max`) and what was expected.
 */
export function parseServeConfigFile(file: ServeConfigFile): ServeFileConfig {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    throw invalidFile(file.path, '(file)', `not JSON (${(error as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw invalidFile(file.path, '(file)', 'expected a JSON object');
  const parsed = fileSchema.partial().safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const at = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const key = [...at, issue.keys[0] ?? ''].join('.');
    throw invalidFile(file.path, key, 'unknown key');
  }
  const key = at.length === 0 ? '(file)' : at.join('.');
  // zod's own messages for our refinements are ours; its defaults ("Invalid input") say little.
  const message = issue.message.startsWith('Invalid') ? 'a valid value' : issue.message;
  throw invalidFile(file.path, key, `expected ${message}`);
}

function invalidFile(path: string, key: string, reason: string): RingfenceError {
  return new RingfenceError('CONFIG_FILE_INVALID', { path, key, reason: `${key}: ${reason}` });
}

/** Flags over the file over the environment over the defaults, frozen. */
export function resolveServeSettings(
  flags: ServeFlags,
  file: ServeFileConfig | null,
  env: ServeEnvironment,
): ServeSettings {
  const f = file ?? {};
  const fileLimit = (
    name: 'check' | 'analyse' | 'reports',
    fallback: RateLimit,
  ): ResolvedRateLimit => {
    const given = f.rateLimits?.[name];
    if (given === undefined) return { max: fallback.max, timeWindow: toMs(fallback.timeWindow) };
    return {
      max: given.max,
      timeWindow: given.windowSeconds === undefined ? 60_000 : given.windowSeconds * 1000,
    };
  };
  const flagLimit = (flag: string, value: string | undefined): ResolvedRateLimit | undefined =>
    value === undefined
      ? undefined
      : { max: positiveInteger(flag, value, Number.MAX_SAFE_INTEGER), timeWindow: 60_000 };

  const settings: ServeSettings = {
    host: flags.host ?? f.host ?? DEFAULT_HOST,
    port: flags.port === undefined ? (f.port ?? DEFAULT_PORT) : portOf(flags.port),
    store: flags.store ?? f.store ?? env.store,
    trustProxy:
      flags.trustProxy === undefined ? (f.trustProxy ?? false) : trustProxyOf(flags.trustProxy),
    rateLimits: {
      check: flagLimit('--rate-limit', flags.rateLimit) ?? fileLimit('check', DEFAULT_RATE_LIMIT),
      analyse:
        flagLimit('--analyse-rate-limit', flags.analyseRateLimit) ??
        fileLimit('analyse', DEFAULT_API_RATE_LIMITS.analyse),
      reports:
        flagLimit('--reports-rate-limit', flags.reportsRateLimit) ??
        fileLimit('reports', DEFAULT_API_RATE_LIMITS.reports),
    },
    metrics: flags.metrics ?? f.metrics ?? true,
    redisUrl: f.redisUrl ?? env.redisUrl,
    processes:
      flags.processes === undefined
        ? (f.processes ?? 1)
        : positiveInteger('--processes', flags.processes, MAX_PROCESSES),
  };
  if (settings.processes > 1 && settings.redisUrl === null)
    throw new RingfenceError('USAGE', {
      reason: `${settings.processes} processes need Redis (RINGFENCE_REDIS_URL or redisUrl in the configuration file): without it each process counts rate limits alone, and a client would get ${settings.processes} times its limit`,
    });
  return deepFreeze(settings);
}

/**
 * The settings as one line of JSON for the start-up log: everything, with a Redis URL's password
 * replaced by `***`.
 */
export function describeSettings(settings: ServeSettings): string {
  return JSON.stringify({
    ...settings,
    redisUrl: settings.redisUrl === null ? null : maskPassword(settings.redisUrl),
  });
}

function maskPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password !== '') parsed.password = '***';
  return parsed.href;
}

function toMs(window: number | string): number {
  // The defaults are numbers; a string would be fastify's duration syntax, which we never use.
  return typeof window === 'number' ? window : 60_000;
}

function portOf(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new RingfenceError('USAGE', { reason: '--port must be an integer from 0 to 65535' });
  return port;
}

function positiveInteger(flag: string, value: string, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max)
    throw new RingfenceError('USAGE', {
      reason: `${flag} must be a positive integer${max < Number.MAX_SAFE_INTEGER ? ` up to ${max}` : ''}`,
    });
  return n;
}

function trustProxyOf(value: string): boolean | string[] {
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  const proxies = value
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
  const bad = proxies.find((address) => !isProxyAddress(address));
  if (bad !== undefined || proxies.length === 0)
    throw new RingfenceError('USAGE', {
      reason: '--trust-proxy takes true, false, or IP addresses and CIDRs, comma-separated',
    });
  return proxies;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
