/**
 * Dictionary encoding of rows.parquet's text columns (src/parquet/dictionary.ts, which builds
 * this into dist/wasm/dictionary.wasm with `npm run build`): a data page body of PLAIN byte
 * arrays is read back, and when a dictionary of its distinct values and their indexes make it
 * much smaller (names, cities, genders, country codes repeat), it is rewritten as a dictionary
 * page's values and an RLE_DICTIONARY data page's body. Both of an ingest's cuttings (the field
 * index's module and the TypeScript) make the PLAIN body first, so one implementation here keeps
 * them byte-equal.
 */

/** Start of free memory after this module's own data. */
export function heapBase(): usize {
  return __heap_base;
}

/**
 * The hash table: up to 2^17 slots of 16 bytes (an entry plus 1, 0 for none; the value's size;
 * its first 8 bytes), so that a value of 8 bytes or less is told from the slot alone. It starts
 * at 2^12 slots and doubles when half full.
 */
const MAX_SLOT_BITS: u32 = 17;
const FIRST_SLOT_BITS: u32 = 12;
const SLOT: u32 = 16;
export function tableBytes(): u32 {
  return ((<u32>1) << MAX_SLOT_BITS) * SLOT;
}
/** Most entries: indexes of 16 bits at most (half the slots: probes stay short). */
const MAX_ENTRIES: u32 = 65535;
/**
 * Values read before a column that is nearly all distinct (phone numbers, ids, e-mail addresses)
 * is given up: more than 31/32 of them distinct. (A column of values that each come three times
 * has about 93% distinct in a sample of this size, and its dictionary pays.)
 */
const SAMPLE: u32 = 4096;

// encode()'s sizes, read by the caller after a call.
let dataSize: u32 = 0;
let dictionarySize: u32 = 0;
export function encodedDataSize(): u32 {
  return dataSize;
}
export function encodedDictionarySize(): u32 {
  return dictionarySize;
}

/**
 * Reads the data page body at `body` (`length` bytes: definition levels as a 4-byte
 * little-endian length and that many bytes, then PLAIN byte arrays) and returns the number of
 * dictionary entries when the dictionary pays: its values (PLAIN byte arrays, in the order first
 * seen) and the RLE_DICTIONARY body (the same levels, the indexes' bit width, then the indexes
 * as one bit-packed run of the hybrid encoding) are then at `dictionary` and `data`, their sizes
 * in encodedDictionarySize() and encodedDataSize(). Returns 0 when it does not pay: the
 * dictionary and the indexes would be 3/4 of the values or more, a sample is nearly all
 * distinct, or there would be more than MAX_ENTRIES. `table`: tableBytes() of scratch;
 * `entries`: 8 bytes per entry (MAX_ENTRIES); `indexes`: 4 bytes per value, and 32 more; `data`:
 * room for the levels, 6 bytes and 2 bytes per value; `dictionary`: for the values. The body
 * needs 8 readable bytes after it.
 */
export function encode(
  body: usize,
  length: u32,
  table: usize,
  entries: usize,
  indexes: usize,
  data: usize,
  dictionary: usize,
): u32 {
  dataSize = 0;
  dictionarySize = 0;
  if (length < 4) return 0;
  const levelBytes: u32 = 4 + load<u32>(body);
  if (levelBytes > length) return 0;
  // Each entry's offset in the body, then (from `hashes`) its hash.
  const hashes = entries + ((<usize>MAX_ENTRIES) << 2);
  let slotBits = FIRST_SLOT_BITS;
  let mask: u32 = ((<u32>1) << slotBits) - 1;
  memory.fill(table, 0, (<usize>mask + 1) * SLOT);
  const values = body + levelBytes;
  const end = body + length;
  let count: u32 = 0;
  let distinct: u32 = 0;
  let dictionaryBytes: u32 = 0;
  let p = values;
  while (p < end) {
    const size = load<u32>(p);
    const value = p + 4;
    if (value + size > end) return 0; // not a body of PLAIN byte arrays
    const prefix = prefixOf(value, size);
    const hash = hashOf(value, size, prefix);
    let slot = hash & mask;
    let index: u32 = 0;
    while (true) {
      const at = table + <usize>slot * SLOT;
      const held = load<u32>(at);
      if (held == 0) {
        if (distinct == MAX_ENTRIES) return 0;
        store<u32>(at, distinct + 1);
        store<u32>(at, size, 4);
        store<u64>(at, prefix, 8);
        store<u32>(entries + ((<usize>distinct) << 2), <u32>(p - body));
        store<u32>(hashes + ((<usize>distinct) << 2), hash);
        index = distinct++;
        dictionaryBytes += 4 + size;
        if (distinct << 1 > mask && slotBits < MAX_SLOT_BITS) {
          slotBits++;
          mask = ((<u32>1) << slotBits) - 1;
          rehash(table, mask, body, entries, hashes, distinct);
        }
        break;
      }
      if (load<u32>(at, 4) == size && load<u64>(at, 8) == prefix) {
        const entry = held - 1;
        if (size <= 8) {
          index = entry;
          break;
        }
        const known = body + <usize>load<u32>(entries + ((<usize>entry) << 2));
        if (memory.compare(known + 12, value + 8, size - 8) == 0) {
          index = entry;
          break;
        }
      }
      slot = (slot + 1) & mask;
    }
    store<u32>(indexes + ((<usize>count) << 2), index);
    count++;
    p = value + size;
    if (count == SAMPLE && distinct > SAMPLE - (SAMPLE >> 5)) return 0;
  }
  if (count == 0) return 0;
  const width = distinct <= 2 ? 1 : 32 - <u32>clz(distinct - 1);
  const groups = (count + 7) >> 3;
  const header = (groups << 1) | 1;
  const packed = levelBytes + 1 + varintSize(header) + groups * width;
  const plain = <u32>(end - values);
  if (<u64>(packed - levelBytes + dictionaryBytes) * 4 >= <u64>plain * 3) return 0;

  // The data page: levels, bit width, one bit-packed run (the last group padded with zeros).
  memory.copy(data, body, levelBytes);
  let o = data + levelBytes;
  store<u8>(o++, <u8>width);
  o = writeVarint(o, header);
  for (let i = count; i < groups << 3; i++) store<u32>(indexes + ((<usize>i) << 2), 0);
  let acc: u64 = 0;
  let bits: u32 = 0;
  for (let i: u32 = 0; i < groups << 3; i++) {
    acc |= (<u64>load<u32>(indexes + ((<usize>i) << 2))) << bits;
    bits += width;
    while (bits >= 8) {
      store<u8>(o++, <u8>acc);
      acc >>= 8;
      bits -= 8;
    }
  }
  dataSize = <u32>(o - data);

  // The dictionary: each entry's length and bytes, as they stand in the body.
  let d = dictionary;
  for (let e: u32 = 0; e < distinct; e++) {
    const at = body + <usize>load<u32>(entries + ((<usize>e) << 2));
    const size = 4 + load<u32>(at);
    memory.copy(d, at, size);
    d += size;
  }
  dictionarySize = <u32>(d - dictionary);
  return distinct;
}

/**
 * Puts the `distinct` entries (their offsets in `body` at `entries`, their hashes at `hashes`)
 * into a cleared table of `mask + 1` slots.
 */
function rehash(
  table: usize,
  mask: u32,
  body: usize,
  entries: usize,
  hashes: usize,
  distinct: u32,
): void {
  memory.fill(table, 0, (<usize>mask + 1) * SLOT);
  for (let e: u32 = 0; e < distinct; e++) {
    let slot = load<u32>(hashes + ((<usize>e) << 2)) & mask;
    while (load<u32>(table + <usize>slot * SLOT) != 0) slot = (slot + 1) & mask;
    const at = table + <usize>slot * SLOT;
    const known = body + <usize>load<u32>(entries + ((<usize>e) << 2));
    const size = load<u32>(known);
    store<u32>(at, e + 1);
    store<u32>(at, size, 4);
    store<u64>(at, prefixOf(known + 4, size), 8);
  }
}

/** The first 8 bytes at `value` of a value of `size` bytes, zeros past its end. */
function prefixOf(value: usize, size: u32): u64 {
  return size >= 8 ? load<u64>(value) : load<u64>(value) & (((<u64>1) << (size << 3)) - 1);
}

/**
 * A hash of the `size` bytes at `value`, whose first 8 are `prefix` (zeros past the end), 8 at a
 * time (reads up to 7 bytes past them).
 */
function hashOf(value: usize, size: u32, prefix: u64): u32 {
  let h: u64 = (prefix ^ (<u64>size * 0x9e3779b97f4a7c15)) * 0xbf58476d1ce4e5b9;
  for (let k: u32 = 8; k < size; k += 8) {
    const left = size - k;
    const word =
      left >= 8 ? load<u64>(value + k) : load<u64>(value + k) & (((<u64>1) << (left << 3)) - 1);
    h = (h ^ (h >> 31) ^ word) * 0x94d049bb133111eb;
  }
  h ^= h >> 29;
  return <u32>(h ^ (h >> 32));
}

function varintSize(value: u32): u32 {
  let n: u32 = 1;
  while (value >= 0x80) {
    value >>>= 7;
    n++;
  }
  return n;
}

function writeVarint(o: usize, value: u32): usize {
  while (value >= 0x80) {
    store<u8>(o++, <u8>((value & 0x7f) | 0x80));
    value >>>= 7;
  }
  store<u8>(o++, <u8>value);
  return o;
}
