/**
 * Smishing and vishing analysis: is this message or call a scam, why, and what to do. Offline,
 * from the phone engine, curated brand and phrase lists, and a small text model shipped in
 * data/message-model.bin.
 */
import { z } from 'zod';
import { RingfenceError } from '../errors.js';
import { defaultPhoneEngine } from '../phone/index.js';
import { analyseMessageWith, type AnalyserDeps } from './analyse.js';
import { analyseCallWith } from './call.js';
import { defaultTextModel } from './text-model.js';
import type { CallAnalysis, CallInput, MessageAnalysis, MessageInput } from './types.js';

export { analyseMessageWith, type AnalyserDeps } from './analyse.js';
export { SCAM_AT, SUSPICIOUS_AT } from './verdict.js';
export { MAX_TEXT } from './message-text.js';
export { analyseCallWith, CALL_REASONS } from './call.js';
export { BRANDS } from './brands.js';
export { findUrls } from './urls.js';
export { findCues, detectLanguage } from './lexicon.js';
export { TextModel, decodeTextModel, encodeTextModel, defaultTextModel } from './text-model.js';
export * from './types.js';

const region = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code')
  .transform((r) => r.toUpperCase());
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'an ISO 8601 date');

export const messageInputSchema = z.object({
  text: z.string(),
  sender: z.string().max(200).optional(),
  receivedAt: isoDate.optional(),
  recipientRegion: region.optional(),
});

export const callInputSchema = z.object({
  from: z.string().min(1).max(100),
  to: z.string().max(100).optional(),
  transcript: z.string().optional(),
  at: isoDate.optional(),
  recipientRegion: region.optional(),
});

function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
  throw new RingfenceError('INVALID_MESSAGE', { reason: `${where}${issue?.message ?? 'invalid'}` });
}

let deps: AnalyserDeps | undefined;
function defaultDeps(): AnalyserDeps {
  deps ??= { engine: defaultPhoneEngine(), model: defaultTextModel() };
  return deps;
}

/** Analyses one message; throws INVALID_MESSAGE when the input has the wrong shape. */
export function analyseMessage(input: MessageInput): MessageAnalysis {
  return analyseMessageWith(defaultDeps(), parseInput(messageInputSchema, input));
}

/** Analyses one call; throws INVALID_MESSAGE when the input has the wrong shape. */
export function analyseCall(input: CallInput): CallAnalysis {
  return analyseCallWith(defaultDeps(), parseInput(callInputSchema, input));
}
