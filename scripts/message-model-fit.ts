/**
 * Fitting the message analyser at build time: the text model, then the calibration that turns
 * `modelScale * modelLogit + Σ rule weights + bias` into a probability. The calibration is fitted
 * on out-of-fold model logits, so the model never scores a text it was trained on. The
 * familiarity ramp is set the same way: from the familiarity of each fold's texts against the
 * buckets the other folds saw.
 */
import type { PhoneEngine } from '../src/phone/index.js';
import { analyseMessageWith, modelInputOf } from '../src/messages/analyse.js';
import { TextModel, type Familiarity, type TextModelMeta } from '../src/messages/text-model.js';
import type { SmsItem } from './sms-corpus.js';
import {
  FAMILIARITY_BITS,
  FAMILIARITY_MIN_TEXTS,
  seenBuckets,
  trainTextModel,
  type TrainOptions,
  type TrainedModel,
} from './text-model-train.js';

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

/**
 * The familiarity section of a model trained on `inputs` (model inputs, as modelInputs gives
 * them); `low` and `high` are passed in, set from out-of-fold familiarities.
 */
export function familiarityOf(
  inputs: readonly { readonly text: string }[],
  ramp: { readonly low: number; readonly high: number },
): Familiarity {
  const seen = seenBuckets(
    inputs.map((i) => i.text),
    TRAIN_OPTIONS.config,
    FAMILIARITY_BITS,
    FAMILIARITY_MIN_TEXTS,
  );
  return { bits: FAMILIARITY_BITS, seen, minTexts: FAMILIARITY_MIN_TEXTS, ...ramp };
}

/**
 * Out-of-fold model logits and familiarities: each fold scored by a model trained on the other
 * folds.
 */
export function outOfFoldLogits(folds: readonly (readonly SmsItem[])[]): {
  items: SmsItem[];
  logits: Float64Array;
  familiarities: Float64Array;
} {
  const items: SmsItem[] = [];
  const logits: number[] = [];
  const familiarities: number[] = [];
  folds.forEach((fold, f) => {
    const inputs = modelInputs(folds.filter((_, i) => i !== f).flat());
    const model = toTextModel(trainTextModel(inputs, TRAIN_OPTIONS), {
      ...EMPTY_META,
      familiarity: familiarityOf(inputs, { low: 0, high: 0 }),
    });
    for (const item of fold) {
      items.push(item);
      const reading = model.read(modelInputOf(item.text));
      logits.push(reading.logit);
      familiarities.push(reading.familiarity);
    }
  });
  return {
    items,
    logits: Float64Array.from(logits),
    familiarities: Float64Array.from(familiarities),
  };
}

/** Quantiles of out-of-fold familiarity where the model's say starts, and where it is whole. */
export const FAMILIARITY_LOW_QUANTILE = 0.01;
export const FAMILIARITY_HIGH_QUANTILE = 0.1;

/** The familiarity ramp from out-of-fold familiarities, rounded so that the JSON stays short. */
export function familiarityRamp(familiarities: Float64Array): { low: number; high: number } {
  const sorted = Float64Array.from(familiarities).sort();
  const at = (q: number): number =>
    sorted.length === 0 ? 0 : Math.round(sorted[Math.floor(q * (sorted.length - 1))]! * 1e4) / 1e4;
  return { low: at(FAMILIARITY_LOW_QUANTILE), high: at(FAMILIARITY_HIGH_QUANTILE) };
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
  const inputs = modelInputs(folds.flat());
  const trained = trainTextModel(inputs, TRAIN_OPTIONS);
  const familiarity = familiarityOf(inputs, familiarityRamp(oof.familiarities));
  const model = toTextModel(trained, { ...meta, calibration, familiarity });
  return { trained, calibration, model };
}
