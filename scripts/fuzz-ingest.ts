/**
 * The long round of the ingest fuzzer (test/support/ingest-fuzz.ts): `npm run fuzz:ingest --
 * --cases 5000 --seed 42`. Without --seed it draws one and prints it, so that any round can be
 * run again. Prints progress and a summary by outcome; exits 1 when a case fails, each failure
 * listed with its seed, case index and the commands that replay it.
 *
 *   --cases N          cases to run (default 1000), from --first (default 0)
 *   --seed N           the round's seed (default: random, printed)
 *   --case I           run only case I of the seed (repeatable)
 *   --ingest-every N   a whole ingest every N-th case (default 1: every case; 0: none)
 *   --deadline MS      a case running longer is a hang (default 10000)
 *   --replay NOTE      run a saved failure (.tmp/fuzz-failures/*.json) in this process
 */
import { randomInt } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CaseEnv,
  PropertyFailure,
  checkCase,
  describeFailure,
  loadFailure,
  runRound,
} from '../test/support/ingest-fuzz.js';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000' },
    first: { type: 'string', default: '0' },
    seed: { type: 'string' },
    case: { type: 'string', multiple: true },
    'ingest-every': { type: 'string', default: '1' },
    deadline: { type: 'string', default: '10000' },
    replay: { type: 'string' },
  },
});

function integer(name: string, text: string): number {
  if (!/^\d+$/.test(text)) {
    console.error(`--${name} takes a non-negative integer, not ${text}`);
    process.exit(64);
  }
  return Number(text);
}

if (values.replay !== undefined) {
  const c = loadFailure(values.replay);
  console.log(
    `replaying seed ${c.seed} case ${c.index} [${c.recipe.join(' + ')}] from ${values.replay}`,
  );
  const env = new CaseEnv(mkdtempSync(join(tmpdir(), 'ringfence-fuzz-')));
  try {
    console.log(`outcome: ${await checkCase(c, env, true)}`);
  } catch (error) {
    console.error(error instanceof PropertyFailure ? error.message : error);
    process.exitCode = 1;
  } finally {
    env.close();
  }
} else {
  const seed = values.seed === undefined ? randomInt(2 ** 31) : integer('seed', values.seed);
  const only = values.case?.map((c) => integer('case', c));
  const cases = integer('cases', values.cases);
  console.log(
    `ingest fuzz: seed ${seed}, ${only === undefined ? `${cases} cases` : `case ${only.join(', ')}`}`,
  );
  let done = 0;
  let last = performance.now();
  const total = only?.length ?? cases;
  const report = await runRound({
    seed,
    cases,
    first: integer('first', values.first),
    only,
    ingestEvery: integer('ingest-every', values['ingest-every']),
    deadlineMs: integer('deadline', values.deadline),
    onCase(result) {
      done++;
      if (result.failure !== undefined) console.log(`FAILED ${describeFailure(result.failure)}`);
      if (performance.now() - last > 10_000 || done === total) {
        last = performance.now();
        console.log(`${done}/${total} cases`);
      }
    },
  });
  console.log(
    `\nseed ${report.seed}: ${report.cases} cases (${report.ingested} ingested whole) in ${(report.ms / 1000).toFixed(1)} s`,
  );
  for (const [outcome, n] of Object.entries(report.outcomes).sort((a, b) => b[1] - a[1]))
    console.log(`  ${outcome.padEnd(18)} ${n}`);
  if (report.failures.length > 0) {
    const byProperty = new Map<string, number[]>();
    for (const f of report.failures)
      byProperty.set(f.property, [...(byProperty.get(f.property) ?? []), f.index]);
    console.log(`\n${report.failures.length} failed, by property:`);
    for (const [property, indexes] of byProperty)
      console.log(`  ${property}: case ${indexes.join(', ')}`);
    console.log('');
    for (const f of report.failures) console.log(describeFailure(f));
    process.exitCode = 1;
  }
}
