/**
 * One strictly ascending sequence of integers below 2^53, as an Elias-Fano block or a bitmap
 * block (layouts in ./number-set-format.ts), and the information-theoretic bound it is measured
 * against. Bits are packed in Uint32 words with plain arithmetic: low fields of up to 52 bits
 * are split into a 32-bit part and the rest, never BigInt, which would cost an allocation per
 * value.
 */
import { RingfenceError } from '../errors.js';
import {
  ENCODING_BITMAP,
  ENCODING_ELIAS_FANO,
  MAX_BIT_VECTOR,
  MAX_LOW_BITS,
  RANK_BLOCK_BITS,
  SAMPLE_INTERVAL,
  bitmapLayout,
  eliasFanoLayout,
  type EncodingCode,
} from './number-set-format.js';

const TWO_32 = 2 ** 32;
const RANK_BLOCK_WORDS = RANK_BLOCK_BITS / 32;

/** What a directory entry says about a block; with it, the block's sections can be located. */
export interface SequenceShape {
  readonly encoding: EncodingCode;
  readonly count: number;
  /** Low bits of an EF block; 0 for a bitmap. */
  readonly lowBits: number;
  readonly base: number;
  readonly max: number;
  /** log2 of the values per chunk of a partitioned block; absent (0) otherwise. */
  readonly chunkLog?: number;
}

export interface EncodedSequence {
  readonly shape: SequenceShape;
  readonly words: Uint32Array;
}

/** Words of the block a shape describes. */
export function sequenceWords(shape: SequenceShape): number {
  const range = shape.max - shape.base;
  return shape.encoding === ENCODING_BITMAP
    ? bitmapLayout(range).words
    : eliasFanoLayout(shape.count, shape.lowBits, range).words;
}

function misuse(reason: string): RingfenceError<'INTERNAL'> {
  return new RingfenceError('INTERNAL', { reason });
}

/** The shape encodeSequence would pick, and its size in words (Infinity when none fits). */
export function planSequence(
  values: Float64Array,
  count: number,
  limit: number,
  allowBitmap = true,
): { shape: SequenceShape; words: number } {
  if (!Number.isInteger(count) || count < 1 || count > values.length) {
    throw misuse(`count ${count} is not in [1, ${values.length}]`);
  }
  const base = values[0]!;
  const max = values[count - 1]!;
  if (!(base >= 0) || !(max < limit) || !(max <= Number.MAX_SAFE_INTEGER)) {
    throw misuse(`values must be in [0, ${limit})`);
  }
  const range = max - base;
  let bestWords = Infinity;
  let encoding: EncodingCode = ENCODING_ELIAS_FANO;
  let lowBits = 0;
  const ratio = (range + 1) / count;
  const guess = ratio > 1 ? Math.floor(Math.log2(ratio)) : 0;
  for (let l = Math.max(0, guess - 1); l <= Math.min(MAX_LOW_BITS, guess + 1); l++) {
    const layout = eliasFanoLayout(count, l, range);
    if (layout.highBits <= MAX_BIT_VECTOR && layout.words < bestWords) {
      bestWords = layout.words;
      lowBits = l;
    }
  }
  const bitmap = bitmapLayout(range);
  if (allowBitmap && bitmap.bits <= MAX_BIT_VECTOR && bitmap.words <= bestWords) {
    bestWords = bitmap.words;
    encoding = ENCODING_BITMAP;
    lowBits = 0;
  }
  return { shape: { encoding, count, lowBits, base, max }, words: bestWords };
}

/**
 * Encodes values[0..count), which must be strictly ascending integers in [0, limit), as the
 * smaller of an EF block (best of three low-bit widths) and a bitmap block (or as EF only when
 * allowBitmap is false).
 */
export function encodeSequence(
  values: Float64Array,
  count: number,
  limit: number,
  allowBitmap = true,
): EncodedSequence {
  const plan = planSequence(values, count, limit, allowBitmap);
  return encodePlanned(values, plan.shape, plan.words);
}

/** Encodes values as planSequence planned them. */
export function encodePlanned(
  values: Float64Array,
  shape: SequenceShape,
  wordCount: number,
): EncodedSequence {
  if (wordCount === Infinity) throw misuse(`a partition of ${shape.count} values is too large`);
  const words = new Uint32Array(wordCount);
  if (shape.encoding === ENCODING_BITMAP) encodeBitmap(values, shape, words);
  else encodeEliasFano(values, shape, words);
  return { shape, words };
}

function notAscending(i: number): RingfenceError<'INTERNAL'> {
  return misuse(`value ${i} is not an integer above the previous one and at most the last one`);
}

function encodeBitmap(values: Float64Array, shape: SequenceShape, words: Uint32Array): void {
  const { count, base, max } = shape;
  const layout = bitmapLayout(max - base);
  const bits = words.subarray(0, layout.bitWords);
  const bad = packBitmap(values, count, base, max, bits);
  if (bad >= 0) throw notAscending(bad);
  const samples = words.subarray(layout.bitWords);
  let ones = 0;
  for (let w = 0; w < layout.bitWords; w++) {
    if (w % RANK_BLOCK_WORDS === 0) samples[w / RANK_BLOCK_WORDS] = ones;
    ones += popcount(bits[w]!);
  }
}

/** As packEliasFano, for a bitmap. */
function packBitmap(
  values: Float64Array,
  count: number,
  base: number,
  max: number,
  bits: Uint32Array,
): number {
  let previous = -1;
  for (let i = 0; i < count; i++) {
    const v = values[i]!;
    if (!(v > previous) || v > max || v !== Math.floor(v)) return i;
    previous = v;
    const x = v - base;
    bits[x >>> 5] = bits[x >>> 5]! | (1 << (x & 31));
  }
  return -1;
}

function encodeEliasFano(values: Float64Array, shape: SequenceShape, words: Uint32Array): void {
  const { count, lowBits, base, max } = shape;
  const layout = eliasFanoLayout(count, lowBits, max - base);
  const low = words.subarray(0, layout.lowWords);
  const highEnd = layout.lowWords + layout.highWords;
  const high = words.subarray(layout.lowWords, highEnd);
  const bad = packEliasFano(values, count, base, max, lowBits, low, high);
  if (bad >= 0) throw notAscending(bad);
  buildSamples(high, count, true, words.subarray(highEnd, highEnd + layout.oneSamples));
  buildSamples(high, layout.zeros, false, words.subarray(highEnd + layout.oneSamples));
}

/**
 * The hot loop of the encoder, alone in its function so that it stays optimised from one
 * partition to the next. Returns the index of the first value out of order, or -1.
 */
function packEliasFano(
  values: Float64Array,
  count: number,
  base: number,
  max: number,
  lowBits: number,
  low: Uint32Array,
  high: Uint32Array,
): number {
  const scale = 2 ** lowBits;
  const inverse = 1 / scale;
  const wide = lowBits > 32;
  const narrowBits = wide ? lowBits - 32 : lowBits;
  let lw = 0;
  let lb = 0;
  let previous = -1;
  for (let i = 0; i < count; i++) {
    const v = values[i]!;
    if (!(v > previous) || v > max || v !== Math.floor(v)) return i;
    previous = v;
    const x = v - base;
    const h = Math.floor(x * inverse);
    const position = h + i;
    high[position >>> 5] = high[position >>> 5]! | (1 << (position & 31));
    if (lowBits === 0) continue;
    let field = x - h * scale;
    if (wide) {
      // The low 32 bits first, then the rest: one LSB-first field of lowBits bits.
      const part = field >>> 0;
      low[lw] = low[lw]! | (part << lb);
      if (lb !== 0) low[lw + 1] = low[lw + 1]! | (part >>> (32 - lb));
      lw++;
      field = (field - part) / TWO_32;
    }
    low[lw] = low[lw]! | (field << lb);
    if (lb + narrowBits > 32) low[lw + 1] = low[lw + 1]! | (field >>> (32 - lb));
    lb += narrowBits;
    if (lb >= 32) {
      lb -= 32;
      lw++;
    }
  }
  return -1;
}

/** Position of every SAMPLE_INTERVAL-th one (or zero) among the first `total` ones (zeros). */
function buildSamples(bits: Uint32Array, total: number, ones: boolean, out: Uint32Array): void {
  let seen = 0;
  let next = 0;
  let k = 0;
  for (let w = 0; k < out.length && w < bits.length; w++) {
    const word = ones ? bits[w]! : ~bits[w]!;
    const c = popcount(word);
    while (k < out.length && next < seen + c && next < total) {
      out[k++] = w * 32 + selectInWord(word, next - seen);
      next += SAMPLE_INTERVAL;
    }
    seen += c;
  }
}

/** A decoded view of one block, answering without decoding the whole sequence. */
export interface SortedSequence {
  readonly count: number;
  readonly base: number;
  readonly max: number;
  /** The i-th smallest value, 0 <= i < count. */
  select(i: number): number;
  /** Number of values below x. */
  rank(x: number): number;
  has(x: number): boolean;
  /** All values, ascending, into out[0..count). */
  decode(out: Float64Array): void;
  /** Why the block is inconsistent with its shape, or undefined when it is sound. */
  verify(): string | undefined;
}

/** A view over a block's words (not copied). */
export function openSequence(shape: SequenceShape, words: Uint32Array): SortedSequence {
  return shape.encoding === ENCODING_BITMAP
    ? new BitmapSequence(shape, words)
    : new EliasFanoSequence(shape, words);
}

class EliasFanoSequence implements SortedSequence {
  readonly count: number;
  readonly base: number;
  readonly max: number;
  private readonly lowBits: number;
  private readonly scale: number;
  private readonly mask: number;
  private readonly zeros: number;
  private readonly highBits: number;
  private readonly low: Uint32Array;
  private readonly high: Uint32Array;
  private readonly oneSamples: Uint32Array;
  private readonly zeroSamples: Uint32Array;
  // Where the last bucket search ended (has() reads them after lowerBound()).
  private bucketEnd = 0;

  constructor(shape: SequenceShape, words: Uint32Array) {
    this.count = shape.count;
    this.base = shape.base;
    this.max = shape.max;
    this.lowBits = shape.lowBits;
    this.scale = 2 ** shape.lowBits;
    const narrow = shape.lowBits > 32 ? shape.lowBits - 32 : shape.lowBits;
    this.mask = narrow >= 32 ? -1 : (1 << narrow) - 1;
    const layout = eliasFanoLayout(shape.count, shape.lowBits, shape.max - shape.base);
    this.zeros = layout.zeros;
    this.highBits = layout.highBits;
    let at = 0;
    this.low = words.subarray(at, (at += layout.lowWords));
    this.high = words.subarray(at, (at += layout.highWords));
    this.oneSamples = words.subarray(at, (at += layout.oneSamples));
    this.zeroSamples = words.subarray(at, (at += layout.zeroSamples));
  }

  private lowAt(i: number): number {
    const lowBits = this.lowBits;
    if (lowBits === 0) return 0;
    const p = i * lowBits;
    let w = Math.floor(p / 32);
    const b = p - w * 32;
    const low = this.low;
    let part = 0;
    if (lowBits > 32) {
      part = low[w]! >>> b;
      if (b !== 0) part |= low[w + 1]! << (32 - b);
      part >>>= 0;
      w++;
    }
    let field = low[w]! >>> b;
    if (b + (lowBits > 32 ? lowBits - 32 : lowBits) > 32) field |= low[w + 1]! << (32 - b);
    field = (field & this.mask) >>> 0;
    return lowBits > 32 ? field * TWO_32 + part : field;
  }

  /** Position in the high bit vector of one number i. */
  private selectOne(i: number): number {
    const k = Math.floor(i / SAMPLE_INTERVAL);
    const from = this.oneSamples[k]!;
    return scanOnes(this.high, from, i - k * SAMPLE_INTERVAL);
  }

  /** Position in the high bit vector of zero number z. */
  private selectZero(z: number): number {
    const k = Math.floor(z / SAMPLE_INTERVAL);
    const from = this.zeroSamples[k]!;
    return scanZeros(this.high, from, z - k * SAMPLE_INTERVAL);
  }

  select(i: number): number {
    return this.base + (this.selectOne(i) - i) * this.scale + this.lowAt(i);
  }

  /** Index of the first value >= base + x, for 0 < x <= max - base; sets bucketEnd. */
  private lowerBound(x: number): number {
    const h = Math.floor(x / this.scale);
    const target = x - h * this.scale;
    // Bucket h holds the values whose high part is h: the ones between zero h-1 and zero h.
    const before = h === 0 ? -1 : this.selectZero(h - 1);
    const start = before - (h - 1);
    const end = start + (nextZero(this.high, before + 1) - before - 1);
    this.bucketEnd = end;
    let lo = start;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.lowAt(mid) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  rank(x: number): number {
    const c = Math.ceil(x);
    if (!(c > this.base)) return 0;
    if (c > this.max) return this.count;
    return this.lowerBound(c - this.base);
  }

  has(x: number): boolean {
    if (!(x >= this.base && x <= this.max) || x !== Math.floor(x)) return false;
    if (x === this.base) return true;
    const d = x - this.base;
    const i = this.lowerBound(d);
    return i < this.bucketEnd && this.lowAt(i) === d - Math.floor(d / this.scale) * this.scale;
  }

  decode(out: Float64Array): void {
    const n = this.count;
    const high = this.high;
    const low = this.low;
    const base = this.base;
    const scale = this.scale;
    const lowBits = this.lowBits;
    const mask = this.mask;
    let i = 0;
    if (lowBits === 0) {
      for (let wi = 0; i < n; wi++) {
        let w = high[wi]!;
        while (w !== 0) {
          const t = 31 - Math.clz32(w & -w);
          w &= w - 1;
          out[i] = base + (wi * 32 + t - i);
          i++;
        }
      }
      return;
    }
    let lw = 0;
    let lb = 0;
    if (lowBits <= 32) {
      for (let wi = 0; i < n; wi++) {
        let w = high[wi]!;
        while (w !== 0) {
          const t = 31 - Math.clz32(w & -w);
          w &= w - 1;
          let field = low[lw]! >>> lb;
          if (lb + lowBits > 32) field |= low[lw + 1]! << (32 - lb);
          field = (field & mask) >>> 0;
          lb += lowBits;
          if (lb >= 32) {
            lb -= 32;
            lw++;
          }
          out[i] = base + (wi * 32 + t - i) * scale + field;
          i++;
        }
      }
      return;
    }
    const narrow = lowBits - 32;
    for (let wi = 0; i < n; wi++) {
      let w = high[wi]!;
      while (w !== 0) {
        const t = 31 - Math.clz32(w & -w);
        w &= w - 1;
        let part = low[lw]! >>> lb;
        if (lb !== 0) part |= low[lw + 1]! << (32 - lb);
        part >>>= 0;
        lw++;
        let field = low[lw]! >>> lb;
        if (lb + narrow > 32) field |= low[lw + 1]! << (32 - lb);
        field = (field & mask) >>> 0;
        lb += narrow;
        if (lb >= 32) {
          lb -= 32;
          lw++;
        }
        out[i] = base + (wi * 32 + t - i) * scale + field * TWO_32 + part;
        i++;
      }
    }
  }

  verify(): string | undefined {
    const high = this.high;
    if (this.lowBits > MAX_LOW_BITS) return 'low bits out of range';
    if (this.highBits > MAX_BIT_VECTOR) return 'bit vector too long';
    if (!paddingIsZero(high, this.highBits)) return 'bits set past the end of a bit vector';
    if (countOnes(high) !== this.count) return 'the high bit vector does not hold count ones';
    // The last bit is the zero that ends the last bucket, and the first bucket is not empty.
    if (bitAt(high, this.highBits - 1) !== 0 || bitAt(high, 0) !== 1) {
      return 'the high bit vector does not span [base, max]';
    }
    if (!samplesMatch(high, this.count, true, this.oneSamples)) return 'bad select samples';
    if (!samplesMatch(high, this.zeros, false, this.zeroSamples)) return 'bad select samples';
    if (this.select(0) !== this.base || this.select(this.count - 1) !== this.max) {
      return 'the first or last value disagrees with the directory';
    }
    return undefined;
  }
}

class BitmapSequence implements SortedSequence {
  readonly count: number;
  readonly base: number;
  readonly max: number;
  private readonly bitCount: number;
  private readonly bits: Uint32Array;
  private readonly rankSamples: Uint32Array;

  constructor(shape: SequenceShape, words: Uint32Array) {
    this.count = shape.count;
    this.base = shape.base;
    this.max = shape.max;
    const layout = bitmapLayout(shape.max - shape.base);
    this.bitCount = layout.bits;
    this.bits = words.subarray(0, layout.bitWords);
    this.rankSamples = words.subarray(layout.bitWords, layout.bitWords + layout.rankSamples);
  }

  select(i: number): number {
    const samples = this.rankSamples;
    // The last block whose ones-before count is at most i.
    let lo = 0;
    let hi = samples.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (samples[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.base + scanOnes(this.bits, lo * RANK_BLOCK_BITS, i - samples[lo]!);
  }

  rank(x: number): number {
    const c = Math.ceil(x);
    if (!(c > this.base)) return 0;
    if (c > this.max) return this.count;
    const d = c - this.base;
    const block = Math.floor(d / RANK_BLOCK_BITS);
    const bits = this.bits;
    let ones = this.rankSamples[block]!;
    const last = d >>> 5;
    for (let w = block * RANK_BLOCK_WORDS; w < last; w++) ones += popcount(bits[w]!);
    const rest = d & 31;
    if (rest !== 0) ones += popcount(bits[last]! & ((1 << rest) - 1));
    return ones;
  }

  has(x: number): boolean {
    if (!(x >= this.base && x <= this.max) || x !== Math.floor(x)) return false;
    const d = x - this.base;
    return ((this.bits[d >>> 5]! >>> (d & 31)) & 1) === 1;
  }

  decode(out: Float64Array): void {
    const bits = this.bits;
    const base = this.base;
    let i = 0;
    for (let wi = 0; wi < bits.length; wi++) {
      let w = bits[wi]!;
      while (w !== 0) {
        const t = 31 - Math.clz32(w & -w);
        w &= w - 1;
        out[i++] = base + wi * 32 + t;
      }
    }
  }

  verify(): string | undefined {
    const bits = this.bits;
    if (this.bitCount > MAX_BIT_VECTOR) return 'bit vector too long';
    if (!paddingIsZero(bits, this.bitCount)) return 'bits set past the end of a bit vector';
    if (bitAt(bits, 0) !== 1 || bitAt(bits, this.bitCount - 1) !== 1) {
      return 'the bitmap does not span [base, max]';
    }
    let ones = 0;
    for (let w = 0; w < bits.length; w++) {
      if (w % RANK_BLOCK_WORDS === 0 && this.rankSamples[w / RANK_BLOCK_WORDS] !== ones) {
        return 'bad rank samples';
      }
      ones += popcount(bits[w]!);
    }
    return ones === this.count ? undefined : 'the bitmap does not hold count ones';
  }
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Bit index of the k-th (0-based) set bit of a word that has more than k. */
export function selectInWord(word: number, k: number): number {
  for (; k > 0; k--) word &= word - 1;
  return 31 - Math.clz32(word & -word);
}

/** Position of the k-th one at or after bit `from`, which the caller knows exists. */
export function scanOnes(bits: Uint32Array, from: number, k: number): number {
  let w = from >>> 5;
  let word = bits[w]! & (-1 << (from & 31));
  let c = popcount(word);
  while (k >= c) {
    k -= c;
    word = bits[++w]!;
    c = popcount(word);
  }
  return w * 32 + selectInWord(word, k);
}

/** Position of the k-th zero at or after bit `from`, which the caller knows exists. */
export function scanZeros(bits: Uint32Array, from: number, k: number): number {
  let w = from >>> 5;
  let word = ~bits[w]! & (-1 << (from & 31));
  let c = popcount(word);
  while (k >= c) {
    k -= c;
    word = ~bits[++w]!;
    c = popcount(word);
  }
  return w * 32 + selectInWord(word, k);
}

function nextZero(bits: Uint32Array, from: number): number {
  return scanZeros(bits, from, 0);
}

export function bitAt(bits: Uint32Array, i: number): number {
  return (bits[i >>> 5]! >>> (i & 31)) & 1;
}

function countOnes(bits: Uint32Array): number {
  let ones = 0;
  for (let w = 0; w < bits.length; w++) ones += popcount(bits[w]!);
  return ones;
}

export function paddingIsZero(bits: Uint32Array, length: number): boolean {
  const rest = length & 31;
  return rest === 0 || bits[bits.length - 1]! >>> rest === 0;
}

function samplesMatch(bits: Uint32Array, total: number, ones: boolean, samples: Uint32Array) {
  const expected = new Uint32Array(samples.length);
  buildSamples(bits, total, ones, expected);
  for (let k = 0; k < samples.length; k++) if (samples[k] !== expected[k]) return false;
  return true;
}

// ln(k!) exactly (as sums of logs) for small k; Stirling's series beyond.
const SMALL = 2048;
const LN_FACTORIAL = new Float64Array(SMALL);
for (let k = 2; k < SMALL; k++) LN_FACTORIAL[k] = LN_FACTORIAL[k - 1]! + Math.log(k);
const HALF_LN_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) - ((x - 1/2) ln x - x + ln(2π)/2): Stirling's series, for x >= 1024 (error < 1e-30). */
function stirlingTail(x: number): number {
  const inv = 1 / x;
  const inv2 = inv * inv;
  return inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)));
}

function lnFactorial(k: number): number {
  if (k < SMALL) return LN_FACTORIAL[k]!;
  const x = k + 1;
  return (x - 0.5) * Math.log(x) - x + HALF_LN_2PI + stirlingTail(x);
}

/**
 * log2 of the binomial coefficient C(universe, n): the fewest bits that can tell apart every set
 * of n values among `universe`. For a large universe, ln Γ(U + 1) - ln Γ(U - k + 1) is taken as
 * one expression (log1p) rather than as a difference of two huge numbers, which would lose
 * every digit of a small result.
 */
export function binomialLog2(universe: number, n: number): number {
  if (!Number.isInteger(universe) || !Number.isInteger(n) || n < 0 || n > universe) {
    throw misuse(`binomialLog2(${universe}, ${n})`);
  }
  const k = Math.min(n, universe - n);
  if (k === 0) return 0;
  if (universe < SMALL) {
    return (LN_FACTORIAL[universe]! - LN_FACTORIAL[universe - k]! - LN_FACTORIAL[k]!) / Math.LN2;
  }
  // b = U - k + 1 >= U / 2 + 1 > SMALL / 2, where the series is exact to double precision.
  const b = universe - k + 1;
  const lnRatio =
    (b + k - 0.5) * Math.log1p(k / b) +
    k * (Math.log(b) - 1) +
    stirlingTail(b + k) -
    stirlingTail(b);
  return (lnRatio - lnFactorial(k)) / Math.LN2;
}
