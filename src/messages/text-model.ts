/**
 * The text model: logistic regression over hashed character n-grams and word uni- and bigrams,
 * trained at build time by scripts/train-message-model.ts and shipped as data/message-model.bin.
 * Character n-grams keep it usable beyond English and robust to the spellings of SMS ("ur",
 * "fr33", "wіn" with a Cyrillic і); digits are folded to 0 so that it learns the shape of a
 * short code or an amount, not a particular one.
 *
 * The model also knows what it was trained on: a bitset of the feature buckets seen in at least
 * two training texts, indexed by a wider hash than the weights (2^familiarityBits buckets, so
 * that chance collisions stay rare: about 9% of the bits are set for 2^20). A text's familiarity
 * is the share of its feature occurrences whose bucket is set. Text in a script or a kind of
 * message the training data lacks scores near that chance level; held-out training texts score
 * 0.7 to 1. The weight index of a feature is the low `hashBits` bits of its familiarity index,
 * so both come from one pass over the text.
 *
 * File layout (little-endian), mirrored by `encodeTextModel` and `decodeTextModel`:
 *
 *   0   magic "RFTM"
 *   4   u16 format version (2; version 1 had no familiarity section and is refused)
 *   6   u8  hash bits (dimension = 2^bits)
 *   7   u8  smallest character n-gram
 *   8   u8  largest character n-gram
 *   9   u8  word n-grams (1 = unigrams, 2 = and bigrams)
 *   10  u8  familiarity bits f (0 = no familiarity section; else hash bits <= f <= 24)
 *   11  u8  reserved (0)
 *   12  f32 weight scale (weight = int8 * scale)
 *   16  f32 bias
 *   20  u32 metadata length m
 *   24  m bytes of UTF-8 JSON: data citation, training counts, calibration, familiarity ramp
 *   24+m  2^bits int8 weights
 *   then  2^f / 8 bytes: bit i (byte i >> 3, bit i & 7) set when bucket i was seen in training
 *   end u32 CRC-32 of everything before it
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { RingfenceError } from '../errors.js';

export const TEXT_MODEL_MAGIC = 'RFTM';
export const TEXT_MODEL_VERSION = 2;
/** Widest familiarity index: a 2 MiB bitset. */
const MAX_FAMILIARITY_BITS = 24;

export interface FeatureConfig {
  readonly hashBits: number;
  readonly minN: number;
  readonly maxN: number;
  readonly wordNgrams: 1 | 2;
}

export const DEFAULT_FEATURES: FeatureConfig = { hashBits: 18, minN: 2, maxN: 5, wordNgrams: 2 };

/** Lower case, every decimal digit as 0, runs of white space as one space, padded with spaces. */
export function normaliseForModel(text: string): string {
  const lower = text.toLowerCase();
  let out = ' ';
  let space = true;
  let from = 0;
  // Copies unchanged runs with one slice; only digits and white space are rewritten.
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let replacement: string | null = null;
    if (c <= 0x20 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000)
      replacement = space ? '' : ' ';
    else if (
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x660 && c <= 0x669) ||
      (c >= 0x6f0 && c <= 0x6f9) ||
      (c >= 0x966 && c <= 0x96f) ||
      (c >= 0xff10 && c <= 0xff19)
    )
      replacement = c === 0x30 ? null : '0';
    if (replacement !== null) {
      out += lower.slice(from, i) + replacement;
      from = i + 1;
      space = replacement === ' ' || (replacement === '' && space);
    } else space = false;
  }
  out += lower.slice(from);
  return out.endsWith(' ') ? out : out + ' ';
}

const WORD_SEED = 0x9e3779b1;
const BIGRAM_SEED = 0x85ebca6b;

function finalise(h: number, mask: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h & mask;
}

function isWordChar(c: number): boolean {
  // Letters, digits and marks of any script; ASCII punctuation and spaces split words.
  if (c < 0x80)
    return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return !(c === 0xa0 || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0x60c);
}

/**
 * Writes the hashed feature indices of an already normalised text into `out` (grown when too
 * small) and returns them with their count. Each occurrence is one index: repeated n-grams
 * count more, and the model divides by the square root of the count.
 */
export function featureIndices(
  normalised: string,
  config: FeatureConfig,
  out: Int32Array = new Int32Array(1024),
): { indices: Int32Array; count: number } {
  const mask = (1 << config.hashBits) - 1;
  const len = normalised.length;
  const needed = len * (config.maxN - config.minN + 1) + len + 8;
  if (out.length < needed) out = new Int32Array(needed);
  let n = 0;
  for (let i = 0; i < len; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < config.maxN && i + k < len; k++) {
      h = Math.imul(h ^ normalised.charCodeAt(i + k), 0x01000193);
      if (k + 1 >= config.minN) out[n++] = finalise(h ^ (k + 1), mask);
    }
  }
  let previous = 0;
  let start = -1;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? normalised.charCodeAt(i) : 0x20;
    if (isWordChar(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    let h = WORD_SEED;
    for (let k = start; k < i; k++) h = Math.imul(h ^ normalised.charCodeAt(k), 0x01000193);
    out[n++] = finalise(h, mask);
    if (config.wordNgrams === 2 && previous !== 0)
      out[n++] = finalise(Math.imul(previous ^ BIGRAM_SEED, 0x01000193) ^ h, mask);
    previous = h;
    start = -1;
  }
  return { indices: out, count: n };
}

/**
 * What the model knows of its training data. `low` and `high` are quantiles of the familiarity
 * of training texts scored against the other folds (the 1st and 10th percentiles): at `low` and
 * below the model has no say, from `high` its full say, linearly in between.
 */
export interface Familiarity {
  /** Bits of the familiarity hash: the bitset has 2^bits buckets. */
  readonly bits: number;
  /** Bit i set when bucket i occurred in at least `minTexts` training texts. */
  readonly seen: Uint8Array;
  readonly minTexts: number;
  readonly low: number;
  readonly high: number;
}

export interface TextModelMeta {
  /** Citations of the training data. */
  readonly data: readonly string[];
  readonly samples: { readonly benign: number; readonly malicious: number };
  /** Absent in small injected models: they treat every text as familiar. */
  readonly familiarity?: Familiarity;
  readonly [key: string]: unknown;
}

/** The model's log-odds for a text, and the share of the text's features seen in training. */
export interface TextReading {
  readonly logit: number;
  /** 0 to 1; 1 when the model has no familiarity section or the text has no features. */
  readonly familiarity: number;
}

export class TextModel {
  private scratch: Int32Array = new Int32Array(2048);
  private readonly indexConfig: FeatureConfig;
  private readonly seen: Uint8Array | null;

  constructor(
    readonly config: FeatureConfig,
    /** Quantised weights: the weight of feature i is weights[i] * scale. */
    readonly weights: Int8Array | Float32Array,
    readonly scale: number,
    readonly bias: number,
    readonly meta: TextModelMeta,
  ) {
    const f = meta.familiarity;
    this.seen = f === undefined ? null : f.seen;
    this.indexConfig = f === undefined ? config : { ...config, hashBits: f.bits };
  }

  /** The model's log-odds that the text is malicious. */
  logit(text: string): number {
    return this.read(text).logit;
  }

  read(text: string): TextReading {
    const { indices, count } = featureIndices(
      normaliseForModel(text),
      this.indexConfig,
      this.scratch,
    );
    this.scratch = indices;
    if (count === 0) return { logit: this.bias, familiarity: 1 };
    const mask = (1 << this.config.hashBits) - 1;
    const seen = this.seen;
    let sum = 0;
    let known = 0;
    for (let i = 0; i < count; i++) {
      const f = indices[i]!;
      sum += this.weights[f & mask]!;
      if (seen !== null) known += (seen[f >>> 3]! >>> (f & 7)) & 1;
    }
    return {
      logit: this.bias + (sum * this.scale) / Math.sqrt(count),
      familiarity: seen === null ? 1 : known / count,
    };
  }
}

export function encodeTextModel(
  config: FeatureConfig,
  weights: Float32Array,
  bias: number,
  meta: TextModelMeta,
): Uint8Array {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 127;
  const { familiarity, ...rest } = meta;
  // The bitset goes in its own section; the JSON keeps the ramp and how the set was built.
  const json =
    familiarity === undefined
      ? rest
      : {
          ...rest,
          familiarity: {
            minTexts: familiarity.minTexts,
            low: familiarity.low,
            high: familiarity.high,
          },
        };
  const seen = familiarity?.seen ?? new Uint8Array(0);
  if (
    familiarity !== undefined &&
    (familiarity.bits < Math.max(3, config.hashBits) ||
      familiarity.bits > MAX_FAMILIARITY_BITS ||
      seen.length !== 1 << (familiarity.bits - 3))
  )
    throw new RangeError('familiarity bitset does not match its bits');
  const metaBytes = new TextEncoder().encode(JSON.stringify(json));
  const size = 24 + metaBytes.length + weights.length + seen.length + 4;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(TEXT_MODEL_MAGIC), 0);
  view.setUint16(4, TEXT_MODEL_VERSION, true);
  view.setUint8(6, config.hashBits);
  view.setUint8(7, config.minN);
  view.setUint8(8, config.maxN);
  view.setUint8(9, config.wordNgrams);
  view.setUint8(10, familiarity?.bits ?? 0);
  view.setFloat32(12, scale, true);
  view.setFloat32(16, bias, true);
  view.setUint32(20, metaBytes.length, true);
  bytes.set(metaBytes, 24);
  const at = 24 + metaBytes.length;
  for (let i = 0; i < weights.length; i++)
    view.setInt8(at + i, Math.max(-127, Math.min(127, Math.round(weights[i]! / scale))));
  bytes.set(seen, at + weights.length);
  view.setUint32(size - 4, crc32(bytes.subarray(0, size - 4)), true);
  return bytes;
}

export function decodeTextModel(bytes: Uint8Array): TextModel {
  const corrupt = (why: string): RingfenceError =>
    new RingfenceError('CORRUPT_STORE', { path: 'message-model.bin', reason: why });
  if (bytes.length < 28) throw corrupt('too short');
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== TEXT_MODEL_MAGIC)
    throw corrupt('bad magic');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(4, true);
  if (version !== TEXT_MODEL_VERSION)
    throw new RingfenceError('DATA_FILE_INVALID', {
      file: 'message-model.bin',
      reason: `format version ${version}; this ringfence reads version ${TEXT_MODEL_VERSION} (with the familiarity section)`,
    });
  if (view.getUint32(bytes.length - 4, true) !== crc32(bytes.subarray(0, bytes.length - 4)))
    throw corrupt('checksum mismatch');
  const wordNgrams = view.getUint8(9);
  const config: FeatureConfig = {
    hashBits: view.getUint8(6),
    minN: view.getUint8(7),
    maxN: view.getUint8(8),
    wordNgrams: wordNgrams === 1 ? 1 : 2,
  };
  const bits = view.getUint8(10);
  if (bits !== 0 && (bits < Math.max(3, config.hashBits) || bits > MAX_FAMILIARITY_BITS))
    throw corrupt(`familiarity bits ${bits}`);
  const seenLength = bits === 0 ? 0 : 1 << (bits - 3);
  const metaLength = view.getUint32(20, true);
  const at = 24 + metaLength;
  if (at + (1 << config.hashBits) + seenLength + 4 !== bytes.length) throw corrupt('bad length');
  const json = JSON.parse(new TextDecoder().decode(bytes.subarray(24, at))) as TextModelMeta & {
    familiarity?: { minTexts: number; low: number; high: number };
  };
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset + at, 1 << config.hashBits);
  let meta: TextModelMeta = json;
  if (bits !== 0) {
    const ramp = json.familiarity;
    if (ramp === undefined || !(ramp.low <= ramp.high)) throw corrupt('no familiarity ramp');
    const seen = bytes.subarray(at + weights.length, at + weights.length + seenLength);
    meta = { ...json, familiarity: { ...ramp, bits, seen } };
  } else if (json.familiarity !== undefined) throw corrupt('familiarity ramp without a bitset');
  return new TextModel(config, weights, view.getFloat32(12, true), view.getFloat32(16, true), meta);
}

let shipped: TextModel | undefined;

/** The model shipped in data/message-model.bin, read on first use. */
export function defaultTextModel(): TextModel {
  shipped ??= decodeTextModel(
    readFileSync(fileURLToPath(new URL('../../data/message-model.bin', import.meta.url))),
  );
  return shipped;
}
