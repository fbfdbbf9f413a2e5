import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { advancePhase, phaseLine, startPhase } from './ingest-progress.js';

describe('ingest progress lines', () => {
  it('a reading line: its rows, its rate, bytes of the total, then its time once over', () => {
    const s = startPhase({ phase: 'reading', done: 0, total: 400e6, rows: 0 }, 0);
    advancePhase(s, { phase: 'reading', done: 100e6, total: 400e6, rows: 1_000_000 }, 2000);
    assert.equal(
      phaseLine(s, 2000),
      'reading ██████░░░░░░░░░░░░░░░░░░  25% | 1,000,000 rows | 500,000 rows/s | 100 MB of 400 MB | ETA 6.0s',
    );
    // One byte short of the end is not 100%.
    advancePhase(s, { phase: 'reading', done: 400e6 - 1, total: 400e6, rows: 3_999_999 }, 7000);
    assert.match(phaseLine(s, 7000), / 99% /);
    advancePhase(s, { phase: 'reading', done: 400e6, total: 400e6, rows: 4_000_000 }, 8000);
    assert.equal(
      phaseLine(s, 9000),
      'reading ████████████████████████ 100% | 4,000,000 rows | 500,000 rows/s | 400 MB | done in 8.0s',
    );
  });

  it('a phase of unknown size shows what it has done and for how long, with no share', () => {
    const stdin = startPhase({ phase: 'reading', done: 0, total: 0, rows: 0 }, 0);
    advancePhase(stdin, { phase: 'reading', done: 5e6, total: 0, rows: 70_000 }, 1000);
    const line = phaseLine(stdin, 1500);
    assert.doesNotMatch(line, /%|ETA/);
    assert.match(line, /70,000 rows \| 70,000 rows\/s \| 5 MB \| 1\.5s so far$/);
  });
});
