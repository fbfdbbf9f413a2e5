/**
 * Writes N synthetic phone numbers, one per line, in a mix of the formats that need no default
 * region (E.164, international, no `+`, tel: URIs, extensions, other digit scripts, Excel
 * notation), for the CLI benchmark (bench/phone-cli.ts). Deterministic for a seed. The numbers
 * are random draws from the metadata's patterns, not real subscribers; keep the files out of git
 * all the same.
 *
 *   npx tsx scripts/make-phone-lines.ts N FILE [--seed S]
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { REGIONLESS_FORMATS, Rng, generateInputs } from '../test/support/phone-corpus.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: 'string', default: '1' } },
});

const [countArg, file] = positionals;
const count = Number(countArg?.replace(/_/g, ''));
const seed = Number(values.seed);
if (
  file === undefined ||
  !Number.isSafeInteger(count) ||
  count < 0 ||
  !Number.isSafeInteger(seed)
) {
  console.error('usage: make-phone-lines.ts N FILE [--seed S]');
  process.exit(2);
}

// The corpus renders each number in every format in a row; a dump is not that kind to caches.
const lines = Array.from(
  generateInputs({ seed, count, formats: REGIONLESS_FORMATS }),
  (i) => i.input,
);
const rng = new Rng(seed ^ 0x5bd1e995);
for (let i = lines.length - 1; i > 0; i--) {
  const j = rng.int(i + 1);
  [lines[i], lines[j]] = [lines[j]!, lines[i]!];
}

const out = createWriteStream(file);
let chunk = '';
for (const input of lines) {
  chunk += input + '\n';
  if (chunk.length >= 1 << 16) {
    if (!out.write(chunk)) await once(out, 'drain');
    chunk = '';
  }
}
out.end(chunk);
await once(out, 'finish');
console.error(`wrote ${count.toLocaleString('en-US')} lines to ${file}`);
