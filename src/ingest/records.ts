/**
 * Byte-level helpers of the ingest pipeline: the quoting rule of delimited records, where a chunk
 * of input may be cut without splitting a record, and the merge of a partition's sorted pieces.
 *
 * Quoting. A field that starts with `"` is a quoted field only if its closing quote (the first
 * `"` after it that is not doubled) lies within MAX_QUOTED_BYTES of the opening one and is
 * followed, after optional spaces, by the delimiter, CR, LF or the end of the chunk. Otherwise
 * the opening quote is a plain byte, and the normaliser reads the whole record again from its
 * start up to the next LF, every quote a plain byte, fields split on the delimiter. So one stray
 * quote costs one record, never the rest of the chunk, and a quoted field (a postal address with
 * a newline inside) can hold newlines only within 64 KiB.
 *
 * Cutting. The main thread cuts the input into chunks at an LF that the normaliser will read as
 * the end of a record. recordBoundary() reads the buffer from the chunk start with the very rule
 * above (closingQuote() is shared with the normaliser), jumping from quote to quote with native
 * indexOf, and cuts after the last LF outside a quoted field. A record whose reading depends on
 * bytes not read yet (a quote that may still close) is left whole to the next chunk. Since every
 * quoted field before the cut closes before it, the normaliser reads the chunk exactly as this
 * scan read its bytes: a stray quote can no longer move the cut into a legit multi-line field,
 * as quote parity could. One limit stays: a record longer than FALLBACK_BYTES (only a run of
 * multi-line quoted fields can make one) is cut at the last LF, like before.
 */

export const QUOTE = 34;
const NEWLINE = 10;
const CR = 13;
const SPACE = 32;

/** A quoted field closes within this many bytes of its opening quote, or is not one. */
export const MAX_QUOTED_BYTES = 64 << 10;
/**
 * Records longer than this are MALFORMED_ROW: no phone dump has them, and a record of several
 * numbers is written to rows.parquet once per number.
 */
export const MAX_RECORD_BYTES = 512 << 10;
/** A record this long is cut at the last LF when no earlier cut fits. */
export const FALLBACK_BYTES = 1 << 20;

/** closingQuote(): the opening quote is a plain byte. */
export const QUOTE_LITERAL = -1;
/** closingQuote(): the answer depends on bytes after `length`. */
export const QUOTE_UNDECIDED = -2;
/** A delimiter not known yet (the sniffer's sample): any of `,` tab `;` `|` counts. */
export const ANY_DELIMITER = -1;

function isDelimiter(b: number, delimiter: number): boolean {
  return delimiter === ANY_DELIMITER
    ? b === 44 || b === 9 || b === 59 || b === 124
    : b === delimiter;
}

/**
 * Where the quoted field opened at `open` closes (the index of its closing quote), or
 * QUOTE_LITERAL when the opening quote is to be taken literally (see the note above). With
 * `final`, `bytes[0..length)` is the whole chunk and its end closes a field; without, more bytes
 * may follow and an answer they could change is QUOTE_UNDECIDED.
 */
export function closingQuote(
  bytes: Uint8Array,
  open: number,
  length: number,
  delimiter: number,
  final: boolean,
): number {
  const limit = open + MAX_QUOTED_BYTES;
  let q = open + 1;
  for (;;) {
    const next = bytes.indexOf(QUOTE, q);
    if (next === -1 || next >= length || next > limit)
      return final || limit < length ? QUOTE_LITERAL : QUOTE_UNDECIDED;
    if (next + 1 === length) return final ? next : QUOTE_UNDECIDED;
    if (bytes[next + 1] === QUOTE) {
      q = next + 2;
      continue;
    }
    let k = next + 1;
    while (k < length && bytes[k] === SPACE) k++;
    if (k === length) return final ? next : QUOTE_UNDECIDED;
    const b = bytes[k]!;
    return b === NEWLINE || b === CR || isDelimiter(b, delimiter) ? next : QUOTE_LITERAL;
  }
}

export /**
 * The end of the last whole record in `bytes[0..length)`, which starts a record: just after the
 * last LF that the normaliser reads as a record end (see the note at the top); 0 when there is
 * none yet. Without `quotes` (plain lines, JSON Lines), after the last LF. `delimiter` is the
 * dialect's, or ANY_DELIMITER before it is known.
 */
function recordBoundary(
  bytes: Uint8Array,
  length: number,
  quotes: boolean,
  delimiter = ANY_DELIMITER,
): number {
  const last = bytes.lastIndexOf(NEWLINE, length - 1);
  if (last === -1) return 0;
  const firstQuote = bytes.indexOf(QUOTE);
  if (!quotes || firstQuote === -1 || firstQuote > last) return last + 1;
  // Outside any quoted field from `pos` on, in the record that starts at `record`. `nextLf` is
  // the first LF at or after `pos`, searched again only once `pos` has passed it: no stretch of
  // bytes is searched twice, however many quoted fields a record has.
  let pos = 0;
  let record = 0;
  let nextLf = -1;
  let cut: number;
  for (;;) {
    const q = bytes.indexOf(QUOTE, pos);
    if (q === -1 || q >= length) {
      cut = last >= pos ? last + 1 : record;
      break;
    }
    if (nextLf < pos) {
      nextLf = bytes.indexOf(NEWLINE, pos);
      if (nextLf === -1) nextLf = length;
    }
    if (nextLf < q) record = bytes.lastIndexOf(NEWLINE, q - 1) + 1;
    if (q !== record && !isDelimiter(bytes[q - 1]!, delimiter)) {
      pos = q + 1; // a quote inside a field is a plain byte
      continue;
    }
    const close = closingQuote(bytes, q, length, delimiter, false);
    if (close >= 0) {
      pos = close + 1;
      continue;
    }
    if (close === QUOTE_UNDECIDED) {
      cut = record;
      break;
    }
    // Taken literally: the record runs from its start to the next LF.
    const end = bytes.indexOf(NEWLINE, record);
    if (end === -1 || end >= length) {
      cut = record;
      break;
    }
    record = pos = end + 1;
  }
  return cut === 0 || last + 1 - cut > FALLBACK_BYTES ? last + 1 : cut;
}

export /** Merges sorted, pairwise disjoint arrays into one sorted array, two at a time. */
function mergeDisjoint(arrays: Float64Array[]): Float64Array {
  while (arrays.length > 1) {
    const merged: Float64Array[] = [];
    for (let i = 0; i + 1 < arrays.length; i += 2) merged.push(merge2(arrays[i]!, arrays[i + 1]!));
    if (arrays.length % 2 === 1) merged.push(arrays[arrays.length - 1]!);
    arrays = merged;
  }
  return arrays[0] ?? new Float64Array(0);
}

function merge2(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < a.length && j < b.length) out[o++] = a[i]! < b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[o++] = a[i++]!;
  while (j < b.length) out[o++] = b[j++]!;
  return out;
}
