/**
 * The short round of the ingest fuzzer (test/support/ingest-fuzz.ts): fixed seeds only, so that
 * a run here is the same on every machine. The long round is `npm run fuzz:ingest`.
 *
 * Cases that fail on a bug already written down run as `todo`: they are reported, they do not
 * fail the suite, and once the bug is fixed they pass and leave this list.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  caseName,
  describeFailure,
  fuzzCase,
  loadFailure,
  runRound,
  type RoundReport,
} from '../../test/support/ingest-fuzz.js';

const SEED = 14;
const CASES = 150;
/** A whole ingest every n-th case (about half a second each); the pieces run on every case. */
const INGEST_EVERY = 15;

/**
 * Cases of SEED that fail on a known bug: index, and the bug. Empty since d15fadb and 3de41fa
 * fixed the three this fuzzer found (cases 21 and 26 here failed on two of them).
 */
const KNOWN: ReadonlyMap<number, string> = new Map<number, string>([]);

const dir = mkdtempSync(join(tmpdir(), 'ringfence-fuzz-test-'));
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('ingest fuzz', () => {
  let report: RoundReport;
  before(async () => {
    // The deadline is far above any case (under 5 s on a loaded machine): it catches hangs only.
    // A failing case's input goes to .tmp/fuzz-failures/, named in the failure.
    report = await runRound({
      seed: SEED,
      cases: CASES,
      ingestEvery: INGEST_EVERY,
      deadlineMs: 60_000,
    });
  });

  it(`seed ${SEED}, ${CASES} cases: no crash, no hang, every row accounted`, () => {
    const failed = report.failures.filter((f) => !KNOWN.has(f.index));
    assert.deepEqual(failed.map(describeFailure), []);
    assert.equal(report.cases, CASES);
    assert.equal(report.ingested, Math.ceil(CASES / INGEST_EVERY));
    // The seeds reach every ending: published, and each error a bad input may end with.
    for (const outcome of ['published', 'NO_NUMBERS', 'UNREADABLE_INPUT', 'NO_PHONE_COLUMN'])
      assert.ok((report.outcomes[outcome] ?? 0) > 0, `no case ended as ${outcome}`);
  });

  for (const [index, bug] of KNOWN)
    it(`seed ${SEED} case ${index}`, { todo: bug }, () => {
      const failure = report.failures.find((f) => f.index === index);
      assert.equal(failure === undefined ? undefined : describeFailure(failure), undefined);
    });
});

describe('ingest fuzz cases', () => {
  it('are a function of seed and index', () => {
    for (const index of [0, 7, 149]) {
      const a = fuzzCase(SEED, index);
      const b = fuzzCase(SEED, index);
      assert.deepEqual(a, b);
      assert.notDeepEqual(fuzzCase(SEED + 1, index).bytes, a.bytes);
    }
  });

  it('stops a case at its deadline, and saves its input to replay', async () => {
    const failures = join(dir, 'deadline');
    // A whole ingest takes far more than a millisecond: the case is stopped as a hang.
    const round = await runRound({
      seed: SEED,
      cases: 1,
      ingestEvery: 1,
      deadlineMs: 1,
      failuresDir: failures,
    });
    assert.deepEqual(round.outcomes, { failed: 1 });
    const [failure] = round.failures;
    assert.equal(failure?.property, 'hang');
    assert.ok(existsSync(join(failures, `${caseName(fuzzCase(SEED, 0))}.bin`)));
    assert.deepEqual(loadFailure(failure.note), fuzzCase(SEED, 0));
  });
});
