/**
 * Public shapes of the message and call analyser. Every field is plain data so that results
 * can be printed as JSON Lines and compared across versions.
 */

/** UTF-16 offsets into the analysed text, `text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export const MESSAGE_CATEGORIES = [
  'delivery',
  'bank-account',
  'government-tax-toll',
  'prize-lottery',
  'job',
  'investment-crypto',
  'family-impersonation',
  'wrong-number-romance',
  'code-theft',
  'shopping-event',
  'telecom',
  'other',
] as const;
export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number];

/**
 * Languages with keyword and phrase lists (ISO 639-1; `hi` covers Latin and Devanagari, `zh`
 * simplified and traditional). The last five have lists for the scam cues only.
 */
export const CUE_LANGUAGES = [
  'en',
  'ar',
  'it',
  'fr',
  'es',
  'tr',
  'ru',
  'pt',
  'de',
  'hi',
  'id',
  'th',
  'ko',
  'zh',
  'ja',
  'vi',
] as const;
export type CueLanguage = (typeof CUE_LANGUAGES)[number];

/** Kinds of brands in the curated list (src/messages/brands.ts). */
export type BrandKind =
  | 'delivery'
  | 'bank'
  | 'payment'
  | 'government'
  | 'telecom'
  | 'shopping'
  | 'tech'
  | 'social'
  | 'crypto'
  | 'streaming';

export interface Brand {
  /** Stable id, lower-case ASCII: `dhl`, `hmrc`, `bank-of-america`. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  readonly kind: BrandKind;
  /** How the brand is written in messages, in any script, lower case (`dhl`, `почта россии`). */
  readonly names: readonly string[];
  /** Registered domains the brand really sends from or links to (`dhl.com`, `dhl.de`). */
  readonly domains: readonly string[];
  /** Alphanumeric sender IDs it uses, upper case (`DHL`, `HMRC`). */
  readonly senderIds: readonly string[];
  /** ISO 3166-1 alpha-2 regions where it operates; empty for global brands. */
  readonly regions: readonly string[];
}

/** How a host imitates a brand. */
export type BrandImitation =
  /** A registered domain within a small edit distance or homoglyph skeleton of an official one (`dhI-parcel.com`, `paypa1.com`). */
  | 'lookalike'
  /** The brand's name or official domain appears in a subdomain of an unrelated domain (`dhl.com.track-id.top`). */
  | 'brand-in-subdomain'
  /** The brand's name is part of an unrelated registered domain (`dhl-redelivery.info`). */
  | 'brand-in-domain'
  /** The brand's name appears in the path of an unrelated or shortened URL (`bit.ly/…/usps`). */
  | 'brand-in-path';

export interface BrandMatch {
  readonly brand: string;
  readonly how: BrandImitation;
  /** The official domain it imitates. */
  readonly official: string;
}

export interface UrlIndicator {
  /** As found in the text. */
  readonly text: string;
  readonly span: Span;
  /** With a scheme added when the text had none (`https://`). */
  readonly url: string;
  readonly hasScheme: boolean;
  /** Lower-case host as written (ASCII or Unicode). */
  readonly host: string;
  /** Host with punycode labels decoded. */
  readonly hostUnicode: string;
  /** Registrable domain (`example.co.uk`), null for IP literals and hosts without one. */
  readonly registeredDomain: string | null;
  readonly publicSuffix: string | null;
  readonly subdomain: string;
  readonly path: string;
  readonly isIp: boolean;
  readonly isShortener: boolean;
  /** A label starts with `xn--`. */
  readonly isPunycode: boolean;
  /** A label mixes scripts (Latin with Cyrillic or Greek, for example). */
  readonly mixedScript: boolean;
  /** The registered domain is an official domain of a brand in the curated list. */
  readonly officialBrand: string | null;
  readonly imitates: BrandMatch | null;
  /** `wa.me`, `api.whatsapp.com/send`, `t.me`, `telegram.me`: a move to a chat app. */
  readonly moveToChat: 'whatsapp' | 'telegram' | null;
}

export interface PhoneIndicator {
  readonly text: string;
  readonly span: Span;
  readonly e164: string;
  readonly region: string | null;
  readonly type: string | null;
  readonly valid: boolean;
}

export interface EmailIndicator {
  readonly text: string;
  readonly span: Span;
  readonly domain: string;
  /** Free mail provider (gmail.com, outlook.com, …): no company writes from one. */
  readonly freeMail: boolean;
}

/** A request found in the text: what the sender asks the reader to give or do. */
export type RequestKind =
  | 'code'
  | 'pin-password'
  | 'card-data'
  | 'gift-card'
  | 'crypto'
  | 'transfer'
  | 'remote-access'
  | 'personal-data'
  | 'call-back'
  | 'reply'
  | 'click';

export interface RequestIndicator {
  readonly kind: RequestKind;
  readonly span: Span;
}

export interface Indicators {
  readonly urls: readonly UrlIndicator[];
  readonly phones: readonly PhoneIndicator[];
  readonly emails: readonly EmailIndicator[];
  readonly requests: readonly RequestIndicator[];
}

export interface Reason {
  /** Stable code, SCREAMING_SNAKE (`LOOKALIKE_DOMAIN`, `ASKS_FOR_CODE`). */
  readonly code: string;
  /** A sentence a person understands. */
  readonly text: string;
  /** Where in the text (or the sender) the evidence is; absent for whole-message evidence. */
  readonly span?: Span;
  readonly field?: 'text' | 'sender' | 'from' | 'transcript' | 'receivedAt';
  /** Contribution to the log-odds, for the curious and for tests. */
  readonly weight: number;
}

export type Verdict = 'scam' | 'suspicious' | 'ok';

export interface MessageInput {
  readonly text: string;
  /** Phone number or alphanumeric sender ID. */
  readonly sender?: string;
  /** ISO 8601 date or date-time. */
  readonly receivedAt?: string;
  /** ISO 3166-1 alpha-2 region of the recipient: decides national numbers and advice. */
  readonly recipientRegion?: string;
}

export interface MessageAnalysis {
  readonly verdict: Verdict;
  /** Calibrated probability that the message is malicious. */
  readonly score: number;
  readonly category: MessageCategory;
  readonly language: string | null;
  readonly reasons: readonly Reason[];
  readonly advice: readonly string[];
  readonly indicators: Indicators;
}

export interface CallInput {
  readonly from: string;
  readonly to?: string;
  readonly transcript?: string;
  readonly at?: string;
  readonly recipientRegion?: string;
}

export interface CallAnalysis {
  readonly verdict: Verdict;
  readonly score: number;
  readonly category: MessageCategory;
  readonly reasons: readonly Reason[];
  readonly advice: readonly string[];
  readonly caller: PhoneIndicator | null;
  readonly indicators: Indicators;
}

/**
 * Cues found by the keyword and phrase lists (src/messages/lexicon.ts). A cue says what the
 * text talks about or asks for; the analyser weighs cues together with links, numbers and the
 * text model, never alone.
 */
export const CUES = [
  /** parcel, package, shipment, courier */
  'delivery',
  /** failed delivery, incomplete address, held at customs, reschedule, redelivery */
  'delivery-problem',
  /** a small fee, customs duty, shipping cost, unpaid balance to settle */
  'fee',
  /** bank, card, account words */
  'bank',
  /** account suspended, locked, blocked, unusual activity, verify or update your details */
  'account-problem',
  /** tax office, social security, fine, court, police, government service */
  'government',
  /** unpaid toll, road charge, parking or traffic fine */
  'toll',
  /** tax refund, rebate, money owed to you */
  'refund',
  /** you have won, winner, prize, lottery, reward, claim your gift */
  'prize',
  /** job offer, part-time work, earn per day, recruiter, work from home */
  'job',
  /** investment, guaranteed returns, profit, trading, forex */
  'investment',
  /** bitcoin, USDT, crypto wallet, exchange */
  'crypto',
  /** "hi mum", "hi dad", new number, lost or broke my phone */
  'family',
  /** wrong number, "is this …?", nice to meet you, friendly opener from a stranger */
  'wrong-number',
  /** asks to send, forward or read out a code that was sent to the reader */
  'code-request',
  /** states a one-time code ("your verification code is 123456") */
  'code-notice',
  /** "do not share this code", "we will never ask for" */
  'do-not-share',
  /** Black Friday, Cyber Monday, Prime Day, Singles' Day, 11.11 */
  'shopping-event',
  /** discount, % off, deal, sale, offer, coupon */
  'discount',
  /** SIM, data plan, mobile bill, roaming, operator words */
  'telecom',
  /** reward or loyalty points about to expire */
  'points-expire',
  /** urgent, immediately, within 24 hours, today only, final notice */
  'urgency',
  /** don't tell anyone, keep it confidential, don't call the bank, tell them it is for a holiday */
  'secrecy',
  /** don't hang up, stay on the line: a caller who keeps you from checking elsewhere */
  'stay-on-line',
  /** will be suspended, deleted, legal action, arrest, penalty */
  'threat',
  /** click, tap, open the link, visit */
  'click',
  /** call us, call back, call this number */
  'call-back',
  /** reply YES, text back, send … to */
  'reply',
  /** gift card, iTunes, Google Play, Steam card */
  'gift-card',
  /** card number, CVV, expiry date */
  'card-data',
  /** PIN, password, passcode */
  'pin-password',
  /** AnyDesk, TeamViewer, QuickSupport, RustDesk, screen sharing */
  'remote-access',
  /** safe account, secure account, move your savings */
  'safe-account',
  /** transfer money, wire, send money, pay now */
  'transfer',
  /** police, FBI, Europol, Interpol, customs, the bank's fraud department */
  'authority',
  /** date of birth, ID number, passport, social security number */
  'personal-data',
  /** reply STOP, unsubscribe (legitimate marketing does this too) */
  'opt-out',
  /** free, gratis, no cost */
  'free',
] as const;
export type Cue = (typeof CUES)[number];

export interface CueMatch {
  readonly cue: Cue;
  readonly lang: CueLanguage;
  readonly span: Span;
}
