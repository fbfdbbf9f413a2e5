/**
 * What each route takes and returns. The private-check messages are the protocol's own zod
 * schemas (../privacy/protocol.ts), turned into the JSON Schema that fastify serialises
 * responses with, so that the wire format has one definition. Response serialisation also drops
 * any field a schema does not name: nothing leaves by accident.
 */
import { z } from 'zod';
import { errorBodySchema, checkRequestSchema, checkResponseSchema } from '../privacy/index.js';
import { manifestSchema } from '../store/index.js';

/** One leak of GET /v1/leaks: catalogue facts, nothing about any number. */
export const catalogueLeakSchema = z.object({
  id: z.string(),
  title: z.string(),
  breachDate: z.string().nullable(),
  addedDate: z.string(),
  counts: manifestSchema.shape.counts,
  dataClasses: z.array(z.string()),
  flags: manifestSchema.shape.flags,
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
