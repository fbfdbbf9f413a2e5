/**
 * The message analyser: is this SMS or chat message a scam, why, and what to do.
 *
 * Evidence is weighed in log-odds. Rule signals (what the links are, what is asked, who sends
 * it, the date) carry fixed weights set from what is known of smishing, not fitted to the two
 * old training corpora, so that they keep working on link-centric, multilingual smishing those
 * files lack (evidence.ts and the *-signals.ts files). The text model (character n-grams)
 * adds its own log-odds, calibrated and bounded (model-signal.ts):
 *
 *   score = sigmoid(prior + trust * (clamp(modelScale * modelLogit + bias) - prior) + Σ rules)
 *
 * modelScale and bias are fitted by scripts/train-message-model.ts on out-of-fold predictions
 * and stored in the model's metadata; trust is 1 for English, the training data's language,
 * and one half otherwise.
 *
 * Rules weigh what the link is and what is asked, never the presence of a link, a code or a
 * brand alone: banks send codes, carriers send tracking links, retailers send short links.
 *
 * The steps run in a fixed order, and the order is part of the output: a code's first reason is
 * the one kept, reasons of equal weight are listed in the order found, and the business-sender
 * rule looks at what every rule before it has added up.
 */
import type { PhoneEngine } from '../phone/index.js';
import { adviceFor } from './advice.js';
import { weighContacts } from './contact-signals.js';
import { weighDate } from './date-signals.js';
import { Evidence, isSuspiciousLink } from './evidence.js';
import { weighLinks } from './link-signals.js';
import { findOpener, weighLinkedLures, weighStory } from './lure-signals.js';
import { categoryOfMessage } from './message-category.js';
import { readMessage } from './message-text.js';
import { explainModel, weighModel } from './model-signal.js';
import {
  asksForSomethingRisky,
  findRequests,
  weighReassurance,
  weighRequests,
} from './request-signals.js';
import { weighBusinessSender, weighSender } from './sender-signals.js';
import type { TextModel } from './text-model.js';
import type { MessageAnalysis, MessageInput } from './types.js';
import { judge, rankReasons } from './verdict.js';

// The training scripts build the model's input the way the analyser does.
export { modelInputOf } from './model-signal.js';

export interface AnalyserDeps {
  readonly engine: PhoneEngine;
  readonly model: TextModel;
}

/**
 * Analyses one message. `trace`, when given, receives the sum of the rule weights alone: the
 * calibration script fits the model's scale and bias around it.
 */
export function analyseMessageWith(
  deps: AnalyserDeps,
  input: MessageInput,
  trace?: { rules: number },
): MessageAnalysis {
  const m = readMessage(input);
  const e = new Evidence();
  const sender = input.sender?.trim();
  const judged = weighSender(e, deps.engine, {
    sender,
    region: m.region,
    named: m.named,
    urls: m.urls,
  });
  const { senderBrand, senderRegion } = judged;
  const { unofficial } = weighLinks(e, m.urls, m.named, senderBrand);
  const phones = weighContacts(e, deps.engine, m, senderRegion);
  const asked = findRequests(m);
  const opener = findOpener(m);
  weighRequests(e, m, asked);
  weighStory(e, m, opener);
  weighLinkedLures(e, m, unofficial);
  weighReassurance(e, m, asked, unofficial);
  const suspiciousLink = unofficial.some(isSuspiciousLink);
  weighDate(e, m, input.receivedAt, { linked: unofficial.length > 0, suspiciousLink });
  const asksForSomething = asksForSomethingRisky(asked.requests);
  weighBusinessSender(e, judged, { suspiciousLink, asksForSomething });
  if (trace !== undefined) trace.rules = e.total;

  const model = weighModel(deps.model, m);
  const { score, verdict } = judge(model.part + e.total);
  explainModel(e.reasons, verdict, model);
  rankReasons(e.reasons);
  const category = categoryOfMessage(m, { codeRequest: asked.codeRequest, opener, senderBrand });
  return {
    verdict,
    score,
    category,
    language: model.language,
    reasons: e.reasons,
    advice: adviceFor({
      verdict,
      category,
      hasLink: unofficial.length > 0,
      requests: asked.requests,
      recipientRegion: m.region ?? null,
    }),
    indicators: { urls: m.urls, phones, emails: m.emails, requests: asked.requests },
  };
}
