/**
 * Fitting the message analyser at build time: the text model, then the calibration that turns
 * `modelScale * modelLogit + Σ rule weights + bias` into a probability. The calibration is fitted
 * on out-of-fold model logits, so the model never scores a text it was trained on.
 */
import type { PhoneEngine } from '../src/phone/index.js';
import { analyseMessageWith, modelInputOf } from '../src/messages/analyse.js';
import { TextModel, type TextModelMeta } from '../src/messages/text-model.js';
import type { SmsItem } from './sms-corpus.js';
import { trainTextModel, type TrainOptions, type TrainedModel } from './text-model-train.js';

export const TRAIN_OPTIONS: TrainOptions = { epochs: 12, rate: 0.5, l2: 1e-6, positiveWeight: 2 };

export interface Calibration {
  readonly modelScale: number;
  readonly bias: number;
}

const EMPTY_META: TextModelMeta = {
  data: [],
  samples: { benign: 0, malicious: 0 },
};

export function toTextModel(m: TrainedModel, meta: TextModelMeta = EMPTY_META): TextModel {
  return new TextModel(m.config, m.weights, 1, m.bias, meta);
}

/** The rule evidence of each text alone (the sum of the rule weights the analyser gives it). */
export function ruleTotals(engine: PhoneEngine, texts: readonly string[]): Float64Array {
  const model = new TextModel(
    { hashBits: 1, minN: 2, maxN: 2, wordNgrams: 1 },
    new Float32Array(2),
    1,
    0,
    EMPTY_META,
  );
  return Float64Array.from(texts, (text) => {
    const trace = { rules: 0 };
    analyseMessageWith({ engine, model }, { text }, trace);
    return trace.rules;
  });
}

/** What the model is trained on: the texts as the analyser shows them to it. */
function modelInputs(items: readonly SmsItem[]): { text: string; malicious: boolean }[] {
  return items.map((i) => ({ text: modelInputOf(i.text), malicious: i.malicious }));
}

/** Out-of-fold model logits: each fold scored by a model trained on the other folds. */
export function outOfFoldLogits(folds: readonly (readonly SmsItem[])[]): {
  items: SmsItem[];
  logits: Float64Array;
} {
  const items: SmsItem[] = [];
  const logits: number[] = [];
  folds.forEach((fold, f) => {
    const model = toTextModel(
      trainTextModel(modelInputs(folds.filter((_, i) => i !== f).flat()), TRAIN_OPTIONS),
    );
    for (const item of fold) {
      items.push(item);
      logits.push(model.logit(modelInputOf(item.text)));
    }
  });
  return { items, logits: Float64Array.from(logits) };
}

/** Platt-style fit of (modelScale, bias) by Newton's method on the log loss. */
export function fitCalibration(
  logits: Float64Array,
  rules: Float64Array,
  labels: readonly boolean[],
): Calibration {
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < logits.length; i++) {
      const p = 1 / (1 + Math.exp(-(a * logits[i]! + rules[i]! + b)));
      const d = p - (labels[i] ? 1 : 0);
      const w = p * (1 - p);
      ga += d * logits[i]!;
      gb += d;
      haa += w * logits[i]! * logits[i]!;
      hab += w * logits[i]!;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { modelScale: a, bias: b };
}

/** Trains a model on `folds` and calibrates it on their out-of-fold logits. */
export function fitAnalyser(
  engine: PhoneEngine,
  folds: readonly (readonly SmsItem[])[],
  meta: TextModelMeta = EMPTY_META,
): { trained: TrainedModel; calibration: Calibration; model: TextModel } {
  const oof = outOfFoldLogits(folds);
  const rules = ruleTotals(
    engine,
    oof.items.map((i) => i.text),
  );
  const calibration = fitCalibration(
    oof.logits,
    rules,
    oof.items.map((i) => i.malicious),
  );
  const trained = trainTextModel(modelInputs(folds.flat()), TRAIN_OPTIONS);
  const model = toTextModel(trained, { ...meta, calibration });
  return { trained, calibration, model };
}
