/**
 * Dictionary pages for text columns whose values repeat (wasm/dictionary.ts): a column chunk's
 * PLAIN data page body becomes a dictionary page and an RLE_DICTIONARY data page when that is
 * much smaller. On the bench dump's rows, names, genders, countries and cities take a few bits
 * a row that way, and brotli has half as many bytes to compress. Without the module (a source
 * checkout not built), pages stay PLAIN.
 */
import { WASM_PAGE, instantiateWasm, type WasmMemory } from '../wasm.js';
import { Encoding, dataPage, dictionaryPage, type Codec, type Page } from './pages.js';

interface Exports {
  readonly memory: WasmMemory;
  heapBase(): number;
  tableBytes(): number;
  encode(
    body: number,
    length: number,
    table: number,
    entries: number,
    indexes: number,
    data: number,
    dictionary: number,
  ): number;
  encodedDataSize(): number;
  encodedDictionarySize(): number;
}

/** Most dictionary entries (the module's MAX_ENTRIES): 8 bytes of its scratch each. */
const MAX_ENTRIES = 65535;
/** Slack after the body: the module's hash reads up to 3 bytes past a value. */
const SLACK = 16;

export class DictionaryEncoder {
  private readonly exports: Exports | null;

  /** `useModule` false keeps every page PLAIN (as without the module). */
  constructor(useModule = true) {
    this.exports = useModule ? (instantiateWasm('dictionary') as Exports | null) : null;
  }

  /**
   * The pages of an optional column's data page body `body` (definition levels, then PLAIN byte
   * arrays) of `values` values, nulls included: a dictionary page and its data page when the
   * dictionary pays, else the PLAIN data page.
   */
  pages(codec: Codec, body: Uint8Array, values: number): Page[] {
    const exports = this.exports;
    if (exports === null) return [dataPage(codec, body, values, Encoding.PLAIN)];
    // A value is 4 bytes at least: the body holds at most length / 4 of them.
    const most = Math.ceil(body.length / 4) + 8;
    const input = align(exports.heapBase(), 16);
    const table = align(input + body.length + SLACK, 16);
    const entries = table + exports.tableBytes();
    const indexes = entries + 8 * MAX_ENTRIES;
    const data = indexes + 4 * most + 32;
    const dictionary = align(data + body.length + 6 + 2 * most, 16);
    const end = dictionary + body.length;
    const have = exports.memory.buffer.byteLength;
    if (end > have) exports.memory.grow(Math.ceil((end - have) / WASM_PAGE));
    new Uint8Array(exports.memory.buffer, input, body.length).set(body);
    const distinct = exports.encode(input, body.length, table, entries, indexes, data, dictionary);
    if (distinct === 0) return [dataPage(codec, body, values, Encoding.PLAIN)];
    const memory = exports.memory.buffer;
    const dictionaryBody = new Uint8Array(memory, dictionary, exports.encodedDictionarySize());
    const dataBody = new Uint8Array(memory, data, exports.encodedDataSize());
    return [
      dictionaryPage(codec, dictionaryBody, distinct),
      dataPage(codec, dataBody, values, Encoding.RLE_DICTIONARY),
    ];
  }
}

function align(value: number, to: number): number {
  return Math.ceil(value / to) * to;
}
