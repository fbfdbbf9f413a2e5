/**
 * Per-country sender facts: which sender forms reach phones legitimately in each country. Only
 * facts known from regulator or operator documentation are listed, each with its source in
 * docs/senders.md; a country or a field left out means "not known here", never "not allowed".
 *
 * Forms are matched on the sender as written, with spaces, dots, dashes and brackets removed
 * from numeric senders. A numeric sender that is no form of any rule is left to the phone
 * engine, which reads it as a phone number (and calls it made up when it is none).
 */

export interface SenderRule {
  /** ISO 3166-1 alpha-2. */
  readonly region: string;
  /**
   * Short codes that reach phones, as a pattern on the digits; absent when not known. A numeric
   * sender in this region that matches neither this nor `businessNumbers` nor a phone number
   * cannot have come from a real network.
   */
  readonly shortCodes?: RegExp;
  /** Short codes are leased from one administrator and each program is approved by the carriers. */
  readonly vettedShortCodes?: boolean;
  /**
   * Whether alphanumeric sender IDs reach phones: true where businesses send under a name,
   * false where the networks do not deliver them; absent when not known.
   */
  readonly alphanumeric?: boolean;
  /** National numbers businesses send bulk SMS from, as a pattern on the digits. */
  readonly businessNumbers?: RegExp;
  /**
   * The country's written form of an alphanumeric sender ID, the ID itself in group 1: India's
   * `VM-HDFCBK-S` (operator and circle, header, message type), the UAE's promotional `AD-…`,
   * Saudi Arabia's promotional `…-AD`.
   */
  readonly idForm?: RegExp;
}

// prettier-ignore
export const SENDER_RULES: readonly SenderRule[] = [
  { region: 'US', shortCodes: /^\d{5,6}$/, vettedShortCodes: true, alphanumeric: false, businessNumbers: /^1?8(?:00|33|44|55|66|77|88)\d{7}$/ },
  { region: 'CA', shortCodes: /^\d{5,6}$/, vettedShortCodes: true, alphanumeric: false, businessNumbers: /^1?8(?:00|33|44|55|66|77|88)\d{7}$/ },
  { region: 'GB', shortCodes: /^\d{5}$/, alphanumeric: true },
  { region: 'FR', shortCodes: /^\d{5}$/, alphanumeric: true },
  { region: 'IT', alphanumeric: true },
  { region: 'DE', alphanumeric: true },
  { region: 'ES', alphanumeric: true },
  { region: 'PT', alphanumeric: true },
  { region: 'BR', shortCodes: /^\d{5}$/ },
  { region: 'TR', alphanumeric: true },
  { region: 'RU', shortCodes: /^\d{3,4}$/, alphanumeric: true },
  { region: 'EG', alphanumeric: true },
  { region: 'SA', alphanumeric: true, idForm: /^([A-Z0-9 ._&]{1,11}?)-AD$/i },
  { region: 'AE', alphanumeric: true, idForm: /^AD-([A-Z0-9 ._&]{1,11})$/i },
  { region: 'IN', shortCodes: /^\d{5,6}$/, alphanumeric: true, idForm: /^[A-Z]{2}-([A-Z0-9]{6})(?:-[SPTG])?$/i },
  { region: 'ID', alphanumeric: true },
  { region: 'NG', alphanumeric: true },
  { region: 'TH', alphanumeric: true },
  { region: 'KR', alphanumeric: false, businessNumbers: /^1[568]\d{6}$/ },
  { region: 'CN', shortCodes: /^(?:95\d{3}|100\d{2})$/, alphanumeric: false, businessNumbers: /^106\d{5,17}$/ },
  { region: 'VN', alphanumeric: true },
  { region: 'AU', shortCodes: /^19\d{6}$/, alphanumeric: true },
];

export type SenderChannel =
  /** A short code of the recipient's region, or (without a region) of some region. */
  | { readonly kind: 'short-code'; readonly vetted: boolean }
  /** A national number form businesses send bulk SMS from. */
  | { readonly kind: 'business-number' }
  /** Anything else: the phone engine decides whether it is a number at all. */
  | { readonly kind: 'phone-number' };

const PUNCTUATION = /[\s.()-]/g;

function ruleOf(rules: readonly SenderRule[], region: string | undefined): SenderRule | undefined {
  return region === undefined ? undefined : rules.find((r) => r.region === region);
}

/**
 * What kind of channel a numeric sender is. With a region whose short codes are known, only
 * its forms count; otherwise a form of any region does, so that a short code is never called
 * made up for want of facts about the recipient's country.
 */
export function numericChannel(
  sender: string,
  region: string | undefined,
  rules: readonly SenderRule[] = SENDER_RULES,
): SenderChannel {
  if (sender.startsWith('+') || sender.startsWith('00')) return { kind: 'phone-number' };
  const digits = sender.replace(PUNCTUATION, '');
  if (!/^\d+$/.test(digits)) return { kind: 'phone-number' };
  const own = ruleOf(rules, region);
  const candidates = own?.shortCodes !== undefined ? [own] : rules;
  const short = candidates.find((r) => r.shortCodes?.test(digits) === true);
  // Vetting vouches only when the code is known to be one of the recipient's own country.
  if (short !== undefined)
    return { kind: 'short-code', vetted: short === own && own.vettedShortCodes === true };
  const business = own?.businessNumbers !== undefined ? [own] : rules;
  return business.some((r) => r.businessNumbers?.test(digits) === true)
    ? { kind: 'business-number' }
    : { kind: 'phone-number' };
}

/** False where the recipient's networks do not deliver alphanumeric sender IDs. */
export function alphanumericUsedIn(
  region: string | undefined,
  rules: readonly SenderRule[] = SENDER_RULES,
): boolean {
  return ruleOf(rules, region)?.alphanumeric !== false;
}

/** The sender ID without the country's written decorations (`VM-HDFCBK-S` → `HDFCBK`). */
export function coreSenderId(
  sender: string,
  region: string | undefined,
  rules: readonly SenderRule[] = SENDER_RULES,
): string {
  const own = ruleOf(rules, region);
  for (const r of own === undefined ? rules : [own]) {
    const core = r.idForm?.exec(sender)?.[1];
    if (core !== undefined) return core;
  }
  return sender;
}
