/**
 * The engine's reading of numbers already in E.164, in WebAssembly (wasm/e164.ts, built into
 * dist/wasm/e164.wasm by `npm run build`): one module instance with the engine's tables copied
 * into its memory. The `phone --json` fast path (src/cli/phone-fast.ts) drives the module's
 * run() over that memory through `exports`, `memory`, `growTo()`, `place()` and `freeAt`; the
 * ingest's normaliser gives it to the engine's parseRanges() as its FieldReader (readFields()).
 *
 * The module reads a `+` number as the engine does (resolve.ts: international, finish,
 * extractNational, national prefixes included where the rule is a finite set of digit strings),
 * and for ingest digits alone too (withDefaultRegion, or the guess without a region, with
 * international prefixes where their rule is such a set), and hands back everything else;
 * test/phone-fast.test.ts holds both to the same results.
 */
import { WASM_PAGE, instantiateWasm, wasmAvailable, type WasmMemory } from '../wasm.js';
import type { FieldReader, PhoneBatch, PhoneEngine } from './engine.js';
import { PHONE_ERROR_CODES, type PhoneErrorCode } from './types.js';
import type { RegionPlan } from './metadata.js';
import { TRIE_NODE, internationalPrefixTrie, nationalPrefixTrie } from './prefix-literals.js';

export interface E164Exports {
  readonly memory: WasmMemory;
  configure(tables: number, state: number, wide: number, maxNsn: number): void;
  configureRecords(fragments: number, types: number): void;
  heapBase(): number;
  configureFields(tooShort: number, tooLong: number, invalidCountry: number): void;
  readFields(
    base: number,
    starts: number,
    ends: number,
    count: number,
    regions: number,
    defaultRegion: number,
    outputs: number,
  ): void;
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

/** Slack after each region: the module reads and copies whole 16-byte blocks. */
export const SLACK = 16;

/** Whether the module is built (a source checkout before `npm run build` runs without it). */
export function fastE164Available(): boolean {
  return wasmAvailable('e164');
}

/** One instance of the module with `engine`'s tables, or null when it is not built. */
export function fastE164(engine: PhoneEngine): FastE164 | null {
  const exports = instantiateWasm('e164') as E164Exports | null;
  return exports === null ? null : new FastE164(engine, exports);
}

export class FastE164 implements FieldReader {
  /** The module's memory; a new view after growTo() has grown it. */
  memory: Uint8Array;
  /** The state block of run() and classify() (u32s; see wasm/e164.ts). */
  state: Uint32Array;
  private readonly stateAt: number;
  /** The first free address after the tables (8-aligned); callers lay out their data here. */
  freeAt: number;

  constructor(
    private readonly engine: PhoneEngine,
    readonly exports: E164Exports,
  ) {
    this.memory = new Uint8Array(exports.memory.buffer);
    this.stateAt = align(exports.heapBase(), 8);
    this.state = new Uint32Array(this.memory.buffer, this.stateAt, 4);
    this.freeAt = this.stateAt + 16;
    this.layOutTables();
    const status = (code: PhoneErrorCode): number => 1 + PHONE_ERROR_CODES.indexOf(code);
    exports.configureFields(status('TOO_SHORT'), status('TOO_LONG'), status('INVALID_COUNTRY'));
  }

  /**
   * Reads the fields `[starts[i], ends[i])` of `bytes` (i < count) that are `+` and digits, or
   * digits alone, each in its row's region (`regions[i]`, else `defaultRegion`; -1 for none),
   * into `batch`, as the engine's parseRanges() reads them, at a fraction of its cost; every
   * other entry gets status FIELD_ENGINE (255, the module's), for the engine to read. Uses the
   * memory after `freeAt` (reused by the next call).
   */
  readFields(
    bytes: Uint8Array,
    starts: Uint32Array,
    ends: Uint32Array,
    count: number,
    regions: Int32Array | null,
    defaultRegion: number,
    batch: PhoneBatch,
  ): void {
    // The bytes (with the slack the module reads past them), the ranges, the table of the
    // batch's arrays (in the module's order) and the arrays, each 8-aligned.
    const outputs = [
      batch.status,
      batch.flags,
      batch.type,
      batch.nsnLength,
      batch.callingCode,
      batch.region,
      batch.nsnHigh,
      batch.nsnLow,
    ];
    let at = this.freeAt;
    const take = (size: number): number => {
      const start = at;
      at = align(at + size, 8);
      return start;
    };
    const base = take(bytes.length + SLACK);
    const startsAt = take(4 * count);
    const endsAt = take(4 * count);
    const regionsAt = regions === null ? 0 : take(4 * count);
    const tableAt = take(4 * outputs.length);
    const outputsAt = outputs.map((array) => take(array.BYTES_PER_ELEMENT * count));
    this.growTo(at);
    const memory = this.memory;
    memory.set(bytes, base);
    const buffer = memory.buffer;
    new Uint32Array(buffer, startsAt, count).set(starts.subarray(0, count));
    new Uint32Array(buffer, endsAt, count).set(ends.subarray(0, count));
    if (regions !== null) new Int32Array(buffer, regionsAt, count).set(regions.subarray(0, count));
    new Uint32Array(buffer, tableAt, outputs.length).set(outputsAt);
    this.exports.readFields(base, startsAt, endsAt, count, regionsAt, defaultRegion, tableAt);
    outputs.forEach((array, i) => {
      const view = new Uint8Array(array.buffer, array.byteOffset, array.BYTES_PER_ELEMENT * count);
      const from = outputsAt[i]!;
      view.set(memory.subarray(from, from + view.length));
    });
  }

  /** Makes memory at least `bytes` long. */
  growTo(bytes: number): void {
    const memory = this.exports.memory;
    const have = memory.buffer.byteLength;
    if (bytes > have) memory.grow(Math.ceil((bytes - have) / WASM_PAGE));
    if (this.memory.buffer !== memory.buffer) {
      this.memory = new Uint8Array(memory.buffer);
      this.state = new Uint32Array(memory.buffer, this.stateAt, 4);
    }
  }

  /** Copies `bytes` to `freeAt` with `slack` readable bytes after them; returns their address. */
  place(bytes: Uint8Array, slack = 0): number {
    const start = this.freeAt;
    this.freeAt = align(start + bytes.length + slack, 8);
    this.growTo(this.freeAt);
    this.memory.set(bytes, start);
    return start;
  }

  /** Copies a prefix trie to `freeAt`, its children as addresses, no order 0xffffffff. */
  private placeTrie(nodes: Int32Array): number {
    const root = this.freeAt;
    // A loop, not Uint32Array.from(nodes, map): the callback per entry took half of a thread's
    // 50 ms set-up, on the critical path of its first chunk.
    const placed = new Uint32Array(nodes.length);
    for (let i = 0; i < nodes.length; i += TRIE_NODE) {
      for (let c = 0; c < TRIE_NODE - 1; c++) {
        const child = nodes[i + c]!;
        placed[i + c] = child === 0 ? 0 : root + 4 * TRIE_NODE * child;
      }
      const order = nodes[i + TRIE_NODE - 1]!;
      placed[i + TRIE_NODE - 1] = order === -1 ? NO_PREFIX : order;
    }
    return this.place(bytesOf(placed));
  }

  /** Copies the engine's tables into memory from `freeAt`, and configures the module. */
  private layOutTables(): void {
    const md = this.engine.metadata;
    const plans = md.callingCodes;
    const regions = md.regions;
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
    ];
    // The national and international prefix rules: 0 none, 1 the engine's, else the address of
    // a trie; then each plan's calling code and each region's plan.
    const placed = (rule: Int32Array | 'engine' | null): number =>
      rule === null ? 0 : rule === 'engine' ? 1 : this.placeTrie(rule);
    tables.push(bytesOf(u32(regions.map((r) => placed(prefixRule(r))))));
    tables.push(bytesOf(u32(plans.map((p) => p.callingCode))));
    tables.push(bytesOf(u32(regions.map((r) => r.callingCodeIndex))));
    tables.push(bytesOf(u32(regions.map((r) => placed(internationalRule(r))))));
    const tableAt = this.place(bytesOf(u32(tables.map((t) => this.place(t)))));
    this.exports.configure(
      tableAt,
      this.stateAt,
      md.transitions instanceof Uint32Array ? 1 : 0,
      md.maxNsnLength,
    );
  }
}

const NO_PREFIX = 0xffffffff;

/**
 * A region's national prefix rule for the module: null for none, 'engine' for one only the
 * engine runs (it rewrites digits, or is no finite set of digit strings), else its trie
 * (prefix-literals.ts).
 */
function prefixRule(region: RegionPlan): Int32Array | 'engine' | null {
  if (region.nationalPrefixPattern === null && region.nationalPrefixLiterals === null) return null;
  return nationalPrefixTrie(region)?.nodes ?? 'engine';
}

/** A region's international prefix rule for the module, as prefixRule() gives national ones. */
function internationalRule(region: RegionPlan): Int32Array | 'engine' | null {
  if (region.internationalPrefix === null) return null;
  return internationalPrefixTrie(region)?.nodes ?? 'engine';
}

function lengthMask(lengths: readonly number[]): number {
  let mask = 0;
  for (const n of lengths) {
    if (n > 31) throw new Error(`possible length ${n} does not fit the fast path's mask`);
    mask |= 1 << n;
  }
  return mask >>> 0;
}

function u32(values: Iterable<number>): Uint32Array {
  return Uint32Array.from(values);
}

export function bytesOf(array: ArrayBufferView): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

export function align(value: number, to: number): number {
  return Math.ceil(value / to) * to;
}
