/**
 * Logger that cannot leak a phone number or a message text. Everything is redacted before it is
 * serialised, because the log is the one output nobody reviews: a number that reaches it ends up
 * in terminals, CI artefacts and log shippers.
 *
 * Redaction rules (tested in log.test.ts):
 *
 * 1. Fields are judged by name, case and `-`/`_` ignored, at any depth:
 *    - text fields (`text`, `message_text`, `body`, `transcript`, `input`) become `[redacted]`;
 *    - phone fields (`number`, `phone`, `e164`, `sender`, `from`, `to`, `phone_number`, `msisdn`)
 *      become `h:` + the first 8 hex digits of sha256(salt + value). A phone-shaped value is
 *      hashed in canonical form (leading `+` kept, separators and `tel:` dropped, every Unicode
 *      digit read as 0-9), so `+44 7700 900123` and `+447700900123` give the same hash. With
 *      only 32 bits shown and a secret salt, equal numbers can be matched across lines without
 *      the hash being a lookup key for the number.
 * 2. Every other string (the message itself, field values and keys, Error messages and stacks)
 *    is scanned for phone numbers: a run of 6 or more Unicode decimal digits (\p{Nd}), optionally
 *    led by `+`, where consecutive digits may be separated by up to 4 spaces, dots, dashes,
 *    parentheses, slashes or invisible format characters. Each run becomes its hash. `00`
 *    prefixes and `tel:` URIs are covered because they are digits and punctuation around a run.
 * 3. Left alone, because they are not phone numbers and logs need them:
 *    - runs of fewer than 6 digits (counts, durations, ports, times such as 13:22:01);
 *    - ASCII decimals with one dot and no `+` (`0.123456`, `12.345678`);
 *    - dates `YYYY-MM-DD` (also with `/` or `.`, year 1900-2099, month 01-12, day 01-31),
 *      optionally with an ISO time and offset, unless a digit or `+` sits right before them
 *      (`+49 2012-10-15` is a number) or a digit right after;
 *    - UUIDs, hex strings of 32+ characters with a letter in them (checksums), and hashes
 *      already written as `h:xxxxxxxx` (so redaction is idempotent).
 * 4. JavaScript numbers are kept: they are counts and measurements, which must be loggable even
 *    when they pass a million rows. bigints are scanned like text, because number sets pack
 *    phone numbers into 64-bit integers. Typed arrays and buffers are never logged, only their
 *    size.
 *
 * When unsure, the redactor hides: day-first dates (23/11/2026), IPv4 addresses, ids and counts
 * of 6+ digits in text all become hashes. So put counts in numeric fields, not in the message
 * (`log.info('ingested', { rows: 487012345 })`).
 */
import { createHash } from 'node:crypto';

export const LOG_LEVELS = ['silent', 'error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type LogFields = Readonly<Record<string, unknown>>;

/** Where log lines go; a Writable, or anything with `write` in tests. */
export interface LogSink {
  write(chunk: string): unknown;
}

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Secret salt for hash prefixes; a known salt lets anyone hash every number of a country. */
  readonly salt: string;
  /** Defaults to process.stderr, so logs never mix with machine output on stdout. */
  readonly stream?: LogSink;
}

export interface Logger {
  readonly level: LogLevel;
  isEnabled(level: Exclude<LogLevel, 'silent'>): boolean;
  error(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  debug(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line. */
  child(fields: LogFields): Logger;
}

export function createLogger(options: LoggerOptions): Logger {
  if (options.salt === '') throw new TypeError('createLogger: salt must not be empty');
  return makeLogger(options.level, options.salt, options.stream ?? process.stderr, {});
}

/**
 * Returns a JSON-safe copy of `value` with phone numbers and message texts removed, by the rules
 * at the top of this file. Strings come back as strings.
 */
export function redact(value: unknown, salt: string): unknown {
  return redactValue(value, salt, 'plain', new Set(), 0);
}

// --- logger -----------------------------------------------------------------------------------

const SEVERITY: Readonly<Record<LogLevel, number>> = {
  silent: 0,
  error: 1,
  warn: 2,
  info: 3,
  debug: 4,
};

function makeLogger(
  level: LogLevel,
  salt: string,
  stream: LogSink,
  bindings: Readonly<Record<string, unknown>>,
): Logger {
  const isEnabled = (at: Exclude<LogLevel, 'silent'>): boolean => SEVERITY[at] <= SEVERITY[level];

  const write = (at: Exclude<LogLevel, 'silent'>, msg: string, fields?: LogFields): void => {
    if (!isEnabled(at)) return;
    const head = { time: new Date().toISOString(), level: at, msg: redactText(msg, salt) };
    const extra = fields === undefined ? {} : (redact(fields, salt) as Record<string, unknown>);
    // Reassigning `head` last keeps its keys first in the line and stops fields overriding them.
    const line = Object.assign({ ...head }, bindings, extra, head);
    try {
      stream.write(`${JSON.stringify(line)}\n`);
    } catch {
      // A closed stderr (EPIPE) must not turn a log call into a crash.
    }
  };

  return {
    level,
    isEnabled,
    error: (msg, fields) => {
      write('error', msg, fields);
    },
    warn: (msg, fields) => {
      write('warn', msg, fields);
    },
    info: (msg, fields) => {
      write('info', msg, fields);
    },
    debug: (msg, fields) => {
      write('debug', msg, fields);
    },
    child: (fields) =>
      makeLogger(level, salt, stream, {
        ...bindings,
        ...(redact(fields, salt) as Record<string, unknown>),
      }),
  };
}

// --- redaction --------------------------------------------------------------------------------

const REDACTED = '[redacted]';
const MAX_DEPTH = 10;

const TEXT_KEYS = new Set(['text', 'messagetext', 'body', 'transcript', 'input']);
const PHONE_KEYS = new Set([
  'number',
  'phone',
  'e164',
  'sender',
  'from',
  'to',
  'phonenumber',
  'msisdn',
]);

type Mode = 'plain' | 'phone';

/** What may sit between two digits of one phone number. */
const SEP = String.raw`(?:[^\S\r\n]|\p{Cf}|[.\-()/\u2010-\u2015\u2212\uFF08\uFF09\uFF0D\uFF0E\uFF0F])`;
const PLUS = String.raw`[+\uFF0B]`;
const MIN_PHONE_DIGITS = 6;

const PHONE = String.raw`${PLUS}?\p{Nd}(?:${SEP}{0,4}\p{Nd})*`;
const HASH = String.raw`(?<![\p{L}\p{N}])h:[0-9a-f]{8}(?![\p{L}\p{N}])`;
const UUID = String.raw`(?<![\p{L}\p{N}])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\p{L}\p{N}])`;
const HEX = String.raw`(?<![\p{L}\p{N}])(?=[0-9]*[a-fA-F])[0-9a-fA-F]{32,}(?![\p{L}\p{N}])`;
const TIME = String.raw`[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,9})?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?`;
const DATE = [
  String.raw`(?<![\p{Nd}+\uFF0B]${SEP}{0,2})`,
  String.raw`(?<year>(?:19|20)[0-9]{2})(?<dsep>[-/.])(?<month>[0-9]{2})\k<dsep>(?<day>[0-9]{2})`,
  String.raw`(?:${TIME})?`,
  String.raw`(?![-/.]?\p{Nd})`,
].join('');

// Protected spans are found first, on the whole text, so that a digit run cannot swallow the
// start of a token that would protect it ("sha256 9f86d08...").
const PROTECTED = new RegExp(`(?<keep>${HASH}|${UUID}|${HEX})|(?<date>${DATE})`, 'gu');
const PHONE_RUN = new RegExp(PHONE, 'gu');
const DIGIT = /\p{Nd}/u;
const DIGITS = /\p{Nd}/gu;
const DECIMAL = /^[0-9]+\.[0-9]+$/;
const PHONE_SHAPED = new RegExp(String.raw`^\s*(?:tel:)?${PLUS}?(?:${SEP}|\p{Nd})+$`, 'iu');

function redactText(text: string, salt: string): string {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(PROTECTED)) {
    const { date, month, day } = match.groups ?? {};
    if (date !== undefined && !isMonthDay(Number(month), Number(day))) continue;
    out += redactPhoneRuns(text.slice(from, match.index), salt) + match[0];
    from = match.index + match[0].length;
  }
  return out + redactPhoneRuns(text.slice(from), salt);
}

function redactPhoneRuns(text: string, salt: string): string {
  return text.replace(PHONE_RUN, (run) => {
    const digits = run.match(DIGITS)?.length ?? 0;
    if (digits < MIN_PHONE_DIGITS || DECIMAL.test(run)) return run;
    return hashPrefix(canonicalPhone(run), salt);
  });
}

function isMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function redactValue(
  value: unknown,
  salt: string,
  mode: Mode,
  ancestors: Set<object>,
  depth: number,
): unknown {
  switch (typeof value) {
    case 'string':
      return mode === 'phone' ? hashPhoneValue(value, salt) : redactText(value, salt);
    case 'number':
      return mode === 'phone' ? hashPrefix(String(value), salt) : value;
    case 'bigint':
      return mode === 'phone'
        ? hashPrefix(value.toString(), salt)
        : redactText(value.toString(), salt);
    case 'boolean':
    case 'undefined':
      return value;
    case 'symbol':
      return redactText(value.toString(), salt);
    case 'function':
      return '[function]';
  }
  if (value === null) return null;
  const object = value as object;
  if (ancestors.has(object)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  ancestors.add(object);
  try {
    return redactObject(object, salt, mode, ancestors, depth + 1);
  } finally {
    ancestors.delete(object);
  }
}

function redactObject(
  object: object,
  salt: string,
  mode: Mode,
  ancestors: Set<object>,
  depth: number,
): unknown {
  const recurse = (child: unknown, childMode: Mode = mode): unknown =>
    redactValue(child, salt, childMode, ancestors, depth);

  if (ArrayBuffer.isView(object) || object instanceof ArrayBuffer) {
    return `[binary ${object.byteLength} bytes]`;
  }
  if (Array.isArray(object)) return object.map((item) => recurse(item));
  if (object instanceof Set) return [...object].map((item) => recurse(item));
  if (object instanceof Map) {
    return [...object].map(([key, item]) => [recurse(key), recurse(item)]);
  }
  if (object instanceof Error) return redactError(object, salt, mode, recurse);
  if (object instanceof Date) {
    return Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString();
  }
  const toJSON: unknown = (object as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return recurse(toJSON.call(object));

  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(object)) {
    out[redactText(key, salt)] = redactField(key, child, mode, recurse);
  }
  return out;
}

function redactField(
  key: string,
  value: unknown,
  mode: Mode,
  recurse: (value: unknown, mode?: Mode) => unknown,
): unknown {
  const name = key.toLowerCase().replace(/[-_\s]/g, '');
  if (TEXT_KEYS.has(name)) return value === undefined || value === null ? value : REDACTED;
  return recurse(value, PHONE_KEYS.has(name) ? 'phone' : mode);
}

function redactError(
  error: Error,
  salt: string,
  mode: Mode,
  recurse: (value: unknown, mode?: Mode) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: redactText(error.name, salt),
    message: redactText(error.message, salt),
  };
  if (error.stack !== undefined) out.stack = redactText(error.stack, salt);
  // Own fields such as code, details, errno, syscall and path say what went wrong.
  for (const [key, child] of Object.entries(error)) {
    if (key === 'name' || key === 'message' || key === 'stack') continue;
    out[redactText(key, salt)] = redactField(key, child, mode, recurse);
  }
  if (error instanceof AggregateError) out.errors = recurse(error.errors);
  if (error.cause !== undefined) out.cause = recurse(error.cause);
  return out;
}

function hashPhoneValue(value: string, salt: string): string {
  return hashPrefix(
    DIGIT.test(value) && PHONE_SHAPED.test(value) ? canonicalPhone(value) : value,
    salt,
  );
}

function hashPrefix(value: string, salt: string): string {
  return `h:${createHash('sha256').update(salt).update(value).digest('hex').slice(0, 8)}`;
}

/** `+` if the number is written with one, then its digits as ASCII. */
function canonicalPhone(text: string): string {
  let out = /^\s*(?:tel:)?\s*[+\uFF0B]/iu.test(text) ? '+' : '';
  for (const char of text) {
    if (DIGIT.test(char)) out += String(digitValue(char));
  }
  return out;
}

const digitValues = new Map<number, number>();

/**
 * Unicode encodes each script's decimal digits as one run of ten code points, 0 to 9, and runs
 * that touch each other (mathematical digits) are still aligned on ten, so a digit's value is its
 * distance from the start of its run of \p{Nd}, modulo 10.
 */
function digitValue(char: string): number {
  const codePoint = char.codePointAt(0) ?? 0;
  if (codePoint >= 0x30 && codePoint <= 0x39) return codePoint - 0x30;
  const cached = digitValues.get(codePoint);
  if (cached !== undefined) return cached;
  let start = codePoint;
  while (DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
  const digit = (codePoint - start) % 10;
  digitValues.set(codePoint, digit);
  return digit;
}
