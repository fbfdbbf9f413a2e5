import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ingest } from '../ingest/index.js';
import { LeakStore } from '../store/index.js';
import { indexedLeaks } from './index-catalogue.js';
import { writeNumbersFile } from './index-numbers.js';

const dir = mkdtempSync(join(tmpdir(), 'ringfence-numbers-file-'));
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('numbers.rfpb', () => {
  it('is the same bytes whether its records are held in one buffer or in many', async () => {
    const store = new LeakStore(join(dir, 'store'));
    for (const [name, from] of [
      ['a', 0],
      ['b', 60],
    ] as const) {
      const input = join(dir, `${name}.txt`);
      const lines = Array.from({ length: 100 }, (_, i) => `+447400${123000 + (from + i) * 97}`);
      writeFileSync(input, lines.join('\n') + '\n');
      await ingest({ input, name, store: store.root, rows: false, workers: 1 });
    }
    const leaks = indexedLeaks(store);
    const one = writeNumbersFile(store.root, leaks, join(dir, 'one.rfpb'));
    const many = writeNumbersFile(store.root, leaks, join(dir, 'many.rfpb'), 7);
    assert.equal(one.numbers, 160);
    assert.deepEqual(many, one);
    assert.deepEqual(readFileSync(join(dir, 'many.rfpb')), readFileSync(join(dir, 'one.rfpb')));
  });
});
