/**
 * The phone engine over one metadata: the object API (`parse`) and the batch API over bytes
 * (`parseBatch`), both running the same two stages (tokenize, resolve) on reused buffers.
 */
import { RingfenceError } from '../errors.js';
import type { PhoneMetadata } from './metadata.js';
import { NO_REGION, TYPE_CODES } from './metadata-format.js';
import { Resolver, createResolution, type Resolution } from './resolve.js';
import { findInText, type FindOptions, type FoundPhone } from './find.js';
import {
  MAX_INPUT_LENGTH,
  createTokens,
  isNanpWriting,
  textPath,
  tokenize,
  tokenizePlainBytes,
  tokenizePlainString,
  tokenizeVanity,
  type Tokens,
} from './tokenize.js';
import {
  PHONE_ERROR_CODES,
  type ParseOptions,
  type PhoneParseResult,
  type PhoneReading,
  type PhoneType,
} from './types.js';

/** Fewest fields worth a FieldReader's call (it copies them into WebAssembly memory). */
const FAST_FIELDS = 64;

/** A FieldReader's status for a field it leaves to the engine. */
export const FIELD_ENGINE = 255;

/**
 * Reads the fields of parseRanges() that it can into `batch`, exactly as the engine would, and
 * gives every other entry status FIELD_ENGINE (see FastE164 in ./fast-e164.ts).
 */
export interface FieldReader {
  readFields(
    bytes: Uint8Array,
    starts: Uint32Array,
    ends: Uint32Array,
    count: number,
    regions: Int32Array | null,
    defaultRegion: number,
    batch: PhoneBatch,
  ): void;
}

const READINGS: readonly PhoneReading[] = ['plus', 'idd', 'national', 'no-plus'];

/** Flag bits of PhoneBatch.flags. */
export const BATCH_VALID = 1;
export const BATCH_POSSIBLE = 2;
export const BATCH_GUESSED = 4;
export const BATCH_EXTENSION = 8;
/** Bits 4-5: the reading (0 plus, 1 idd, 2 national, 3 no-plus). */
export const BATCH_READING_SHIFT = 4;

export const NO_REGION_INDEX = 0xffff;

/**
 * Results of parsing the lines of a byte buffer, one entry per line, in typed arrays. `status`
 * is 0 for a parsed number, else 1 + the index of its error code in PHONE_ERROR_CODES. The
 * national number is `nsnHigh * 1e9 + nsnLow` with `nsnLength` digits (leading zeros count).
 */
export interface PhoneBatch {
  readonly count: number;
  readonly lineStart: Uint32Array;
  readonly lineEnd: Uint32Array;
  readonly status: Uint8Array;
  readonly flags: Uint8Array;
  readonly callingCode: Uint16Array;
  /** Index into `regionIds`, NO_REGION_INDEX when no region fits. */
  readonly region: Uint16Array;
  /** 0 for none, else 1 + index in PHONE_TYPES. */
  readonly type: Uint8Array;
  readonly nsnLength: Uint8Array;
  readonly nsnHigh: Uint32Array;
  readonly nsnLow: Uint32Array;
  /** Extension digits by line, for the few lines that have one. */
  readonly extensions: Map<number, string>;
  readonly regionIds: readonly string[];
}

export class PhoneEngine {
  private readonly cps = new Uint32Array(MAX_INPUT_LENGTH + 1);
  private readonly tokens: Tokens = createTokens();
  private readonly resolution: Resolution = createResolution();
  private readonly vanityTokens: Tokens = createTokens();
  private readonly vanityResolution: Resolution = createResolution();
  private readonly resolver: Resolver;
  readonly regionIds: readonly string[];
  /** "+44" by calling code, so that building an E.164 string is one concatenation. */
  private readonly plusCallingCode: string[] = [];
  private newlines = new Uint32Array(4096);
  private readonly nsnDigits = new Uint8Array(32);

  constructor(readonly metadata: PhoneMetadata) {
    this.resolver = new Resolver(metadata);
    this.regionIds = metadata.regions.map((r) => r.id);
    for (const cc of metadata.callingCodes)
      this.plusCallingCode[cc.callingCode] = `+${cc.callingCode}`;
  }

  /** Index of an ISO region for `defaultRegion`, -1 for none; throws INVALID_REGION. */
  regionIndex(region: string | undefined): number {
    if (region === undefined || region === '') return -1;
    const index = this.metadata.regionIndex.get(region.toUpperCase());
    if (index === undefined)
      throw new RingfenceError('INVALID_REGION', { region: region.slice(0, 8) });
    return index;
  }

  parse(input: string, options?: ParseOptions): PhoneParseResult {
    return this.parseWithRegion(input, this.regionIndex(options?.defaultRegion));
  }

  /**
   * Region index of a national significant number already resolved (as a number set stores
   * it: calling code, value, length), or NO_REGION_INDEX. One walk of the automaton, no text:
   * the region ingest found for the number, at a fraction of the cost of parsing it again.
   */
  regionOfNational(callingCode: number, nsn: number, nsnLength: number): number {
    const md = this.metadata;
    const plan = md.callingCodes[md.callingCodeIndex[callingCode] ?? -1];
    if (plan === undefined) return NO_REGION_INDEX;
    if (plan.regionCount === 1) return plan.firstRegion;
    if (nsnLength > md.maxNsnLength) return NO_REGION_INDEX;
    const digits = this.nsnDigits;
    writeNationalDigits(digits, 0, nsn, nsnLength, 0);
    const transitions = md.transitions;
    let state = plan.root;
    for (let k = 0; k < nsnLength; k++) state = transitions[state * 10 + digits[k]!]!;
    const found = md.outputFound[md.stateOutput[state]!]!;
    return found === NO_REGION ? NO_REGION_INDEX : plan.firstRegion + found;
  }

  parseWithRegion(input: string, defaultRegion: number): PhoneParseResult {
    const r = tokenizePlainString(input, this.tokens)
      ? this.resolveTokens(defaultRegion)
      : this.run(this.codePoints(input), defaultRegion);
    return this.result(r);
  }

  /**
   * Phone numbers in running text, as libphonenumber's PhoneNumberMatcher finds them (see
   * ./find.ts): each with its span in `text` (UTF-16 offsets, end exclusive).
   */
  findNumbers(text: string, options?: FindOptions): FoundPhone[] {
    return findInText(this, text, this.regionIndex(options?.defaultRegion), options);
  }

  /**
   * One number cut out of text, read strictly as libphonenumber reads it: no calling code is
   * guessed (digits without `+` need a default region) and a national reading stays national.
   * The matcher's parse.
   */
  parseStrict(input: string, defaultRegion: number): PhoneParseResult {
    const length = this.codePoints(input);
    const t = this.tokens;
    if (length > MAX_INPUT_LENGTH) return { ok: false, error: { code: 'INPUT_TOO_LONG' } };
    textPath(this.cps, 0, length, t);
    const r = this.resolution;
    if (t.error !== null) r.error = t.error;
    else this.resolver.resolve(t, defaultRegion, r, true);
    return this.result(r);
  }

  /** Main region index of a calling code, -1 for none. */
  mainRegionOf(callingCode: number): number {
    const md = this.metadata;
    const plan = md.callingCodes[md.callingCodeIndex[callingCode] ?? -1];
    return plan === undefined ? -1 : plan.firstRegion;
  }

  private codePoints(input: string): number {
    const cps = this.cps;
    let n = 0;
    const limit = MAX_INPUT_LENGTH + 1;
    for (let i = 0; i < input.length && n < limit; i++) {
      let c = input.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < input.length) {
        c = input.codePointAt(i)!;
        i++;
      }
      cps[n++] = c;
    }
    return n;
  }

  private result(r: Resolution): PhoneParseResult {
    if (r.error !== null) return { ok: false, error: { code: r.error } };
    const t = this.tokens;
    const nsn = digitsToString(r.nsn, r.nsnLength);
    const extension = t.extensionLength > 0 ? digitsToString(t.extension, t.extensionLength) : null;
    const md = this.metadata;
    return {
      ok: true,
      e164: this.plusCallingCode[r.callingCode]! + nsn,
      callingCode: r.callingCode,
      nationalNumber: nsn,
      region: r.region >= 0 ? md.regions[r.region]!.id : null,
      type: r.type === 0 ? null : (TYPE_CODES[r.type - 1] as PhoneType),
      valid: r.valid,
      possible: r.possible,
      reading: READINGS[r.reading]!,
      guessed: r.guessed,
      extension,
    };
  }

  /**
   * Parses every line of `bytes` (UTF-8, `\n` or `\r\n` separated; a last line without a newline
   * counts). Allocates the result arrays once per call.
   */
  parseBatch(bytes: Uint8Array, options?: ParseOptions): PhoneBatch {
    return this.parseBatchWithRegion(bytes, this.regionIndex(options?.defaultRegion));
  }

  /** parseBatch with the default region as an index from regionIndex() (-1 for none). */
  parseBatchWithRegion(bytes: Uint8Array, defaultRegion: number): PhoneBatch {
    // One pass finds the line ends; a JS loop beats a native indexOf call per short line.
    let newlines = this.newlines;
    let lines = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] !== 10) continue;
      if (lines === newlines.length) {
        const grown = new Uint32Array(newlines.length * 2);
        grown.set(newlines);
        newlines = this.newlines = grown;
      }
      newlines[lines++] = i;
    }
    const last = bytes.length > 0 && bytes[bytes.length - 1] !== 10;
    const count = last ? lines + 1 : lines;
    const batch = this.allocateBatch(count);
    let start = 0;
    for (let line = 0; line < count; line++) {
      let end = line < lines ? newlines[line]! : bytes.length;
      const next = end + 1;
      if (end > start && bytes[end - 1] === 13) end--;
      batch.lineStart[line] = start;
      batch.lineEnd[line] = end;
      this.parseLine(bytes, start, end, defaultRegion, batch, line);
      start = next;
    }
    return batch;
  }

  /**
   * Parses the byte ranges `[starts[i], ends[i])` of `bytes` (fields cut out of CSV or JSON rows),
   * each with its own default region when `regions` is given (-1 for none), else `defaultRegion`.
   * A `reader` reads the fields it can first (the WebAssembly reading of E.164 fields,
   * src/phone/fast-e164.ts, with the same results); the engine reads the rest.
   */
  parseRanges(
    bytes: Uint8Array,
    starts: Uint32Array,
    ends: Uint32Array,
    count: number,
    regions: Int32Array | null,
    defaultRegion = -1,
    reader: FieldReader | null = null,
  ): PhoneBatch {
    const batch = this.allocateBatch(count);
    batch.lineStart.set(starts.subarray(0, count));
    batch.lineEnd.set(ends.subarray(0, count));
    const fast = reader !== null && count >= FAST_FIELDS;
    if (fast) reader.readFields(bytes, starts, ends, count, regions, defaultRegion, batch);
    for (let i = 0; i < count; i++) {
      if (fast) {
        if (batch.status[i] !== FIELD_ENGINE) continue;
        batch.status[i] = 0;
      }
      const region = regions === null ? defaultRegion : regions[i]!;
      this.parseLine(bytes, starts[i]!, ends[i]!, region, batch, i);
    }
    return batch;
  }

  private allocateBatch(count: number): PhoneBatch {
    return {
      count,
      lineStart: new Uint32Array(count),
      lineEnd: new Uint32Array(count),
      status: new Uint8Array(count),
      flags: new Uint8Array(count),
      callingCode: new Uint16Array(count),
      region: new Uint16Array(count),
      type: new Uint8Array(count),
      nsnLength: new Uint8Array(count),
      nsnHigh: new Uint32Array(count),
      nsnLow: new Uint32Array(count),
      extensions: new Map(),
      regionIds: this.regionIds,
    };
  }

  private parseLine(
    bytes: Uint8Array,
    start: number,
    end: number,
    defaultRegion: number,
    batch: PhoneBatch,
    line: number,
  ): void {
    const r = tokenizePlainBytes(bytes, start, end, this.tokens)
      ? this.resolveTokens(defaultRegion)
      : this.decodeAndRun(bytes, start, end, defaultRegion);
    this.store(r, batch, line);
  }

  private decodeAndRun(
    bytes: Uint8Array,
    start: number,
    end: number,
    defaultRegion: number,
  ): Resolution {
    const cps = this.cps;
    const limit = MAX_INPUT_LENGTH + 1;
    let n = 0;
    // UTF-8 decode into code points; a malformed sequence (a stray continuation byte, a lead
    // byte without its continuations, an overlong form, a surrogate, past U+10FFFF) becomes
    // U+FFFD (not a digit) and the decoding goes on at its next byte.
    for (let i = start; i < end && n < limit;) {
      const b = bytes[i]!;
      if (b < 0x80) {
        cps[n++] = b;
        i++;
        continue;
      }
      let cp = 0xfffd;
      let size = 1;
      const b1 = i + 1 < end ? bytes[i + 1]! : 0;
      const b2 = i + 2 < end ? bytes[i + 2]! : 0;
      const b3 = i + 3 < end ? bytes[i + 3]! : 0;
      if (b >= 0xc2 && b < 0xe0) {
        if (continuation(b1)) {
          cp = ((b & 0x1f) << 6) | (b1 & 0x3f);
          size = 2;
        }
      } else if (b >= 0xe0 && b < 0xf0) {
        const low = b === 0xe0 ? 0xa0 : 0x80;
        const high = b === 0xed ? 0x9f : 0xbf;
        if (b1 >= low && b1 <= high && continuation(b2)) {
          cp = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
          size = 3;
        }
      } else if (b >= 0xf0 && b < 0xf5) {
        const low = b === 0xf0 ? 0x90 : 0x80;
        const high = b === 0xf4 ? 0x8f : 0xbf;
        if (b1 >= low && b1 <= high && continuation(b2) && continuation(b3)) {
          cp = ((b & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
          size = 4;
        }
      }
      cps[n++] = cp;
      i += size;
    }
    return this.run(n, defaultRegion);
  }

  private store(r: Resolution, batch: PhoneBatch, line: number): void {
    let flags = 0;
    if (r.error !== null) {
      batch.status[line] = 1 + PHONE_ERROR_CODES.indexOf(r.error);
      batch.flags[line] = flags;
      batch.region[line] = NO_REGION_INDEX;
      return;
    }
    if (r.valid) flags |= BATCH_VALID;
    if (r.possible) flags |= BATCH_POSSIBLE;
    if (r.guessed) flags |= BATCH_GUESSED;
    const t = this.tokens;
    if (t.extensionLength > 0) {
      flags |= BATCH_EXTENSION;
      batch.extensions.set(line, digitsToString(t.extension, t.extensionLength));
    }
    flags |= r.reading << BATCH_READING_SHIFT;
    batch.flags[line] = flags;
    batch.callingCode[line] = r.callingCode;
    batch.region[line] = r.region >= 0 ? r.region : NO_REGION_INDEX;
    batch.type[line] = r.type;
    const length = r.nsnLength;
    batch.nsnLength[line] = length;
    let high = 0;
    let low = 0;
    const split = length - 9;
    for (let k = 0; k < length; k++) {
      if (k < split) high = high * 10 + r.nsn[k]!;
      else low = low * 10 + r.nsn[k]!;
    }
    batch.nsnHigh[line] = high;
    batch.nsnLow[line] = low;
  }

  private run(length: number, defaultRegion: number): Resolution {
    const t = this.tokens;
    tokenize(this.cps, length, t);
    const r = this.resolveTokens(defaultRegion);
    // Ten digits without `+` or region, written the North American way: +1 when that is valid.
    if (
      defaultRegion < 0 &&
      t.error === null &&
      t.digitCount === 10 &&
      !t.hasPlus &&
      t.contextLength === 0 &&
      isNanpWriting(this.cps, length, t)
    )
      this.resolver.guessNanp(t, r);
    // Letters in the number: libphonenumber-js drops them, libphonenumber reads them as keypad
    // digits. The keypad reading wins when it gives a valid number (docs/phone-conformance.md).
    // Letters always take the text path, which leaves t.text or an error behind.
    if ((t.text !== null || t.error !== null) && hasCapitals(this.cps, length)) {
      const v = this.vanityTokens;
      let text = '';
      for (let k = 0; k < length; k++) text += String.fromCodePoint(this.cps[k]!);
      if (tokenizeVanity(text, v)) {
        const alt = this.vanityResolution;
        this.resolver.resolve(v, defaultRegion, alt);
        if (alt.error === null && alt.valid) {
          t.extensionLength = 0;
          return alt;
        }
      }
    }
    return r;
  }

  private resolveTokens(defaultRegion: number): Resolution {
    const t = this.tokens;
    const r = this.resolution;
    if (t.error !== null) {
      r.error = t.error;
      return r;
    }
    this.resolver.resolve(t, defaultRegion, r);
    return r;
  }
}

function continuation(byte: number): boolean {
  return (byte & 0xc0) === 0x80;
}

/** Whether the input holds three capital letters (the cheap test before a vanity reading). */
function hasCapitals(cps: Uint32Array, length: number): boolean {
  let capitals = 0;
  for (let k = 0; k < length; k++) {
    const c = cps[k]!;
    if (c >= 65 && c <= 90 && ++capitals >= 3) return true;
  }
  return false;
}

/**
 * Digits to a string. Up to 15 digits fit a double exactly, and Number#toString is several
 * times faster than concatenating characters.
 */
function digitsToString(d: Uint8Array, length: number): string {
  if (length <= 15) {
    let v = 0;
    for (let k = 0; k < length; k++) v = v * 10 + d[k]!;
    const s = v.toString();
    return s.length < length ? '0'.repeat(length - s.length) + s : s;
  }
  let s = '';
  for (let k = 0; k < length; k++) s += String.fromCharCode(48 + d[k]!);
  return s;
}

/** The E.164 string of entry `i` of a batch (for output; the hot path keeps the numbers). */
/**
 * Writes the `length` digits of a national number, leading zeros kept, into `out` from `at`,
 * each plus `base` (0x30 for ASCII text, 0 for digit values). Exact below 2^53: the value is
 * cut in two halves of at most 8 digits.
 */
export function writeNationalDigits(
  out: Uint8Array,
  at: number,
  value: number,
  length: number,
  base: number,
): void {
  let high = Math.floor(value / 1e8);
  let low = value - high * 1e8;
  for (let k = at + length - 1, written = 0; k >= at; k--, written++) {
    if (written < 8) {
      out[k] = base + (low % 10);
      low = Math.floor(low / 10);
    } else {
      out[k] = base + (high % 10);
      high = Math.floor(high / 10);
    }
  }
}

export function batchE164(batch: PhoneBatch, i: number): string {
  const length = batch.nsnLength[i]!;
  const low = batch.nsnLow[i]!;
  const lowDigits = Math.min(length, 9);
  let nsn = low.toString().padStart(lowDigits, '0');
  if (length > 9) nsn = batch.nsnHigh[i]!.toString().padStart(length - 9, '0') + nsn;
  return `+${batch.callingCode[i]}${nsn}`;
}
