/**
 * The ingest normaliser's field cutting (src/ingest/field-index.ts, which builds this into
 * dist/wasm/field-index.wasm with `npm run build`): index() finds the offset of every delimiter
 * and line feed of a chunk, 16 bytes at a time; cut() then steps from one to the next, record by
 * record, as the normaliser's TypeScript cutting does (scanDelimited in src/ingest/chunk.ts, held
 * equal to this by src/ingest/field-index.test.ts and the ingest fuzzer). A record whose opening
 * quote is to be taken literally is left to the TypeScript.
 */

/** Start of free memory after this module's own data. */
export function heapBase(): usize {
  return __heap_base;
}

/**
 * Writes, as u32s from `out`, the offsets from `from` of the bytes of [from, end) that are
 * `delimiter` or a line feed, then `end - from` as a last entry; returns the number of offsets
 * before that last entry. The caller leaves room for `end - from + 1` entries, and 16 readable
 * bytes past `end`.
 */
export function index(from: usize, end: usize, delimiter: u8, out: usize): u32 {
  const lineFeeds = i8x16.splat(10);
  const delimiters = i8x16.splat(<i8>delimiter);
  let o = out;
  for (let p = from; p < end; p += 16) {
    const block = v128.load(p);
    let mask = i8x16.bitmask(v128.or(i8x16.eq(block, lineFeeds), i8x16.eq(block, delimiters)));
    // The last block stops at `end`.
    const left = <i32>(end - p);
    if (left < 16) mask &= (1 << left) - 1;
    while (mask != 0) {
      store<u32>(o, <u32>(p - from) + ctz(mask));
      o += 4;
      mask &= mask - 1;
    }
  }
  store<u32>(o, <u32>(end - from));
  return <u32>((o - out) >> 2);
}

// Outputs of cut(), as u32 arrays of `capacity` entries from `out`, in this order.
const RECORD_START: usize = 0;
const RECORD_END: usize = 1;
const RECORD_LINE: usize = 2;
const FIELDS: usize = 3;
const CUT_END: usize = 4;
const PHONE_START: usize = 5;
const PHONE_END: usize = 6;
const COUNTRY_START: usize = 7;
const COUNTRY_END: usize = 8;
// The cursor of cut(), u32s at `state`: read at the call, written back at its return.
const POS: usize = 0;
const K: usize = 1;
const LINE: usize = 2;
const BLANK: usize = 3;

const QUOTE: i32 = 34;
const NEWLINE: i32 = 10;
const CR: i32 = 13;
const SPACE: i32 = 32;

/**
 * The normaliser's record cutting (scanDelimited in src/ingest/chunk.ts, of which this is a
 * second implementation, held equal by src/ingest/field-index.test.ts): from the cursor at
 * `state` (position, offset index, line, blank lines), cuts the records of the bytes at `base`
 * (`length` of them, offsets from index() at `offsets`) into the arrays at `out`, counts
 * non-empty fields by column into the u32s at `filled` (`flags`: a byte per column, scratch),
 * and returns how many records it wrote. It stops at the end of the bytes, after `capacity`
 * records, or at the start of a record whose opening quote is to be taken literally (the caller
 * reads that one). `delimiter` -1 reads plain lines.
 */
export function cut(
  base: usize,
  length: u32,
  offsets: usize,
  state: usize,
  delimiter: i32,
  columns: u32,
  phoneColumn: i32,
  countryColumn: i32,
  maxQuoted: u32,
  capacity: u32,
  out: usize,
  filled: usize,
  flags: usize,
): u32 {
  let pos = load<u32>(state + 4 * POS);
  let k = load<u32>(state + 4 * K);
  let line = load<u32>(state + 4 * LINE);
  let blank = load<u32>(state + 4 * BLANK);
  let records: u32 = 0;
  const stride = (<usize>capacity) << 2;
  while (pos < length && records < capacity) {
    const recordStart = pos;
    const recordLine = line;
    const recordOffset = k;
    let field: u32 = 0;
    let phoneStart: u32 = 0;
    let phoneEnd: u32 = 0;
    let countryStart: u32 = 0;
    let countryEnd: u32 = 0;
    let nonEmpty: u32 = 0;
    let cutEnd: i64 = -1;
    let literal = false;
    while (true) {
      let fieldStart = pos;
      let fieldEnd: u32;
      if (pos < length && <i32>load<u8>(base + pos) == QUOTE && delimiter != -1) {
        const close = closingQuote(base, pos, length, delimiter, maxQuoted);
        if (close < 0) {
          literal = true;
          break;
        }
        for (let q = pos + 1; q < <u32>close; q++) if (<i32>load<u8>(base + q) == NEWLINE) line++;
        fieldStart = pos + 1;
        fieldEnd = <u32>close;
        pos = <u32>close + 1;
        while (load<u32>(offsets + ((<usize>k) << 2)) < pos) k++;
        pos = load<u32>(offsets + ((<usize>k) << 2));
      } else {
        while (load<u32>(offsets + ((<usize>k) << 2)) < pos) k++;
        pos = load<u32>(offsets + ((<usize>k) << 2));
        fieldEnd = pos;
        const b: i32 = pos < length ? <i32>load<u8>(base + pos) : 0;
        if (fieldEnd > fieldStart && <i32>load<u8>(base + fieldEnd - 1) == CR && b != delimiter)
          fieldEnd--;
      }
      const full = fieldEnd > fieldStart;
      if (full) nonEmpty++;
      if (field < columns) {
        store<u8>(flags + field, full ? 1 : 0);
        if (full)
          store<u32>(filled + ((<usize>field) << 2), load<u32>(filled + ((<usize>field) << 2)) + 1);
      }
      if (<i32>field == phoneColumn) {
        phoneStart = fieldStart;
        phoneEnd = fieldEnd;
      } else if (<i32>field == countryColumn) {
        countryStart = fieldStart;
        countryEnd = fieldEnd;
      }
      field++;
      if (field == columns) cutEnd = pos;
      if (pos < length && <i32>load<u8>(base + pos) == delimiter) {
        pos++;
        continue;
      }
      break;
    }
    if (literal) {
      // The caller reads this record again with its quotes taken literally: its counts go.
      const counted = field < columns ? field : columns;
      for (let f: u32 = 0; f < counted; f++)
        if (load<u8>(flags + f) != 0)
          store<u32>(filled + ((<usize>f) << 2), load<u32>(filled + ((<usize>f) << 2)) - 1);
      pos = recordStart;
      k = recordOffset;
      line = recordLine;
      break;
    }
    const recordEnd = pos;
    pos++; // the newline
    line++;
    if (nonEmpty == 0 && field <= 1) {
      blank++;
      continue;
    }
    const at = out + ((<usize>records) << 2);
    store<u32>(at + RECORD_START * stride, recordStart);
    store<u32>(at + RECORD_END * stride, recordEnd);
    store<u32>(at + RECORD_LINE * stride, recordLine);
    store<u32>(at + FIELDS * stride, field);
    store<u32>(at + CUT_END * stride, cutEnd == -1 ? recordEnd : <u32>cutEnd);
    store<u32>(at + PHONE_START * stride, phoneStart);
    store<u32>(at + PHONE_END * stride, phoneEnd);
    store<u32>(at + COUNTRY_START * stride, countryStart);
    store<u32>(at + COUNTRY_END * stride, countryEnd);
    records++;
  }
  store<u32>(state + 4 * POS, pos);
  store<u32>(state + 4 * K, k);
  store<u32>(state + 4 * LINE, line);
  store<u32>(state + 4 * BLANK, blank);
  return records;
}

/** closingQuote() of src/ingest/records.ts with `final`: the closing quote's offset, or -1. */
function closingQuote(base: usize, open: u32, length: u32, delimiter: i32, maxQuoted: u32): i64 {
  const limit = <u64>open + maxQuoted;
  let q = open + 1;
  while (true) {
    let next = q;
    while (next < length && <u64>next <= limit && <i32>load<u8>(base + next) != QUOTE) next++;
    if (next >= length || <u64>next > limit) return -1;
    if (next + 1 == length) return next;
    if (<i32>load<u8>(base + next + 1) == QUOTE) {
      q = next + 2;
      continue;
    }
    let s = next + 1;
    while (s < length && <i32>load<u8>(base + s) == SPACE) s++;
    if (s == length) return next;
    const b = <i32>load<u8>(base + s);
    return b == NEWLINE || b == CR || b == delimiter ? next : -1;
  }
}
