/**
 * The phone engine's reading of numbers already in E.164 (`+` and 3 to 32 digits), in
 * AssemblyScript (compiled to dist/wasm/e164.wasm by `npm run build`), for `ringfence phone
 * --json` (src/cli/phone-fast.ts), whose lines it also writes as JSON Lines, byte for byte as
 * src/cli/phone-json.ts writes them, and for the phone fields of an ingest (readFields(), the
 * engine's parseRanges()), whose batch arrays it fills as the engine's store() does: there it
 * also reads digits alone, in the row's region (withDefaultRegion of resolve.ts) or without one
 * (the engine's guess of the calling code).
 *
 * The reading is the engine's `+` path (src/phone/resolve.ts: international, finish,
 * extractNational), national prefixes included where the rule is a finite set of digit strings.
 * It is a second implementation of that code, held equal to it by test/phone-fast.test.ts: a
 * change there must be made here too. Any other line, and an E.164 line whose main region's rule
 * rewrites digits or matches to the end (AR, BR, JP...), is the TypeScript engine's: classify()
 * lists those lines, the caller formats them all at once, and run() copies their records in
 * between its own, so that a chunk takes two calls however its lines mix.
 *
 * The tables are the engine's own (src/phone/metadata.ts), copied into this module's memory by
 * src/phone/fast-e164.ts, which sets every pointer below through configure().
 */

// Table pointers (byte offsets in memory), set once by configure().
let callingCodeIndex: usize = 0; // i16 per calling code 0..999: index of its plan, -1 none
let ccRoot: usize = 0; // u32 per plan: root state of the automaton
let ccFirstRegion: usize = 0; // u32 per plan
let ccRegionCount: usize = 0; // u32 per plan
let regionSlot: usize = 0; // u32 per region: its bit among the plan's regions
let regionHasTypes: usize = 0; // u32 per region: 1 when the region has type patterns
let regionLengths: usize = 0; // u32 per region: bit n set when n is a possible NSN length
let regionPrefixDigits: usize = 0; // u32 per region: national prefix first digits (bit per digit)
// u32 per region: 0 no national prefix rule, 1 a rule the engine runs (a regular expression
// with a transform, or of unbounded matches), else the address of the root of its prefixes'
// trie (see nationalStart()).
let regionPrefixes: usize = 0;
let ccValue: usize = 0; // u32 per plan: its calling code
let regionPlan: usize = 0; // u32 per region: its plan
// u32 per region: its international prefix rule, as regionPrefixes (see readField()).
let regionIdd: usize = 0;
let transitions: usize = 0; // u16 or u32 per (state, digit)
let wideTransitions: bool = false;
let stateOutput: usize = 0; // u32 per state
let outputGeneral: usize = 0; // u32 per output: general-pattern mask by slot
let outputFound: usize = 0; // u8 per output: slot of the region found, 255 none
let outputTypesAt: usize = 0; // u32 per output: offset of its type bytes
let outputTypes: usize = 0; // u8 per (output, slot): type code, 0 none
let maxNsnLength: i32 = 0;
// Output fragments: `{"input":"`, then `","valid":…,"e164":"` by validity (4), then the tails
// `","region":…,"type":…}\n` by key (region + 1) * typeCount + type, region -1 for none, all
// copied by whole 16-byte blocks: what follows each (the next, or slack) is readable.
let head: usize = 0;
let headLength: usize = 0;
let validityAt: usize = 0; // u32 × 4
let validityLength: usize = 0; // u32 × 4
let tailAt: usize = 0; // u32 per key
let tailLength: usize = 0; // u32 per key
let typeCount: i32 = 0;
let errorAt: usize = 0; // u32 × 3: `","error":{"code":"…"}}\n` for TOO_SHORT, TOO_LONG, INVALID_COUNTRY
let errorLength: usize = 0; // u32 × 3
const TOO_SHORT: i32 = 0;
const TOO_LONG: i32 = 1;
const INVALID_COUNTRY: i32 = 2;

const NO_FOUND: u8 = 255;
const MAX_DIGITS: usize = 32;

// What run() tells its caller, as u32s in memory (no call to read them): where it stopped (the
// input offset of the next line), where the output ends, and how many of the engine's lines it
// has copied.
let state: usize = 0;

// The line readLine() has just read.
let lineEnd: usize = 0; // end of the line, without its `\r\n` or `\n`
let nextLine: usize = 0; // start of the next line
let ccEnd: usize = 0; // end of the calling code
let nsnStart: usize = 0; // start of the national number, after a national prefix
let plan: i32 = -1; // the calling code's plan, -1 for none
let country: i32 = -1; // the region found, -1 for none
let type: i32 = 0;
let valid: u32 = 0;
let possible: u32 = 0;
let error: i32 = -1; // TOO_SHORT, TOO_LONG, INVALID_COUNTRY, or -1
let main: i32 = -1; // the calling code's main region

/** The engine's tables: `tables` points at a u32 array of their addresses, in the order above. */
export function configure(tables: usize, stateAt: usize, wide: bool, maxNsn: i32): void {
  callingCodeIndex = load<u32>(tables, 0);
  ccRoot = load<u32>(tables, 4);
  ccFirstRegion = load<u32>(tables, 8);
  ccRegionCount = load<u32>(tables, 12);
  regionSlot = load<u32>(tables, 16);
  regionHasTypes = load<u32>(tables, 20);
  regionLengths = load<u32>(tables, 24);
  regionPrefixDigits = load<u32>(tables, 28);
  transitions = load<u32>(tables, 32);
  stateOutput = load<u32>(tables, 36);
  outputGeneral = load<u32>(tables, 40);
  outputFound = load<u32>(tables, 44);
  outputTypesAt = load<u32>(tables, 48);
  outputTypes = load<u32>(tables, 52);
  regionPrefixes = load<u32>(tables, 56);
  ccValue = load<u32>(tables, 60);
  regionPlan = load<u32>(tables, 64);
  regionIdd = load<u32>(tables, 68);
  state = stateAt;
  wideTransitions = wide;
  maxNsnLength = maxNsn;
}

/** The JSON records' fragments, for run(): a u32 array of addresses and lengths, as above. */
export function configureRecords(fragments: usize, types: i32): void {
  head = load<u32>(fragments, 0);
  headLength = load<u32>(fragments, 4);
  validityAt = load<u32>(fragments, 8);
  validityLength = load<u32>(fragments, 12);
  tailAt = load<u32>(fragments, 16);
  tailLength = load<u32>(fragments, 20);
  errorAt = load<u32>(fragments, 24);
  errorLength = load<u32>(fragments, 28);
  typeCount = types;
}

/** Start of free memory after this module's own data. */
export function heapBase(): usize {
  return __heap_base;
}

function stop(status: i32, at: usize, out: usize, copied: u32): i32 {
  store<u32>(state, <u32>at, 0);
  store<u32>(state, <u32>out, 4);
  store<u32>(state, copied, 8);
  return status;
}

/** Copies `length` bytes 16 at a time: may read and write up to 15 bytes past the end. */
function copy(to: usize, from: usize, length: usize): void {
  for (let k: usize = 0; k < length; k += 16) v128.store(to + k, v128.load(from + k));
}

function bit(mask: u32, n: i32): u32 {
  return n > 31 ? 0 : (mask >>> (<u32>n)) & 1;
}

/** The automaton's output for the digits [from, end) of plan `plan` (0 when too long). */
function walk(plan: i32, from: usize, end: usize): u32 {
  if (<i32>(end - from) > maxNsnLength) return 0;
  let state: u32 = load<u32>(ccRoot + ((<usize>plan) << 2));
  if (wideTransitions) {
    for (let p = from; p < end; p++)
      state = load<u32>(transitions + ((<usize>state * 10 + <usize>load<u8>(p) - 48) << 2));
  } else {
    for (let p = from; p < end; p++)
      state = load<u16>(transitions + ((<usize>state * 10 + <usize>load<u8>(p) - 48) << 1));
  }
  return load<u32>(stateOutput + ((<usize>state) << 2));
}

/** Slot of the region the automaton found for `output` among the plan's, -1 for none. */
function foundSlot(plan: i32, output: u32): i32 {
  if (load<u32>(ccRegionCount + ((<usize>plan) << 2)) == 1) return 0;
  const found = load<u8>(outputFound + output);
  return found == NO_FOUND ? -1 : <i32>found;
}

/**
 * The size of the first of a prefix rule's strings, in its order, that the digits [from, end)
 * start with (PrefixTrie.match() of src/phone/prefix-literals.ts): -1 for none. A walk of the
 * rule's trie from `root`, whose nodes are 10 child addresses (0 for none) and the priority of
 * the string that ends there (0xffffffff for none).
 */
function trieMatch(root: usize, from: usize, end: usize): isize {
  let node = root;
  let best = load<u32>(node, 40);
  let size: isize = best == NO_PRIORITY ? -1 : 0;
  for (let p = from; p < end; p++) {
    node = <usize>load<u32>(node + ((<usize>load<u8>(p) - 48) << 2));
    if (node == 0) break;
    const priority = load<u32>(node, 40);
    if (priority < best) {
      best = priority;
      size = <isize>(p - from) + 1;
    }
  }
  return size;
}

const NO_PRIORITY: u32 = 0xffffffff;

/**
 * Where the national number starts once extractNational() has stripped the national prefix of
 * region `region` (of plan `plan`, whose first region is `first`) from the digits [from, end):
 * `from` when nothing is stripped, -1 when the rule is a regular expression (the engine's to
 * run).
 */
function nationalStart(plan: i32, region: i32, first: i32, from: usize, end: usize): isize {
  const at = (<usize>region) << 2;
  if (bit(load<u32>(regionPrefixDigits + at), <i32>load<u8>(from) - 48) == 0) return from;
  const rule = load<u32>(regionPrefixes + at);
  if (rule == 0) return from;
  if (rule == 1) return -1;
  const size = trieMatch(<usize>rule, from, end);
  if (size <= 0) return from;
  const candidate = from + <usize>size;
  // Kept only when it does not turn a number of the plan into one that is not, and when its
  // length is possible (or too long) where the automaton places it.
  const slot = load<u32>(regionSlot + at);
  const before = walk(plan, from, end);
  const after = walk(plan, candidate, end);
  const generalBefore = (load<u32>(outputGeneral + ((<usize>before) << 2)) >>> slot) & 1;
  const generalAfter = (load<u32>(outputGeneral + ((<usize>after) << 2)) >>> slot) & 1;
  if (generalBefore == 1 && generalAfter == 0) return from;
  const found = foundSlot(plan, after);
  const lengths = load<u32>(regionLengths + ((<usize>(found >= 0 ? first + found : region)) << 2));
  const stripped = <i32>(end - candidate);
  return bit(lengths, stripped) != 0 || stripped > longest(lengths) ? candidate : from;
}

/** The longest length of a possible-length mask. */
function longest(lengths: u32): i32 {
  return 31 - <i32>clz(lengths);
}

/**
 * Reads the line at `s` (data ends at `end`). True when it is this module's: `+` and 3 to 32
 * digits whose calling code's main region strips its national prefix without the engine; its
 * reading is then in the globals above. False when it is the engine's; lineEnd is then where
 * the engine's line ends (at `\n`, less one `\r`). nextLine is set either way.
 */
function readLine(s: usize, end: usize): bool {
  let e = s + 1;
  let c: u32 = 0;
  if (load<u8>(s) == 0x2b) {
    // Sixteen bytes at a time (at most 16 past the end, which the caller leaves room for): the
    // mask of those that are digits, up to the first that is not.
    for (;;) {
      const chunk = i8x16.sub(v128.load(e), i8x16.splat(48));
      const digits = i8x16.bitmask(i8x16.lt_u(chunk, i8x16.splat(10)));
      const run = <usize>ctz(~digits);
      e += run;
      if (run < 16 || e >= end) break;
    }
    if (e > end) e = end;
    if (e < end) c = load<u8>(e);
    let ok = true;
    if (e >= end) nextLine = e;
    else if (c == 10) nextLine = e + 1;
    else if (c == 13 && e + 1 < end && load<u8>(e + 1) == 10) nextLine = e + 2;
    else if (c == 13 && e + 1 == end) nextLine = e + 1;
    else ok = false;
    const digits = e - s - 1;
    if (ok && digits >= 3 && digits <= MAX_DIGITS && resolve(s, e)) {
      lineEnd = e;
      return true;
    }
  }
  // The engine's line: up to the next `\n`.
  e = s;
  while (e < end && load<u8>(e) != 10) e++;
  nextLine = e < end ? e + 1 : end;
  lineEnd = e > s && load<u8>(e - 1) == 13 ? e - 1 : e;
  return false;
}

/**
 * The engine's `+` reading of the digits [s + 1, e): international(), finish() and
 * extractNational() of src/phone/resolve.ts. False when a regular expression would be needed.
 */
function resolve(s: usize, e: usize): bool {
  // The calling code: the first 1 to 3 digits that name one.
  plan = -1;
  ccEnd = s + 1;
  error = INVALID_COUNTRY;
  type = 0;
  country = -1;
  valid = 0;
  possible = 0;
  if (load<u8>(s + 1) != 0x30) {
    let value: u32 = 0;
    for (let k = 0; k < 3; k++) {
      value = value * 10 + (<u32>load<u8>(ccEnd) - 48);
      ccEnd++;
      const index = <i32>load<i16>(callingCodeIndex + ((<usize>value) << 1));
      if (index >= 0) {
        plan = index;
        break;
      }
    }
  }
  nsnStart = ccEnd;
  if (plan < 0) return true;
  error = TOO_SHORT;
  if (ccEnd >= e) return true;
  const firstRegion = <i32>load<u32>(ccFirstRegion + ((<usize>plan) << 2));
  const start = nationalStart(plan, firstRegion, firstRegion, ccEnd, e);
  if (start < 0) return false;
  nsnStart = <usize>start;
  const length = <i32>(e - nsnStart);
  if (length > maxNsnLength) {
    error = TOO_LONG;
    return true;
  }
  if (length < 2) return true;
  error = -1; // the automaton's walk is left to walkLanes(), the rest to finish()
  main = firstRegion;
  return true;
}

/** finish() of the engine, once the automaton has given `output` for the national number. */
function finish(output: u32): void {
  const found = foundSlot(plan, output);
  if (found >= 0) country = main + found;
  const selected = (<usize>(country >= 0 ? country : main)) << 2;
  const slot = <i32>load<u32>(regionSlot + selected);
  if (output != 0) {
    const types = outputTypes + load<u32>(outputTypesAt + ((<usize>output) << 2));
    type = <i32>load<u8>(types + slot);
  }
  valid =
    load<u32>(regionHasTypes + selected) != 0
      ? <u32>(type != 0)
      : bit(load<u32>(outputGeneral + ((<usize>output) << 2)), slot);
  possible = bit(load<u32>(regionLengths + selected), <i32>(lineEnd - nsnStart));
}

// Lines read ahead by run(), LANES at a time, their fields side by side (u32 each).
const LANES: usize = 8;
const LINE_START: usize = 0;
const LINE_NEXT: usize = 1;
const LINE_END: usize = 2;
const LINE_MINE: usize = 3;
const LINE_CC_END: usize = 4;
const LINE_NSN: usize = 5;
const LINE_PLAN: usize = 6;
const LINE_ERROR: usize = 7;
const LINE_MAIN: usize = 8;
const LINE_OUTPUT: usize = 9;
const lanes = memory.data(<i32>(10 * <i32>LANES * 4), 8);

function lane(field: usize, i: usize): usize {
  return lanes + ((field * LANES + i) << 2);
}

/** Keeps the reading of the line or field at `s` (readLine()'s or resolve()'s) in lane `i`. */
function keepLane(i: usize, s: usize, mine: bool): void {
  store<u32>(lane(LINE_START, i), <u32>s);
  store<u32>(lane(LINE_NEXT, i), <u32>nextLine);
  store<u32>(lane(LINE_END, i), <u32>lineEnd);
  store<u32>(lane(LINE_MINE, i), <u32>mine);
  store<u32>(lane(LINE_CC_END, i), <u32>ccEnd);
  store<u32>(lane(LINE_NSN, i), <u32>nsnStart);
  store<u32>(lane(LINE_PLAN, i), <u32>plan);
  store<u32>(lane(LINE_ERROR, i), <u32>error);
  store<u32>(lane(LINE_MAIN, i), <u32>main);
}

// The walk that walkOf() found for a lane: its start state and its digits [from, to).
let root: usize = 0;
let from: usize = 0;
let to: usize = 0;

/** Whether lane `i` has a walk to do (its reading needs the automaton); sets root, from, to. */
function walkOf(i: usize): bool {
  if (load<u32>(lane(LINE_MINE, i)) == 0 || <i32>load<u32>(lane(LINE_ERROR, i)) != -1) return false;
  root = load<u32>(ccRoot + ((<usize>load<u32>(lane(LINE_PLAN, i))) << 2));
  from = load<u32>(lane(LINE_NSN, i));
  to = load<u32>(lane(LINE_END, i));
  return true;
}

/** One step of the automaton from `state` on the digit at `at`. */
function next(state: usize, at: usize): usize {
  const index = state * 10 + <usize>load<u8>(at) - 48;
  return wideTransitions
    ? <usize>load<u32>(transitions + (index << 2))
    : <usize>load<u16>(transitions + (index << 1));
}

/**
 * The automaton's walks of the national numbers of lanes [first, first + 4) (of n), side by
 * side, in locals: its table is larger than the cache, and walks that do not wait for each
 * other overlap their waits for memory. Leaves each lane's output (that of state 0 for lanes
 * without a walk).
 */
function walkLanes(first: usize, n: usize): void {
  let s0: usize = 0;
  let p0: usize = 0;
  let e0: usize = 0;
  if (first + 0 < n && walkOf(first + 0)) {
    s0 = root;
    p0 = from;
    e0 = to;
  }
  let s1: usize = 0;
  let p1: usize = 0;
  let e1: usize = 0;
  if (first + 1 < n && walkOf(first + 1)) {
    s1 = root;
    p1 = from;
    e1 = to;
  }
  let s2: usize = 0;
  let p2: usize = 0;
  let e2: usize = 0;
  if (first + 2 < n && walkOf(first + 2)) {
    s2 = root;
    p2 = from;
    e2 = to;
  }
  let s3: usize = 0;
  let p3: usize = 0;
  let e3: usize = 0;
  if (first + 3 < n && walkOf(first + 3)) {
    s3 = root;
    p3 = from;
    e3 = to;
  }
  while (p0 < e0 || p1 < e1 || p2 < e2 || p3 < e3) {
    if (p0 < e0) {
      s0 = next(s0, p0);
      p0++;
    }
    if (p1 < e1) {
      s1 = next(s1, p1);
      p1++;
    }
    if (p2 < e2) {
      s2 = next(s2, p2);
      p2++;
    }
    if (p3 < e3) {
      s3 = next(s3, p3);
      p3++;
    }
  }
  if (first + 0 < n) store<u32>(lane(LINE_OUTPUT, first + 0), load<u32>(stateOutput + (s0 << 2)));
  if (first + 1 < n) store<u32>(lane(LINE_OUTPUT, first + 1), load<u32>(stateOutput + (s1 << 2)));
  if (first + 2 < n) store<u32>(lane(LINE_OUTPUT, first + 2), load<u32>(stateOutput + (s2 << 2)));
  if (first + 3 < n) store<u32>(lane(LINE_OUTPUT, first + 3), load<u32>(stateOutput + (s3 << 2)));
}

/**
 * Lists the engine's lines of [from, end): their starts as u32s from `starts`, their ends from
 * `ends`, both less `base`; returns how many, and leaves the number of lines read in the state
 * block. The caller formats them and puts their records where run() will copy them from.
 */
export function classify(from: usize, end: usize, base: usize, starts: usize, ends: usize): u32 {
  let count: usize = 0;
  let lines: u32 = 0;
  for (let s = from; s < end; s = nextLine) {
    lines++;
    if (readLine(s, end)) continue;
    store<u32>(starts + (count << 2), <u32>(s - base));
    store<u32>(ends + (count << 2), <u32>(lineEnd - base));
    count++;
  }
  store<u32>(state, lines, 12);
  return <u32>count;
}

/**
 * Formats the lines of [from, end) into the output from `out`, keeping `limit - out` bytes at
 * most (with 16 bytes of slack past `limit`). The engine's lines, in the order classify() listed
 * them, are copied from the (offset, length) u32 pairs at `pieces`, starting with pair `copied`;
 * with `pieces` 0, run() stops at the first of them (a clean E.164 dump never needs classify()).
 * Returns 0 when every line is written, 1 when it stopped at an engine's line, 2 when the output
 * is full; the state block says where it stopped (that line), where the output ends and how many
 * pieces were copied.
 */
export function run(
  from: usize,
  end: usize,
  out: usize,
  limit: usize,
  pieces: usize,
  copied: u32,
): i32 {
  let o = out;
  let next = from;
  while (next < end) {
    // Up to LANES lines read ahead, so that their walks of the automaton overlap.
    let n: usize = 0;
    for (; n < LANES && next < end; n++) {
      keepLane(n, next, readLine(next, end));
      next = nextLine;
    }
    for (let i: usize = 0; i < n; i += 4) walkLanes(i, n);
    for (let i: usize = 0; i < n; i++) {
      const s = <usize>load<u32>(lane(LINE_START, i));
      lineEnd = <usize>load<u32>(lane(LINE_END, i));
      if (load<u32>(lane(LINE_MINE, i)) == 0) {
        if (pieces == 0) return stop(1, s, o, copied);
        const piece = pieces + ((<usize>copied) << 3);
        const size = <usize>load<u32>(piece, 4);
        if (o + size > limit) return stop(2, s, o, copied);
        copy(o, <usize>load<u32>(piece), size);
        o += size;
        copied++;
        continue;
      }
      ccEnd = <usize>load<u32>(lane(LINE_CC_END, i));
      nsnStart = <usize>load<u32>(lane(LINE_NSN, i));
      plan = <i32>load<u32>(lane(LINE_PLAN, i));
      error = <i32>load<u32>(lane(LINE_ERROR, i));
      main = <i32>load<u32>(lane(LINE_MAIN, i));
      type = 0;
      country = -1;
      valid = 0;
      possible = 0;
      if (error == -1) finish(load<u32>(lane(LINE_OUTPUT, i)));
      // `{"input":"…` and the rest: the error's end, or the reading and the E.164, which is the
      // input less a national prefix stripped after the calling code.
      const line = lineEnd - s;
      let rest: usize;
      let restSize: usize;
      let middle: usize = 0;
      let middleSize: usize = 0;
      if (error != -1) {
        rest = load<u32>(errorAt + ((<usize>error) << 2));
        restSize = load<u32>(errorLength + ((<usize>error) << 2));
      } else {
        const key = (<usize>((country + 1) * typeCount + type)) << 2;
        rest = load<u32>(tailAt + key);
        restSize = load<u32>(tailLength + key);
        const v = (<usize>(valid | (possible << 1))) << 2;
        middle = load<u32>(validityAt + v);
        middleSize = load<u32>(validityLength + v);
      }
      if (o + headLength + 2 * line + middleSize + restSize > limit) return stop(2, s, o, copied);
      copy(o, head, headLength);
      o += headLength;
      copy(o, s, line);
      o += line;
      if (error == -1) {
        copy(o, middle, middleSize);
        o += middleSize;
        const callingCode = ccEnd - s;
        copy(o, s, callingCode);
        o += callingCode;
        copy(o, nsnStart, lineEnd - nsnStart);
        o += lineEnd - nsnStart;
      }
      copy(o, rest, restSize);
      o += restSize;
    }
  }
  return stop(0, end, o, copied);
}

// readFields()' status codes of the module's errors (1 + their index in PHONE_ERROR_CODES, set
// by configureFields()), and of a field that is the engine's to read.
let statusOf: StaticArray<u8> = [0, 0, 0];
const FIELD_ENGINE: u8 = 255;
const NO_REGION_INDEX: u16 = 0xffff;

/** The batch status codes of TOO_SHORT, TOO_LONG and INVALID_COUNTRY, for readFields(). */
export function configureFields(tooShort: u8, tooLong: u8, invalidCountry: u8): void {
  statusOf[TOO_SHORT] = tooShort;
  statusOf[TOO_LONG] = tooLong;
  statusOf[INVALID_COUNTRY] = invalidCountry;
}

/** Whether [p, e) is all ASCII digits (reads up to 16 bytes past `e`). */
function allDigits(p: usize, e: usize): bool {
  let run: usize = 16;
  while (run == 16 && p < e) {
    const chunk = i8x16.sub(v128.load(p), i8x16.splat(48));
    run = <usize>ctz(~i8x16.bitmask(i8x16.lt_u(chunk, i8x16.splat(10))));
    p += run;
  }
  return p >= e;
}

// How each lane's field was read: its reading (READING_* of src/phone/resolve.ts) in the low
// byte, GUESSED when the calling code was guessed, and what an impossible length does to it:
// IMPOSSIBLE_FAILS (the engine's guess without a region), IMPOSSIBLE_ENGINE (a national reading,
// which the engine then tries internationally). And the region a national reading defaults to.
const readingOf = memory.data(<i32>LANES * 4, 8);
const defaultOf = memory.data(<i32>LANES * 4, 8);
const READING_IDD: u32 = 1;
const READING_NATIONAL: u32 = 2;
const READING_NO_PLUS: u32 = 3;
const GUESSED: u32 = 0x100;
const IMPOSSIBLE_FAILS: u32 = 0x10000;
const IMPOSSIBLE_ENGINE: u32 = 0x20000;
const BATCH_GUESSED: u32 = 4;
// The digits of each lane's field when it has spaces or dashes between them (see readField()),
// with room for the module's 16-byte reads past them.
const SCRATCH: usize = 64;
const scratchOf = memory.data(<i32>(LANES * SCRATCH), 16);
/** Longest field read: its digits apart by as many spaces or dashes, well below 250. */
const MAX_FORMATTED: usize = 64;
/** Where readField() read the field's `+` (for digits alone, the byte before them). */
let plusAt: usize = 0;

/**
 * Reads field [s, e) of a row whose default region is `region` (-1 for none) into the globals,
 * as tokenize() and resolve() of the engine do, when it is `+` and 3 to 32 digits, or 3 to 32
 * digits alone, with or without spaces and dashes between them (not without `+` or a region).
 * False when it is the engine's to read. Sets lane `i`'s reading, and lineEnd to the end of the
 * digits read.
 */
function readField(i: usize, s: usize, e: usize, region: i32): bool {
  plusAt = s;
  store<i32>(defaultOf + (i << 2), -1);
  const size = e - s;
  if (size < 3 || size > MAX_FORMATTED) return false;
  const plus = load<u8>(s) == 0x2b;
  if (!allDigits(plus ? s + 1 : s, e)) {
    // Digit groups apart by spaces or dashes, which the engine's tokenize() skips: their digits
    // are read from the lane's scratch, after a byte that stands for the `+`.
    const scratch = scratchOf + i * SCRATCH;
    let q = scratch + 1;
    for (let p = plus ? s + 1 : s; p < e; p++) {
      const b = load<u8>(p);
      if (<u32>(b - 48) < 10) {
        if (q == scratch + 1 + MAX_DIGITS) return false;
        store<u8>(q++, b);
      } else if (b != 0x20 && b != 0x2d) return false;
    }
    // Without `+` or a region, the engine may read ten such digits the North American way.
    if (q - scratch - 1 < 3 || (!plus && region < 0)) return false;
    s = plus ? scratch : scratch + 1;
    e = q;
    plusAt = s;
    lineEnd = q;
  }
  if (plus) {
    store<u32>(readingOf + (i << 2), 0);
    return e - s >= 4 && e - s <= MAX_DIGITS + 1 && resolve(s, e);
  }
  if (e - s > MAX_DIGITS) return false;
  if (region >= 0) return readNational(i, s, e, region);
  // No region: the engine guesses the calling code from the digits, after 00 when they start
  // with it, and fails a guess of impossible length.
  const idd = load<u8>(s) == 0x30 && load<u8>(s + 1) == 0x30;
  const reading = idd ? READING_IDD : READING_NO_PLUS;
  store<u32>(readingOf + (i << 2), reading | GUESSED | IMPOSSIBLE_FAILS);
  return readAfter(idd ? s + 2 : s, e);
}

/**
 * The international reading of the digits [from, e) (international() of the engine): false
 * when fewer than 3 are left, which resolve() reads the calling code from.
 */
function readAfter(from: usize, e: usize): bool {
  if (e - from < 3) return false;
  // resolve() reads the digits after its `+`, which it never reads: here the byte before them.
  plusAt = from - 1;
  return resolve(plusAt, e);
}

/**
 * Digits alone in a row of region `region`: withDefaultRegion() of the engine. After the
 * region's international prefix they are international; starting with its calling code, they
 * are read so when that fits better (countryCodeWithoutPlus()); else they are national, and a
 * national reading of impossible length is left to the engine, which tries them as
 * international too. False where a rule is a regular expression.
 */
function readNational(i: usize, s: usize, e: usize, region: i32): bool {
  const at = (<usize>region) << 2;
  const idd = load<u32>(regionIdd + at);
  if (idd == 1) return false;
  if (idd != 0) {
    const size = trieMatch(<usize>idd, s, e);
    if (size > 0 && <usize>size < e - s && load<u8>(s + <usize>size) != 0x30) {
      store<u32>(readingOf + (i << 2), READING_IDD);
      return readAfter(s + <usize>size, e);
    }
  }
  const regionPlanIndex = <i32>load<u32>(regionPlan + at);
  const first = <i32>load<u32>(ccFirstRegion + ((<usize>regionPlanIndex) << 2));
  const cc = load<u32>(ccValue + ((<usize>regionPlanIndex) << 2));
  const ccLength: usize = cc < 10 ? 1 : cc < 100 ? 2 : 3;
  if (e - s > ccLength && startsWith(s, cc, ccLength)) {
    const better = withoutPlus(regionPlanIndex, region, first, s, ccLength, e);
    if (better < 0) return false;
    if (better == 1) {
      // The calling codes are a prefix code: resolve() finds the region's.
      store<u32>(readingOf + (i << 2), READING_NO_PLUS | GUESSED);
      return readAfter(s, e);
    }
  }
  store<u32>(readingOf + (i << 2), READING_NATIONAL | IMPOSSIBLE_ENGINE);
  store<i32>(defaultOf + (i << 2), region);
  // finish() of the engine with the region's plan: the digits from `s` are the national number.
  plan = regionPlanIndex;
  main = first;
  ccEnd = s;
  plusAt = s - 1;
  const start = nationalStart(plan, region, first, s, e);
  if (start < 0) return false;
  nsnStart = <usize>start;
  const length = <i32>(e - nsnStart);
  error = length < 2 ? TOO_SHORT : length > maxNsnLength ? TOO_LONG : -1;
  return true;
}

/** Whether the digits at `s` start with the `length` digits of `value`. */
function startsWith(s: usize, value: u32, length: usize): bool {
  let v: u32 = 0;
  for (let k: usize = 0; k < length; k++) v = v * 10 + <u32>(load<u8>(s + k) - 48);
  return v == value;
}

/**
 * countryCodeWithoutPlus() of the engine: 1 when the digits [s, e), which start with the calling
 * code of `region` (`ccLength` digits), read better without it, 0 when not, -1 when a national
 * prefix rule is a regular expression.
 */
function withoutPlus(plan: i32, region: i32, first: i32, s: usize, ccLength: usize, e: usize): i32 {
  const shorter = nationalStart(plan, region, first, s + ccLength, e);
  const whole = nationalStart(plan, region, first, s, e);
  if (shorter < 0 || whole < 0) return -1;
  const slot = load<u32>(regionSlot + ((<usize>region) << 2));
  const wholeOutput = walk(plan, <usize>whole, e);
  const shorterOutput = walk(plan, <usize>shorter, e);
  const wholeMatches = (load<u32>(outputGeneral + ((<usize>wholeOutput) << 2)) >>> slot) & 1;
  const shorterMatches = (load<u32>(outputGeneral + ((<usize>shorterOutput) << 2)) >>> slot) & 1;
  const lengths = load<u32>(regionLengths + ((<usize>region) << 2));
  return (wholeMatches == 0 && shorterMatches == 1) || <i32>(e - <usize>whole) > longest(lengths)
    ? 1
    : 0;
}

/**
 * The engine's batch reading (parseRanges() and store() of src/phone/engine.ts) of the fields
 * [base + starts[i], base + ends[i]) for i < count (u32 offsets), each in its row's default
 * region (i32s at `regions`, or `defaultRegion` for all when it is 0), into the batch's arrays
 * whose addresses are the u32s at `outputs`, in this order: u8 status, flags, type and
 * nsnLength; u16 callingCode and region; u32 nsnHigh and nsnLow. Every entry is written; a field readField() leaves to the engine, or
 * whose reading needs a regular expression, gets status FIELD_ENGINE and zeros. The bytes must
 * have 16 readable bytes after the last field.
 */
export function readFields(
  base: usize,
  starts: usize,
  ends: usize,
  count: usize,
  regions: usize,
  defaultRegion: i32,
  outputs: usize,
): void {
  const status = <usize>load<u32>(outputs, 0);
  const flags = <usize>load<u32>(outputs, 4);
  const type_ = <usize>load<u32>(outputs, 8);
  const nsnLength = <usize>load<u32>(outputs, 12);
  const callingCode = <usize>load<u32>(outputs, 16);
  const region = <usize>load<u32>(outputs, 20);
  const nsnHigh = <usize>load<u32>(outputs, 24);
  const nsnLow = <usize>load<u32>(outputs, 28);
  for (let first: usize = 0; first < count; first += LANES) {
    const n = min(LANES, count - first);
    for (let i: usize = 0; i < n; i++) {
      const s = base + <usize>load<u32>(starts + ((first + i) << 2));
      const e = base + <usize>load<u32>(ends + ((first + i) << 2));
      const row = regions == 0 ? defaultRegion : load<i32>(regions + ((first + i) << 2));
      lineEnd = e;
      const mine = readField(i, s, e, row);
      keepLane(i, plusAt, mine);
    }
    for (let i: usize = 0; i < n; i += 4) walkLanes(i, n);
    for (let i: usize = 0; i < n; i++) {
      const at = first + i;
      let code: u8 = FIELD_ENGINE;
      let bits: u8 = 0;
      let cc: u16 = 0;
      let where: u16 = NO_REGION_INDEX;
      let length: u8 = 0;
      let high: u32 = 0;
      let low: u32 = 0;
      type = 0;
      if (load<u32>(lane(LINE_MINE, i)) == 0) {
        // The engine's: it writes every array of this entry.
      } else if (<i32>load<u32>(lane(LINE_ERROR, i)) != -1) {
        code = statusOf[<i32>load<u32>(lane(LINE_ERROR, i))];
      } else {
        lineEnd = <usize>load<u32>(lane(LINE_END, i));
        nsnStart = <usize>load<u32>(lane(LINE_NSN, i));
        plan = <i32>load<u32>(lane(LINE_PLAN, i));
        main = <i32>load<u32>(lane(LINE_MAIN, i));
        country = load<i32>(defaultOf + (i << 2));
        valid = 0;
        possible = 0;
        finish(load<u32>(lane(LINE_OUTPUT, i)));
        const reading = load<u32>(readingOf + (i << 2));
        if (possible == 0 && (reading & IMPOSSIBLE_FAILS) != 0) {
          // A guessed calling code that does not even give a possible length: no reading.
          code = statusOf[INVALID_COUNTRY];
          type = 0;
        } else if (possible == 0 && (reading & IMPOSSIBLE_ENGINE) != 0) {
          type = 0; // the engine's
        } else {
          code = 0;
          // BATCH_VALID, BATCH_POSSIBLE, BATCH_GUESSED, the reading.
          const guessed = (reading & GUESSED) != 0 ? BATCH_GUESSED : 0;
          bits = <u8>(valid | (possible << 1) | guessed | ((reading & 0xff) << 4));
          cc = <u16>load<u32>(ccValue + ((<usize>plan) << 2));
          if (country >= 0) where = <u16>country;
          length = <u8>(lineEnd - nsnStart);
          const split = lineEnd - min<usize>(9, <usize>length);
          for (let p = nsnStart; p < split; p++) high = high * 10 + <u32>(load<u8>(p) - 48);
          for (let p = split; p < lineEnd; p++) low = low * 10 + <u32>(load<u8>(p) - 48);
        }
      }
      store<u8>(status + at, code);
      store<u8>(flags + at, bits);
      store<u8>(type_ + at, <u8>type);
      store<u8>(nsnLength + at, length);
      store<u16>(callingCode + (at << 1), cc);
      store<u16>(region + (at << 1), where);
      store<u32>(nsnHigh + (at << 2), high);
      store<u32>(nsnLow + (at << 2), low);
    }
  }
}
