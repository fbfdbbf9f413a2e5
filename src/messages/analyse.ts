/**
 * The message analyser: is this SMS or chat message a scam, why, and what to do.
 *
 * Evidence is weighed in log-odds. Rule signals (what the links are, what is asked, who sends
 * it, the date) carry fixed weights set from what is known of smishing, not fitted to the two
 * old training corpora, so that they keep working on link-centric, multilingual smishing those
 * files lack (evidence.ts, links.ts, sender.ts, and below). The text model (character n-grams)
 * adds its own log-odds, calibrated and bounded:
 *
 *   score = sigmoid(prior + trust * (clamp(modelScale * modelLogit + bias) - prior) + Σ rules)
 *
 * modelScale and bias are fitted by scripts/train-message-model.ts on out-of-fold predictions
 * and stored in the model's metadata; trust is 1 for English, the training data's language,
 * and one half otherwise.
 *
 * Rules weigh what the link is and what is asked, never the presence of a link, a code or a
 * brand alone: banks send codes, carriers send tracking links, retailers send short links.
 */
import type { PhoneEngine } from '../phone/engine.js';
import { adviceFor } from './advice.js';
import { brandById, brandsNamedIn } from './brands.js';
import { Evidence, W, isSuspiciousLink } from './evidence.js';
import { weighLinks } from './links.js';
import { weighSender } from './sender.js';
import { findEmails, findPhones, isAlphanumericSender } from './contacts.js';
import { eventNamed, inSeason, isDeliveryPeak, parseReceived } from './events.js';
import { detectLanguage, findCues } from './lexicon.js';
import type { TextModel } from './text-model.js';
import {
  findCodeNotice,
  findCodeTheft,
  findNeverShare,
  findStrangerOpener,
  foldSameLength,
} from './patterns.js';
import { findUrls } from './urls.js';
import type {
  Brand,
  Cue,
  CueMatch,
  MessageAnalysis,
  MessageCategory,
  MessageInput,
  RequestIndicator,
  RequestKind,
  Span,
  Verdict,
} from './types.js';

export interface AnalyserDeps {
  readonly engine: PhoneEngine;
  readonly model: TextModel;
}

/** Probability at or above which a message is called a scam, and suspicious. */
export const SCAM_AT = 0.8;
export const SUSPICIOUS_AT = 0.5;
/**
 * Bounds of the text model's calibrated contribution, in log-odds. The model knows only two old
 * corpora: out of their domain (other languages, modern link-centric lures, legitimate operator
 * texts) it is confidently wrong. It may say much for a scam and little against one: ordinary
 * wording is what conversational scams ("Hi Mum", a code sent "by mistake") are made of.
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

/** Longest text analysed; the rest is ignored (real messages are far shorter). */
export const MAX_TEXT = 10_000;

const REQUEST_OF_CUE: Partial<Record<Cue, RequestKind>> = {
  'code-request': 'code',
  'pin-password': 'pin-password',
  'card-data': 'card-data',
  'gift-card': 'gift-card',
  crypto: 'crypto',
  transfer: 'transfer',
  'safe-account': 'transfer',
  'remote-access': 'remote-access',
  'personal-data': 'personal-data',
  'call-back': 'call-back',
  reply: 'reply',
  click: 'click',
};

/** Which category each cue points to, and how strongly. */
const CATEGORY_OF_CUE: Partial<Record<Cue, [MessageCategory, number]>> = {
  delivery: ['delivery', 1],
  'delivery-problem': ['delivery', 2],
  bank: ['bank-account', 1],
  'account-problem': ['bank-account', 1.5],
  'card-data': ['bank-account', 1],
  'safe-account': ['bank-account', 3],
  'pin-password': ['bank-account', 0.5],
  government: ['government-tax-toll', 1.5],
  toll: ['government-tax-toll', 2.5],
  refund: ['government-tax-toll', 1.5],
  prize: ['prize-lottery', 2],
  job: ['job', 2.5],
  investment: ['investment-crypto', 2],
  crypto: ['investment-crypto', 1.5],
  family: ['family-impersonation', 3],
  'wrong-number': ['wrong-number-romance', 2.5],
  'code-request': ['code-theft', 4],
  'shopping-event': ['shopping-event', 3.5],
  discount: ['shopping-event', 0.5],
  telecom: ['telecom', 1.5],
  'points-expire': ['telecom', 1],
};

const CATEGORY_OF_BRAND: Partial<Record<Brand['kind'], MessageCategory>> = {
  delivery: 'delivery',
  bank: 'bank-account',
  payment: 'bank-account',
  government: 'government-tax-toll',
  telecom: 'telecom',
  crypto: 'investment-crypto',
  shopping: 'shopping-event',
};

function firstCue(cues: readonly CueMatch[], cue: Cue): CueMatch | undefined {
  return cues.find((c) => c.cue === cue);
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function verdictOf(score: number): Verdict {
  return score >= SCAM_AT ? 'scam' : score >= SUSPICIOUS_AT ? 'suspicious' : 'ok';
}

interface Calibration {
  readonly modelScale: number;
  readonly bias: number;
}

function calibrationOf(model: TextModel): Calibration {
  const c = model.meta['calibration'] as Partial<Calibration> | undefined;
  return { modelScale: c?.modelScale ?? 1, bias: c?.bias ?? 0 };
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
  const text = input.text.length > MAX_TEXT ? input.text.slice(0, MAX_TEXT) : input.text;
  const region = input.recipientRegion?.toUpperCase();
  const e = new Evidence();
  const urls = findUrls(text);
  const emails = findEmails(text);
  const taken = [...urls.map((u) => u.span), ...emails.map((m) => m.span)];
  // Cues inside a link's address are the link's business (`dhl-redelivery.top`).
  const cues = findCues(text).filter(
    (c) => !taken.some((t) => c.span.start < t.end && t.start < c.span.end),
  );
  const has = (cue: Cue): CueMatch | undefined => firstCue(cues, cue);
  const named = brandsNamedIn(text)
    .filter((m) => !taken.some((t) => m.start < t.end && t.start < m.end))
    .map((m) => m.brand);

  const { senderBrand, senderRegion } = weighSender(e, deps.engine, {
    sender: input.sender?.trim(),
    region,
    named,
    urls,
  });
  const sender = input.sender?.trim();

  const { unofficial } = weighLinks(e, urls, named, senderBrand);

  // Numbers and addresses written in the text.
  const phones = findPhones(deps.engine, text, senderRegion, taken);
  for (const p of phones) {
    if (p.type === 'PREMIUM_RATE')
      e.add(
        'PREMIUM_RATE_NUMBER',
        W.PREMIUM_RATE_NUMBER,
        `It asks you to use ${p.text}, a premium-rate number that costs money to call or text.`,
        p.span,
      );
    else if (region !== undefined && p.region !== null && p.region !== region)
      e.add(
        'FOREIGN_NUMBER',
        W.FOREIGN_NUMBER,
        `The number ${p.text} is in another country (${p.region}).`,
        p.span,
      );
    else if (p.type === 'MOBILE' && named.some((b) => b.kind !== 'social'))
      e.add(
        'MOBILE_POSING_AS_COMPANY',
        W.MOBILE_POSING_AS_COMPANY,
        `The company's "contact number" ${p.text} is a personal mobile.`,
        p.span,
      );
  }
  for (const m of emails)
    if (
      m.freeMail &&
      (named.length > 0 || has('prize') !== undefined || has('government') !== undefined)
    )
      e.add(
        'FREE_MAIL_CONTACT',
        W.FREE_MAIL_CONTACT,
        `It gives a free mail address (${m.domain}) as the contact of an organisation.`,
        m.span,
      );

  // What is asked.
  const requests: RequestIndicator[] = [];
  for (const c of cues) {
    const kind = REQUEST_OF_CUE[c.cue];
    if (kind !== undefined && !requests.some((r) => r.kind === kind))
      requests.push({ kind, span: c.span });
  }
  const folded = foldSameLength(text);
  const dontShareSpan = has('do-not-share')?.span ?? findNeverShare(text, folded) ?? undefined;
  const dontShare = dontShareSpan === undefined ? undefined : { span: dontShareSpan };
  const codeNoticeSpan = has('code-notice')?.span ?? findCodeNotice(text, folded) ?? undefined;
  const count = (cue: Cue): number => cues.filter((c) => c.cue === cue).length;
  const codeSpan =
    has('code-request')?.span ??
    (dontShare === undefined ? findCodeTheft(text, folded) : null) ??
    undefined;
  const codeRequest = codeSpan === undefined ? undefined : { span: codeSpan };
  if (codeRequest !== undefined) {
    e.add(
      'ASKS_FOR_CODE',
      W.ASKS_FOR_CODE,
      'It asks you to pass on a code that was sent to you: that code lets the sender take over your account.',
      codeRequest.span,
    );
    if (!requests.some((r) => r.kind === 'code')) requests.push({ kind: 'code', span: codeSpan! });
  }
  const opener =
    count('wrong-number') >= 2 ? has('wrong-number')!.span : findStrangerOpener(text, folded);
  const weigh = (cue: Cue, code: string, weight: number, text: string): void => {
    const c = has(cue);
    if (c !== undefined) e.add(code, weight, text, c.span);
  };
  weigh(
    'gift-card',
    'ASKS_FOR_GIFT_CARD',
    W.ASKS_FOR_GIFT_CARD,
    'It asks for payment in gift cards, which only scammers want.',
  );
  weigh(
    'safe-account',
    'SAFE_ACCOUNT',
    W.SAFE_ACCOUNT,
    'It asks you to move money to a "safe" account: banks never do.',
  );
  weigh(
    'remote-access',
    'REMOTE_ACCESS',
    W.REMOTE_ACCESS,
    'It asks you to install a remote-access app, which hands over your phone or computer.',
  );
  if (dontShare === undefined) {
    weigh('card-data', 'ASKS_FOR_CARD', W.ASKS_FOR_CARD, 'It asks for card details.');
    weigh('pin-password', 'ASKS_FOR_PIN', W.ASKS_FOR_PIN, 'It asks for a PIN or password.');
  }
  if (
    has('crypto') !== undefined &&
    (has('investment') !== undefined || has('transfer') !== undefined)
  )
    weigh(
      'crypto',
      'CRYPTO_PAYMENT',
      W.CRYPTO_PAYMENT,
      'It wants crypto-currency, which cannot be got back once sent.',
    );
  weigh(
    'secrecy',
    'SECRECY',
    W.SECRECY,
    'It asks you to keep it secret, to stop you checking with anyone.',
  );
  // A relative's name or a new number alone is everyday chat; the scam says both, or asks for
  // money or a move to another app with it.
  const moves = urls.some((u) => u.moveToChat !== null) || has('transfer') !== undefined;
  if (count('family') >= 2 || (count('family') === 1 && moves))
    weigh(
      'family',
      'NEW_NUMBER_FAMILY',
      W.NEW_NUMBER_FAMILY,
      'It claims to be a relative writing from a new number, the "Hi Mum" scam.',
    );
  // Likewise "wrong number" alone is a reply people send; the opener names someone and a meeting.
  if (opener !== null)
    e.add(
      'STRANGER_OPENER',
      W.STRANGER_OPENER,
      'It opens a chat with a stranger "by mistake", the start of romance and investment scams.',
      opener,
    );
  weigh('prize', 'PRIZE', W.PRIZE, 'It says you have won something you did not enter for.');
  weigh('job', 'JOB_OFFER', W.JOB_OFFER, 'It offers easy, well-paid work out of nowhere.');
  weigh(
    'investment',
    'INVESTMENT_PROMISE',
    W.INVESTMENT_PROMISE,
    'It promises returns on an investment.',
  );
  weigh(
    'threat',
    'THREAT',
    W.THREAT,
    'It threatens a penalty, a block or legal action to rush you.',
  );
  weigh('urgency', 'URGENCY', W.URGENCY, 'It pushes you to act at once.');
  weigh(
    'personal-data',
    'ASKS_FOR_PERSONAL_DATA',
    W.ASKS_FOR_PERSONAL_DATA,
    'It asks for personal data such as a date of birth or ID number.',
  );
  const linked = unofficial.length > 0;
  if (linked) {
    if (
      has('delivery-problem') !== undefined ||
      (has('delivery') !== undefined && has('fee') !== undefined)
    )
      weigh(
        has('delivery-problem') !== undefined ? 'delivery-problem' : 'fee',
        'DELIVERY_LURE',
        W.DELIVERY_LURE,
        "It reports a delivery problem and sends you to a link that is not the carrier's.",
      );
    weigh(
      'account-problem',
      'ACCOUNT_LURE',
      W.ACCOUNT_LURE,
      'It says your account has a problem and sends you to a link to fix it.',
    );
    if (has('toll') !== undefined || has('refund') !== undefined || has('government') !== undefined)
      weigh(
        has('toll') !== undefined ? 'toll' : has('refund') !== undefined ? 'refund' : 'government',
        'AUTHORITY_LURE',
        W.AUTHORITY_LURE,
        'It speaks for a tax office, toll or authority and sends you to an unofficial link.',
      );
    weigh(
      'points-expire',
      'POINTS_LURE',
      W.POINTS_LURE,
      'It says your points are about to expire and sends you to a link to use them.',
    );
    weigh('fee', 'FEE_LURE', W.FEE_LURE, 'It asks for a small payment through a link.');
  }
  if (
    dontShare !== undefined &&
    codeNoticeSpan === undefined &&
    codeRequest === undefined &&
    has('safe-account') === undefined &&
    unofficial.length === 0
  )
    e.add(
      'SAFETY_ADVICE',
      W.SAFETY_ADVICE,
      'It gives the safety advice genuine banks and services give: never share codes, use the number on your card.',
      dontShare.span,
    );
  if (codeRequest === undefined && codeNoticeSpan !== undefined && unofficial.length === 0) {
    if (dontShare !== undefined)
      e.add(
        'CODE_NOTICE',
        W.CODE_NOTICE,
        'It only delivers a one-time code and warns you not to share it, as genuine services do.',
        dontShare.span,
      );
    else e.add('CODE_NOTICE', W.CODE_NOTICE, 'It only delivers a one-time code.', codeNoticeSpan);
  }

  const asksForSomething = requests.some((r) =>
    [
      'code',
      'pin-password',
      'card-data',
      'gift-card',
      'crypto',
      'transfer',
      'remote-access',
    ].includes(r.kind),
  );
  // In season, a retailer's plain link is what genuine offers look like; a lure's link is not.
  const suspiciousLink = unofficial.some(isSuspiciousLink);
  // The date: shopping events and the delivery peak after them.
  const received = parseReceived(input.receivedAt);
  const event = has('shopping-event');
  if (event !== undefined) {
    const name = text.slice(event.span.start, event.span.end);
    const known = eventNamed(name);
    if (received !== null && known !== null && !inSeason(known, received))
      e.add(
        'EVENT_OUT_OF_SEASON',
        W.EVENT_OUT_OF_SEASON,
        `It names a shopping event (${name}) far from its date.`,
        event.span,
        'receivedAt',
      );
    else if (suspiciousLink)
      e.add(
        'EVENT_LURE',
        W.EVENT_LURE,
        `It rides on a shopping event (${name}) with a link that is not the retailer's; fake deals flood in with the real ones.`,
        event.span,
      );
  }
  if (
    received !== null &&
    linked &&
    has('delivery-problem') !== undefined &&
    isDeliveryPeak(received)
  )
    e.add(
      'DELIVERY_PEAK',
      W.DELIVERY_PEAK,
      'It arrives in the weeks after a shopping event, when fake delivery notices peak.',
      has('delivery-problem')!.span,
      'receivedAt',
    );

  // A business sender ID, nothing risky in the links, nothing asked: how genuine alerts,
  // reminders and notices arrive. Spoofed IDs carry a lure, which the rules above weigh.
  const alphanumericSender = sender !== undefined && sender !== '' && isAlphanumericSender(sender);
  if (alphanumericSender && !suspiciousLink && !asksForSomething && e.total <= 0.5)
    e.add(
      'BUSINESS_SENDER',
      senderBrand !== null ? W.BUSINESS_SENDER - 0.5 : W.BUSINESS_SENDER,
      senderBrand !== null
        ? `It comes from ${senderBrand.name}'s sender ID and asks for nothing risky.`
        : 'It comes from a business sender ID, links nowhere suspicious and asks for nothing risky.',
      undefined,
      'sender',
    );

  // The text model.
  const calibration = calibrationOf(deps.model);
  const modelLogit = deps.model.logit(textForModel(text, taken));
  // The model knows only two old corpora: out of their domain it is confidently wrong, so its
  // say is bounded and the rules, which know what links and requests mean, can outweigh it.
  // The training texts are English: elsewhere the model's calibrated word is worth half, the
  // other half going to a neutral prior.
  const language = detectLanguage(text);
  const trust = language === null || language === 'en' ? 1 : 0.5;
  const calibrated = Math.max(
    MODEL_MIN,
    Math.min(MODEL_MAX, calibration.modelScale * modelLogit + calibration.bias),
  );
  const modelPart = NEUTRAL_PRIOR + trust * (calibrated - NEUTRAL_PRIOR);
  if (trace !== undefined) trace.rules = e.total;
  const score = sigmoid(modelPart + e.total);
  const verdict = verdictOf(score);
  const modelP = sigmoid(modelLogit);
  if (modelP >= 0.5 && verdict !== 'ok')
    e.reasons.push({
      code: 'SCAM_WORDING',
      text: `Its wording resembles known scam and spam messages (text model ${(modelP * 100).toFixed(0)}%).`,
      weight: modelPart,
    });
  if (e.reasons.length === 0 || (verdict === 'ok' && e.reasons.every((r) => r.weight > 0)))
    e.reasons.push({
      code: verdict === 'ok' ? 'NO_SCAM_SIGNALS' : 'SCAM_WORDING',
      text:
        verdict === 'ok'
          ? `No link to an unofficial site, no request for codes, money or data, and its wording is unlike known scams (text model ${(modelP * 100).toFixed(0)}%).`
          : `Its wording resembles known scam and spam messages (text model ${(modelP * 100).toFixed(0)}%).`,
      weight: modelPart,
    });
  e.reasons.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));

  // The category: cues and brands vote.
  const votes = new Map<MessageCategory, number>();
  const vote = (c: MessageCategory, w: number): void => void votes.set(c, (votes.get(c) ?? 0) + w);
  for (const c of cues) {
    const v = CATEGORY_OF_CUE[c.cue];
    if (v !== undefined) vote(v[0], v[1]);
  }
  if (codeRequest !== undefined) vote('code-theft', 4);
  if (opener !== null) vote('wrong-number-romance', 3);
  for (const b of [...named, ...(senderBrand === null ? [] : [senderBrand])]) {
    const c = CATEGORY_OF_BRAND[b.kind];
    if (c !== undefined) vote(c, 1);
  }
  for (const u of urls) {
    const b = u.imitates === null ? null : brandById(u.imitates.brand);
    const c = b === null || b === undefined ? undefined : CATEGORY_OF_BRAND[b.kind];
    if (c !== undefined) vote(c, 1.5);
  }
  let category: MessageCategory = 'other';
  let best = 0;
  for (const [c, w] of votes)
    if (w > best) {
      best = w;
      category = c;
    }

  const asks = (k: RequestKind): boolean => requests.some((r) => r.kind === k);
  return {
    verdict,
    score,
    category,
    language,
    reasons: e.reasons,
    advice: adviceFor({
      verdict,
      category,
      hasLink: unofficial.length > 0,
      asksForCode: asks('code') || asks('pin-password'),
      asksForCard: asks('card-data'),
      asksForGiftCardOrCrypto: asks('gift-card') || asks('crypto'),
      asksForRemoteAccess: asks('remote-access'),
      recipientRegion: region ?? null,
    }),
    indicators: { urls, phones, emails, requests },
  };
}
