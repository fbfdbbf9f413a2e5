/**
 * The encoder of a number set's partition (src/number-set/encode-module.ts drives it; built into
 * dist/wasm/number-set.wasm by `npm run build`): a second implementation of encodeBlock() in
 * src/number-set/partitioned.ts and elias-fano.ts, held byte-equal to it by
 * src/number-set/encode-module.test.ts. The same plans (the smallest of an Elias-Fano block, a
 * bitmap and a partitioned block; the same low bits, the same chunk cuts) over the same values,
 * read once as integers: the TypeScript encoder's passes over doubles took an ingest's threads
 * about 35 ns a number at the end of an ingest, and as much again to compile.
 *
 * Values come as doubles and are read as u64 in place. Input it does not take (not strictly
 * ascending integers in [0, limit), or a block too large for the format) returns REFUSED, and
 * the caller hands it to the TypeScript encoder, which says what is wrong.
 */

/** Start of free memory after this module's own data. */
export function heapBase(): usize {
  return __heap_base;
}

/** encode()'s answer for input the TypeScript encoder is left to refuse. */
const REFUSED: u32 = 0xffffffff;

const ENCODING_ELIAS_FANO: u32 = 0;
const ENCODING_BITMAP: u32 = 1;
const ENCODING_PARTITIONED: u32 = 2;
const SAMPLE_INTERVAL: u64 = 512;
const RANK_BLOCK_WORDS: u64 = 32;
const MAX_LOW_BITS: i32 = 52;
const MAX_BIT_VECTOR: u64 = 0xffffffff;
const MAX_PAYLOAD_BITS: u64 = MAX_BIT_VECTOR - 64;
const MAX_SAFE_INTEGER: f64 = 9007199254740991;
/** Words: none fits. */
const NONE: u64 = u64.MAX_VALUE;
/** Bytes past the words that the bit writes may touch (a u64 load and store from the last). */
const SLACK: usize = 16;

const KIND_EF: u32 = 0;
const KIND_BITMAP: u32 = 1;
const KIND_RUN: u32 = 2;

// The shape of the last encode(), read by the caller through the functions below.
let shapeEncoding: u32 = 0;
let shapeLowBits: u32 = 0;
let shapeBase: u64 = 0;
let shapeMax: u64 = 0;
let wordsAt: usize = 0;

export function blockEncoding(): u32 {
  return shapeEncoding;
}
export function blockLowBits(): u32 {
  return shapeLowBits;
}
export function blockBase(): f64 {
  return <f64>shapeBase;
}
export function blockMax(): f64 {
  return <f64>shapeMax;
}
/** Where the last encode() put its words. */
export function blockWords(): usize {
  return wordsAt;
}

/**
 * Encodes the `count` doubles at `values` (8-byte aligned, strictly ascending integers in
 * [0, limit)) as encodeBlock() does with 2^chunkLog values per chunk; returns the number of
 * words (at blockWords(), the shape at the other block*() getters), or REFUSED. Uses the memory after the values,
 * growing it as needed.
 */
export function encode(values: usize, count: u32, limit: f64, chunkLog: u32): u32 {
  if (count == 0 || chunkLog < 1 || chunkLog > 16) return REFUSED;
  // Checked as planSequence() and the packers check, and made integers in place.
  let previous: f64 = -1;
  for (let i: u32 = 0; i < count; i++) {
    const at = values + ((<usize>i) << 3);
    const v = load<f64>(at);
    if (!(v > previous) || v != Math.floor(v)) return REFUSED;
    previous = v;
    store<u64>(at, <u64>v);
  }
  if (!(previous < limit) || !(previous <= MAX_SAFE_INTEGER)) return REFUSED;

  planSequence(values, count, true);
  const plainWords = plannedWords;
  const plainEncoding = plannedEncoding;
  const plainLow = plannedLow;

  // The partitioned plan: chunk bounds, each chunk's cut, the payload's bits.
  const size: u32 = 1 << chunkLog;
  const chunks: u32 = count >= 2 ? (count + size - 1) >> chunkLog : 0;
  const bounds = align(values + ((<usize>count) << 3), 8);
  const splits = bounds + ((<usize>(chunks + 1)) << 3);
  let partitionedWords: u64 = NONE;
  let boundsWords: u64 = 0;
  let boundsLow: u32 = 0;
  if (chunks > 0) {
    ensure(splits + ((<usize>chunks) << 2));
    store<u64>(bounds, load<u64>(values));
    let bits: u64 = 0;
    for (let j: u32 = 0; j < chunks; j++) {
      const from = j * size;
      const to = min(count, from + size);
      const last = at64(values, to - 1);
      store<u64>(bounds + ((<usize>(j + 1)) << 3), last);
      if (j > 0) bits += gammaBits(at64(values, from) - at64(values, from - 1));
      bits += planSplit(values, from, to, chunkLog);
      store<u32>(splits + ((<usize>j) << 2), plannedSplit);
    }
    if (bits <= MAX_PAYLOAD_BITS) {
      planSequence(bounds, chunks + 1, false);
      if (plannedWords != NONE) {
        boundsWords = plannedWords;
        boundsLow = plannedLow;
        partitionedWords = boundsWords + ((bits + 31) >> 5);
      }
    }
  }

  const partitioned = partitionedWords != NONE && partitionedWords < plainWords;
  const total = partitioned ? partitionedWords : plainWords;
  if (total == NONE) return REFUSED;
  const out = align(
    partitioned ? splits + ((<usize>chunks) << 2) : values + ((<usize>count) << 3),
    8,
  );
  const bytes = (<usize>total) << 2;
  ensure(out + bytes + SLACK);
  memory.fill(out, 0, bytes + SLACK);
  wordsAt = out;
  shapeBase = load<u64>(values);
  shapeMax = at64(values, count - 1);
  if (partitioned) {
    shapeEncoding = ENCODING_PARTITIONED;
    shapeLowBits = boundsLow;
    encodeEliasFano(bounds, chunks + 1, boundsLow, out);
    encodeChunks(values, count, bounds, splits, chunkLog, out + ((<usize>boundsWords) << 2));
  } else {
    shapeEncoding = plainEncoding;
    shapeLowBits = plainLow;
    if (plainEncoding == ENCODING_BITMAP) encodeBitmap(values, count, out);
    else encodeEliasFano(values, count, plainLow, out);
  }
  return <u32>total;
}

function align(at: usize, to: usize): usize {
  return (at + to - 1) & ~(to - 1);
}

/** Grows the memory to `end` bytes at least. */
function ensure(end: usize): void {
  const have = (<usize>memory.size()) << 16;
  if (end <= have) return;
  const pages = <i32>((end - have + 0xffff) >> 16);
  if (memory.grow(pages) < 0) unreachable();
}

function at64(values: usize, i: u32): u64 {
  return load<u64>(values + ((<usize>i) << 3));
}

function ceilDiv(a: u64, b: u64): u64 {
  return (a + b - 1) / b;
}

// planSequence's results.
let plannedWords: u64 = NONE;
let plannedEncoding: u32 = 0;
let plannedLow: u32 = 0;

/** planSequence() of elias-fano.ts over `count` ascending u64s. */
function planSequence(values: usize, count: u32, allowBitmap: bool): void {
  const range = at64(values, count - 1) - load<u64>(values);
  const n = <u64>count;
  let best = NONE;
  let low: i32 = 0;
  const ratio = <f64>(range + 1) / <f64>count;
  const guess: i32 = ratio > 1 ? <i32>Math.floor(Math.log2(ratio)) : 0;
  const top = min(MAX_LOW_BITS, guess + 1);
  for (let l = max(0, guess - 1); l <= top; l++) {
    const zeros = (range >> (<u64>l)) + 1;
    const highBits = n + zeros;
    const words =
      ceilDiv(n * <u64>l, 32) +
      ceilDiv(highBits, 32) +
      ceilDiv(n, SAMPLE_INTERVAL) +
      ceilDiv(zeros, SAMPLE_INTERVAL);
    if (highBits <= MAX_BIT_VECTOR && words < best) {
      best = words;
      low = l;
    }
  }
  let encoding = ENCODING_ELIAS_FANO;
  const bits = range + 1;
  const bitmapWords = ceilDiv(bits, 32) + ceilDiv(bits, 1024);
  if (allowBitmap && bits <= MAX_BIT_VECTOR && bitmapWords <= best) {
    best = bitmapWords;
    encoding = ENCODING_BITMAP;
    low = 0;
  }
  plannedWords = best;
  plannedEncoding = encoding;
  plannedLow = <u32>low;
}

/** floor(log2(v)) for v >= 1. */
function floorLog2(v: u64): u64 {
  return 63 - clz(v);
}

function gammaBits(v: u64): u64 {
  return 2 * floorLog2(v) + 1;
}

/** floor(log2(a / b)) for integers a >= b >= 1, exactly. */
function floorLog2Ratio(a: u64, b: u64): u64 {
  let g = floorLog2(a) - floorLog2(b);
  if (b << g > a) g--;
  return g;
}

// planChunk's second and third results.
let chunkKind: u32 = KIND_RUN;
let chunkLow: u64 = 0;

/** planChunk() of partitioned.ts: bits of the body of a piece of c values spanning u. */
function planChunk(c: u64, u: u64): u64 {
  if (u == c - 1) {
    chunkKind = KIND_RUN;
    chunkLow = 0;
    return 0;
  }
  const guess: i64 = u + 1 > c ? <i64>floorLog2Ratio(u + 1, c) : 0;
  let best = NONE;
  let low: i64 = 0;
  const top = min(<i64>MAX_LOW_BITS, guess + 1);
  for (let l = max(<i64>0, guess - 1); l <= top; l++) {
    const cost = c * <u64>l + c + (u >> (<u64>l)) + 1;
    if (cost < best) {
      best = cost;
      low = l;
    }
  }
  if (u + 1 <= best) {
    chunkKind = KIND_BITMAP;
    chunkLow = 0;
    return u + 1;
  }
  chunkKind = KIND_EF;
  chunkLow = <u64>low;
  return best;
}

// planSplit's second result.
let plannedSplit: u32 = 0;

/** planSplit() of partitioned.ts: bits of chunk [from, to) after its gap code. */
function planSplit(values: usize, from: u32, to: u32, chunkLog: u32): u64 {
  const first = at64(values, from);
  const last = at64(values, to - 1);
  const c = <u64>(to - from);
  const whole = 1 + planChunk(c, last - first);
  plannedSplit = 0;
  if (whole <= 1 + <u64>chunkLog + 8) return whole;
  let widest: u64 = 0;
  let at: u32 = 0;
  let before = first;
  for (let i = from + 1; i < to; i++) {
    const v = at64(values, i);
    const gap = v - before;
    if (gap > widest) {
      widest = gap;
      at = i;
    }
    before = v;
  }
  if (widest < 1) return whole;
  const s = at - from;
  const span1 = at64(values, at - 1) - first;
  const split =
    1 +
    <u64>chunkLog +
    gammaBits(span1 + 1) +
    gammaBits(widest) +
    planChunk(<u64>s, span1) +
    planChunk(c - <u64>s, last - at64(values, at));
  if (split < whole) {
    plannedSplit = s;
    return split;
  }
  return whole;
}

// --- bit writes into zeroed words (LSB first), with SLACK bytes after the last ----------------

function setBit(words: usize, p: u64): void {
  const at = words + ((<usize>(p >> 5)) << 2);
  store<u32>(at, load<u32>(at) | (1 << ((<u32>p) & 31)));
}

/** ORs the n low bits of v (n <= 52, v < 2^n) in at bit p. */
function writeField(words: usize, p: u64, n: u32, v: u64): void {
  if (n == 0) return;
  const at = words + ((<usize>(p >> 5)) << 2);
  const b = <u64>(p & 31);
  store<u64>(at, load<u64>(at) | (v << b));
  if (b + <u64>n > 64) store<u32>(at + 8, load<u32>(at + 8) | (<u32>(v >> (64 - b))));
}

/** Elias-gamma code of v >= 1 at bit p; returns the bit after it. */
function writeGamma(words: usize, p: u64, v: u64): u64 {
  const n = floorLog2(v);
  setBit(words, p + n);
  writeField(words, p + n + 1, <u32>n, v - ((<u64>1) << n));
  return p + 2 * n + 1;
}

// --- blocks --------------------------------------------------------------------------------

/** An Elias-Fano block (low fields, high bits, one and zero samples) of `count` u64s at `out`. */
function encodeEliasFano(values: usize, count: u32, low: u32, out: usize): void {
  const first = load<u64>(values);
  const range = at64(values, count - 1) - first;
  const n = <u64>count;
  const zeros = (range >> (<u64>low)) + 1;
  const lowWords = ceilDiv(n * <u64>low, 32);
  const highWords = ceilDiv(n + zeros, 32);
  const high = out + ((<usize>lowWords) << 2);
  const mask: u64 = ((<u64>1) << (<u64>low)) - 1;
  for (let i: u32 = 0; i < count; i++) {
    const x = at64(values, i) - first;
    setBit(high, (x >> (<u64>low)) + <u64>i);
    writeField(out, <u64>i * <u64>low, low, x & mask);
  }
  const samples = high + ((<usize>highWords) << 2);
  const oneSamples = ceilDiv(n, SAMPLE_INTERVAL);
  buildSamples(high, highWords, n, true, samples, oneSamples);
  buildSamples(
    high,
    highWords,
    zeros,
    false,
    samples + ((<usize>oneSamples) << 2),
    ceilDiv(zeros, SAMPLE_INTERVAL),
  );
}

/** buildSamples() of elias-fano.ts: the position of every 512th one (or zero) among `total`. */
function buildSamples(
  bits: usize,
  words: u64,
  total: u64,
  ones: bool,
  out: usize,
  length: u64,
): void {
  let seen: u64 = 0;
  let next: u64 = 0;
  let k: u64 = 0;
  for (let w: u64 = 0; k < length && w < words; w++) {
    let word = load<u32>(bits + ((<usize>w) << 2));
    if (!ones) word = ~word;
    const c = <u64>popcnt(word);
    while (k < length && next < seen + c && next < total) {
      store<u32>(out + ((<usize>k) << 2), <u32>(w * 32) + selectInWord(word, <u32>(next - seen)));
      k++;
      next += SAMPLE_INTERVAL;
    }
    seen += c;
  }
}

/** Bit index of the k-th (0-based) set bit of a word that has more than k. */
function selectInWord(word: u32, k: u32): u32 {
  for (; k > 0; k--) word &= word - 1;
  return ctz(word);
}

/** A bitmap block (bits, then the ones before every 1024-bit block) of `count` u64s at `out`. */
function encodeBitmap(values: usize, count: u32, out: usize): void {
  const first = load<u64>(values);
  const bitWords = ceilDiv(at64(values, count - 1) - first + 1, 32);
  for (let i: u32 = 0; i < count; i++) setBit(out, at64(values, i) - first);
  const samples = out + ((<usize>bitWords) << 2);
  let ones: u32 = 0;
  for (let w: u64 = 0; w < bitWords; w++) {
    if (w % RANK_BLOCK_WORDS == 0)
      store<u32>(samples + ((<usize>(w / RANK_BLOCK_WORDS)) << 2), ones);
    ones += popcnt(load<u32>(out + ((<usize>w) << 2)));
  }
}

/** encodePartitioned()'s payload: every chunk's gap code, cut flag and pieces, at `payload`. */
function encodeChunks(
  values: usize,
  count: u32,
  bounds: usize,
  splits: usize,
  chunkLog: u32,
  payload: usize,
): void {
  const size: u32 = 1 << chunkLog;
  const chunks = (count + size - 1) >> chunkLog;
  let p: u64 = 0;
  for (let j: u32 = 0; j < chunks; j++) {
    const from = j * size;
    const to = min(count, from + size);
    const first = at64(values, from);
    if (j > 0) p = writeGamma(payload, p, first - load<u64>(bounds + ((<usize>j) << 3)));
    const s = load<u32>(splits + ((<usize>j) << 2));
    if (s == 0) {
      p = writeBody(payload, p + 1, values, from, to);
      continue;
    }
    setBit(payload, p);
    writeField(payload, p + 1, chunkLog, <u64>s);
    p = writeGamma(payload, p + 1 + <u64>chunkLog, at64(values, from + s - 1) - first + 1);
    p = writeGamma(payload, p, at64(values, from + s) - at64(values, from + s - 1));
    p = writeBody(payload, p, values, from, from + s);
    p = writeBody(payload, p, values, from + s, to);
  }
}

/** writeBody() of partitioned.ts: the body of piece [from, to) at bit p; the bit after it. */
function writeBody(payload: usize, p: u64, values: usize, from: u32, to: u32): u64 {
  const first = at64(values, from);
  const cost = planChunk(<u64>(to - from), at64(values, to - 1) - first);
  if (chunkKind == KIND_BITMAP) {
    for (let i = from; i < to; i++) setBit(payload, p + (at64(values, i) - first));
  } else if (chunkKind == KIND_EF) {
    const low = chunkLow;
    const mask: u64 = ((<u64>1) << low) - 1;
    const highStart = p + <u64>(to - from) * low;
    for (let i = from; i < to; i++) {
      const x = at64(values, i) - first;
      const index = <u64>(i - from);
      setBit(payload, highStart + (x >> low) + index);
      writeField(payload, p + index * low, <u32>low, x & mask);
    }
  }
  return p + cost;
}
