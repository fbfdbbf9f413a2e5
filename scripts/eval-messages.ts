/**
 * `npm run eval:messages`: how well the message analyser separates malicious from benign.
 *
 * 1. Leave-one-corpus-out, the headline (leave-one-corpus-out.ts): the UCI set, the Mishra-Soni
 *    set and the labelled fixtures of test/fixtures, each scored by an analyser fitted on the
 *    other two only, beside the baseline "flag any message with a link".
 *
 * In distribution, kept for comparison (they measure memory more than generalisation: the
 * training folds hold near-copies of the test texts):
 *
 * 2. Stratified 5-fold cross-validation on the de-duplicated shared SMS data, 20% of it kept
 *    aside: each fold is scored by an analyser whose text model and calibration were fitted on
 *    the other four folds only (the calibration on their own out-of-fold predictions).
 * 3. The part kept aside, scored once by an analyser fitted on the whole 80%.
 * 4. The golden sets in test/fixtures (modern smishing, many languages, legitimate operator
 *    messages) and the hold-out set written apart from the rules, scored by the shipped model.
 *
 * "Malicious" is a verdict of scam or suspicious; a benign message called suspicious is a
 * false positive.
 *
 *   npx tsx scripts/eval-messages.ts [--data ../shared/data] [--worst 8]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyseMessageWith, type AnalyserDeps } from '../src/messages/analyse.js';
import { defaultTextModel } from '../src/messages/text-model.js';
import type { MessageAnalysis, MessageInput } from '../src/messages/types.js';
import { defaultPhoneEngine } from '../src/phone/index.js';
import {
  fixtureCorpus,
  leaveOneCorpusOut,
  locoReport,
  smsCorpora,
} from './leave-one-corpus-out.js';
import { fitAnalyser } from './message-model-fit.js';
import { loadSmsCorpus, splitCorpus, type SmsItem } from './sms-corpus.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(root, '..', 'shared', 'data') },
    worst: { type: 'string', default: '8' },
  },
});
const engine = defaultPhoneEngine();
const worst = Number(values.worst);

interface Scored {
  readonly text: string;
  readonly label: string;
  readonly malicious: boolean;
  readonly result: MessageAnalysis;
}

function flagged(r: MessageAnalysis): boolean {
  return r.verdict !== 'ok';
}

function figures(scored: readonly Scored[]): Record<string, number> {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const s of scored) {
    const f = flagged(s.result);
    if (f && s.malicious) tp++;
    else if (f) fp++;
    else if (s.malicious) fn++;
    else tn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    n: scored.length,
    tp,
    fp,
    fn,
    tn,
    precision,
    recall,
    f1: (2 * precision * recall) / Math.max(1e-12, precision + recall),
    fpr: fp / Math.max(1, fp + tn),
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;
const f4 = (x: number): string => x.toFixed(4);

function printFigures(title: string, scored: readonly Scored[]): void {
  const f = figures(scored);
  console.log(`\n## ${title}\n`);
  console.log(
    `n ${f.n}: precision ${f4(f.precision!)}, recall ${f4(f.recall!)}, F1 ${f4(f.f1!)}, false-positive rate ${pct(f.fpr!)} (${f.fp} of ${f.fp! + f.tn!} benign)`,
  );
  const classes = [...new Set(scored.map((s) => s.label))].sort();
  console.log('\n| class | n | scam | suspicious | ok | flagged |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const c of classes) {
    const of = scored.filter((s) => s.label === c);
    const count = (v: string): number => of.filter((s) => s.result.verdict === v).length;
    console.log(
      `| ${c} | ${of.length} | ${count('scam')} | ${count('suspicious')} | ${count('ok')} | ${pct((count('scam') + count('suspicious')) / of.length)} |`,
    );
  }
}

function printWorst(scored: readonly Scored[]): void {
  const fps = scored
    .filter((s) => !s.malicious && flagged(s.result))
    .sort((a, b) => b.result.score - a.result.score);
  const fns = scored
    .filter((s) => s.malicious && !flagged(s.result))
    .sort((a, b) => a.result.score - b.result.score);
  const show = (s: Scored): string =>
    `- ${s.result.score.toFixed(3)} [${s.label}] ${JSON.stringify(s.text.slice(0, 140))} (${s.result.reasons.map((r) => r.code).join(', ')})`;
  console.log(`\nWorst false positives (${fps.length}):`);
  for (const s of fps.slice(0, worst)) console.log(show(s));
  console.log(`\nWorst false negatives (${fns.length}):`);
  for (const s of fns.slice(0, worst)) console.log(show(s));
}

function score(deps: AnalyserDeps, items: readonly SmsItem[]): Scored[] {
  return items.map((i) => ({
    text: i.text,
    label: i.label,
    malicious: i.malicious,
    result: analyseMessageWith(deps, { text: i.text }),
  }));
}

const corpus = loadSmsCorpus(values.data);
const { heldOut, folds } = splitCorpus(corpus.items, 5);
console.log('# Message analyser evaluation\n');
const started = Date.now();
console.log(
  '## Leave-one-corpus-out (each corpus scored by an analyser fitted on the others; flagged = scam or suspicious; link = the baseline that flags any message with a link)\n',
);
const corpora = [...smsCorpora(corpus), fixtureCorpus(join(root, 'test', 'fixtures'))];
for (const line of locoReport(leaveOneCorpusOut(engine, corpora))) console.log(line);

console.log('\n# In distribution (random splits of the SMS pool, and the shipped model)\n');
console.log(
  `Data: UCI ${corpus.read.uci} + Mishra-Soni ${corpus.read.mishra} rows; ${corpus.duplicatesWithin} duplicates within a set and ${corpus.duplicatesAcross} across the sets removed, ${corpus.conflicting} texts with conflicting labels dropped: ${corpus.items.length} distinct texts. Cross-validation on ${folds.flat().length}, ${heldOut.length} kept aside.`,
);

const cv: Scored[] = [];
folds.forEach((fold, f) => {
  const { model } = fitAnalyser(
    engine,
    folds.filter((_, i) => i !== f),
  );
  cv.push(...score({ engine, model }, fold));
});
printFigures(
  'In distribution: stratified 5-fold cross-validation (malicious = spam or smishing)',
  cv,
);
printWorst(cv);

const { model: model80 } = fitAnalyser(engine, folds);
printFigures(
  'In distribution: the 20% kept aside, analyser fitted on the other 80%',
  score({ engine, model: model80 }, heldOut),
);

const shipped: AnalyserDeps = { engine, model: defaultTextModel() };
// The hold-out set's texts are never printed: the rules must not be tuned to it.
for (const [title, file, showWorst] of [
  [
    'Golden set (test/fixtures/messages-golden.jsonl), shipped model',
    'messages-golden.jsonl',
    true,
  ],
  [
    'Hold-out set written apart from the rules (test/fixtures/messages-holdout.jsonl), shipped model',
    'messages-holdout.jsonl',
    false,
  ],
] as const) {
  const path = join(root, 'test', 'fixtures', file);
  if (!existsSync(path)) continue;
  const cases = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as MessageInput & { label: string; lang: string; category: string });
  const scored = cases.map((c) => ({
    text: c.text,
    label: c.label,
    malicious: c.label === 'malicious',
    result: analyseMessageWith(shipped, c),
    lang: c.lang,
    category: c.category,
  }));
  printFigures(title, scored);
  const categoryRight = scored.filter((s) => s.malicious && s.result.category === s.category);
  console.log(
    `\nCategory right on ${categoryRight.length} of ${scored.filter((s) => s.malicious).length} malicious cases.`,
  );
  console.log('\n| language | malicious flagged | benign passed |');
  console.log('| --- | ---: | ---: |');
  for (const lang of [...new Set(scored.map((s) => s.lang))].sort()) {
    const of = scored.filter((s) => s.lang === lang);
    const mal = of.filter((s) => s.malicious);
    const ben = of.filter((s) => !s.malicious);
    console.log(
      `| ${lang} | ${mal.filter((s) => flagged(s.result)).length}/${mal.length} | ${ben.filter((s) => !flagged(s.result)).length}/${ben.length} |`,
    );
  }
  if (showWorst) printWorst(scored);
}
console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
