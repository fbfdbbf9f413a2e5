/**
 * The call analyser: is this caller a vishing attempt? Evidence comes from the caller's number
 * (read by the phone engine against the number called) and, when there is one, from what was
 * said. A number alone is rarely enough to call a scam: most signals here make a call
 * "suspicious", and the transcript decides.
 */
import { adviceFor } from './advice.js';
import type { AnalyserDeps } from './analyse.js';
import { verdictOf } from './analyse.js';
import { toIndicator } from './contacts.js';
import { findCues } from './lexicon.js';
import { findCodeTheft } from './patterns.js';
import { findUrls } from './urls.js';
import type {
  CallAnalysis,
  CallInput,
  Cue,
  CueMatch,
  MessageCategory,
  Reason,
  RequestIndicator,
  RequestKind,
} from './types.js';

/** Prior log-odds of a call being a scam before any evidence. */
const CALL_PRIOR = -3.5;

const TRANSCRIPT_CUES: readonly [Cue, string, number, string, RequestKind | null][] = [
  [
    'code-request',
    'ASKS_FOR_CODE',
    4,
    'The caller asks for a code sent to you: no bank or company ever does.',
    'code',
  ],
  [
    'safe-account',
    'SAFE_ACCOUNT',
    4,
    'The caller asks you to move money to a "safe" account: banks never do.',
    'transfer',
  ],
  [
    'remote-access',
    'REMOTE_ACCESS',
    3.5,
    'The caller asks you to install a remote-access app (AnyDesk, TeamViewer...).',
    'remote-access',
  ],
  ['gift-card', 'ASKS_FOR_GIFT_CARD', 3.5, 'The caller wants payment in gift cards.', 'gift-card'],
  ['pin-password', 'ASKS_FOR_PIN', 2.5, 'The caller asks for a PIN or password.', 'pin-password'],
  ['card-data', 'ASKS_FOR_CARD', 2.5, 'The caller asks for card details.', 'card-data'],
  [
    'crypto',
    'CRYPTO_PAYMENT',
    2,
    'The caller talks of crypto-currency payments or investments.',
    'crypto',
  ],
  ['transfer', 'ASKS_FOR_TRANSFER', 1.5, 'The caller asks you to transfer money.', 'transfer'],
  [
    'secrecy',
    'SECRECY',
    1.5,
    'The caller asks you to keep the call secret, even from your bank or family.',
    null,
  ],
  [
    'authority',
    'AUTHORITY_CLAIM',
    1.5,
    'The caller claims to be police, a court, a tax office or a bank security team.',
    null,
  ],
  ['threat', 'THREAT', 1.5, 'The caller threatens arrest, fines or a blocked account.', null],
  ['investment', 'INVESTMENT_PROMISE', 2, 'The caller promises investment returns.', null],
  ['prize', 'PRIZE', 2, 'The caller says you have won something.', null],
  ['family', 'FAMILY_EMERGENCY', 1.5, 'The caller claims to be a relative in trouble.', null],
  [
    'personal-data',
    'ASKS_FOR_PERSONAL_DATA',
    1,
    'The caller asks for personal data.',
    'personal-data',
  ],
  ['urgency', 'URGENCY', 1, 'The caller pushes you to act at once.', null],
  ['fee', 'ASKS_FOR_FEE', 1.5, 'The caller wants a fee paid before you get something.', 'transfer'],
  ['job', 'JOB_OFFER', 1.5, 'The caller offers work out of nowhere.', null],
  [
    'account-problem',
    'ACCOUNT_PROBLEM',
    1,
    'The caller says your account or card has a problem.',
    null,
  ],
];

const CATEGORY_OF: Partial<Record<Cue, MessageCategory>> = {
  'code-request': 'code-theft',
  'safe-account': 'bank-account',
  'card-data': 'bank-account',
  'pin-password': 'bank-account',
  bank: 'bank-account',
  'remote-access': 'other',
  'gift-card': 'government-tax-toll',
  government: 'government-tax-toll',
  authority: 'government-tax-toll',
  crypto: 'investment-crypto',
  investment: 'investment-crypto',
  prize: 'prize-lottery',
  family: 'family-impersonation',
  delivery: 'delivery',
  telecom: 'telecom',
  job: 'job',
};

export function analyseCallWith(deps: AnalyserDeps, input: CallInput): CallAnalysis {
  const reasons: Reason[] = [];
  const add = (code: string, weight: number, text: string, field: Reason['field']): void => {
    reasons.push({ code, text, weight, field });
  };
  const to =
    input.to === undefined
      ? null
      : toIndicator(
          deps.engine,
          input.to,
          { start: 0, end: input.to.length },
          input.recipientRegion,
        );
  const region = input.recipientRegion?.toUpperCase() ?? to?.region ?? undefined;
  const caller = toIndicator(deps.engine, input.from, { start: 0, end: input.from.length }, region);
  if (caller === null)
    add(
      'CALLER_INVALID',
      2,
      'The calling number cannot exist: it was spoofed or hidden behind a made-up number.',
      'from',
    );
  else {
    if (!caller.valid)
      add(
        'CALLER_UNALLOCATED',
        1.5,
        'The calling number is in no allocated range of its country: it is probably spoofed.',
        'from',
      );
    if (caller.type === 'PREMIUM_RATE')
      add(
        'CALLER_PREMIUM_RATE',
        2,
        'The caller uses a premium-rate number: calling back costs money.',
        'from',
      );
    if (region !== undefined && caller.region !== null && caller.region !== region)
      add(
        'INTERNATIONAL_CALLER',
        1,
        `An international number (${caller.region}) is calling a ${region} number.`,
        'from',
      );
    if (
      caller.region === '001' ||
      caller.type === 'VOIP' ||
      caller.type === 'PERSONAL_NUMBER' ||
      caller.type === 'UAN'
    )
      add(
        'NON_GEOGRAPHIC_CALLER',
        0.7,
        'The caller uses a non-geographic or internet number, which anyone can rent anywhere.',
        'from',
      );
    if (to !== null && to.e164 !== caller.e164 && caller.e164.length === to.e164.length) {
      // Neighbour spoofing: the same country code and the same leading digits as the number called.
      let same = 0;
      while (same < caller.e164.length && caller.e164[same] === to.e164[same]) same++;
      if (same >= caller.e164.length - 4)
        add(
          'NEIGHBOUR_SPOOFING',
          1.5,
          "The caller's number shares all but its last digits with yours, a trick to make you pick up.",
          'from',
        );
    }
  }
  const transcript = input.transcript ?? '';
  const cues: CueMatch[] = transcript === '' ? [] : findCues(transcript);
  const requests: RequestIndicator[] = [];
  const neverAsk = cues.find((c) => c.cue === 'do-not-share');
  // "Read me the code we just sent": the words come in any order (see patterns.ts).
  const theft =
    neverAsk === undefined && !cues.some((c) => c.cue === 'code-request')
      ? findCodeTheft(transcript)
      : null;
  if (theft !== null) cues.push({ cue: 'code-request', lang: 'en', span: theft });
  for (const [cue, code, weight, text, kind] of TRANSCRIPT_CUES) {
    const c = cues.find((m) => m.cue === cue);
    if (c === undefined) continue;
    // "We will never ask for your PIN" mentions a PIN without asking for it.
    if (
      neverAsk !== undefined &&
      (cue === 'pin-password' || cue === 'card-data' || cue === 'code-request')
    )
      continue;
    reasons.push({ code, text, weight, span: c.span, field: 'transcript' });
    if (kind !== null) requests.push({ kind, span: c.span });
  }
  if (neverAsk !== undefined && !reasons.some((r) => r.weight >= 3))
    reasons.push({
      code: 'NEVER_ASKS',
      text: 'The caller says they will never ask for codes or passwords, as genuine banks do.',
      weight: -1.5,
      span: neverAsk.span,
      field: 'transcript',
    });
  const total = reasons.reduce((s, r) => s + r.weight, CALL_PRIOR);
  const score = 1 / (1 + Math.exp(-total));
  const verdict = verdictOf(score);
  if (reasons.length === 0 || (verdict === 'ok' && reasons.every((r) => r.weight > 0)))
    reasons.push({
      code: 'NO_SCAM_SIGNALS',
      text:
        transcript === ''
          ? 'The number is valid and nothing about it matches known scam calls; without a transcript, only the number was judged.'
          : 'Nothing the caller said or the number matches known scam calls.',
      weight: 0,
      field: transcript === '' ? 'from' : 'transcript',
    });
  reasons.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  let category: MessageCategory = 'other';
  for (const [cue] of TRANSCRIPT_CUES) {
    const c = CATEGORY_OF[cue];
    if (c !== undefined && cues.some((m) => m.cue === cue)) {
      category = c;
      break;
    }
  }
  if (category === 'other')
    for (const m of cues) {
      const c = CATEGORY_OF[m.cue];
      if (c !== undefined) {
        category = c;
        break;
      }
    }
  const asks = (k: RequestKind): boolean => requests.some((r) => r.kind === k);
  return {
    verdict,
    score,
    category,
    reasons,
    advice: adviceFor({
      verdict,
      category,
      hasLink: false,
      asksForCode: asks('code') || asks('pin-password'),
      asksForCard: asks('card-data'),
      asksForGiftCardOrCrypto: asks('gift-card') || asks('crypto'),
      asksForRemoteAccess: asks('remote-access'),
      recipientRegion: region ?? null,
      call: true,
    }),
    caller,
    indicators: {
      urls: transcript === '' ? [] : findUrls(transcript),
      phones: [],
      emails: [],
      requests,
    },
  };
}
