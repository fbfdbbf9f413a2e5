/**
 * The sender's signals: an e-mail address (iMessage and RCS scams), a sender ID that names
 * another brand than the text, or a phone number that is invalid, premium rate, foreign, or a
 * personal mobile speaking for a company.
 */
import type { PhoneEngine } from '../phone/engine.js';
import { brandsNamedIn } from './brands.js';
import { isAlphanumericSender, toIndicator } from './contacts.js';
import { W, type Evidence } from './evidence.js';
import type { Brand, UrlIndicator } from './types.js';

export function weighSender(
  e: Evidence,
  engine: PhoneEngine,
  context: {
    readonly sender: string | undefined;
    readonly region: string | undefined;
    readonly named: readonly Brand[];
    readonly urls: readonly UrlIndicator[];
  },
): { senderBrand: Brand | null; senderRegion: string | undefined } {
  const { sender, region, named, urls } = context;
  let senderBrand: Brand | null = null;
  let senderRegion: string | undefined = region;
  if (sender !== undefined && sender !== '') {
    if (sender.includes('@')) {
      e.add(
        'EMAIL_SENDER',
        W.EMAIL_SENDER,
        'It was sent from an e-mail address, as iMessage and RCS scams are; companies send SMS from a name or short code.',
        undefined,
        'sender',
      );
    } else if (isAlphanumericSender(sender)) {
      const id = sender.toUpperCase().replace(/[^A-Z0-9]/g, '');
      senderBrand =
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
    } else {
      const phone = toIndicator(engine, sender, { start: 0, end: sender.length }, region);
      if (phone === null || !phone.valid)
        e.add(
          'SENDER_INVALID_NUMBER',
          W.SENDER_INVALID_NUMBER,
          'The sender number is not a valid, allocated phone number: it was spoofed or made up.',
          undefined,
          'sender',
        );
      else {
        senderRegion ??= phone.region ?? undefined;
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
        const company = named.find((b) => b.kind !== 'social');
        if (
          company !== undefined &&
          (phone.type === 'MOBILE' || phone.type === 'FIXED_LINE_OR_MOBILE')
        )
          e.add(
            'PERSONAL_NUMBER_CLAIMS_BRAND',
            W.PERSONAL_NUMBER_CLAIMS_BRAND,
            `The message speaks for ${company.name} but comes from a personal mobile number; companies send from a name or short code.`,
            undefined,
            'sender',
          );
        else if (
          company !== undefined &&
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
    }
  }

  return { senderBrand, senderRegion };
}
