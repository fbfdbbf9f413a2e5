/**
 * Partitioned Elias-Fano (after Ottaviano & Venturini, 2014, with fixed-size chunks): one
 * partition's values cut into chunks of 2^chunkLog values, each chunk coded over its own range
 * [first, last] as the smallest of a small Elias-Fano sequence, a bitmap, or nothing at all when
 * the chunk is a run of consecutive numbers. Leaks are clustered (dense operator blocks far
 * apart), which one Elias-Fano sequence over the whole partition cannot exploit: its low bits
 * are sized for the average gap, the chunks' for their local one.
 *
 * Layout (encoding 2 in ./number-set-format.ts, docs/FORMAT.md): the chunk bounds
 * [base, last_0, last_1, ..., last_{k-1} = max] as an Elias-Fano block (with its select
 * samples, the directory entry's low bits), then the payload, a bit stream of the chunks back to
 * back: for every chunk j > 0 the gap first_j - last_{j-1} (>= 1) as an Elias-gamma code (N zero
 * bits, a one, then the low N bits of the gap, N = floor(log2 gap)); a bit telling whether the
 * chunk is cut in two pieces at its widest gap (then the first piece's count in chunkLog bits,
 * its span + 1 and the gap to the second piece as gamma codes); then each piece's body. A
 * body's kind and size follow from its count c and span u = last - first alone (planChunk), so
 * the reader recomputes them instead of storing them: run when u = c - 1 (0 bits), else the
 * smaller of a bitmap of u + 1 bits and an Elias-Fano body (c low fields of L bits, then a high
 * bit vector of c + floor(u / 2^L) + 1 bits, no samples: a piece is scanned whole), ties to the
 * bitmap.
 */
import { RingfenceError } from '../errors.js';
import {
  bitAt,
  encodePlanned,
  encodeSequence,
  openSequence,
  planSequence,
  popcount,
  scanOnes,
  scanZeros,
  sequenceWords,
  type EncodedSequence,
  type SequenceShape,
  type SortedSequence,
} from './elias-fano.js';
import {
  CHUNK_LOG,
  ENCODING_ELIAS_FANO,
  ENCODING_PARTITIONED,
  MAX_BIT_VECTOR,
  MAX_LOW_BITS,
} from './number-set-format.js';

const TWO_32 = 2 ** 32;
const KIND_EF = 0;
const KIND_BITMAP = 1;
const KIND_RUN = 2;
/** Payload bit positions stay Uint32, with a word to spare for reads past the end. */
const MAX_PAYLOAD_BITS = MAX_BIT_VECTOR - 64;

function misuse(reason: string): RingfenceError<'INTERNAL'> {
  return new RingfenceError('INTERNAL', { reason });
}

/**
 * 2^i for i up to 64, read from a table: `2 ** i` with a variable i is a call to pow(), which
 * took 0.6% of an ingest's CPU time in the plans below, and is in every read of a value.
 */
const POW2 = Float64Array.from({ length: 65 }, (_, i) => 2 ** i);

/** floor(log2(a / b)) for integers a >= b >= 1, exactly (no reliance on Math.log2 rounding). */
function floorLog2Ratio(a: number, b: number): number {
  let g = Math.max(0, Math.floor(Math.log2(a / b)));
  while (g > 0 && b * POW2[g]! > a) g--;
  while (b * POW2[g + 1]! <= a) g++;
  return g;
}

// planChunk's second and third results, to spare an allocation per chunk.
let plannedKind = KIND_RUN;
let plannedLow = 0;

/** Bits of the body of a chunk of c values spanning u; sets plannedKind and plannedLow. */
function planChunk(c: number, u: number): number {
  if (u === c - 1) {
    plannedKind = KIND_RUN;
    plannedLow = 0;
    return 0;
  }
  const guess = u + 1 > c ? floorLog2Ratio(u + 1, c) : 0;
  let best = Infinity;
  let low = 0;
  for (let l = Math.max(0, guess - 1); l <= Math.min(MAX_LOW_BITS, guess + 1); l++) {
    const cost = c * l + c + Math.floor(u / POW2[l]!) + 1;
    if (cost < best) {
      best = cost;
      low = l;
    }
  }
  if (u + 1 <= best) {
    plannedKind = KIND_BITMAP;
    plannedLow = 0;
    return u + 1;
  }
  plannedKind = KIND_EF;
  plannedLow = low;
  return best;
}

function floorLog2(v: number): number {
  return floorLog2Ratio(v, 1);
}

function gammaBits(v: number): number {
  return 2 * floorLog2(v) + 1;
}

// --- bit I/O at any bit position of a Uint32Array (LSB first) --------------------------------

function read32(words: Uint32Array, p: number): number {
  const w = p >>> 5;
  const b = p & 31;
  const lo = w < words.length ? words[w]! >>> b : 0;
  if (b === 0) return lo;
  const next = w + 1 < words.length ? words[w + 1]! : 0;
  return (lo | (next << (32 - b))) >>> 0;
}

function readBits(words: Uint32Array, p: number, n: number): number {
  if (n === 0) return 0;
  const v = read32(words, p);
  return n === 32 ? v : (v & ((1 << n) - 1)) >>> 0;
}

function readWide(words: Uint32Array, p: number, n: number): number {
  if (n <= 32) return readBits(words, p, n);
  return read32(words, p) + readBits(words, p + 32, n - 32) * TWO_32;
}

function writeBits(words: Uint32Array, p: number, n: number, v: number): void {
  if (n === 0) return;
  const w = p >>> 5;
  const b = p & 31;
  words[w] = words[w]! | (v << b);
  if (b + n > 32) words[w + 1] = words[w + 1]! | (v >>> (32 - b));
}

function writeWide(words: Uint32Array, p: number, n: number, v: number): void {
  if (n <= 32) {
    writeBits(words, p, n, v);
    return;
  }
  const part = v % TWO_32;
  writeBits(words, p, 32, part);
  writeBits(words, p + 32, n - 32, (v - part) / TWO_32);
}

function setBit(words: Uint32Array, p: number): void {
  words[p >>> 5] = words[p >>> 5]! | (1 << (p & 31));
}

/** Ones among bits [from, from + length). */
function onesIn(words: Uint32Array, from: number, length: number): number {
  let ones = 0;
  let q = 0;
  for (; q + 32 <= length; q += 32) ones += popcount(read32(words, from + q));
  const rest = length - q;
  if (rest > 0) ones += popcount(read32(words, from + q) & ((1 << rest) - 1));
  return ones;
}

// --- writer ------------------------------------------------------------------------------------

export interface PartitionedPlan {
  readonly words: number;
  readonly chunkLog: number;
  readonly bounds: Float64Array;
  /** Per chunk, the index in the chunk of its second piece, or 0 when the chunk is whole. */
  readonly splits: Uint16Array;
  readonly boundsShape: SequenceShape;
  readonly boundsWords: number;
}

// planSplit's second result.
let plannedSplit = 0;

/**
 * Bits of chunk values[from..to) after its gap code, flag bit included; sets plannedSplit to the
 * index (in the chunk) where it is best cut in two pieces at its widest gap, or 0 if it is not.
 * A chunk that straddles two operator blocks would otherwise size its low bits for the gap.
 */
function planSplit(values: Float64Array, from: number, to: number, chunkLog: number): number {
  const first = values[from]!;
  const last = values[to - 1]!;
  const c = to - from;
  const whole = 1 + planChunk(c, last - first);
  plannedSplit = 0;
  if (whole <= 1 + chunkLog + 8) return whole;
  let widest = 0;
  let at = 0;
  for (let i = from + 1; i < to; i++) {
    const gap = values[i]! - values[i - 1]!;
    if (gap > widest) {
      widest = gap;
      at = i;
    }
  }
  if (!(widest >= 1)) return whole;
  const s = at - from;
  const span1 = values[at - 1]! - first;
  const split =
    1 +
    chunkLog +
    gammaBits(span1 + 1) +
    gammaBits(widest) +
    planChunk(s, span1) +
    planChunk(c - s, last - values[at]!);
  if (split < whole) {
    plannedSplit = s;
    return split;
  }
  return whole;
}

/**
 * The size of values[0..count) as a partitioned block of 2^chunkLog-value chunks, or undefined
 * when the encoding does not apply (fewer than 2 values, or a payload too long). Values are
 * checked by encodePartitioned, not here.
 */
export function planPartitioned(
  values: Float64Array,
  count: number,
  limit: number,
  chunkLog = CHUNK_LOG,
): PartitionedPlan | undefined {
  if (count < 2) return undefined;
  const size = 2 ** chunkLog;
  const k = Math.ceil(count / size);
  const bounds = new Float64Array(k + 1);
  const splits = new Uint16Array(k);
  bounds[0] = values[0]!;
  let bits = 0;
  for (let j = 0; j < k; j++) {
    const from = j * size;
    const to = Math.min(count, from + size);
    bounds[j + 1] = values[to - 1]!;
    if (j > 0) {
      const gap = values[from]! - bounds[j]!;
      if (!(gap >= 1)) return undefined; // not ascending: let the other encoders report it
      bits += gammaBits(gap);
    }
    bits += planSplit(values, from, to, chunkLog);
    splits[j] = plannedSplit;
  }
  if (!(bits <= MAX_PAYLOAD_BITS)) return undefined;
  const plan = planSequence(bounds, k + 1, limit, false);
  if (plan.words === Infinity) return undefined;
  return {
    words: plan.words + Math.ceil(bits / 32),
    chunkLog,
    bounds,
    splits,
    boundsShape: plan.shape,
    boundsWords: plan.words,
  };
}

function notAscending(i: number): RingfenceError<'INTERNAL'> {
  return misuse(`value ${i} is not an integer above the previous one`);
}

function writeGamma(payload: Uint32Array, p: number, v: number): number {
  const n = floorLog2(v);
  setBit(payload, p + n);
  writeWide(payload, p + n + 1, n, v - POW2[n]!);
  return p + 2 * n + 1;
}

/** The body of piece values[from..to) at bit p; checks the values; returns the bit after it. */
function writeBody(
  payload: Uint32Array,
  p: number,
  values: Float64Array,
  from: number,
  to: number,
  previous: number,
): number {
  const first = values[from]!;
  const cost = planChunk(to - from, values[to - 1]! - first);
  const kind = plannedKind;
  const lowBits = plannedLow;
  const scale = POW2[lowBits]!;
  const highStart = p + (to - from) * lowBits;
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    if (!(v > previous) || v !== Math.floor(v)) throw notAscending(i);
    previous = v;
    const x = v - first;
    if (kind === KIND_BITMAP) setBit(payload, p + x);
    else if (kind === KIND_EF) {
      const h = Math.floor(x / scale);
      setBit(payload, highStart + h + (i - from));
      writeWide(payload, p + (i - from) * lowBits, lowBits, x - h * scale);
    }
  }
  return p + cost;
}

export function encodePartitioned(
  values: Float64Array,
  count: number,
  plan: PartitionedPlan,
): EncodedSequence {
  const { bounds, chunkLog, splits } = plan;
  const words = new Uint32Array(plan.words);
  words.set(encodePlanned(bounds, plan.boundsShape, plan.boundsWords).words);
  const payload = words.subarray(plan.boundsWords);
  const size = 2 ** chunkLog;
  const k = bounds.length - 1;
  let p = 0;
  for (let j = 0; j < k; j++) {
    const from = j * size;
    const to = Math.min(count, from + size);
    const first = values[from]!;
    if (j > 0) p = writeGamma(payload, p, first - bounds[j]!);
    const s = splits[j]!;
    if (s === 0) {
      p = writeBody(payload, p + 1, values, from, to, j > 0 ? bounds[j]! : -1);
      continue;
    }
    setBit(payload, p);
    writeBits(payload, p + 1, chunkLog, s);
    p = writeGamma(payload, p + 1 + chunkLog, values[from + s - 1]! - first + 1);
    p = writeGamma(payload, p, values[from + s]! - values[from + s - 1]!);
    p = writeBody(payload, p, values, from, from + s, j > 0 ? bounds[j]! : -1);
    p = writeBody(payload, p, values, from + s, to, values[from + s - 1]!);
  }
  const shape: SequenceShape = {
    encoding: ENCODING_PARTITIONED,
    count,
    lowBits: plan.boundsShape.lowBits,
    base: bounds[0]!,
    max: bounds[k]!,
    chunkLog,
  };
  return { shape, words };
}

/**
 * The smallest of Elias-Fano, bitmap and partitioned for values[0..count), strictly ascending
 * integers in [0, limit). Ties keep the older encodings, so sets they served are written as before.
 */
export function encodeBlock(
  values: Float64Array,
  count: number,
  limit: number,
  chunkLog = CHUNK_LOG,
): EncodedSequence {
  const plain = planSequence(values, count, limit);
  const partitioned = planPartitioned(values, count, limit, chunkLog);
  if (partitioned !== undefined && partitioned.words < plain.words) {
    return encodePartitioned(values, count, partitioned);
  }
  return encodeSequence(values, count, limit);
}

/** Words of the bounds section of a partitioned block (its whole size for the others). */
export function blockMinWords(shape: SequenceShape): number {
  return shape.encoding === ENCODING_PARTITIONED
    ? sequenceWords(boundsShape(shape))
    : sequenceWords(shape);
}

function boundsShape(shape: SequenceShape): SequenceShape {
  const size = 2 ** (shape.chunkLog ?? CHUNK_LOG);
  return {
    encoding: ENCODING_ELIAS_FANO,
    count: Math.ceil(shape.count / size) + 1,
    lowBits: shape.lowBits,
    base: shape.base,
    max: shape.max,
  };
}

/** A view over a block's words of any encoding. */
export function openBlock(shape: SequenceShape, words: Uint32Array): SortedSequence {
  return shape.encoding === ENCODING_PARTITIONED
    ? new PartitionedSequence(shape, words)
    : openSequence(shape, words);
}

// --- reader ------------------------------------------------------------------------------------

const EMPTY = new Float64Array(0);

// readGamma's second result: the bit after the code.
let gammaEnd = 0;

/** The Elias-gamma code at bit p, or -1 when it does not fit before bit total (or exceeds 2^53). */
function readGamma(payload: Uint32Array, p: number, total: number): number {
  let n = 0;
  while (p + n < total && n <= 52 && bitAt(payload, p + n) === 0) n++;
  if (n > 52 || p + 2 * n + 1 > total) return -1;
  gammaEnd = p + 2 * n + 1;
  return POW2[n]! + readWide(payload, p + n + 1, n);
}

/**
 * A chunk is one piece, or two when the writer cut it at its widest gap; a piece is coded over
 * its own [first, last]. The piece tables are rebuilt from the payload when the file is opened.
 */
class PartitionedSequence implements SortedSequence {
  readonly count: number;
  readonly base: number;
  readonly max: number;
  private readonly chunkLog: number;
  private readonly size: number;
  private readonly payload: Uint32Array;
  private readonly chunks: number;
  private readonly upper: Float64Array = EMPTY;
  /** Index of chunk j's first piece; chunkPiece[chunks] is the number of pieces. */
  private readonly chunkPiece: Uint32Array = new Uint32Array(1);
  private readonly first: Float64Array = EMPTY;
  private readonly last: Float64Array = EMPTY;
  /** Bit offset in the payload of each piece's body. */
  private readonly start: Float64Array = EMPTY;
  private readonly pieceCount: Uint32Array = new Uint32Array(0);
  private readonly kind: Uint8Array = new Uint8Array(0);
  private readonly lowBits: Uint8Array = new Uint8Array(0);
  private pieces = 0;
  private readonly problem: string | undefined;
  // Where the last bucket search ended (has() reads it after lowerBound()).
  private bucketEnd = 0;

  constructor(shape: SequenceShape, words: Uint32Array) {
    this.count = shape.count;
    this.base = shape.base;
    this.max = shape.max;
    this.chunkLog = shape.chunkLog ?? CHUNK_LOG;
    this.size = 2 ** this.chunkLog;
    const boundShape = boundsShape(shape);
    const boundWords = sequenceWords(boundShape);
    this.chunks = boundShape.count - 1;
    this.payload = words.subarray(boundWords);
    const bounds = openSequence(boundShape, words.subarray(0, boundWords));
    this.problem = bounds.verify();
    if (this.problem !== undefined) return;
    const all = new Float64Array(boundShape.count);
    bounds.decode(all);
    const k = this.chunks;
    this.upper = all.subarray(1);
    this.chunkPiece = new Uint32Array(k + 1);
    this.first = new Float64Array(2 * k);
    this.last = new Float64Array(2 * k);
    this.start = new Float64Array(2 * k);
    this.pieceCount = new Uint32Array(2 * k);
    this.kind = new Uint8Array(2 * k);
    this.lowBits = new Uint8Array(2 * k);
    this.problem = this.layOut();
  }

  /** Appends a piece of c values over [first, last] whose body starts at bit p; returns its end. */
  private addPiece(first: number, last: number, c: number, p: number): number {
    const q = this.pieces++;
    this.first[q] = first;
    this.last[q] = last;
    this.pieceCount[q] = c;
    this.start[q] = p;
    const end = p + planChunk(c, last - first);
    this.kind[q] = plannedKind;
    this.lowBits[q] = plannedLow;
    return end;
  }

  /** Reads the gaps and plans every piece; why the payload does not fit, or undefined. */
  private layOut(): string | undefined {
    const payload = this.payload;
    const total = payload.length * 32;
    if (total > MAX_PAYLOAD_BITS + 32) return 'the payload is too long';
    let p = 0;
    for (let j = 0; j < this.chunks; j++) {
      this.chunkPiece[j] = this.pieces;
      let first = this.base;
      if (j > 0) {
        const gap = readGamma(payload, p, total);
        if (gap < 0) return 'bad chunk gap';
        p = gammaEnd;
        first = this.upper[j - 1]! + gap;
      }
      const c = j === this.chunks - 1 ? this.count - j * this.size : this.size;
      const last = this.upper[j]!;
      if (!(last - first >= c - 1)) return 'a chunk is narrower than its count';
      if (p >= total) return 'the payload is shorter than its chunks';
      const split = bitAt(payload, p) === 1;
      p++;
      if (!split) {
        p = this.addPiece(first, last, c, p);
      } else {
        if (p + this.chunkLog > total) return 'bad chunk split';
        const s = readBits(payload, p, this.chunkLog);
        p += this.chunkLog;
        const span = readGamma(payload, p, total) - 1;
        p = gammaEnd;
        const gap = readGamma(payload, p, total);
        p = gammaEnd;
        if (!(s >= 1 && s < c && span >= s - 1 && gap >= 1)) return 'bad chunk split';
        const second = first + span + gap;
        if (!(last - second >= c - s - 1)) return 'bad chunk split';
        p = this.addPiece(first, first + span, s, p);
        p = this.addPiece(second, last, c - s, p);
      }
      if (p > total) return 'the payload is shorter than its chunks';
    }
    this.chunkPiece[this.chunks] = this.pieces;
    if (Math.ceil(p / 32) !== payload.length) return 'the payload is longer than its chunks';
    if ((p & 31) !== 0 && payload[payload.length - 1]! >>> (p & 31) !== 0) {
      return 'bits set past the end of the payload';
    }
    return undefined;
  }

  /** The first chunk whose last value is >= x (chunks when none). */
  private chunkFor(x: number): number {
    const upper = this.upper;
    let lo = 0;
    let hi = this.chunks;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (upper[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private selectIn(q: number, r: number): number {
    const kind = this.kind[q]!;
    const first = this.first[q]!;
    if (kind === KIND_RUN) return first + r;
    const s = this.start[q]!;
    if (kind === KIND_BITMAP) return first + scanOnes(this.payload, s, r) - s;
    const lowBits = this.lowBits[q]!;
    const highStart = s + this.pieceCount[q]! * lowBits;
    const position = scanOnes(this.payload, highStart, r) - highStart;
    return (
      first + (position - r) * POW2[lowBits]! + readWide(this.payload, s + r * lowBits, lowBits)
    );
  }

  select(i: number): number {
    const j = Math.floor(i / this.size);
    let r = i - j * this.size;
    let q = this.chunkPiece[j]!;
    if (this.chunkPiece[j + 1]! - q === 2 && r >= this.pieceCount[q]!) {
      r -= this.pieceCount[q]!;
      q++;
    }
    return this.selectIn(q, r);
  }

  /** In EF piece q, the index of its first value >= first + d (0 <= d <= span); sets bucketEnd. */
  private lowerBound(q: number, d: number): number {
    const payload = this.payload;
    const s = this.start[q]!;
    const lowBits = this.lowBits[q]!;
    const scale = POW2[lowBits]!;
    const highStart = s + this.pieceCount[q]! * lowBits;
    const h = Math.floor(d / scale);
    const target = d - h * scale;
    const before = h === 0 ? highStart - 1 : scanZeros(payload, highStart, h - 1);
    const from = before - highStart + 1 - h;
    const end = from + (scanZeros(payload, before + 1, 0) - before - 1);
    this.bucketEnd = end;
    let lo = from;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (readWide(payload, s + mid * lowBits, lowBits) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Values of piece q below first + d, 0 < d <= span. */
  private rankIn(q: number, d: number): number {
    const kind = this.kind[q]!;
    if (kind === KIND_RUN) return d;
    if (kind === KIND_BITMAP) return onesIn(this.payload, this.start[q]!, d);
    return this.lowerBound(q, d);
  }

  /** The piece of chunk j that may hold x (x <= the chunk's last value). */
  private pieceFor(j: number, x: number): number {
    const q = this.chunkPiece[j]!;
    return this.chunkPiece[j + 1]! - q === 2 && x > this.last[q]! ? q + 1 : q;
  }

  rank(x: number): number {
    const c = Math.ceil(x);
    if (!(c > this.base)) return 0;
    if (c > this.max) return this.count;
    const j = this.chunkFor(c);
    const q = this.pieceFor(j, c);
    const before = j * this.size + (q === this.chunkPiece[j] ? 0 : this.pieceCount[q - 1]!);
    const d = c - this.first[q]!;
    return before + (d <= 0 ? 0 : this.rankIn(q, d));
  }

  has(x: number): boolean {
    if (!(x >= this.base && x <= this.max) || x !== Math.floor(x)) return false;
    const q = this.pieceFor(this.chunkFor(x), x);
    const d = x - this.first[q]!;
    if (d < 0) return false;
    const kind = this.kind[q]!;
    if (kind === KIND_RUN) return true;
    const s = this.start[q]!;
    if (kind === KIND_BITMAP) return bitAt(this.payload, s + d) === 1;
    const i = this.lowerBound(q, d);
    const lowBits = this.lowBits[q]!;
    const scale = POW2[lowBits]!;
    return (
      i < this.bucketEnd &&
      readWide(this.payload, s + i * lowBits, lowBits) === d - Math.floor(d / scale) * scale
    );
  }

  decode(out: Float64Array): void {
    const payload = this.payload;
    let i = 0;
    for (let q = 0; q < this.pieces; q++) {
      const c = this.pieceCount[q]!;
      const first = this.first[q]!;
      const kind = this.kind[q]!;
      const s = this.start[q]!;
      if (kind === KIND_RUN) {
        for (let t = 0; t < c; t++) out[i + t] = first + t;
      } else if (kind === KIND_BITMAP) {
        decodeBitmap(payload, s, this.last[q]! - first + 1, first, out, i);
      } else {
        decodeChunk(payload, s, c, this.lowBits[q]!, first, out, i);
      }
      i += c;
    }
  }

  verify(): string | undefined {
    if (this.problem !== undefined) return this.problem;
    const payload = this.payload;
    for (let q = 0; q < this.pieces; q++) {
      const kind = this.kind[q]!;
      if (kind === KIND_RUN) continue;
      const c = this.pieceCount[q]!;
      const s = this.start[q]!;
      const u = this.last[q]! - this.first[q]!;
      if (kind === KIND_BITMAP) {
        if (onesIn(payload, s, u + 1) !== c) return `piece ${q} does not hold its count`;
      } else {
        const lowBits = this.lowBits[q]!;
        const highBits = c + Math.floor(u / POW2[lowBits]!) + 1;
        if (onesIn(payload, s + c * lowBits, highBits) !== c) {
          return `piece ${q} does not hold its count`;
        }
      }
      if (this.selectIn(q, 0) !== this.first[q] || this.selectIn(q, c - 1) !== this.last[q]) {
        return `piece ${q} disagrees with its bounds`;
      }
    }
    return undefined;
  }
}

/** The ones of bits [s, s + length) as first + position, into out[i...]. */
function decodeBitmap(
  payload: Uint32Array,
  s: number,
  length: number,
  first: number,
  out: Float64Array,
  i: number,
): void {
  for (let q = 0; q < length; q += 32) {
    let w = read32(payload, s + q);
    if (length - q < 32) w &= (1 << (length - q)) - 1;
    while (w !== 0) {
      const t = 31 - Math.clz32(w & -w);
      w &= w - 1;
      out[i++] = first + q + t;
    }
  }
}

/** The c values of an Elias-Fano chunk body at bit s, into out[i...]. */
function decodeChunk(
  payload: Uint32Array,
  s: number,
  c: number,
  lowBits: number,
  first: number,
  out: Float64Array,
  i: number,
): void {
  const scale = POW2[lowBits]!;
  const highStart = s + c * lowBits;
  const end = i + c;
  let r = 0;
  let lowAt = s;
  const mask = lowBits >= 32 ? 0 : (1 << lowBits) - 1;
  for (let q = 0; i < end; q += 32) {
    let w = read32(payload, highStart + q);
    while (w !== 0 && i < end) {
      const t = 31 - Math.clz32(w & -w);
      w &= w - 1;
      const low =
        lowBits === 0
          ? 0
          : lowBits < 32
            ? (read32(payload, lowAt) & mask) >>> 0
            : readWide(payload, lowAt, lowBits);
      lowAt += lowBits;
      out[i++] = first + (q + t - r) * scale + low;
      r++;
    }
  }
}
