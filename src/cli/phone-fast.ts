/**
 * The WebAssembly fast path of `ringfence phone --json` (the module of src/phone/fast-e164.ts,
 * wasm/e164.ts): lines already in E.164 are read and written in WebAssembly, the rest by the
 * TypeScript engine and writer, into one output in input order.
 *
 * A dump already normalised to E.164 is the common input, and on it the work per line is small:
 * a walk of the automaton and about 100 bytes of output. In JavaScript the copying alone took
 * longer than the parse; in WebAssembly both take a few tens of nanoseconds a line. The module
 * holds no logic of its own beyond that one reading (see its header): every line it cannot read
 * exactly as the engine would is handed back, and test/phone-fast.test.ts checks that both paths
 * write the same bytes.
 */
import { SLACK, align, bytesOf, fastE164, type FastE164 } from '../phone/fast-e164.js';
import type { PhoneEngine } from '../phone/index.js';
import { e164RecordFragments, type JsonLinesWriter } from './phone-json.js';

/** The u32s of the state block that run() and classify() leave behind (see wasm/e164.ts). */
const STOPPED_AT = 0;
const OUTPUT_END = 1;
const COPIED = 2;
const CLASSIFIED = 3;

const FULL = 2;
/**
 * Chunks that go to the engine alone after one where most lines were the engine's anyway: mixed
 * input is read once, not first here and then by the engine, and each 16th chunk tries again.
 */
const ENGINE_CHUNKS = 15;
/** Output room per input byte to start with: a 13-byte line gives a record of about 106. */
const OUTPUT_RATIO = 10;

/**
 * Formats chunks of whole lines as JSON Lines: E.164 lines in WebAssembly, the others with the
 * engine and `writer` (the TypeScript path), into one output in input order.
 *
 * Memory, after the module's tables (FastE164): the record fragments, then for each chunk the
 * input, the starts and ends of the engine's lines, the (offset, length) of their records, those
 * records, and the output up to the end of memory, which grows as needed.
 */
export class FastJsonLines {
  /** Start of the input region; the other regions of a chunk follow it. */
  private readonly inputAt: number;
  /** Chunks still to go to the engine alone (see ENGINE_CHUNKS). */
  private engineChunks = 0;

  constructor(
    private readonly engine: PhoneEngine,
    private readonly region: number,
    private readonly module: FastE164,
    private readonly writer: JsonLinesWriter,
  ) {
    this.inputAt = this.layOutRecords();
  }

  private get memory(): Uint8Array {
    return this.module.memory;
  }

  private get state(): Uint32Array {
    return this.module.state;
  }

  /**
   * Formats the lines of `data` (whole lines; a last line without `\n` counts). The result is a
   * view of the module's memory, valid until the next call: copy it to keep it.
   */
  format(data: Uint8Array): Uint8Array {
    if (this.engineChunks > 0) {
      this.engineChunks--;
      const bytes = plain(data);
      this.writer.writeBatch(this.engine.parseBatchWithRegion(bytes, this.region), bytes);
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
      const status = this.module.exports.run(
        next,
        end,
        at,
        this.memory.length - SLACK,
        pieces,
        copied,
      );
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
    const count = this.module.exports.classify(first, end, this.inputAt, startsAt, endsAt);
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
    this.module.growTo(bytes);
  }

  /** Copies the JSON record fragments into memory after the tables; returns the end. */
  private layOutRecords(): number {
    const module = this.module;
    const fragments = e164RecordFragments(this.engine.regionIds);
    const pointers = (values: readonly number[]): number =>
      module.place(bytesOf(Uint32Array.from(values)));
    const head = module.place(fragments.head, SLACK);
    const validity = fragments.validity.map((v) => module.place(v, SLACK));
    const tails = module.place(fragments.tails, SLACK);
    const fragmentAt = pointers([
      head,
      fragments.head.length,
      pointers(validity),
      pointers(fragments.validity.map((v) => v.length)),
      module.place(bytesOf(fragments.tailAt.map((offset) => tails + offset))),
      module.place(bytesOf(fragments.tailLength)),
      pointers(fragments.errors.map((e) => module.place(e, SLACK))),
      pointers(fragments.errors.map((e) => e.length)),
    ]);
    module.exports.configureRecords(fragmentAt, fragments.typeCount);
    return module.freeAt;
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
  const module = fastE164(engine);
  return module === null ? null : new FastJsonLines(engine, region, module, writer);
}

/** A Buffer as a plain Uint8Array: what the engine and the writer always get from here. */
function plain(data: Uint8Array): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.length);
}
