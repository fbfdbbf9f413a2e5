/**
 * What a caller said, from a transcript: what they ask for (codes, a "safe" account, remote
 * access, gift cards), who they claim to be and how they push. The transcript is what turns a
 * suspicious number into a scam.
 */
import type { Evidence } from './evidence.js';
import { findCues } from './lexicon.js';
import { findCodeTheft } from './patterns.js';
import type { Cue, CueMatch, MessageCategory, RequestIndicator, RequestKind } from './types.js';

/**
 * Cue, code, weight, reason and the request it makes, in order of preference: the first heard
 * names the call's category.
 */
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

/** The transcript's signals, and the cues and requests found in it. */
export function weighTranscript(
  e: Evidence,
  transcript: string,
): { cues: CueMatch[]; requests: RequestIndicator[] } {
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
    e.add(code, weight, text, c.span, 'transcript');
    if (kind !== null) requests.push({ kind, span: c.span });
  }
  if (neverAsk !== undefined && !e.reasons.some((r) => r.weight >= 3))
    e.add(
      'NEVER_ASKS',
      -1.5,
      'The caller says they will never ask for codes or passwords, as genuine banks do.',
      neverAsk.span,
      'transcript',
    );
  return { cues, requests };
}

/**
 * The category of the strongest request heard, else of the first cue that has one. Remote
 * access has none of its own ("other"): the story around it decides.
 */
export function categoryOfCall(cues: readonly CueMatch[]): MessageCategory {
  for (const [cue] of TRANSCRIPT_CUES) {
    const c = CATEGORY_OF[cue];
    if (c === undefined || !cues.some((m) => m.cue === cue)) continue;
    if (c !== 'other') return c;
    break;
  }
  for (const m of cues) {
    const c = CATEGORY_OF[m.cue];
    if (c !== undefined) return c;
  }
  return 'other';
}
