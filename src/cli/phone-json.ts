/**
 * JSON Lines for `ringfence phone --json`, written as bytes straight from a batch: the input
 * bytes are copied (escaped only when they must be), the E.164 digits are written from the
 * batch's numbers, and the fixed parts are pre-encoded. No string per line is built, which
 * makes output as fast as parsing.
 */
import {
  BATCH_EXTENSION,
  BATCH_GUESSED,
  BATCH_POSSIBLE,
  BATCH_VALID,
  NO_REGION_INDEX,
  PHONE_ERROR_CODES,
  PHONE_TYPES,
  type PhoneBatch,
} from '../phone/index.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const bytes = (text: string): Uint8Array => encoder.encode(text);

const INPUT = bytes('{"input":');
const VALIDITY = [
  bytes(',"valid":false,"possible":false,"e164":"+'),
  bytes(',"valid":true,"possible":false,"e164":"+'),
  bytes(',"valid":false,"possible":true,"e164":"+'),
  bytes(',"valid":true,"possible":true,"e164":"+'),
];
const NO_REGION = bytes('","region":null,"type":');
const TYPES = [bytes('null'), ...PHONE_TYPES.map((t) => bytes(`"${t}"`))];
const GUESSED = bytes(',"guessed":true');
const EXTENSION = bytes(',"extension":"');
const END = bytes('}\n');
const ERRORS = PHONE_ERROR_CODES.map((code) => bytes(`,"error":{"code":"${code}"}}\n`));

/** Room for every fixed fragment of a record after its input string (the longest is ~110). */
const RECORD_TAIL = 256;
const CAPACITY = 1 << 20;

export class JsonLinesWriter {
  private buffer = uninitialised(CAPACITY);
  private length = 0;
  private readonly regionFragments: Uint8Array[];
  /**
   * `","region":"GB","type":"MOBILE"}\n` by region and type, built on first use: the end of
   * most records in one copy instead of three.
   */
  private readonly tails: (Uint8Array | undefined)[] = [];

  constructor(regionIds: readonly string[]) {
    this.regionFragments = regionFragmentsOf(regionIds);
  }

  /**
   * Takes what was written so far and starts afresh. The bytes are handed over, not copied: the
   * next records go to a new buffer (not zero-filled), so a stream may keep the old one.
   */
  take(): Uint8Array {
    const out = this.buffer.subarray(0, this.length);
    this.buffer = uninitialised(Math.max(CAPACITY, this.buffer.length));
    this.length = 0;
    return out;
  }

  /** Writes every line of `batch`, parsed from `data`. */
  writeBatch(batch: PhoneBatch, data: Uint8Array): void {
    for (let i = 0; i < batch.count; i++) this.writeLine(batch, data, i);
  }

  /** Writes line `i` of `batch`, parsed from `data`. */
  writeLine(batch: PhoneBatch, data: Uint8Array, i: number): void {
    const start = batch.lineStart[i]!;
    const end = batch.lineEnd[i]!;
    const flags = batch.flags[i]!;
    const status = batch.status[i]!;
    this.reserve(end - start + 2 + INPUT.length + RECORD_TAIL);
    this.put(INPUT);
    this.putString(data, start, end);
    this.reserve(RECORD_TAIL);
    if (status !== 0) {
      this.put(ERRORS[status - 1]!);
      return;
    }
    this.put(VALIDITY[(flags & BATCH_VALID ? 1 : 0) | (flags & BATCH_POSSIBLE ? 2 : 0)]!);
    this.putInteger(batch.callingCode[i]!, 0);
    const length = batch.nsnLength[i]!;
    if (length > 9) {
      this.putInteger(batch.nsnHigh[i]!, length - 9);
      this.putInteger(batch.nsnLow[i]!, 9);
    } else {
      this.putInteger(batch.nsnLow[i]!, length);
    }
    const region = batch.region[i]!;
    const type = batch.type[i]!;
    if ((flags & (BATCH_GUESSED | BATCH_EXTENSION)) === 0) {
      const key = region === NO_REGION_INDEX ? type : (region + 1) * TYPES.length + type;
      this.put(this.tails[key] ?? this.tail(key, region, type));
      return;
    }
    this.put(region === NO_REGION_INDEX ? NO_REGION : this.regionFragments[region]!);
    this.put(TYPES[type]!);
    if (flags & BATCH_GUESSED) this.put(GUESSED);
    if (flags & BATCH_EXTENSION) this.putExtension(batch.extensions.get(i) ?? '');
    this.put(END);
  }

  private tail(key: number, region: number, type: number): Uint8Array {
    const tail = recordTail(this.regionFragments, region, type);
    this.tails[key] = tail;
    return tail;
  }

  /** Bytes written since the last take() or copyTo(). */
  get size(): number {
    return this.length;
  }

  /** Copies what was written so far into `target` from `at`, and starts afresh in place. */
  copyTo(target: Uint8Array, at: number): void {
    target.set(this.buffer.subarray(0, this.length), at);
    this.length = 0;
  }

  /** Extension digits are ASCII: written without an encoder. */
  private putExtension(digits: string): void {
    this.put(EXTENSION);
    this.reserve(digits.length + 1 + END.length);
    for (let k = 0; k < digits.length; k++) this.buffer[this.length++] = digits.charCodeAt(k);
    this.buffer[this.length++] = 0x22;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + extra));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** Copies a fixed fragment; the caller has reserved room for it (RECORD_TAIL). */
  private put(fragment: Uint8Array): void {
    const buffer = this.buffer;
    let at = this.length;
    // A loop beats TypedArray#set for the shortest fragments, not for the record tails.
    if (fragment.length > 24) {
      buffer.set(fragment, at);
      this.length = at + fragment.length;
      return;
    }
    for (let k = 0; k < fragment.length; k++) buffer[at++] = fragment[k]!;
    this.length = at;
  }

  /**
   * A JSON string of the input bytes. Well-formed UTF-8 is copied as it is; a line with a quote,
   * a backslash, a control character, U+2028/U+2029 or malformed UTF-8 goes through a decoder
   * (malformed bytes become U+FFFD, as in the argument path) and JSON.stringify.
   */
  private putString(data: Uint8Array, start: number, end: number): void {
    this.reserve(end - start + 2);
    const buffer = this.buffer;
    let at = this.length;
    buffer[at++] = 0x22;
    for (let k = start; k < end;) {
      const b = data[k]!;
      if (b >= 0x20 && b !== 0x22 && b !== 0x5c && b < 0x80) {
        buffer[at++] = b;
        k++;
        continue;
      }
      const size = b >= 0x80 ? utf8SequenceLength(data, k, end) : 0;
      if (size === 0) {
        const text = decoder.decode(data.subarray(start, end));
        const escaped = encoder.encode(
          JSON.stringify(text)
            .replace(/\u2028/g, '\\u2028')
            .replace(/\u2029/g, '\\u2029'),
        );
        this.reserve(escaped.length + RECORD_TAIL);
        this.put(escaped);
        return;
      }
      for (let j = 0; j < size; j++) buffer[at++] = data[k + j]!;
      k += size;
    }
    buffer[at++] = 0x22;
    this.length = at;
  }

  /** Decimal digits of `value` (below 2^31), left-padded with zeros to `width` (0: none). */
  private putInteger(value: number, width: number): void {
    // Comparisons, not Math.log10: this runs two or three times per record.
    let size = 1;
    for (let limit = 10; value >= limit && size < 10; limit *= 10) size++;
    if (size < width) size = width;
    const buffer = this.buffer;
    let at = this.length + size - 1;
    for (let k = 0; k < size; k++, at--) {
      const q = (value / 10) | 0;
      buffer[at] = 48 + value - q * 10;
      value = q;
    }
    this.length += size;
  }
}

function regionFragmentsOf(regionIds: readonly string[]): Uint8Array[] {
  return regionIds.map((id) => bytes(`","region":"${id}","type":`));
}

/** `","region":"GB","type":"MOBILE"}\n`: the end of a record without flags. */
function recordTail(regionFragments: readonly Uint8Array[], region: number, type: number) {
  const head = region === NO_REGION_INDEX ? NO_REGION : regionFragments[region]!;
  const typeBytes = TYPES[type]!;
  const tail = new Uint8Array(head.length + typeBytes.length + END.length);
  tail.set(head, 0);
  tail.set(typeBytes, head.length);
  tail.set(END, head.length + typeBytes.length);
  return tail;
}

/**
 * The fixed parts of a record for an input that is its own E.164 (`+` and digits, no flags), as
 * the WebAssembly fast path (phone-fast.ts) writes it: `head`, the input, `validity[valid |
 * possible << 1]`, the input again, then tail `(region + 1) * typeCount + type` (region -1 for
 * none), which is `tails[tailAt[key], tailAt[key] + tailLength[key])`. The same bytes as
 * writeLine's.
 */
export function e164RecordFragments(regionIds: readonly string[]): {
  readonly head: Uint8Array;
  readonly validity: readonly Uint8Array[];
  readonly tails: Uint8Array;
  readonly tailAt: Uint32Array;
  readonly tailLength: Uint32Array;
  readonly typeCount: number;
  /** After the input: the ends of the TOO_SHORT, TOO_LONG and INVALID_COUNTRY records. */
  readonly errors: readonly Uint8Array[];
} {
  const quote = bytes('"');
  const join = (a: Uint8Array, b: Uint8Array): Uint8Array => {
    const out = new Uint8Array(a.length + b.length);
    out.set(a, 0);
    out.set(b, a.length);
    return out;
  };
  // All tails in one buffer: thousands of them, built at every start.
  const heads = [NO_REGION, ...regionFragmentsOf(regionIds)];
  const keys = heads.length * TYPES.length;
  const tailAt = new Uint32Array(keys);
  const tailLength = new Uint32Array(keys);
  let size = 0;
  for (let key = 0; key < keys; key++) {
    tailAt[key] = size;
    tailLength[key] =
      heads[Math.floor(key / TYPES.length)]!.length +
      TYPES[key % TYPES.length]!.length +
      END.length;
    size += tailLength[key]!;
  }
  const tails = new Uint8Array(size);
  for (let key = 0; key < keys; key++) {
    const head = heads[Math.floor(key / TYPES.length)]!;
    const type = TYPES[key % TYPES.length]!;
    tails.set(head, tailAt[key]);
    tails.set(type, tailAt[key]! + head.length);
    tails.set(END, tailAt[key]! + head.length + type.length);
  }
  return {
    head: join(INPUT, quote),
    // VALIDITY ends with the `+` of the E.164, which the input brings itself.
    validity: VALIDITY.map((v) => join(quote, v.subarray(0, v.length - 1))),
    tails,
    tailAt,
    tailLength,
    typeCount: TYPES.length,
    errors: (['TOO_SHORT', 'TOO_LONG', 'INVALID_COUNTRY'] as const).map((code) =>
      join(quote, ERRORS[PHONE_ERROR_CODES.indexOf(code)]!),
    ),
  };
}

/**
 * A fresh Uint8Array without zero-filling (Buffer.allocUnsafe's memory; sizes this large are
 * never taken from Node's shared pool). A plain Uint8Array view, not the Buffer itself, so that
 * the copy loops see one array type and stay monomorphic.
 */
function uninitialised(size: number): Uint8Array {
  const memory = Buffer.allocUnsafe(size);
  return new Uint8Array(memory.buffer, memory.byteOffset, size);
}

/**
 * Length of the well-formed UTF-8 sequence at `k` (2 to 4), or 0 when it is malformed, or is
 * U+2028/U+2029, which some JSON readers reject unescaped.
 */
function utf8SequenceLength(data: Uint8Array, k: number, end: number): number {
  const b = data[k]!;
  const c1 = k + 1 < end ? data[k + 1]! : 0;
  if (b >= 0xc2 && b <= 0xdf) return (c1 & 0xc0) === 0x80 ? 2 : 0;
  const c2 = k + 2 < end ? data[k + 2]! : 0;
  if (b >= 0xe0 && b <= 0xef) {
    if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80) return 0;
    if (b === 0xe0 && c1 < 0xa0) return 0; // overlong
    if (b === 0xed && c1 >= 0xa0) return 0; // surrogate
    if (b === 0xe2 && c1 === 0x80 && (c2 === 0xa8 || c2 === 0xa9)) return 0;
    return 3;
  }
  const c3 = k + 3 < end ? data[k + 3]! : 0;
  if (b >= 0xf0 && b <= 0xf4) {
    if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80 || (c3 & 0xc0) !== 0x80) return 0;
    if (b === 0xf0 && c1 < 0x90) return 0; // overlong
    if (b === 0xf4 && c1 > 0x8f) return 0; // above U+10FFFF
    return 4;
  }
  return 0;
}
