/**
 * The WebAssembly fast path of `ringfence phone --json` (wasm/e164-json.ts, built into
 * dist/wasm/e164-json.wasm by `npm run build`): lines already in E.164 are read and written in
 * WebAssembly, the rest by the TypeScript engine and writer, into one output in input order.
 *
 * A dump already normalised to E.164 is the common input, and on it the work per line is small:
 * a walk of the automaton and about 100 bytes of output. In JavaScript the copying alone took
 * longer than the parse; in WebAssembly both take a few tens of nanoseconds a line. The module
 * holds no logic of its own beyond that one reading (see its header): every line it cannot read
 * exactly as the engine would is handed back, and test/phone-fast.test.ts checks that both paths
 * write the same bytes.
 */
import type { PhoneEngine } from '../phone/index.js';
import type { RegionPlan } from '../phone/metadata.js';
import { WASM_PAGE, instantiateWasm, wasmAvailable, type WasmMemory } from '../wasm.js';
import { e164RecordFragments, type JsonLinesWriter } from './phone-json.js';
import { prefixLiterals } from './prefix-literals.js';

interface Exports {
  readonly memory: WasmMemory;
  configure(
    tables: number,
    fragments: number,
    state: number,
    wide: number,
    maxNsn: number,
    types: number,
  ): void;
  heapBase(): number;
  classify(from: number, end: number, base: number, starts: number, ends: number): number;
  run(
    from: number,
    end: number,
    out: number,
    limit: number,
    pieces: number,
    copied: number,
  ): number;
}

/** The u32s of the state block that run() leaves behind (see wasm/e164-json.ts). */
const STOPPED_AT = 0;
const OUTPUT_END = 1;
const COPIED = 2;
const CLASSIFIED = 3;

/** Slack after each region: the module reads and copies whole 16-byte blocks. */
const SLACK = 16;
const FULL = 2;
/**
 * Chunks that go to the engine alone after one where most lines were the engine's anyway: mixed
 * input is read once, not first here and then by the engine, and each 16th chunk tries again.
 */
const ENGINE_CHUNKS = 15;
/** Output room per input byte to start with: a 13-byte line gives a record of about 106. */
const OUTPUT_RATIO = 10;

/** Whether the fast path is built (a source checkout before `npm run build` runs without it). */
export function fastPathAvailable(): boolean {
  return wasmAvailable('e164-json');
}

/**
 * Formats chunks of whole lines as JSON Lines: E.164 lines in WebAssembly, the others with the
 * engine and `writer` (the TypeScript path), into one output in input order.
 *
 * Memory, after the module's own data: a state block, the tables (layOut), then for each chunk
 * the input, the starts and ends of the engine's lines, the (offset, length) of their records,
 * those records, and the output up to the end of memory, which grows as needed.
 */
export class FastJsonLines {
  private readonly exports: Exports;
  private memory: Uint8Array;
  private state: Uint32Array;
  private readonly stateAt: number;
  /** Start of the input region; the other regions of a chunk follow it. */
  private readonly inputAt: number;
  /** Chunks still to go to the engine alone (see ENGINE_CHUNKS). */
  private engineChunks = 0;

  constructor(
    private readonly engine: PhoneEngine,
    private readonly region: number,
    exports: Exports,
    private readonly writer: JsonLinesWriter,
  ) {
    this.exports = exports;
    this.memory = new Uint8Array(this.exports.memory.buffer);
    this.stateAt = align(this.exports.heapBase(), 8);
    this.state = new Uint32Array(this.memory.buffer, this.stateAt, 4);
    this.inputAt = this.layOut(engine, this.stateAt + 16);
  }

  /**
   * Formats the lines of `data` (whole lines; a last line without `\n` counts). The result is a
   * view of the module's memory, valid until the next call: copy it to keep it.
   */
  format(data: Uint8Array): Uint8Array {
    if (this.engineChunks > 0) {
      this.engineChunks--;
      const bytes = plain(data);
      const batch = this.engine.parseBatchWithRegion(bytes, this.region);
      for (let i = 0; i < batch.count; i++) this.writer.writeLine(batch, bytes, i);
      return this.writer.take();
    }
    const lines = data.length + 1; // at most
    const startsAt = align(this.inputAt + data.length + SLACK, 8);
    const endsAt = startsAt + 4 * lines;
    const piecesAt = align(endsAt + 4 * lines, 8);
    const recordsAt = piecesAt + 8 * lines;
    this.growTo(recordsAt + OUTPUT_RATIO * data.length + SLACK);
    this.memory.set(data, this.inputAt);
    const from = this.inputAt;
    const end = from + data.length;
    // Up to the first of the engine's lines, if any; then those are formatted all at once, and
    // their records put where run() copies them from, after which the output goes on.
    let outputAt = recordsAt;
    let at = this.run(from, end, outputAt, 0);
    if (this.state[STOPPED_AT]! < end) {
      const first = this.state[STOPPED_AT]!;
      const written = this.memory.slice(outputAt, at);
      outputAt = this.formatEngineLines(data, first, startsAt, endsAt, piecesAt, recordsAt);
      this.growTo(outputAt + written.length + OUTPUT_RATIO * (end - first) + SLACK);
      this.memory.set(written, outputAt);
      at = this.run(first, end, outputAt + written.length, piecesAt);
    }
    return this.memory.subarray(outputAt, at);
  }

  /**
   * run() from `from`, growing the output as it fills; returns where the output ends. With
   * `pieces` 0, it stops at the first of the engine's lines (state[STOPPED_AT] then says where).
   */
  private run(from: number, end: number, out: number, pieces: number): number {
    let next = from;
    let at = out;
    let copied = 0;
    for (;;) {
      const status = this.exports.run(next, end, at, this.memory.length - SLACK, pieces, copied);
      const state = this.state;
      at = state[OUTPUT_END]!;
      if (status !== FULL) return at;
      next = state[STOPPED_AT]!;
      copied = state[COPIED]!;
      this.growTo(2 * this.memory.length);
    }
  }

  /**
   * Formats the engine's lines of `data` from the one at `first` (an address in memory; listed
   * by classify()) with the engine and the TypeScript writer, from `recordsAt`, their (offset,
   * length) at `piecesAt`; returns where the output may start after them. The engine reads
   * `data` itself, not the module's copy: one kind of array for it, whichever path a chunk takes.
   */
  private formatEngineLines(
    data: Uint8Array,
    first: number,
    startsAt: number,
    endsAt: number,
    piecesAt: number,
    recordsAt: number,
  ): number {
    const end = this.inputAt + data.length;
    const count = this.exports.classify(first, end, this.inputAt, startsAt, endsAt);
    // Mostly the engine's lines (numbers as people write them, not E.164): the next chunks go
    // to the engine alone, which saves reading each line twice, until one more try here.
    if (count > this.state[CLASSIFIED]! / 2) this.engineChunks = ENGINE_CHUNKS;
    const buffer = this.memory.buffer;
    const starts = new Uint32Array(buffer, startsAt, count);
    const ends = new Uint32Array(buffer, endsAt, count);
    const bytes = plain(data);
    const batch = this.engine.parseRanges(bytes, starts, ends, count, null, this.region);
    const pieces = new Uint32Array(buffer, piecesAt, 2 * count);
    const writer = this.writer;
    let offset = recordsAt;
    for (let i = 0; i < count; i++) {
      writer.writeLine(batch, bytes, i);
      const size = recordsAt + writer.size - offset;
      pieces[2 * i] = offset;
      pieces[2 * i + 1] = size;
      offset += size;
    }
    this.growTo(offset + SLACK);
    writer.copyTo(this.memory, recordsAt);
    return align(offset + SLACK, 8);
  }

  private growTo(bytes: number): void {
    const memory = this.exports.memory;
    const have = memory.buffer.byteLength;
    if (bytes > have) memory.grow(Math.ceil((bytes - have) / WASM_PAGE));
    if (this.memory.buffer !== memory.buffer) {
      this.memory = new Uint8Array(memory.buffer);
      this.state = new Uint32Array(memory.buffer, this.stateAt, 4);
    }
  }

  /** Copies the engine's tables and the record fragments into memory from `at`; returns the end. */
  private layOut(engine: PhoneEngine, at: number): number {
    const md = engine.metadata;
    const plans = md.callingCodes;
    const regions = md.regions;
    const u32 = (values: Iterable<number>): Uint32Array => Uint32Array.from(values);
    const tables: Uint8Array[] = [
      bytesOf(md.callingCodeIndex),
      bytesOf(u32(plans.map((p) => p.root))),
      bytesOf(u32(plans.map((p) => p.firstRegion))),
      bytesOf(u32(plans.map((p) => p.regionCount))),
      bytesOf(u32(regions.map((r) => r.slot))),
      bytesOf(u32(regions.map((r) => (r.hasTypes ? 1 : 0)))),
      bytesOf(u32(regions.map((r) => lengthMask(r.lengths)))),
      bytesOf(u32(regions.map((r) => r.nationalPrefixFirstDigits))),
      bytesOf(md.transitions),
      bytesOf(md.stateOutput),
      bytesOf(md.outputGeneral),
      bytesOf(md.outputFound),
      bytesOf(md.outputTypesAt),
      bytesOf(md.outputTypes),
      new Uint8Array(4 * regions.length), // the national prefix rules, filled in below
    ];
    const fragments = e164RecordFragments(engine.regionIds);
    const place = (bytes: Uint8Array, slack = 0): number => {
      const start = at;
      at = align(at + bytes.length + slack, 8);
      this.growTo(at);
      this.memory.set(bytes, start);
      return start;
    };
    const pointers = (values: readonly number[]): number => place(bytesOf(u32(values)));
    const rules = new Uint32Array(
      regions.map(prefixRule).map((rule) => {
        if (rule === null) return 0;
        if (rule === 'engine') return 1;
        // Children become addresses: the trie goes where `at` is now.
        const root = at;
        const nodes = rule.map((value, i) =>
          i % TRIE_NODE !== TRIE_NODE - 1 && value !== 0 ? root + 4 * TRIE_NODE * value : value,
        );
        return place(bytesOf(nodes));
      }),
    );
    tables[tables.length - 1] = bytesOf(rules);
    const tableAt = pointers(tables.map((t) => place(t)));
    const head = place(fragments.head, SLACK);
    const validity = fragments.validity.map((v) => place(v, SLACK));
    const tails = place(fragments.tails, SLACK);
    const fragmentAt = pointers([
      head,
      fragments.head.length,
      pointers(validity),
      pointers(fragments.validity.map((v) => v.length)),
      place(bytesOf(fragments.tailAt.map((offset) => tails + offset))),
      place(bytesOf(fragments.tailLength)),
      pointers(fragments.errors.map((e) => place(e, SLACK))),
      pointers(fragments.errors.map((e) => e.length)),
    ]);
    this.exports.configure(
      tableAt,
      fragmentAt,
      this.stateAt,
      md.transitions instanceof Uint32Array ? 1 : 0,
      md.maxNsnLength,
      fragments.typeCount,
    );
    return align(at, 8);
  }
}

/**
 * The fast formatter for `engine` with default region `region` (an index, -1 for none), or null
 * when the module is not built.
 */
export function fastJsonLines(
  engine: PhoneEngine,
  region: number,
  writer: JsonLinesWriter,
): FastJsonLines | null {
  const exports = instantiateWasm('e164-json') as Exports | null;
  return exports === null ? null : new FastJsonLines(engine, region, exports, writer);
}

/** u32s in a trie node: ten children, then the priority of the prefix ending there. */
const TRIE_NODE = 11;
const NO_PREFIX = 0xffffffff;
/** Prefixes a rule may expand to (China's, the largest, has 2,101). */
const MAX_PREFIXES = 4096;

/**
 * A region's national prefix rule for the module: null for none, 'engine' for one only the
 * engine runs (it rewrites digits, or is no finite set of digit strings), else the trie of its
 * prefixes, children as node numbers (0 for none: the root is no child).
 */
function prefixRule(region: RegionPlan): Uint32Array | 'engine' | null {
  const pattern = region.nationalPrefixPattern;
  let prefixes = region.nationalPrefixLiterals;
  if (pattern !== null) {
    // `^(?:rule)`; a transform rewrites digits, which no list of prefixes says.
    if (region.nationalPrefixTransformRule) return 'engine';
    prefixes = prefixLiterals(pattern.source.slice(4, -1), MAX_PREFIXES);
    if (prefixes === null) return 'engine';
  }
  if (prefixes === null) return null;
  const nodes: number[] = [];
  const node = (): number => {
    nodes.push(...new Array<number>(TRIE_NODE - 1).fill(0), NO_PREFIX);
    return nodes.length / TRIE_NODE - 1;
  };
  node();
  prefixes.forEach((prefix, priority) => {
    let at = 0;
    for (const digit of prefix) {
      const slot = at * TRIE_NODE + digit.charCodeAt(0) - 48;
      if (nodes[slot] === 0) nodes[slot] = node();
      at = nodes[slot]!;
    }
    const end = at * TRIE_NODE + TRIE_NODE - 1;
    if (nodes[end] === NO_PREFIX) nodes[end] = priority;
  });
  return Uint32Array.from(nodes);
}

function lengthMask(lengths: readonly number[]): number {
  let mask = 0;
  for (const n of lengths) {
    if (n > 31) throw new Error(`possible length ${n} does not fit the fast path's mask`);
    mask |= 1 << n;
  }
  return mask >>> 0;
}

/** A Buffer as a plain Uint8Array: what the engine and the writer always get from here. */
function plain(data: Uint8Array): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.length);
}

function bytesOf(array: ArrayBufferView): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function align(value: number, to: number): number {
  return Math.ceil(value / to) * to;
}
