/**
 * The phone engine: what is this string as a phone number? Exact against libphonenumber's
 * metadata, without running its regular expressions per number (see ./metadata-format.ts).
 */
import { PhoneEngine, type PhoneBatch } from './engine.js';
import { loadDefaultMetadata } from './metadata.js';
import type { FindOptions, FoundPhone } from './find.js';
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
  type FieldReader,
  type PhoneBatch,
} from './engine.js';
export { decodeMetadata, loadDefaultMetadata, type PhoneMetadata } from './metadata.js';
export { LENIENCIES, type FindOptions, type FoundPhone, type Leniency } from './find.js';
export * from './types.js';

let engine: PhoneEngine | undefined;

/** The engine over the metadata shipped with ringfence, created on first use. */
export function defaultPhoneEngine(): PhoneEngine {
  engine ??= new PhoneEngine(loadDefaultMetadata());
  return engine;
}

/**
 * Parses one phone number, in any format, read out of the text around it (`Phone: +7 (800)
 * 555-35-35.`) with its extension apart, as libphonenumber does. Never throws for bad input: what
 * cannot be read comes back as `{ ok: false, error: { code } }`. Throws RingfenceError
 * INVALID_REGION for an unknown `defaultRegion`. For several numbers in a text, or numbers in
 * running text, use findPhoneNumbers.
 */
export function parsePhone(input: string, options?: ParseOptions): PhoneParseResult {
  return defaultPhoneEngine().parse(input, options);
}

/**
 * Phone numbers in running text (a message, a note, a cell holding several numbers), found as
 * libphonenumber's matcher finds them, each with its span `{ start, end }` in `text`. Without
 * `defaultRegion` only numbers written with `+` are found. Throws RingfenceError INVALID_REGION
 * for an unknown region.
 */
export function findPhoneNumbers(text: string, options?: FindOptions): FoundPhone[] {
  return defaultPhoneEngine().findNumbers(text, options);
}

/** Parses every line of a UTF-8 buffer into typed arrays (see PhoneBatch). */
export function parsePhoneBatch(lines: Uint8Array, options?: ParseOptions): PhoneBatch {
  return defaultPhoneEngine().parseBatch(lines, options);
}

/** Version of the libphonenumber metadata the engine was compiled from. */
export function metadataVersion(): string {
  return loadDefaultMetadata().version;
}
