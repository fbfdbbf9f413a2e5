/**
 * The client role of the private check (protocol v1, see ./protocol.ts and docs/PROTOCOL.md):
 * blind a number, send the bucket and the blinded element, then finalise the server's answer and
 * look for the number's own entry. The blind never leaves this closure, and the request carries
 * nothing else about the number. No Node-only import: the web page bundles this file, and
 * `ringfence check --remote` runs it in Node; both send with `checkRemote`.
 */
import { z } from 'zod';
import { ERRORS, RingfenceError, type ErrorCode, type ErrorDetails } from '../errors.js';
import type { OprfProvider } from './oprf.js';
import { nobleOprf } from './oprf-noble.js';
import {
  PROTOCOL_VERSION,
  bucketOf,
  checkResponseSchema,
  findEntry,
  fromBase64url,
  oprfInput,
  toBase64url,
  type CheckRequest,
  type CheckResponse,
} from './protocol.js';

export interface CheckedLeak {
  readonly id: string;
  readonly title: string;
  readonly breachDate: string | null;
  readonly dataClasses: readonly string[];
}

export interface CheckResult {
  readonly found: boolean;
  /** The leaks that hold the number, in the server's order; empty when not found. */
  readonly leaks: readonly CheckedLeak[];
}

export interface PreparedCheck {
  /** The body to POST to /v1/private/check. */
  readonly request: CheckRequest;
  /**
   * Validates the server's response (parsed JSON) and reads the answer from it. `server` names
   * the server in errors (its URL). Throws REMOTE_FAILED for anything a correct server would not
   * send.
   */
  finish(response: unknown, server?: string): CheckResult;
}

/**
 * Starts a check of one number, already normalised to E.164 (PRIVATE_REQUEST_INVALID when it is
 * not). Each call draws a fresh blind, so two checks of one number send unrelated elements.
 */
export function prepareCheck(e164: string, oprf: OprfProvider = nobleOprf): PreparedCheck {
  const input = oprfInput(e164);
  const bucket = bucketOf(e164);
  const { blind, blindedElement } = oprf.blind(input);
  const request: CheckRequest = {
    version: PROTOCOL_VERSION,
    bucket,
    blindedElement: toBase64url(blindedElement),
  };
  return {
    request,
    finish(response, server = 'unknown') {
      const fail = (reason: string, cause?: unknown): never => {
        throw new RingfenceError('REMOTE_FAILED', { url: server, reason }, { cause });
      };
      const parsed = checkResponseSchema.safeParse(response);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return fail(
          `not a check response (${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'})`,
        );
      }
      const answer: CheckResponse = parsed.data;
      if (answer.bucket !== bucket) return fail('the answer is for another bucket');
      const entries = fromBase64url(answer.entries);
      if (entries.length % answer.entrySize !== 0) return fail('entries are not whole');
      let output: Uint8Array;
      try {
        output = oprf.finalize(input, blind, fromBase64url(answer.evaluatedElement));
      } catch (error) {
        return fail('the evaluated element is not a valid group element', error);
      }
      const leakSet = findEntry(output, entries);
      if (leakSet === null) return { found: false, leaks: [] };
      const ids = answer.leakSets[leakSet];
      // A real entry names a set the table has: anything else is a broken server, not an answer.
      if (ids === undefined || ids.length === 0) return fail('the entry names no leak set');
      const leaks = ids.map((id): CheckedLeak => {
        const info = Object.hasOwn(answer.leaks, id) ? answer.leaks[id] : undefined;
        if (info === undefined) return fail('a leak of the set is not described');
        return {
          id,
          title: info.title,
          breachDate: info.breachDate,
          dataClasses: info.dataClasses,
        };
      });
      return { found: true, leaks };
    },
  };
}

/** The body of every error response (RingfenceError.toJSON on the server). */
export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

// Server answers that are the client's to act on: retry later, or a request it got wrong. Any
// other error (INTERNAL above all) is the server's failure, not this program's.
const PASSED_ON = new Set<ErrorCode>([
  'RATE_LIMITED',
  'PRIVATE_INDEX_UNAVAILABLE',
  'PRIVATE_REQUEST_INVALID',
  'PAYLOAD_TOO_LARGE',
]);

export interface CheckRemoteOptions {
  readonly oprf?: OprfProvider;
  /** The fetch to send with (default: the global one). */
  readonly fetch?: typeof fetch;
  readonly signal?: AbortSignal;
}

/**
 * Checks one E.164 number with the server at `server` (its base URL; the request goes to
 * `v1/private/check` under it). The server's RATE_LIMITED, PRIVATE_INDEX_UNAVAILABLE and
 * PRIVATE_REQUEST_INVALID come back as those codes; anything else that is not a good answer is
 * REMOTE_FAILED.
 */
export async function checkRemote(
  server: string | URL,
  e164: string,
  options: CheckRemoteOptions = {},
): Promise<CheckResult> {
  const url = new URL('v1/private/check', server);
  const where = url.origin;
  const prepared = prepareCheck(e164, options.oprf);
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(prepared.request),
      credentials: 'omit',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
      signal: options.signal ?? null,
    });
  } catch (error) {
    throw new RingfenceError(
      'REMOTE_FAILED',
      { url: where, reason: `it cannot be reached (${networkReason(error)})` },
      { cause: error },
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new RingfenceError(
      'REMOTE_FAILED',
      { url: where, reason: `HTTP ${response.status} without a JSON body` },
      { cause: error },
    );
  }
  if (!response.ok) throw remoteError(body, response.status, where);
  return prepared.finish(body, where);
}

function remoteError(body: unknown, status: number, where: string): RingfenceError {
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success && Object.hasOwn(ERRORS, parsed.data.code)) {
    const code = parsed.data.code as ErrorCode;
    if (PASSED_ON.has(code) && ERRORS[code].http === status) {
      // The server filled the same template from these details; which placeholders they fill
      // is known only at run time, so the compile-time check of them is set aside here.
      const Coded = RingfenceError as new (
        code: ErrorCode,
        details?: ErrorDetails,
      ) => RingfenceError;
      return new Coded(code, parsed.data.details);
    }
    return new RingfenceError('REMOTE_FAILED', {
      url: where,
      reason: `HTTP ${status} ${parsed.data.code}`,
    });
  }
  return new RingfenceError('REMOTE_FAILED', { url: where, reason: `HTTP ${status}` });
}

function networkReason(error: unknown): string {
  // Node's fetch says "fetch failed" and puts the reason (ECONNREFUSED, bad port) in its cause.
  const cause = error instanceof Error ? error.cause : undefined;
  if (typeof cause === 'object' && cause !== null) {
    if ('code' in cause && typeof cause.code === 'string') return cause.code;
    if (cause instanceof Error) return cause.message;
  }
  return error instanceof Error ? error.message : 'network error';
}
