/**
 * The package as a user installs it: `npm pack` (which builds dist/), unpacked into a
 * node_modules of its own, then imported through every public subpath by a plain Node script,
 * and type-checked through the same subpaths by a TypeScript consumer.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Under the repository, so that the package's own dependencies resolve from its node_modules.
const consumer = join(root, '.tmp', `package-test-${process.pid}`);
const installed = join(consumer, 'node_modules', 'ringfence');
const scratch = mkdtempSync(join(tmpdir(), 'ringfence-package-'));

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
};
const SUBPATHS = Object.keys(pkg.exports).map((k) =>
  k === '.' ? 'ringfence' : `ringfence/${k.slice(2)}`,
);

before(() => {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as { filename: string }[];
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', [
    '-xzf',
    join(scratch, packed[0]!.filename),
    '-C',
    installed,
    '--strip-components=1',
  ]);
});

after(() => {
  rmSync(consumer, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('the published package', () => {
  it('exports the subpaths users and the server need', () => {
    for (const subpath of ['ingest', 'store', 'analysis', 'number-set', 'messages', 'phone'])
      assert.ok(SUBPATHS.includes(`ringfence/${subpath}`), `ringfence/${subpath} is exported`);
  });

  it('works through every subpath from plain JavaScript: ingest, store, analysis, number set, messages', () => {
    const script = join(consumer, 'use.mjs');
    writeFileSync(
      script,
      `
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePhone, RingfenceError } from 'ringfence';
import { defaultPhoneEngine } from 'ringfence/phone';
import { ingest } from 'ringfence/ingest';
import { LeakStore } from 'ringfence/store';
import { buildReport, checkNumber } from 'ringfence/analysis';
import { renderReportText } from 'ringfence/report';
import { readNumberSet } from 'ringfence/number-set';
import { analyseMessage } from 'ringfence/messages';
import { synthesise } from 'ringfence/synth';
import { bucketOf } from 'ringfence/privacy';
import { createApp } from 'ringfence/server';
const dir = mkdtempSync(join(tmpdir(), 'ringfence-consumer-'));
const input = join(dir, 'dump.csv');
writeFileSync(input, 'phone,country\\n+201001234567,EG\\n01001234568,EG\\n+447400123456,GB\\nnope,GB\\n');
const summary = await ingest({ input, name: 'leak', store: join(dir, 'store'), rows: false });
const store = new LeakStore(join(dir, 'store'));
const report = buildReport(store, 'leak');
const found = checkNumber(store, defaultPhoneEngine(), '+44 7400 123456');
const set = readNumberSet(join(store.leakDir('leak'), 'numbers.rfns'));
const verdict = analyseMessage({ text: 'Your parcel is held, pay 1.45 GBP at royalmail.redelivery-uk.top/pay' });
let synthBytes = 0;
await synthesise({ profile: 'facebook-2021', rows: 10, seed: 1 }, (chunk) => { synthBytes += chunk.length; });
console.log(JSON.stringify({
  e164: parsePhone('+44 7400 123456').e164,
  error: new RingfenceError('USAGE', { reason: 'x' }).code,
  rows: summary.rows, unique: report.unique, text: renderReportText(report).length > 0,
  found: found.leaks.map((l) => l.name), setCount: set.count, verdict: verdict.verdict,
  synthBytes: synthBytes > 0,
  bucket: bucketOf('+447700900123'), server: typeof createApp,
}));
`,
    );
    const result = spawnSync(process.execPath, [script], { cwd: consumer, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), {
      e164: '+447400123456',
      error: 'USAGE',
      rows: 4,
      unique: 3,
      text: true,
      found: ['leak'],
      setCount: 3,
      verdict: 'scam',
      synthBytes: true,
      bucket: 108170,
      server: 'function',
    });
  });

  it('ships the types of every subpath (a TypeScript consumer type-checks)', () => {
    const source = join(consumer, 'use-types.mts');
    writeFileSync(
      source,
      `
import type { PhoneParseResult } from 'ringfence';
import type { PhoneEngine } from 'ringfence/phone';
import type { IngestOptions, IngestSummary } from 'ringfence/ingest';
import type { LeakStore, Manifest } from 'ringfence/store';
import type { Comparison, LeakReport } from 'ringfence/analysis';
import type { renderReportHtml } from 'ringfence/report';
import type { NumberSet } from 'ringfence/number-set';
import type { MessageAnalysis } from 'ringfence/messages';
import type { SynthOptions } from 'ringfence/synth';
import type { CheckResult, PrivateIndex } from 'ringfence/privacy';
import type { AppDeps } from 'ringfence/server';
export type All = [PhoneParseResult, PhoneEngine, IngestOptions, IngestSummary, LeakStore,
  Manifest, Comparison, LeakReport, typeof renderReportHtml, NumberSet, MessageAnalysis, SynthOptions,
  CheckResult, PrivateIndex, AppDeps];
const unique: IngestSummary['unique'] = 1;
// @ts-expect-error: the summary's counts are numbers
const wrong: IngestSummary['rows'] = 'many';
export { unique, wrong };
`,
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(
      process.execPath,
      [
        tsc,
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--types',
        'node',
        '--typeRoots',
        join(root, 'node_modules', '@types'),
        source,
      ],
      { cwd: consumer, encoding: 'utf8' },
    );
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
});
