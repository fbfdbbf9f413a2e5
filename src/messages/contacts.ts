/**
 * Phone numbers and e-mail addresses written in a message, and the sender's number: what kind
 * of number it is (premium rate, foreign, a personal mobile) comes from the phone engine.
 */
import type { PhoneEngine } from '../phone/index.js';
import type { EmailIndicator, PhoneIndicator, Span } from './types.js';

// A run of 7 to 17 digits, led by + or 00 or not, with at most two separators between digits.
const PHONE_RUN = /(?:\+|(?<![\d\p{L}])(?=\d))\d(?:[ .\-()/\u00a0]{0,2}\d){6,16}(?![\d\p{L}])/gu;
const EMAIL = /[\p{L}\d._%+-]+@((?:[\p{L}\d-]+\.)+[\p{L}]{2,})/gu;

/** Free mail providers: a company or authority does not write from one. */
const FREE_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.fr',
  'ymail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'hotmail.fr',
  'hotmail.it',
  'outlook.com',
  'live.com',
  'msn.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'proton.me',
  'protonmail.com',
  'yandex.ru',
  'yandex.com',
  'mail.ru',
  'bk.ru',
  'inbox.ru',
  'list.ru',
  'rambler.ru',
  'libero.it',
  'virgilio.it',
  'orange.fr',
  'laposte.net',
  'free.fr',
  'rediffmail.com',
  'qq.com',
  '163.com',
  'zoho.com',
  'tutanota.com',
]);

export function overlaps(span: Span, taken: readonly Span[]): boolean {
  return taken.some((t) => span.start < t.end && t.start < span.end);
}

export function toIndicator(
  engine: PhoneEngine,
  text: string,
  span: Span,
  region: string | undefined,
): PhoneIndicator | null {
  const parsed = engine.parse(text, region === undefined ? undefined : { defaultRegion: region });
  if (!parsed.ok || !parsed.possible) return null;
  return {
    text,
    span,
    e164: parsed.e164,
    region: parsed.region,
    type: parsed.type,
    valid: parsed.valid,
  };
}

/**
 * Phone numbers in the text, outside the spans already taken (links, e-mail addresses). A
 * national number is read in the recipient's region; without one only international numbers
 * (with + or 00) are kept.
 */
export function findPhones(
  engine: PhoneEngine,
  text: string,
  region: string | undefined,
  taken: readonly Span[],
): PhoneIndicator[] {
  const phones: PhoneIndicator[] = [];
  for (const match of text.matchAll(PHONE_RUN)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (overlaps(span, taken)) continue;
    const written = match[0];
    if (region === undefined && !written.startsWith('+') && !written.startsWith('00')) continue;
    const indicator = toIndicator(engine, written, span, region);
    if (indicator !== null) phones.push(indicator);
  }
  return phones;
}

export function findEmails(text: string): EmailIndicator[] {
  const emails: EmailIndicator[] = [];
  for (const match of text.matchAll(EMAIL)) {
    const domain = match[1]!.toLowerCase();
    emails.push({
      text: match[0],
      span: { start: match.index, end: match.index + match[0].length },
      domain,
      freeMail: FREE_MAIL.has(domain),
    });
  }
  return emails;
}

/** A sender ID that is not a number: letters, maybe digits, up to 11 characters in SMS. */
export function isAlphanumericSender(sender: string): boolean {
  return /\p{L}/u.test(sender) && !sender.includes('@');
}
