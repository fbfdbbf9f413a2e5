/**
 * The sender's signals: an e-mail address (iMessage and RCS scams), a sender ID that names
 * another brand than the text, or a phone number that is invalid, premium rate, foreign, or a
 * personal mobile speaking for a company. Last, once every other rule has spoken, whether the
 * sender looks like a business sending an ordinary notice.
 */
import type { PhoneEngine } from '../phone/index.js';
import { brandsNamedIn } from './brands.js';
import { isAlphanumericSender, toIndicator } from './contacts.js';
import { W, type Evidence } from './evidence.js';
import type { Brand, PhoneIndicator, UrlIndicator } from './types.js';

export interface SenderContext {
  readonly sender: string | undefined;
  readonly region: string | undefined;
  readonly named: readonly Brand[];
  readonly urls: readonly UrlIndicator[];
}

export function weighSender(
  e: Evidence,
  engine: PhoneEngine,
  context: SenderContext,
): { senderBrand: Brand | null; senderRegion: string | undefined } {
  const { sender, region } = context;
  if (sender === undefined || sender === '') return { senderBrand: null, senderRegion: region };
  if (sender.includes('@')) {
    e.add(
      'EMAIL_SENDER',
      W.EMAIL_SENDER,
      'It was sent from an e-mail address, as iMessage and RCS scams are; companies send SMS from a name or short code.',
      undefined,
      'sender',
    );
    return { senderBrand: null, senderRegion: region };
  }
  if (isAlphanumericSender(sender))
    return { senderBrand: weighSenderId(e, sender, context), senderRegion: region };
  return { senderBrand: null, senderRegion: weighSenderNumber(e, engine, sender, context) };
}

/** The brand a sender ID stands for, weighing an ID that names another brand than the text. */
function weighSenderId(e: Evidence, sender: string, context: SenderContext): Brand | null {
  const { named, urls } = context;
  const id = sender.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const senderBrand =
    named.find((b) => b.senderIds.some((s) => s.replace(/[^A-Z0-9]/g, '') === id)) ??
    brandsNamedIn(sender.toLowerCase()).map((m) => m.brand)[0] ??
    null;
  const other = named.find(
    (b) => senderBrand !== null && b.id !== senderBrand.id && b.kind === senderBrand.kind,
  );
  const officialLink = urls.some((u) => u.officialBrand !== null);
  if (senderBrand !== null && other !== undefined && !officialLink)
    e.add(
      'SENDER_BRAND_MISMATCH',
      W.SENDER_BRAND_MISMATCH,
      `The sender ID says ${senderBrand.name} but the text speaks for ${other.name}.`,
      undefined,
      'sender',
    );
  return senderBrand;
}

/** The region a sender number puts the message in, weighing what kind of number it is. */
function weighSenderNumber(
  e: Evidence,
  engine: PhoneEngine,
  sender: string,
  context: SenderContext,
): string | undefined {
  const { region } = context;
  const phone = toIndicator(engine, sender, { start: 0, end: sender.length }, region);
  if (phone === null || !phone.valid) {
    e.add(
      'SENDER_INVALID_NUMBER',
      W.SENDER_INVALID_NUMBER,
      'The sender number is not a valid, allocated phone number: it was spoofed or made up.',
      undefined,
      'sender',
    );
    return region;
  }
  if (phone.type === 'PREMIUM_RATE')
    e.add(
      'SENDER_PREMIUM_RATE',
      W.SENDER_PREMIUM_RATE,
      'The sender is a premium-rate number: replying or calling back costs money.',
      undefined,
      'sender',
    );
  if (region !== undefined && phone.region !== null && phone.region !== region)
    e.add(
      'SENDER_FOREIGN',
      W.SENDER_FOREIGN,
      `The sender's number is from another country (${phone.region}).`,
      undefined,
      'sender',
    );
  weighCompanyNumber(e, phone, context.named);
  return region ?? phone.region ?? undefined;
}

/** A company speaking from a personal number, or from a country it does not operate in. */
function weighCompanyNumber(e: Evidence, phone: PhoneIndicator, named: readonly Brand[]): void {
  const company = named.find((b) => b.kind !== 'social');
  if (company === undefined) return;
  if (phone.type === 'MOBILE' || phone.type === 'FIXED_LINE_OR_MOBILE')
    e.add(
      'PERSONAL_NUMBER_CLAIMS_BRAND',
      W.PERSONAL_NUMBER_CLAIMS_BRAND,
      `The message speaks for ${company.name} but comes from a personal mobile number; companies send from a name or short code.`,
      undefined,
      'sender',
    );
  else if (
    company.regions.length > 0 &&
    phone.region !== null &&
    !company.regions.includes(phone.region)
  )
    e.add(
      'SENDER_REGION_MISMATCH',
      W.SENDER_REGION_MISMATCH,
      `The message speaks for ${company.name} but comes from a number in ${phone.region}, where it does not operate.`,
      undefined,
      'sender',
    );
}

/**
 * A business sender ID, nothing risky in the links, nothing asked: how genuine alerts,
 * reminders and notices arrive. Spoofed IDs carry a lure, which the rules weighed before this
 * one have counted, hence `e.total`.
 */
export function weighBusinessSender(
  e: Evidence,
  sender: string | undefined,
  senderBrand: Brand | null,
  found: { readonly suspiciousLink: boolean; readonly asksForSomething: boolean },
): void {
  if (sender === undefined || !isAlphanumericSender(sender)) return;
  if (found.suspiciousLink || found.asksForSomething || e.total > 0.5) return;
  e.add(
    'BUSINESS_SENDER',
    senderBrand !== null ? W.BUSINESS_SENDER - 0.5 : W.BUSINESS_SENDER,
    senderBrand !== null
      ? `It comes from ${senderBrand.name}'s sender ID and asks for nothing risky.`
      : 'It comes from a business sender ID, links nowhere suspicious and asks for nothing risky.',
    undefined,
    'sender',
  );
}
