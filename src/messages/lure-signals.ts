/**
 * The lure: who the message claims to be, what it promises, how it rushes you, and the problem
 * it sends you to a link to fix. A story alone weighs little (families do change numbers,
 * people do write to a wrong number); the weight goes to a story told with what scams add.
 */
import { W, cueWeigher, type Evidence } from './evidence.js';
import { countCue, firstCue, mentions, type MessageText } from './message-text.js';
import { findFamilyOpener, findStrangerOpener } from './patterns.js';
import type { Span, UrlIndicator } from './types.js';

/** A stranger's chat opener ("Is this Anna? Nice to meet you at the dinner"), or null. */
export function findOpener(m: MessageText): Span | null {
  return countCue(m, 'wrong-number') >= 2
    ? firstCue(m, 'wrong-number')!.span
    : findStrangerOpener(m.text, m.folded);
}

export function weighStory(e: Evidence, m: MessageText, opener: Span | null): void {
  const tell = cueWeigher(e, m);
  tell('secrecy', 'SECRECY', 'It asks you to keep it secret, to stop you checking with anyone.');
  // A relative's name or a new number alone is everyday chat; the scam says both, or asks for
  // money or a move to another app with it.
  const moves = m.urls.some((u) => u.moveToChat !== null) || mentions(m, 'transfer');
  const family = countCue(m, 'family');
  const familyText = 'It claims to be a relative writing from a new number, the "Hi Mum" scam.';
  if (family >= 2 || (family === 1 && moves)) tell('family', 'NEW_NUMBER_FAMILY', familyText);
  // The same opener in words the phrase lists do not hold, or in another order.
  const familyOpener = findFamilyOpener(m.text, m.folded);
  if (familyOpener !== null)
    e.add('NEW_NUMBER_FAMILY', W.NEW_NUMBER_FAMILY, familyText, familyOpener);
  // Likewise "wrong number" alone is a reply people send; the opener names someone and a meeting.
  if (opener !== null)
    e.add(
      'STRANGER_OPENER',
      W.STRANGER_OPENER,
      'It opens a chat with a stranger "by mistake", the start of romance and investment scams.',
      opener,
    );
  tell('prize', 'PRIZE', 'It says you have won something you did not enter for.');
  tell('job', 'JOB_OFFER', 'It offers easy, well-paid work out of nowhere.');
  tell('investment', 'INVESTMENT_PROMISE', 'It promises returns on an investment.');
  tell('threat', 'THREAT', 'It threatens a penalty, a block or legal action to rush you.');
  tell('urgency', 'URGENCY', 'It pushes you to act at once.');
  tell(
    'personal-data',
    'ASKS_FOR_PERSONAL_DATA',
    'It asks for personal data such as a date of birth or ID number.',
  );
}

/** A problem to fix through a link; without an unofficial link, the same words are a notice. */
export function weighLinkedLures(
  e: Evidence,
  m: MessageText,
  unofficial: readonly UrlIndicator[],
): void {
  if (unofficial.length === 0) return;
  const lure = cueWeigher(e, m);
  // A failed delivery, or a parcel with a fee to pay.
  if (mentions(m, 'delivery-problem') || mentions(m, 'delivery'))
    lure(
      mentions(m, 'delivery-problem') ? 'delivery-problem' : 'fee',
      'DELIVERY_LURE',
      "It reports a delivery problem and sends you to a link that is not the carrier's.",
    );
  lure(
    'account-problem',
    'ACCOUNT_LURE',
    'It says your account has a problem and sends you to a link to fix it.',
  );
  const authority = (['toll', 'refund', 'government'] as const).find((c) => mentions(m, c));
  if (authority !== undefined)
    lure(
      authority,
      'AUTHORITY_LURE',
      'It speaks for a tax office, toll or authority and sends you to an unofficial link.',
    );
  lure(
    'points-expire',
    'POINTS_LURE',
    'It says your points are about to expire and sends you to a link to use them.',
  );
  lure('fee', 'FEE_LURE', 'It asks for a small payment through a link.');
}
