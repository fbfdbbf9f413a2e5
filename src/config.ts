/**
 * Configuration, validated once into a typed, frozen object. This is the only module that reads
 * process.env: everything else receives the values it needs, so tests never set environment
 * variables and a typo in a variable fails at start-up instead of deep inside a command.
 *
 * An empty variable counts as unset (`RINGFENCE_LOG_LEVEL= ringfence ...`).
 * Errors name the variable and what was expected, never the value: a misplaced secret must not be
 * echoed to a terminal or a log.
 */
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { RingfenceError } from './errors.js';
import { LOG_LEVELS, type LogLevel } from './log.js';

export interface Config {
  /** Directory of the leak store. */
  readonly store: string;
  readonly logLevel: LogLevel;
  /** Salt of the hash prefixes that stand for phone numbers in logs. */
  readonly logSalt: string;
  /**
   * Redis for the state that several `serve` processes share (the rate-limit counters), or null
   * for memory. It may hold a password: it is never logged nor echoed in an error.
   */
  readonly redisUrl: string | null;
  /** The JSON configuration file of `ringfence serve` (RINGFENCE_CONFIG), or null for none. */
  readonly serveConfigFile: string | null;
}

export type Env = Readonly<Record<string, string | undefined>>;

// Only good enough to keep development logs readable; a deployment sets its own secret salt,
// since anyone who knows the salt can hash every number of a country and reverse the prefixes.
const DEV_LOG_SALT = 'ringfence-development-log-salt-not-secret';
const MIN_SALT_LENGTH = 16;

const unsetIfEmpty = (value: unknown): unknown => (value === '' ? undefined : value);

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());

const schema = z.object({
  RINGFENCE_STORE: optional(
    z.string().refine((value) => !value.includes('\0'), { error: 'a path without NUL characters' }),
  ),
  RINGFENCE_LOG_LEVEL: optional(
    z.preprocess(
      (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
      z.enum(LOG_LEVELS, { error: `one of ${LOG_LEVELS.join(', ')}` }),
    ),
  ),
  RINGFENCE_LOG_SALT: optional(
    z.string().min(MIN_SALT_LENGTH, { error: `at least ${MIN_SALT_LENGTH} characters` }),
  ),
  RINGFENCE_REDIS_URL: optional(
    z.string().refine(isRedisUrl, { error: 'a redis:// or rediss:// URL with a host' }),
  ),
  RINGFENCE_CONFIG: optional(
    z.string().refine((value) => !value.includes('\0'), { error: 'a path without NUL characters' }),
  ),
  XDG_DATA_HOME: optional(z.string()),
  HOME: optional(z.string()),
});

/**
 * Validates `env` into a frozen Config. Pure apart from os.homedir() when HOME is unset. Throws
 * RingfenceError CONFIG_INVALID naming the first offending variable.
 */
export function loadConfig(env: Env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = typeof issue?.path[0] === 'string' ? issue.path[0] : 'environment';
    throw new RingfenceError('CONFIG_INVALID', {
      variable,
      reason: `expected ${issue?.message ?? 'a valid value'}`,
    });
  }
  const vars = parsed.data;
  return deepFreeze({
    store: vars.RINGFENCE_STORE ?? defaultStore(vars.XDG_DATA_HOME, vars.HOME),
    logLevel: vars.RINGFENCE_LOG_LEVEL ?? 'warn',
    logSalt: vars.RINGFENCE_LOG_SALT ?? DEV_LOG_SALT,
    redisUrl: vars.RINGFENCE_REDIS_URL ?? null,
    serveConfigFile: vars.RINGFENCE_CONFIG ?? null,
  });
}

let cached: Config | undefined;

/** The process's configuration, read from process.env on first call and kept. */
export function getConfig(): Config {
  cached ??= loadConfig(process.env);
  return cached;
}

/** A redis:// or rediss:// URL with a host (the `serve` configuration file checks it too). */
export function isRedisUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
}

function defaultStore(xdgDataHome: string | undefined, home: string | undefined): string {
  // The XDG spec says to ignore a relative XDG_DATA_HOME.
  if (xdgDataHome !== undefined && isAbsolute(xdgDataHome)) return join(xdgDataHome, 'ringfence');
  return join(home ?? homedir(), '.local', 'share', 'ringfence');
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
