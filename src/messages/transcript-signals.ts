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
    'The caller says your money is at risk and must be moved to a "safe" account or otherwise "protected": banks never ask this.',
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
    'The caller asks you to keep the call secret or to hide what it is about, even from your bank or family.',
    null,
  ],
  [
    'stay-on-line',
    'STAY_ON_LINE',
    1.5,
    'The caller insists you stay on the line, so that you cannot hang up and check with your bank or someone you trust.',
    null,
  ],
  [
    'authority',
    'AUTHORITY_CLAIM',
    1.5,
    'The caller invokes the police, a court, customs, a tax office or a bank security team.',
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

/** Every reason a transcript can give, in the order of TRANSCRIPT_CUES, then the reassurance. */
export const TRANSCRIPT_REASONS: readonly string[] = [
  ...TRANSCRIPT_CUES.map(([, code]) => code),
  'NEVER_ASKS',
];

/** What a caller asks for: named by a warning ("we will never ask for your PIN"), it is not asked. */
const ASKED: ReadonlySet<Cue> = new Set<Cue>([
  'code-request',
  'pin-password',
  'card-data',
  'remote-access',
  'gift-card',
  'safe-account',
  'transfer',
  'personal-data',
  'fee',
]);

const CONTRADICTS_WARNING: ReadonlySet<RequestKind> = new Set([
  'code',
  'pin-password',
  'card-data',
]);

/** Crypto is a payment or an investment only when there is one: else it is a topic of talk. */
const CRYPTO_CONTEXT: readonly Cue[] = ['transfer', 'investment', 'fee', 'safe-account', 'threat'];

/** Words that count a code's digits ("the nine-digit number"), not a code. */
const DIGIT_WORDS = /^(?:digits?|zahl|cifre|chiffres|d[ií]gitos|haneli)$/iu;

/** A sentence's end: a warning reaches no further. */
const SENTENCE_END = /[.!?\n\u3002\uff01\uff1f\u061f]/u;

/** "But" in the languages of the phrase lists: what follows a warning is said in spite of it. */
const CONTRAST =
  /(?<!\p{L})(?:but|however|though|although|except|mais|cependant|pero|sin embargo|però|tuttavia|mas|porém|aber|jedoch|doch|ama|fakat|ancak|но|однако|tapi|tetapi|namun|lekin|magar|لكن|بس)(?!\p{L})/iu;

/**
 * True when a warning phrase covers the cue: both in one sentence, nothing between them that
 * turns the sentence round ("we never ask for this, but read me the code" asks for it).
 */
function warnedOf(transcript: string, cue: CueMatch, warnings: readonly CueMatch[]): boolean {
  return warnings.some((w) => {
    const between =
      w.span.end <= cue.span.start
        ? transcript.slice(w.span.end, cue.span.start)
        : cue.span.end <= w.span.start
          ? transcript.slice(cue.span.end, w.span.start)
          : '';
    return !SENTENCE_END.test(between) && !CONTRAST.test(between);
  });
}

/** The transcript's signals, and the cues and requests found in it. */
export function weighTranscript(
  e: Evidence,
  transcript: string,
): { cues: CueMatch[]; requests: RequestIndicator[] } {
  const cues: CueMatch[] = transcript === '' ? [] : findCues(transcript);
  const requests: RequestIndicator[] = [];
  const warnings = cues.filter((c) => c.cue === 'do-not-share');
  const heard = (cue: Cue): boolean => cues.some((m) => m.cue === cue);
  // "Read me the code we just sent": the words come in any order (see patterns.ts). Not when
  // the digits asked for are the card's or a remote-access app's: those reasons say so.
  if (!heard('code-request')) {
    const theft = findCodeTheft(transcript);
    const digitsOfSomethingElse =
      theft !== null &&
      DIGIT_WORDS.test(transcript.slice(theft.start, theft.end)) &&
      (heard('card-data') || heard('remote-access'));
    if (theft !== null && !digitsOfSomethingElse)
      cues.push({ cue: 'code-request', lang: 'en', span: theft });
  }
  for (const [cue, code, weight, text, kind] of TRANSCRIPT_CUES) {
    // The first mention that is not the object of a warning is the evidence.
    const c = ASKED.has(cue)
      ? cues.find((m) => m.cue === cue && !warnedOf(transcript, m, warnings))
      : cues.find((m) => m.cue === cue);
    if (c === undefined) continue;
    if (cue === 'crypto' && !CRYPTO_CONTEXT.some(heard)) continue;
    e.add(code, weight, text, c.span, 'transcript');
    if (kind !== null) requests.push({ kind, span: c.span });
  }
  // The reassurance is void once the caller asks for what it says they never ask for.
  const neverAsk = warnings[0];
  const contradicted = requests.some((r) => CONTRADICTS_WARNING.has(r.kind));
  if (neverAsk !== undefined && !contradicted && !e.reasons.some((r) => r.weight >= 3))
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
