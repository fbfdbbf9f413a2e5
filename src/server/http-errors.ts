/**
 * Every error the server answers with, as a registry error (src/errors.ts): the response's status
 * is always the code's HTTP status, and its body always `{code, message, details?}`. fastify's own
 * errors (a body too large, not JSON, the wrong content type) are translated here, so that API
 * clients match on one set of codes whatever layer refused the request.
 */
import { RingfenceError, isRingfenceError, type ErrorCode } from '../errors.js';

export type InvalidBodyCode = 'PRIVATE_REQUEST_INVALID' | 'INVALID_MESSAGE';

/** Server-side failures whose message helps the client (retry later) and reveals nothing. */
const CLIENT_FACING_5XX = new Set<ErrorCode>([
  'PRIVATE_INDEX_UNAVAILABLE',
  'SHARED_STATE_UNAVAILABLE',
]);

interface FastifyLikeError {
  readonly code?: unknown;
  readonly statusCode?: unknown;
  readonly message?: unknown;
}

/**
 * The registry error to answer `error` with, and whether it is a server fault worth logging.
 * Coded errors pass through, except server faults other than an index not yet ready: those
 * (a corrupt store, an I/O error) would show the server's paths, so the client gets INTERNAL.
 */
export function toHttpError(
  error: unknown,
  bodyLimit: number,
  /** The code of a body that cannot be read: each route family has its own. */
  invalidBody: InvalidBodyCode = 'PRIVATE_REQUEST_INVALID',
): { error: RingfenceError; fault: boolean } {
  const invalid = (reason: string) => ({
    error: new RingfenceError(invalidBody, { reason }),
    fault: false,
  });
  if (isRingfenceError(error)) {
    if (error.http < 500 || CLIENT_FACING_5XX.has(error.code)) return { error, fault: false };
    return { error: new RingfenceError('INTERNAL'), fault: true };
  }
  const { code, statusCode } = (typeof error === 'object' && error !== null ? error : {}) as
    FastifyLikeError | Record<string, never>;
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { error: new RingfenceError('PAYLOAD_TOO_LARGE', { limit: bodyLimit }), fault: false };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return invalid('the body must be JSON, sent as application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return invalid('the body is empty');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return invalid('the body is not valid JSON');
  }
  // fastify's JSON parser throws a plain SyntaxError (status 400), and secure-json-parse refuses
  // __proto__ keys the same way.
  if (error instanceof SyntaxError) return invalid('the body is not valid JSON');
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    const reason = code === 'FST_ERR_BAD_URL' ? 'the URL is not valid' : `refused (${statusCode})`;
    return { error: new RingfenceError('USAGE', { reason }), fault: false };
  }
  return { error: new RingfenceError('INTERNAL'), fault: true };
}
