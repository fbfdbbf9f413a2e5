/**
 * Leave-one-corpus-out evaluation of the message analyser (issue 13), printed first by
 * `npm run eval:messages`.
 *
 * A random k-fold split of one pool of texts measures memory: the two SMS sets share most of
 * their texts and repeat themselves, so near-copies of every test text sit in the training folds.
 * Here each corpus is scored by an analyser fitted on the other corpora only (text model and
 * calibration, by message-model-fit.ts exactly as data/message-model.bin is fitted), after every
 * text the left-out corpus shares with them (same normalised key) has been taken out of training.
 * The rules are fixed code and are not refitted; they were shaped with the golden file in view,
 * so the golden rows flatter the analyser and the hold-out file's rows are the fairer ones.
 *
 * Flagged = verdict scam or suspicious. Beside the analyser, the one-line baseline "flag any
 * message with a link", with the analyser's own link finder (`indicators.urls`). Recall is taken
 * on a corpus's malicious texts, the false-positive rate on its benign ones; the macro figures
 * average the corpora, not the texts, so that the two large English sets do not drown the rest.
 *
 * The public corpora of ../shared/data/corpora (each folder's SOURCE.txt; see loadExtraCorpora) are
 * left-out test corpora only: each is scored by an analyser fitted on all the training corpora
 * (the two SMS sets and the fixtures) less any text it shares with them, and none of them is
 * ever fitted on, here or in data/message-model.bin.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseMessageWith } from '../src/messages/analyse.js';
import { decodeTextModel, encodeTextModel } from '../src/messages/text-model.js';
import type { MessageInput } from '../src/messages/types.js';
import type { PhoneEngine } from '../src/phone/index.js';
import { fitAnalyser } from './message-model-fit.js';
import { keyOf, splitCorpus, type SmsClass, type SmsCorpus, type SmsItem } from './sms-corpus.js';

export interface LabelledCase {
  readonly input: MessageInput;
  readonly malicious: boolean;
  readonly lang: string;
  /** A subset reported on its own line besides the languages (a file, a label), if any. */
  readonly part?: string;
}

export interface Corpus {
  readonly name: string;
  readonly cases: readonly LabelledCase[];
  /** The corpus as training data: one item per distinct normalised text. */
  readonly items: readonly SmsItem[];
  /** Scored when left out, never fitted on (the public corpora of ../shared/data/corpora). */
  readonly testOnly?: boolean;
}

export interface Outcome {
  readonly corpus: Corpus;
  /** Distinct texts the analyser scoring this corpus was fitted on. */
  readonly trained: number;
  /** Texts of the other corpora that the left-out corpus also holds, kept out of training. */
  readonly removed: number;
  /** Texts labelled malicious in one training corpus and benign in another, dropped. */
  readonly conflicting: number;
  /** Per case, in the corpus's order. */
  readonly analyser: readonly boolean[];
  readonly link: readonly boolean[];
}

/**
 * The two SMS sets as separate corpora, from the de-duplicated pool: a text both hold belongs to
 * both. In the pool a label conflict between the sets drops the text, and a text labelled spam
 * in UCI and smishing in Mishra-Soni is smishing, which is its label in Mishra-Soni.
 */
export function smsCorpora(corpus: SmsCorpus): Corpus[] {
  const of = (name: string, source: string, part: (i: SmsItem) => string | undefined): Corpus => {
    const items = corpus.items.filter((i) => i.sources.includes(source));
    const cases = items.map((i) => {
      const p = part(i);
      return {
        input: { text: i.text },
        malicious: i.malicious,
        lang: i.lang,
        ...(p === undefined ? {} : { part: p }),
      };
    });
    return { name, cases, items };
  };
  return [
    of('UCI SMS Spam Collection', 'uci', () => undefined),
    of('Mishra & Soni SMS Phishing', 'mishra', (i) =>
      i.malicious ? `labelled ${i.label}` : undefined,
    ),
    of(
      'Project legitimate templates, English (notices and everyday)',
      'hard-negatives',
      () => undefined,
    ),
    of('Project scams (templates, English)', 'project-scams', () => undefined),
    of(
      'Project templates in 15 other languages (both classes)',
      'project-multilingual',
      () => undefined,
    ),
  ];
}

interface FixtureRow extends MessageInput {
  readonly lang: string;
  readonly label: 'malicious' | 'benign';
}

/** The labelled message fixtures (test/fixtures/messages-*.jsonl), every language. */
export function fixtureCorpus(fixtures: string): Corpus {
  const cases: LabelledCase[] = [];
  for (const [file, part] of [
    ['messages-golden.jsonl', 'golden file'],
    ['messages-holdout.jsonl', 'hold-out file'],
  ] as const)
    for (const line of readFileSync(join(fixtures, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as FixtureRow;
      const input: MessageInput = {
        text: row.text,
        ...(row.sender === undefined ? {} : { sender: row.sender }),
        ...(row.receivedAt === undefined ? {} : { receivedAt: row.receivedAt }),
        ...(row.recipientRegion === undefined ? {} : { recipientRegion: row.recipientRegion }),
      };
      cases.push({ input, malicious: row.label === 'malicious', lang: row.lang, part });
    }
  const byKey = new Map<string, SmsItem>();
  // Hold-out texts are scored, never fitted on, even by the models of this measure.
  for (const c of cases) {
    if (c.part === 'hold-out file') continue;
    const key = keyOf(c.input.text);
    if (byKey.has(key)) continue;
    byKey.set(key, {
      text: c.input.text,
      label: c.malicious ? 'smishing' : 'ham',
      malicious: c.malicious,
      sources: ['fixtures'],
      lang: c.lang,
      key,
    });
  }
  return { name: 'Golden fixtures (test/fixtures)', cases, items: [...byKey.values()] };
}

// Labelled corpora taken from public repositories live beside the repository, not in it.
const DATA_CORPORA = fileURLToPath(new URL('../../shared/data/corpora', import.meta.url));

/**
 * Fits on all corpora but one and scores that one, for each corpus in turn; then scores each
 * test-only corpus (by default those of ../shared/data/corpora) with an analyser fitted on the training
 * corpora less the texts it shares with them. Analysers with the same training texts are fitted
 * once.
 */
export function leaveOneCorpusOut(
  engine: PhoneEngine,
  corpora: readonly Corpus[],
  testOnly: readonly Corpus[] = loadExtraCorpora(DATA_CORPORA),
): Outcome[] {
  const training = corpora.filter((c) => c.testOnly !== true);
  const fits = new Map<string, ReturnType<typeof decodeTextModel>>();
  return [...training, ...testOnly, ...corpora.filter((c) => c.testOnly === true)].map((left) => {
    const leftKeys = new Set(left.items.map((i) => i.key));
    const byKey = new Map<string, SmsItem | null>();
    const removed = new Set<string>();
    for (const other of training) {
      if (other === left) continue;
      for (const item of other.items) {
        if (leftKeys.has(item.key)) {
          removed.add(item.key);
          continue;
        }
        const seen = byKey.get(item.key);
        if (seen === undefined) byKey.set(item.key, item);
        else if (seen !== null && seen.malicious !== item.malicious) byKey.set(item.key, null);
      }
    }
    const kept = [...byKey.values()];
    const items = kept.filter((i): i is SmsItem => i !== null);
    // The order the shipped model is fitted in: by key, then dealt into 5 stratified folds.
    items.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    const signature = items.map((i) => i.key).join(',');
    let model = fits.get(signature);
    if (model === undefined) {
      const { trained, model: fitted } = fitAnalyser(engine, splitCorpus(items, 5, 0).folds);
      // Through the int8 encoding the shipped model goes through, so that it scores as shipped.
      model = decodeTextModel(
        encodeTextModel(trained.config, trained.weights, trained.bias, fitted.meta),
      );
      fits.set(signature, model);
    }
    const results = left.cases.map((c) => analyseMessageWith({ engine, model }, c.input));
    return {
      corpus: left,
      trained: items.length,
      removed: removed.size,
      conflicting: kept.length - items.length,
      analyser: results.map((r) => r.verdict !== 'ok'),
      link: results.map((r) => r.indicators.urls.length > 0),
    };
  });
}

interface Rates {
  readonly scams: number;
  readonly benign: number;
  readonly recall: number;
  readonly fpr: number;
  readonly linkRecall: number;
  readonly linkFpr: number;
}

function rates(o: Outcome, keep: (c: LabelledCase) => boolean): Rates {
  let scams = 0;
  let benign = 0;
  let tp = 0;
  let fp = 0;
  let linkTp = 0;
  let linkFp = 0;
  o.corpus.cases.forEach((c, i) => {
    if (!keep(c)) return;
    const a = o.analyser[i]! ? 1 : 0;
    const l = o.link[i]! ? 1 : 0;
    if (c.malicious) {
      scams++;
      tp += a;
      linkTp += l;
    } else {
      benign++;
      fp += a;
      linkFp += l;
    }
  });
  return {
    scams,
    benign,
    recall: tp / scams,
    fpr: fp / benign,
    linkRecall: linkTp / scams,
    linkFpr: linkFp / benign,
  };
}

const rec = (x: number): string => (Number.isNaN(x) ? '–' : x.toFixed(3));
const pct = (x: number): string => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`);

/** What each analyser was fitted on, then the table: one line per corpus, language and part. */
export function locoReport(outcomes: readonly Outcome[]): string[] {
  const lines = outcomes.map(
    (o) =>
      `- ${o.corpus.name} left out${o.corpus.testOnly === true ? ' (test only, never fitted on)' : ''}: fitted on ${o.trained} distinct texts of the other corpora; ${o.removed} texts it shares with them removed from training` +
      (o.conflicting > 0 ? `, ${o.conflicting} with conflicting labels dropped` : '') +
      '.',
  );
  lines.push(
    '',
    '| corpus left out | subset | scams | benign | analyser recall | analyser FPR | link recall | link FPR |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  const row = (corpus: string, subset: string, r: Rates): string =>
    `| ${corpus} | ${subset} | ${r.scams} | ${r.benign} | ${rec(r.recall)} | ${pct(r.fpr)} | ${rec(r.linkRecall)} | ${pct(r.linkFpr)} |`;
  const whole: { readonly name: string; readonly testOnly: boolean; readonly r: Rates }[] = [];
  for (const o of outcomes) {
    const langs = [...new Set(o.corpus.cases.map((c) => c.lang))].sort();
    const all = rates(o, () => true);
    whole.push({ name: o.corpus.name, testOnly: o.corpus.testOnly === true, r: all });
    const name = `**${o.corpus.name}**${o.corpus.testOnly === true ? ' (test only)' : ''}`;
    lines.push(row(name, langs.length === 1 ? `all (${langs[0]!})` : 'all', all));
    if (langs.length > 1)
      for (const lang of langs)
        lines.push(
          row(
            '',
            lang,
            rates(o, (c) => c.lang === lang),
          ),
        );
    const parts = [...new Set(o.corpus.cases.map((c) => c.part))].filter((p) => p !== undefined);
    for (const part of parts.sort())
      lines.push(
        row(
          '',
          part,
          rates(o, (c) => c.part === part),
        ),
      );
  }
  // A corpus without scams (or without benign texts) has no recall (or no false-positive rate):
  // each macro figure averages the corpora that have one.
  const mean = (of: typeof whole, pick: (r: Rates) => number): number => {
    const xs = of.map((w) => pick(w.r)).filter((x) => !Number.isNaN(x));
    return xs.length === 0 ? NaN : xs.reduce((s, x) => s + x, 0) / xs.length;
  };
  const macro = (label: string, of: typeof whole): string =>
    `| **${label}** | ${of.length} corpora | | | **${rec(mean(of, (r) => r.recall))}** | **${pct(mean(of, (r) => r.fpr))}** | **${rec(mean(of, (r) => r.linkRecall))}** | **${pct(mean(of, (r) => r.linkFpr))}** |`;
  const trainingOnly = whole.filter((w) => !w.testOnly);
  if (trainingOnly.length < whole.length)
    lines.push(macro('macro average, training corpora', trainingOnly));
  lines.push(macro('macro average', whole));
  const covered = (pick: (r: Rates) => number): string =>
    whole
      .filter((w) => !Number.isNaN(pick(w.r)))
      .map((w) => w.name)
      .join('; ');
  lines.push(
    '',
    `Macro average over all ${whole.length} corpora: recall over those with scams (${covered((r) => r.recall)}), false-positive rate over those with benign texts (${covered((r) => r.fpr)}).`,
  );
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Test-only corpora: the public labelled corpora of ../shared/data/corpora/<id>/messages.jsonl
// (source, licence, commit and label mapping in each folder's SOURCE.txt), one object per line,
// `{"text", "label": "ham" | "spam" | "smishing", "lang"}`. None are there yet.

/** Display names of the corpora by folder; a folder not listed here is shown by its id. */
const NAMES: Readonly<Record<string, string>> = {
  'indian-payment-sms': 'Indian payment SMS (SplitEasy, synthetic hard negatives)',
};

interface Row {
  readonly text: string;
  readonly label: SmsClass;
  readonly lang: string;
}

export function loadExtraCorpora(dir: string): Corpus[] {
  if (!existsSync(dir)) return [];
  const corpora: Corpus[] = [];
  for (const id of readdirSync(dir).sort()) {
    const file = join(dir, id, 'messages.jsonl');
    if (!existsSync(file)) continue;
    const cases: LabelledCase[] = [];
    const byKey = new Map<string, SmsItem>();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as Row;
      const malicious = row.label !== 'ham';
      cases.push({
        input: { text: row.text },
        malicious,
        lang: row.lang,
        ...(malicious ? { part: `labelled ${row.label}` } : {}),
      });
      const key = keyOf(row.text);
      if (!byKey.has(key))
        byKey.set(key, {
          text: row.text,
          label: row.label,
          malicious,
          sources: [id],
          lang: row.lang,
          key,
        });
    }
    corpora.push({ name: NAMES[id] ?? id, cases, items: [...byKey.values()], testOnly: true });
  }
  return corpora;
}
