/**
 * The ingest normaliser's field cutting (src/ingest/field-index.ts, which builds this into
 * dist/wasm/field-index.wasm with `npm run build`): index() finds the offset of every delimiter
 * and line feed of a chunk, 32 bytes at a time; cut() then steps from one to the next, record by
 * record, as the normaliser's TypeScript cutting does (scanDelimited in src/ingest/chunk.ts, held
 * equal to this by src/ingest/field-index.test.ts and the ingest fuzzer). A record whose opening
 * quote is to be taken literally is left to the TypeScript. cells() and columns() write the
 * record columns of rows.parquet (see there).
 */

/** Start of free memory after this module's own data. */
export function heapBase(): usize {
  return __heap_base;
}

/**
 * Writes, as u32s from `out`, the offsets from `from` of the bytes of [from, end) that are
 * `delimiter` or a line feed, then `end - from` as a last entry; returns the number of offsets
 * before that last entry. The caller leaves room for `end - from + 5` entries (INDEX_SPARE in
 * src/ingest/field-index.ts), and 32 readable bytes past `end`. 32 bytes a turn, whose first
 * four offsets are written whatever their number (those past it are overwritten next): with a
 * loop per offset, 16 bytes a turn, index() and cut() took 5-10% longer on the bench dump.
 */
export function index(from: usize, end: usize, delimiter: u8, out: usize): u32 {
  const lineFeeds = i8x16.splat(10);
  const delimiters = i8x16.splat(<i8>delimiter);
  let o = out;
  for (let p = from; p < end; p += 32) {
    const low = v128.load(p);
    const high = v128.load(p + 16);
    let mask =
      (<u32>i8x16.bitmask(v128.or(i8x16.eq(low, lineFeeds), i8x16.eq(low, delimiters)))) |
      ((<u32>i8x16.bitmask(v128.or(i8x16.eq(high, lineFeeds), i8x16.eq(high, delimiters)))) << 16);
    // The last turn stops at `end`.
    const left = end - p;
    if (left < 32) mask &= ((<u32>1) << (<u32>left)) - 1;
    const at = <u32>(p - from);
    const n = <usize>popcnt(mask);
    store<u32>(o, at + ctz(mask));
    mask &= mask - 1;
    store<u32>(o + 4, at + ctz(mask));
    mask &= mask - 1;
    store<u32>(o + 8, at + ctz(mask));
    mask &= mask - 1;
    store<u32>(o + 12, at + ctz(mask));
    mask &= mask - 1;
    for (let q = o + 16; mask != 0; q += 4) {
      store<u32>(q, at + ctz(mask));
      mask &= mask - 1;
    }
    o += n << 2;
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
 * reads that one). `delimiter` -1 reads plain lines. `offsetCount`: the offsets before index()'s
 * last entry.
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
  offsetCount: u32,
): u32 {
  let pos = load<u32>(state + 4 * POS);
  let k = load<u32>(state + 4 * K);
  let line = load<u32>(state + 4 * LINE);
  let blank = load<u32>(state + 4 * BLANK);
  let records: u32 = 0;
  const stride = (<usize>capacity) << 2;
  // Records of exactly `columns` fields, none quoted, are cut by plainRecord(); those whose
  // quoted fields close just before their delimiter, by quickRecord().
  const plain = delimiter != -1 && columns >= 2;
  while (pos < length && records < capacity) {
    if (plain) {
      while (load<u32>(offsets + ((<usize>k) << 2)) < pos) k++;
      const row = offsets + ((<usize>k) << 2);
      const at = out + ((<usize>records) << 2);
      if (
        k + columns <= offsetCount &&
        plainRecord(base, pos, row, delimiter, columns, filled, flags)
      ) {
        const recordEnd = load<u32>(row + ((<usize>(columns - 1)) << 2));
        store<u32>(at + RECORD_START * stride, pos);
        store<u32>(at + RECORD_END * stride, recordEnd);
        store<u32>(at + RECORD_LINE * stride, line);
        store<u32>(at + FIELDS * stride, columns);
        store<u32>(at + CUT_END * stride, recordEnd);
        const phoneStart = fieldStart(pos, row, phoneColumn, columns);
        store<u32>(at + PHONE_START * stride, phoneStart);
        store<u32>(at + PHONE_END * stride, fieldEnd(base, row, phoneColumn, columns, phoneStart));
        const country = countryColumn != phoneColumn ? countryColumn : -1;
        const countryStart = fieldStart(pos, row, country, columns);
        store<u32>(at + COUNTRY_START * stride, countryStart);
        store<u32>(at + COUNTRY_END * stride, fieldEnd(base, row, country, columns, countryStart));
        records++;
        k += columns - 1;
        pos = recordEnd + 1;
        line++;
        continue;
      }
      if (
        quickRecord(
          base,
          pos,
          offsets,
          k,
          offsetCount,
          delimiter,
          columns,
          phoneColumn,
          countryColumn,
          maxQuoted,
          filled,
          flags,
        )
      ) {
        k = load<u32>(quickAt + 4 * QUICK_K);
        const recordEnd = load<u32>(offsets + ((<usize>k) << 2));
        store<u32>(at + RECORD_START * stride, pos);
        store<u32>(at + RECORD_END * stride, recordEnd);
        store<u32>(at + RECORD_LINE * stride, line);
        store<u32>(at + FIELDS * stride, columns);
        store<u32>(at + CUT_END * stride, recordEnd);
        store<u32>(at + PHONE_START * stride, load<u32>(quickAt + 4 * QUICK_PHONE_START));
        store<u32>(at + PHONE_END * stride, load<u32>(quickAt + 4 * QUICK_PHONE_END));
        store<u32>(at + COUNTRY_START * stride, load<u32>(quickAt + 4 * QUICK_COUNTRY_START));
        store<u32>(at + COUNTRY_END * stride, load<u32>(quickAt + 4 * QUICK_COUNTRY_END));
        records++;
        pos = recordEnd + 1;
        line++;
        continue;
      }
    }
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
      // The byte that ends the field: the delimiter, LF, or 0 at the end of the bytes (the
      // bytes hold no NUL).
      let end: i32;
      if (pos < length && <i32>load<u8>(base + pos) == QUOTE && delimiter != -1) {
        // Most quoted fields close just before the next delimiter or LF (or CR LF): when no
        // quote comes before that one, it is the field's close, as closingQuote() would find,
        // with no LF inside. Any other field is read by closingQuote().
        let next = k;
        while (load<u32>(offsets + ((<usize>next) << 2)) <= pos) next++;
        const after = load<u32>(offsets + ((<usize>next) << 2));
        let close: i64 = -1;
        let quote = after - 1;
        if (<i32>load<u8>(base + quote) == CR && quote > pos + 1) quote--;
        if (
          quote > pos &&
          <i32>load<u8>(base + quote) == QUOTE &&
          quote - pos <= maxQuoted &&
          nextByte(base, pos + 1, quote, QUOTE) == quote
        ) {
          close = quote;
          k = next;
        } else {
          close = closingQuote(base, pos, length, delimiter, maxQuoted, true);
          if (close < 0) {
            literal = true;
            break;
          }
          line += countByte(base, pos + 1, <u32>close, NEWLINE);
        }
        fieldStart = pos + 1;
        fieldEnd = <u32>close;
        pos = <u32>close + 1;
        while (load<u32>(offsets + ((<usize>k) << 2)) < pos) k++;
        pos = load<u32>(offsets + ((<usize>k) << 2));
        end = pos < length ? <i32>load<u8>(base + pos) : 0;
      } else {
        while (load<u32>(offsets + ((<usize>k) << 2)) < pos) k++;
        pos = load<u32>(offsets + ((<usize>k) << 2));
        fieldEnd = pos;
        end = pos < length ? <i32>load<u8>(base + pos) : 0;
        if (end != delimiter && fieldEnd > fieldStart && <i32>load<u8>(base + fieldEnd - 1) == CR)
          fieldEnd--;
      }
      // Counted without a branch: whether a field is empty follows no pattern.
      const full = <u32>(fieldEnd > fieldStart);
      nonEmpty += full;
      if (field < columns) {
        store<u8>(flags + field, <u8>full);
        const count = filled + ((<usize>field) << 2);
        store<u32>(count, load<u32>(count) + full);
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
      if (end == delimiter) {
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

/**
 * Cuts the record at `start` when it has exactly `columns` fields (`columns - 1` delimiters,
 * then LF) and none starts with a quote: adds its non-empty fields to the counts at `filled`,
 * and returns true; else changes nothing and returns false. `row` holds the record's offsets
 * (the caller knows `columns` of them are there). No branch per field but the loop's: the
 * cut() loop below takes one each for the field's first byte and its end, and the one that
 * ends the record is mispredicted.
 */
function plainRecord(
  base: usize,
  start: u32,
  row: usize,
  delimiter: i32,
  columns: u32,
  filled: usize,
  flags: usize,
): bool {
  let s = start;
  let bad: u32 = 0;
  const last = columns - 1;
  for (let f: u32 = 0; f < last; f++) {
    const o = load<u32>(row + ((<usize>f) << 2));
    bad |=
      (<u32>(<i32>load<u8>(base + s) == QUOTE)) | (<u32>(<i32>load<u8>(base + o) != delimiter));
    store<u8>(flags + f, <u8>(o > s));
    s = o + 1;
  }
  const o = load<u32>(row + ((<usize>last) << 2));
  bad |= (<u32>(<i32>load<u8>(base + s) == QUOTE)) | (<u32>(<i32>load<u8>(base + o) != NEWLINE));
  if (bad != 0) return false;
  // A CR before the LF stays out of the last field.
  const end = o > s && <i32>load<u8>(base + o - 1) == CR ? o - 1 : o;
  store<u8>(flags + last, <u8>(end > s));
  for (let f: u32 = 0; f < columns; f++) {
    const count = filled + ((<usize>f) << 2);
    store<u32>(count, load<u32>(count) + <u32>load<u8>(flags + f));
  }
  return true;
}

/** Start of field `f` of a record plainRecord() cut (0 when `f` is not one of its fields). */
function fieldStart(start: u32, row: usize, f: i32, columns: u32): u32 {
  if (f < 0 || <u32>f >= columns) return 0;
  return f == 0 ? start : load<u32>(row + ((<usize>(f - 1)) << 2)) + 1;
}

/**
 * End of field `f` (which starts at `from`) of a record plainRecord() cut, less a CR before the
 * LF (0 when `f` is not one of its fields).
 */
function fieldEnd(base: usize, row: usize, f: i32, columns: u32, from: u32): u32 {
  if (f < 0 || <u32>f >= columns) return 0;
  const end = load<u32>(row + ((<usize>f) << 2));
  return <u32>f == columns - 1 && end > from && <i32>load<u8>(base + end - 1) == CR ? end - 1 : end;
}

// What quickRecord() found, as u32s: the phone and country fields' bounds (0 for a column not
// among the record's fields), and the index of the offset of the record's line feed.
const QUICK_PHONE_START: usize = 0;
const QUICK_PHONE_END: usize = 1;
const QUICK_COUNTRY_START: usize = 2;
const QUICK_COUNTRY_END: usize = 3;
const QUICK_K: usize = 4;
const quickAt = memory.data(4 * 5, 4);

/**
 * Cuts the record at `start` (its first offset at index `k`) as the field loop of cut() would,
 * when it has exactly `columns` fields and ends at the first LF, and each of its quoted fields
 * closes just before its delimiter or LF (or CR LF), with no other quote inside: adds its
 * non-empty fields to the counts at `filled`, writes what it found at quickAt, and returns true.
 * Anything else (a record of more or fewer fields, a quote inside a field or doubled, bytes
 * between a closing quote and the delimiter, a line feed inside quotes, a field over `maxQuoted`
 * bytes) returns false and changes nothing, for the field loop to read. index() and cut() of
 * the bench dump (where a third of the records quote a city with a comma in it) took 137 ns a
 * record against 149 without it, and of the same rows with every field quoted 192 against 234.
 */
function quickRecord(
  base: usize,
  start: u32,
  offsets: usize,
  k: u32,
  offsetCount: u32,
  delimiter: i32,
  columns: u32,
  phoneColumn: i32,
  countryColumn: i32,
  maxQuoted: u32,
  filled: usize,
  flags: usize,
): bool {
  let s = start;
  let at = k;
  let phoneStart: u32 = 0;
  let phoneEnd: u32 = 0;
  let countryStart: u32 = 0;
  let countryEnd: u32 = 0;
  const last = columns - 1;
  for (let f: u32 = 0; f < columns; f++) {
    if (at >= offsetCount) return false;
    let o = load<u32>(offsets + ((<usize>at) << 2));
    let from = s;
    let to = o;
    if (<i32>load<u8>(base + s) == QUOTE) {
      // The first quote after the opening one must close the field, just before the delimiter
      // or LF of an offset (the delimiters before it are the field's own).
      let searchFrom = s + 1;
      while (true) {
        const found = nextByte(base, searchFrom, o, QUOTE);
        if (found < o) {
          const close = <i32>load<u8>(base + o - 1) == CR && o - 1 > s + 1 ? o - 2 : o - 1;
          if (found != close || close - s > maxQuoted) return false;
          from = s + 1;
          to = close;
          break;
        }
        if (<i32>load<u8>(base + o) == NEWLINE) return false;
        at++;
        if (at >= offsetCount) return false;
        searchFrom = o;
        o = load<u32>(offsets + ((<usize>at) << 2));
      }
    } else if (f == last && o > s && <i32>load<u8>(base + o - 1) == CR) to = o - 1;
    // A CR before the LF stays out of the last field.
    if (<i32>load<u8>(base + o) != (f < last ? delimiter : NEWLINE)) return false;
    store<u8>(flags + f, <u8>(to > from));
    if (<i32>f == phoneColumn) {
      phoneStart = from;
      phoneEnd = to;
    } else if (<i32>f == countryColumn) {
      countryStart = from;
      countryEnd = to;
    }
    s = o + 1;
    at++;
  }
  for (let f: u32 = 0; f < columns; f++) {
    const count = filled + ((<usize>f) << 2);
    store<u32>(count, load<u32>(count) + <u32>load<u8>(flags + f));
  }
  store<u32>(quickAt + 4 * QUICK_PHONE_START, phoneStart);
  store<u32>(quickAt + 4 * QUICK_PHONE_END, phoneEnd);
  store<u32>(quickAt + 4 * QUICK_COUNTRY_START, countryStart);
  store<u32>(quickAt + 4 * QUICK_COUNTRY_END, countryEnd);
  store<u32>(quickAt + 4 * QUICK_K, at - 1);
  return true;
}

/** How many bytes of [from, to) are `b`; reads up to 15 bytes past `to`. */
function countByte(base: usize, from: u32, to: u32, b: i32): u32 {
  const needle = i8x16.splat(<i8>b);
  let count: u32 = 0;
  for (let p = from; p < to; p += 16) {
    let mask = i8x16.bitmask(i8x16.eq(v128.load(base + p), needle));
    const left = to - p;
    if (left < 16) mask &= (1 << left) - 1;
    count += <u32>popcnt(mask);
  }
  return count;
}

/** closingQuote(): the answer depends on bytes not read yet. */
const UNDECIDED: i64 = -2;
/** closingQuote(): the opening quote is a plain byte. */
const LITERAL: i64 = -1;

/**
 * recordBoundary() of src/ingest/records.ts (a second implementation, held equal by
 * src/ingest/field-index.test.ts), for a chunk with a quote before its last LF: the end of the
 * last whole record in the `length` bytes at `base`, whose last LF is at `last`. `delimiter` -1
 * is any of `,` tab `;` `|`. The caller leaves 16 readable bytes past `length`.
 */
export function boundary(
  base: usize,
  length: u32,
  last: u32,
  delimiter: i32,
  maxQuoted: u32,
  fallback: u32,
): u32 {
  // Outside any quoted field from `pos` on, in the record that starts at `record`; `nextLf` is
  // the first LF at or after `pos`, searched again only once `pos` has passed it.
  let pos: u32 = 0;
  let record: u32 = 0;
  let nextLf: i64 = -1;
  let cut: u32 = 0;
  while (true) {
    const q = nextByte(base, pos, length, QUOTE);
    if (q == length) {
      cut = last >= pos ? last + 1 : record;
      break;
    }
    if (nextLf < <i64>pos) nextLf = nextByte(base, pos, length, NEWLINE);
    // The LFs between `pos` and the quote end records: it is in the record after the last.
    if (nextLf < <i64>q) record = lastByte(base, <u32>nextLf, q, NEWLINE) + 1;
    if (q != record && !isDelimiter(<i32>load<u8>(base + q - 1), delimiter)) {
      pos = q + 1; // a quote inside a field is a plain byte
      continue;
    }
    const close = closingQuote(base, q, length, delimiter, maxQuoted, false);
    if (close >= 0) {
      pos = <u32>close + 1;
      continue;
    }
    if (close == UNDECIDED) {
      cut = record;
      break;
    }
    // Taken literally: the record runs from its start to the next LF.
    const end = nextByte(base, record, length, NEWLINE);
    if (end == length) {
      cut = record;
      break;
    }
    record = pos = end + 1;
  }
  return cut == 0 || last + 1 - cut > fallback ? last + 1 : cut;
}

/**
 * closingQuote() of src/ingest/records.ts: the closing quote of the field opened at `open`, or
 * LITERAL when its opening quote is a plain byte. With `final`, the bytes end at `length` (a
 * chunk's whole input); without, more may follow (the main thread's pending bytes), and an
 * answer they could change is UNDECIDED. `delimiter` -1 is any of `,` tab `;` `|`.
 */
function closingQuote(
  base: usize,
  open: u32,
  length: u32,
  delimiter: i32,
  maxQuoted: u32,
  final: bool,
): i64 {
  const limit = <u64>open + maxQuoted;
  // A quote past the limit closes nothing: the search stops there.
  const searchEnd = limit + 1 < <u64>length ? <u32>(limit + 1) : length;
  let q = open + 1;
  while (true) {
    const next = nextByte(base, q, searchEnd, QUOTE);
    if (next == searchEnd) return final || limit < <u64>length ? LITERAL : UNDECIDED;
    if (next + 1 == length) return final ? next : UNDECIDED;
    if (<i32>load<u8>(base + next + 1) == QUOTE) {
      q = next + 2;
      continue;
    }
    let s = next + 1;
    while (s < length && <i32>load<u8>(base + s) == SPACE) s++;
    if (s == length) return final ? next : UNDECIDED;
    const b = <i32>load<u8>(base + s);
    return b == NEWLINE || b == CR || isDelimiter(b, delimiter) ? next : LITERAL;
  }
}

function isDelimiter(b: i32, delimiter: i32): bool {
  return delimiter == -1 ? b == 44 || b == 9 || b == 59 || b == 124 : b == delimiter;
}

/** The first offset in [from, end) of byte `b`, or `end`; reads up to 15 bytes past `end`. */
function nextByte(base: usize, from: u32, end: u32, b: i32): u32 {
  const needle = i8x16.splat(<i8>b);
  for (let p = from; p < end; p += 16) {
    const mask = i8x16.bitmask(i8x16.eq(v128.load(base + p), needle));
    if (mask != 0) {
      const at = p + ctz(mask);
      return at < end ? at : end;
    }
  }
  return end;
}

/** The last offset in [from, to) of byte `b`, which the caller knows is there. */
function lastByte(base: usize, from: u32, to: u32, b: i32): u32 {
  const needle = i8x16.splat(<i8>b);
  let p = to;
  while (p >= from + 16) {
    p -= 16;
    const mask = i8x16.bitmask(i8x16.eq(v128.load(base + p), needle));
    if (mask != 0) return p + 31 - clz(mask);
  }
  while (p > from) {
    p--;
    if (<i32>load<u8>(base + p) == b) return p;
  }
  return from;
}

// rows.parquet's record columns, in two calls: cells() cuts the fields of each row's record and
// sizes each column's page body; columns() writes the bodies. As writeFields() and TextColumn in
// the TypeScript (src/ingest/chunk.ts, src/parquet/columns.ts), of which this is a second
// implementation held equal, byte for byte, by the tests and the ingest fuzzer.

// A row, 3 u32s at `rows`: its record's start, end (its final CR left out), and 1 when the record
// was read with its quotes as plain bytes. A cell, 3 u32s at `cells`: start, end (bit 31 set when
// the field was quoted: its doubled quotes are one), length after that. Per row at `rowCells`, 2
// u32s: its first cell and its field count.
const QUOTED: u32 = 0x80000000;

/**
 * Cuts each row's fields into cells (the first `columns` of its record: a quoted field's content
 * between its quotes, bytes after its closing quote dropped; any other field as it stands), and
 * writes at `sizes` (a u32 per column) the bytes of each column's page body: its definition
 * levels (a length, one bit-packed run of a bit per row) and its PLAIN values (a length and the
 * bytes of each non-empty cell; an empty or missing cell is null). Returns the sum. The caller
 * leaves room at `cells` for a cell per field, at most min(columns, end - start + 1) per row.
 */
export function cells(
  base: usize,
  length: u32,
  offsets: usize,
  rows: usize,
  count: u32,
  delimiter: i32,
  columns: u32,
  maxQuoted: u32,
  cells: usize,
  rowCells: usize,
  sizes: usize,
): u32 {
  memory.fill(sizes, 0, (<usize>columns) << 2);
  let cell: u32 = 0;
  // The index of the next delimiter or LF (index()'s offsets) at or after the record's start:
  // rows come in record order, a record again for each of its numbers.
  let k: u32 = 0;
  let recordK: u32 = 0;
  let lastStart: u32 = 0;
  for (let r: u32 = 0; r < count; r++) {
    const row = rows + 12 * <usize>r;
    const start = load<u32>(row);
    const end = load<u32>(row + 4);
    const literal = load<u32>(row + 8) != 0;
    const first = cell;
    if (r > 0 && start == lastStart) k = recordK;
    else {
      while (load<u32>(offsets + ((<usize>k) << 2)) < start) k++;
      recordK = k;
      lastStart = start;
    }
    let pos = start;
    let f: u32 = 0;
    for (; f < columns && pos <= end; f++) {
      const at = cells + 12 * <usize>cell;
      let from: u32;
      let to: u32;
      let size: u32;
      if (!literal && pos < end && <i32>load<u8>(base + pos) == QUOTE) {
        // A quote that does not close (not in a record read with quotes) closes at once.
        const found = closingQuote(base, pos, length, delimiter, maxQuoted, true);
        const close: u32 = found < <i64>(pos + 1) ? pos + 1 : <u32>found;
        from = pos + 1;
        to = close;
        size = 0;
        for (let k = from; k < to; k++) {
          size++;
          if (
            <i32>load<u8>(base + k) == QUOTE &&
            k + 1 < to &&
            <i32>load<u8>(base + k + 1) == QUOTE
          )
            k++;
        }
        store<u32>(at + 4, to | QUOTED);
        pos = close + 1;
        while (pos < end && <i32>load<u8>(base + pos) != delimiter) pos++;
      } else {
        // The next delimiter (or LF: a record's end) from the offsets, the record's end at most.
        from = pos;
        while (load<u32>(offsets + ((<usize>k) << 2)) < pos) k++;
        pos = load<u32>(offsets + ((<usize>k) << 2));
        if (pos > end) pos = end;
        to = pos;
        size = to - from;
        store<u32>(at + 4, to);
      }
      store<u32>(at, from);
      store<u32>(at + 8, size);
      if (size > 0) {
        const s = sizes + ((<usize>f) << 2);
        store<u32>(s, load<u32>(s) + 4 + size);
      }
      cell++;
      pos++; // past the delimiter, or past the record's end
    }
    store<u32>(rowCells + 8 * <usize>r, first);
    store<u32>(rowCells + 8 * <usize>r + 4, f);
  }
  const groups = (count + 7) >> 3;
  const levels = 4 + varintSize(groups * 2 + 1) + groups;
  let total: u32 = 0;
  for (let c: u32 = 0; c < columns; c++) {
    const s = sizes + ((<usize>c) << 2);
    const size = load<u32>(s) + levels;
    store<u32>(s, size);
    total += size;
  }
  return total;
}

// columns()' cursors: per column, where its next value goes, where its body ends, and where its
// definition levels' bits start (u32s, MAX_COLUMNS of each).
const MAX_COLUMNS: i32 = 1024;
const cursorAt = memory.data(12 * MAX_COLUMNS, 8);

/**
 * Writes the column bodies cells() sized, one after the other from `out`: their levels first,
 * then the rows' values in row order, each row's cells into their columns' bodies (the cell
 * table and the bytes read once, in order; by column, each pass over the table missed the cache
 * at every row). At most MAX_COLUMNS columns.
 */
export function columns(
  base: usize,
  count: u32,
  columns: u32,
  cells: usize,
  rowCells: usize,
  sizes: usize,
  out: usize,
): void {
  const groups = (count + 7) >> 3;
  const endAt = cursorAt + 4 * <usize>MAX_COLUMNS;
  const bitsAt = cursorAt + 8 * <usize>MAX_COLUMNS;
  let o = out;
  for (let c: u32 = 0; c < columns; c++) {
    // Definition levels: their length, a bit-packed run's header, a bit per row.
    let p = o + 4;
    p = writeVarint(p, groups * 2 + 1);
    memory.fill(p, 0, groups);
    store<u32>(bitsAt + ((<usize>c) << 2), <u32>p);
    p += groups;
    store<u32>(o, <u32>(p - o - 4));
    store<u32>(cursorAt + ((<usize>c) << 2), <u32>p);
    o += load<u32>(sizes + ((<usize>c) << 2));
    store<u32>(endAt + ((<usize>c) << 2), <u32>o);
  }
  for (let r: u32 = 0; r < count; r++) {
    const first = cells + 12 * <usize>load<u32>(rowCells + 8 * <usize>r);
    const fields = min(load<u32>(rowCells + 8 * <usize>r + 4), columns);
    const byte: usize = <usize>(r >> 3);
    const shift: u32 = r & 7;
    const bit: u32 = 1 << shift;
    for (let c: u32 = 0; c < fields; c++) {
      const at = first + 12 * <usize>c;
      const size = load<u32>(at + 8);
      if (size == 0) continue;
      const slot = (<usize>c) << 2;
      const b = <usize>load<u32>(bitsAt + slot) + byte;
      store<u8>(b, load<u8>(b) | (<u8>bit));
      let p = <usize>load<u32>(cursorAt + slot);
      store<u32>(p, size);
      p += 4;
      const from = load<u32>(at);
      const end = load<u32>(at + 4);
      if ((end & QUOTED) == 0) {
        // Most values are a few bytes: one 16-byte load and store (the input has 16 readable
        // bytes past its end), not a call, unless it would write into the next body.
        if (size <= 16 && p + 16 <= <usize>load<u32>(endAt + slot))
          v128.store(p, v128.load(base + from));
        else memory.copy(p, base + from, size);
        p += size;
      } else {
        const to = end & ~QUOTED;
        for (let k = from; k < to; k++) {
          const v = load<u8>(base + k);
          store<u8>(p++, v);
          if (<i32>v == QUOTE && k + 1 < to && <i32>load<u8>(base + k + 1) == QUOTE) k++;
        }
      }
      store<u32>(cursorAt + slot, <u32>p);
    }
  }
}

function varintSize(value: u32): u32 {
  let n: u32 = 1;
  while (value >= 0x80) {
    value >>= 7;
    n++;
  }
  return n;
}

function writeVarint(p: usize, value: u32): usize {
  while (value >= 0x80) {
    store<u8>(p++, <u8>((value & 0x7f) | 0x80));
    value >>= 7;
  }
  store<u8>(p++, <u8>value);
  return p;
}
