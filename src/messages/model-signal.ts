/**
 * The text model's say in a message's score (see analyse.ts for the formula). The model knows
 * only two old corpora: out of their domain (other languages, modern link-centric lures,
 * legitimate operator texts) it is confidently wrong, so its say is calibrated, bounded, worth
 * half outside English, the language it was trained on, and shrunk toward the neutral prior as
 * the text's familiarity falls (the share of its features seen in training, text-model.ts):
 *
 *   part = prior + trust * (clamp(modelScale * logit + bias) - prior)
 *   trust = languageTrust * clamp((familiarity - low) / (high - low), 0, 1)
 *
 * where low and high are the 1st and 10th percentiles of held-out training texts' familiarity,
 * stored in the model file. Both sides shrink: the model's word that a message looks benign is
 * no better founded on unfamiliar text than its word for a scam, and keeping it would push
 * unfamiliar scams under the threshold. Legitimate notices of the kinds it used to misjudge are
 * in its training now (scripts/hard-negatives.ts). A message is unfamiliar when trust is below
 * UNFAMILIAR_TRUST: then even the model's largest say leaves the part below 0 log-odds, so with
 * no rule reason pointing to a scam (the rules' sum is then at most 0) the verdict is "ok". A
 * scam or suspicious verdict on an unfamiliar message always has a non-model reason behind it.
 */
import { findEmails } from './contacts.js';
import { detectLanguage } from './lexicon.js';
import type { MessageText } from './message-text.js';
import type { TextModel } from './text-model.js';
import { findUrls } from './urls.js';
import type { CueLanguage, Reason, Span, Verdict } from './types.js';
import { lacksReason, sigmoid } from './verdict.js';

/**
 * Bounds of the text model's calibrated contribution, in log-odds. It may say much for a scam
 * and little against one: ordinary wording is what conversational scams ("Hi Mum", a code sent
 * "by mistake") are made of.
 */
export const MODEL_MAX = 3;
/** Log-odds of a message nothing is known about (27%): people check what worries them. */
export const NEUTRAL_PRIOR = -1;
export const MODEL_MIN = -2.5;
/**
 * Below this trust the model alone cannot reach the suspicious threshold (0 log-odds):
 * prior + trust * (MODEL_MAX - prior) < 0.
 */
export const UNFAMILIAR_TRUST = -NEUTRAL_PRIOR / (MODEL_MAX - NEUTRAL_PRIOR);

/**
 * The text the model reads: links and e-mail addresses blanked out. The rules judge what a link
 * is; the model, trained on corpora where nearly only spam carried links, would judge that
 * there is one.
 */
export function textForModel(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let from = 0;
  for (const span of [...spans].sort((x, y) => x.start - y.start)) {
    if (span.start < from) continue;
    out += text.slice(from, span.start) + ' ';
    from = span.end;
  }
  return out + text.slice(from);
}

/** The model's input for a text, as the analyser builds it (for training). */
export function modelInputOf(text: string): string {
  return textForModel(text, [
    ...findUrls(text).map((u) => u.span),
    ...findEmails(text).map((m) => m.span),
  ]);
}

interface Calibration {
  readonly modelScale: number;
  readonly bias: number;
}

function calibrationOf(model: TextModel): Calibration {
  const c = model.meta['calibration'] as Partial<Calibration> | undefined;
  return { modelScale: c?.modelScale ?? 1, bias: c?.bias ?? 0 };
}

export interface ModelSignal {
  /** The model's own log-odds, uncalibrated. */
  readonly logit: number;
  /** Its share of the score, in log-odds: calibrated, bounded, weighed by trust. */
  readonly part: number;
  readonly language: CueLanguage | null;
  /** Share of the text's features seen in training, 0 to 1. */
  readonly familiarity: number;
  /** 0 to 1: how much of the model's calibrated word counts (language and familiarity). */
  readonly trust: number;
  /** Trust below UNFAMILIAR_TRUST: the model's say alone cannot flag the message. */
  readonly unfamiliar: boolean;
}

/** 0 at or below the ramp's low end, 1 from its high end; 1 for a model without familiarity. */
export function familiarityTrust(model: TextModel, familiarity: number): number {
  const f = model.meta.familiarity;
  if (f === undefined) return 1;
  if (familiarity >= f.high) return 1;
  if (familiarity <= f.low) return 0;
  return (familiarity - f.low) / (f.high - f.low);
}

export function weighModel(model: TextModel, m: MessageText): ModelSignal {
  const calibration = calibrationOf(model);
  const { logit, familiarity } = model.read(textForModel(m.text, m.taken));
  // Elsewhere than English the model's calibrated word is worth half, and less on text unlike
  // its training data; what it loses goes to a neutral prior.
  const language = detectLanguage(m.text);
  const languageTrust = language === null || language === 'en' ? 1 : 0.5;
  const calibrated = Math.max(
    MODEL_MIN,
    Math.min(MODEL_MAX, calibration.modelScale * logit + calibration.bias),
  );
  const trust = languageTrust * familiarityTrust(model, familiarity);
  return {
    logit,
    part: NEUTRAL_PRIOR + trust * (calibrated - NEUTRAL_PRIOR),
    language,
    familiarity,
    trust,
    unfamiliar: trust < UNFAMILIAR_TRUST,
  };
}

/**
 * The model's reason, when it is part of why a message was flagged, or when nothing else
 * explains the verdict. It is not rule evidence, so it bypasses `Evidence` and its total.
 */
export function explainModel(reasons: Reason[], verdict: Verdict, model: ModelSignal): void {
  const modelP = sigmoid(model.logit);
  const percent = (modelP * 100).toFixed(0);
  const resembles = `Its wording resembles known scam and spam messages (text model ${percent}%).`;
  // On unfamiliar text the model's word was not counted for the scam: it is not a reason.
  if (modelP >= 0.5 && verdict !== 'ok' && !model.unfamiliar)
    reasons.push({ code: 'SCAM_WORDING', text: resembles, weight: model.part });
  if (lacksReason(reasons, verdict) && verdict === 'ok' && model.unfamiliar)
    reasons.push({
      code: 'NO_SCAM_SIGNALS',
      text: `No link to an unofficial site and no request for codes, money or data; its wording is unlike the text model's training data (${(model.familiarity * 100).toFixed(0)}% familiar), so the model was given little say.`,
      weight: model.part,
    });
  else if (lacksReason(reasons, verdict))
    reasons.push(
      verdict === 'ok'
        ? {
            code: 'NO_SCAM_SIGNALS',
            text: `No link to an unofficial site, no request for codes, money or data, and its wording is unlike known scams (text model ${percent}%).`,
            weight: model.part,
          }
        : { code: 'SCAM_WORDING', text: resembles, weight: model.part },
    );
}
