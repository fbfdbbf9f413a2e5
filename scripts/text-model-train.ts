/**
 * Trains the text model (src/messages/text-model.ts): logistic regression by stochastic
 * gradient descent with AdaGrad step sizes and L2 shrinkage, over hashed features scaled by
 * 1/sqrt(count). Build time only; deterministic for a given sample order and seed.
 *
 * Also the familiarity bitset the model file carries (see text-model.ts): which buckets of a
 * 2^FAMILIARITY_BITS hash the training texts' features fell in.
 */
import {
  DEFAULT_FEATURES,
  featureIndices,
  normaliseForModel,
  type FeatureConfig,
} from '../src/messages/text-model.js';

/** 2^20 buckets (a 128 KiB bitset): about 9% of them set by the shared SMS data. */
export const FAMILIARITY_BITS = 20;
/** A bucket counts as seen when this many distinct training texts hold it: one text's oddities do not. */
export const FAMILIARITY_MIN_TEXTS = 2;

/** The bitset of feature buckets occurring in at least `minTexts` of `texts`. */
export function seenBuckets(
  texts: readonly string[],
  config: FeatureConfig = DEFAULT_FEATURES,
  bits = FAMILIARITY_BITS,
  minTexts = FAMILIARITY_MIN_TEXTS,
): Uint8Array {
  const wide = { ...config, hashBits: bits };
  const counts = new Uint8Array(1 << bits);
  const lastText = new Int32Array(1 << bits).fill(-1);
  let scratch: Int32Array = new Int32Array(1024);
  texts.forEach((text, t) => {
    const { indices, count } = featureIndices(normaliseForModel(text), wide, scratch);
    scratch = indices;
    for (let i = 0; i < count; i++) {
      const f = indices[i]!;
      if (lastText[f] === t) continue;
      lastText[f] = t;
      if (counts[f]! < 255) counts[f]!++;
    }
  });
  const seen = new Uint8Array(1 << (bits - 3));
  for (let f = 0; f < counts.length; f++)
    if (counts[f]! >= minTexts) seen[f >>> 3]! |= 1 << (f & 7);
  return seen;
}

export interface TrainOptions {
  readonly config?: FeatureConfig;
  readonly epochs?: number;
  readonly rate?: number;
  readonly l2?: number;
  /** Weight of a malicious sample's loss relative to a benign one's. */
  readonly positiveWeight?: number;
  readonly seed?: number;
}

export interface TrainedModel {
  readonly config: FeatureConfig;
  readonly weights: Float32Array;
  readonly bias: number;
}

export function trainTextModel(
  samples: readonly { readonly text: string; readonly malicious: boolean }[],
  options: TrainOptions = {},
): TrainedModel {
  const config = options.config ?? DEFAULT_FEATURES;
  const epochs = options.epochs ?? 12;
  const rate = options.rate ?? 0.5;
  const l2 = options.l2 ?? 1e-6;
  const positiveWeight = options.positiveWeight ?? 1;
  const dim = 1 << config.hashBits;
  const features = samples.map((s) => {
    const { indices, count } = featureIndices(normaliseForModel(s.text), config);
    return indices.slice(0, count);
  });
  const weights = new Float32Array(dim);
  const gradSq = new Float32Array(dim).fill(1e-8);
  let bias = 0;
  let biasSq = 1e-8;
  const order = samples.map((_, i) => i);
  let state = options.seed ?? 1;
  const random = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const s of order) {
      const idx = features[s]!;
      const x = idx.length === 0 ? 0 : 1 / Math.sqrt(idx.length);
      let z = bias;
      for (let k = 0; k < idx.length; k++) z += weights[idx[k]!]! * x;
      const y = samples[s]!.malicious ? 1 : 0;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - y) * (y === 1 ? positiveWeight : 1);
      for (let k = 0; k < idx.length; k++) {
        const f = idx[k]!;
        const grad = g * x + l2 * weights[f]!;
        gradSq[f]! += grad * grad;
        weights[f]! -= (rate * grad) / Math.sqrt(gradSq[f]!);
      }
      biasSq += g * g;
      bias -= (rate * g) / Math.sqrt(biasSq);
    }
  }
  return { config, weights, bias };
}
