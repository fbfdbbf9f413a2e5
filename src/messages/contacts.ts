/**
 * Phone numbers and e-mail addresses written in a message, and the sender's number: what kind
 * of number it is (premium rate, foreign, a personal mobile) comes from the phone engine.
 */
import type { PhoneEngine } from '../phone/index.js';
import type { EmailIndicator, PhoneIndicator, Span } from './types.js';

// Numbers written with the international prefix 00 instead of +, for a message without a
// recipient's region: the engine's matcher reads digits without + only in a region.
const IDD_RUN = /(?<![\d\p{L}])00[1-9](?:[ .\-()/\u00a0]{0,2}\d){6,15}(?![\d\p{L}])/gu;
/** Digits a number in a message is written with at least (calling code included). */
const MIN_WRITTEN_DIGITS = 7;
const countDigits = (s: string): number => s.replace(/\D/gu, '').length;
/** 1.250.000 or 1,250,000: an amount written with thousands separators, not a number. */
const AMOUNT = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/u;
/** A letter or a digit: a number glued to one is part of a word, a code or a reference. */
const WORD_CHAR = /[\p{L}\d]/u;
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
 * Phone numbers in the text, outside the spans already taken (links, e-mail addresses), found by
 * the phone engine's matcher (libphonenumber's, at POSSIBLE leniency: a number need not be valid
 * to be worth weighing; an extension stays apart; dates and times are not numbers). A national
 * number is read in the recipient's region; without one only international numbers (with + or
 * 00) are kept. A number glued to a letter or a digit is part of something else, and one written
 * with fewer than seven digits is taken for an amount, a date or a code.
 */
export function findPhones(
  engine: PhoneEngine,
  text: string,
  region: string | undefined,
  taken: readonly Span[],
): PhoneIndicator[] {
  const phones: PhoneIndicator[] = [];
  const keep = (span: Span, indicator: () => PhoneIndicator | null): void => {
    const found = phones.map((p) => p.span);
    if (overlaps(span, taken) || overlaps(span, found)) return;
    if (WORD_CHAR.test(text[span.start - 1] ?? '') || WORD_CHAR.test(text[span.end] ?? '')) return;
    const phone = indicator();
    if (phone !== null) phones.push(phone);
  };
  for (const found of engine.findNumbers(text, { defaultRegion: region, leniency: 'POSSIBLE' })) {
    const span = { start: found.start, end: found.end };
    // Short runs are amounts, dates, codes and references far more often than numbers.
    const written = countDigits(text.slice(span.start, span.end));
    if (written - countDigits(found.extension ?? '') < MIN_WRITTEN_DIGITS) continue;
    if (AMOUNT.test(text.slice(span.start, span.end))) continue;
    keep(span, () => ({
      text: text.slice(span.start, span.end),
      span,
      e164: found.e164,
      region: found.region,
      type: found.type,
      valid: found.valid,
    }));
  }
  if (region === undefined)
    for (const match of text.matchAll(IDD_RUN)) {
      const span = { start: match.index, end: match.index + match[0].length };
      keep(span, () => toIndicator(engine, match[0], span, undefined));
    }
  return phones.sort((a, b) => a.span.start - b.span.start);
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
