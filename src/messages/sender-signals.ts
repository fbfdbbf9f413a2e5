/**
 * The sender's signals: an e-mail address (iMessage and RCS scams), a sender ID that names
 * another brand than the text, or a phone number that is invalid, premium rate, foreign, or a
 * personal mobile speaking for a company. Last, once every other rule has spoken, whether the
 * sender looks like a business sending an ordinary notice.
 *
 * Which sender forms are legitimate depends on the recipient's country (sender-rules.ts,
 * docs/senders.md): a short code is how US banks and carriers text, while an alphanumeric
 * sender ID, ordinary in Europe and India, cannot reach a US phone. A legitimate channel only
 * withholds the "made up" reason and earns the business-sender credit; it never cancels what
 * the links or the requests show, because that credit is given last and only to a message that
 * links nowhere suspicious and asks for nothing risky.
 */
import type { PhoneEngine } from '../phone/index.js';
import { brandsNamedIn } from './brands.js';
import { isAlphanumericSender, toIndicator } from './contacts.js';
import { W, type Evidence } from './evidence.js';
import { alphanumericUsedIn, coreSenderId, numericChannel } from './sender-rules.js';
import type { Brand, PhoneIndicator, UrlIndicator } from './types.js';

/** An alphanumeric sender where the networks deliver none: a disguise or a saved contact's name. */
const SENDER_ID_NOT_USED_HERE = 0.7;

/** How the sender reached the phone, as weighSender judged it, for weighBusinessSender. */
export type SenderChannel =
  | { readonly kind: 'sender-id'; readonly usedHere: boolean }
  | { readonly kind: 'short-code'; readonly vetted: boolean; readonly brand: Brand | null }
  | { readonly kind: 'business-number'; readonly brand: Brand | null };

export interface SenderContext {
  readonly sender: string | undefined;
  readonly region: string | undefined;
  readonly named: readonly Brand[];
  readonly urls: readonly UrlIndicator[];
}

export interface SenderJudgement {
  /** The brand the sender stands for (its own sender ID), or null. */
  readonly senderBrand: Brand | null;
  /** The region the sender's number belongs to, else the recipient's. */
  readonly senderRegion: string | undefined;
  /** How it reached the phone, when it is a business channel or a sender ID; else null. */
  readonly channel: SenderChannel | null;
}

export function weighSender(
  e: Evidence,
  engine: PhoneEngine,
  context: SenderContext,
): SenderJudgement {
  const { sender, region } = context;
  if (sender === undefined || sender === '')
    return { senderBrand: null, senderRegion: region, channel: null };
  if (sender.includes('@')) {
    e.add(
      'EMAIL_SENDER',
      W.EMAIL_SENDER,
      'It was sent from an e-mail address, as iMessage and RCS scams are; companies send SMS from a name or short code.',
      undefined,
      'sender',
    );
    return { senderBrand: null, senderRegion: region, channel: null };
  }
  if (isAlphanumericSender(sender)) {
    const usedHere = alphanumericUsedIn(region);
    if (!usedHere)
      e.add(
        'SENDER_ID_NOT_USED_HERE',
        SENDER_ID_NOT_USED_HERE,
        `Networks in ${region ?? 'your country'} do not deliver texts under a name; businesses there send from short codes or numbers, so unless it is a saved contact, the sender name is a disguise.`,
        undefined,
        'sender',
      );
    return {
      senderBrand: weighSenderId(e, sender, context),
      senderRegion: region,
      channel: { kind: 'sender-id', usedHere },
    };
  }
  const channel = numericChannel(sender, region);
  if (channel.kind === 'phone-number')
    return {
      senderBrand: null,
      senderRegion: weighSenderNumber(e, engine, sender, context),
      channel: null,
    };
  // A short code or bulk number of the region: a channel companies use, not a made-up number.
  // It is not tied to a brand, so it vouches for no link (senderBrand stays null); the brand
  // the text speaks for only shapes the credit it may earn last.
  const brand = regionalBrand(context.named, region);
  return {
    senderBrand: null,
    senderRegion: region,
    channel:
      channel.kind === 'short-code'
        ? { kind: 'short-code', vetted: channel.vetted, brand }
        : { kind: 'business-number', brand },
  };
}

/** The brand the text speaks for, when it operates in the recipient's region (or anywhere). */
function regionalBrand(named: readonly Brand[], region: string | undefined): Brand | null {
  const brand = named.find((b) => b.kind !== 'social');
  if (brand === undefined) return null;
  return region === undefined || brand.regions.length === 0 || brand.regions.includes(region)
    ? brand
    : null;
}

/** The brand a sender ID stands for, weighing an ID that names another brand than the text. */
function weighSenderId(e: Evidence, sender: string, context: SenderContext): Brand | null {
  const { named, urls } = context;
  const id = coreSenderId(sender, context.region)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  const senderBrand =
    named.find((b) => b.senderIds.some((s) => s.replace(/[^A-Z0-9]/g, '') === id)) ??
    brandsNamedIn(coreSenderId(sender, context.region).toLowerCase()).map((m) => m.brand)[0] ??
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
 * A business sender (a sender ID where the networks deliver them, a short code, a bulk number),
 * nothing risky in the links, nothing asked: how genuine alerts, reminders and notices arrive.
 * Spoofed IDs carry a lure, which the rules weighed before this one have counted, hence
 * `e.total`. A brand's own sender ID, a short code speaking for a brand of the region, and a
 * short code of a country where carriers approve every program count a little more.
 */
export function weighBusinessSender(
  e: Evidence,
  judged: SenderJudgement,
  found: { readonly suspiciousLink: boolean; readonly asksForSomething: boolean },
): void {
  const { channel, senderBrand } = judged;
  if (channel === null || (channel.kind === 'sender-id' && !channel.usedHere)) return;
  if (found.suspiciousLink || found.asksForSomething || e.total > 0.5) return;
  const { weight, text } = businessCredit(channel, senderBrand);
  e.add('BUSINESS_SENDER', weight, text, undefined, 'sender');
}

function businessCredit(
  channel: SenderChannel,
  senderBrand: Brand | null,
): { weight: number; text: string } {
  const more = W.BUSINESS_SENDER - 0.5;
  if (channel.kind === 'sender-id')
    return senderBrand !== null
      ? {
          weight: more,
          text: `It comes from ${senderBrand.name}'s sender ID and asks for nothing risky.`,
        }
      : {
          weight: W.BUSINESS_SENDER,
          text: 'It comes from a business sender ID, links nowhere suspicious and asks for nothing risky.',
        };
  const from =
    channel.kind === 'short-code'
      ? channel.vetted
        ? 'a short code, which carriers approve program by program,'
        : 'a short code'
      : 'a number businesses send bulk texts from';
  const speaks = channel.brand === null ? '' : ` speaks for ${channel.brand.name},`;
  const vouched = channel.brand !== null || (channel.kind === 'short-code' && channel.vetted);
  return {
    weight: vouched ? more : W.BUSINESS_SENDER,
    text: `It comes from ${from}${speaks} links nowhere suspicious and asks for nothing risky.`,
  };
}
