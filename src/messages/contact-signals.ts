/**
 * The numbers and e-mail addresses a message gives as its contact: a premium-rate or foreign
 * number, a personal mobile posing as a company's line, a free mail address speaking for an
 * organisation.
 */
import type { PhoneEngine } from '../phone/index.js';
import { findPhones } from './contacts.js';
import { W, type Evidence } from './evidence.js';
import { mentions, type MessageText } from './message-text.js';
import type { PhoneIndicator } from './types.js';

/**
 * The contact signals, and the phone numbers written in the text. National numbers are read in
 * `senderRegion`: the recipient's region, else the sender number's.
 */
export function weighContacts(
  e: Evidence,
  engine: PhoneEngine,
  m: MessageText,
  senderRegion: string | undefined,
): PhoneIndicator[] {
  const phones = findPhones(engine, m.text, senderRegion, m.taken);
  for (const p of phones) weighPhone(e, p, m);
  const speaksForSomeone = m.named.length > 0 || mentions(m, 'prize') || mentions(m, 'government');
  for (const a of m.emails)
    if (a.freeMail && speaksForSomeone)
      e.add(
        'FREE_MAIL_CONTACT',
        W.FREE_MAIL_CONTACT,
        `It gives a free mail address (${a.domain}) as the contact of an organisation.`,
        a.span,
      );
  return phones;
}

function weighPhone(e: Evidence, p: PhoneIndicator, m: MessageText): void {
  if (p.type === 'PREMIUM_RATE')
    e.add(
      'PREMIUM_RATE_NUMBER',
      W.PREMIUM_RATE_NUMBER,
      `It asks you to use ${p.text}, a premium-rate number that costs money to call or text.`,
      p.span,
    );
  else if (m.region !== undefined && p.region !== null && p.region !== m.region)
    e.add(
      'FOREIGN_NUMBER',
      W.FOREIGN_NUMBER,
      `The number ${p.text} is in another country (${p.region}).`,
      p.span,
    );
  else if (p.type === 'MOBILE' && m.named.some((b) => b.kind !== 'social'))
    e.add(
      'MOBILE_POSING_AS_COMPANY',
      W.MOBILE_POSING_AS_COMPANY,
      `The company's "contact number" ${p.text} is a personal mobile.`,
      p.span,
    );
}
