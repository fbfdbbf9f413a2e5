/**
 * What each route takes and returns. The private-check messages are the protocol's own zod
 * schemas (../privacy/protocol.ts), turned into the JSON Schema that fastify serialises
 * responses with, so that the wire format has one definition. Response serialisation also drops
 * any field a schema does not name: nothing leaves by accident.
 */
import { z } from 'zod';
import { errorBodySchema, checkRequestSchema, checkResponseSchema } from '../privacy/index.js';
import { READING_CODES, manifestSchema } from '../store/index.js';

/**
 * One leak of GET /v1/leaks and GET /v1/leaks/:id, after HIBP's breach model: catalogue facts,
 * nothing about any number. `id` and `name` are the same (`id` came first; HIBP says Name).
 */
export const catalogueLeakSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  breachDate: z.string().nullable(),
  addedDate: z.string(),
  counts: manifestSchema.shape.counts,
  dataClasses: z.array(z.string()),
  flags: manifestSchema.shape.flags.extend({
    /** From `ringfence novelty` when it has run: the earlier leak this one recompiles. */
    recompilationOf: z.string().nullable(),
  }),
});
export type CatalogueLeak = z.infer<typeof catalogueLeakSchema>;

export const catalogueSchema = z.object({ leaks: z.array(catalogueLeakSchema) });
export type Catalogue = z.infer<typeof catalogueSchema>;

export const healthSchema = z.object({
  status: z.literal('ok'),
  privateIndex: z.object({
    state: z.enum(['building', 'ready']),
    keyId: z.string(),
    bucketsDone: z.number(),
    buckets: z.number(),
    numbers: z.number(),
    bucketSize: z.number(),
  }),
});
export type Health = z.infer<typeof healthSchema>;

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-7' });
  return rest;
}

const errors = { '4xx': jsonSchema(errorBodySchema), '5xx': jsonSchema(errorBodySchema) };

export const ROUTE_SCHEMAS = {
  health: {
    summary: 'Whether the private check can answer, and how far its index is built',
    response: { 200: jsonSchema(healthSchema), ...errors },
  },
  leaks: {
    summary: 'The catalogue of the leaks this server holds',
    response: { 200: jsonSchema(catalogueSchema), ...errors },
  },
  check: {
    summary: 'Private check (protocol v1): evaluate a blinded element, return its bucket',
    body: jsonSchema(checkRequestSchema),
    response: { 200: jsonSchema(checkResponseSchema), ...errors },
  },
} as const;

// ---------------------------------------------------------------------------------------------
// The analyst's routes (routes-leaks.ts) and the message routes (routes-messages.ts). Response
// schemas name every field the library returns: fastify drops any field a schema does not name,
// and api-*.test.ts compares each answer with the library's own value so that none is lost.

const errorBody = jsonSchema(errorBodySchema);

/** One leak as GET /v1/leaks/:id answers it: the catalogue's record. */
export const leakSchema = catalogueLeakSchema;
export type Leak = CatalogueLeak;

const count = z.number();
/** A note on how a leak's input was read (src/store/stats.ts, ReadingNote). */
const readingNote = z.object({
  code: z.enum(READING_CODES),
  message: z.string(),
  rows: count.nullable(),
});
const leakCountsShape = {
  rows: count,
  accepted: count,
  rejected: count,
  headerLines: count,
  blankLines: count,
  valid: count,
  possibleOnly: count,
  unique: count,
};

export const reportSchema = z.object({
  ...leakCountsShape,
  name: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  breachDate: z.string().nullable(),
  addedDate: z.string(),
  flags: z.object({
    verified: z.boolean(),
    fabricated: z.boolean(),
    sensitive: z.boolean(),
    spamList: z.boolean(),
  }),
  invalid: count,
  duplicates: count,
  countries: z.array(
    z.object({
      region: z.string(),
      name: z.string(),
      callingCode: z.number(),
      rows: count,
      unique: count,
      share: z.number(),
      lineTypes: z.record(z.string(), z.number()),
      topBlocks: z.array(z.object({ prefix: z.string(), unique: count })),
    }),
  ),
  lineTypes: z.array(z.object({ type: z.string(), unique: count, share: z.number() })),
  dataClasses: z.array(
    z.object({ column: z.string(), dataClass: z.string(), filled: count, fillRate: z.number() }),
  ),
  rejectReasons: z.array(z.object({ code: z.string(), rows: count })),
  numberSet: z.object({
    bytes: count,
    partitions: count,
    bitsPerNumber: z.number(),
    boundBitsPerNumber: z.number(),
  }),
  metadataVersion: z.string(),
  reading: z
    .object({
      notes: z.array(readingNote),
      warnings: z.array(readingNote),
      skippedFiles: z.array(z.object({ path: z.string(), reason: z.string() })),
      literalQuotes: count,
      multiNumberRows: count,
      extraNumbers: count,
      validNumbers: count,
      nulBytes: count,
      reencodedLines: count,
    })
    .optional(),
  novelty: z
    .object({
      computedAt: z.string().optional(),
      newToCollection: count,
      recompilationOf: z.string().nullable(),
      bestMatch: z.object({ name: z.string(), share: z.number() }).nullable(),
      comparedWith: z.array(z.string()),
      excluded: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
    })
    .optional(),
});

const comparedLeak = z.object({
  title: z.string(),
  breachDate: z.string().nullable(),
  addedDate: z.string(),
});

export const comparisonSchema = z.object({
  a: z.string(),
  b: z.string(),
  leaks: z.object({ a: comparedLeak, b: comparedLeak }).optional(),
  sizeA: count,
  sizeB: count,
  intersection: count,
  union: count,
  aMinusB: count,
  bMinusA: count,
  containment: z.object({ aInB: z.number(), bInA: z.number() }),
  jaccard: z.number(),
  verdict: z.enum(['recompilation', 'superset', 'overlapping', 'independent', 'identical']),
  evidence: z.string(),
  countries: z.array(
    z.object({
      region: z.string(),
      name: z.string(),
      a: count,
      b: count,
      intersection: count,
      ratio: z.number().nullable(),
      agreeingFigures: z.number(),
    }),
  ),
  lineTypes: z
    .array(z.object({ type: z.string(), a: count, b: count, intersection: count }))
    .optional(),
  countVectors: z.object({
    l1: count,
    l1Share: z.number(),
    agreeTo: z.object({ 1: count, 2: count, 3: count }),
    countriesInBoth: count,
    verdict: z.enum(['count-profile-match', 'count-profile-partial', 'count-profile-mismatch']),
  }),
});

const span = z.object({ start: z.number(), end: z.number() });
const phoneIndicator = z.object({
  text: z.string(),
  span,
  e164: z.string(),
  region: z.string().nullable(),
  type: z.string().nullable(),
  valid: z.boolean(),
});
const indicators = z.object({
  urls: z.array(
    z.object({
      text: z.string(),
      span,
      url: z.string(),
      hasScheme: z.boolean(),
      host: z.string(),
      hostUnicode: z.string(),
      registeredDomain: z.string().nullable(),
      publicSuffix: z.string().nullable(),
      subdomain: z.string(),
      path: z.string(),
      isIp: z.boolean(),
      isShortener: z.boolean(),
      isPunycode: z.boolean(),
      mixedScript: z.boolean(),
      officialBrand: z.string().nullable(),
      imitates: z
        .object({
          brand: z.string(),
          how: z.enum(['lookalike', 'brand-in-subdomain', 'brand-in-domain', 'brand-in-path']),
          official: z.string(),
        })
        .nullable(),
      moveToChat: z.enum(['whatsapp', 'telegram']).nullable(),
    }),
  ),
  phones: z.array(phoneIndicator),
  emails: z.array(z.object({ text: z.string(), span, domain: z.string(), freeMail: z.boolean() })),
  requests: z.array(z.object({ kind: z.string(), span })),
});
const reason = z.object({
  code: z.string(),
  text: z.string(),
  span: span.optional(),
  field: z.enum(['text', 'sender', 'from', 'transcript', 'receivedAt']).optional(),
  weight: z.number(),
});
const verdict = z.enum(['scam', 'suspicious', 'ok']);

export const messageAnalysisSchema = z.object({
  verdict,
  score: z.number(),
  category: z.string(),
  language: z.string().nullable(),
  reasons: z.array(reason),
  advice: z.array(z.string()),
  indicators,
});

export const callAnalysisSchema = z.object({
  verdict,
  score: z.number(),
  category: z.string(),
  reasons: z.array(reason),
  advice: z.array(z.string()),
  caller: phoneIndicator.nullable(),
  indicators,
});

/** Messages per POST /v1/messages/analyse-batch. */
export const MAX_BATCH = 100;
/**
 * Body limit of one message or call: a text of MAX_TEXT (10,000) characters in any script, even
 * with every character JSON-escaped (6 bytes), fits. The app's own 4 KiB is for the private check.
 */
export const MESSAGE_BODY_LIMIT = 64 * 1024;
/** Body limit of the batch route: 100 messages of a few hundred characters, with room. */
export const BATCH_BODY_LIMIT = 256 * 1024;

// Request shapes as documented: the routes parse bodies with the messages module's own zod
// schemas (messageInputSchema, callInputSchema) so that every refusal is INVALID_MESSAGE.
const messageInputDoc = z.object({
  text: z.string().describe('The message text (never logged)'),
  sender: z.string().max(200).optional().describe('Phone number or alphanumeric sender ID'),
  receivedAt: z.string().optional().describe('ISO 8601 date or date-time'),
  recipientRegion: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .optional()
    .describe('ISO 3166-1 alpha-2 region of the recipient'),
});
const callInputDoc = z.object({
  from: z.string().min(1).max(100).describe('The calling number as displayed'),
  to: z.string().max(100).optional(),
  transcript: z.string().optional().describe('What the caller said (never logged)'),
  at: z.string().optional().describe('ISO 8601 date or date-time'),
  recipientRegion: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .optional(),
});
const batchInputDoc = z.object({ messages: z.array(messageInputDoc).min(1).max(MAX_BATCH) });
export const batchResultSchema = z.object({
  results: z.array(z.union([messageAnalysisSchema, z.object({ error: errorBodySchema })])),
});

const leakParams = {
  type: 'object',
  properties: { id: { type: 'string', description: 'The leak name (its id)' } },
  required: ['id'],
};
const compareQuery = {
  type: 'object',
  properties: {
    a: { type: 'string', description: 'Leak A' },
    b: { type: 'string', description: 'Leak B' },
    byType: { type: 'boolean', description: 'Also compare by line type (slower)' },
  },
  required: ['a', 'b'],
};
const html = { type: 'string', description: 'A self-contained HTML page (no script)' };
const errors4 = { '4xx': errorBody, '5xx': errorBody };

/** Every error code a route may answer with, for the docs page and OpenAPI (x-error-codes). */
export const ROUTE_ERRORS: Readonly<Record<string, readonly string[]>> = {
  'GET /v1/health': ['PRIVATE_INDEX_UNAVAILABLE', 'INTERNAL'],
  'GET /v1/leaks': ['INTERNAL'],
  'POST /v1/private/check': [
    'PRIVATE_REQUEST_INVALID',
    'PAYLOAD_TOO_LARGE',
    'RATE_LIMITED',
    'PRIVATE_INDEX_UNAVAILABLE',
    'INTERNAL',
  ],
  'GET /v1/leaks/:id': ['LEAK_NOT_FOUND', 'INTERNAL'],
  'GET /v1/leaks/:id/report': ['LEAK_NOT_FOUND', 'INTERNAL'],
  'GET /v1/leaks/:id/report.html': ['LEAK_NOT_FOUND', 'INTERNAL'],
  'GET /v1/compare': ['USAGE', 'LEAK_NOT_FOUND', 'INTERNAL'],
  'GET /v1/compare.html': ['USAGE', 'LEAK_NOT_FOUND', 'INTERNAL'],
  'POST /v1/messages/analyse': ['INVALID_MESSAGE', 'PAYLOAD_TOO_LARGE', 'INTERNAL'],
  'POST /v1/messages/analyse-batch': ['INVALID_MESSAGE', 'PAYLOAD_TOO_LARGE', 'INTERNAL'],
  'POST /v1/calls/analyse': ['INVALID_MESSAGE', 'PAYLOAD_TOO_LARGE', 'INTERNAL'],
  'GET /v1/openapi.json': ['INTERNAL'],
  'GET /docs': ['INTERNAL'],
};

export const API_SCHEMAS = {
  leak: {
    summary: 'One leak of the catalogue',
    params: leakParams,
    response: { 200: jsonSchema(leakSchema), ...errors4 },
  },
  report: {
    summary: "A leak's report: counts, countries, line types, data classes, rejects, novelty",
    params: leakParams,
    response: { 200: jsonSchema(reportSchema), ...errors4 },
  },
  reportHtml: {
    summary: "A leak's report as a self-contained HTML page with a world map",
    params: leakParams,
    produces: ['text/html'],
    response: { 200: html, ...errors4 },
  },
  compare: {
    summary: 'Exact compare of two leaks: overlap, containment, per-country counts, verdict',
    querystring: compareQuery,
    response: { 200: jsonSchema(comparisonSchema), ...errors4 },
  },
  compareHtml: {
    summary: 'The compare of two leaks as a self-contained HTML page',
    querystring: compareQuery,
    produces: ['text/html'],
    response: { 200: html, ...errors4 },
  },
  analyseMessage: {
    summary: 'Is this message a scam: verdict, score, reasons with evidence, advice',
    body: jsonSchema(messageInputDoc),
    response: { 200: jsonSchema(messageAnalysisSchema), ...errors4 },
  },
  analyseBatch: {
    summary: `Analyse up to ${MAX_BATCH} messages; a bad item is answered in place with its error`,
    body: jsonSchema(batchInputDoc),
    response: { 200: jsonSchema(batchResultSchema), ...errors4 },
  },
  analyseCall: {
    summary: 'Is this call a scam: from the calling number and, when there is one, a transcript',
    body: jsonSchema(callInputDoc),
    response: { 200: jsonSchema(callAnalysisSchema), ...errors4 },
  },
  openapi: {
    summary: 'This API as an OpenAPI 3.1 document',
    response: { 200: { type: 'object', additionalProperties: true }, ...errors4 },
  },
  docs: {
    summary: 'This API as a page: every operation, its parameters, shapes and error codes',
    produces: ['text/html'],
    response: { 200: html, ...errors4 },
  },
} as const;
