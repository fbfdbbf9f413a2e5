/**
 * Collects the valid numbers of an ingest by partition key and turns them into sorted unique
 * runs. Memory is bounded: when the buffered values pass the budget, every key's buffer is
 * sorted, deduplicated and written to a spill file as a run; `finish` merges each key's runs.
 * The largest single key (one country's mobile numbers of one length) bounds the peak.
 */
import { closeSync, mkdirSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeAll } from '../store/writing.js';
import { sortUnique } from './sort.js';

interface KeyBuffer {
  chunks: Float64Array[];
  count: number;
  runs: string[];
}

export class PartitionAccumulator {
  private readonly keys = new Map<number, KeyBuffer>();
  private buffered = 0;
  private spills = 0;
  /** How many times the buffers were written to disk. */
  spilledRuns = 0;

  constructor(
    private readonly spillDir: string,
    /** Values (8 bytes each) held in memory before a spill. */
    private readonly budget: number,
  ) {}

  add(key: number, values: Float64Array): void {
    if (values.length === 0) return;
    let buffer = this.keys.get(key);
    if (buffer === undefined) {
      buffer = { chunks: [], count: 0, runs: [] };
      this.keys.set(key, buffer);
    }
    buffer.chunks.push(values);
    buffer.count += values.length;
    this.buffered += values.length;
    if (this.buffered > this.budget) this.spill();
  }

  private spill(): void {
    mkdirSync(this.spillDir, { recursive: true });
    this.spills++;
    for (const [key, buffer] of this.keys) {
      if (buffer.count === 0) continue;
      const unique = sortUnique(concat(buffer.chunks, buffer.count));
      const path = join(this.spillDir, `${key}.${this.spills}.f64`);
      const fd = openSync(path, 'w');
      try {
        writeAll(fd, new Uint8Array(unique.buffer, unique.byteOffset, unique.byteLength));
      } finally {
        closeSync(fd);
      }
      buffer.runs.push(path);
      buffer.chunks = [];
      buffer.count = 0;
      this.spilledRuns++;
    }
    this.buffered = 0;
  }

  /** Keys in ascending order. */
  sortedKeys(): number[] {
    return [...this.keys.keys()].sort((a, b) => a - b);
  }

  /**
   * Every value buffered or spilled for a key, in one array of its own (unsorted: the caller
   * sorts it, in a thread); the key's buffers and runs are released.
   */
  takeRaw(key: number): Float64Array {
    const buffer = this.keys.get(key);
    if (buffer === undefined) return new Float64Array(0);
    this.keys.delete(key);
    let total = buffer.count;
    for (const run of buffer.runs) total += statSync(run).size / 8;
    const all = new Float64Array(total);
    let offset = 0;
    for (const chunk of buffer.chunks) {
      all.set(chunk, offset);
      offset += chunk.length;
    }
    for (const run of buffer.runs) {
      const fd = openSync(run, 'r');
      try {
        const bytes = new Uint8Array(all.buffer, offset * 8, statSync(run).size);
        let read = 0;
        while (read < bytes.length) read += readSync(fd, bytes, read, bytes.length - read, null);
        offset += bytes.length / 8;
      } finally {
        closeSync(fd);
      }
      rmSync(run, { force: true });
    }
    return all;
  }
}

function concat(chunks: readonly Float64Array[], count: number): Float64Array {
  if (chunks.length === 1 && chunks[0]!.length === count) return chunks[0]!;
  const all = new Float64Array(count);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return all;
}
