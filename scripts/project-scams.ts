/**
 * Scam messages written by the project, in English and in the 15 other languages that
 * scripts/hard-negatives.ts covers (ar, de, es, fr, hi, id, it, ja, ko, pt, ru, th, tr, vi, zh).
 * With legitimate texts alone in a language, the text model would learn that the language is
 * benign; these give it the other class. Every template here was written for this project from
 * general knowledge of how smishing reads; none is copied or paraphrased from a corpus, a
 * dataset or a repository. Banks, shops, carriers and agencies are generic or made up; links,
 * domains, phone numbers, wallets and handles are random.
 *
 * Kinds, in every language:
 * - parcel or customs fee, with a link;
 * - bank account or card blocked, suspended or limited, or a login from a new device, with a
 *   link (or, for a few, a number to call);
 * - points or rewards expiring today, with and without a link;
 * - tax refund, government benefit, unpaid fine or toll, with a link;
 * - family impersonation ("new number, my phone broke", WhatsApp or money), never a link;
 * - call-back lures (a fake purchase, charge, loan approval or case, and a number to call),
 *   never a link;
 * - requests to forward a one-time code, or to pay by gift card, transfer or crypto;
 * - job offers (paid per like or review), investment and crypto profits, loan pre-approval;
 * - prizes and lotteries.
 *
 * Deterministic: templates are filled by `seededRandom`, one stream per template, so the same
 * code gives the same texts.
 */
import {
  TemplateFill,
  fillTemplates,
  pad2 as p2,
  type TemplateSet as TemplateSetOf,
} from './template-fill.js';

export type ProjectScamKind =
  | 'parcel fee'
  | 'account blocked'
  | 'points expiring'
  | 'refund, benefit or fine'
  | 'family impersonation'
  | 'call-back lure'
  | 'code, gift card or crypto request'
  | 'job, investment or loan'
  | 'prize';

export interface ProjectScam {
  readonly text: string;
  readonly lang: string;
  readonly kind: ProjectScamKind;
}

const TLDS = ['top', 'xyz', 'cc', 'info', 'com', 'icu', 'shop', 'vip'];
const SHORTENERS = ['bit.ly', 'tinyurl.com', 't.ly', 'is.gd'];
const URL_PATHS = ['verify', 'track', 'pay', 'login', 'i', 'm', 'app', 'info', 'claim', 'update'];
const DOMAIN_FILLERS = ['online', 'help', 'center', 'app', 'service', 'now', 'web', 'id'];
// No lookalike characters (0/O, 1/l/I), as in real shortener paths.
const ALNUM = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LOWER = 'abcdefghijkmnopqrstuvwxyz0123456789';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Draws of one template's fill. */
class Fill extends TemplateFill {
  /** A pattern: `#` a digit, `N` 1-9, `M` 2-9, anything else kept ('010-####-####'). */
  pat(p: string): string {
    let s = '';
    for (const ch of p)
      s +=
        ch === '#'
          ? String(this.int(0, 9))
          : ch === 'N'
            ? String(this.int(1, 9))
            : ch === 'M'
              ? String(this.int(2, 9))
              : ch;
    return s;
  }

  private chars(alphabet: string, n: number): string {
    let s = '';
    while (s.length < n) s += alphabet[this.int(0, alphabet.length - 1)]!;
    return s;
  }

  alnum(n: number): string {
    return this.chars(ALNUM, n);
  }

  lower(n: number): string {
    return this.chars(LOWER, n);
  }

  upper(n: number): string {
    return this.chars(UPPER, n);
  }

  /** A whole amount in steps of `step` (scam amounts are round in most currencies). */
  round(lo: number, hi: number, step: number): number {
    return this.int(Math.ceil(lo / step), Math.floor(hi / step)) * step;
  }

  /** 05/12/2026 */
  dateDmy(sep = '/'): string {
    return `${p2(this.day())}${sep}${p2(this.month())}${sep}20${this.int(25, 26)}`;
  }

  /** 12/5 (US month/day) */
  dateMd(): string {
    return `${this.month()}/${this.day()}`;
  }

  /** A tracking number: UPU style (RB123456789CN) or plain digits. */
  track(): string {
    return this.chance(0.5)
      ? `${this.upper(2)}${this.digits(9)}${this.pick(['CN', 'GB', 'US', 'DE', 'HK', 'SG'])}`
      : this.digits(this.int(10, 13));
  }

  /** A shortened link: bit.ly/3xK9a. */
  short(): string {
    const host = this.pick(SHORTENERS);
    return `${host}/${host === 'tinyurl.com' ? this.lower(8) : this.alnum(this.int(5, 7))}`;
  }

  /** A made-up domain from topic stems and a country code: kr-post-delivery.top. */
  domain(stems: readonly string[], cc: string): string {
    const a = this.pick(stems);
    let b = this.pick(stems);
    if (b === a) b = this.pick(DOMAIN_FILLERS);
    const tld = this.pick(TLDS);
    switch (this.int(0, 4)) {
      case 0:
        return `${a}-${b}.${tld}`;
      case 1:
        return `${cc}-${a}${this.pick(['', '-'])}${b}.${tld}`;
      case 2:
        return `${a}${b}-${this.lower(3)}.${tld}`;
      case 3:
        return `${a}-${this.pick([cc, b])}${this.int(1, 99)}.${tld}`;
      default:
        return `${this.lower(4)}.${a}-${b}.${tld}`;
    }
  }

  /** A link as smishing shows one: a shortener, or a bare made-up domain, maybe with a path. */
  link(stems: readonly string[], cc: string): string {
    if (this.chance(0.3)) return this.short();
    let url = this.domain(stems, cc);
    if (this.chance(0.4)) url += `/${this.pick(URL_PATHS)}`;
    else if (this.chance(0.3)) url += `/${this.lower(this.int(4, 6))}`;
    return this.chance(0.25) ? `https://${url}` : url;
  }

  /** A Bitcoin (bech32) address. */
  btc(): string {
    return `bc1q${this.lower(34).replace(/[bio]/g, 'x')}`;
  }

  /** A TRON (USDT TRC-20) address. */
  tron(): string {
    return `T${this.alnum(33)}`;
  }

  /** A messenger handle: @fastjob_k3x9. */
  handle(stems: readonly string[]): string {
    return `${this.pick(stems)}${this.pick(['_', '', '.'])}${this.lower(this.int(3, 5))}`;
  }
}

/** Parts joined by spaces, empty parts left out. */
function s(...parts: readonly string[]): string {
  return parts.filter((p) => p !== '').join(' ');
}

/** Parts joined without spaces (Chinese, Japanese, Thai). */
function c(...parts: readonly string[]): string {
  return parts.join('');
}

/** 2,450.00 (or 2,450 when whole). */
function en(n: number, whole = Number.isInteger(n)): string {
  return n.toLocaleString('en-US', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  });
}

/** Indian grouping: 1,25,000 (with paise unless whole). */
function inr(n: number, whole = Number.isInteger(n)): string {
  return n.toLocaleString('en-IN', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  });
}

/** 2450 or 2450.35: no grouping (Chinese). */
function plain(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/** 2.450,00 */
function eu(n: number, whole = Number.isInteger(n)): string {
  return n.toLocaleString('de-DE', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  });
}

/** 2 450,00 (French and Russian grouping, with an ordinary space) */
function sp(n: number, whole = Number.isInteger(n)): string {
  return eu(n, whole).replace(/\./g, ' ');
}

type LinkTopic = 'parcel' | 'bank' | 'points' | 'gov' | 'money' | 'prize';

const STEMS: Readonly<Record<LinkTopic, readonly string[]>> = {
  parcel: ['post', 'parcel', 'delivery', 'track', 'redelivery', 'ship', 'express', 'cargo'],
  bank: ['secure', 'bank', 'verify', 'account', 'login', 'auth', 'client', 'safe', 'support'],
  points: ['points', 'reward', 'bonus', 'gift', 'club', 'member', 'redeem', 'loyalty'],
  gov: ['tax', 'refund', 'gov', 'toll', 'fine', 'portal', 'service', 'benefit', 'claim'],
  money: ['invest', 'trade', 'profit', 'ai', 'capital', 'fund', 'loan', 'cash', 'credit'],
  prize: ['win', 'prize', 'lucky', 'gift', 'promo', 'award', 'draw', 'bonus'],
};

/** A link maker for one market: topic stems plus local words, and the country code. */
function linker(
  cc: string,
  local: Partial<Record<LinkTopic, readonly string[]>> = {},
): (f: Fill, topic: LinkTopic) => string {
  return (f, topic) => f.link([...STEMS[topic], ...(local[topic] ?? [])], cc);
}

const JOB_HANDLES = ['job', 'work', 'hr', 'team', 'vip', 'earn', 'task', 'mentor'];

type TemplateSet = TemplateSetOf<Fill, ProjectScamKind>;

// ---------------------------------------------------------------------------------------------
// English: US, UK, Indian, Nigerian, Kenyan and Australian styles.

const BANKS_EN = [
  'First Harbour Bank',
  'Northgate Bank',
  'Bluewater Bank',
  'Meridian Trust',
  'Cedar Union Bank',
  'Riverstone Bank',
  'Lakeshore Savings',
];
const CARRIERS_EN = ['ParcelDirect', 'SwiftCourier', 'Postal Service', 'ExpressLine', 'Parcelink'];
const SHOPS_EN = ['ShopLane', 'Cartwell', 'Bazaarly', 'Brightbox', 'MegaMart', 'HomeNest'];
const TELCOS_EN = ['Skylink', 'TelNova', 'AirWave', 'Orbit Mobile'];
const PAY_APPS = ['PayFlex', 'Payvio', 'CashLane', 'SendSwift'];
const STREAMING = ['StreamBox', 'FlixPlay', 'TuneHub', 'CineMax+'];
const NAMES_EN = ['Sarah', 'James', 'Emily', 'Daniel', 'Olivia', 'Michael', 'Grace', 'David'];
const FULL_NAMES_EN = ['J. Carter', 'M. Evans', 'A. Khan', 'L. Murphy', 'R. Okafor', 'S. Ward'];
const DEVICES = ['iPhone 15', 'Samsung Galaxy S24', 'Pixel 8', 'Windows PC', 'Xiaomi 14', 'iPad'];
const GIFT_CARDS = ['Apple', 'Google Play', 'Steam', 'Amazon'];
const AGENCIES = ['TalentBridge', 'Apex Staffing', 'HireNow Global', 'BrightCareer'];
const PLATFORMS = ['CoinVista', 'TradeNova', 'BitHarbor', 'QuantEdge', 'ApexFX'];
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const enLink = linker('us', { parcel: ['uk', 'parcels'], gov: ['taxrefund', 'govt'] });
const usPhone = (f: Fill): string => f.pat('(M##) M##-####');
const usTollFree = (f: Fill): string =>
  f.pat(`${f.pick(['1-800', '1-888', '1-877', '1-866'])}-M##-####`);
const ukMobile = (f: Fill): string => f.pat('07### ######');
const ukFree = (f: Fill): string => f.pat('0800 ### ####');
const inMobile = (f: Fill): string =>
  `${f.pick(['', '+91 '])}${f.pick(['9', '8', '7', '6'])}${f.pat('#########')}`;
const ngMobile = (f: Fill): string =>
  `${f.pick(['0803', '0806', '0813', '0703', '0905'])}${f.pat(' ### ####')}`;
const keMobile = (f: Fill): string =>
  `${f.pick(['0712', '0722', '0733', '0701', '0110'])}${f.pat(' ######')}`;
const intlMobile = (f: Fill): string =>
  f.pick([
    f.pat('+44 7### ######'),
    f.pat('+1 (M##) M##-####'),
    f.pat('+62 81# #### ####'),
    f.pat('+234 80# ### ####'),
    f.pat('+84 9# ### ####'),
    f.pat('+91 9#########'),
  ]);

const ENGLISH: readonly TemplateSet[] = [
  {
    lang: 'en',
    kind: 'parcel fee',
    per: 3,
    templates: [
      (f) =>
        s(
          f.pick(['', `${f.pick(CARRIERS_EN)}:`, '[Delivery]']),
          `Your package ${f.track()} is on hold`,
          f.pick([
            'due to an incomplete address.',
            'because the house number is missing.',
            'due to unpaid shipping charges.',
          ]),
          f.pick(['Please update your details', 'Confirm your address', 'Reschedule delivery']),
          f.pick(['within 24 hours:', 'within 12 hours:', 'today:', 'before midnight:']),
          enLink(f, 'parcel'),
        ),
      (f) =>
        s(
          f.pick(['', 'Parcel:', `${f.pick(CARRIERS_EN)}:`]),
          f.pick([
            'We missed you today.',
            'We tried to deliver your parcel today.',
            'Your item could not be delivered.',
          ]),
          `A redelivery fee of £${f.pick(['1.45', '1.99', '2.49', '0.99', '3.20'])} is due.`,
          f.pick(['Book a new slot:', 'Rebook here:', 'Pay and choose a date at']),
          enLink(f, 'parcel'),
        ),
      (f) =>
        s(
          `Your parcel from ${f.pick(['China', 'the UK', 'Germany', 'the USA', 'Japan'])}`,
          `has arrived`,
          f.pick(['but import duty of', 'but customs charges of', 'but a handling fee of']),
          f.pick([
            `$${en(f.amount(2, 40))}`,
            `£${en(f.amount(2, 30))}`,
            `A$${en(f.amount(3, 45))}`,
            `S$${en(f.amount(2, 35))}`,
          ]),
          f.pick(['must be paid before release.', 'must be settled today.']),
          f.pick(['Pay now to avoid return to sender:', 'Pay within 48h:', 'Settle the fee here:']),
          enLink(f, 'parcel'),
        ),
      (f) =>
        s(
          `[${f.pick(CARRIERS_EN)}]`,
          f.pick(['FINAL NOTICE:', 'Final attempt:', 'Reminder:']),
          `delivery of parcel ${f.track()} failed.`,
          `It will be returned on ${f.dateDmy('/')} unless you confirm redelivery`,
          f.pick([`(fee $${en(f.amount(1, 4))}):`, 'today:', 'online:']),
          enLink(f, 'parcel'),
        ),
      (f) =>
        s(
          f.pick(['Dear customer,', 'Dear Customer,', 'Dear user,']),
          `your ${f.pick(['shipment', 'courier', 'parcel'])} could not be delivered`,
          f.pick(['due to incomplete address information.', 'as the address is incomplete.']),
          f.pick([
            'Please update your address within 48 hours or it will be returned:',
            'Kindly update the address in 24 hrs:',
            'Update now to avoid return:',
          ]),
          enLink(f, 'parcel'),
        ),
      (f) =>
        s(
          f.pick(['Hi!', 'Hello,', '']),
          f.pick([
            'Your package is waiting for you.',
            'ur parcel is waiting for u.',
            'Your delivery is scheduled but needs confirmation.',
          ]),
          f.pick([
            'Set your delivery preferences:',
            'confirm delivery here',
            'Track and confirm at',
          ]),
          enLink(f, 'parcel'),
        ),
    ],
  },
  {
    lang: 'en',
    kind: 'account blocked',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BANKS_EN)}: Your account has been`,
          f.pick(['temporarily suspended', 'restricted', 'locked', 'limited']),
          f.pick([
            'due to unusual activity.',
            'after a failed security check.',
            'due to multiple incorrect login attempts.',
            'until your details are verified.',
          ]),
          f.pick(['Verify your identity at', 'Restore access here:', 'Confirm your details:']),
          enLink(f, 'bank'),
        ),
      (f) =>
        s(
          `${f.pick(BANKS_EN)}: A new device (${f.pick(DEVICES)}) was added to your online banking`,
          `on ${f.dateDmy('/')} at ${f.time()}.`,
          f.pick([
            'If this was NOT you, secure your account:',
            'Not you? Cancel it here:',
            'If you did not do this, visit',
          ]),
          enLink(f, 'bank'),
        ),
      (f) =>
        s(
          f.pick([`${f.pick(BANKS_EN)} ALERT:`, `${f.pick(BANKS_EN)}:`]),
          `A new payee "${f.pick(FULL_NAMES_EN)}" was added to your account at ${f.time()}.`,
          f.pick([
            'If you did not make this request, cancel it at',
            'Not you? Stop the payment:',
            'If this was not you, visit',
          ]),
          enLink(f, 'bank'),
        ),
      (f) =>
        s(
          f.pick(['Dear Customer,', 'Dear User,', 'ALERT:']),
          `your ${f.pick(BANKS_EN)} account will be`,
          f.pick(['blocked today.', 'suspended today.', 'deactivated in 24 hrs.']),
          f.pick([
            'Please update your PAN card immediately.',
            'Kindly update your KYC now.',
            'Update KYC to avoid closure.',
          ]),
          f.pick(['Click here', 'Link:', 'Visit']),
          enLink(f, 'bank'),
        ),
      (f) =>
        s(
          `Dear customer, your ${f.pick(BANKS_EN)} account has been restricted due to`,
          f.pick([
            'BVN verification failure.',
            'incomplete NIN linkage.',
            'an incomplete BVN update.',
          ]),
          f.pick([
            'Kindly update via',
            'Reactivate within 24hrs at',
            'Update now to avoid permanent closure:',
          ]),
          enLink(f, 'bank'),
        ),
      (f) =>
        s(
          `Your ${f.pick(BANKS_EN)} debit card ending ${f.digits(4)} has been`,
          f.pick(['deactivated.', 'frozen.', 'put on hold.']),
          f.pick(['To reactivate, log in at', 'Reactivate it here:', 'Unlock now:']),
          enLink(f, 'bank'),
        ),
      (f) =>
        s(
          `Your ${f.pick(PAY_APPS)} account has been limited.`,
          f.pick([
            'Review the recent activity and confirm your information to lift the limitation:',
            'Confirm your info within 24 hours to restore access:',
            'To remove the limit, verify here:',
          ]),
          enLink(f, 'bank'),
        ),
      (f) =>
        s(
          `${f.pick(STREAMING)}:`,
          f.pick([
            'your payment was declined',
            'we could not process your last payment',
            'your card on file has expired',
          ]),
          f.pick(['and your membership is on hold.', 'so your account will be suspended.']),
          f.pick(['Update your billing details:', 'Update payment:', 'Keep watching:']),
          enLink(f, 'bank'),
        ),
    ],
  },
  {
    lang: 'en',
    kind: 'points expiring',
    per: 3,
    templates: [
      (f) =>
        s(
          `${f.pick(TELCOS_EN)}:`,
          f.pick([
            `Your ${en(f.round(1000, 20000, 10))} reward points expire today!`,
            `${en(f.round(1000, 20000, 10))} points on your account expire at midnight.`,
          ]),
          f.pick([
            'Redeem them now for a free gift at',
            'Claim your reward:',
            'Swap them for cash back:',
          ]),
          enLink(f, 'points'),
        ),
      (f) =>
        s(
          f.pick(['Dear Customer,', 'Dear Cardholder,']),
          `your ${f.pick(BANKS_EN)} credit card reward points worth`,
          `Rs.${inr(f.amount(1500, 12000))} will expire today.`,
          f.pick(['Redeem now:', 'Redeem before midnight at', 'Claim your cashback:']),
          enLink(f, 'points'),
        ),
      (f) =>
        s(
          f.pick(['LAST CHANCE:', 'Final reminder:', 'Hurry,']),
          `your ${en(f.round(500, 9000, 5))} ${f.pick(SHOPS_EN)} loyalty points expire`,
          f.pick(['tonight.', 'today.', 'at 23:59.']),
          f.pick(['Claim:', 'Use them here:', 'Redeem:']),
          enLink(f, 'points'),
        ),
      (f) =>
        s(
          `${f.pick(BANKS_EN)} Rewards:`,
          `You have ${en(f.round(2000, 40000, 10))} points expiring today (${f.dateDmy('/')}).`,
          f.pick([
            `Reply YES to convert them into $${f.int(20, 150)} cashback.`,
            `Reply Y to redeem £${f.int(15, 120)} to your card.`,
          ]),
        ),
      (f) =>
        s(
          `Your ${f.pick(TELCOS_EN)} points (${en(f.round(800, 15000, 10))}) expire tonight.`,
          f.pick([
            `To redeem them for a $${f.int(25, 90)} bill credit, call ${usTollFree(f)} before 9pm.`,
            `Call ${ukFree(f)} now to swap them for £${f.int(20, 80)} credit.`,
          ]),
        ),
    ],
  },
  {
    lang: 'en',
    kind: 'refund, benefit or fine',
    per: 3,
    templates: [
      (f) =>
        s(
          f.pick(['Tax Office:', 'TAX REFUND:', 'Revenue Service:']),
          `You are eligible for a tax refund of £${en(f.amount(120, 900))}.`,
          f.pick([
            `Submit your claim before ${f.dateDmy('/')}:`,
            'Claim it here:',
            'Complete the form to receive it:',
          ]),
          enLink(f, 'gov'),
        ),
      (f) =>
        s(
          `You have a pending refund of $${en(f.amount(200, 2400))} from the`,
          f.pick(['Tax Service.', 'Revenue Department.', 'State Treasury.']),
          f.pick([
            'Confirm your bank details to receive it:',
            'Verify your identity to release the payment:',
          ]),
          enLink(f, 'gov'),
        ),
      (f) =>
        s(
          f.pick(['Toll Services:', 'Road Toll Notice:', 'ExpressToll:', 'Toll Authority:']),
          'You have an unpaid toll balance of',
          `$${f.pick(['4.35', '6.99', '11.69', '3.75', '12.51'])}.`,
          f.pick(['To avoid a late fee of $50.00, pay by', 'Pay before', 'Settle it by']),
          `${f.dateMd()}:`,
          enLink(f, 'gov'),
        ),
      (f) =>
        s(
          f.pick(['Final notice:', 'NOTICE:', 'Reminder:']),
          `your parking fine (PCN ${f.upper(2)}${f.digits(8)})`,
          `of £${f.pick(['35', '50', '70', '110'])} is overdue.`,
          f.pick([
            'Pay today to avoid court action:',
            'Pay now to avoid enforcement:',
            'Avoid the increased charge:',
          ]),
          enLink(f, 'gov'),
        ),
      (f) =>
        s(
          'You are eligible for the',
          f.pick(['cost of living payment', 'energy rebate', 'winter fuel payment']),
          `of £${f.pick(['150', '200', '300', '650'])}.`,
          f.pick([`Apply before ${f.dateDmy('/')}:`, 'Apply now:', 'Check your eligibility:']),
          enLink(f, 'gov'),
        ),
      (f) =>
        s(
          f.pick(['Government services:', 'Govt Services:']),
          `your refund of A$${en(f.amount(180, 1400))} is waiting.`,
          f.pick(['Verify your identity to claim:', 'Link your bank account to receive it:']),
          enLink(f, 'gov'),
        ),
    ],
  },
  {
    lang: 'en',
    kind: 'family impersonation',
    per: 4,
    templates: [
      (f) =>
        s(
          f.pick(['Hi Mum', 'Hi mum', 'Hey Mum', 'Mum', 'Hi Dad', 'Hey dad']) + f.pick([',', ' x']),
          f.pick(["it's me.", 'this is my new number.', "I'm texting from a friend's phone."]),
          f.pick([
            'My phone fell in the toilet.',
            'I dropped my phone and the screen is smashed.',
            'My phone broke.',
            'I lost my phone.',
          ]),
          f.pick([
            'Can you text me on WhatsApp at this number?',
            'Save this number and message me on WhatsApp x',
            'Please delete the old number and WhatsApp me here.',
            'Message me here when you get this.',
          ]),
        ),
      (f) =>
        s(
          `${f.pick(['Hi mum', 'Hi dad', 'Mum', 'Dad'])}, it's me,`,
          f.pick(["I've got a new phone.", 'this is my new number.']),
          f.pick([
            "I need to pay a bill today but my banking app won't work on the new phone.",
            "I have to pay my rent today and I'm locked out of my bank app.",
          ]),
          f.pick([
            "Could you pay it for me? I'll pay you back tomorrow x",
            'Can you help me out? Will send it back in 2 days.',
            `Can you send £${en(f.round(300, 1600, 10))}? I'll give it back tomorrow.`,
          ]),
        ),
      (f) =>
        s(
          f.pick(['Hello dad,', 'Hi Mom,', 'Dad,', 'Mum,']),
          f.pick(["I'm on a friend's phone.", 'new number, the old one is gone.']),
          f.pick([
            "Mine is broken and I can't get into my bank.",
            "I can't access my bank on this one.",
          ]),
          `Can you send me ${f.pick(['£', '$'])}${f.int(15, 98) * 10} for`,
          f.pick(['rent?', 'a repair?', 'a new phone?', 'my train ticket?']),
          f.pick([
            "Please message me on WhatsApp, I can't take calls.",
            "Text me back here, I can't talk right now.",
          ]),
        ),
      (f) =>
        s(
          f.pick(['Mum?', 'Dad?', 'Mom?']),
          f.pick(["It's me.", 'Its me.', "It's me x"]),
          f.pick(["New number, old one's gone.", 'This is my new number.', 'Got a new phone.']),
          f.pick(['Are you free to chat?', 'Are you there?', 'Can you text me back?']),
          f.pick(['Need a favour', 'Need your help with something', 'I need a quick favour x', '']),
        ),
      (f) =>
        s(
          `Hey ${f.pick(['mom', 'mum', 'dad'])},`,
          f.pick([
            'this is my new number, please save it.',
            'save this number, my old phone died.',
          ]),
          f.pick(['Can you WhatsApp me when you get this?', 'Text me here when you get a sec.']),
          f.pick(['Something urgent came up.', 'Need to ask you something important.', '']),
        ),
    ],
  },
  {
    lang: 'en',
    kind: 'call-back lure',
    per: 3,
    templates: [
      (f) =>
        s(
          `${f.pick(SHOPS_EN)}: Your order #${f.digits(9)} for`,
          f.pick(['an iPhone 15 Pro', 'a MacBook Air', 'a PlayStation 5', 'a 65" smart TV']),
          `($${en(f.amount(499, 1899))}) has been confirmed`,
          f.pick(['and will be charged to your card today.', 'and will ship tomorrow.']),
          f.pick(['If you did not place this order, call', 'Not you? Cancel by calling']),
          `${usTollFree(f)}.`,
        ),
      (f) =>
        s(
          `${f.pick(BANKS_EN)} Fraud Dept:`,
          `Did you attempt a purchase of $${en(f.amount(300, 2500))} at`,
          `${f.pick(['ELECTROWORLD', 'GADGETHUB', 'LUXE JEWELS', 'TRAVELMAX'])}?`,
          f.pick([
            `If not, call us on ${usPhone(f)} immediately.`,
            `If this wasn't you, call ${usTollFree(f)} now.`,
          ]),
        ),
      (f) =>
        s(
          f.pick(['Dear consumer,', 'Dear Consumer', 'Dear customer,']),
          f.pick([
            'your electricity power will be disconnected tonight at 9.30 pm',
            'your power connection will be cut tonight at 10:30 PM',
          ]),
          f.pick([
            'because your previous month bill was not updated.',
            'as your last bill is not updated.',
          ]),
          f.pick([
            'Please immediately contact our electricity officer',
            'Call our officer immediately on',
          ]),
          `${inMobile(f)}.`,
        ),
      (f) =>
        s(
          `Your ${f.pick(['Geek Support', 'PC Shield', 'TechCare Plus', 'NetGuard'])}`,
          `subscription has been renewed for $${f.pick(['299.99', '399.99', '349.00', '499.99'])}.`,
          f.pick([
            'To cancel and receive a refund, call',
            'Did not authorise this? Call',
            'For a refund call',
          ]),
          `${usTollFree(f)}.`,
        ),
      (f) => {
        const region = f.int(0, 2);
        const loan = [
          `Your personal loan of Rs.${inr(f.round(50000, 900000, 5000))} has been pre-approved`,
          `Your loan of £${en(f.round(1000, 15000, 500))} has been approved`,
          `You qualify for a ₦${en(f.round(100000, 2000000, 50000))} loan`,
        ][region]!;
        const phone = [inMobile, ukMobile, ngMobile][region]!(f);
        return s(
          'Congratulations!',
          loan,
          f.pick(['with 0% processing fee.', 'with no credit check.', 'at a special rate.']),
          f.pick(['Call', 'To get the money today, call', 'For disbursal call']),
          `${phone}.`,
        );
      },
      (f) =>
        s(
          `${f.pick(BANKS_EN)}: A payment of £${en(f.amount(400, 3000))} to`,
          `${f.pick(FULL_NAMES_EN)} has been scheduled from your account.`,
          f.pick(['If you did not authorise this, call our fraud team on', 'Not you? Call']),
          `${ukFree(f)}.`,
        ),
    ],
  },
  {
    lang: 'en',
    kind: 'code, gift card or crypto request',
    per: 3,
    templates: [
      (f) =>
        s(
          f.pick(['Hi,', 'Hey,', 'Hello,', 'Hi there,']),
          f.pick([
            'sorry, I sent you a 6-digit code by mistake.',
            'I accidentally sent my verification code to your number.',
            'a WhatsApp code was sent to you by mistake.',
          ]),
          f.pick([
            "Can you forward it to me please? It's urgent",
            'Could you send it back to me?',
            'Please text it to me, thanks!',
          ]),
        ),
      (f) =>
        s(
          `Hi, it's ${f.pick(NAMES_EN)}.`,
          f.pick(["I'm in a meeting and can't talk.", "I'm tied up on a conference call."]),
          f.pick(['Can you do me a quick favour?', 'I need you to handle something for me.']),
          `I need ${f.int(2, 6)} ${f.pick(GIFT_CARDS)} gift cards of $${f.pick([100, 200])} each`,
          f.pick(['for a client.', 'for the staff.']),
          f.pick([
            "Scratch them and send me pics of the codes, I'll reimburse you today.",
            'Send the codes here asap.',
          ]),
        ),
      (f) =>
        s(
          f.pick(['Hello,', 'Habari,', 'Sorry,']),
          `I have sent you KSh${en(f.round(500, 8000, 50))} by mistake.`,
          f.pick([
            `Kindly send it back to this number ${keMobile(f)}.`,
            'Please reverse it to this number. God bless you.',
            'Please send it back, it was for my school fees.',
          ]),
        ),
      (f) =>
        s(
          `Your withdrawal of $${en(f.round(3000, 60000, 10))}`,
          `from ${f.pick(PLATFORMS)} is pending.`,
          `Pay the ${f.pick(['release', 'tax', 'verification'])} fee of`,
          `${en(f.int(300, 2400))} USDT to ${f.tron()} to receive your funds.`,
        ),
      (f) =>
        s(
          f.pick(["Hey, it's me.", 'Hi friend!', 'Hello dear!']),
          `Can you buy a $${f.pick([50, 100, 150])} ${f.pick(GIFT_CARDS)} card for me?`,
          f.pick([
            "Send me a photo of the back. I'll pay you back tonight, promise.",
            'Just send the code here, I will refund you later.',
          ]),
        ),
      (f) =>
        s(
          `${f.pick(BANKS_EN)} Security:`,
          'your account is under investigation for fraud.',
          f.pick([
            'To keep your savings safe, deposit them at a Bitcoin ATM to wallet',
            'Move your balance to our protected crypto wallet',
          ]),
          `${f.btc()}.`,
        ),
    ],
  },
  {
    lang: 'en',
    kind: 'job, investment or loan',
    per: 3,
    templates: [
      (f) =>
        s(
          f.pick(['Hi,', 'Hello!', 'Good day,']),
          `I'm ${f.pick(NAMES_EN)} from ${f.pick(AGENCIES)}.`,
          f.pick([
            'We have a part-time remote job for you:',
            'Your profile was recommended for a flexible online role:',
          ]),
          f.pick(['like and review products,', 'rate hotels and apps,', 'boost app rankings,']),
          `earn $${f.int(2, 4) * 100}-$${f.int(5, 9) * 100} a day, paid daily.`,
          f.pick(['Interested? WhatsApp', 'Reply or WhatsApp', 'Add us on WhatsApp']),
          intlMobile(f),
        ),
      (f) =>
        s(
          f.pick(['[Job]', 'Part time job:', 'Work from home:']),
          `30-60 mins per day, daily pay Rs.${inr(f.round(2000, 8000, 500))}.`,
          'No experience needed.',
          f.pick(['Contact on Telegram', 'Telegram:', 'Join on Telegram']),
          `@${f.handle(JOB_HANDLES)}`,
        ),
      (f) =>
        s(
          f.pick(['Crypto signals group:', 'AI trading club:', 'VIP investors:']),
          `members made ${f.int(18, 65)}% profit this week.`,
          f.pick(['Join free:', 'Get the next signal:', 'Start with $250:']),
          enLink(f, 'money'),
        ),
      (f) =>
        s(
          f.pick(['Hi, is this', 'Hey, is that', 'Hello, are you']),
          `${f.pick(NAMES_EN)}?`,
          f.pick([
            `We were supposed to meet for ${f.pick(['golf', 'coffee', 'dinner'])}` +
              ` on ${f.pick(WEEKDAYS_EN)}.`,
            'Your number was saved in my phone as my dentist.',
            'My assistant gave me this number for the yacht booking.',
          ]),
        ),
      (f) =>
        s(
          f.pick(["You're pre-approved for a", 'Pre-approved:', 'Good news! You qualify for a']),
          f.pick([`$${en(f.round(1000, 25000, 500))}`, `£${en(f.round(1000, 20000, 500))}`]),
          'loan',
          f.pick(['with no credit check.', 'even with bad credit.']),
          f.pick(['Funds in 10 minutes.', 'Same-day payout.']),
          'Apply:',
          enLink(f, 'money'),
        ),
      (f) =>
        s(
          `Your application for the ${f.pick(SHOPS_EN)}`,
          `online assistant position has been approved.`,
          `Salary $${en(f.round(600, 2000, 50))} per week.`,
          f.pick([
            `Please add our HR on WhatsApp ${intlMobile(f)}`,
            `Message our hiring manager on Telegram @${f.handle(JOB_HANDLES)}`,
          ]),
        ),
    ],
  },
  {
    lang: 'en',
    kind: 'prize',
    per: 3,
    templates: [
      (f) =>
        s(
          'Congratulations! Your number has been selected as a winner of',
          f.pick([`$${en(f.round(5000, 500000, 500))}`, `£${en(f.round(5000, 850000, 500))}`]),
          `in the ${f.pick(['Global Mobile Promo', 'Annual SIM Draw', 'National Lucky Draw'])}.`,
          f.pick([
            `To claim, call ${usPhone(f)}.`,
            `To claim, send your name and address to claims@${f.domain(STEMS.prize, 'uk')}`,
          ]),
        ),
      (f) =>
        s(
          `${f.pick(TELCOS_EN)}:`,
          f.pick(['Thank you for being a loyal customer!', 'Loyalty draw result:']),
          "You've won",
          f.pick(['an iPhone 16.', 'a Samsung Galaxy S24.', 'a Dyson vacuum.', 'a PS5.']),
          f.pick([`Claim by ${f.dateDmy('/')}:`, 'Pay $2 shipping to claim:', 'Claim here:']),
          enLink(f, 'prize'),
        ),
      (f) =>
        s(
          `You have been chosen for our monthly ${f.pick(SHOPS_EN)} survey reward:`,
          `a $${f.pick([50, 100, 250, 500])} gift card.`,
          f.pick(['Complete it in 2 mins:', 'Claim before it expires:']),
          enLink(f, 'prize'),
        ),
      (f) =>
        s(
          f.pick(['Dear user,', 'Dear Customer,']),
          `your mobile number has won Rs.${f.pick(['25,00,000', '35,00,000', '15,00,000'])} in the`,
          f.pick(['lucky draw.', 'SIM lottery.']),
          f.pick(['To claim call on WhatsApp', 'For claim contact']),
          `${inMobile(f)}.`,
          `Ref no ${f.upper(3)}${f.digits(5)}.`,
        ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Arabic: Gulf (riyal, dirham) and Egyptian styles.

const BANKS_AR = ['بنك الواحة', 'مصرف الساحل', 'بنك الرمال الوطني', 'مصرف النخيل'];
const CARRIERS_AR = ['البريد السريع', 'شركة الشحن', 'خدمة التوصيل'];
const TELCOS_AR = ['شبكة المدار', 'فضاء موبايل', 'اتصالات النجم'];
const SHOPS_AR = ['سوق المدينة', 'متجر الريان', 'هايبر الخليج'];
const MERCHANTS_AR = ['متجر الإلكترونيات', 'مجوهرات الندى', 'طيران السحاب', 'ELECTRO HUB'];
const NAMES_AR = ['أحمد', 'خالد', 'سارة', 'محمد', 'نورة', 'فهد'];
const GIFT_CARDS_AR = ['آيتونز', 'جوجل بلاي', 'ستيم', 'بلايستيشن'];

const arLink = linker('sa', {
  parcel: ['saudi', 'gulf'],
  bank: ['ksa', 'alwaha'],
  gov: ['ksa'],
});
const saMobile = (f: Fill): string => f.pat('05N ### ####');
const saFree = (f: Fill): string => f.pat('800 ### ####');
const egMobile = (f: Fill): string => `01${f.pick(['0', '1', '2', '5'])}${f.pat(' #### ####')}`;

const ARABIC: readonly TemplateSet[] = [
  {
    lang: 'ar',
    kind: 'parcel fee',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['', '[البريد]', 'تنبيه:']),
          `عزيزي العميل، شحنتك رقم ${f.track()} متوقفة`,
          f.pick(['بسبب عدم اكتمال العنوان.', 'لعدم سداد رسوم الشحن.', 'بسبب فشل محاولة التوصيل.']),
          f.pick([
            'يرجى تحديث البيانات خلال 24 ساعة:',
            'يرجى تأكيد العنوان اليوم:',
            'لإعادة الجدولة:',
          ]),
          arLink(f, 'parcel'),
        ),
      (f) =>
        s(
          f.pick(['لم نتمكن من توصيل طردك اليوم.', 'تعذر تسليم شحنتك لعدم وجود المستلم.']),
          `لإعادة جدولة التوصيل ادفع ${en(f.amount(5, 25))} ${f.pick(['ريال', 'درهم'])}`,
          'عبر الرابط:',
          arLink(f, 'parcel'),
        ),
      (f) =>
        s(
          `${f.pick(CARRIERS_AR)}:`,
          'طردك وصل إلى المستودع ويتطلب دفع رسوم جمركية بقيمة',
          `${en(f.amount(9, 60))} ريال`,
          f.pick(['قبل إعادته إلى المرسل.', 'خلال 48 ساعة.']),
          f.pick(['ادفع الآن:', 'للسداد:']),
          arLink(f, 'parcel'),
        ),
    ],
  },
  {
    lang: 'ar',
    kind: 'account blocked',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BANKS_AR)}: تم`,
          f.pick(['إيقاف', 'تعليق', 'تقييد']),
          'حسابك مؤقتاً',
          f.pick(['لعدم تحديث بياناتك.', 'بسبب نشاط غير معتاد.', 'لانتهاء صلاحية الهوية الوطنية.']),
          f.pick(['لإعادة التفعيل يرجى التحديث عبر', 'حدّث بياناتك الآن:', 'للتحقق:']),
          arLink(f, 'bank'),
        ),
      (f) =>
        s(
          'تنبيه أمني: تم تسجيل الدخول إلى حسابك من جهاز جديد',
          `(${f.pick(DEVICES)}) الساعة ${f.time()}.`,
          f.pick(['إذا لم تكن أنت، ألغِ العملية فوراً:', 'إن لم تكن أنت فاضغط هنا:']),
          arLink(f, 'bank'),
        ),
      (f) =>
        s(
          `${f.pick(BANKS_AR)}: سيتم إيقاف بطاقتك`,
          f.pick(['الائتمانية', 'البنكية']),
          'اليوم بسبب عدم تحديث بيانات "اعرف عميلك".',
          f.pick(['حدّث بياناتك:', 'للتحديث:']),
          arLink(f, 'bank'),
        ),
      (f) =>
        s(
          `عميلنا العزيز، بطاقتك المنتهية بـ ${f.digits(4)} موقوفة مؤقتاً.`,
          'لإعادة تفعيلها اتصل بخدمة العملاء على',
          saFree(f),
        ),
    ],
  },
  {
    lang: 'ar',
    kind: 'points expiring',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(SHOPS_AR)}:`,
          `نقاطك (${en(f.round(1000, 30000, 50))} نقطة) تنتهي صلاحيتها اليوم!`,
          `استبدلها الآن بقسائم شرائية بقيمة ${f.round(50, 500, 10)} ريال:`,
          arLink(f, 'points'),
        ),
      (f) =>
        s(
          'تذكير:',
          `رصيد نقاطك ${en(f.round(1000, 30000, 50))} نقطة ينتهي الليلة.`,
          f.pick(['للاستبدال أرسل "نعم" إلى هذا الرقم.', `للاستبدال اتصل على ${saMobile(f)}.`]),
        ),
      (f) =>
        s(
          `مبروك! لديك ${en(f.round(500, 9000, 10))} نقطة مكافآت من ${f.pick(TELCOS_AR)}`,
          'تنتهي خلال 24 ساعة.',
          f.pick(['استبدلها بهدية:', 'استبدلها برصيد مجاني:']),
          arLink(f, 'points'),
        ),
    ],
  },
  {
    lang: 'ar',
    kind: 'refund, benefit or fine',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['الخدمات الحكومية:', 'هيئة الضرائب:', 'تنبيه:']),
          `لديك مبلغ مسترد قدره ${en(f.amount(150, 3000))} ريال.`,
          'لاستلامه أدخل بيانات بطاقتك عبر',
          arLink(f, 'gov'),
        ),
      (f) =>
        s(
          'لديك مخالفة مرورية غير مسددة بقيمة',
          `${f.pick(['150', '300', '500', '900'])} ريال.`,
          `سدّدها قبل ${f.dateDmy('/')} لتجنب مضاعفة الغرامة:`,
          arLink(f, 'gov'),
        ),
      (f) =>
        s(
          'تم قبول طلبك للحصول على',
          f.pick(['الدعم الحكومي', 'المساعدة الشهرية', 'دعم الأسر']),
          `بمبلغ ${en(f.round(500, 5000, 100))} ريال.`,
          'أكمل بياناتك لاستلام الدفعة:',
          arLink(f, 'gov'),
        ),
      (f) =>
        s(
          `رسوم عبور غير مدفوعة على مركبتك بقيمة ${en(f.amount(8, 60))} درهم.`,
          f.pick(['ادفع اليوم لتجنب الغرامة:', 'سدّد الآن:']),
          arLink(f, 'gov'),
        ),
    ],
  },
  {
    lang: 'ar',
    kind: 'family impersonation',
    per: 3,
    templates: [
      (f) => {
        const mom = f.chance(0.6);
        return s(
          mom
            ? f.pick(['مرحبا ماما،', 'ماما،', 'هلا يمه،', 'يمه،'])
            : f.pick(['مرحبا بابا،', 'بابا،', 'هلا يبه،', 'يبه،']),
          f.pick(['هذا رقمي الجديد،', 'أكلمك من رقم جديد،']),
          f.pick(['جوالي انكسر.', 'تلفوني خرب.', 'ضاع جوالي.', 'جوالي طاح في الماء.']),
          mom
            ? f.pick([
                'احفظي الرقم وكلميني واتساب.',
                'راسليني على الواتساب على هذا الرقم.',
                'لا تتصلين الحين، راسليني واتس.',
              ])
            : f.pick([
                'احفظ الرقم وكلمني واتساب.',
                'راسلني على الواتساب على هذا الرقم.',
                'لا تتصل الحين، راسلني واتس.',
              ]),
        );
      },
      (f) => {
        const mom = f.chance(0.5);
        return s(
          mom ? f.pick(['ماما،', 'يمه،']) : f.pick(['بابا،', 'يبه،']),
          'أنا في ورطة، جوالي الجديد ما فيه تطبيق البنك وعندي دفعة لازم تنسدد اليوم.',
          mom
            ? s(
                `ممكن تحوّلين لي ${en(f.round(500, 4000, 100))} ريال وأرجعها لك بكرة؟`,
                'راسليني واتساب بس.',
              )
            : s(
                `ممكن تحوّل لي ${en(f.round(500, 4000, 100))} ريال وأرجعها لك بكرة؟`,
                'راسلني واتساب بس.',
              ),
        );
      },
      (f) => {
        const mom = f.chance(0.5);
        return s(
          'السلام عليكم',
          mom ? 'أمي العزيزة،' : 'أبي العزيز،',
          f.pick(['هذا رقمي الجديد بعد أن تعطل هاتفي.', 'هذا رقمي الجديد، فقد ضاع هاتفي القديم.']),
          mom
            ? 'أرجو أن تحفظيه وتراسليني عليه، أحتاج مساعدتك في أمر عاجل.'
            : 'أرجو أن تحفظه وتراسلني عليه، أحتاج مساعدتك في أمر عاجل.',
        );
      },
      (f) => {
        const mom = f.chance(0.5);
        return s(
          mom ? f.pick(['ماما،', 'يا ماما،']) : f.pick(['بابا،', 'يا بابا،']),
          'ده رقمي الجديد،',
          f.pick(['الموبايل باظ.', 'الموبايل اتسرق.', 'الموبايل وقع مني واتكسر.']),
          mom
            ? f.pick(['ابعتيلي واتساب على الرقم ده.', 'سجلي الرقم ده وكلميني واتس.'])
            : f.pick(['ابعتلي واتساب على الرقم ده.', 'سجل الرقم ده وكلمني واتس.']),
        );
      },
    ],
  },
  {
    lang: 'ar',
    kind: 'call-back lure',
    per: 2,
    templates: [
      (f) =>
        s(
          `تمت عملية شراء بمبلغ ${en(f.amount(500, 8000))} ريال من ${f.pick(MERCHANTS_AR)}`,
          `بالبطاقة المنتهية بـ ${f.digits(4)}.`,
          'إذا لم تقم بهذه العملية اتصل فوراً على',
          saMobile(f),
        ),
      (f) =>
        s(
          'تمت الموافقة على طلب التمويل الشخصي بمبلغ',
          `${en(f.round(20000, 300000, 1000))} ريال.`,
          'لإتمام الإجراءات تواصل مع المستشار على',
          saMobile(f),
        ),
      (f) =>
        s(
          `${f.pick(BANKS_AR)}: تم تجديد اشتراكك السنوي بمبلغ ${en(f.amount(300, 1500))} ريال.`,
          'لإلغاء الاشتراك واسترداد المبلغ اتصل على',
          saFree(f),
        ),
      (f) =>
        s(
          `عميلنا العزيز، تم خصم ${en(f.round(1000, 25000, 50))} جنيه من حسابك.`,
          'في حالة عدم قيامك بالعملية برجاء الاتصال على',
          egMobile(f),
        ),
    ],
  },
  {
    lang: 'ar',
    kind: 'code, gift card or crypto request',
    per: 2,
    templates: [
      (f) =>
        s(
          'السلام عليكم،',
          f.pick(['أرسلت لك كود تفعيل بالغلط على رقمك،', 'وصلك مني كود بالغلط،']),
          f.pick(['ممكن ترسله لي؟ ضروري.', 'الله يعافيك أرسله لي.', 'ممكن تعطيني إياه؟']),
        ),
      (f) =>
        s(
          `مرحبا، أنا ${f.pick(NAMES_AR)} من الإدارة. أحتاج منك خدمة سريعة:`,
          `اشترِ ${f.int(3, 6)} بطاقات ${f.pick(GIFT_CARDS_AR)}`,
          `بقيمة ${f.pick([100, 200, 500])} ريال`,
          'وأرسل لي صور الأكواد، وسأعيد لك المبلغ اليوم.',
        ),
      (f) =>
        s(
          'حسابك الاستثماري مجمد.',
          `لفك التجميد وسحب أرباحك ادفع رسوم ${en(f.int(200, 1500))} USDT إلى المحفظة`,
          f.tron(),
        ),
    ],
  },
  {
    lang: 'ar',
    kind: 'job, investment or loan',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['مطلوب موظفين للعمل عن بعد:', 'فرصة عمل من المنزل:']),
          f.pick(['لايك ومتابعة للمنتجات،', 'تقييم الفنادق والتطبيقات،']),
          `دخل يومي ${f.round(200, 1000, 50)} ريال.`,
          f.pick(['للتواصل واتساب', 'راسلنا واتساب']),
          intlMobile(f),
        ),
      (f) =>
        s(
          `استثمر ${en(f.round(1000, 5000, 500))} ريال`,
          `واحصل على أرباح يومية تصل إلى ${f.int(3, 9)}%`,
          `مع منصة ${f.pick(PLATFORMS)} للتداول بالذكاء الاصطناعي.`,
          'سجل الآن:',
          arLink(f, 'money'),
        ),
      (f) =>
        s(
          'تمويل شخصي فوري',
          f.pick(['بدون كفيل', 'بدون تحويل راتب']),
          `حتى ${en(f.round(50000, 500000, 10000))} ريال.`,
          f.pick(['قدّم الآن:', 'الموافقة خلال ساعة:']),
          arLink(f, 'money'),
        ),
    ],
  },
  {
    lang: 'ar',
    kind: 'prize',
    per: 2,
    templates: [
      (f) =>
        s(
          `مبروك! رقمك فاز بجائزة ${en(f.round(10000, 500000, 5000))} ريال`,
          `في سحب ${f.pick(['العملاء المميزين', 'الذكرى السنوية'])} من ${f.pick(TELCOS_AR)}.`,
          f.chance(0.5)
            ? s('لاستلام الجائزة اتصل على', saMobile(f))
            : s('استلم جائزتك من هنا:', arLink(f, 'prize')),
        ),
      (f) =>
        s(
          'تهانينا، تم اختيارك للفوز بسيارة',
          f.pick(['جديدة.', 'موديل 2026.']),
          `أكمل بياناتك قبل ${f.dateDmy('/')}:`,
          arLink(f, 'prize'),
        ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// German

const BANKS_DE = ['Nordbank Rhein', 'Elbe Sparbank', 'Alpenbank', 'Hansa Direktbank'];
const CARRIERS_DE = ['Paketdienst', 'PaketFlink', 'Zustellservice', 'Paketzentrum'];
const BRANDS_DE = ['PunktePlus', 'Bonuswelt', 'MeinVorteil', 'SparClub'];
const TELCOS_DE = ['FunkNetz', 'Telvia', 'NetzPlus'];
const NAMES_DE = ['Thomas', 'Sabine', 'Markus', 'Julia', 'Stefan', 'Anna'];
const FULL_NAMES_DE = ['M. Schneider', 'K. Wagner', 'T. Becker', 'S. Hoffmann', 'J. Koch'];

const deLink = linker('de', {
  parcel: ['paket', 'sendung', 'zustellung'],
  bank: ['konto', 'sicherheit', 'tan'],
  points: ['punkte', 'praemie'],
  gov: ['zoll', 'steuer', 'maut'],
  money: ['geld', 'kredit'],
  prize: ['gewinn'],
});
const DE_MOBILE_PREFIXES = ['0151', '0152', '0157', '0160', '0162', '0170', '0171', '0176', '0177'];
const deMobile = (f: Fill): string => f.pat(`${f.pick(DE_MOBILE_PREFIXES)} #######`);
const deFree = (f: Fill): string => f.pat('0800 ### ####');

const GERMAN: readonly TemplateSet[] = [
  {
    lang: 'de',
    kind: 'parcel fee',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['', `${f.pick(CARRIERS_DE)}:`, 'Sendungsinfo:']),
          `Ihr Paket ${f.track()} konnte nicht zugestellt werden, da`,
          f.pick([
            'die Hausnummer fehlt.',
            'die Adresse unvollständig ist.',
            'noch Versandkosten offen sind.',
          ]),
          f.pick([
            'Bitte bestätigen Sie Ihre Daten innerhalb von 24 Stunden:',
            'Bitte aktualisieren Sie Ihre Adresse bis heute 23:59 Uhr:',
            'Neue Zustellung beantragen:',
          ]),
          deLink(f, 'parcel'),
        ),
      (f) =>
        s(
          'Zoll: Für Ihre Sendung aus',
          f.pick(['China', 'Großbritannien', 'den USA']),
          `fallen Einfuhrabgaben von ${eu(f.amount(2, 40))} € an.`,
          f.pick([
            'Ohne Zahlung wird sie zurückgeschickt:',
            'Bitte innerhalb von 48 Std. bezahlen:',
          ]),
          deLink(f, 'parcel'),
        ),
      (f) =>
        s(
          f.pick(['Hallo!', 'Hi!', '']),
          f.pick(['Dein Paket wartet auf dich.', 'Wir konnten dein Paket heute nicht zustellen.']),
          f.pick(['Lege jetzt deine Zustellpräferenzen fest:', 'Bestätige hier Ort und Zeit:']),
          deLink(f, 'parcel'),
        ),
    ],
  },
  {
    lang: 'de',
    kind: 'account blocked',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BANKS_DE)}: Ihr Konto wurde`,
          f.pick([
            'vorübergehend eingeschränkt.',
            'gesperrt.',
            'aus Sicherheitsgründen eingeschränkt.',
          ]),
          f.pick([
            'Bitte verifizieren Sie sich unter',
            'Bestätigen Sie Ihre Identität:',
            'Freischaltung:',
          ]),
          deLink(f, 'bank'),
        ),
      (f) =>
        s(
          `${f.pick(BANKS_DE)}:`,
          f.pick([
            `Ihr pushTAN-Verfahren läuft am ${f.dateDmy('.')} ab.`,
            `Ihr Sicherheitsverfahren muss bis ${f.dateDmy('.')} erneuert werden.`,
          ]),
          'Um eine Sperrung Ihres Kontos zu vermeiden, aktualisieren Sie es jetzt:',
          deLink(f, 'bank'),
        ),
      (f) =>
        s(
          `Neues Gerät (${f.pick(DEVICES)}) wurde am ${f.dateDmy('.')} um ${f.time()} Uhr`,
          'für Ihr Online-Banking registriert.',
          f.pick(['Waren Sie das nicht? Sperren Sie es hier:', 'Nicht Sie? Dann sofort prüfen:']),
          deLink(f, 'bank'),
        ),
      (f) =>
        s(
          `Ihre Kreditkarte der ${f.pick(BANKS_DE)} wurde wegen verdächtiger Aktivitäten`,
          'vorübergehend gesperrt.',
          f.pick(['Entsperrung:', 'Jetzt freischalten:']),
          deLink(f, 'bank'),
        ),
    ],
  },
  {
    lang: 'de',
    kind: 'points expiring',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BRANDS_DE)}: Ihre ${eu(f.round(500, 20000, 10))} Punkte verfallen heute!`,
          f.pick(['Jetzt einlösen und Prämien sichern:', 'Jetzt Gutschein sichern:']),
          deLink(f, 'points'),
        ),
      (f) =>
        s(
          `${f.pick(BRANDS_DE)}: Letzte Erinnerung –`,
          `${eu(f.round(500, 20000, 10))} Bonuspunkte im Wert von ${eu(f.amount(5, 90))} €`,
          'verfallen um Mitternacht.',
          f.pick([
            'Antworten Sie mit JA, um sie gutschreiben zu lassen.',
            `Rufen Sie ${deFree(f)} an, um sie zu sichern.`,
          ]),
        ),
      (f) =>
        s(
          `${f.pick(TELCOS_DE)}: Ihre Treuepunkte (${eu(f.round(300, 9000, 10))}) laufen heute ab.`,
          'Tauschen Sie sie gegen ein Geschenk:',
          deLink(f, 'points'),
        ),
    ],
  },
  {
    lang: 'de',
    kind: 'refund, benefit or fine',
    per: 2,
    templates: [
      (f) =>
        s(
          `Finanzamt: Sie haben Anspruch auf eine`,
          `Steuerrückerstattung von ${eu(f.amount(90, 1400))} €.`,
          `Beantragen Sie sie bis ${f.dateDmy('.')}:`,
          deLink(f, 'gov'),
        ),
      (f) =>
        s(
          f.pick(['Mautservice:', 'Maut-Erinnerung:']),
          `Sie haben eine offene Mautgebühr von ${eu(f.amount(4, 40))} €.`,
          `Bitte begleichen Sie diese bis ${f.dateDmy('.')}, um eine Mahngebühr zu vermeiden:`,
          deLink(f, 'gov'),
        ),
      (f) =>
        s(
          `Bußgeldstelle: Ihr Verwarnungsgeld über ${f.pick([30, 55, 70, 100])} € ist noch offen.`,
          'Zahlen Sie heute, um ein Verfahren zu vermeiden:',
          deLink(f, 'gov'),
        ),
      (f) =>
        s(
          f.pick(['Energiepauschale:', 'Rückerstattung Rundfunkbeitrag:']),
          `Ihnen steht eine Auszahlung von ${eu(f.amount(50, 300))} € zu.`,
          'Bestätigen Sie Ihre Bankverbindung:',
          deLink(f, 'gov'),
        ),
    ],
  },
  {
    lang: 'de',
    kind: 'family impersonation',
    per: 4,
    templates: [
      (f) =>
        s(
          f.pick(['Hallo Mama,', 'Hallo Papa,', 'Hi Mama,', 'Mama,', 'Hallo Mami,', 'Hey Papa,']),
          f.pick(['das ist meine neue Nummer.', 'ich hab eine neue Nummer.', 'ich bin es.']),
          f.pick([
            'Mein Handy ist kaputt.',
            'Mein Handy ist ins Wasser gefallen.',
            'Mein altes Handy ist kaputtgegangen.',
            'Hab mein Handy verloren.',
          ]),
          f.pick([
            'Kannst du mir auf WhatsApp schreiben?',
            'Speicher die Nummer ein und schreib mir bitte auf WhatsApp.',
            'Die alte Nummer kannst du löschen.',
          ]),
        ),
      (f) =>
        s(
          `Hallo ${f.pick(['Mama', 'Papa', 'Mami'])}, ich bin's.`,
          'Ich hab ein neues Handy und komme noch nicht ins Online-Banking.',
          `Kannst du eine Rechnung über ${eu(f.amount(600, 2400))} € für mich überweisen?`,
          f.pick(["Ich geb's dir morgen zurück.", 'Bekommst du morgen wieder.']),
        ),
      (f) =>
        s(
          f.pick(['Papa,', 'Mama,']),
          'hast du kurz Zeit? Das ist meine neue Nummer, bitte speichern.',
          f.pick([
            'Ich brauche dringend deine Hilfe, schreib mir bitte hier.',
            'Ist wichtig, meld dich bitte hier.',
          ]),
        ),
    ],
  },
  {
    lang: 'de',
    kind: 'call-back lure',
    per: 2,
    templates: [
      (f) =>
        s(
          `Ihre Bestellung #${f.digits(8)} über ${eu(f.amount(400, 1900))} €`,
          'wurde bestätigt und wird heute abgebucht.',
          'Falls Sie diese nicht getätigt haben, rufen Sie sofort',
          `${f.pick([deMobile(f), deFree(f)])} an.`,
        ),
      (f) =>
        s(
          `${f.pick(BANKS_DE)} Sicherheitsdienst:`,
          `Eine Überweisung über ${eu(f.amount(500, 4000))} €`,
          `an ${f.pick(FULL_NAMES_DE)} wurde vorgemerkt.`,
          `Nicht von Ihnen? Rufen Sie uns unter ${deFree(f)} an.`,
        ),
      (f) =>
        s(
          `Ihr Kredit über ${eu(f.round(2000, 30000, 500))} € wurde ohne Bonitätsprüfung`,
          'vorläufig genehmigt.',
          `Für die Auszahlung rufen Sie bitte ${deMobile(f)} an.`,
        ),
    ],
  },
  {
    lang: 'de',
    kind: 'code, gift card or crypto request',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['Hallo,', 'Hi,', 'Hey,']),
          f.pick([
            'ich habe dir aus Versehen einen Code geschickt,',
            'sorry, mein Bestätigungscode ist bei dir gelandet,',
          ]),
          f.pick([
            'kannst du ihn mir bitte weiterleiten? Ist dringend.',
            'schickst du ihn mir bitte zurück?',
          ]),
        ),
      (f) =>
        s(
          `Hallo, ${f.pick(NAMES_DE)} hier. Ich bin gerade in einer Besprechung.`,
          `Kannst du mir schnell ${f.int(2, 5)}`,
          `${f.pick(['Google-Play', 'Apple', 'Paysafe'])}-Karten`,
          `à ${f.pick([50, 100])} € besorgen und die Codes fotografieren?`,
          "Ich zahl's dir heute zurück.",
        ),
      (f) =>
        s(
          `Ihr Guthaben von ${eu(f.amount(4000, 40000))} € bei ${f.pick(PLATFORMS)}`,
          'ist zur Auszahlung bereit.',
          `Für die Freigabe überweisen Sie bitte eine Gebühr von ${eu(f.round(200, 2000, 50))} €`,
          `in Bitcoin an ${f.btc()}`,
        ),
    ],
  },
  {
    lang: 'de',
    kind: 'job, investment or loan',
    per: 2,
    templates: [
      (f) =>
        s(
          'Hallo! Wir suchen Mitarbeiter im Homeoffice:',
          f.pick(['Produkte bewerten,', 'Videos liken,']),
          `${f.round(80, 400, 10)} € pro Tag, tägliche Auszahlung.`,
          'Interesse? Schreib uns auf WhatsApp:',
          f.pick([f.pat('+49 15# ########'), intlMobile(f)]),
        ),
      (f) =>
        s(
          `Mit ${f.pick([250, 300, 500])} € starten und täglich bis zu ${f.int(3, 12)} % Gewinn –`,
          'KI-Trading macht es möglich.',
          f.pick(['Jetzt registrieren:', 'Hier starten:']),
          deLink(f, 'money'),
        ),
      (f) =>
        s(
          'Nebenjob: 30–60 Minuten am Tag,',
          `${f.round(80, 300, 10)} € Tagesverdienst.`,
          'Kontakt über Telegram',
          `@${f.handle(JOB_HANDLES)}`,
        ),
    ],
  },
  {
    lang: 'de',
    kind: 'prize',
    per: 2,
    templates: [
      (f) =>
        s(
          'Herzlichen Glückwunsch! Ihre Nummer wurde bei unserer Jahresverlosung gezogen.',
          `Sie haben ${eu(f.round(1000, 50000, 500))} € gewonnen.`,
          'Gewinn abrufen:',
          deLink(f, 'prize'),
        ),
      (f) =>
        s(
          `${f.pick(TELCOS_DE)}: Sie sind unser Gewinner des Tages!`,
          'Sichern Sie sich Ihr neues Smartphone für nur 1 €:',
          deLink(f, 'prize'),
        ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Spanish: Spain, with a few Mexican texts.

const BANKS_ES = ['Banco Serrano', 'Caja Levante', 'Banco Alameda', 'Bancosur'];
const CARRIERS_ES = ['Paquetería Express', 'EnvíaYa', 'Mensajería Rápida'];
const BRANDS_ES = ['Club Ventajas', 'MásPuntos', 'Tarjeta Oro'];
const TELCOS_ES = ['Movinet', 'Telsur', 'Airtel Plus'];
const SHOPS_ES = ['TiendaMax', 'ElectroHogar', 'CompraFácil'];
const NAMES_ES = ['Carlos', 'Lucía', 'Javier', 'Marta', 'Pablo', 'Elena'];
const AGENCIES_ES = ['TalentoPlus', 'EmpleoYa', 'Recursos Globales'];

const esLink = linker('es', {
  parcel: ['envio', 'paquete', 'entrega'],
  bank: ['cliente', 'tarjeta', 'acceso'],
  points: ['puntos', 'canje'],
  gov: ['multas', 'hacienda', 'trafico'],
  money: ['dinero', 'prestamo'],
  prize: ['premio', 'sorteo'],
});
const esMobile = (f: Fill): string => f.pat(`${f.pick(['6', '7'])}## ### ###`);
const esFree = (f: Fill): string => f.pat('900 ### ###');

const SPANISH: readonly TemplateSet[] = [
  {
    lang: 'es',
    kind: 'parcel fee',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['', 'Aviso:', `${f.pick(CARRIERS_ES)}:`]),
          `Su paquete ${f.track()} está retenido en`,
          f.pick(['aduanas.', 'nuestro almacén.']),
          `Para la entrega, abone ${eu(f.amount(1, 4))} €`,
          f.pick(['de gastos de envío:', 'de tasas de aduana:']),
          esLink(f, 'parcel'),
        ),
      (f) =>
        s(
          'No hemos podido entregar tu envío porque',
          f.pick(['la dirección está incompleta.', 'no había nadie en casa.']),
          f.pick(['Programa una nueva entrega aquí:', 'Elige nueva fecha:']),
          esLink(f, 'parcel'),
        ),
      (f) =>
        s(
          f.pick(['Paquetería:', 'Aviso:']),
          f.pick(['tu pedido está pendiente de pago', 'tu envío tiene un importe pendiente']),
          `de ${eu(f.amount(1, 6))} €. Si no lo pagas hoy será devuelto al remitente.`,
          esLink(f, 'parcel'),
        ),
    ],
  },
  {
    lang: 'es',
    kind: 'account blocked',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BANKS_ES)}: Su tarjeta ha sido`,
          f.pick(['limitada', 'bloqueada', 'suspendida temporalmente']),
          'por',
          f.pick(['motivos de seguridad.', 'un acceso no autorizado.', 'falta de verificación.']),
          'Verifique sus datos en:',
          esLink(f, 'bank'),
        ),
      (f) =>
        s(
          f.pick(['', 'Aviso:', `${f.pick(BANKS_ES)}:`]),
          'Hemos detectado un acceso a su banca online desde un nuevo dispositivo',
          `(${f.pick(DEVICES)}).`,
          f.pick(['Si no ha sido usted, acceda aquí:', 'Si no lo reconoce, verifique:']),
          esLink(f, 'bank'),
        ),
      (f) =>
        s(
          'Estimado cliente, su cuenta quedará',
          f.pick(['bloqueada', 'suspendida']),
          'hoy si no actualiza sus datos.',
          esLink(f, 'bank'),
        ),
      (f) =>
        s(
          `${f.pick(BANKS_ES)} INFORMA: se ha programado un cargo de ${eu(f.amount(300, 2500))} €`,
          'en su cuenta. Si no lo reconoce, cancélelo en',
          esLink(f, 'bank'),
        ),
    ],
  },
  {
    lang: 'es',
    kind: 'points expiring',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BRANDS_ES)}: Sus ${eu(f.round(500, 20000, 10))} puntos caducan hoy.`,
          f.pick([
            `Canjéelos ya por un descuento de ${f.int(10, 90)} €:`,
            'Canjéelos ya por un regalo:',
          ]),
          esLink(f, 'points'),
        ),
      (f) =>
        s(
          `Estimado cliente, sus ${eu(f.round(500, 20000, 10))} puntos caducan hoy.`,
          `Para canjearlos llame al ${esMobile(f)} antes de las ${f.int(18, 22)}:00.`,
        ),
      (f) =>
        s(
          `¡Último día! Tienes ${eu(f.round(300, 9000, 10))} puntos ${f.pick(TELCOS_ES)}`,
          'que caducan a medianoche. Responde SI para canjearlos por saldo.',
        ),
      (f) =>
        s(
          `${f.pick(TELCOS_ES)}: te quedan ${eu(f.round(300, 9000, 10))} puntos por canjear.`,
          `Caducan el ${f.dateDmy('/')}.`,
          esLink(f, 'points'),
        ),
    ],
  },
  {
    lang: 'es',
    kind: 'refund, benefit or fine',
    per: 2,
    templates: [
      (f) =>
        s(
          'Hacienda:',
          f.pick(['tiene un reembolso pendiente', 'le corresponde una devolución']),
          `de ${eu(f.amount(90, 1500))} €.`,
          `Confirme sus datos bancarios antes del ${f.dateDmy('/')}:`,
          esLink(f, 'gov'),
        ),
      (f) =>
        s(
          `Tráfico: tiene una multa pendiente de ${f.pick([100, 200, 500])} €.`,
          `Evite el recargo pagando antes del ${f.dateDmy('/')} en`,
          esLink(f, 'gov'),
        ),
      (f) =>
        s(
          f.pick(['Peaje:', 'Autopista:']),
          `tiene un importe pendiente de ${eu(f.amount(2, 30))} €.`,
          'Abónelo hoy para evitar una sanción:',
          esLink(f, 'gov'),
        ),
    ],
  },
  {
    lang: 'es',
    kind: 'family impersonation',
    per: 4,
    templates: [
      (f) =>
        s(
          f.pick(['Hola mamá,', 'Hola papá,', 'Mamá,', 'Hola mami,', 'Papá,']),
          f.pick(['este es mi nuevo número.', 'soy yo, te escribo desde un número nuevo.']),
          f.pick([
            'Se me ha roto el móvil.',
            'Se me cayó el móvil al agua.',
            'He perdido el móvil.',
          ]),
          f.pick([
            'Guárdalo y escríbeme por WhatsApp.',
            'Escríbeme por WhatsApp cuando puedas.',
            'Borra el número antiguo.',
          ]),
        ),
      (f) =>
        s(
          f.pick(['Mamá,', 'Papá,']),
          'soy yo, tengo móvil nuevo y no puedo entrar en el banco.',
          `¿Me puedes hacer una transferencia de ${eu(f.amount(600, 2000))} €?`,
          'Es para pagar una factura hoy, te lo devuelvo mañana.',
        ),
      (f) =>
        s(
          f.pick(['Hola ma,', 'Hola pa,', 'Mami,']),
          'soy yo, cambié de número porque',
          f.pick(['se me descompuso el celular.', 'se me perdió el celular.']),
          'Guárdalo y mándame mensaje por WhatsApp, porfa.',
        ),
    ],
  },
  {
    lang: 'es',
    kind: 'call-back lure',
    per: 2,
    templates: [
      (f) =>
        s(
          `Su compra de ${eu(f.amount(300, 1800))} € en ${f.pick(SHOPS_ES)} ha sido aprobada.`,
          `Si no reconoce esta operación, llame al ${f.pick([esMobile(f), esFree(f)])}.`,
        ),
      (f) =>
        s(
          `${f.pick(BANKS_ES)}:`,
          `préstamo preaprobado de ${eu(f.round(3000, 30000, 500))} € sin papeleos.`,
          `Para recibirlo hoy llame al ${esMobile(f)}.`,
        ),
      (f) =>
        s(
          `Aviso de seguridad: se ha solicitado una transferencia de ${eu(f.amount(500, 3000))} €`,
          'desde su cuenta. Si no ha sido usted, contacte de inmediato con el',
          `${esMobile(f)}.`,
        ),
    ],
  },
  {
    lang: 'es',
    kind: 'code, gift card or crypto request',
    per: 2,
    templates: [
      (f) =>
        s(
          'Hola, perdona,',
          f.pick([
            'te he enviado un código de 6 dígitos por error.',
            'te ha llegado un código mío por error.',
          ]),
          f.pick(['¿Me lo puedes reenviar? Es urgente.', '¿Me lo pasas, por favor?']),
        ),
      (f) =>
        s(
          `Hola, soy ${f.pick(NAMES_ES)}. Estoy en una reunión y necesito un favor:`,
          `compra ${f.int(2, 5)} tarjetas regalo de ${f.pick([50, 100])} €`,
          'y mándame foto de los códigos. Luego te lo devuelvo.',
        ),
      (f) =>
        s(
          `Su cuenta de inversión tiene ${eu(f.amount(3000, 40000))} € listos para retirar.`,
          `Pague la comisión de ${eu(f.round(150, 1500, 50))} € en Bitcoin a ${f.btc()}`,
          'para liberar los fondos.',
        ),
    ],
  },
  {
    lang: 'es',
    kind: 'job, investment or loan',
    per: 2,
    templates: [
      (f) =>
        s(
          `Hola, somos de ${f.pick(AGENCIES_ES)}. Ofrecemos trabajo desde casa:`,
          f.pick(['dar "me gusta" a vídeos', 'valorar productos']),
          `y ganar ${f.round(50, 150, 10)}-${f.round(200, 500, 10)} € al día. Pago diario.`,
          'Contacto WhatsApp',
          f.pick([f.pat('+34 6## ### ###'), intlMobile(f)]),
        ),
      (f) =>
        s(
          `Invierte desde ${f.pick([200, 250, 300])} € y obtén`,
          f.pick(['rentabilidad diaria', `hasta un ${f.int(20, 60)} % al mes`]),
          'con nuestra plataforma de IA. Plazas limitadas:',
          esLink(f, 'money'),
        ),
      (f) =>
        s(
          `Préstamo aprobado por $${en(f.round(5000, 80000, 1000))} MXN sin buró.`,
          'Depósito en 10 min. Solicítalo aquí:',
          esLink(f, 'money'),
        ),
    ],
  },
  {
    lang: 'es',
    kind: 'prize',
    per: 2,
    templates: [
      (f) =>
        s(
          `¡Enhorabuena! Su número ha sido premiado con ${eu(f.round(1000, 50000, 500))} €`,
          `en el sorteo de ${f.pick(TELCOS_ES)}. Reclame su premio en`,
          esLink(f, 'prize'),
        ),
      (f) =>
        s(
          'Has sido seleccionado para recibir',
          f.pick(['un iPhone', 'un televisor', 'un patinete eléctrico']),
          'por solo 1,99 €. Envío gratis:',
          esLink(f, 'prize'),
        ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// French

const BANKS_FR = ['Banque Horizon', 'Crédit du Littoral', 'Banque des Alpes', 'Caisse Azur'];
const BRANDS_FR = ['Club Avantages', 'MaCarte Fidélité', 'Privilèges+'];
const TELCOS_FR = ['Mobilis', 'TelAzur', 'Réseau Plus'];
const NAMES_FR = ['Julien', 'Camille', 'Nicolas', 'Sophie', 'Thomas', 'Claire'];
const FULL_NAMES_FR = ['M. Dupont', 'C. Martin', 'L. Bernard', 'A. Moreau', 'S. Petit'];

const frLink = linker('fr', {
  parcel: ['colis', 'suivi', 'livraison'],
  bank: ['compte', 'client', 'securite'],
  points: ['fidelite', 'points'],
  gov: ['amende', 'impots', 'vitale'],
  money: ['credit', 'placement'],
  prize: ['gagnant', 'cadeau'],
});
const frMobile = (f: Fill): string => f.pat(`0${f.pick(['6', '7'])} ## ## ## ##`);
const frFixed = (f: Fill): string => f.pat(`0${f.pick(['1', '9'])} ## ## ## ##`);

const FRENCH: readonly TemplateSet[] = [
  {
    lang: 'fr',
    kind: 'parcel fee',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['', 'Colis :', 'Suivi :']),
          `Votre colis ${f.track()} est en attente de livraison. Merci de régler les frais`,
          f.pick(["d'affranchissement", 'de douane', 'de réexpédition']),
          `(${sp(f.amount(1, 3))} €) sous 48h :`,
          frLink(f, 'parcel'),
        ),
      (f) =>
        s(
          "Bonjour, nous n'avons pas pu livrer votre colis",
          f.pick(["car l'adresse est incomplète.", 'en votre absence.']),
          f.pick(['Choisissez un nouveau créneau :', 'Reprogrammez la livraison :']),
          frLink(f, 'parcel'),
        ),
      (f) =>
        s(
          'Suivi : votre colis a été retourné au centre de tri.',
          f.pick([
            'Confirmez vos coordonnées pour une nouvelle livraison :',
            `Des frais de ${sp(f.amount(1, 3))} € sont à régler :`,
          ]),
          frLink(f, 'parcel'),
        ),
    ],
  },
  {
    lang: 'fr',
    kind: 'account blocked',
    per: 2,
    templates: [
      (f) => {
        const [noun, state] = f.pick([
          ['votre compte', 'suspendu'],
          ['votre compte', 'restreint'],
          ['votre carte', 'bloquée'],
          ['votre carte', 'suspendue'],
        ] as const);
        return s(
          `${f.pick(BANKS_FR)} : ${noun} a été temporairement ${state}`,
          f.pick(['suite à une activité inhabituelle.', 'pour raison de sécurité.']),
          f.pick(['Confirmez votre identité :', 'Procédez à la vérification :']),
          frLink(f, 'bank'),
        );
      },
      (f) =>
        s(
          `Nouvel appareil ajouté à votre espace client le ${f.dateDmy('/')} à ${f.time()}.`,
          "Si vous n'êtes pas à l'origine de cette opération, annulez-la ici :",
          frLink(f, 'bank'),
        ),
      (f) =>
        s(
          `${f.pick(BANKS_FR)} : votre dispositif de sécurité expire aujourd'hui.`,
          'Réactivez-le pour éviter la suspension de votre accès :',
          frLink(f, 'bank'),
        ),
      (f) =>
        s(
          `${f.pick(BANKS_FR)} : un virement de ${sp(f.amount(400, 3000))} € vers`,
          `${f.pick(FULL_NAMES_FR)} est en cours de validation.`,
          "S'il ne s'agit pas de vous, annulez-le :",
          frLink(f, 'bank'),
        ),
    ],
  },
  {
    lang: 'fr',
    kind: 'points expiring',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BRANDS_FR)} : vos ${sp(f.round(500, 20000, 10))} points fidélité`,
          "expirent aujourd'hui !",
          `Convertissez-les en bon d'achat de ${f.int(10, 80)} € :`,
          frLink(f, 'points'),
        ),
      (f) =>
        s(
          `Dernier rappel : vos ${sp(f.round(500, 20000, 10))} points expirent ce soir à minuit.`,
          f.pick([
            'Répondez OUI pour les convertir en avoir.',
            `Appelez le ${frFixed(f)} pour les utiliser.`,
          ]),
        ),
      (f) =>
        s(
          `${f.pick(TELCOS_FR)} : votre cagnotte de ${sp(f.amount(5, 60))} € expire aujourd'hui.`,
          'Utilisez-la avant minuit :',
          frLink(f, 'points'),
        ),
    ],
  },
  {
    lang: 'fr',
    kind: 'refund, benefit or fine',
    per: 2,
    templates: [
      (f) =>
        s(
          `Service des impôts : vous bénéficiez d'un remboursement de ${sp(f.amount(80, 1200))} €.`,
          `Renseignez vos coordonnées bancaires avant le ${f.dateDmy('/')} :`,
          frLink(f, 'gov'),
        ),
      (f) =>
        s(
          `Avis de contravention :`,
          `une amende de ${f.pick([35, 45, 68, 135])} € n'a pas été réglée.`,
          `Évitez la majoration en payant avant le ${f.dateDmy('/')} :`,
          frLink(f, 'gov'),
        ),
      (f) =>
        s(
          'Assurance Maladie : votre carte Vitale arrive à expiration.',
          f.pick([
            `Commandez la nouvelle carte (frais de ${sp(f.amount(1, 8))} €) :`,
            'Mettez à jour vos informations :',
          ]),
          frLink(f, 'gov'),
        ),
      (f) =>
        s(
          `Compte formation : vos droits de ${sp(f.round(500, 3000, 50))} € expirent le`,
          `${f.dateDmy('/')}. Utilisez-les avant cette date :`,
          frLink(f, 'gov'),
        ),
    ],
  },
  {
    lang: 'fr',
    kind: 'family impersonation',
    per: 4,
    templates: [
      (f) =>
        s(
          f.pick(['Coucou maman,', 'Salut papa,', 'Maman,', 'Coucou papa,', 'Bonjour maman,']),
          f.pick(["c'est mon nouveau numéro.", "c'est moi, j'ai changé de numéro."]),
          f.pick([
            'Mon téléphone est cassé.',
            "J'ai fait tomber mon téléphone dans l'eau.",
            "J'ai perdu mon portable.",
          ]),
          f.pick([
            "Tu peux m'écrire sur WhatsApp ?",
            'Enregistre ce numéro et écris-moi sur WhatsApp.',
            "Supprime l'ancien numéro.",
          ]),
        ),
      (f) =>
        s(
          f.pick(['Maman,', 'Papa,']),
          "c'est moi. J'ai un souci : nouveau téléphone et je n'ai pas encore accès à ma banque.",
          `Tu pourrais payer une facture de ${sp(f.amount(500, 2000))} € pour moi aujourd'hui ?`,
          'Je te rembourse demain.',
        ),
      (f) =>
        s(
          f.pick(['Salut papa,', 'Coucou maman,']),
          "je t'écris depuis le téléphone d'un ami, le mien est HS.",
          f.pick(["Tu peux me répondre ici ? C'est urgent.", 'Réponds-moi ici dès que tu peux.']),
        ),
    ],
  },
  {
    lang: 'fr',
    kind: 'call-back lure',
    per: 2,
    templates: [
      (f) =>
        s(
          `Votre commande n°${f.digits(8)}`,
          `d'un montant de ${sp(f.amount(300, 1600))} € a été validée.`,
          "Si vous n'êtes pas à l'origine de cet achat, contactez le",
          `${frFixed(f)}.`,
        ),
      (f) =>
        s(
          `${f.pick(BANKS_FR)} :`,
          `opération suspecte de ${sp(f.amount(300, 2500))} € sur votre carte.`,
          `Appelez le service fraude au ${frFixed(f)} pour la bloquer.`,
        ),
      (f) =>
        s(
          `Votre crédit de ${sp(f.round(3000, 40000, 500))} € est accepté.`,
          `Appelez votre conseiller au ${frMobile(f)} pour débloquer les fonds.`,
        ),
    ],
  },
  {
    lang: 'fr',
    kind: 'code, gift card or crypto request',
    per: 2,
    templates: [
      (f) =>
        s(
          'Bonjour, je vous ai envoyé un code par erreur,',
          f.pick([
            "pouvez-vous me le renvoyer s'il vous plaît ? Merci",
            "vous pouvez me le transférer ? C'est urgent.",
          ]),
        ),
      (f) =>
        s(
          `Coucou c'est ${f.pick(NAMES_FR)}, tu peux m'acheter ${f.int(2, 5)} cartes`,
          `${f.pick(['PCS', 'Transcash', 'Google Play'])} de ${f.pick([50, 100, 150])} €`,
          "et m'envoyer les codes ? Je te rembourse ce soir.",
        ),
      (f) =>
        s(
          `Pour débloquer vos gains de ${sp(f.amount(3000, 30000))} €,`,
          `réglez les frais de retrait de ${sp(f.round(150, 1500, 50))} € en Bitcoin sur l'adresse`,
          `${f.btc()}.`,
        ),
    ],
  },
  {
    lang: 'fr',
    kind: 'job, investment or loan',
    per: 2,
    templates: [
      (f) =>
        s(
          'Bonjour ! Nous recrutons pour un travail à domicile :',
          f.pick(['liker des vidéos,', 'noter des produits,']),
          `${f.round(50, 120, 10)} à ${f.round(150, 400, 10)} € par jour, paiement quotidien.`,
          'Contact WhatsApp :',
          f.pick([f.pat('+33 6 ## ## ## ##'), intlMobile(f)]),
        ),
      (f) =>
        s(
          `Placement garanti à ${f.int(6, 12)} % par an, sans risque.`,
          f.pick(['Places limitées :', 'Ouvrez votre compte :']),
          frLink(f, 'money'),
        ),
      (f) =>
        s(
          `Crédit sans justificatif jusqu'à ${sp(f.round(3000, 50000, 1000))} €,`,
          'réponse immédiate :',
          frLink(f, 'money'),
        ),
    ],
  },
  {
    lang: 'fr',
    kind: 'prize',
    per: 2,
    templates: [
      (f) =>
        s(
          'Félicitations ! Vous avez été tiré(e) au sort pour gagner',
          f.pick(['un iPhone 16.', 'un robot cuiseur.', 'une trottinette électrique.']),
          `Payez seulement les frais de port (${sp(f.amount(1, 3))} €) :`,
          frLink(f, 'prize'),
        ),
      (f) =>
        s(
          `Votre numéro a gagné ${sp(f.round(1000, 20000, 500))} € lors de notre tirage mensuel.`,
          `Pour réclamer votre gain, appelez le ${frFixed(f)}.`,
        ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Hindi (India)

const BANKS_HI = ['सहयोग बैंक', 'जनसेवा बैंक', 'भारत सेतु बैंक'];
const TELCOS_HI = ['टेलनोवा', 'एयरवेव', 'स्काईलिंक'];
const MEN_HI = ['राहुल', 'अमित', 'विकास', 'संजय'];
const UPI_NAMES = ['rahul', 'priya.k', 'amit', 'neha.s', 'vikas', 'sneha'];

const hiLink = linker('in', {
  parcel: ['courier', 'dak'],
  bank: ['kyc', 'pan', 'netbanking'],
  points: ['rewards'],
  gov: ['echallan', 'incometax', 'yojana'],
  money: ['loan', 'earn'],
  prize: ['lucky', 'inaam'],
});
const hiToll = (f: Fill): string => f.pat('1800-###-####');
const inPlate = (f: Fill): string =>
  `${f.pick(['DL', 'MH', 'UP', 'KA', 'RJ', 'HR'])}${f.pat('##')}${f.upper(2)}${f.pat('####')}`;

const HINDI: readonly TemplateSet[] = [
  {
    lang: 'hi',
    kind: 'parcel fee',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['', 'सूचना:', '[कूरियर]']),
          `आपका पार्सल ${f.track()}`,
          f.pick([
            'अधूरे पते की वजह से वेयरहाउस में रुका है।',
            'गलत पते के कारण डिलीवर नहीं हो पाया।',
            'डिलीवरी के लिए रोका गया है।',
          ]),
          f.pick([
            '24 घंटे में पता अपडेट करें, वरना पार्सल वापस भेज दिया जाएगा:',
            'कृपया अपना पता अपडेट करें:',
            'डिलीवरी के लिए पता कन्फर्म करें:',
          ]),
          hiLink(f, 'parcel'),
        ),
      (f) =>
        s(
          'प्रिय ग्राहक, आपके कूरियर की डिलीवरी के लिए',
          `₹${inr(f.amount(20, 99))} शुल्क बाकी है।`,
          f.pick(['अभी भुगतान करें:', 'आज ही भुगतान करें:']),
          hiLink(f, 'parcel'),
        ),
      (f) =>
        s(
          'डाक विभाग: आपका पैकेज कस्टम में अटका है।',
          `₹${inr(f.round(150, 2500, 10))} कस्टम ड्यूटी जमा करें:`,
          hiLink(f, 'parcel'),
        ),
    ],
  },
  {
    lang: 'hi',
    kind: 'account blocked',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['प्रिय ग्राहक,', 'प्रिय खाताधारक,']),
          `आपका ${f.pick(BANKS_HI)} खाता आज`,
          f.pick(['बंद', 'ब्लॉक', 'सस्पेंड']),
          'कर दिया जाएगा। कृपया तुरंत अपना',
          f.pick(['KYC', 'PAN कार्ड', 'आधार']),
          'अपडेट करें:',
          hiLink(f, 'bank'),
        ),
      (f) =>
        s(
          `आपके ${f.pick(BANKS_HI)} नेट बैंकिंग में नए डिवाइस (${f.pick(DEVICES)})`,
          `से लॉगिन हुआ है।`,
          f.pick([
            'अगर यह आप नहीं हैं तो तुरंत इस लिंक पर क्लिक करें:',
            'अगर आपने लॉगिन नहीं किया है तो यहां ब्लॉक करें:',
          ]),
          hiLink(f, 'bank'),
        ),
      (f) =>
        s(
          `${f.pick(BANKS_HI)}: आपका डेबिट कार्ड XX${f.digits(4)} ब्लॉक हो गया है।`,
          'दोबारा चालू करने के लिए विवरण भरें:',
          hiLink(f, 'bank'),
        ),
      (f) =>
        s(
          'आपके बैंक खाते का KYC अधूरा है,',
          f.pick(['24 घंटे में खाता फ्रीज़ हो जाएगा।', 'आज रात खाता बंद हो जाएगा।']),
          'अपडेट करें:',
          hiLink(f, 'bank'),
        ),
    ],
  },
  {
    lang: 'hi',
    kind: 'points expiring',
    per: 2,
    templates: [
      (f) =>
        s(
          `प्रिय ग्राहक, आपके ${f.pick(BANKS_HI)} क्रेडिट कार्ड के`,
          `₹${inr(f.amount(1500, 12000))} के रिवॉर्ड पॉइंट्स आज समाप्त हो रहे हैं।`,
          'अभी रिडीम करें:',
          hiLink(f, 'points'),
        ),
      (f) =>
        s(
          `आपके ${inr(f.round(1000, 20000, 10))} रिवॉर्ड पॉइंट्स आज रात एक्सपायर हो जाएंगे।`,
          `कैश में बदलने के लिए ${inMobile(f)} पर कॉल करें।`,
        ),
      (f) =>
        s(
          `${f.pick(TELCOS_HI)}: बधाई! आपके ${inr(f.round(500, 8000, 10))}`,
          `पॉइंट्स आज खत्म हो रहे हैं,`,
          'इन्हें मुफ्त रिचार्ज में बदलें:',
          hiLink(f, 'points'),
        ),
    ],
  },
  {
    lang: 'hi',
    kind: 'refund, benefit or fine',
    per: 2,
    templates: [
      (f) =>
        s(
          `आयकर विभाग: आपका ₹${inr(f.amount(2000, 60000))} का इनकम टैक्स रिफंड स्वीकृत हो गया है।`,
          'अपना बैंक खाता सत्यापित करें:',
          hiLink(f, 'gov'),
        ),
      (f) =>
        s(
          `आपके वाहन ${inPlate(f)} पर ₹${f.pick(['500', '1,000', '2,000'])} का ई-चालान बकाया है।`,
          'कोर्ट की कार्रवाई से बचने के लिए आज ही भुगतान करें:',
          hiLink(f, 'gov'),
        ),
      (f) =>
        s(
          'सरकारी योजना के तहत आपके खाते में',
          `₹${inr(f.round(2000, 12000, 500))} की सहायता राशि भेजी जानी है।`,
          'अपना आवेदन पूरा करें:',
          hiLink(f, 'gov'),
        ),
    ],
  },
  {
    lang: 'hi',
    kind: 'family impersonation',
    per: 4,
    templates: [
      (f) => {
        const me = f.pick(['रहा', 'रही']);
        return s(
          f.pick(['मम्मी,', 'पापा,', 'मां,', 'हाय मम्मी,', 'हेलो पापा,']),
          f.pick(['ये मेरा नया नंबर है।', `मैं बोल ${me} हूं, ये मेरा नया नंबर है।`]),
          f.pick(['मेरा फोन टूट गया।', 'फोन पानी में गिर गया।', 'पुराना फोन खो गया।']),
          f.pick([
            'इस नंबर को सेव कर लीजिए और WhatsApp पर मैसेज कीजिए।',
            'WhatsApp पर बात करो, अभी कॉल मत करना।',
            'पुराना नंबर अब बंद है।',
          ]),
        );
      },
      (f) => {
        const son = f.chance(0.5);
        return s(
          f.pick(['पापा,', 'मम्मी,']),
          `मैं बोल ${son ? 'रहा' : 'रही'} हूं, नए नंबर से।`,
          `मुझे अभी ₹${inr(f.round(2000, 25000, 500))} की जरूरत है,`,
          f.pick(['कॉलेज की फीस आज भरनी है।', 'हॉस्टल का किराया आज देना है।']),
          'इस UPI पर भेज दीजिए:',
          `${f.pick(UPI_NAMES)}${f.digits(f.int(2, 4))}@${f.pick(['upi', 'okpay'])},`,
          `कल लौटा ${son ? 'दूंगा' : 'दूंगी'}।`,
        );
      },
      (f) =>
        s(
          f.pick(['हैलो मम्मी,', 'पापा,']),
          `दोस्त के फोन से मैसेज कर ${f.pick(['रहा', 'रही'])} हूं, मेरा फोन खराब है।`,
          f.pick(['जल्दी रिप्लाई करो, बहुत जरूरी बात है।', 'इसी नंबर पर जवाब दीजिए, जरूरी है।']),
        ),
    ],
  },
  {
    lang: 'hi',
    kind: 'call-back lure',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['प्रिय उपभोक्ता,', 'प्रिय ग्राहक,']),
          'आपका पिछले महीने का बिजली बिल अपडेट नहीं हुआ है,',
          `इसलिए आज रात ${f.pick(['9:30', '10:00', '10:30'])} बजे आपकी बिजली काट दी जाएगी।`,
          `तुरंत बिजली अधिकारी से ${inMobile(f)} पर संपर्क करें।`,
        ),
      (f) =>
        s(
          `आपके ${f.pick(BANKS_HI)} कार्ड से ₹${inr(f.amount(2000, 90000))} का ट्रांजैक्शन हुआ है।`,
          `अगर आपने नहीं किया है तो तुरंत ${f.pick([inMobile(f), hiToll(f)])} पर कॉल करें।`,
        ),
      (f) =>
        s(
          `बधाई हो! आपका ₹${inr(f.round(50000, 900000, 5000))} का पर्सनल लोन`,
          'बिना किसी दस्तावेज के मंजूर हो गया है।',
          `राशि पाने के लिए ${inMobile(f)} पर कॉल करें।`,
        ),
      (f) =>
        s(
          'आपके नाम से भेजे गए पार्सल में अवैध सामान मिला है।',
          `कानूनी कार्रवाई से बचने के लिए तुरंत ${inMobile(f)} पर संपर्क करें।`,
        ),
    ],
  },
  {
    lang: 'hi',
    kind: 'code, gift card or crypto request',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['भाई,', 'सर,', 'नमस्ते,']),
          'गलती से आपके नंबर पर एक OTP चला गया है,',
          f.pick(['प्लीज़ वो मुझे भेज दो, बहुत जरूरी है।', 'कृपया वो OTP मुझे बता दीजिए।']),
        ),
      (f) =>
        s(
          `नमस्ते, मैंने गलती से आपके खाते में ₹${inr(f.round(500, 9000, 100))} भेज दिए हैं,`,
          'कृपया इसी नंबर पर वापस भेज दीजिए।',
        ),
      (f) =>
        s(
          `मैं ${f.pick(MEN_HI)} बोल रहा हूं, अभी मीटिंग में हूं।`,
          `${f.int(2, 5)} Amazon गिफ्ट कार्ड ₹${f.pick(['2,000', '5,000'])}`,
          `वाले खरीद कर कोड भेज दो,`,
          'शाम को पैसे लौटा दूंगा।',
        ),
    ],
  },
  {
    lang: 'hi',
    kind: 'job, investment or loan',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['पार्ट टाइम जॉब:', 'घर बैठे काम:']),
          f.pick(['YouTube वीडियो लाइक करें', 'होटल को रेटिंग दें']),
          `और रोज ₹${inr(f.round(1000, 3000, 100))}–₹${inr(f.round(4000, 9000, 500))} कमाएं।`,
          'संपर्क करें WhatsApp',
          f.pick([f.pat('+91 9#########'), intlMobile(f)]),
        ),
      (f) =>
        s(
          `घर बैठे काम करें, रोज़ाना ₹${inr(f.round(2000, 8000, 500))} तक कमाएं।`,
          'किसी अनुभव की जरूरत नहीं। Telegram पर जुड़ें:',
          `@${f.handle(JOB_HANDLES)}`,
        ),
      (f) =>
        s(
          `सिर्फ ₹${inr(f.pick([5000, 10000, 20000]))} निवेश करें और 30 दिनों में पैसे डबल करें।`,
          'अभी जुड़ें:',
          hiLink(f, 'money'),
        ),
      (f) =>
        s(
          `₹${inr(f.round(50000, 500000, 10000))} तक का इंस्टेंट लोन,`,
          'बिना क्रेडिट स्कोर के, 5 मिनट में खाते में। अभी अप्लाई करें:',
          hiLink(f, 'money'),
        ),
    ],
  },
  {
    lang: 'hi',
    kind: 'prize',
    per: 2,
    templates: [
      (f) =>
        s(
          'बधाई हो! आपके मोबाइल नंबर ने',
          f.pick(['लकी ड्रॉ', 'सिम लॉटरी']),
          `में ₹${f.pick(['25,00,000', '35,00,000', '15,00,000'])} जीते हैं।`,
          `इनाम पाने के लिए WhatsApp ${inMobile(f)} पर संपर्क करें।`,
        ),
      (f) =>
        s(
          `आपको ${f.pick(TELCOS_HI)} की ओर से मुफ्त`,
          f.pick(['स्मार्टफोन', 'रिचार्ज']),
          'का इनाम मिला है। आज ही क्लेम करें:',
          hiLink(f, 'prize'),
        ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Indonesian

const BANKS_ID = ['Bank Samudra', 'Bank Nusantara Jaya', 'Bank Merapi'];
const CARRIERS_ID = ['Kurir Kilat', 'EkspresKu', 'Paket Cepat'];
const BRANDS_ID = ['PoinKu', 'Member Plus', 'Belanja Hemat'];
const TELCOS_ID = ['SinyalKu', 'Telnesia', 'NusaCell'];
const MERCHANTS_ID = ['TOKO ELEKTRONIK JAYA', 'GADGET CENTER', 'TIKET ONLINE', 'MALL DIGITAL'];

const idLink = linker('id', {
  parcel: ['paket', 'kirim', 'resi'],
  bank: ['rekening', 'nasabah'],
  points: ['poin', 'hadiah'],
  gov: ['tilang', 'pajak', 'bansos'],
  money: ['dana', 'pinjam'],
  prize: ['undian', 'hadiah'],
});
const idMobile = (f: Fill): string =>
  f.pat(`${f.pick(['0812', '0813', '0821', '0852', '0857', '0878', '0896'])}-####-####`);
const idPlate = (f: Fill): string =>
  `${f.pick(['B', 'D', 'L', 'F', 'AB'])} ${f.pat('N###')} ${f.upper(f.int(2, 3))}`;

const INDONESIAN: readonly TemplateSet[] = [
  {
    lang: 'id',
    kind: 'parcel fee',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['', 'INFO:', `${f.pick(CARRIERS_ID)}:`]),
          `Paket Anda ${f.track()} tertahan di gudang karena`,
          f.pick(['alamat tidak lengkap.', 'nomor rumah tidak ditemukan.']),
          f.pick(['Perbarui data dalam 1x24 jam:', 'Konfirmasi alamat di sini:']),
          idLink(f, 'parcel'),
        ),
      (f) =>
        s(
          'Kurir: paket atas nama Anda belum dapat dikirim.',
          `Lunasi biaya kirim Rp${eu(f.round(8000, 45000, 500))} melalui`,
          idLink(f, 'parcel'),
        ),
      (f) =>
        s(
          'Paket dari luar negeri tertahan di bea cukai.',
          `Bayar bea masuk Rp${eu(f.round(25000, 350000, 1000))} agar paket segera dikirim:`,
          idLink(f, 'parcel'),
        ),
    ],
  },
  {
    lang: 'id',
    kind: 'account blocked',
    per: 2,
    templates: [
      (f) =>
        s(
          'Nasabah Yth, rekening Anda',
          f.pick(['diblokir sementara', 'dibatasi']),
          'karena',
          f.pick(['data belum diperbarui.', 'terdeteksi aktivitas mencurigakan.']),
          'Segera verifikasi di',
          idLink(f, 'bank'),
        ),
      (f) =>
        s(
          `INFO ${f.pick(BANKS_ID)}: Mulai ${f.dateDmy('/')} tarif transfer berubah menjadi`,
          `Rp${f.pick(['150.000', '145.000', '175.000'])}/bulan.`,
          'Jika tidak setuju, isi formulir di',
          idLink(f, 'bank'),
        ),
      (f) =>
        s(
          `Perangkat baru terdeteksi masuk ke akun m-banking Anda pukul ${f.time()}.`,
          'Jika bukan Anda, segera amankan akun:',
          idLink(f, 'bank'),
        ),
    ],
  },
  {
    lang: 'id',
    kind: 'points expiring',
    per: 2,
    templates: [
      (f) =>
        s(
          `Selamat! Poin ${f.pick(BRANDS_ID)} Anda sebanyak ${eu(f.round(1000, 50000, 100))}`,
          'akan hangus hari ini. Tukarkan sekarang dengan hadiah menarik:',
          idLink(f, 'points'),
        ),
      (f) =>
        s(
          `Pelanggan Yth, ${eu(f.round(1000, 50000, 100))}`,
          `poin Anda berakhir hari ini pukul 23:59.`,
          `Balas YA untuk menukarkan jadi pulsa Rp${eu(f.round(25000, 200000, 5000))}.`,
        ),
      (f) =>
        s(
          `${f.pick(TELCOS_ID)}: Poin loyalitas Anda hangus malam ini!`,
          `Klaim voucher Rp${eu(f.round(50000, 500000, 10000))} di`,
          idLink(f, 'points'),
        ),
    ],
  },
  {
    lang: 'id',
    kind: 'refund, benefit or fine',
    per: 2,
    templates: [
      (f) =>
        s(
          `Anda mendapat surat tilang elektronik untuk kendaraan ${idPlate(f)}.`,
          `Denda Rp${eu(f.round(250000, 1000000, 50000))} harus dibayar sebelum ${f.dateDmy('/')}:`,
          idLink(f, 'gov'),
        ),
      (f) =>
        s(
          'Selamat, Anda terdaftar sebagai penerima bantuan sosial',
          `Rp${eu(f.round(300000, 3000000, 50000))}. Lengkapi data untuk pencairan:`,
          idLink(f, 'gov'),
        ),
      (f) =>
        s(
          `Pengembalian pajak sebesar Rp${eu(f.round(400000, 9000000, 1000))}`,
          'siap dicairkan ke rekening Anda. Konfirmasi di',
          idLink(f, 'gov'),
        ),
    ],
  },
  {
    lang: 'id',
    kind: 'family impersonation',
    per: 4,
    templates: [
      (f) =>
        s(
          f.pick(['Ma,', 'Mah,', 'Bun,', 'Pa,', 'Pah,']),
          f.pick(['ini nomor baru aku,', 'ini nomorku yang baru,']),
          f.pick(['hp lama rusak.', 'hp aku jatuh dan mati total.', 'hp-ku hilang.']),
          f.pick([
            'Simpan ya nomornya.',
            'Chat WA ke nomor ini aja ya.',
            'Nomor yang lama jangan dipakai dulu ya.',
          ]),
        ),
      (f) =>
        s(
          f.pick(['Mah,', 'Ma,', 'Bun,']),
          `tolong kirimin pulsa ${f.pick(['50rb', '100rb', '200rb'])} ke nomor ini dulu ya,`,
          f.pick(['nanti aku ganti. Lagi darurat.', 'penting banget, nanti aku jelasin.']),
        ),
      (f) =>
        s(
          f.pick(['Pa,', 'Ma,']),
          f.pick([
            'aku lagi ada masalah, hp aku disita.',
            'aku kecelakaan kecil, sekarang di klinik.',
          ]),
          `Tolong transfer Rp${eu(f.round(1000000, 8000000, 500000))} sekarang ke rekening`,
          `${f.pick(BANKS_ID)} ${f.digits(10)}, nanti aku jelasin. Jangan telepon dulu ya.`,
        ),
    ],
  },
  {
    lang: 'id',
    kind: 'call-back lure',
    per: 2,
    templates: [
      (f) =>
        s(
          `Transaksi Rp${eu(f.round(1500000, 25000000, 1000))} di ${f.pick(MERCHANTS_ID)}`,
          'menggunakan kartu kredit Anda berhasil.',
          `Jika bukan Anda, hubungi ${idMobile(f)}.`,
        ),
      (f) =>
        s(
          `Selamat! Pengajuan pinjaman Anda sebesar Rp${eu(f.round(5000000, 100000000, 500000))}`,
          `telah disetujui tanpa jaminan. Hubungi petugas kami di ${idMobile(f)}.`,
        ),
      (f) =>
        s(
          'Nasabah Yth, kartu ATM Anda akan diblokir hari ini.',
          `Untuk info lebih lanjut hubungi CS ${f.pick(BANKS_ID)} di ${idMobile(f)}.`,
        ),
    ],
  },
  {
    lang: 'id',
    kind: 'code, gift card or crypto request',
    per: 2,
    templates: [
      (f) =>
        s(
          'Kak maaf, tadi ada kode OTP 6 digit terkirim ke nomor kakak, salah kirim.',
          f.pick(['Boleh tolong dikirim ke saya?', 'Tolong kirim balik ya kak, penting.']),
        ),
      (f) =>
        s(
          f.pick(['Maaf,', 'Mohon maaf,']),
          `saya salah transfer Rp${eu(f.round(200000, 3000000, 50000))} ke rekening Anda.`,
          'Tolong dikembalikan ke nomor ini ya, terima kasih.',
        ),
      (f) =>
        s(
          f.pick(['Halo,', 'Kak,']),
          `bisa bantu belikan voucher game Rp${eu(f.pick([100000, 250000, 500000]))}`,
          `dan kirim kodenya?`,
          'Nanti saya ganti, lagi urgent.',
        ),
      (f) =>
        s(
          `Untuk menarik keuntungan Rp${eu(f.round(5000000, 90000000, 100000))},`,
          `bayar biaya penarikan ${f.int(100, 900)} USDT ke dompet ${f.tron()}`,
        ),
    ],
  },
  {
    lang: 'id',
    kind: 'job, investment or loan',
    per: 2,
    templates: [
      (f) =>
        s(
          'Lowongan kerja part time: cukup like & subscribe, gaji',
          `Rp${eu(f.round(100000, 300000, 50000))}–Rp${eu(f.round(400000, 1000000, 50000))}/hari,`,
          'dibayar harian. Info WA',
          idMobile(f),
        ),
      (f) =>
        s(
          `Investasi aman, profit ${f.int(2, 8)}% per hari!`,
          `Modal mulai Rp${eu(f.pick([100000, 250000, 500000]))}. Gabung grup Telegram:`,
          idLink(f, 'money'),
        ),
      (f) =>
        s(
          `Dana cepat cair Rp${eu(f.round(2000000, 50000000, 500000))} tanpa agunan, bunga 0%.`,
          'Ajukan sekarang:',
          idLink(f, 'money'),
        ),
    ],
  },
  {
    lang: 'id',
    kind: 'prize',
    per: 2,
    templates: [
      (f) =>
        s(
          `Selamat! Nomor Anda terpilih sebagai pemenang undian ${f.pick(BRANDS_ID)} 2026`,
          `dengan hadiah Rp${eu(f.round(10000000, 200000000, 5000000))}. Info:`,
          idLink(f, 'prize'),
        ),
      (f) =>
        s(
          `PEMENANG: Selamat, Anda mendapatkan`,
          `cek tunai Rp${eu(f.round(10000000, 150000000, 5000000))}`,
          `dari ${f.pick(TELCOS_ID)}. PIN pemenang: ${f.upper(2)}${f.digits(4)}.`,
          `Hubungi ${idMobile(f)}.`,
        ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Italian

const BANKS_IT = ['Banca Aurora', 'Banca del Lago', 'Credito Tirreno', 'Banca Dolomiti'];
const TELCOS_IT = ['Mobilia', 'TeleSole', 'Rete Più'];
const NAMES_IT = ['Marco', 'Giulia', 'Luca', 'Chiara', 'Andrea', 'Francesca'];
const MONTHS_IT = ['gennaio', 'marzo', 'maggio', 'luglio', 'settembre', 'novembre'];

const itLink = linker('it', {
  parcel: ['pacco', 'spedizione', 'consegna'],
  bank: ['conto', 'cliente', 'sicurezza'],
  points: ['punti', 'premi'],
  gov: ['multe', 'rimborso', 'pedaggio'],
  money: ['prestito', 'soldi'],
  prize: ['vincita', 'premio'],
});
const itMobile = (f: Fill): string =>
  f.pat(`3${f.pick(['20', '28', '33', '35', '38', '40', '47', '49', '66', '89', '93'])} ### ####`);
const itFree = (f: Fill): string => f.pat('800 ### ###');

const ITALIAN: readonly TemplateSet[] = [
  {
    lang: 'it',
    kind: 'parcel fee',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['', 'Avviso:', 'Spedizioni:']),
          `Il tuo pacco ${f.track()} è in giacenza. Per la consegna è necessario pagare`,
          `${eu(f.amount(1, 3))} € di spese di spedizione:`,
          itLink(f, 'parcel'),
        ),
      (f) =>
        s(
          'Tentativo di consegna non riuscito:',
          f.pick(['indirizzo incompleto.', 'destinatario assente.']),
          f.pick(['Aggiorna i tuoi dati entro 24 ore:', 'Riprogramma la consegna:']),
          itLink(f, 'parcel'),
        ),
      (f) =>
        s(
          'Dogana: la tua spedizione è bloccata per diritti doganali non pagati',
          `(${eu(f.amount(2, 30))} €). Paga ora per evitare la restituzione:`,
          itLink(f, 'parcel'),
        ),
    ],
  },
  {
    lang: 'it',
    kind: 'account blocked',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BANKS_IT)}: il tuo conto è stato`,
          f.pick(['sospeso', 'limitato', 'bloccato']),
          'per',
          f.pick(['motivi di sicurezza.', 'un accesso anomalo.']),
          'Verifica i tuoi dati su',
          itLink(f, 'bank'),
        ),
      (f) =>
        s(
          'Gentile cliente, abbiamo rilevato un accesso da un nuovo dispositivo',
          `(${f.pick(DEVICES)}). Se non sei stato tu, blocca l'operazione:`,
          itLink(f, 'bank'),
        ),
      (f) =>
        s(
          `${f.pick(BANKS_IT)} avvisa: la tua carta è stata`,
          f.pick(['bloccata.', 'sospesa.']),
          'Per riattivarla segui la procedura:',
          itLink(f, 'bank'),
        ),
    ],
  },
  {
    lang: 'it',
    kind: 'points expiring',
    per: 2,
    templates: [
      (f) =>
        s(
          `I tuoi ${eu(f.round(500, 20000, 10))} punti scadono oggi!`,
          `Riscattali subito e ricevi un buono da ${f.int(10, 50)} €:`,
          itLink(f, 'points'),
        ),
      (f) =>
        s(
          `Ultimo avviso: i punti fedeltà accumulati (${eu(f.round(500, 20000, 10))})`,
          'scadranno a mezzanotte.',
          f.pick([
            'Rispondi SI per convertirli in credito.',
            `Chiama il ${itFree(f)} per non perderli.`,
          ]),
        ),
      (f) =>
        s(
          `${f.pick(TELCOS_IT)}: hai ${eu(f.round(300, 9000, 10))} punti in scadenza.`,
          'Scegli il tuo premio entro oggi:',
          itLink(f, 'points'),
        ),
    ],
  },
  {
    lang: 'it',
    kind: 'refund, benefit or fine',
    per: 2,
    templates: [
      (f) =>
        s(
          `Ufficio rimborsi: hai diritto a un rimborso fiscale di ${eu(f.amount(90, 1200))} €.`,
          `Inserisci i tuoi dati entro il ${f.dateDmy('/')}:`,
          itLink(f, 'gov'),
        ),
      (f) =>
        s(
          `Avviso: risulta una multa non pagata di ${eu(f.amount(40, 180))} €.`,
          'Evita la maggiorazione pagando entro 5 giorni:',
          itLink(f, 'gov'),
        ),
      (f) =>
        s(
          `Bonus ${f.pick(['bollette', 'energia', 'famiglia'])}:`,
          `ti spetta un contributo di ${f.round(150, 800, 50)} €.`,
          `Richiedilo entro il ${f.dateDmy('/')}:`,
          itLink(f, 'gov'),
        ),
      (f) =>
        s(
          `Pedaggio non pagato di ${eu(f.amount(3, 40))} €.`,
          'Regolarizza subito per evitare sanzioni:',
          itLink(f, 'gov'),
        ),
    ],
  },
  {
    lang: 'it',
    kind: 'family impersonation',
    per: 4,
    templates: [
      (f) =>
        s(
          f.pick(['Ciao mamma,', 'Ciao papà,', 'Mamma,', 'Ciao ma,', 'Papà,']),
          f.pick(['questo è il mio nuovo numero.', 'sono io, ho cambiato numero.']),
          f.pick([
            'Mi si è rotto il telefono.',
            'Il telefono mi è caduto in acqua.',
            'Ho perso il telefono.',
          ]),
          f.pick([
            'Salvalo e scrivimi su WhatsApp.',
            'Mi scrivi su WhatsApp?',
            'Cancella il vecchio numero.',
          ]),
        ),
      (f) =>
        s(
          `${f.pick(['Mamma', 'Papà'])} sono io,`,
          'ho il telefono nuovo e non riesco ad accedere alla banca.',
          `Mi puoi pagare una bolletta di ${eu(f.amount(400, 1800))} €? Te li ridò domani.`,
        ),
      (f) =>
        s(
          f.pick(['Ciao pà,', 'Ciao mà,']),
          'ti scrivo dal telefono di un amico, il mio è rotto.',
          f.pick(['Puoi rispondermi qui? È urgente', 'Rispondimi qui appena puoi.']),
        ),
    ],
  },
  {
    lang: 'it',
    kind: 'call-back lure',
    per: 2,
    templates: [
      (f) =>
        s(
          `Gentile cliente, è stato disposto un bonifico di ${eu(f.amount(500, 4000))} €`,
          `verso IBAN IT${f.pat('##')}${f.upper(1)}${f.pat('######################')}.`,
          `Se non riconosci l'operazione chiama il numero verde ${itFree(f)}.`,
        ),
      (f) =>
        s(
          `Il tuo ordine n. ${f.digits(7)} da ${eu(f.amount(300, 1500))} € è stato confermato.`,
          `Se non hai effettuato tu l'acquisto chiama subito il ${itMobile(f)}.`,
        ),
      (f) =>
        s(
          `Prestito approvato di ${eu(f.round(3000, 30000, 500))} € senza busta paga.`,
          `Per ricevere i soldi oggi chiama il ${itMobile(f)}.`,
        ),
    ],
  },
  {
    lang: 'it',
    kind: 'code, gift card or crypto request',
    per: 2,
    templates: [
      (f) =>
        s(
          'Ciao, scusa, ti ho mandato un codice per sbaglio,',
          f.pick(['me lo puoi girare? Grazie mille', 'me lo rimandi per favore? È urgente.']),
        ),
      (f) =>
        s(
          `Ciao sono ${f.pick(NAMES_IT)}, mi serve un favore: mi compri ${f.int(2, 5)} ricariche`,
          `${f.pick(['Google Play', 'Apple', 'Paysafe'])} da ${f.pick([50, 100])} €`,
          'e mi mandi le foto dei codici? Ti ridò tutto stasera.',
        ),
      (f) =>
        s(
          `Per sbloccare il prelievo di ${eu(f.amount(3000, 30000))} €`,
          `devi versare una commissione`,
          `di ${eu(f.round(150, 1500, 50))} € in USDT all'indirizzo ${f.tron()}.`,
        ),
    ],
  },
  {
    lang: 'it',
    kind: 'job, investment or loan',
    per: 2,
    templates: [
      (f) =>
        s(
          'Ciao! Cerchiamo collaboratori da casa:',
          f.pick(['metti like ai video', 'recensisci prodotti']),
          `e guadagna ${f.round(50, 120, 10)}-${f.round(150, 400, 10)} € al giorno.`,
          'Pagamento giornaliero. Scrivici su WhatsApp',
          f.pick([f.pat('+39 3## ### ####'), intlMobile(f)]),
        ),
      (f) =>
        s(
          `Investi ${f.pick([250, 300, 500])} €`,
          `e ottieni rendimenti fino al ${f.int(20, 60)}% al mese`,
          'con il trading automatico:',
          itLink(f, 'money'),
        ),
      (f) =>
        s(
          `Lavoro part-time online, 1 ora al giorno, ${f.round(80, 300, 10)} € al giorno.`,
          'Contatto Telegram',
          `@${f.handle(JOB_HANDLES)}`,
        ),
    ],
  },
  {
    lang: 'it',
    kind: 'prize',
    per: 2,
    templates: [
      (f) =>
        s(
          'Congratulazioni! Sei stato selezionato per ricevere',
          f.pick(['un iPhone.', 'un robot aspirapolvere.', 'un buono da 500 €.']),
          `Paga solo la spedizione (${eu(f.amount(1, 3))} €):`,
          itLink(f, 'prize'),
        ),
      (f) =>
        s(
          `Il tuo numero ha vinto ${eu(f.round(1000, 50000, 500))} € nell'estrazione di`,
          `${f.pick(MONTHS_IT)}. Per riscuotere la vincita chiama il ${itMobile(f)}.`,
        ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Japanese

const BANKS_JA = ['つばさ台銀行', 'ひばり銀行', 'みずなみ銀行', 'あさひ野信用金庫'];
const CARDS_JA = ['ルミナカード', 'スターライトカード', 'ハーバーカード'];
const BRANDS_JA = ['ポイントクラブ', 'ハッピーポイント', 'マイル倶楽部'];
const SHOPS_JA = ['ショップレーン', 'モールワン', 'ネットマルシェ'];
const NAMES_JA = ['田中', '佐藤', '鈴木', '高橋', '山本', '中村'];

const jaLink = linker('jp', {
  parcel: ['takuhai', 'haisou', 'nimotsu'],
  bank: ['ginko', 'kakunin'],
  points: ['point'],
  gov: ['zeimu', 'etc', 'nozei'],
  money: ['fx', 'kabu'],
  prize: ['tousen'],
});
const jaMobile = (f: Fill): string => f.pat(`0${f.pick(['90', '80', '70'])}-####-####`);
const jaFree = (f: Fill): string => f.pat('0120-###-###');
const jaTokyo = (f: Fill): string => f.pat('03-####-####');
const jaDate = (f: Fill): string => `${f.month()}月${f.day()}日`;
/** Japanese texts put a link straight after the sentence, or after a space. */
const jaUrl = (f: Fill, topic: LinkTopic): string => `${f.pick(['', ' '])}${jaLink(f, topic)}`;

const JAPANESE: readonly TemplateSet[] = [
  {
    lang: 'ja',
    kind: 'parcel fee',
    per: 3,
    templates: [
      (f) =>
        c(
          f.pick(['', '【宅配便】', '【配送通知】']),
          'お客様宛にお荷物のお届けにあがりましたが、不在のため持ち帰りました。',
          f.pick(['下記よりご確認ください。', '再配達のお申し込みはこちら：']),
          jaUrl(f, 'parcel'),
        ),
      (f) =>
        c(
          'お届け予定のお荷物について、',
          f.pick(['住所不備のため', '宛先不明のため']),
          '配達できませんでした。',
          f.pick(['本日中に', '24時間以内に']),
          '住所をご確認ください：',
          jaUrl(f, 'parcel'),
        ),
      (f) =>
        c(
          '【重要】お荷物の',
          f.pick(['配送料金', '関税']),
          `（${en(f.int(200, 980))}円）が未払いです。`,
          'お支払いがない場合、返送されます。',
          jaUrl(f, 'parcel'),
        ),
    ],
  },
  {
    lang: 'ja',
    kind: 'account blocked',
    per: 2,
    templates: [
      (f) =>
        c(
          `【${f.pick(BANKS_JA)}】お客様の口座を一時利用停止しております。`,
          f.pick(['再開手続きはこちら：', '詳細はこちら：']),
          jaUrl(f, 'bank'),
        ),
      (f) =>
        c(
          `【${f.pick(CARDS_JA)}】`,
          '不正利用の疑いがあるため、ご利用を制限しました。本人確認をお願いします。',
          jaUrl(f, 'bank'),
        ),
      (f) =>
        c(
          '【重要】お客様のアカウントに新しい端末からログインがありました。',
          '心当たりのない場合は直ちにご確認ください。',
          jaUrl(f, 'bank'),
        ),
      (f) =>
        c(
          `【${f.pick(BANKS_JA)}】お取引目的等の確認のため、${jaDate(f)}までにご回答ください。`,
          '期限を過ぎるとお取引が制限されます。',
          jaUrl(f, 'bank'),
        ),
    ],
  },
  {
    lang: 'ja',
    kind: 'points expiring',
    per: 2,
    templates: [
      (f) =>
        c(
          `【${f.pick(BRANDS_JA)}】お客様の${en(f.round(500, 30000, 10))}`,
          `ポイントが本日失効します。`,
          '今すぐ交換手続きを：',
          jaUrl(f, 'points'),
        ),
      (f) =>
        c(
          `保有ポイント${en(f.round(500, 30000, 10))}ptが本日23:59に失効予定です。`,
          `延長をご希望の方は${jaFree(f)}までお電話ください。`,
        ),
      (f) => {
        const points = f.round(1000, 30000, 100);
        return c(
          '【ポイント失効のお知らせ】',
          `${en(points)}ポイント（${en(points)}円相当）の有効期限が本日までです。`,
          jaUrl(f, 'points'),
        );
      },
    ],
  },
  {
    lang: 'ja',
    kind: 'refund, benefit or fine',
    per: 2,
    templates: [
      (f) =>
        c(
          `【税務署】所得税の還付金${en(f.round(5000, 90000, 100))}円があります。`,
          '受け取り手続きはこちら：',
          jaUrl(f, 'gov'),
        ),
      (f) =>
        c(
          '【未払い】ETC利用料金の未払いがあります。',
          `${jaDate(f)}までにお支払いください。`,
          jaUrl(f, 'gov'),
        ),
      (f) =>
        c(
          '【重要】税金の未納があります。',
          f.pick([
            '本日中に納付がない場合、財産差し押さえの手続きに入ります。',
            '至急お手続きください。',
          ]),
          jaUrl(f, 'gov'),
        ),
      (f) =>
        c(
          `給付金のお知らせ：お客様は${en(f.round(30000, 100000, 10000))}円の給付金の対象です。`,
          `申請期限は${jaDate(f)}です。`,
          jaUrl(f, 'gov'),
        ),
    ],
  },
  {
    lang: 'ja',
    kind: 'family impersonation',
    per: 4,
    templates: [
      (f) =>
        c(
          f.pick(['お母さん、', '母さん、', 'お父さん、', 'ママ、', '父さん、']),
          f.pick(['スマホが壊れて、', '携帯を水没させて、', 'スマホをなくして、']),
          f.pick(['番号が変わりました。', '新しい番号になったよ。', 'これが新しい番号です。']),
          f.pick(['LINEで連絡してね。', '登録しておいてね。', '古い番号は消しといて。']),
        ),
      (f) =>
        c(
          f.pick(['母さん、俺だけど。', 'お母さん、俺、俺。', '母さん、ちょっと聞いて。']),
          f.pick(['会社のお金が入った鞄をなくしちゃって、', '友達の借金の保証人になってて、']),
          `今日中に${f.int(50, 300)}万円必要なんだ。`,
          f.pick(['誰にも言わないで。', '後で必ず返すから。']),
        ),
      (f) =>
        c(
          f.pick(['お父さん', 'お母さん']),
          '、新しい番号から送ってます。ちょっと困ってて、今話せる？',
          f.pick(['電話じゃなくてこっちに返信して。', '電話に出られないから返信ちょうだい。']),
        ),
    ],
  },
  {
    lang: 'ja',
    kind: 'call-back lure',
    per: 2,
    templates: [
      (f) =>
        c(
          `【${f.pick(SHOPS_JA)}】ご注文（${en(f.round(30000, 300000, 10))}円）を承りました。`,
          `お心当たりのない場合は、${jaFree(f)}までご連絡ください。`,
        ),
      (f) =>
        c(
          `【${f.pick(CARDS_JA)}】${en(f.round(20000, 500000, 10))}円のご利用がありました。`,
          `ご本人様でない場合は至急${f.pick([jaTokyo(f), jaMobile(f)])}へお電話ください。`,
        ),
      (f) =>
        c(
          `【未納料金】有料動画サイトのご利用料金${en(f.round(20000, 400000, 1000))}円が未納です。`,
          '本日中にご連絡がない場合、法的措置に移ります。',
          `連絡先：${jaTokyo(f)}`,
        ),
    ],
  },
  {
    lang: 'ja',
    kind: 'code, gift card or crypto request',
    per: 2,
    templates: [
      (f) =>
        c(
          f.pick(['すみません、', '突然すみません、']),
          '間違えて認証コードをそちらに送ってしまいました。',
          f.pick(['届いた6桁の番号を教えてもらえますか？', 'コードを転送していただけますか？']),
        ),
      (f) =>
        c(
          `${f.pick(NAMES_JA)}です。急ぎでお願いがあります。`,
          `コンビニで${f.pick(GIFT_CARDS)}ギフトカードを`,
          `${en(f.round(10000, 50000, 5000))}円分買って、`,
          '裏のコードを写真で送ってもらえますか？後で必ず返します。',
        ),
      (f) =>
        c(
          `出金手数料として${en(f.round(30000, 300000, 1000))}円分のビットコインを`,
          `指定のアドレスに送金してください：${f.btc()}`,
        ),
    ],
  },
  {
    lang: 'ja',
    kind: 'job, investment or loan',
    per: 2,
    templates: [
      (f) =>
        c(
          '【副業】スマホで簡単、',
          `1日${en(f.round(5000, 30000, 1000))}円以上稼げます！日払いOK。`,
          `詳しくはLINE ID:${f.handle(JOB_HANDLES)}まで`,
        ),
      (f) =>
        c(
          `投資で月${f.int(10, 50)}万円の利益を目指しませんか？`,
          'プロのトレーダーが無料で指導します：',
          jaUrl(f, 'money'),
        ),
      (f) =>
        c(
          `審査なしで最大${f.int(50, 500)}万円まで即日融資。`,
          'お申し込みはこちら：',
          jaUrl(f, 'money'),
        ),
    ],
  },
  {
    lang: 'ja',
    kind: 'prize',
    per: 2,
    templates: [
      (f) =>
        c(
          `【当選】おめでとうございます！${f.pick(BRANDS_JA)}キャンペーンで`,
          `${f.int(1, 100)}万円が当選しました。受け取り手続き：`,
          jaUrl(f, 'prize'),
        ),
      (f) =>
        c(
          '【ご当選のお知らせ】抽選の結果、お客様の番号が1等に選ばれました。',
          `詳細は${jaFree(f)}まで。`,
        ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Korean

const BANKS_KO = ['바다은행', '새봄은행', '푸른저축은행'];
const CARDS_KO = ['새봄카드', '바다카드', '누리카드'];
const SHOPS_KO = ['모두마켓', '한빛몰', '스마트쇼핑', '글로벌직구'];
const BRANDS_KO = ['모아포인트', '누리멤버십', '행복포인트'];
const TELCOS_KO = ['누리텔레콤', '바다모바일'];
const MERCHANTS_KO = ['(주)글로벌결제', '해외직구몰', '전자랜드몰', '골드마켓'];

const koLink = linker('kr', {
  parcel: ['taekbae', 'baesong'],
  bank: ['auth', 'bank'],
  points: ['point'],
  gov: ['gwataeryo', 'hwangeup'],
  money: ['stock', 'loan'],
  prize: ['event'],
});
const koMobile = (f: Fill): string => f.pat('010-####-####');
const koRep = (f: Fill): string =>
  f.pat(`${f.pick(['1588', '1577', '1644', '1899', '1600'])}-####`);
const koSeoul = (f: Fill): string => f.pat(`02-${f.pick(['###', '####'])}-####`);
const ko070 = (f: Fill): string => f.pat('070-####-####');
const koTag = (f: Fill): string => f.pick(['[Web발신]', '[국외발신]', '[국제발신]', '']);

const KOREAN: readonly TemplateSet[] = [
  {
    lang: 'ko',
    kind: 'parcel fee',
    per: 2,
    templates: [
      (f) =>
        s(
          koTag(f),
          '고객님의 택배가',
          f.pick(['주소 불일치로', '도로명 주소 미기재로', '수취인 부재로']),
          '보관 중입니다.',
          f.pick(['주소지 확인 부탁드립니다.', '주소를 수정해 주세요.']),
          koLink(f, 'parcel'),
        ),
      (f) =>
        s(
          koTag(f),
          '[택배] 배송 주소가 정확하지 않아 반송 예정입니다. 아래에서 주소를 수정해 주세요',
          koLink(f, 'parcel'),
        ),
      (f) =>
        s(
          koTag(f),
          '해외 직구 물품 통관이 보류되었습니다.',
          `관세 ${en(f.round(3000, 90000, 100))}원 납부 후 배송됩니다.`,
          koLink(f, 'parcel'),
        ),
    ],
  },
  {
    lang: 'ko',
    kind: 'account blocked',
    per: 2,
    templates: [
      (f) =>
        s(
          koTag(f),
          `[${f.pick(BANKS_KO)}] 고객님 계좌가`,
          f.pick(['일시 정지되었습니다.', '이용 제한되었습니다.']),
          '본인인증 후 해제 가능합니다.',
          koLink(f, 'bank'),
        ),
      (f) =>
        s(
          koTag(f),
          `새로운 기기(${f.pick(DEVICES)})에서 로그인되었습니다.`,
          '본인이 아닐 경우 즉시 확인하세요',
          koLink(f, 'bank'),
        ),
      (f) =>
        s(
          koTag(f),
          `[${f.pick(CARDS_KO)}]`,
          f.pick(['카드 도용이 의심되어', '비정상 거래가 감지되어']),
          '사용이 정지되었습니다. 해제:',
          koLink(f, 'bank'),
        ),
    ],
  },
  {
    lang: 'ko',
    kind: 'points expiring',
    per: 2,
    templates: [
      (f) =>
        s(
          koTag(f),
          `[${f.pick(BRANDS_KO)}]`,
          `고객님의 포인트 ${en(f.round(3000, 90000, 10))}P가 오늘 소멸됩니다.`,
          '지금 사용하세요',
          koLink(f, 'points'),
        ),
      (f) =>
        s(
          koTag(f),
          `소멸 예정 포인트 ${en(f.round(3000, 90000, 10))}점이 있습니다.`,
          '오늘 자정까지 사용하지 않으면 자동 소멸됩니다.',
          `문의 ${koRep(f)}`,
        ),
      (f) =>
        s(
          koTag(f),
          `[${f.pick(TELCOS_KO)}] 멤버십 포인트 ${en(f.round(1000, 50000, 10))}점 소멸 예정!`,
          '기프티콘으로 교환하세요',
          koLink(f, 'points'),
        ),
    ],
  },
  {
    lang: 'ko',
    kind: 'refund, benefit or fine',
    per: 2,
    templates: [
      (f) =>
        s(
          koTag(f),
          `[교통] 신호위반 과태료 ${en(f.pick([40000, 60000, 70000, 90000]))}원이 미납되었습니다.`,
          `납부기한: ${f.month()}/${f.day()} 조회`,
          koLink(f, 'gov'),
        ),
      (f) =>
        s(
          koTag(f),
          `건강보험 환급금 ${en(f.round(30000, 600000, 10))}원이 미수령 상태입니다.`,
          '신청하기',
          koLink(f, 'gov'),
        ),
      (f) =>
        s(
          koTag(f),
          '[쓰레기 무단투기] 과태료 부과 안내.',
          f.pick(['위반 사진 확인:', '위반 내역 확인:']),
          koLink(f, 'gov'),
        ),
      (f) =>
        s(
          koTag(f),
          `종합소득세 환급금 ${en(f.round(50000, 2000000, 10))}원 조회 및 신청`,
          koLink(f, 'gov'),
        ),
    ],
  },
  {
    lang: 'ko',
    kind: 'family impersonation',
    per: 4,
    templates: [
      (f) =>
        s(
          f.pick(['엄마', '엄마 나야', '아빠', '엄마~', '아빠 나야']),
          f.pick(['폰 액정이 깨져서', '휴대폰이 고장나서', '폰을 잃어버려서']),
          f.pick(['임시폰으로 연락해.', '친구 폰 빌려서 문자해.', '수리 맡기고 이 번호로 연락해.']),
          f.pick(['문자 보면 답장 줘', '이 번호 저장해 줘', '전화는 안 되니까 문자로 해줘']),
        ),
      (f) =>
        s(
          f.pick(['엄마', '엄마 나', '엄마!']),
          '폰 고장나서 수리 맡겼어.',
          f.pick(['급하게 결제할 게 있는데', '인증할 게 있는데']),
          f.pick([
            '엄마 신분증 사진이랑 카드 번호 좀 보내줄 수 있어?',
            '엄마 명의로 인증 좀 해줄 수 있어?',
          ]),
        ),
      (f) =>
        s(
          f.pick(['아빠', '엄마']),
          '바빠?',
          `나 급하게 ${f.pick([50, 80, 100, 150, 200])}만원만 보내줄 수 있어? 내일 바로 갚을게.`,
          `${f.pick(BANKS_KO)} ${f.pat('###-######-##-###')} 이 계좌로 보내줘`,
        ),
    ],
  },
  {
    lang: 'ko',
    kind: 'call-back lure',
    per: 3,
    templates: [
      (f) =>
        s(
          '[국외발신]',
          f.pick(['해외결제', '국제결제']),
          `승인 ${en(f.round(300000, 2000000, 100))}원`,
          f.pick(MERCHANTS_KO),
          '결제완료.',
          f.pick(['본인 아닐 시 문의', '본인 결제가 아닐 경우 고객센터']),
          f.pick([koRep(f), koSeoul(f)]),
        ),
      (f) =>
        s(
          '[Web발신]',
          `${f.pick(CARDS_KO)} ${f.digits(4)} 승인 ${en(f.round(100000, 3000000, 10))}원`,
          `${p2(f.month())}/${p2(f.day())} ${f.time()} ${f.pick(MERCHANTS_KO)}.`,
          `본인 결제가 아닌 경우 즉시 연락 바랍니다. ☎${koRep(f)}`,
        ),
      (f) =>
        s(
          '[Web발신] 고객님 대출 신청이 승인되었습니다.',
          `승인금액 ${en(f.round(1000, 5000, 100))}만원, 금리 연 ${f.int(3, 6)}.${f.int(1, 9)}%.`,
          `상담 ${f.pick([koMobile(f), ko070(f)])}`,
        ),
      (f) =>
        s(
          `[Web발신][${f.pick(SHOPS_KO)}]`,
          `주문하신 상품(${f.pick(['노트북', '골드바 10g', '아이폰 16', '명품 가방'])})`,
          `${en(f.round(500000, 3000000, 100))}원 결제 완료되었습니다.`,
          `주문하지 않으셨다면 고객센터 취소 요청: ${koSeoul(f)}`,
        ),
    ],
  },
  {
    lang: 'ko',
    kind: 'code, gift card or crypto request',
    per: 2,
    templates: [
      (f) =>
        s(
          '죄송한데 제가 실수로 인증번호를 그쪽 번호로 보냈어요.',
          f.pick(['받은 번호 6자리 좀 알려주실 수 있나요?', '문자로 온 번호 좀 보내주세요.']),
        ),
      (f) =>
        s(
          `${f.pick(['김', '이', '박', '최'])} 팀장인데 회의 중이라 통화가 어렵네.`,
          `문화상품권 ${f.pick([5, 10])}만원권 ${f.int(3, 10)}장만 사서 핀번호 사진 보내줘.`,
          '이따 바로 입금할게',
        ),
      (f) =>
        s(
          `출금 수수료 ${f.int(50, 500)}만원을 USDT로 지정 지갑(${f.tron()})에 입금하시면`,
          '수익금 인출이 가능합니다.',
        ),
    ],
  },
  {
    lang: 'ko',
    kind: 'job, investment or loan',
    per: 2,
    templates: [
      (f) =>
        s(
          '[Web발신] 재택 부업 모집!',
          f.pick(['상품 리뷰/좋아요 작업,', '유튜브 구독/좋아요 작업,']),
          `일당 ${f.int(5, 30)}만원 당일 지급.`,
          `카톡 ID: ${f.handle(JOB_HANDLES)}`,
        ),
      (f) =>
        s(
          '[Web발신] VIP 주식 리딩방 무료 초대.',
          `이번 주 추천 종목 수익률 ${f.int(30, 300)}%! 입장`,
          koLink(f, 'money'),
        ),
      (f) =>
        s(
          '[Web발신] 정부 지원 서민대출',
          `최대 ${en(f.round(1000, 8000, 500))}만원 한도 승인 대상입니다. 신청:`,
          koLink(f, 'money'),
        ),
    ],
  },
  {
    lang: 'ko',
    kind: 'prize',
    per: 2,
    templates: [
      (f) =>
        s(
          '[Web발신] 축하합니다!',
          `${f.pick(BRANDS_KO)} 이벤트에 당첨되셨습니다. 경품 수령:`,
          koLink(f, 'prize'),
        ),
      (f) =>
        s(
          '[국외발신]',
          `고객님은 ${f.pick([10, 30, 50, 100])}만원 상품권 당첨자로 선정되셨습니다.`,
          `수령 문의 ${koRep(f)}`,
        ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Portuguese (Brazil)

const BANKS_PT = ['Banco Aurora', 'Banco Horizonte', 'Caixa Serra Azul', 'Banco Litoral'];
const BRANDS_PT = ['Clube Pontos', 'MaisVantagens', 'Ponto Fácil'];
const TELCOS_PT = ['Vivanet', 'TelBrasil+', 'Conecta Móvel'];
const MERCHANTS_PT = ['MAGAZINE ONLINE', 'ELETRO SHOP', 'LOJA CENTRAL', 'VIAGENS JA'];
const NAMES_PT = ['Rafael', 'Juliana', 'Lucas', 'Fernanda', 'Thiago', 'Camila'];

const ptLink = linker('br', {
  parcel: ['entrega', 'encomenda', 'rastreio'],
  bank: ['cliente', 'pix', 'acesso'],
  points: ['pontos', 'resgate'],
  gov: ['cpf', 'multa', 'restituicao'],
  money: ['renda', 'emprestimo'],
  prize: ['premio', 'sorteio'],
});
const brPhone = (f: Fill): string =>
  f.pat(`(${f.pick(['11', '21', '31', '41', '51', '61', '71', '81', '85'])}) 9####-####`);
const br0800 = (f: Fill): string => f.pat('0800 ### ####');

const PORTUGUESE: readonly TemplateSet[] = [
  {
    lang: 'pt',
    kind: 'parcel fee',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['', 'Aviso:', 'Rastreio:']),
          `Sua encomenda ${f.track()} foi taxada.`,
          `Pague a taxa de importação de R$ ${eu(f.amount(15, 120))} para liberar a entrega:`,
          ptLink(f, 'parcel'),
        ),
      (f) =>
        s(
          'Não conseguimos entregar seu pedido por',
          f.pick(['endereço incompleto.', 'ausência do destinatário.']),
          f.pick(['Reagende a entrega:', 'Atualize seus dados:']),
          ptLink(f, 'parcel'),
        ),
      (f) =>
        s(
          'Aviso: seu objeto está retido e será devolvido em 48h.',
          f.pick(['Regularize:', `Pague R$ ${eu(f.amount(5, 40))} e receba hoje:`]),
          ptLink(f, 'parcel'),
        ),
    ],
  },
  {
    lang: 'pt',
    kind: 'account blocked',
    per: 2,
    templates: [
      (f) => {
        const [noun, state] = f.pick([
          ['Seu cartão', 'bloqueado'],
          ['Seu acesso', 'bloqueado'],
          ['Sua conta', 'bloqueada'],
          ['Sua conta', 'suspensa'],
        ] as const);
        return s(
          `${f.pick(BANKS_PT)}: ${noun} foi ${state} por`,
          f.pick(['segurança.', 'tentativa de acesso suspeita.']),
          'Regularize em',
          ptLink(f, 'bank'),
        );
      },
      (f) =>
        s(
          `Detectamos um novo dispositivo conectado à sua conta (${f.pick(DEVICES)}).`,
          'Não foi você? Cancele agora:',
          ptLink(f, 'bank'),
        ),
      (f) =>
        s(
          `${f.pick(BANKS_PT)}: sua chave Pix foi desativada por falta de atualização cadastral.`,
          'Reative em',
          ptLink(f, 'bank'),
        ),
    ],
  },
  {
    lang: 'pt',
    kind: 'points expiring',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BRANDS_PT)}: seus ${eu(f.round(1000, 60000, 10))} pontos expiram hoje!`,
          'Troque agora por produtos ou milhas:',
          ptLink(f, 'points'),
        ),
      (f) =>
        s(
          `Seus ${eu(f.round(1000, 60000, 10))} pontos vencem hoje às 23h59.`,
          `Para resgatar, ligue ${brPhone(f)}.`,
        ),
      (f) =>
        s(
          `Últimas horas! Você tem ${eu(f.round(500, 30000, 10))} pontos ${f.pick(TELCOS_PT)}`,
          'prestes a expirar. Resgate:',
          ptLink(f, 'points'),
        ),
    ],
  },
  {
    lang: 'pt',
    kind: 'refund, benefit or fine',
    per: 2,
    templates: [
      (f) =>
        s(
          'Seu CPF possui pendências e será bloqueado.',
          `Regularize até ${f.dateDmy('/')}:`,
          ptLink(f, 'gov'),
        ),
      (f) =>
        s(
          `Você tem uma restituição de R$ ${eu(f.amount(300, 4000))} disponível.`,
          'Confirme seus dados bancários:',
          ptLink(f, 'gov'),
        ),
      (f) =>
        s(
          `Multa de trânsito em aberto`,
          `no valor de R$ ${eu(f.pick([88.38, 130.16, 195.23, 293.47]))}.`,
          `Pague com desconto até ${f.dateDmy('/')}:`,
          ptLink(f, 'gov'),
        ),
      (f) =>
        s(
          `Valores a receber: você tem R$ ${eu(f.amount(100, 5000))} esquecidos em bancos.`,
          'Consulte e resgate:',
          ptLink(f, 'gov'),
        ),
    ],
  },
  {
    lang: 'pt',
    kind: 'family impersonation',
    per: 4,
    templates: [
      (f) =>
        s(
          f.pick(['Oi mãe,', 'Oi pai,', 'Mãe,', 'Oi mãezinha,', 'Pai,']),
          f.pick(['esse é meu número novo.', 'troquei de número.']),
          f.pick(['Meu celular quebrou.', 'Meu celular caiu na água.', 'Perdi meu celular.']),
          f.pick([
            'Salva aí e me chama no WhatsApp.',
            'Pode apagar o outro número.',
            'Me manda mensagem aqui.',
          ]),
        ),
      (f) =>
        s(
          f.pick(['Mãe,', 'Pai,']),
          'tô com um problema.',
          `Preciso pagar um boleto de R$ ${eu(f.amount(800, 3500))} hoje`,
          'e meu app do banco não abre no celular novo.',
          f.pick(['Faz um Pix pra mim? Te devolvo amanhã.', 'Consegue me ajudar? Amanhã te pago.']),
        ),
      (f) =>
        s(
          f.pick(['Oi pai, tudo bem?', 'Oi mãe, tudo bem?']),
          'Salva esse número, é o meu novo.',
          f.pick([
            'Me responde quando puder que preciso de uma ajuda urgente.',
            'Me chama aqui, é urgente.',
          ]),
        ),
    ],
  },
  {
    lang: 'pt',
    kind: 'call-back lure',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BANKS_PT)}: compra aprovada de R$ ${eu(f.amount(400, 6000))}`,
          `em ${f.pick(MERCHANTS_PT)}. Não reconhece? Ligue ${br0800(f)}.`,
        ),
      (f) =>
        s(
          `Seu empréstimo de R$ ${eu(f.round(2000, 50000, 500))} foi pré-aprovado.`,
          `Para liberar hoje, ligue para ${brPhone(f)}.`,
        ),
      (f) =>
        s(
          `Informamos que uma transferência Pix de R$ ${eu(f.amount(500, 5000))} está em análise.`,
          `Caso não reconheça, entre em contato: ${brPhone(f)}`,
        ),
    ],
  },
  {
    lang: 'pt',
    kind: 'code, gift card or crypto request',
    per: 2,
    templates: [
      (f) =>
        s(
          'Oi, desculpa,',
          f.pick([
            'mandei um código pro seu número sem querer.',
            'chegou aí um código meu por engano.',
          ]),
          f.pick(['Pode me passar? É urgente', 'Me manda aqui, por favor?']),
        ),
      (f) =>
        s(
          `Oi, ${f.pick(NAMES_PT)} aqui. Consegue comprar ${f.int(2, 5)} cartões`,
          `${f.pick(['Google Play', 'Apple'])} de R$ ${f.pick([100, 200])}`,
          'e mandar foto dos códigos? Te faço Pix hoje.',
        ),
      (f) =>
        s(
          `Para sacar seus lucros de R$ ${eu(f.amount(3000, 40000))}, pague a taxa de liberação de`,
          `R$ ${eu(f.round(300, 3000, 50))} em USDT para a carteira ${f.tron()}.`,
        ),
    ],
  },
  {
    lang: 'pt',
    kind: 'job, investment or loan',
    per: 2,
    templates: [
      (f) =>
        s(
          'Olá! Vaga home office:',
          f.pick(['curtir vídeos e avaliar produtos,', 'avaliar hotéis e apps,']),
          `ganhe de R$ ${f.round(100, 200, 10)} a R$ ${f.round(300, 800, 10)} por dia.`,
          'Pagamento diário. Fale no WhatsApp',
          f.pick([f.pat('+55 11 9####-####'), intlMobile(f)]),
        ),
      (f) =>
        s(
          `Renda extra: trabalhe 1 hora por dia pelo celular e ganhe R$ ${f.round(150, 600, 10)}.`,
          'Chame no Telegram',
          `@${f.handle(JOB_HANDLES)}`,
        ),
      (f) =>
        s(
          `Investimento garantido: rendimento de ${f.int(1, 5)}% ao dia.`,
          `Comece com R$ ${f.pick([50, 100, 200])}:`,
          ptLink(f, 'money'),
        ),
    ],
  },
  {
    lang: 'pt',
    kind: 'prize',
    per: 2,
    templates: [
      (f) =>
        s(
          `Parabéns! Seu número foi sorteado e você ganhou R$ ${eu(f.round(1000, 100000, 500))}`,
          `na promoção ${f.pick(BRANDS_PT)}. Resgate:`,
          ptLink(f, 'prize'),
        ),
      (f) =>
        s(
          'Você ganhou',
          f.pick(['um iPhone!', 'um kit de panelas!', 'uma Smart TV!']),
          `Pague apenas o frete de R$ ${eu(f.amount(9, 40))}:`,
          ptLink(f, 'prize'),
        ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Russian

const BANKS_RU = ['Северный банк', 'Банк Гранит', 'Волга Кредит', 'Банк Меридиан'];
const BRANDS_RU = ['Бонус+', 'МоиБаллы', 'Клуб Выгоды'];
const TELCOS_RU = ['СвязьТел', 'Мобилайн', 'ТелеНова'];
const MERCHANTS_RU = ['ELECTRO MARKET', 'ONLINE SHOP', 'TRAVEL AGENCY', 'GOLD STORE'];
const NAMES_RU = ['Андрей', 'Ольга', 'Сергей', 'Наталья', 'Дмитрий', 'Елена'];

const ruLink = linker('ru', {
  parcel: ['posylka', 'pochta'],
  bank: ['karta', 'lk'],
  points: ['bonus', 'bally'],
  gov: ['gos', 'nalog', 'shtraf'],
  money: ['invest', 'zaim'],
  prize: ['priz'],
});
const ruMobile = (f: Fill): string => f.pat(`${f.pick(['+7', '8'])} 9## ###-##-##`);
const ru800 = (f: Fill): string => f.pat('8-800-###-##-##');
const ruMsk = (f: Fill): string => f.pat('+7 (495) ###-##-##');

const RUSSIAN: readonly TemplateSet[] = [
  {
    lang: 'ru',
    kind: 'parcel fee',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['', 'Почта:', 'Уведомление:']),
          `Ваша посылка ${f.track()} задержана на складе`,
          f.pick(['из-за неполного адреса.', 'из-за ошибки в адресе.']),
          'Уточните данные в течение 24 часов:',
          ruLink(f, 'parcel'),
        ),
      (f) =>
        s(
          'Не удалось доставить отправление.',
          `Оплатите повторную доставку (${f.int(99, 390)} ₽):`,
          ruLink(f, 'parcel'),
        ),
      (f) =>
        s(
          `Таможня: для выдачи посылки`,
          `необходимо оплатить пошлину ${sp(f.round(300, 4500, 10))} ₽.`,
          'Оплата:',
          ruLink(f, 'parcel'),
        ),
    ],
  },
  {
    lang: 'ru',
    kind: 'account blocked',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BANKS_RU)}: ваша карта заблокирована`,
          f.pick(['из-за подозрительной операции.', 'в целях безопасности.']),
          'Для разблокировки перейдите:',
          ruLink(f, 'bank'),
        ),
      (f) =>
        s(
          `Вход в онлайн-банк с нового устройства (${f.pick(DEVICES)}).`,
          'Если это не вы, срочно отмените:',
          ruLink(f, 'bank'),
        ),
      (f) =>
        s(
          'Уважаемый клиент! Ваш счёт временно ограничен.',
          f.pick(['Подтвердите личность по ссылке', 'Для снятия ограничений перейдите:']),
          ruLink(f, 'bank'),
        ),
    ],
  },
  {
    lang: 'ru',
    kind: 'points expiring',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BRANDS_RU)}: ваши ${sp(f.round(500, 30000, 10))} бонусов сгорают сегодня!`,
          'Успейте потратить:',
          ruLink(f, 'points'),
        ),
      (f) =>
        s(
          `Напоминаем: ${sp(f.round(500, 30000, 10))} баллов`,
          `на вашей карте сгорят сегодня в 23:59.`,
          `Чтобы продлить, позвоните ${ru800(f)}.`,
        ),
      (f) =>
        s(
          `${f.pick(TELCOS_RU)}: ${sp(f.round(300, 9000, 10))} бонусных баллов истекают сегодня.`,
          'Обменяйте на подарок:',
          ruLink(f, 'points'),
        ),
    ],
  },
  {
    lang: 'ru',
    kind: 'refund, benefit or fine',
    per: 2,
    templates: [
      (f) =>
        s(
          `Вам положена компенсация ${sp(f.round(5000, 40000, 100))} ₽.`,
          `Оформите выплату до ${f.dateDmy('.')}:`,
          ruLink(f, 'gov'),
        ),
      (f) =>
        s(
          `У вас неоплаченный штраф ${sp(f.pick([500, 800, 1000, 1500, 5000]))} ₽.`,
          `Оплатите со скидкой 50% до ${f.dateDmy('.')}:`,
          ruLink(f, 'gov'),
        ),
      (f) =>
        s(
          `Налоговая: вам начислен возврат налога ${sp(f.round(3000, 60000, 10))} ₽.`,
          'Подтвердите реквизиты:',
          ruLink(f, 'gov'),
        ),
    ],
  },
  {
    lang: 'ru',
    kind: 'family impersonation',
    per: 4,
    templates: [
      (f) =>
        s(
          f.pick(['Мам,', 'Мама,', 'Пап,', 'Папа,', 'Мамуль,']),
          f.pick(['это мой новый номер,', 'я с нового номера,']),
          f.pick(['телефон разбился.', 'старый телефон сломался.', 'телефон утонул.']),
          f.pick([
            'Сохрани и напиши мне в WhatsApp.',
            'Пиши сюда, пожалуйста.',
            'Старый номер больше не работает.',
          ]),
        ),
      (f) =>
        s(
          f.pick(['Мама,', 'Мам,']),
          `я ${f.pick(['попал', 'попала'])} в аварию, со мной всё нормально,`,
          `но срочно нужны деньги, ${sp(f.round(30000, 300000, 10000))} рублей.`,
          'Переведи на этот номер, потом всё объясню. Не звони, я не могу говорить.',
        ),
      (f) =>
        s(
          f.pick(['Пап, привет, это я.', 'Мам, привет, это я.']),
          `Срочно нужна помощь, переведи ${sp(f.round(3000, 30000, 500))} ₽`,
          `на карту ${f.pat('2200 #### #### ####')}, вечером верну.`,
        ),
    ],
  },
  {
    lang: 'ru',
    kind: 'call-back lure',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BANKS_RU)}: оформлена заявка на кредит ${sp(f.round(50000, 900000, 1000))} ₽.`,
          'Если вы её не подавали, позвоните в службу безопасности',
          `${f.pick([ru800(f), ruMsk(f)])}.`,
        ),
      (f) =>
        s(
          `Списание ${sp(f.amount(3000, 90000))} ₽ ${f.pick(MERCHANTS_RU)}.`,
          `Если операцию совершили не вы, звоните ${ru800(f)}.`,
        ),
      (f) =>
        s(
          f.pick(['Ваша карта заблокирована.', 'Ваша карта временно заблокирована.']),
          `Информация по телефону ${f.pick([ru800(f), ruMsk(f)])}`,
        ),
      (f) =>
        s(
          `Вам одобрен кредит ${sp(f.round(50000, 900000, 10000))} ₽ под ${f.int(3, 9)}%.`,
          `Для получения денег позвоните ${ruMobile(f)}.`,
        ),
    ],
  },
  {
    lang: 'ru',
    kind: 'code, gift card or crypto request',
    per: 2,
    templates: [
      (f) =>
        s(
          'Извините,',
          f.pick([
            'я случайно отправил код на ваш номер.',
            'я по ошибке указала ваш номер, вам придёт код.',
          ]),
          f.pick([
            'Пришлите, пожалуйста, цифры из смс.',
            'Напишите, пожалуйста, код, очень нужно.',
          ]),
        ),
      (f) =>
        s(
          `Привет, это ${f.pick(NAMES_RU)}. Можешь купить ${f.int(2, 4)} подарочные карты`,
          `по ${sp(f.pick([3000, 5000]))} ₽ и скинуть коды?`,
          f.pick(['Вечером отдам.', 'Деньги верну сегодня.']),
        ),
      (f) =>
        s(
          `Для вывода ${sp(f.round(50000, 900000, 1000))} ₽ оплатите комиссию`,
          `${f.int(100, 900)} USDT на кошелёк ${f.tron()}`,
        ),
    ],
  },
  {
    lang: 'ru',
    kind: 'job, investment or loan',
    per: 2,
    templates: [
      (f) =>
        s(
          'Подработка на дому:',
          f.pick(['ставить лайки и писать отзывы,', 'оценивать товары на маркетплейсе,']),
          `от ${sp(f.round(2000, 8000, 500))} ₽ в день, выплаты ежедневно.`,
          'Пишите в Telegram',
          `@${f.handle(JOB_HANDLES)}`,
        ),
      (f) =>
        s(
          `Инвестиции от ${sp(f.pick([5000, 10000, 20000]))} ₽`,
          `с доходом до ${f.int(20, 60)}% в месяц.`,
          'Обучение бесплатно:',
          ruLink(f, 'money'),
        ),
      (f) =>
        s(
          `Займ до ${sp(f.round(10000, 100000, 5000))} ₽ без отказа и проверок.`,
          'Деньги на карту за 5 минут:',
          ruLink(f, 'money'),
        ),
    ],
  },
  {
    lang: 'ru',
    kind: 'prize',
    per: 2,
    templates: [
      (f) =>
        s(
          `Поздравляем! Ваш номер выиграл ${sp(f.round(50000, 1000000, 10000))} ₽`,
          `в розыгрыше ${f.pick(BRANDS_RU)}. Получить приз:`,
          ruLink(f, 'prize'),
        ),
      (f) =>
        s(
          'Вы стали победителем акции! Ваш приз —',
          f.pick(['смартфон.', 'телевизор.', 'автомобиль.']),
          `Подробности по тел. ${ruMobile(f)}`,
        ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Thai

const BANKS_TH = ['ธนาคารทองทวี', 'ธนาคารรุ่งอรุณ', 'ธนาคารนาคราช'];
const BRANDS_TH = ['ไทยโมบายพลัส', 'ห้างเมกะมอลล์', 'ร้านสะดวกดี'];
const TELCOS_TH = ['ไทยโมบายพลัส', 'เน็ตเวิร์คดี'];

const thLink = linker('th', {
  parcel: ['thpost', 'songdee'],
  bank: ['bank', 'thai'],
  points: ['point'],
  gov: ['rd', 'refund', 'thai'],
  money: ['loan', 'invest'],
  prize: ['chok', 'lucky'],
});
const thMobile = (f: Fill): string => f.pat(`0${f.pick(['8', '9', '6'])}#-###-####`);
const thBkk = (f: Fill): string => f.pat('02-###-####');

const THAI: readonly TemplateSet[] = [
  {
    lang: 'th',
    kind: 'parcel fee',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['', 'แจ้งเตือน:', '[พัสดุ]']),
          `พัสดุของคุณ ${f.track()} ถูกระงับเนื่องจากที่อยู่ไม่ครบถ้วน`,
          'กรุณาอัปเดตข้อมูลภายใน 24 ชั่วโมง',
          thLink(f, 'parcel'),
        ),
      (f) =>
        s(
          f.pick(['แจ้งเตือน:', '']),
          `พัสดุของท่านค้างชำระค่าธรรมเนียม ${en(f.amount(15, 80))} บาท`,
          'กรุณาชำระเพื่อดำเนินการจัดส่ง',
          thLink(f, 'parcel'),
        ),
      (f) =>
        s(
          'ไม่สามารถนำจ่ายพัสดุได้เนื่องจากไม่มีผู้รับ',
          f.pick(['กรุณานัดหมายการจัดส่งใหม่ที่', 'กรุณาชำระค่าจัดส่งใหม่ 25 บาท']),
          thLink(f, 'parcel'),
        ),
    ],
  },
  {
    lang: 'th',
    kind: 'account blocked',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BANKS_TH)}: บัญชีของท่านถูกระงับชั่วคราว`,
          f.pick(['เนื่องจากพบธุรกรรมผิดปกติ', 'เนื่องจากข้อมูลไม่เป็นปัจจุบัน']),
          'กรุณายืนยันตัวตนที่',
          thLink(f, 'bank'),
        ),
      (f) =>
        s(
          f.pick(['', 'แจ้งเตือนความปลอดภัย:']),
          `มีการเข้าสู่ระบบจากอุปกรณ์ใหม่ (${f.pick(DEVICES)})`,
          'หากไม่ใช่คุณ กรุณาคลิก',
          thLink(f, 'bank'),
        ),
      (f) =>
        s(
          `บัตรของท่านลงท้าย ${f.digits(4)} ถูกระงับการใช้งาน`,
          'กรุณาอัปเดตข้อมูลภายในวันนี้',
          thLink(f, 'bank'),
        ),
    ],
  },
  {
    lang: 'th',
    kind: 'points expiring',
    per: 2,
    templates: [
      (f) =>
        s(
          `คะแนนสะสม ${en(f.round(500, 30000, 10))} คะแนนของคุณจะหมดอายุวันนี้`,
          'แลกรับของรางวัลได้ที่',
          thLink(f, 'points'),
        ),
      (f) =>
        s(
          `แต้มของท่าน ${en(f.round(500, 30000, 10))} แต้มจะหมดอายุในวันนี้`,
          `ติดต่อแลกรับเงินสดได้ที่ ${thMobile(f)}`,
        ),
      (f) =>
        s(
          `${f.pick(TELCOS_TH)}: คะแนนของคุณใกล้หมดอายุ`,
          `รีบแลกเป็นส่วนลด ${en(f.round(100, 1000, 50))} บาท`,
          thLink(f, 'points'),
        ),
    ],
  },
  {
    lang: 'th',
    kind: 'refund, benefit or fine',
    per: 2,
    templates: [
      (f) =>
        s(
          `แจ้งคืนเงินภาษี ${en(f.amount(800, 25000))} บาท`,
          f.pick(['กรุณายืนยันบัญชีรับเงินที่', 'ยืนยันข้อมูลภายในวันนี้ที่']),
          thLink(f, 'gov'),
        ),
      (f) =>
        s(
          `คุณมีใบสั่งจราจรค้างชำระ ${en(f.pick([500, 1000]))} บาท`,
          `กรุณาชำระภายในวันที่ ${f.dateDmy('/')}`,
          thLink(f, 'gov'),
        ),
      (f) =>
        s(
          `แจ้งคืนเงินประกันการใช้ไฟฟ้า ${en(f.amount(300, 2000))} บาท`,
          'ลงทะเบียนรับเงินคืนที่',
          thLink(f, 'gov'),
        ),
      (f) =>
        s(
          `คุณได้รับสิทธิ์เงินช่วยเหลือจากรัฐ ${en(f.round(1000, 10000, 500))} บาท`,
          'ลงทะเบียนที่',
          thLink(f, 'gov'),
        ),
    ],
  },
  {
    lang: 'th',
    kind: 'family impersonation',
    per: 4,
    templates: [
      (f) => {
        const girl = f.chance(0.5);
        const me = girl ? 'หนู' : 'ผม';
        const end = girl ? 'คะ' : 'ครับ';
        return s(
          `${f.pick(['แม่', 'พ่อ'])}${end}`,
          `นี่เบอร์ใหม่${me}นะ${end}`,
          f.pick(['โทรศัพท์เครื่องเก่าพัง', 'มือถือตกน้ำ', 'โทรศัพท์หาย']),
          f.pick([
            `แอดไลน์${me}ด้วยนะ${end}`,
            `เซฟเบอร์นี้ไว้นะ${end}`,
            `ทักไลน์มาที่เบอร์นี้นะ${end}`,
            `เบอร์เก่าไม่ใช้แล้วนะ${end}`,
          ]),
        );
      },
      (f) => {
        const girl = f.chance(0.5);
        const me = girl ? 'หนู' : 'ผม';
        const end = girl ? 'คะ' : 'ครับ';
        return s(
          `${f.pick(['แม่', 'พ่อ'])}${end}`,
          `โทรศัพท์${me}พัง ตอนนี้เข้าแอปธนาคารไม่ได้`,
          `ช่วยโอนเงินให้${me}ก่อน ${en(f.round(2000, 20000, 500))} บาท ได้ไหม${end}`,
          f.pick(['เดี๋ยวพรุ่งนี้คืนให้', 'ด่วนมาก']),
        );
      },
      (f) => {
        const girl = f.chance(0.5);
        const me = girl ? 'หนู' : 'ผม';
        const end = girl ? 'คะ' : 'ครับ';
        return s(
          `${f.pick(['แม่', 'พ่อ'])}${end}`,
          `${me}ยืมโทรศัพท์เพื่อนส่งมา โทรศัพท์${me}เสีย`,
          f.pick([`ตอบกลับเบอร์นี้ได้เลยนะ${end}`, `มีเรื่องด่วน ทักกลับมาที่เบอร์นี้นะ${end}`]),
        );
      },
    ],
  },
  {
    lang: 'th',
    kind: 'call-back lure',
    per: 2,
    templates: [
      (f) =>
        s(
          `บัตรเครดิตของท่านมีรายการใช้จ่าย ${en(f.amount(3000, 60000))} บาท`,
          `หากไม่ได้ทำรายการ กรุณาติดต่อ ${f.pick([thMobile(f), thBkk(f)])}`,
        ),
      (f) =>
        s(
          `ยินดีด้วย! คุณได้รับอนุมัติสินเชื่อ ${en(f.round(10000, 300000, 5000))} บาท ไม่ต้องค้ำ`,
          `ติดต่อเจ้าหน้าที่ ${thMobile(f)}`,
        ),
      (f) =>
        s(
          f.pick(['แจ้งเตือน:', 'ด่วน!']),
          'บัญชีของท่านเกี่ยวข้องกับคดีฟอกเงิน',
          f.pick(['กรุณาติดต่อเจ้าหน้าที่', 'ติดต่อเจ้าหน้าที่ตำรวจ']),
          thBkk(f),
          f.pick(['ด่วน', 'ภายในวันนี้']),
        ),
    ],
  },
  {
    lang: 'th',
    kind: 'code, gift card or crypto request',
    per: 2,
    templates: [
      (f) => {
        const girl = f.chance(0.5);
        return s(
          girl ? 'ขอโทษค่ะ' : 'ขอโทษครับ',
          f.pick(['พอดีส่งรหัส OTP ผิดไปที่เบอร์คุณ', 'รหัสยืนยันถูกส่งไปที่เบอร์คุณโดยบังเอิญ']),
          f.pick(['รบกวนส่งรหัสกลับมาให้หน่อยได้ไหม', 'ช่วยบอกรหัส 6 หลักให้หน่อยได้ไหม']) +
            (girl ? 'คะ' : 'ครับ'),
        );
      },
      (f) =>
        s(
          f.pick(['สวัสดีครับ', 'ขอโทษครับ']),
          `ผมโอนเงิน ${en(f.round(500, 20000, 100))} บาท ผิดเข้าบัญชีคุณ`,
          'รบกวนโอนคืนให้ที่บัญชีนี้ด้วยครับ',
          `${f.pick(BANKS_TH)} ${f.pat('###-#-#####-#')}`,
        ),
      (f) =>
        s(
          `กรุณาชำระค่าธรรมเนียมถอนเงิน ${f.int(100, 900)} USDT`,
          `ไปที่กระเป๋า ${f.tron()}`,
          'เพื่อปลดล็อกยอดเงินของคุณ',
        ),
    ],
  },
  {
    lang: 'th',
    kind: 'job, investment or loan',
    per: 2,
    templates: [
      (f) =>
        s(
          'รับสมัครงานออนไลน์',
          f.pick(['กดไลค์สินค้า', 'รีวิวสินค้า']),
          `รายได้วันละ ${en(f.round(300, 800, 50))}-${en(f.round(1000, 3000, 100))} บาท จ่ายทุกวัน`,
          `สนใจแอดไลน์ ${f.handle(JOB_HANDLES)}`,
        ),
      (f) =>
        s(
          'ลงทุนน้อย กำไรสูง',
          `${f.int(3, 10)}% ต่อวัน`,
          f.pick(['สมัครเลย', 'ปรึกษาฟรี']),
          thLink(f, 'money'),
        ),
      (f) =>
        s(
          'สินเชื่อด่วน อนุมัติไว ไม่เช็คบูโร',
          `วงเงิน ${en(f.round(10000, 200000, 5000))} บาท สมัคร`,
          thLink(f, 'money'),
        ),
    ],
  },
  {
    lang: 'th',
    kind: 'prize',
    per: 2,
    templates: [
      (f) =>
        s(
          'ยินดีด้วย! หมายเลขของคุณได้รับรางวัล',
          `${en(f.round(10000, 500000, 5000))} บาท จาก${f.pick(BRANDS_TH)}`,
          'รับรางวัลที่',
          thLink(f, 'prize'),
        ),
      (f) =>
        s(
          'คุณคือผู้โชคดีที่ได้รับ' + f.pick(['ไอโฟน', 'ทองคำหนัก 1 บาท', 'รถจักรยานยนต์']),
          `ติดต่อรับรางวัล ${thMobile(f)}`,
        ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Turkish

const BANKS_TR = ['Marmara Bank', 'Ege Finans Bankası', 'Kuzey Bank', 'Boğaz Bank'];
const CARRIERS_TR = ['Hızlı Kargo', 'KargoNet', 'Ekspres Kurye'];
const BRANDS_TR = ['PuanPlus', 'Kazanç Kulübü', 'BonusDünya'];
const TELCOS_TR = ['TelNet', 'Mobilhat', 'Turkuaz GSM'];
const NAMES_TR = ['Mehmet', 'Ayşe', 'Emre', 'Zeynep', 'Burak', 'Elif'];

const trLink = linker('tr', {
  parcel: ['kargo', 'teslimat', 'gonderi'],
  bank: ['hesap', 'musteri'],
  points: ['puan', 'bonus'],
  gov: ['devlet', 'gecis', 'iade'],
  money: ['borsa', 'kredi'],
  prize: ['cekilis', 'odul'],
});
const TR_MOBILE_PREFIXES = ['530', '532', '533', '535', '537', '539', '541', '542', '544', '545'];
const trMobile = (f: Fill): string => f.pat(`0${f.pick(TR_MOBILE_PREFIXES)} ### ## ##`);
const tr0850 = (f: Fill): string => f.pat('0850 ### ## ##');

const TURKISH: readonly TemplateSet[] = [
  {
    lang: 'tr',
    kind: 'parcel fee',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['', `${f.pick(CARRIERS_TR)}:`, 'Bilgi:']),
          `Kargonuz ${f.track()} adres bilgisi eksik olduğu için teslim edilemedi.`,
          f.pick(['Bilgilerinizi güncelleyin:', 'Adresinizi 24 saat içinde onaylayın:']),
          trLink(f, 'parcel'),
        ),
      (f) =>
        s(
          `Gönderiniz gümrükte bekliyor. ${eu(f.amount(40, 600))} TL gümrük vergisi`,
          'ödenmezse iade edilecektir:',
          trLink(f, 'parcel'),
        ),
      (f) =>
        s(
          `Sayın müşterimiz, paketinizin teslimatı için ${eu(f.amount(15, 90))} TL`,
          'ek ücret gerekmektedir.',
          f.pick(['Ödeme:', 'Hemen ödeyin:']),
          trLink(f, 'parcel'),
        ),
    ],
  },
  {
    lang: 'tr',
    kind: 'account blocked',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BANKS_TR)}: hesabınız`,
          f.pick(['güvenlik nedeniyle', 'şüpheli işlem nedeniyle']),
          'geçici olarak askıya alınmıştır. Doğrulama için:',
          trLink(f, 'bank'),
        ),
      (f) =>
        s(
          `Hesabınıza yeni bir cihazdan (${f.pick(DEVICES)}) giriş yapıldı.`,
          'Siz değilseniz hemen tıklayın:',
          trLink(f, 'bank'),
        ),
      (f) =>
        s(
          `${f.pick(BANKS_TR)}: kartınız şüpheli işlem nedeniyle bloke edilmiştir.`,
          'Blokeyi kaldırmak için:',
          trLink(f, 'bank'),
        ),
    ],
  },
  {
    lang: 'tr',
    kind: 'points expiring',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BRANDS_TR)}: ${eu(f.round(500, 20000, 10))} puanınız bugün sona eriyor!`,
          'Hemen kullanın:',
          trLink(f, 'points'),
        ),
      (f) =>
        s(
          `Değerli müşterimiz, ${eu(f.round(500, 20000, 10))}`,
          `bonus puanınızın süresi bugün doluyor.`,
          `Nakde çevirmek için ${tr0850(f)} numarasını arayın.`,
        ),
      (f) =>
        s(
          `${f.pick(TELCOS_TR)}: biriken ${eu(f.round(300, 9000, 10))}`,
          `puanınız gece yarısı silinecek.`,
          'Hediyenizi seçin:',
          trLink(f, 'points'),
        ),
    ],
  },
  {
    lang: 'tr',
    kind: 'refund, benefit or fine',
    per: 2,
    templates: [
      (f) =>
        s(
          'Köprü ve otoyol geçiş ihlaliniz bulunmaktadır.',
          `${eu(f.amount(150, 1200))} TL cezayı ${f.dateDmy('.')} tarihine kadar ödeyin:`,
          trLink(f, 'gov'),
        ),
      (f) =>
        s(
          `Adınıza ${eu(f.amount(300, 6000))} TL vergi iadesi tanımlanmıştır.`,
          'Başvuru:',
          trLink(f, 'gov'),
        ),
      (f) =>
        s(
          `Ödenmemiş trafik cezanız bulunmaktadır (${eu(f.round(900, 9000, 10))} TL).`,
          'İndirimli ödeme için son gün:',
          trLink(f, 'gov'),
        ),
      (f) =>
        s(
          `Elektrik faturanızdan ${eu(f.amount(100, 1500))} TL iade hakkınız doğmuştur.`,
          'İadenizi alın:',
          trLink(f, 'gov'),
        ),
    ],
  },
  {
    lang: 'tr',
    kind: 'family impersonation',
    per: 4,
    templates: [
      (f) =>
        s(
          f.pick(['Anne,', 'Annecim,', 'Baba,', 'Babacım,', 'Anne selam,']),
          f.pick(['bu benim yeni numaram.', 'numaram değişti.']),
          f.pick(['Telefonum bozuldu.', 'Telefonum suya düştü.', 'Telefonumu kaybettim.']),
          f.pick(["Kaydet, WhatsApp'tan yaz.", 'Eski numarayı sil.', 'Buradan yazabilir misin?']),
        ),
      (f) =>
        s(
          f.pick(['Anne ben,', 'Baba ben,']),
          'yeni telefondan bankaya giremiyorum.',
          `Bugün ödemem gereken ${eu(f.round(2000, 15000, 50))} TL var, bana gönderebilir misin?`,
          f.pick(['Yarın geri veririm.', 'Akşam anlatırım.']),
        ),
      (f) =>
        s(
          f.pick(['Baba müsait misin?', 'Anne müsait misin?']),
          'Arkadaşımın telefonundan yazıyorum, benimki bozuk.',
          f.pick(['Acil bir konu var, buradan dönebilir misin?', 'Buradan yaz lütfen, acil.']),
        ),
    ],
  },
  {
    lang: 'tr',
    kind: 'call-back lure',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BANKS_TR)}: ${eu(f.amount(2000, 40000))}`,
          `TL tutarındaki harcamanız onaylanmıştır.`,
          `İşlem size ait değilse ${tr0850(f)} numarasını arayın.`,
        ),
      (f) =>
        s(
          `İhtiyaç krediniz ${eu(f.round(20000, 300000, 1000))} TL olarak onaylanmıştır.`,
          `Kullanmak için ${trMobile(f)} numaralı hattı arayınız.`,
        ),
      (f) =>
        s(
          'Sayın vatandaşımız, adınıza açılan dosya hakkında bilgi almak için',
          `${trMobile(f)} numarasını arayınız. Dosya no: 20${f.int(25, 26)}/${f.digits(5)}`,
        ),
    ],
  },
  {
    lang: 'tr',
    kind: 'code, gift card or crypto request',
    per: 2,
    templates: [
      (f) =>
        s(
          'Merhaba, yanlışlıkla size bir doğrulama kodu gönderdim,',
          f.pick(['bana iletebilir misiniz? Çok acil.', 'kodu bana yazar mısınız?']),
        ),
      (f) =>
        s(
          `${f.pick(NAMES_TR)} ben, toplantıdayım.`,
          `${f.int(2, 5)} adet ${f.pick([250, 500])} TL'lik`,
          `${f.pick(['Google Play', 'Apple', 'oyun'])} kartı`,
          'alıp kodlarını atar mısın? Akşam öderim.',
        ),
      (f) =>
        s(
          `Kazancınızı çekmek için ${f.int(100, 900)} USDT işlem ücretini`,
          `${f.tron()} cüzdanına gönderin.`,
        ),
    ],
  },
  {
    lang: 'tr',
    kind: 'job, investment or loan',
    per: 2,
    templates: [
      (f) =>
        s(
          'Evden çalışma fırsatı!',
          f.pick(['Ürünlere beğeni ve yorum yaparak', 'Videoları beğenerek']),
          `günlük ${eu(f.round(500, 3000, 50))} TL kazanın. Ödemeler her gün. WhatsApp:`,
          f.pick([f.pat(`+90 ${f.pick(TR_MOBILE_PREFIXES)} ### ## ##`), intlMobile(f)]),
        ),
      (f) =>
        s(
          `Yapay zekâ destekli borsa grubumuzda aylık %${f.int(20, 60)} kazanç.`,
          'Ücretsiz katılın:',
          trLink(f, 'money'),
        ),
      (f) =>
        s(
          `Kefilsiz, evraksız ${eu(f.round(10000, 200000, 5000))} TL kredi anında hesabınızda.`,
          'Başvuru:',
          trLink(f, 'money'),
        ),
    ],
  },
  {
    lang: 'tr',
    kind: 'prize',
    per: 2,
    templates: [
      (f) =>
        s(
          `Tebrikler! Yılbaşı çekilişinde ${eu(f.round(10000, 500000, 5000))} TL kazandınız.`,
          'Ödülünüzü almak için:',
          trLink(f, 'prize'),
        ),
      (f) =>
        s(
          'Numaranız şanslı müşteri olarak seçildi.',
          `${f.pick(['Akıllı telefon', 'Tatil', 'Araba'])} kazandınız!`,
          `Bilgi: ${trMobile(f)}`,
        ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Vietnamese: with and without diacritics, as SMS is written both ways.

const BANKS_VI = ['Ngân hàng Sao Việt', 'Ngân hàng Sông Hồng', 'Ngân hàng Đông Dương'];
const BANKS_VI_ASCII = ['SaoVietBank', 'SongHongBank', 'DongDuongBank'];
const BRANDS_VI = ['Điểm Vàng', 'MemberPlus', 'Ưu Đãi Xanh'];
const TELCOS_VI = ['SaoMobile', 'VietLink'];
const MERCHANTS_VI = ['SIEU THI DIEN MAY', 'SHOP ONLINE', 'VE MAY BAY', 'TIEM VANG'];

const viLink = linker('vn', {
  parcel: ['giaohang', 'buudien'],
  bank: ['taikhoan', 'xacthuc'],
  points: ['diem', 'doiqua'],
  gov: ['phatnguoi', 'thue', 'dichvucong'],
  money: ['vayvon', 'dautu'],
  prize: ['trungthuong', 'quatang'],
});
const VI_MOBILE_PREFIXES = ['090', '091', '093', '096', '097', '098', '033', '035', '038', '086'];
const viMobile = (f: Fill): string => f.pat(`${f.pick(VI_MOBILE_PREFIXES)} ### ####`);
const viPlate = (f: Fill): string =>
  `${f.pick(['29', '30', '51', '43', '92'])}${f.upper(1)}-${f.pat('###')}.${f.pat('##')}`;
const viParents: readonly (readonly [string, string])[] = [
  ['Mẹ ơi', 'Mẹ'],
  ['Bố ơi', 'Bố'],
  ['Ba ơi', 'Ba'],
  ['Má ơi', 'Má'],
];

const VIETNAMESE: readonly TemplateSet[] = [
  {
    lang: 'vi',
    kind: 'parcel fee',
    per: 2,
    templates: [
      (f) =>
        s(
          f.pick(['', '[Thông báo]', 'Bưu điện:']),
          `Bưu phẩm ${f.track()} của bạn chưa thể giao do địa chỉ không đầy đủ.`,
          'Vui lòng cập nhật trong 24 giờ:',
          viLink(f, 'parcel'),
        ),
      (f) =>
        s(
          'Don hang cua ban dang bi giu tai kho.',
          `Thanh toan phi van chuyen ${eu(f.round(15000, 60000, 1000))}d de nhan hang:`,
          viLink(f, 'parcel'),
        ),
      (f) =>
        s(
          `Kiện hàng quốc tế của bạn cần nộp thuế hải quan ${eu(f.round(50000, 900000, 1000))}đ.`,
          'Thanh toán tại:',
          viLink(f, 'parcel'),
        ),
    ],
  },
  {
    lang: 'vi',
    kind: 'account blocked',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BANKS_VI)}: Tài khoản của quý khách đã bị tạm khóa do`,
          f.pick(['chưa cập nhật sinh trắc học.', 'đăng nhập bất thường.']),
          'Vui lòng xác thực tại',
          viLink(f, 'bank'),
        ),
      (f) =>
        s(
          `[${f.pick(BANKS_VI_ASCII)}] TK cua Quy khach se bi khoa trong 24h.`,
          'Cap nhat thong tin tai:',
          viLink(f, 'bank'),
        ),
      (f) =>
        s(
          `Phát hiện đăng nhập trên thiết bị mới (${f.pick(DEVICES)}).`,
          'Nếu không phải bạn, vui lòng nhấn vào',
          viLink(f, 'bank'),
        ),
      (f) =>
        s(
          `${f.pick(BANKS_VI)} thông báo: thẻ của quý khách sắp hết hạn.`,
          'Vui lòng gia hạn tại',
          viLink(f, 'bank'),
        ),
    ],
  },
  {
    lang: 'vi',
    kind: 'points expiring',
    per: 2,
    templates: [
      (f) =>
        s(
          `${f.pick(BRANDS_VI)}: ${eu(f.round(500, 30000, 10))} điểm thưởng của quý khách`,
          'sẽ hết hạn hôm nay. Đổi quà ngay:',
          viLink(f, 'points'),
        ),
      (f) =>
        s(
          `Diem tich luy ${eu(f.round(500, 30000, 10))} cua quy khach het han trong hom nay.`,
          `Lien he ${viMobile(f)} de quy doi thanh tien mat.`,
        ),
      (f) =>
        s(
          `${f.pick(TELCOS_VI)}: Bạn có ${eu(f.round(300, 9000, 10))} điểm sắp hết hạn.`,
          `Đổi lấy ${eu(f.round(50000, 500000, 10000))}đ tiền điện thoại tại`,
          viLink(f, 'points'),
        ),
    ],
  },
  {
    lang: 'vi',
    kind: 'refund, benefit or fine',
    per: 2,
    templates: [
      (f) =>
        s(
          `Thông báo hoàn thuế thu nhập cá nhân ${eu(f.round(500000, 9000000, 1000))}đ.`,
          'Xác nhận tài khoản nhận tiền:',
          viLink(f, 'gov'),
        ),
      (f) =>
        s(
          `Phương tiện ${viPlate(f)} của bạn có biên bản phạt nguội`,
          `${eu(f.round(800000, 6000000, 50000))}đ chưa nộp. Tra cứu và nộp phạt:`,
          viLink(f, 'gov'),
        ),
      (f) =>
        s(
          'Điện lực: Quý khách chưa thanh toán tiền điện, sẽ bị cắt điện trong hôm nay.',
          'Thanh toán ngay:',
          viLink(f, 'gov'),
        ),
    ],
  },
  {
    lang: 'vi',
    kind: 'family impersonation',
    per: 4,
    templates: [
      (f) => {
        const [call, you] = f.pick(viParents);
        return s(
          `${call},`,
          f.pick(['đây là số mới của con.', 'con đổi số rồi.']),
          f.pick([
            'Điện thoại con bị hỏng.',
            'Điện thoại con rơi xuống nước.',
            'Con làm mất điện thoại.',
          ]),
          f.pick([
            `${you} lưu số này và nhắn Zalo cho con nhé.`,
            `${you} nhắn tin cho con qua số này nhé.`,
            `${you} đừng gọi số cũ nữa nhé.`,
          ]),
        );
      },
      (f) => {
        const [call, you] = f.pick(viParents);
        return s(
          `${call},`,
          `con đang cần gấp ${eu(f.round(2000000, 15000000, 500000))}đ để đóng học phí,`,
          'app ngân hàng trên máy mới chưa dùng được.',
          `${you} chuyển giúp con vào tài khoản ${f.digits(10)} ${f.pick(BANKS_VI)} nhé,`,
          'mai con trả.',
        );
      },
      (f) =>
        s(
          f.pick(['Me oi,', 'Bo oi,']),
          'con muon dien thoai ban nhan tin, dien thoai con hu roi.',
          f.pick(['Nhan lai so nay cho con nhe, co viec gap.', 'Tra loi so nay nhe, con can gap.']),
        ),
    ],
  },
  {
    lang: 'vi',
    kind: 'call-back lure',
    per: 2,
    templates: [
      (f) =>
        s(
          `Khoản vay ${f.int(20, 300)} triệu đồng của quý khách đã được phê duyệt.`,
          `Liên hệ ${viMobile(f)} để giải ngân trong ngày.`,
        ),
      (f) =>
        s(
          `Tai khoan cua quy khach vua thanh toan ${eu(f.round(2000000, 50000000, 1000))}d`,
          `tai ${f.pick(MERCHANTS_VI)}. Neu khong phai quy khach, goi ngay ${viMobile(f)}.`,
        ),
      (f) =>
        s(
          'Thuê bao của quý khách sẽ bị khóa 2 chiều trong 2 giờ do chưa chuẩn hóa thông tin.',
          `Liên hệ ${viMobile(f)}.`,
        ),
    ],
  },
  {
    lang: 'vi',
    kind: 'code, gift card or crypto request',
    per: 2,
    templates: [
      (f) =>
        s(
          'Chào bạn, mình gửi nhầm mã OTP vào số của bạn,',
          f.pick(['bạn đọc lại giúp mình mã đó được không?', 'bạn gửi lại mã giúp mình với nhé.']),
        ),
      (f) =>
        s(
          `Em ơi anh chuyển nhầm ${eu(f.round(500000, 5000000, 100000))}đ vào tài khoản em,`,
          'em chuyển lại giúp anh vào số này nhé.',
        ),
      (f) =>
        s(
          `Để rút ${eu(f.round(2000, 50000, 10))} USDT lợi nhuận, bạn cần nạp phí`,
          `${f.int(100, 900)} USDT vào ví ${f.tron()}`,
        ),
    ],
  },
  {
    lang: 'vi',
    kind: 'job, investment or loan',
    per: 2,
    templates: [
      (f) =>
        s(
          'Tuyển CTV làm online tại nhà,',
          f.pick(['like video/đánh giá sản phẩm,', 'chốt đơn hàng online,']),
          `thu nhập ${f.round(200, 500, 50)}-${f.round(600, 1500, 50)}k/ngày.`,
          `Liên hệ Zalo ${viMobile(f)}`,
        ),
      (f) =>
        s(
          `Viec lam them: 1-2h/ngay, luong ${f.round(300, 900, 50)}k tra trong ngay.`,
          'Nhan tin Telegram',
          `@${f.handle(JOB_HANDLES)}`,
        ),
      (f) =>
        s(
          'Vay tiền nhanh không thế chấp, duyệt trong 5 phút,',
          `hạn mức đến ${f.int(20, 100)} triệu. Đăng ký:`,
          viLink(f, 'money'),
        ),
      (f) =>
        s(
          `Đầu tư ${f.pick(['chứng khoán', 'tiền ảo'])} lợi nhuận ${f.int(20, 50)}%/tháng,`,
          'có chuyên gia hướng dẫn miễn phí:',
          viLink(f, 'money'),
        ),
    ],
  },
  {
    lang: 'vi',
    kind: 'prize',
    per: 2,
    templates: [
      (f) =>
        s(
          `Chúc mừng thuê bao ${viMobile(f)} đã trúng thưởng ${f.int(10, 200)} triệu đồng`,
          `trong chương trình tri ân khách hàng của ${f.pick(TELCOS_VI)}. Nhận thưởng:`,
          viLink(f, 'prize'),
        ),
      (f) =>
        s(
          `Ban da trung 01 ${f.pick(['xe may', 'iPhone', 'TV'])} tu ${f.pick(TELCOS_VI)}.`,
          `Lien he ${viMobile(f)} de nhan giai.`,
        ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Chinese (simplified, mainland)

const BANKS_ZH = ['海港银行', '瑞丰银行', '长宁银行'];
const SHOPS_ZH = ['优选商城', '惠购网', '乐享商城'];
const TELCOS_ZH = ['移联通信', '星通移动'];
const NAMES_ZH = ['王总', '李经理', '张主任', '刘总', '陈经理'];

const zhLink = linker('cn', {
  parcel: ['kuaidi', 'wuliu'],
  bank: ['yinhang', 'renzheng'],
  points: ['jifen'],
  gov: ['etc', 'tuishui', 'shebao'],
  money: ['gupiao', 'daikuan'],
  prize: ['zhongjiang'],
});
const zhMobile = (f: Fill): string => f.pat(`1${f.pick(['3', '5', '7', '8', '9'])}# #### ####`);
const zh400 = (f: Fill): string => f.pat('400-###-####');
const zhPlate = (f: Fill): string =>
  `${f.pick(['京', '沪', '粤', '苏', '浙'])}${f.upper(1)}${f.upper(1)}${f.pat('####')}`;
const zhDate = (f: Fill): string => `${f.month()}月${f.day()}日`;

const CHINESE: readonly TemplateSet[] = [
  {
    lang: 'zh',
    kind: 'parcel fee',
    per: 2,
    templates: [
      (f) =>
        c(
          f.pick(['', '【快递通知】', '【物流中心】']),
          `您的快递${f.track()}因地址不详无法派送，请在24小时内更新地址：`,
          zhLink(f, 'parcel'),
        ),
      (f) =>
        c(
          f.pick(['【快递理赔】', '']),
          '您好，您的包裹在运输途中丢失，',
          `我司将赔偿您${plain(f.round(100, 500, 10))}元，请点击链接办理理赔：`,
          zhLink(f, 'parcel'),
        ),
      (f) =>
        c(
          `您好，您的快递因清关需补缴关税${plain(f.amount(20, 300))}元，逾期将退回：`,
          zhLink(f, 'parcel'),
        ),
    ],
  },
  {
    lang: 'zh',
    kind: 'account blocked',
    per: 2,
    templates: [
      (f) =>
        c(
          `【${f.pick(BANKS_ZH)}】您的账户存在异常，已被临时冻结，请尽快登录`,
          zhLink(f, 'bank'),
          '进行身份验证。',
        ),
      (f) =>
        c(
          `您的手机银行于${f.time()}在新设备登录，如非本人操作，请立即点击`,
          zhLink(f, 'bank'),
          '处理。',
        ),
      (f) =>
        c(
          `【${f.pick(BANKS_ZH)}】您的银行卡已被限制使用，`,
          '请于今日内完成信息核实，逾期将永久停用：',
          zhLink(f, 'bank'),
        ),
      (f) =>
        c(
          '【ETC】您的ETC卡已失效，',
          f.pick(['请及时认证：', '请尽快重新认证以免影响通行：']),
          zhLink(f, 'bank'),
        ),
    ],
  },
  {
    lang: 'zh',
    kind: 'points expiring',
    per: 2,
    templates: [
      (f) =>
        c(
          `【${f.pick(TELCOS_ZH)}】尊敬的用户，您的${plain(f.round(1000, 30000, 10))}`,
          `积分将于今日清零，`,
          '请尽快兑换礼品：',
          zhLink(f, 'points'),
        ),
      (f) =>
        c(
          `您的信用卡积分${plain(f.round(5000, 90000, 10))}分即将过期，`,
          `回复JF兑换现金红包，或致电${zh400(f)}。`,
        ),
      (f) =>
        c(
          `温馨提示：您有${plain(f.round(1000, 30000, 10))}积分今日到期，`,
          `可兑换${f.round(50, 300, 10)}元话费：`,
          zhLink(f, 'points'),
        ),
    ],
  },
  {
    lang: 'zh',
    kind: 'refund, benefit or fine',
    per: 2,
    templates: [
      (f) =>
        c(
          `【个税】您有一笔${plain(f.amount(300, 8000))}元的个人所得税退税待领取，请登录`,
          zhLink(f, 'gov'),
          '办理。',
        ),
      (f) =>
        c(
          `您的车辆${zhPlate(f)}有一条未处理的交通违章，罚款${f.pick([100, 200])}元，`,
          `请在${zhDate(f)}前处理：`,
          zhLink(f, 'gov'),
        ),
      (f) =>
        c(
          `【社保】您的社保补贴${plain(f.round(800, 5000, 10))}元已到账，请于三日内领取：`,
          zhLink(f, 'gov'),
        ),
    ],
  },
  {
    lang: 'zh',
    kind: 'family impersonation',
    per: 4,
    templates: [
      (f) =>
        c(
          f.pick(['妈，', '妈妈，', '爸，', '爸爸，', '老妈，']),
          f.pick(['这是我的新号码，', '我换号了，']),
          f.pick(['手机坏了，', '手机掉水里了，', '手机丢了，']),
          f.pick(['你加一下我微信。', '有事发这个号。', '旧号码先别打了。']),
        ),
      (f) =>
        c(
          f.pick(['妈，', '爸，']),
          '我手机坏了，这是新号。',
          f.pick(['学校要交', '培训班要交']),
          `${plain(f.round(800, 6000, 100))}元资料费，今天截止，`,
          `你先转到这个卡上：${f.pat('62## #### #### ###')}。`,
        ),
      (f) =>
        c(
          f.pick(['爸，', '妈，']),
          `我在外面出了点事，急需${plain(f.round(5000, 50000, 1000))}元，`,
          '你先别告诉家里其他人，转到这个账户，回头跟你解释。',
        ),
    ],
  },
  {
    lang: 'zh',
    kind: 'call-back lure',
    per: 2,
    templates: [
      (f) =>
        c(
          `【${f.pick(SHOPS_ZH)}】您购买的商品出现质量问题，我们将为您办理退款，`,
          `请拨打客服电话${zh400(f)}。`,
        ),
      (f) =>
        c(
          `您的账户已开通${plain(f.round(50000, 300000, 1000))}元借款额度，`,
          `利率低至${f.int(2, 4)}.${f.int(1, 9)}%，如需办理请致电${zhMobile(f)}。`,
        ),
      (f) =>
        c(
          `【${f.pick(SHOPS_ZH)}】您已开通会员自动续费，每月扣费${f.round(300, 900, 10)}元，`,
          `如非本人操作请致电${zh400(f)}取消。`,
        ),
    ],
  },
  {
    lang: 'zh',
    kind: 'code, gift card or crypto request',
    per: 2,
    templates: [
      (f) =>
        c(
          '不好意思，我刚把验证码误发到你手机上了，',
          f.pick(['麻烦把收到的验证码发给我一下，谢谢！', '能把那个6位数告诉我吗？急用。']),
        ),
      (f) =>
        c(
          `我是${f.pick(NAMES_ZH)}，在开会不方便接电话。`,
          `你先帮我买${f.int(2, 6)}张${f.pick([500, 1000])}元的购物卡，把卡密拍给我，回头报销。`,
        ),
      (f) => c('为解冻您的资金，请向以下钱包地址支付', `${f.int(100, 900)}USDT手续费：${f.tron()}`),
    ],
  },
  {
    lang: 'zh',
    kind: 'job, investment or loan',
    per: 2,
    templates: [
      (f) =>
        c(
          '招聘兼职：在家点赞刷单，',
          `日结${f.round(100, 300, 10)}-${f.round(400, 800, 10)}元，手机操作即可，`,
          `加微信：${f.handle(JOB_HANDLES)}`,
        ),
      (f) =>
        c('诚聘线上客服，时间自由，', `日薪${f.round(200, 500, 10)}元起，有意者加QQ${f.digits(9)}`),
      (f) =>
        c(
          '专业老师带你炒股，每天推荐牛股，',
          `收益${f.int(20, 50)}%以上，免费进群：`,
          zhLink(f, 'money'),
        ),
      (f) =>
        c(
          `【${f.pick(BANKS_ZH)}】您有一笔${plain(f.round(20000, 200000, 1000))}元的信用贷款待领取，`,
          '无需抵押，当天到账：',
          zhLink(f, 'money'),
        ),
    ],
  },
  {
    lang: 'zh',
    kind: 'prize',
    per: 2,
    templates: [
      (f) =>
        c(
          `恭喜您被${f.pick(SHOPS_ZH)}抽中二等奖，奖金${plain(f.round(5000, 50000, 1000))}元及`,
          f.pick(['笔记本电脑', '手机']),
          '一台，请登录',
          zhLink(f, 'prize'),
          '领取。',
        ),
      (f) =>
        c(
          '尊敬的用户，您的号码在周年庆活动中中奖，',
          `奖金${plain(f.round(10000, 100000, 1000))}元，详情请致电${zhMobile(f)}。`,
        ),
    ],
  },
];

const SETS: readonly TemplateSet[] = [
  ...ENGLISH,
  ...ARABIC,
  ...GERMAN,
  ...SPANISH,
  ...FRENCH,
  ...HINDI,
  ...INDONESIAN,
  ...ITALIAN,
  ...JAPANESE,
  ...KOREAN,
  ...PORTUGUESE,
  ...RUSSIAN,
  ...THAI,
  ...TURKISH,
  ...VIETNAMESE,
  ...CHINESE,
];

/**
 * The project's scam messages: every template set filled `per` times per template (distinct
 * texts; a template that repeats itself gives fewer), in a fixed order.
 */
export function projectScams(): ProjectScam[] {
  return fillTemplates(SETS, {
    prefix: 'project-scams',
    fill: (seed) => new Fill(seed),
    attempts: 4,
  });
}
