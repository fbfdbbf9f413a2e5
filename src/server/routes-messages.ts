/**
 * Is this message or call a scam: the messages module's analysers behind three routes. Bodies
 * are parsed by the module's own schemas, so that every refusal is INVALID_MESSAGE with the
 * field at fault. A batch answers every item in order: an item that cannot be analysed gets its
 * error object in its place and the others are still answered.
 *
 * Texts and transcripts are personal data: nothing here logs them (the app logs only method,
 * route pattern, status and duration), and responses are not cached.
 */
import type { FastifyInstance } from 'fastify';
import { RingfenceError, isRingfenceError } from '../errors.js';
import {
  analyseCall,
  analyseMessage,
  type CallAnalysis,
  type CallInput,
  type MessageAnalysis,
  type MessageInput,
} from '../messages/index.js';
import { API_SCHEMAS, BATCH_BODY_LIMIT, MAX_BATCH, MESSAGE_BODY_LIMIT } from './schemas.js';

type ErrorBody = ReturnType<RingfenceError['toJSON']>;
export type BatchItem = MessageAnalysis | { readonly error: ErrorBody };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(reason: string): RingfenceError {
  return new RingfenceError('INVALID_MESSAGE', { reason });
}

/** The batch envelope only: items are checked one by one, each answered in its place. */
function parseBatch(body: unknown): { messages: unknown[] } {
  if (!isObject(body) || !Array.isArray(body.messages))
    throw invalid('the body is {"messages": [...]}');
  for (const key of Object.keys(body))
    if (key !== 'messages') throw invalid(`unknown field ${key}`);
  if (body.messages.length === 0) throw invalid('messages: the batch is empty');
  if (body.messages.length > MAX_BATCH)
    throw invalid(`messages: at most ${MAX_BATCH} per batch, not ${body.messages.length}`);
  return { messages: body.messages };
}

/** A body that is not JSON is INVALID_MESSAGE too (app.ts's error handler reads this). */
const config = { invalidBody: 'INVALID_MESSAGE' as const };

/** The body must be an object; its fields are the analyser's to check (INVALID_MESSAGE). */
const objectBody = {
  config,
  bodyLimit: MESSAGE_BODY_LIMIT,
  validatorCompiler: () => (body: unknown) =>
    isObject(body) ? { value: body } : { error: invalid('the body is a JSON object') },
};

function analyseItem(item: unknown): BatchItem {
  try {
    if (!isObject(item)) throw invalid('the message is a JSON object');
    return analyseMessage(item as unknown as MessageInput);
  } catch (error) {
    // Only the analyser's refusals are answered in place; a fault fails the request (INTERNAL).
    if (isRingfenceError(error) && error.http < 500) return { error: error.toJSON() };
    throw error;
  }
}

export function messageRoutes(scope: FastifyInstance, _options: unknown, done: () => void): void {
  scope.post(
    '/v1/messages/analyse',
    { schema: API_SCHEMAS.analyseMessage, ...objectBody },
    (request, reply): MessageAnalysis => {
      const result = analyseMessage(request.body as MessageInput);
      void reply.header('cache-control', 'no-store');
      return result;
    },
  );

  scope.post(
    '/v1/messages/analyse-batch',
    {
      schema: API_SCHEMAS.analyseBatch,
      bodyLimit: BATCH_BODY_LIMIT,
      config,
      validatorCompiler: () => (body: unknown) => {
        try {
          return { value: parseBatch(body) };
        } catch (error) {
          return { error: error as Error };
        }
      },
    },
    (request, reply): { results: BatchItem[] } => {
      const { messages } = request.body as { messages: unknown[] };
      void reply.header('cache-control', 'no-store');
      return { results: messages.map(analyseItem) };
    },
  );

  scope.post(
    '/v1/calls/analyse',
    { schema: API_SCHEMAS.analyseCall, ...objectBody },
    (request, reply): CallAnalysis => {
      const result = analyseCall(request.body as CallInput);
      void reply.header('cache-control', 'no-store');
      return result;
    },
  );
  done();
}
