/**
 * The link signals of a message: what each link is (an imitation, a raw IP, a shortener, an
 * abused TLD, a move to a chat app) and whether the links agree with the brand the message
 * speaks for. Never the fact that there is a link.
 */
import { brandById } from './brands.js';
import { ABUSED_TLDS, W, type Evidence } from './evidence.js';
import type { Brand, BrandMatch, UrlIndicator } from './types.js';

function describeUrl(u: UrlIndicator): string {
  return u.hasScheme ? u.host : u.text;
}

/**
 * The link signals. Returns the unofficial links: those that are neither a brand's own site
 * nor a move to a chat app (which is weighed on its own).
 */
export function weighLinks(
  e: Evidence,
  urls: readonly UrlIndicator[],
  named: readonly Brand[],
  senderBrand: Brand | null,
): { unofficial: UrlIndicator[] } {
  const unofficial: UrlIndicator[] = [];
  for (const u of urls) {
    weighWhatLinkIs(e, u);
    if (u.officialBrand !== null || u.moveToChat !== null) continue;
    unofficial.push(u);
    weighUnofficialLink(e, u, senderBrand);
  }
  // A brand is named, the links are not the brand's, and nothing else explains them.
  const brandNamed = named[0];
  const mismatch = unofficial.find((u) => u.imitates === null && !u.isShortener && !u.isIp);
  if (brandNamed !== undefined && mismatch !== undefined)
    e.add(
      'BRAND_LINK_MISMATCH',
      W.BRAND_LINK_MISMATCH,
      `The message speaks for ${brandNamed.name} but links to ${mismatch.registeredDomain ?? mismatch.host}, which is not one of its sites (${brandNamed.domains.slice(0, 2).join(', ')}).`,
      mismatch.span,
    );
  if (urls.length > 0 && unofficial.length === 0 && urls.every((u) => u.moveToChat === null))
    e.add(
      'OFFICIAL_LINKS',
      W.OFFICIAL_LINKS,
      `Every link goes to an official site (${urls.map((u) => u.registeredDomain).join(', ')}).`,
      urls[0]!.span,
    );
  return { unofficial };
}

/** An imitation of a brand's site, a bare IP, a mixed-script name, a move to a chat app. */
function weighWhatLinkIs(e: Evidence, u: UrlIndicator): void {
  if (u.imitates !== null) {
    const [code, weight, what] = imitation(u, u.imitates);
    e.add(code, weight, `The link ${describeUrl(u)} ${what}.`, u.span);
  }
  if (u.isIp)
    e.add(
      'IP_ADDRESS_LINK',
      W.IP_ADDRESS_LINK,
      `The link ${u.text} goes to a bare IP address, which real companies do not send.`,
      u.span,
    );
  if (u.mixedScript || (u.isPunycode && u.hostUnicode !== u.host))
    e.add(
      'MIXED_SCRIPT_DOMAIN',
      W.MIXED_SCRIPT_DOMAIN,
      `The link's address ${u.hostUnicode} mixes alphabets to look like another name.`,
      u.span,
    );
  if (u.moveToChat !== null)
    e.add(
      'MOVE_TO_CHAT',
      W.MOVE_TO_CHAT,
      `The message moves the conversation to ${u.moveToChat === 'whatsapp' ? 'WhatsApp' : 'Telegram'}, away from the channel it came by.`,
      u.span,
    );
}

/** The code, weight and wording of a link's imitation of a brand. */
function imitation(u: UrlIndicator, imitates: BrandMatch): [string, number, string] {
  const brand = brandById(imitates.brand)?.name ?? imitates.brand;
  switch (imitates.how) {
    case 'lookalike':
      return ['LOOKALIKE_DOMAIN', W.LOOKALIKE_DOMAIN, `imitates ${brand}'s ${imitates.official}`];
    case 'brand-in-subdomain':
      return [
        'BRAND_IN_SUBDOMAIN',
        W.BRAND_IN_SUBDOMAIN,
        `puts ${brand}'s name in front of an unrelated domain, ${u.registeredDomain ?? u.host}`,
      ];
    case 'brand-in-domain':
      return [
        'BRAND_IN_DOMAIN',
        W.BRAND_IN_DOMAIN,
        `is not ${brand}'s: its official site is ${imitates.official}`,
      ];
    case 'brand-in-path':
      return [
        'BRAND_IN_PATH',
        W.BRAND_IN_PATH,
        `hides ${brand}'s name in the path of another site`,
      ];
  }
}

/** Where an unofficial link points: an abused TLD, or a shortener hiding it. */
function weighUnofficialLink(e: Evidence, u: UrlIndicator, senderBrand: Brand | null): void {
  const tld = u.publicSuffix?.split('.').pop() ?? '';
  if (!u.isShortener && ABUSED_TLDS.has(tld))
    e.add(
      'ABUSED_TLD',
      W.ABUSED_TLD,
      `The link ends in .${tld}, a domain ending much used for phishing.`,
      u.span,
    );
  // A brand's own sender ID vouches for its short links.
  if (u.isShortener && senderBrand === null)
    e.add(
      'SHORTENED_LINK',
      W.SHORTENED_LINK,
      `The link ${u.text} is shortened, hiding where it leads.`,
      u.span,
    );
}
