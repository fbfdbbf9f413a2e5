/**
 * The one registry of ringfence's error codes. A code is a contract: scripts match on it, the CLI
 * turns it into an exit code (sysexits.h) and the server into an HTTP status, so a code is never
 * renamed or reused. docs/errors.md lists every entry and errors.test.ts keeps the two in step.
 *
 * Messages may name `{placeholders}`; the details given to RingfenceError fill them. Details are
 * for non-personal values only (line numbers, variable names, region codes): messages end up in
 * logs, terminals and HTTP responses.
 */

// sysexits.h
const EX_USAGE = 64;
const EX_DATAERR = 65;
const EX_NOINPUT = 66;
const EX_UNAVAILABLE = 69;
const EX_SOFTWARE = 70;
const EX_CANTCREAT = 73;
const EX_IOERR = 74;
const EX_CONFIG = 78;

interface ErrorDefinition {
  readonly code: string;
  readonly message: string;
  readonly exit: number;
  readonly http: number;
}

const REGISTRY = {
  NOT_A_NUMBER: {
    code: 'NOT_A_NUMBER',
    message: 'Not a phone number: it has no digits, or letters where digits belong.',
    exit: EX_DATAERR,
    http: 422,
  },
  TOO_SHORT: {
    code: 'TOO_SHORT',
    message: 'The national number is too short: it has fewer than 2 digits.',
    exit: EX_DATAERR,
    http: 422,
  },
  TOO_LONG: {
    code: 'TOO_LONG',
    message: 'The national number is too long: it has more than 17 digits.',
    exit: EX_DATAERR,
    http: 422,
  },
  INVALID_COUNTRY: {
    code: 'INVALID_COUNTRY',
    message:
      'No country calling code can be read: the number has no + and there is no default region, or the + is followed by an unknown calling code.',
    exit: EX_DATAERR,
    http: 422,
  },
  INPUT_TOO_LONG: {
    code: 'INPUT_TOO_LONG',
    message: 'The input is longer than 250 characters.',
    exit: EX_DATAERR,
    http: 422,
  },
  EXCEL_PRECISION_LOST: {
    code: 'EXCEL_PRECISION_LOST',
    message:
      'The number is in scientific notation (such as 4.477E+11) and has lost digits; export the column as text.',
    exit: EX_DATAERR,
    http: 422,
  },
  EXCEL_NOT_INTEGER: {
    code: 'EXCEL_NOT_INTEGER',
    message:
      'The number is in scientific notation with a fractional part, so it is not a phone number.',
    exit: EX_DATAERR,
    http: 422,
  },
  INVALID_REGION: {
    code: 'INVALID_REGION',
    message: 'Unknown region {region}: expected an ISO 3166-1 alpha-2 code such as GB.',
    exit: EX_USAGE,
    http: 400,
  },
  USAGE: {
    code: 'USAGE',
    message: 'Invalid usage: {reason}.',
    exit: EX_USAGE,
    http: 400,
  },
  INPUT_NOT_FOUND: {
    code: 'INPUT_NOT_FOUND',
    message: 'Input not found: {path}.',
    exit: EX_NOINPUT,
    http: 404,
  },
  CONFIG_INVALID: {
    code: 'CONFIG_INVALID',
    message: 'Environment variable {variable} is invalid: {reason}.',
    exit: EX_CONFIG,
    http: 500,
  },
  CONFIG_FILE_INVALID: {
    code: 'CONFIG_FILE_INVALID',
    message: 'The configuration file {path} is invalid: {reason}.',
    exit: EX_CONFIG,
    http: 500,
  },
  IO_ERROR: {
    code: 'IO_ERROR',
    message: 'Cannot read or write {path}: {reason}.',
    exit: EX_IOERR,
    http: 500,
  },
  NO_PHONE_COLUMN: {
    code: 'NO_PHONE_COLUMN',
    message: 'No column of {path} holds phone numbers (best: {best}); name it with --phone-column.',
    exit: EX_DATAERR,
    http: 422,
  },
  NO_NUMBERS: {
    code: 'NO_NUMBERS',
    message:
      'No row of {path} holds a phone number ({rows} rows read, {rejected} rejected, most as {reason}); nothing was published. Check the file, --phone-column and --region.',
    exit: EX_DATAERR,
    http: 422,
  },
  COLUMN_NOT_FOUND: {
    code: 'COLUMN_NOT_FOUND',
    message: 'Column {column} is not in {path}; its columns are: {columns}.',
    exit: EX_USAGE,
    http: 400,
  },
  LEAK_EXISTS: {
    code: 'LEAK_EXISTS',
    message: 'A leak named {name} is already in the store; pass --replace to ingest it again.',
    exit: EX_CANTCREAT,
    http: 409,
  },
  LEAK_NOT_FOUND: {
    code: 'LEAK_NOT_FOUND',
    message: 'No leak named {name} in the store {store}.',
    exit: EX_NOINPUT,
    http: 404,
  },
  STORE_EMPTY: {
    code: 'STORE_EMPTY',
    message:
      'The store {store} holds no leak: ingest one first with ringfence ingest <file> --name <id>.',
    exit: EX_NOINPUT,
    http: 404,
  },
  INVALID_DATE: {
    code: 'INVALID_DATE',
    message:
      'Invalid breach date {value}: expected YYYY-MM-DD (or YYYY-MM, YYYY), a real date that is not in the future.',
    exit: EX_USAGE,
    http: 400,
  },
  INVALID_LEAK_NAME: {
    code: 'INVALID_LEAK_NAME',
    message:
      'Invalid leak name {name}: use 1 to 64 lowercase letters, digits, dots, dashes and underscores.',
    exit: EX_USAGE,
    http: 400,
  },
  UNREADABLE_INPUT: {
    code: 'UNREADABLE_INPUT',
    message: 'Cannot read {path}: {reason}.',
    exit: EX_DATAERR,
    http: 422,
  },
  COUNTS_TABLE_INVALID: {
    code: 'COUNTS_TABLE_INVALID',
    message: 'No per-country count can be read from {path}: {reason}.',
    exit: EX_DATAERR,
    http: 422,
  },
  SQL_ERROR: {
    code: 'SQL_ERROR',
    message: 'The query failed: {reason}.',
    exit: EX_DATAERR,
    http: 400,
  },
  LEAK_HAS_NO_ROWS: {
    code: 'LEAK_HAS_NO_ROWS',
    message:
      'Leak {name} has no rows table (ingested with --no-rows, or derived); only the catalogue `leaks` and its figures can be queried for it.',
    exit: EX_DATAERR,
    http: 409,
  },
  CORRUPT_STORE: {
    code: 'CORRUPT_STORE',
    message: '{path} is not a valid ringfence file: {reason}.',
    exit: EX_DATAERR,
    http: 500,
  },
  DATA_FILE_INVALID: {
    code: 'DATA_FILE_INVALID',
    message: 'The data file {file} that ringfence ships is invalid: {reason}. Reinstall ringfence.',
    exit: EX_SOFTWARE,
    http: 500,
  },
  INVALID_MESSAGE: {
    code: 'INVALID_MESSAGE',
    message: 'Not a valid message or call to analyse: {reason}.',
    exit: EX_DATAERR,
    http: 400,
  },
  PRIVATE_REQUEST_INVALID: {
    code: 'PRIVATE_REQUEST_INVALID',
    message: 'Not a valid private-check request: {reason}.',
    exit: EX_DATAERR,
    http: 400,
  },
  PRIVATE_INDEX_UNAVAILABLE: {
    code: 'PRIVATE_INDEX_UNAVAILABLE',
    message: 'The private-check index is not ready: {reason}.',
    exit: EX_UNAVAILABLE,
    http: 503,
  },
  PRIVATE_KEY_INVALID: {
    code: 'PRIVATE_KEY_INVALID',
    message: 'The private-check key at {path} cannot be used: {reason}.',
    exit: EX_CONFIG,
    http: 500,
  },
  RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'Too many requests: try again in {seconds} seconds.',
    exit: EX_UNAVAILABLE,
    http: 429,
  },
  SHARED_STATE_UNAVAILABLE: {
    code: 'SHARED_STATE_UNAVAILABLE',
    message: 'The shared state (Redis, RINGFENCE_REDIS_URL) cannot be reached: {reason}.',
    exit: EX_UNAVAILABLE,
    http: 503,
  },
  REMOTE_FAILED: {
    code: 'REMOTE_FAILED',
    message: 'The check server at {url} did not answer as expected: {reason}.',
    exit: EX_UNAVAILABLE,
    http: 502,
  },
  NOT_FOUND: {
    code: 'NOT_FOUND',
    message: 'No such resource: {path}.',
    exit: EX_NOINPUT,
    http: 404,
  },
  PAYLOAD_TOO_LARGE: {
    code: 'PAYLOAD_TOO_LARGE',
    message: 'The request body is larger than {limit} bytes.',
    exit: EX_DATAERR,
    http: 413,
  },
  INTERNAL: {
    code: 'INTERNAL',
    message: 'Internal error. This is a bug in ringfence; please report it.',
    exit: EX_SOFTWARE,
    http: 500,
  },
} as const satisfies Readonly<Record<string, ErrorDefinition>>;

for (const entry of Object.values(REGISTRY)) Object.freeze(entry);

export const ERRORS = Object.freeze(REGISTRY);

export type ErrorCode = keyof typeof ERRORS;

/** What may go into `details`: values that are safe to print, log and return over HTTP. */
export type ErrorDetailValue = string | number | boolean;
export type ErrorDetails = Readonly<Record<string, ErrorDetailValue>>;

/** The `{names}` in a message template, as a union of string literals. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type PlaceholdersOf<C extends ErrorCode> = Placeholders<(typeof ERRORS)[C]['message']>;

// A code whose message has placeholders cannot be thrown without the values that fill them.
type RingfenceErrorArgs<C extends ErrorCode> = [PlaceholdersOf<C>] extends [never]
  ? [details?: ErrorDetails, options?: ErrorOptions]
  : [
      details: ErrorDetails & Readonly<Record<PlaceholdersOf<C>, ErrorDetailValue>>,
      options?: ErrorOptions,
    ];

export class RingfenceError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'RingfenceError';
  readonly code: C;
  /** Process exit code for the CLI (sysexits.h). */
  readonly exit: number;
  /** HTTP status for the server. */
  readonly http: number;
  readonly details?: ErrorDetails;

  constructor(code: C, ...[details, options]: RingfenceErrorArgs<C>) {
    const definition: ErrorDefinition = ERRORS[code];
    super(fillTemplate(definition.message, details), options);
    this.code = code;
    this.exit = definition.exit;
    this.http = definition.http;
    if (details !== undefined) this.details = Object.freeze({ ...details });
  }

  /** The shape the CLI prints with `--json` and the server returns; no stack, no cause. */
  toJSON(): { code: C; message: string; details?: ErrorDetails } {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isRingfenceError(value: unknown): value is RingfenceError;
export function isRingfenceError<C extends ErrorCode>(
  value: unknown,
  code: C,
): value is RingfenceError<C>;
export function isRingfenceError(value: unknown, code?: ErrorCode): boolean {
  return value instanceof RingfenceError && (code === undefined || value.code === code);
}

function fillTemplate(template: string, details: ErrorDetails | undefined): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = details !== undefined && Object.hasOwn(details, name) ? details[name] : undefined;
    // Left visible rather than blanked so that a missing value is noticed, not silently lost.
    return value === undefined ? placeholder : String(value);
  });
}
