import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import { OPRF_PROVIDERS, loadOprf } from './oprf-providers.js';
import {
  BUCKET_COUNT,
  ENTRY_BYTES,
  bucketOf,
  encodeEntry,
  entryKey,
  findEntry,
  fromBase64url,
  oprfInput,
  parseCheckRequest,
  toBase64url,
} from './protocol.js';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const fromHex = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'hex'));

// The worked example of docs/PROTOCOL.md, value by value.
const EXAMPLE = {
  e164: '+447700900123',
  input: '2b343437373030393030313233',
  skS: '923acee2021b3596a75f6650da6113c9ca62b5f8dc32b376c58817fc889a1108',
  bucket: 108170,
  blind: '64d37aed22a27f5191de1c1c69fadb899d8862b58eb4220029e036ec4c1f6706',
  blindedElement: '9e4d1d64c10ce8c449594599cd7ad2b1d2911a837543e0f0d0af0441d7e1bb1c',
  blindedB64: 'nk0dZMEM6MRJWUWZzXrSsdKRGoN1Q-Dw0K8EQdfhuxw',
  evaluatedElement: '4a9d08136ea52cd244edd5688cd36c078570d75ddf7f0c3047336e29b0235659',
  output:
    '6d31f78b179e4447b22c8dda3afbc8f3bc5e895c8675ff854693bf52cc801b27ba64a11b21f63cabf93bd92d588f33a4a2e6b38ece7740e2e002e420a4789942',
  tag: 'f66f69eeb7028bb0',
  pad: '05a867b5',
  entry: 'f66f69eeb7028bb005a867b4',
};

describe('the wire protocol (docs/PROTOCOL.md)', () => {
  for (const name of OPRF_PROVIDERS) {
    it(`reproduces the worked example with the ${name} provider`, async () => {
      const oprf = await loadOprf(name);
      const key = oprf.deriveKeyPair(
        new Uint8Array(32).fill(0xa3),
        new TextEncoder().encode('ringfence protocol example'),
      );
      assert.equal(hex(key.secretKey), EXAMPLE.skS);
      const input = oprfInput(EXAMPLE.e164);
      assert.equal(hex(input), EXAMPLE.input);
      assert.equal(bucketOf(EXAMPLE.e164), EXAMPLE.bucket);
      const { blindedElement } = oprf.blind(input, fromHex(EXAMPLE.blind));
      assert.equal(hex(blindedElement), EXAMPLE.blindedElement);
      assert.equal(toBase64url(blindedElement), EXAMPLE.blindedB64);
      const evaluated = oprf.blindEvaluate(key.secretKey, blindedElement);
      assert.equal(hex(evaluated), EXAMPLE.evaluatedElement);
      const output = oprf.finalize(input, fromHex(EXAMPLE.blind), evaluated);
      assert.equal(hex(output), EXAMPLE.output);
      assert.equal(hex(oprf.evaluate(key.secretKey, input)), EXAMPLE.output);
      const { tag, pad } = entryKey(output);
      assert.equal(hex(tag), EXAMPLE.tag);
      assert.equal(hex(pad), EXAMPLE.pad);
      const entry = new Uint8Array(ENTRY_BYTES);
      encodeEntry(output, 1, entry);
      assert.equal(hex(entry), EXAMPLE.entry);
    });
  }

  it('finds an entry at any 12-byte boundary and only its own', () => {
    const output = fromHex(EXAMPLE.output);
    const entries = new Uint8Array(ENTRY_BYTES * 5).map((_, i) => (i * 37 + 11) & 0xff);
    assert.equal(findEntry(output, entries), null);
    encodeEntry(output, 0xdeadbeef, entries, ENTRY_BYTES * 3);
    assert.equal(findEntry(output, entries), 0xdeadbeef);
    const other = output.slice();
    other[0]! ^= 1;
    assert.equal(findEntry(other, entries), null);
  });

  it('spreads numbers over every bucket range', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 4096; i++) {
      const b = bucketOf(`+4477009${String(i).padStart(5, '0')}`);
      assert.ok(b >= 0 && b < BUCKET_COUNT);
      seen.add(b >>> 16);
    }
    assert.equal(seen.size, 16);
  });

  it('round-trips base64url and refuses malformed requests with PRIVATE_REQUEST_INVALID', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => i * 8);
    assert.deepEqual(fromBase64url(toBase64url(bytes)), bytes);
    const good = { version: 1, bucket: 5, blindedElement: EXAMPLE.blindedB64 };
    assert.deepEqual(parseCheckRequest(good), good);
    for (const bad of [
      null,
      'x',
      { ...good, version: 2 },
      { ...good, bucket: BUCKET_COUNT },
      { ...good, bucket: -1 },
      { ...good, bucket: 1.5 },
      { ...good, blindedElement: 'short' },
      { ...good, blindedElement: `${EXAMPLE.blindedB64.slice(0, 42)}=` },
      { ...good, e164: '+447700900123' },
    ])
      assert.throws(
        () => parseCheckRequest(bad),
        (e: unknown) => isRingfenceError(e, 'PRIVATE_REQUEST_INVALID'),
      );
    assert.throws(
      () => oprfInput('447700900123'),
      (e: unknown) => isRingfenceError(e, 'PRIVATE_REQUEST_INVALID'),
    );
  });
});
