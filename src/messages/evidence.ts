/**
 * Rule evidence: the weight of each rule signal, and the running sum of what one message shows.
 */
import type { Cue, CueMatch, Reason, Span, UrlIndicator } from './types.js';

/**
 * The weight of each rule signal, in log-odds: what one such piece of evidence says on its own.
 * Set from what is known of smishing, not fitted to the training corpora (see the top).
 */
export const W = {
  IP_ADDRESS_LINK: 3,
  MIXED_SCRIPT_DOMAIN: 3.5,
  MOVE_TO_CHAT: 1.5,
  ABUSED_TLD: 1.5,
  SHORTENED_LINK: 1,
  BRAND_LINK_MISMATCH: 2.5,
  OFFICIAL_LINKS: -4.5,
  EMAIL_SENDER: 0.8,
  SENDER_BRAND_MISMATCH: 1.5,
  SENDER_INVALID_NUMBER: 1.2,
  SENDER_PREMIUM_RATE: 2,
  SENDER_FOREIGN: 0.8,
  PERSONAL_NUMBER_CLAIMS_BRAND: 1.5,
  SENDER_REGION_MISMATCH: 1.2,
  PREMIUM_RATE_NUMBER: 2,
  FOREIGN_NUMBER: 0.7,
  MOBILE_POSING_AS_COMPANY: 1,
  FREE_MAIL_CONTACT: 1,
  ASKS_FOR_CODE: 5,
  SAFETY_ADVICE: -2,
  BUSINESS_SENDER: -1.5,
  CODE_NOTICE: -3,
  EVENT_OUT_OF_SEASON: 1.5,
  EVENT_LURE: 0.8,
  DELIVERY_PEAK: 0.5,
  ASKS_FOR_GIFT_CARD: 3.5,
  SAFE_ACCOUNT: 4.5,
  REMOTE_ACCESS: 3.5,
  ASKS_FOR_CARD: 2,
  ASKS_FOR_PIN: 1.5,
  CRYPTO_PAYMENT: 1.5,
  SECRECY: 1.5,
  NEW_NUMBER_FAMILY: 3,
  STRANGER_OPENER: 2.5,
  PRIZE: 1.5,
  JOB_OFFER: 1.5,
  INVESTMENT_PROMISE: 1.5,
  THREAT: 0.8,
  URGENCY: 0.5,
  ASKS_FOR_PERSONAL_DATA: 1,
  DELIVERY_LURE: 2,
  ACCOUNT_LURE: 2,
  AUTHORITY_LURE: 2,
  POINTS_LURE: 2,
  FEE_LURE: 1.5,
  LOOKALIKE_DOMAIN: 4,
  BRAND_IN_SUBDOMAIN: 4,
  BRAND_IN_DOMAIN: 2.5,
  BRAND_IN_PATH: 2,
} as const;

/**
 * Top-level domains with the highest phishing abuse rates in public reports (Interisle
 * Phishing Landscape 2023-2024, Spamhaus TLD statistics). A link there is weak evidence.
 */
export const ABUSED_TLDS = new Set(
  'top xyz icu cn tk ml ga cf gq buzz cyou sbs bond cfd click link live shop vip online site info cc ws fun rest lol mom pw store best ink win bar today'.split(
    ' ',
  ),
);

/** A link that is more than a plain site: imitation, raw IP, shortener, mixed script, abused TLD. */
export function isSuspiciousLink(u: UrlIndicator): boolean {
  return (
    u.imitates !== null ||
    u.isIp ||
    u.isShortener ||
    u.mixedScript ||
    ABUSED_TLDS.has(u.publicSuffix?.split('.').pop() ?? '')
  );
}

export class Evidence {
  readonly reasons: Reason[] = [];
  /** The prior, then each reason's weight added in the order found. */
  total: number;

  constructor(prior = 0) {
    this.total = prior;
  }

  add(code: string, weight: number, text: string, span?: Span, field?: Reason['field']): void {
    if (this.reasons.some((r) => r.code === code)) return;
    this.reasons.push({
      code,
      text,
      weight,
      ...(span === undefined ? {} : { span }),
      field: field ?? 'text',
    });
    this.total += weight;
  }
}

/**
 * A function that weighs the first mention of a cue, when there is one, at the weight of its
 * rule: for the many rules that are a cue and nothing more.
 */
export function cueWeigher(
  e: Evidence,
  found: { readonly cues: readonly CueMatch[] },
): (cue: Cue, code: keyof typeof W, text: string) => void {
  return (cue, code, text) => {
    const c = found.cues.find((m) => m.cue === cue);
    if (c !== undefined) e.add(code, W[code], text, c.span);
  };
}
