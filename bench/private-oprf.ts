/**
 * OPRF operations per second, single thread, for each provider (src/privacy/oprf-providers.ts)
 * over E.164 numbers:
 *
 * - evaluate(skS, e164): the index build's operation, one per leaked number (HashToGroup, one
 *   scalar multiplication, the Finalize hash);
 * - blindEvaluate(skS, B): the server's work per private check (one scalar multiplication of a
 *   client's element, decoded and checked).
 *
 * noble is slow enough that it gets fewer numbers than sodium (--noble, --sodium). Each
 * measurement warms up on a tenth of its inputs, then runs --rounds passes over all of them and
 * reports the median rate. The providers' outputs are checked equal on the first inputs first.
 * Results also go to bench/out/private-oprf.json.
 *
 *   npx tsx bench/private-oprf.ts [--noble 3000] [--sodium 30000] [--rounds 3] [--seed 7]
 */
import { parseArgs } from 'node:util';
import type { OprfProvider } from '../src/privacy/oprf.js';
import { OPRF_PROVIDERS, loadOprf, type OprfProviderName } from '../src/privacy/oprf-providers.js';
import { generateInputs } from '../test/support/phone-corpus.js';
import { describeMachine, writeResults } from './support/results.js';

const { values } = parseArgs({
  options: {
    noble: { type: 'string', default: '3000' },
    sodium: { type: 'string', default: '30000' },
    rounds: { type: 'string', default: '3' },
    seed: { type: 'string', default: '7' },
  },
});
const COUNTS: Readonly<Record<OprfProviderName, number>> = {
  noble: Number(values.noble),
  sodium: Number(values.sodium),
};
const ROUNDS = Number(values.rounds);
const SEED = Number(values.seed);
const CHECKED = 200;

/** Keeps results alive so that no provider can skip the work. */
let sink = 0;

type Operation = (provider: OprfProvider, secretKey: Uint8Array, item: Uint8Array) => Uint8Array;

const OPERATIONS: readonly {
  name: string;
  label: string;
  run: Operation;
  items: 'inputs' | 'blinded';
}[] = [
  {
    name: 'evaluate',
    label: 'evaluate (index build)',
    run: (provider, secretKey, input) => provider.evaluate(secretKey, input),
    items: 'inputs',
  },
  {
    name: 'blindEvaluate',
    label: 'blindEvaluate (per check)',
    run: (provider, secretKey, blinded) => provider.blindEvaluate(secretKey, blinded),
    items: 'blinded',
  },
];

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function pass(
  run: Operation,
  provider: OprfProvider,
  secretKey: Uint8Array,
  items: readonly Uint8Array[],
): number {
  const start = performance.now();
  for (const item of items) sink += run(provider, secretKey, item)[0]!;
  return (items.length / (performance.now() - start)) * 1000;
}

const machine = describeMachine();
console.log(
  `E.164 inputs: ${OPRF_PROVIDERS.map((name) => `${COUNTS[name].toLocaleString('en-US')} for ${name}`).join(', ')}; seed ${SEED}; ${ROUNDS} rounds, median\n`,
);

const providers = await Promise.all(OPRF_PROVIDERS.map(loadOprf));
const reference = providers[0]!;
const encoder = new TextEncoder();
const inputs = [
  ...generateInputs({ seed: SEED, count: Math.max(...Object.values(COUNTS)), formats: ['e164'] }),
].map((item) => encoder.encode(item.input));
const { secretKey } = reference.deriveKeyPair(
  new Uint8Array(32).fill(SEED),
  encoder.encode('bench'),
);
// Uniformly random elements, as clients send them; blinded by the fastest provider.
const blinder = providers.at(-1)!;
const blinded = inputs.map((input) => blinder.blind(input).blindedElement);

// The same function, or the rates compare nothing.
for (const provider of providers.slice(1)) {
  for (const input of inputs.slice(0, CHECKED)) {
    const expected = reference.evaluate(secretKey, input);
    if (Buffer.compare(provider.evaluate(secretKey, input), expected) !== 0) {
      throw new Error(`${provider.name} and ${reference.name} disagree on an input`);
    }
  }
}

const results: {
  operation: string;
  provider: string;
  n: number;
  perSecond: number;
  rounds: number[];
}[] = [];
for (const operation of OPERATIONS) {
  for (const [index, provider] of providers.entries()) {
    const n = COUNTS[OPRF_PROVIDERS[index]!];
    const items = (operation.items === 'inputs' ? inputs : blinded).slice(0, n);
    pass(operation.run, provider, secretKey, items.slice(0, Math.ceil(n / 10))); // warm-up
    const rounds: number[] = [];
    for (let r = 0; r < ROUNDS; r++) rounds.push(pass(operation.run, provider, secretKey, items));
    const perSecond = median(rounds);
    results.push({ operation: operation.name, provider: provider.name, n, perSecond, rounds });
    process.stderr.write(
      `  ${operation.name} / ${provider.name}: ${Math.round(perSecond).toLocaleString('en-US')}/s\n`,
    );
  }
}

const rate = (operation: string, provider: string): number =>
  results.find((r) => r.operation === operation && r.provider === provider)!.perSecond;
const fmt = (x: number): string => Math.round(x).toLocaleString('en-US').padStart(8);

console.log(`\n| operation | ${OPRF_PROVIDERS.join(' | ')} | sodium / noble |`);
console.log(`|---|${OPRF_PROVIDERS.map(() => '---:|').join('')}---:|`);
const ratios: Record<string, number> = {};
for (const operation of OPERATIONS) {
  ratios[operation.name] = rate(operation.name, 'sodium') / rate(operation.name, 'noble');
  const cells = OPRF_PROVIDERS.map((name) => `${fmt(rate(operation.name, name))}/s`);
  console.log(
    `| ${operation.label} | ${cells.join(' | ')} | ${ratios[operation.name]!.toFixed(1)}x |`,
  );
}

writeResults('private-oprf', {
  machine,
  config: { counts: COUNTS, rounds: ROUNDS, seed: SEED },
  results,
  ratios,
  sink,
});
