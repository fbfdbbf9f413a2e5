/**
 * The text model's say in a message's score (see analyse.ts for the formula). The model knows
 * only two old corpora: out of their domain (other languages, modern link-centric lures,
 * legitimate operator texts) it is confidently wrong, so its say is calibrated, bounded, and
 * worth half outside English, the language it was trained on.
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
}

export function weighModel(model: TextModel, m: MessageText): ModelSignal {
  const calibration = calibrationOf(model);
  const logit = model.logit(textForModel(m.text, m.taken));
  // Elsewhere than English the model's calibrated word is worth half, the other half going to
  // a neutral prior.
  const language = detectLanguage(m.text);
  const trust = language === null || language === 'en' ? 1 : 0.5;
  const calibrated = Math.max(
    MODEL_MIN,
    Math.min(MODEL_MAX, calibration.modelScale * logit + calibration.bias),
  );
  return { logit, part: NEUTRAL_PRIOR + trust * (calibrated - NEUTRAL_PRIOR), language };
}

/**
 * The model's reason, when it is part of why a message was flagged, or when nothing else
 * explains the verdict. It is not rule evidence, so it bypasses `Evidence` and its total.
 */
export function explainModel(reasons: Reason[], verdict: Verdict, model: ModelSignal): void {
  const modelP = sigmoid(model.logit);
  const percent = (modelP * 100).toFixed(0);
  const resembles = `Its wording resembles known scam and spam messages (text model ${percent}%).`;
  if (modelP >= 0.5 && verdict !== 'ok')
    reasons.push({ code: 'SCAM_WORDING', text: resembles, weight: model.part });
  if (lacksReason(reasons, verdict))
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
