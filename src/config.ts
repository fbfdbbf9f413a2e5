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

/**
 * What each variable must be, in the order they are checked (the first that fails is the one
 * reported). Checked by hand, not with zod: every command reads the configuration first, and
 * loading zod took 80 to 110 ms of it (on an ingest's critical path, before its threads start).
 */
const CHECKS: readonly {
  readonly variable: string;
  readonly expected: string;
  readonly valid: (value: string) => boolean;
}[] = [
  { variable: 'RINGFENCE_STORE', expected: 'a path without NUL characters', valid: noNul },
  {
    variable: 'RINGFENCE_LOG_LEVEL',
    expected: `one of ${LOG_LEVELS.join(', ')}`,
    valid: (value) => logLevel(value) !== undefined,
  },
  {
    variable: 'RINGFENCE_LOG_SALT',
    expected: `at least ${MIN_SALT_LENGTH} characters`,
    valid: (value) => value.length >= MIN_SALT_LENGTH,
  },
  {
    variable: 'RINGFENCE_REDIS_URL',
    expected: 'a redis:// or rediss:// URL with a host',
    valid: isRedisUrl,
  },
  { variable: 'RINGFENCE_CONFIG', expected: 'a path without NUL characters', valid: noNul },
];

function noNul(value: string): boolean {
  return !value.includes('\0');
}

/** A log level in any case, with spaces around it; undefined for anything else. */
function logLevel(value: string): LogLevel | undefined {
  const level = value.trim().toLowerCase();
  return LOG_LEVELS.find((l) => l === level);
}

/**
 * Validates `env` into a frozen Config. Pure apart from os.homedir() when HOME is unset. Throws
 * RingfenceError CONFIG_INVALID naming the first offending variable.
 */
export function loadConfig(env: Env): Config {
  // An empty variable counts as unset.
  const set = (variable: string): string | undefined => {
    const value = env[variable];
    return value === '' ? undefined : value;
  };
  for (const { variable, expected, valid } of CHECKS) {
    const value = set(variable);
    if (value !== undefined && !valid(value))
      throw new RingfenceError('CONFIG_INVALID', { variable, reason: `expected ${expected}` });
  }
  const level = set('RINGFENCE_LOG_LEVEL');
  return deepFreeze({
    store: set('RINGFENCE_STORE') ?? defaultStore(set('XDG_DATA_HOME'), set('HOME')),
    logLevel: level === undefined ? 'warn' : logLevel(level)!,
    logSalt: set('RINGFENCE_LOG_SALT') ?? DEV_LOG_SALT,
    redisUrl: set('RINGFENCE_REDIS_URL') ?? null,
    serveConfigFile: set('RINGFENCE_CONFIG') ?? null,
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
