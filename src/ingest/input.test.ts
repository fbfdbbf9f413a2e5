import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ReadBuffers, readInput } from './input.js';

async function reads(path: string, buffers: ReadBuffers): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const chunk of readInput({ path, bytes: 0 }, process.stdin, () => {}, buffers))
    out.push(chunk);
  return out;
}

describe('ReadBuffers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ringfence-input-'));
  const path = join(dir, 'a.csv');
  const text = 'phone\n+447400123456\n'.repeat(300_000); // 6 MiB: two reads
  writeFileSync(path, text);

  it('reads a file whole, each read in a buffer of its own that may move to a thread', async () => {
    const buffers = new ReadBuffers();
    const chunks = await reads(path, buffers);
    assert.equal(chunks.length, 2);
    assert.equal(Buffer.concat(chunks).toString(), text);
    assert.notEqual(chunks[0]!.buffer, chunks[1]!.buffer);
    assert.ok(chunks.every((c) => buffers.owns(c)));
    assert.equal(buffers.owns(new Uint8Array(8)), false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('puts a tail in front of a read without copying the read, once per read', () => {
    const buffers = new ReadBuffers();
    const buffer = buffers.take();
    const read = new Uint8Array(buffer, 1 << 16, 10).fill(0x41);
    const joined = buffers.prepend(new Uint8Array([1, 2, 3]), read);
    assert.ok(joined !== null);
    assert.equal(joined.buffer, buffer);
    assert.deepEqual([...joined], [1, 2, 3, ...new Array<number>(10).fill(0x41)]);
    // The room is used: a second tail would overwrite the first.
    assert.equal(buffers.prepend(new Uint8Array([9]), read), null);
  });

  it('leaves other memory alone: not ours, cut further in, or a tail larger than the room', () => {
    const buffers = new ReadBuffers();
    assert.equal(buffers.prepend(new Uint8Array([1]), new Uint8Array(100)), null);
    const inner = new Uint8Array(buffers.take(), (1 << 16) + 4, 10);
    assert.equal(buffers.prepend(new Uint8Array([1]), inner), null);
    // Without its byte-order mark (3 bytes in), a read keeps its room.
    const marked = new Uint8Array(buffers.take(), (1 << 16) + 3, 10);
    assert.ok(buffers.prepend(new Uint8Array([1]), marked) !== null);
    const read = new Uint8Array(buffers.take(), 1 << 16, 10);
    assert.equal(buffers.prepend(new Uint8Array((1 << 16) + 1), read), null);
  });

  it('reads again into the buffers given back, and only into those', () => {
    const buffers = new ReadBuffers(1);
    const a = buffers.take();
    buffers.give(a);
    buffers.give(new ArrayBuffer(a.byteLength)); // over the number kept
    buffers.give(new ArrayBuffer(10));
    assert.equal(buffers.take(), a);
    assert.notEqual(buffers.take(), a);
  });
});
