/**
 * Prints the phone engine's conformance with libphonenumber-js as markdown, for
 * docs/phone-conformance.md: agreement per input format and field, then every disagreement class
 * with its count and examples. Same corpus as test/phone-conformance.test.ts.
 *
 *   npx tsx scripts/phone-conformance-report.ts [N] [--seed S] [--formats e164,no-plus,...]
 *
 * N defaults to 5,000,000 (about 90 s); the test's default corpus is the first 1,000,000 inputs of
 * the same seed.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { metadataVersion, parsePhone } from '../src/phone/index.js';
import {
  ConformanceTally,
  PHONE_FORMATS,
  generateCorpus,
  safeParse,
  type PhoneFormat,
} from '../test/support/phone-corpus.js';

const DEFAULT_SEED = 20240601;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    formats: { type: 'string' },
  },
});

const count = Number((positionals[0] ?? '5000000').replace(/_/g, ''));
const seed = Number(values.seed);
if (!Number.isSafeInteger(count) || count <= 0 || !Number.isSafeInteger(seed)) {
  console.error('usage: phone-conformance-report.ts [N] [--seed S] [--formats a,b,...]');
  process.exit(2);
}
const formats = values.formats?.split(',').map((f) => f.trim()) as PhoneFormat[] | undefined;
const unknown = formats?.filter((f) => !(PHONE_FORMATS as readonly string[]).includes(f)) ?? [];
if (unknown.length > 0) {
  console.error(`unknown formats: ${unknown.join(', ')}; known: ${PHONE_FORMATS.join(', ')}`);
  process.exit(2);
}

const tally = new ConformanceTally();
const started = performance.now();
let next = 1_000_000;
for (const item of generateCorpus(
  formats === undefined ? { seed, count } : { seed, count, formats },
)) {
  tally.add(item, safeParse(parsePhone, item));
  if (tally.total === next) {
    process.stderr.write(`${tally.total.toLocaleString('en-US')} inputs…\n`);
    next += 1_000_000;
  }
}
const seconds = (performance.now() - started) / 1000;

console.log(`## Conformance figures

Oracle: libphonenumber-js max metadata; ringfence metadata ${metadataVersion()}. Seed ${seed},
${tally.total.toLocaleString('en-US')} inputs, ${seconds.toFixed(0)} s on ${cpus()[0]?.model ?? 'unknown CPU'}
(Node ${process.version}). Regenerate with
\`npx tsx scripts/phone-conformance-report.ts ${count} --seed ${seed}${values.formats === undefined ? '' : ` --formats ${values.formats}`}\`.

"oracle on": \`input\` means libphonenumber-js parsed the input itself, \`canonical\` that it cannot
read the format and parsed the same number written \`+\` and ASCII digits, \`rule\` that the
expectation is ringfence's own rule (EXCEL_PRECISION_LOST). Each field column is the share of
inputs on which both agree (both failing with the same code counts as agreement); "all fields"
is the share that agrees on every field.

${tally.toMarkdown()}`);
