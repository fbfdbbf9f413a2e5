/**
 * A dump written as one JSON array (`[{"phone": ...}, {...}]`, on one line or pretty-printed,
 * of any size) read as JSON Lines: one element per line, so that the sniffer and the normaliser
 * read it as they read any JSON Lines file, and a rejected row's line is its element number.
 *
 * Detection, on the decoded text (after the byte-order mark): the first byte that is not JSON
 * whitespace is `[`, and the next one is `{`, `[`, `"`, `]`, or starts a JSON number, `true`,
 * `false` or `null` followed by whitespace, `,` or `]`. The number or word is checked whole so
 * that a log file of `[2021-05-01 ...]` or `[note]` lines is not taken for an array. Anything else
 * passes through as the very same chunks.
 *
 * Reading is a byte-level state machine whose state (where it is, the nesting depth of the
 * element, inside a string or not, after a backslash or not) lives across chunks, so a chunk may
 * end anywhere: inside a string, between a backslash and the byte it escapes, inside a number.
 * Between elements, whitespace and commas are dropped. An object or array element is copied byte
 * for byte up to the bracket that closes it, with each CR and LF turned into a space: JSON strings
 * cannot hold a raw CR or LF, so every one inside an element is whitespace, and the element stays
 * the same JSON on one line. A string element ends at its closing quote, a number or word at
 * whitespace, `,`, a bracket, a brace or a quote. Each element then gets an LF. Missing commas are
 * forgiven (`{..} {..}` gives two lines). Nothing is held back: an element's bytes go out with the
 * chunk that holds them, so the machine keeps no record in memory, only its state.
 *
 * What cannot be read is still a row, never lost and never a crash:
 * - an element that is not an object (a number, a string, an array, null) is a line of its own,
 *   which the normaliser rejects as MALFORMED_ROW among objects (the sniffer reads only the object
 *   lines of its sample, see sniffSample). An array with no object in the sample is sniffed as
 *   any text is: a list of numbers or strings is read as plain lines, one number per row;
 * - a file cut inside an element (a truncated download) ends with the partial element as its last
 *   line, rejected as MALFORMED_ROW;
 * - an element longer than MAX_RECORD_BYTES is written up to one byte over that limit, the rest
 *   dropped: one over-long line, which the normaliser rejects as MALFORMED_ROW. This bounds every
 *   line, so a string that never closes (which swallows the rest of the file into its element)
 *   costs one row and no memory.
 * After the closing `]`, whitespace is dropped and a further `[` opens another array (dumps
 * concatenated with `cat`). Any other text after it is passed on unchanged, read line by line
 * after the elements like any JSON Lines (an object line is read, anything else is rejected as
 * MALFORMED_ROW), and the reading note says so: nothing is dropped silently.
 */
import type { ReadingNote } from '../store/index.js';
import { MAX_RECORD_BYTES } from './records.js';

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const MINUS = 45;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
/** The first letters of true, false and null. */
const T = 116;
const F = 102;
const N = 110;
const CLOSE_BRACE = 125;

/** Bytes read before a decision is forced (only leading whitespace can need them). */
const DETECT_BYTES = 1 << 16;

/** Before the opening `[`. */
const START = 0;
/** Inside an array, between elements. */
const BETWEEN = 1;
/** Inside an object, array or string element (depth and string state apply). */
const ELEMENT = 2;
/** Inside a number or word element. */
const WORD = 3;
/** After a closing `]`. */
const AFTER = 4;
/** Text after the array: passed through. */
const TRAILER = 5;

function isSpace(b: number): boolean {
  return b === SPACE || b === LF || b === CR || b === TAB;
}

/** Ends a number or word element: whitespace, a separator, or the start of another value. */
function endsWord(b: number): boolean {
  return (
    isSpace(b) ||
    b === COMMA ||
    b === CLOSE_BRACKET ||
    b === OPEN_BRACKET ||
    b === OPEN_BRACE ||
    b === QUOTE
  );
}

const JSON_WORD = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)$/;

/**
 * Whether text starts as a JSON array (see the note at the top); undefined when the bytes seen
 * end before the answer and more may follow (`final` false).
 */
export function isJsonArray(bytes: Uint8Array, final: boolean): boolean | undefined {
  const n = bytes.length;
  let i = 0;
  while (i < n && isSpace(bytes[i]!)) i++;
  if (i === n) return final ? false : undefined;
  if (bytes[i] !== OPEN_BRACKET) return false;
  i++;
  while (i < n && isSpace(bytes[i]!)) i++;
  if (i === n) return final ? false : undefined;
  const b = bytes[i]!;
  if (b === OPEN_BRACE || b === OPEN_BRACKET || b === QUOTE || b === CLOSE_BRACKET) return true;
  // A number or true/false/null, read whole: `[2021-05-01 ...]` or `[note]` is no array.
  if (b !== MINUS && (b < 48 || b > 57) && b !== T && b !== F && b !== N) return false;
  let end = i;
  while (end < n && !endsWord(bytes[end]!) && end - i < 64) end++;
  if (end === n && !final) return undefined;
  if (end < n && bytes[end] !== COMMA && bytes[end] !== CLOSE_BRACKET && !isSpace(bytes[end]!))
    return false;
  return JSON_WORD.test(String.fromCharCode(...bytes.subarray(i, end)));
}

/** What the reading of an array found, for the reading note. */
export interface JsonArrayCounts {
  /** Elements read, one line each (a partial last one included). */
  readonly elements: number;
  /** The input ended after a closing `]` (false: cut inside the array). */
  readonly closed: boolean;
  /** Text after the closing `]` was passed on as lines. */
  readonly trailing: boolean;
}

/**
 * The state machine of the note at the top: chunks of a JSON array in, chunks of JSON Lines out.
 * `maxLineBytes` (bytes kept of one element) is injected by tests; its default is one more than
 * the normaliser accepts.
 */
export class JsonArrayLines {
  private state = START;
  private depth = 0;
  private inString = false;
  private escape = false;
  /** Bytes of the current element written so far. */
  private kept = 0;
  private elements = 0;

  constructor(private readonly maxLineBytes = MAX_RECORD_BYTES + 1) {}

  /** The JSON Lines of `chunk`, or null when it held none; new memory, except in the trailer. */
  push(chunk: Uint8Array): Uint8Array | null {
    const n = chunk.length;
    if (n === 0) return null;
    if (this.state === TRAILER) return chunk;
    const max = this.maxLineBytes;
    let { state, depth, inString, escape, kept } = this;
    // Room for the rest of the chunk and one LF: each element byte takes at most the byte it
    // came from, and an LF that no dropped byte pays for grows the buffer first.
    let out: Uint8Array = new Uint8Array(n + 1);
    let o = 0;
    let i = 0;
    while (i < n) {
      if (state === ELEMENT) {
        let done = false;
        while (i < n) {
          const b = chunk[i++]!;
          if (kept < max) {
            out[o++] = b === LF || b === CR ? SPACE : b;
            kept++;
          }
          if (inString) {
            if (escape) escape = false;
            else if (b === BACKSLASH) escape = true;
            else if (b === QUOTE) {
              inString = false;
              if (depth === 0) {
                done = true;
                break;
              }
            }
          } else if (b === QUOTE) inString = true;
          else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
          else if ((b === CLOSE_BRACE || b === CLOSE_BRACKET) && --depth === 0) {
            done = true;
            break;
          }
        }
        if (!done) break;
        if (o + n - i + 2 > out.length) out = grow(out, o, n - i + 2);
        out[o++] = LF;
        this.elements++;
        state = BETWEEN;
        continue;
      }
      const b = chunk[i]!;
      if (state === WORD) {
        if (!endsWord(b)) {
          if (kept < max) {
            out[o++] = b;
            kept++;
          }
          i++;
          continue;
        }
        // The byte that ended the word is read again between elements.
        if (o + n - i + 2 > out.length) out = grow(out, o, n - i + 2);
        out[o++] = LF;
        this.elements++;
        state = BETWEEN;
        continue;
      }
      if (state === BETWEEN) {
        i++;
        if (isSpace(b) || b === COMMA) continue;
        if (b === CLOSE_BRACKET) {
          state = AFTER;
          continue;
        }
        kept = 1;
        out[o++] = b;
        depth = b === OPEN_BRACE || b === OPEN_BRACKET ? 1 : 0;
        inString = b === QUOTE;
        escape = false;
        state = depth === 1 || inString ? ELEMENT : WORD;
        continue;
      }
      // START or AFTER: whitespace, then `[` opens an array; anything else is the trailer.
      if (isSpace(b)) {
        i++;
        continue;
      }
      if (b === OPEN_BRACKET) {
        i++;
        state = BETWEEN;
        continue;
      }
      state = TRAILER;
      out.set(chunk.subarray(i), o);
      o += n - i;
      i = n;
    }
    this.state = state;
    this.depth = depth;
    this.inString = inString;
    this.escape = escape;
    this.kept = kept;
    return o === 0 ? null : out.subarray(0, o);
  }

  /** At the end of the input: an element cut short becomes the last line. */
  end(): Uint8Array | null {
    if (this.state !== ELEMENT && this.state !== WORD) return null;
    this.state = BETWEEN;
    this.elements++;
    return Uint8Array.of(LF);
  }

  counts(): JsonArrayCounts {
    return {
      elements: this.elements,
      closed: this.state === AFTER || this.state === TRAILER,
      trailing: this.state === TRAILER,
    };
  }
}

function grow(out: Uint8Array, used: number, more: number): Uint8Array {
  const bigger = new Uint8Array(Math.max(out.length * 2, used + more));
  bigger.set(out.subarray(0, used));
  return bigger;
}

export interface JsonArrayStream {
  /** JSON Lines when the input is a JSON array, else the input's very chunks; none empty. */
  readonly chunks: AsyncGenerator<Uint8Array>;
  /**
   * The reader when the input is a JSON array, null when it is not; undefined until decided
   * (at the latest when `chunks` first yields or ends).
   */
  reader(): JsonArrayLines | null | undefined;
}

/**
 * Wraps decoded chunks (see encoding.ts): holds the first ones until isJsonArray can answer
 * (one chunk in practice: decodeStream yields at least 64 KiB first), then reads them as a JSON
 * array or passes them through.
 */
export function jsonArrayLines(
  source: AsyncIterable<Uint8Array>,
  maxLineBytes?: number,
): JsonArrayStream {
  let reader: JsonArrayLines | null | undefined;
  const held: Uint8Array[] = [];
  let heldBytes = 0;
  const decide = (final: boolean): boolean => {
    const sample = held.length === 1 ? held[0]! : Buffer.concat(held);
    const found = isJsonArray(sample, final || heldBytes >= DETECT_BYTES);
    if (found === undefined) return false;
    reader = found ? new JsonArrayLines(maxLineBytes) : null;
    return true;
  };

  async function* run(): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      if (reader === undefined) {
        if (chunk.length === 0) continue;
        held.push(chunk);
        heldBytes += chunk.length;
        if (!decide(false)) continue;
        yield* flush();
        continue;
      }
      if (reader === null) {
        if (chunk.length > 0) yield chunk;
        continue;
      }
      const out = reader.push(chunk);
      if (out !== null) yield out;
    }
    if (reader === undefined) {
      decide(true);
      yield* flush();
    }
    const last = reader?.end() ?? null;
    if (last !== null) yield last;
  }

  function* flush(): Generator<Uint8Array> {
    const chunks = held.splice(0);
    for (const chunk of chunks) {
      const out = reader ? reader.push(chunk) : chunk;
      if (out !== null && out.length > 0) yield out;
    }
  }

  return { chunks: run(), reader: () => reader };
}

/**
 * The sample the sniffer reads for a JSON array: its object lines only, so that a few other
 * elements among the first ones (a null, a number) do not turn JSON Lines into CSV. An array
 * with no object in its sample is sniffed as it is (numbers or strings as plain lines).
 */
export function sniffSample(sample: Uint8Array): Uint8Array {
  const kept: Uint8Array[] = [];
  let others = false;
  for (let start = 0; start < sample.length;) {
    let end = sample.indexOf(LF, start);
    end = end === -1 ? sample.length : end + 1;
    if (sample[start] === OPEN_BRACE) kept.push(sample.subarray(start, end));
    else others = true;
    start = end;
  }
  return kept.length === 0 || !others ? sample : Buffer.concat(kept);
}

/** The reading note of an input read as a JSON array. */
export function describeJsonArray(counts: JsonArrayCounts): ReadingNote {
  let message = 'a JSON array, read one element per row';
  if (!counts.closed) message += '; the file ends inside the array (cut short?)';
  if (counts.trailing) message += '; the text after its closing bracket was read line by line';
  return { code: 'JSON_ARRAY', message, rows: counts.elements };
}
