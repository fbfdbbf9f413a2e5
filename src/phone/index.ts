/**
 * The phone engine: what is this string as a phone number? Exact against libphonenumber's
 * metadata, without running its regular expressions per number (see ./metadata-format.ts).
 */
import { PhoneEngine, type PhoneBatch } from './engine.js';
import { loadDefaultMetadata } from './metadata.js';
import type { ParseOptions, PhoneParseResult } from './types.js';

export {
  PhoneEngine,
  batchE164,
  BATCH_EXTENSION,
  BATCH_GUESSED,
  BATCH_POSSIBLE,
  BATCH_READING_SHIFT,
  BATCH_VALID,
  NO_REGION_INDEX,
  writeNationalDigits,
  type PhoneBatch,
} from './engine.js';
export { decodeMetadata, loadDefaultMetadata, type PhoneMetadata } from './metadata.js';
export * from './types.js';

let engine: PhoneEngine | undefined;

/** The engine over the metadata shipped with ringfence, created on first use. */
export function defaultPhoneEngine(): PhoneEngine {
  engine ??= new PhoneEngine(loadDefaultMetadata());
  return engine;
}

/**
 * Parses one phone number. Never throws for bad input: what cannot be read comes back as
 * `{ ok: false, error: { code } }`. Throws RingfenceError INVALID_REGION for an unknown
 * `defaultRegion`.
 */
export function parsePhone(input: string, options?: ParseOptions): PhoneParseResult {
  return defaultPhoneEngine().parse(input, options);
}

/** Parses every line of a UTF-8 buffer into typed arrays (see PhoneBatch). */
export function parsePhoneBatch(lines: Uint8Array, options?: ParseOptions): PhoneBatch {
  return defaultPhoneEngine().parseBatch(lines, options);
}

/** Version of the libphonenumber metadata the engine was compiled from. */
export function metadataVersion(): string {
  return loadDefaultMetadata().version;
}
