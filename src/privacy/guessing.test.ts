/**
 * What a client that holds a bucket's answer can learn about the other numbers in it: nothing
 * without the server. Offline guesses (plain hashes of candidate numbers, the OPRF under any
 * other key) match no entry; each candidate costs one evaluation by the server, and only the
 * evaluation of a number finds that number.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { ingest } from '../ingest/index.js';
import { LeakStore } from '../store/index.js';
import {
  ENTRY_BYTES,
  TAG_BYTES,
  bucketOf,
  buildPrivateIndex,
  findEntry,
  nobleOprf,
  oprfInput,
  openPrivateIndex,
  type PrivateIndex,
} from './index.js';

const LEAKED = Array.from({ length: 40 }, (_, i) => `+447400${String(123000 + i * 37)}`);
const NOT_LEAKED = Array.from({ length: 40 }, (_, i) => `+447400${String(523000 + i * 37)}`);

let dir: string;
let index: PrivateIndex;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-guessing-'));
  const store = new LeakStore(join(dir, 'store'));
  const input = join(dir, 'leak.txt');
  writeFileSync(input, LEAKED.join('\n') + '\n');
  await ingest({ input, name: 'leak', store: store.root, rows: false, workers: 1 });
  await buildPrivateIndex(store, { oprf: 'noble', workers: 1 });
  index = await openPrivateIndex(store, nobleOprf);
});

after(async () => {
  await index.close();
  rmSync(dir, { recursive: true, force: true });
});

function tags(entries: Uint8Array): Set<string> {
  const out = new Set<string>();
  for (let at = 0; at < entries.length; at += ENTRY_BYTES)
    out.add(Buffer.from(entries.subarray(at, at + TAG_BYTES)).toString('hex'));
  return out;
}

/** One full check, as the client makes it: blind, one server evaluation, finalize. */
function query(e164: string, entries: Uint8Array): number | null {
  const input = oprfInput(e164);
  const { blind, blindedElement } = nobleOprf.blind(input);
  return findEntry(nobleOprf.finalize(input, blind, index.evaluate(blindedElement)), entries);
}

describe('guessing the numbers of a bucket', () => {
  it('offline guesses match no entry: plain hashes, or the OPRF under another key', async () => {
    const otherKey = nobleOprf.generateKeyPair().secretKey;
    for (const e164 of [...LEAKED, ...NOT_LEAKED]) {
      const { entries } = await index.bucket(bucketOf(e164));
      const present = tags(entries);
      const input = oprfInput(e164);
      const guesses = [
        sha256(input),
        sha512(input),
        sha512(new TextEncoder().encode(e164.slice(1))),
        nobleOprf.evaluate(otherKey, input),
      ];
      for (const guess of guesses)
        assert.equal(present.has(Buffer.from(guess.subarray(0, TAG_BYTES)).toString('hex')), false);
      assert.equal(findEntry(nobleOprf.evaluate(otherKey, input), entries), null);
    }
  });

  it('each candidate costs one server evaluation, and finds only itself', async () => {
    let evaluations = 0;
    const counted = (blinded: Uint8Array): Uint8Array => {
      evaluations++;
      return index.evaluate(blinded);
    };
    for (const e164 of [...LEAKED, ...NOT_LEAKED]) {
      const { entries } = await index.bucket(bucketOf(e164));
      const input = oprfInput(e164);
      const { blind, blindedElement } = nobleOprf.blind(input);
      const found = findEntry(nobleOprf.finalize(input, blind, counted(blindedElement)), entries);
      assert.equal(found !== null, LEAKED.includes(e164), e164.slice(0, 6));
    }
    assert.equal(evaluations, LEAKED.length + NOT_LEAKED.length);
  });

  it("one number's evaluation recognises no other number's entry", async () => {
    const [first, ...others] = LEAKED;
    const input = oprfInput(first!);
    const { blind, blindedElement } = nobleOprf.blind(input);
    const output = nobleOprf.finalize(input, blind, index.evaluate(blindedElement));
    for (const other of others) {
      const { entries } = await index.bucket(bucketOf(other));
      if (bucketOf(other) !== bucketOf(first!)) assert.equal(findEntry(output, entries), null);
      assert.notEqual(query(other, entries), null);
    }
  });
});
