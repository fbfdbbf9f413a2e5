/**
 * Numbers per second, single thread, for ringfence's phone engine against libphonenumber-js
 * (max metadata: parsePhoneNumberWithError + isValid + getType, errors caught) on the same inputs:
 *
 * (a) E.164 strings;
 * (b) a mix of every input format of the conformance corpus (national, IDD, no `+`, tel: URIs,
 *     extensions, other digit scripts, Excel notation...), each with the default region its
 *     format needs.
 *
 * The batch API takes one default region per call, so for (b) its inputs are grouped by default
 * region (one buffer per region, about 250 calls per pass); the object API and libphonenumber-js
 * take the inputs in corpus order. Each measurement warms up, then runs ROUNDS rounds of at least
 * SECONDS each, and reports the median rate. Results also go to bench/out/phone.json.
 *
 *   npx tsx bench/phone.ts [--n 100000] [--rounds 5] [--seconds 1] [--seed 7]
 */
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { parsePhoneNumberWithError, type CountryCode } from 'libphonenumber-js/max';
import { metadataVersion, parsePhone, parsePhoneBatch } from '../src/phone/index.js';
import {
  CLEAN_FORMATS,
  Rng,
  generateInputs,
  type CorpusInput,
} from '../test/support/phone-corpus.js';
import { describeMachine, writeResults } from './support/results.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '1' },
    seed: { type: 'string', default: '7' },
  },
});
const N = Number(values.n);
const ROUNDS = Number(values.rounds);
const ROUND_MS = Number(values.seconds) * 1000;
const SEED = Number(values.seed);

/** Keeps results alive so that no engine can skip the work. */
let sink = 0;

interface Prepared {
  readonly name: string;
  readonly inputs: readonly CorpusInput[];
  /** Per input, the options object, allocated once (no allocation inside the timed loops). */
  readonly options: readonly ({ defaultRegion: string } | undefined)[];
  readonly lpnOptions: readonly ({ defaultCountry: CountryCode } | undefined)[];
  /** Newline-terminated UTF-8 lines, one buffer per default region. */
  readonly batches: readonly {
    options: { defaultRegion: string } | undefined;
    bytes: Uint8Array;
    count: number;
  }[];
}

/** The corpus writes each number in every format in a row: shuffle, as a dump would be. */
function shuffled<T>(items: T[]): T[] {
  const rng = new Rng(SEED ^ 0x5bd1e995);
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function prepare(name: string, generated: CorpusInput[]): Prepared {
  // The generator builds inputs by concatenation (V8 cons strings); lines read from a file are
  // flat. Give every implementation flat strings, as a reader would.
  const inputs = generated.map((item) => ({ ...item, input: Buffer.from(item.input).toString() }));
  const groups = new Map<string, string[]>();
  for (const item of inputs) {
    const key = item.defaultRegion ?? '';
    let lines = groups.get(key);
    if (lines === undefined) groups.set(key, (lines = []));
    lines.push(item.input);
  }
  const encoder = new TextEncoder();
  return {
    name,
    inputs,
    options: inputs.map((i) =>
      i.defaultRegion === undefined ? undefined : { defaultRegion: i.defaultRegion },
    ),
    lpnOptions: inputs.map((i) =>
      i.defaultRegion === undefined
        ? undefined
        : { defaultCountry: i.defaultRegion as CountryCode },
    ),
    batches: [...groups].map(([region, lines]) => ({
      options: region === '' ? undefined : { defaultRegion: region },
      bytes: encoder.encode(lines.join('\n') + '\n'),
      count: lines.length,
    })),
  };
}

type Pass = (set: Prepared) => number;

const ringfenceObject: Pass = (set) => {
  const { inputs, options } = set;
  let valid = 0;
  for (let i = 0; i < inputs.length; i++) {
    const r = parsePhone(inputs[i]!.input, options[i]);
    if (r.ok && r.valid) valid++;
  }
  sink += valid;
  return inputs.length;
};

const ringfenceBatch: Pass = (set) => {
  let n = 0;
  for (const b of set.batches) {
    const batch = parsePhoneBatch(b.bytes, b.options);
    sink += batch.flags[batch.count - 1] ?? 0;
    n += batch.count;
  }
  return n;
};

const libphonenumber: Pass = (set) => {
  const { inputs, lpnOptions } = set;
  let valid = 0;
  for (let i = 0; i < inputs.length; i++) {
    try {
      const p = parsePhoneNumberWithError(inputs[i]!.input, lpnOptions[i]);
      if (p.isValid()) valid++;
      if (p.getType() !== undefined) valid++;
    } catch {
      // An error is an answer too (NOT_A_NUMBER, TOO_SHORT...): counted like the others.
    }
  }
  sink += valid;
  return inputs.length;
};

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function measure(pass: Pass, set: Prepared): { perSecond: number; rounds: number[] } {
  const run = (ms: number): number => {
    const start = performance.now();
    let n = 0;
    let elapsed = 0;
    do {
      n += pass(set);
      elapsed = performance.now() - start;
    } while (elapsed < ms);
    return (n / elapsed) * 1000;
  };
  run(ROUND_MS); // warm-up: JIT, inline caches, lazy metadata
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) rounds.push(run(ROUND_MS));
  return { perSecond: median(rounds), rounds };
}

const require = createRequire(import.meta.url);
const lpnVersion = (require('libphonenumber-js/package.json') as { version: string }).version;
const machine = describeMachine();
console.log(`ringfence metadata ${metadataVersion()}; libphonenumber-js ${lpnVersion} (max)`);
console.log(
  `inputs per set: ${N.toLocaleString('en-US')}, seed ${SEED}; ${ROUNDS} rounds of ≥${ROUND_MS / 1000} s, median\n`,
);

const sets = [
  prepare('e164', shuffled([...generateInputs({ seed: SEED, count: N, formats: ['e164'] })])),
  prepare('mixed', shuffled([...generateInputs({ seed: SEED, count: N, formats: CLEAN_FORMATS })])),
];

// The batch API must see one line per input, or its figure means nothing.
for (const set of sets) {
  for (const b of set.batches) {
    const got = parsePhoneBatch(b.bytes, b.options).count;
    if (got !== b.count) throw new Error(`${set.name}: batch counted ${got} lines for ${b.count}`);
  }
}

const IMPLEMENTATIONS: readonly { name: string; pass: Pass }[] = [
  { name: 'ringfence parsePhone', pass: ringfenceObject },
  { name: 'ringfence parsePhoneBatch', pass: ringfenceBatch },
  { name: 'libphonenumber-js max', pass: libphonenumber },
];

const results: { set: string; implementation: string; perSecond: number; rounds: number[] }[] = [];
for (const set of sets) {
  for (const impl of IMPLEMENTATIONS) {
    const m = measure(impl.pass, set);
    results.push({ set: set.name, implementation: impl.name, ...m });
    process.stderr.write(
      `  ${set.name} / ${impl.name}: ${Math.round(m.perSecond).toLocaleString('en-US')}/s\n`,
    );
  }
}

const rate = (set: string, impl: string): number =>
  results.find((r) => r.set === set && r.implementation === impl)!.perSecond;
const fmt = (x: number): string => Math.round(x).toLocaleString('en-US').padStart(12);

console.log(
  '\n| inputs | ringfence parsePhone | ringfence parsePhoneBatch | libphonenumber-js max | object / lpn | batch / lpn |',
);
console.log('|---|---:|---:|---:|---:|---:|');
const ratios: Record<string, { object: number; batch: number }> = {};
for (const set of sets) {
  const lpn = rate(set.name, 'libphonenumber-js max');
  const object = rate(set.name, 'ringfence parsePhone');
  const batch = rate(set.name, 'ringfence parsePhoneBatch');
  ratios[set.name] = { object: object / lpn, batch: batch / lpn };
  const label = set.name === 'e164' ? '(a) E.164' : `(b) mixed, ${set.batches.length} regions`;
  console.log(
    `| ${label} | ${fmt(object)}/s | ${fmt(batch)}/s | ${fmt(lpn)}/s | ${(object / lpn).toFixed(1)}x | ${(batch / lpn).toFixed(1)}x |`,
  );
}

writeResults('phone', {
  machine,
  metadataVersion: metadataVersion(),
  libphonenumberJs: lpnVersion,
  config: { n: N, rounds: ROUNDS, roundSeconds: ROUND_MS / 1000, seed: SEED },
  results,
  ratios,
  sink,
});
