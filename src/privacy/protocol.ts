/**
 * The private check's wire protocol, version 1 (docs/PROTOCOL.md is the reference for other
 * implementations; this file and that document change together).
 *
 *   client                                            server
 *   e164 = normalised number ("+447400123456")
 *   bucket = first 20 bits of SHA-256(BUCKET_TAG || e164)
 *   (blind, B) = Blind(e164)                  ---->   {version, bucket, blindedElement: B}
 *                                             <----   {version, keyId, bucket,
 *                                                      evaluatedElement: k*B,
 *                                                      entries: n x 12 bytes, leakSets, leaks}
 *   y = Finalize(e164, blind, k*B)
 *   d = SHA-512(ENTRY_TAG || y); tag = d[0..8), pad = d[8..12)
 *   found when an entry starts with tag; its leak set is u32be(entry[8..12) XOR pad)
 *
 * The OPRF is RFC 9497 mode 0 over ristretto255-SHA512 with the E.164 text (ASCII) as input.
 * Each bucket holds one entry per number of the store that falls in it, padded with dummy
 * entries to the same size for every bucket, sorted by bytes so that order says nothing. The
 * server learns the bucket (20 bits of a hash) and a uniformly random group element; the client
 * learns the OPRF output of one number per query, so it can recognise its own entry and
 * nothing else. Pure functions over bytes, with no Node-only import: the browser bundles them.
 */
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import { RingfenceError } from '../errors.js';

export const PROTOCOL_VERSION = 1;
export const BUCKET_BITS = 20;
export const BUCKET_COUNT = 2 ** BUCKET_BITS;
export const TAG_BYTES = 8;
export const PAYLOAD_BYTES = 4;
export const ENTRY_BYTES = TAG_BYTES + PAYLOAD_BYTES;
export const BUCKET_TAG = 'ringfence-private-bucket-v1';
export const ENTRY_TAG = 'ringfence-private-entry-v1';

const ascii = new TextEncoder();

/** The OPRF input of a number: its E.164 text as bytes. */
export function oprfInput(e164: string): Uint8Array {
  if (!/^\+[1-9][0-9]{1,16}$/.test(e164))
    throw new RingfenceError('PRIVATE_REQUEST_INVALID', { reason: 'not an E.164 number' });
  return ascii.encode(e164);
}

/** The bucket of a number: the first BUCKET_BITS bits of SHA-256(BUCKET_TAG || e164). */
export function bucketOf(e164: string): number {
  const h = sha256(concat(ascii.encode(BUCKET_TAG), oprfInput(e164)));
  return ((h[0]! << 12) | (h[1]! << 4) | (h[2]! >>> 4)) >>> 0;
}

/** The tag and the payload pad of a number's entry, from its OPRF output. */
export function entryKey(output: Uint8Array): { tag: Uint8Array; pad: Uint8Array } {
  const d = sha512(concat(ascii.encode(ENTRY_TAG), output));
  return { tag: d.slice(0, TAG_BYTES), pad: d.slice(TAG_BYTES, ENTRY_BYTES) };
}

/** A number's entry: its tag, then its leak-set index (u32, big-endian) XOR its pad. */
export function encodeEntry(output: Uint8Array, leakSet: number, into: Uint8Array, at = 0): void {
  const { tag, pad } = entryKey(output);
  into.set(tag, at);
  into[at + 8] = ((leakSet >>> 24) & 0xff) ^ pad[0]!;
  into[at + 9] = ((leakSet >>> 16) & 0xff) ^ pad[1]!;
  into[at + 10] = ((leakSet >>> 8) & 0xff) ^ pad[2]!;
  into[at + 11] = (leakSet & 0xff) ^ pad[3]!;
}

/** The leak-set index of the entry whose tag is this output's, or null when none is. */
export function findEntry(output: Uint8Array, entries: Uint8Array): number | null {
  const { tag, pad } = entryKey(output);
  for (let at = 0; at + ENTRY_BYTES <= entries.length; at += ENTRY_BYTES) {
    let same = true;
    for (let i = 0; i < TAG_BYTES && same; i++) same = entries[at + i] === tag[i];
    if (!same) continue;
    return (
      (((entries[at + 8]! ^ pad[0]!) << 24) |
        ((entries[at + 9]! ^ pad[1]!) << 16) |
        ((entries[at + 10]! ^ pad[2]!) << 8) |
        (entries[at + 11]! ^ pad[3]!)) >>>
      0
    );
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Messages (JSON; binary fields as unpadded base64url)

const base64url = z.string().regex(/^[A-Za-z0-9_-]*$/, { error: 'base64url without padding' });

export const checkRequestSchema = z.strictObject({
  version: z.literal(PROTOCOL_VERSION),
  bucket: z
    .number()
    .int()
    .min(0)
    .max(BUCKET_COUNT - 1),
  blindedElement: base64url.length(43),
});
export type CheckRequest = z.infer<typeof checkRequestSchema>;

export const leakInfoSchema = z.object({
  title: z.string(),
  breachDate: z.string().nullable(),
  dataClasses: z.array(z.string()),
});
export type LeakInfo = z.infer<typeof leakInfoSchema>;

export const checkResponseSchema = z.object({
  version: z.literal(PROTOCOL_VERSION),
  keyId: z.string(),
  bucket: z.number().int(),
  evaluatedElement: base64url.length(43),
  entrySize: z.literal(ENTRY_BYTES),
  entries: base64url,
  /** Leak-set index -> the ids of the leaks in that set. */
  leakSets: z.array(z.array(z.string())),
  /** Catalogue facts of every leak named in leakSets. */
  leaks: z.record(z.string(), leakInfoSchema),
});
export type CheckResponse = z.infer<typeof checkResponseSchema>;

/** A request body as the server receives it: PRIVATE_REQUEST_INVALID names what is wrong. */
export function parseCheckRequest(body: unknown): CheckRequest {
  const parsed = checkRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RingfenceError('PRIVATE_REQUEST_INVALID', {
      reason: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`,
    });
  }
  return parsed.data;
}

export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
