/**
 * What a message asks for, and how to tell a request from a warning: "send me the code" is
 * theft, "never share this code" is what genuine services write, and a code with nothing asked
 * is a one-time code being delivered.
 */
import { W, cueWeigher, type Evidence } from './evidence.js';
import { firstCue, mentions, type MessageText } from './message-text.js';
import { findCodeNotice, findCodeTheft, findNeverShare } from './patterns.js';
import type { Cue, RequestIndicator, RequestKind, Span, UrlIndicator } from './types.js';

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

/** Requests that hand over an account or money outright, unlike a click or a reply. */
const RISKY: ReadonlySet<RequestKind> = new Set([
  'code',
  'pin-password',
  'card-data',
  'gift-card',
  'crypto',
  'transfer',
  'remote-access',
]);

export interface Requests {
  /** One per kind, at its first mention. */
  readonly requests: RequestIndicator[];
  /** "Do not share this code", "we will never ask for…". */
  readonly warning: Span | undefined;
  /** A one-time code stated ("your verification code is…"). */
  readonly codeNotice: Span | undefined;
  /** A request to pass on a code sent to the reader. */
  readonly codeRequest: Span | undefined;
}

export function findRequests(m: MessageText): Requests {
  const { text, folded } = m;
  const requests: RequestIndicator[] = [];
  for (const c of m.cues) {
    const kind = REQUEST_OF_CUE[c.cue];
    if (kind !== undefined && !requests.some((r) => r.kind === kind))
      requests.push({ kind, span: c.span });
  }
  const warning = firstCue(m, 'do-not-share')?.span ?? findNeverShare(text, folded) ?? undefined;
  const codeNotice = firstCue(m, 'code-notice')?.span ?? findCodeNotice(text, folded) ?? undefined;
  // The pattern would read "never send this code to anyone" as a request.
  const codeRequest =
    firstCue(m, 'code-request')?.span ??
    (warning === undefined ? findCodeTheft(text, folded) : null) ??
    undefined;
  if (codeRequest !== undefined && !requests.some((r) => r.kind === 'code'))
    requests.push({ kind: 'code', span: codeRequest });
  return { requests, warning, codeNotice, codeRequest };
}

export function asksForSomethingRisky(requests: readonly RequestIndicator[]): boolean {
  return requests.some((r) => RISKY.has(r.kind));
}

/** What is asked: a code, gift cards, a "safe" account, remote access, card data, crypto. */
export function weighRequests(e: Evidence, m: MessageText, r: Requests): void {
  if (r.codeRequest !== undefined)
    e.add(
      'ASKS_FOR_CODE',
      W.ASKS_FOR_CODE,
      'It asks you to pass on a code that was sent to you: that code lets the sender take over your account.',
      r.codeRequest,
    );
  const ask = cueWeigher(e, m);
  ask(
    'gift-card',
    'ASKS_FOR_GIFT_CARD',
    'It asks for payment in gift cards, which only scammers want.',
  );
  ask(
    'safe-account',
    'SAFE_ACCOUNT',
    'It asks you to move money to a "safe" account: banks never do.',
  );
  ask(
    'remote-access',
    'REMOTE_ACCESS',
    'It asks you to install a remote-access app, which hands over your phone or computer.',
  );
  // "We will never ask for your card or PIN" names them without asking for them.
  if (r.warning === undefined) {
    ask('card-data', 'ASKS_FOR_CARD', 'It asks for card details.');
    ask('pin-password', 'ASKS_FOR_PIN', 'It asks for a PIN or password.');
  }
  if (mentions(m, 'investment') || mentions(m, 'transfer'))
    ask(
      'crypto',
      'CRYPTO_PAYMENT',
      'It wants crypto-currency, which cannot be got back once sent.',
    );
}

/**
 * The safety advice and the plain one-time codes genuine services send, when nothing in the
 * message contradicts them (a code asked for, a "safe" account, a link that is not official).
 */
export function weighReassurance(
  e: Evidence,
  m: MessageText,
  r: Requests,
  unofficial: readonly UrlIndicator[],
): void {
  if (r.codeRequest !== undefined || unofficial.length > 0) return;
  if (r.warning !== undefined && r.codeNotice === undefined && !mentions(m, 'safe-account'))
    e.add(
      'SAFETY_ADVICE',
      W.SAFETY_ADVICE,
      'It gives the safety advice genuine banks and services give: never share codes, use the number on your card.',
      r.warning,
    );
  if (r.codeNotice === undefined) return;
  if (r.warning !== undefined)
    e.add(
      'CODE_NOTICE',
      W.CODE_NOTICE,
      'It only delivers a one-time code and warns you not to share it, as genuine services do.',
      r.warning,
    );
  else e.add('CODE_NOTICE', W.CODE_NOTICE, 'It only delivers a one-time code.', r.codeNotice);
}
