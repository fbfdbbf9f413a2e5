import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wasmAvailable } from '../wasm.js';
import { FieldIndex } from './field-index.js';

/** The offsets the index must give: every delimiter and LF, then the length. */
function expected(bytes: Uint8Array, delimiter: number): number[] {
  const out: number[] = [];
  bytes.forEach((b, i) => {
    if (b === 10 || b === delimiter) out.push(i);
  });
  out.push(bytes.length);
  return out;
}

describe('FieldIndex', () => {
  it('is built (dist/wasm/field-index.wasm, made by npm run build)', () => {
    assert.equal(wasmAvailable('field-index'), true);
  });

  it('finds every delimiter and line feed, at every length and alignment', () => {
    const index = new FieldIndex();
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 16;
    };
    const alphabet = [44, 59, 9, 10, 13, 34, 0x41, 0x30, 0xc3, 0xa9, 0xff, 0x80];
    for (let length = 0; length < 300; length++) {
      const bytes = Uint8Array.from({ length }, () => alphabet[random() % alphabet.length]!);
      for (const delimiter of [44, 59, 9, 10, 0xff, 0x80]) {
        assert.deepEqual([...index.index(bytes, delimiter)], expected(bytes, delimiter));
      }
    }
    // A large chunk after small ones: the module's memory grows.
    const big = Uint8Array.from({ length: 3 << 20 }, (_, i) => (i % 7 === 0 ? 44 : 0x31));
    const offsets = index.index(big, 44);
    assert.equal(offsets.length, expected(big, 44).length);
    assert.equal(offsets[offsets.length - 1], big.length);
  });
});
