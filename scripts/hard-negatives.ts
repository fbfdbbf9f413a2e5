/**
 * Hard negatives written by the project: ordinary legitimate notices (bank debit and credit
 * alerts, balances, card purchases, one-time codes, login notices, deliveries, appointments,
 * bills, mobile data, salary) that the two old English SMS sets hardly hold, so that the text
 * model learns they are benign. Every template here was written for this project (none is
 * copied from a corpus); bank, shop and carrier names are generic or made up. None carries a
 * link, asks the reader to call or to send data, or presses beyond an ordinary due date.
 *
 * Deterministic: templates are filled by `seededRandom`, one stream per template, so the same
 * code gives the same texts (data/message-model.bin depends on them).
 */
import {
  TemplateFill,
  fillTemplates,
  pad2 as p2,
  type TemplateSet as TemplateSetOf,
} from './template-fill.js';

export interface HardNegative {
  readonly text: string;
  readonly lang: string;
  readonly kind: string;
}

export type HardNegativeKind =
  | 'bank debit alert'
  | 'bank credit alert'
  | 'balance notice'
  | 'card purchase alert'
  | 'one-time code'
  | 'login notice'
  | 'delivery notice'
  | 'appointment reminder'
  | 'utility bill'
  | 'mobile data notice'
  | 'salary or transfer received';

/** Draws of one template's fill. */
class Fill extends TemplateFill {
  /** A masked account or card: XX4821, ****4821, x4821. */
  masked(style: 'XX' | 'stars' | 'x' = 'XX'): string {
    const tail = this.digits(4);
    return style === 'XX' ? `XX${tail}` : style === 'stars' ? `****${tail}` : `x${tail}`;
  }

  /** 05-12-26 */
  dateDmyShort(): string {
    return `${p2(this.day())}-${p2(this.month())}-${p2(this.int(25, 26))}`;
  }

  /** 05/12/2026 */
  dateDmy(sep = '/'): string {
    return `${p2(this.day())}${sep}${p2(this.month())}${sep}20${this.int(25, 26)}`;
  }

  /** 04-Dec-26 */
  dateDMonY(): string {
    return `${p2(this.day())}-${this.pick(MONTHS)}-${this.int(25, 26)}`;
  }

  /** 12/05 (US month/day) */
  dateMd(): string {
    return `${this.month()}/${this.day()}`;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2,450.00 (or 2,450 when whole). */
function en(n: number, whole = Number.isInteger(n)): string {
  return n.toLocaleString('en-US', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  });
}

/** Indian grouping: 1,25,000.00 */
function inr(n: number): string {
  return n.toLocaleString('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
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

const BANKS_EN = [
  'First Harbour Bank',
  'Northgate Bank',
  'Bluewater Bank',
  'Meridian Trust Bank',
  'Cedar Union Bank',
  'Lakeshore Savings',
  'Riverstone Bank',
  'Summit Cooperative Bank',
];
const MERCHANTS = [
  'FRESHMART',
  'CITY PHARMACY',
  'GREENLEAF CAFE',
  'METRO FUEL',
  'BOOKNOOK',
  'HOMEWARE PLUS',
  'SUNRISE BAKERY',
  'QUICKRIDE',
  'PIXEL ELECTRONICS',
  'CORNER GROCERY',
];
const NAMES_IN = ['RAHUL S', 'PRIYA K', 'ANIL M', 'SNEHA R', 'VIKRAM P', 'MEERA J'];
const NAMES_NG = ['ADEBAYO O', 'CHIOMA N', 'IBRAHIM M', 'FUNKE A', 'EMEKA U', 'AISHA B'];
const NAMES_KE = ['JOHN KAMAU', 'MARY WANJIKU', 'PETER OTIENO', 'GRACE ACHIENG', 'DAVID MWANGI'];
const EMPLOYERS = [
  'ACME LOGISTICS',
  'BRIGHTPATH LTD',
  'OAKFIELD SCHOOLS',
  'NOVA FOODS',
  'TRISTAR ENG',
];
const SHOPS = ['HomeNest', 'Parcelio', 'ShopLane', 'Cartwell', 'Bazaarly', 'Brightbox'];
const CARRIERS = ['Skylink', 'TelNova', 'AirWave', 'Orbit Mobile'];
const UTILITIES = ['City Power', 'Metro Water', 'Valley Gas', 'GridServe Energy'];
const CLINICS = [
  'Oak Street Clinic',
  'Riverside Dental',
  'Greenhill Medical Centre',
  "Dr. Lee's surgery",
];

type TemplateSet = TemplateSetOf<Fill, HardNegativeKind>;

// ---------------------------------------------------------------------------------------------
// English: Indian, Nigerian, UK, US and Kenyan styles.

const ENGLISH: readonly TemplateSet[] = [
  {
    lang: 'en',
    kind: 'bank debit alert',
    per: 15,
    templates: [
      (f) =>
        `Rs.${inr(f.amount(50, 60000))} debited from A/c ${f.masked()} on ${f.dateDmyShort()} to VPA ${f.pick(['grocer', 'fuelstop', 'chemist', 'tiffin', 'rentpay'])}@ok${f.pick(['bank', 'pay', 'upi'])} (UPI Ref ${f.digits(12)}). Avl Bal Rs.${inr(f.amount(500, 200000))}.`,
      (f) =>
        `Dear Customer, INR ${inr(f.amount(100, 90000))} has been debited from your A/c no. ${f.masked()} on ${f.dateDMonY()} for NEFT txn to ${f.pick(NAMES_IN)}. Avl Bal: INR ${inr(f.amount(500, 300000))} - ${f.pick(BANKS_EN)}`,
      (f) =>
        `Debit Alert! Acct: ${f.masked('stars')} Amt: NGN ${en(f.amount(500, 250000))} Desc: POS/${f.pick(MERCHANTS)}/LAGOS Date: ${f.dateDmy('-')} ${f.time()} Avail Bal: NGN ${en(f.amount(1000, 900000))}`,
      (f) =>
        `Txn: DR Acct:${f.digits(3)}**${f.digits(3)} Amt:₦${en(f.amount(200, 150000))} Des:TRF TO ${f.pick(NAMES_NG)} Bal:₦${en(f.amount(1000, 700000))} Date:${f.dateDmy('/')} ${f.time()}`,
      (f) =>
        `${f.pick(BANKS_EN)}: £${en(f.amount(3, 900))} has left your current account ending ${f.digits(4)} for a Direct Debit to ${f.pick(UTILITIES)}. Your balance is now £${en(f.amount(40, 6000))}.`,
      (f) =>
        `${f.pick(BANKS_EN)}: A withdrawal of $${en(f.amount(20, 800, true))}.00 was made from your checking account ${f.masked('x')} at an ATM on ${f.dateMd()} at ${f.time()}. Available balance $${en(f.amount(50, 9000))}.`,
      (f) =>
        `${f.code(10).toUpperCase()} Confirmed. KSh${en(f.amount(50, 30000))} paid to ${f.pick(MERCHANTS)} on ${f.dateDmy('/')} at ${f.time()}. New wallet balance is KSh${en(f.amount(100, 80000))}. Transaction cost KSh${en(f.amount(0, 60))}.`,
    ],
  },
  {
    lang: 'en',
    kind: 'bank credit alert',
    per: 15,
    templates: [
      (f) =>
        `Your A/c ${f.masked()} is credited with INR ${inr(f.amount(100, 150000))} on ${f.dateDMonY()} by NEFT. Avl Bal INR ${inr(f.amount(500, 400000))}.`,
      (f) =>
        `A/c ${f.masked()} credited by Rs.${inr(f.amount(50, 50000))} on ${f.dateDmyShort()} from ${f.pick(NAMES_IN)} (UPI Ref No ${f.digits(12)}). Avl Bal Rs.${inr(f.amount(500, 250000))} -${f.pick(BANKS_EN)}`,
      (f) =>
        `Credit Alert! Acct: ${f.masked('stars')} Amt: NGN ${en(f.amount(500, 500000))} Desc: TRF FROM ${f.pick(NAMES_NG)} Date: ${f.dateDmy('-')} ${f.time()} Avail Bal: NGN ${en(f.amount(1000, 900000))}`,
      (f) =>
        `${f.pick(BANKS_EN)}: You have received £${en(f.amount(5, 2500))} from ${f.pick(['J SMITH', 'A PATEL', 'L JONES', 'M BROWN'])} into your account ending ${f.digits(4)}. Balance £${en(f.amount(50, 9000))}.`,
      (f) =>
        `${f.pick(BANKS_EN)}: A deposit of $${en(f.amount(10, 4000))} was posted to your account ${f.masked('x')} on ${f.dateMd()}. Available balance: $${en(f.amount(50, 12000))}.`,
      (f) =>
        `${f.code(10).toUpperCase()} Confirmed. You have received KSh${en(f.amount(50, 40000))} from ${f.pick(NAMES_KE)} on ${f.dateDmy('/')} at ${f.time()}. New wallet balance is KSh${en(f.amount(100, 90000))}.`,
    ],
  },
  {
    lang: 'en',
    kind: 'balance notice',
    per: 15,
    templates: [
      (f) =>
        `Balance in your A/c ${f.masked()} as on ${f.dateDMonY()} is INR ${inr(f.amount(100, 500000))}. Avl Bal includes uncleared funds of INR ${inr(f.amount(0, 2000))}. - ${f.pick(BANKS_EN)}`,
      (f) =>
        `Acct ${f.masked('stars')}: Your available balance as at ${f.dateDmy('/')} ${f.time()} is NGN ${en(f.amount(100, 900000))}. Dial *${f.int(300, 999)}# for mini statement. ${f.pick(BANKS_EN)}`,
      (f) =>
        `${f.pick(BANKS_EN)}: Your balance for account ending ${f.digits(4)} at ${f.time()} on ${f.dateDmy('/')} is £${en(f.amount(10, 8000))}. Pending transactions £${en(f.amount(0, 300))}.`,
      (f) =>
        `${f.pick(BANKS_EN)} Alert: Your checking account ${f.masked('x')} balance is $${en(f.amount(10, 15000))} as of ${f.dateMd()}. Savings ${f.masked('x')}: $${en(f.amount(10, 30000))}.`,
      (f) =>
        `Your wallet balance is KSh${en(f.amount(10, 60000))} on ${f.dateDmy('/')} at ${f.time()}. Overdraft limit available KSh${en(f.amount(0, 5000, true))}.`,
    ],
  },
  {
    lang: 'en',
    kind: 'card purchase alert',
    per: 15,
    templates: [
      (f) =>
        `Rs.${inr(f.amount(50, 30000))} spent on your ${f.pick(BANKS_EN)} Credit Card ${f.masked()} at ${f.pick(MERCHANTS)} on ${f.dateDmyShort()} ${f.time()}. Avl Lmt: Rs.${inr(f.amount(1000, 300000))}.`,
      (f) =>
        `${f.pick(BANKS_EN)}: Your card ending ${f.digits(4)} was used for NGN ${en(f.amount(500, 90000))} at ${f.pick(MERCHANTS)} on ${f.dateDmy('-')} ${f.time()}. Avail Bal: NGN ${en(f.amount(1000, 600000))}`,
      (f) =>
        `${f.pick(BANKS_EN)}: Card ending ${f.digits(4)} spent £${en(f.amount(1, 400))} at ${f.pick(MERCHANTS)} on ${f.dateDmy('/')}. Available to spend £${en(f.amount(50, 5000))}.`,
      (f) =>
        `${f.pick(BANKS_EN)}: A $${en(f.amount(1, 900))} purchase at ${f.pick(MERCHANTS)} was made with your card ending in ${f.digits(4)} on ${f.dateMd()} at ${f.time()}.`,
      (f) =>
        `Card ${f.masked('stars')} purchase KSh${en(f.amount(100, 25000))} at ${f.pick(MERCHANTS)} NAIROBI on ${f.dateDmy('/')} ${f.time()}. Available limit KSh${en(f.amount(1000, 200000))}. ${f.pick(BANKS_EN)}`,
    ],
  },
  {
    lang: 'en',
    kind: 'one-time code',
    per: 15,
    templates: [
      (f) =>
        `${f.code()} is your OTP for the transaction of INR ${inr(f.amount(100, 50000))} at ${f.pick(MERCHANTS)} on card ${f.masked()}. Valid for 5 mins. Do not share this OTP with anyone. - ${f.pick(BANKS_EN)}`,
      (f) =>
        `Your ${f.pick(BANKS_EN)} one-time code is ${f.code()}. It expires in ${f.pick([5, 10, 15])} minutes. Do not share it with anyone; our staff will never ask for it.`,
      (f) => `${f.code()} is your verification code for ${f.pick(SHOPS)}. Do not share this code.`,
      (f) =>
        `Use ${f.code()} to complete your sign-in to ${f.pick(BANKS_EN)} Online. Never share this code, not even with bank staff.`,
      (f) =>
        `Token: ${f.code()}. Use this to authorise the transfer of NGN ${en(f.amount(1000, 300000))} from Acct ${f.masked('stars')}. Please do not share with anyone. ${f.pick(BANKS_EN)}`,
      (f) =>
        `${f.pick(SHOPS)}: your login code is ${f.code(f.pick([4, 6]))}. Don't share it with anyone.`,
    ],
  },
  {
    lang: 'en',
    kind: 'login notice',
    per: 15,
    templates: [
      (f) =>
        `${f.pick(BANKS_EN)}: You signed in to the mobile app on a new device (${f.pick(['Android phone', 'iPhone', 'tablet', 'Windows PC'])}) on ${f.dateDmy('/')} at ${f.time()}. If this was you, no action is needed.`,
      (f) =>
        `New login to your ${f.pick(SHOPS)} account on ${f.dateDMonY()} at ${f.time()} from ${f.pick(['Chrome on Windows', 'Safari on iPhone', 'the Android app', 'Firefox on Mac'])}. If it was you, you can ignore this message.`,
      (f) =>
        `Dear Customer, your internet banking password was changed successfully on ${f.dateDmyShort()} at ${f.time()}. - ${f.pick(BANKS_EN)}`,
      (f) =>
        `${f.pick(BANKS_EN)}: Your mobile app was registered on a new phone on ${f.dateDmy('-')} at ${f.time()}. If you did this, there is nothing more to do.`,
    ],
  },
  {
    lang: 'en',
    kind: 'delivery notice',
    per: 15,
    templates: [
      (f) =>
        `Your ${f.pick(SHOPS)} order #${f.digits(7)} has been dispatched and will arrive on ${f.dateDmy('/')} between ${f.int(8, 12)}:00 and ${f.int(13, 18)}:00.`,
      (f) =>
        `Good news! Your parcel from ${f.pick(SHOPS)} is out for delivery today. Expected between ${f.int(9, 13)}:00 and ${f.int(14, 20)}:00. Tracking no. ${f.pick(['PL', 'SH', 'CW'])}${f.digits(9)}.`,
      (f) =>
        `${f.pick(SHOPS)}: Order ${f.digits(8)} was delivered on ${f.dateDMonY()} at ${f.time()} and left with ${f.pick(['a neighbour', 'the reception desk', 'you', 'security at the gate'])}.`,
      (f) =>
        `Your package ${f.digits(10)} has been shipped. Estimated delivery: ${f.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'])} ${f.dateMd()}. No signature needed.`,
    ],
  },
  {
    lang: 'en',
    kind: 'appointment reminder',
    per: 15,
    templates: [
      (f) =>
        `Reminder: your appointment at ${f.pick(CLINICS)} is on ${f.dateDmy('/')} at ${f.int(8, 17)}:${f.pick(['00', '15', '30', '45'])}. Please arrive 10 minutes early.`,
      (f) =>
        `Hi, this is ${f.pick(CLINICS)}. We look forward to seeing you on ${f.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])} ${f.dateMd()} at ${f.int(8, 17)}:${f.pick(['00', '20', '40'])}. Bring your insurance card.`,
      (f) =>
        `Your vehicle service at ${f.pick(['Parkside Motors', 'Quickfix Garage', 'Autocare Centre'])} is booked for ${f.dateDMonY()} at ${f.int(8, 16)}:00. Booking ref ${f.digits(6)}.`,
      (f) =>
        `Your table for ${f.int(2, 8)} at ${f.pick(['The Olive Tree', 'Spice Route', 'Harbour Grill'])} is confirmed for ${f.dateDmy('/')} at ${f.int(18, 21)}:${f.pick(['00', '30'])}.`,
    ],
  },
  {
    lang: 'en',
    kind: 'utility bill',
    per: 15,
    templates: [
      (f) =>
        `${f.pick(UTILITIES)}: Your bill of £${en(f.amount(20, 300))} for ${f.pick(MONTHS)} is ready. It will be collected by Direct Debit on ${f.dateDmy('/')}.`,
      (f) =>
        `Dear Customer, electricity bill for Consumer No. ${f.digits(10)} for ${f.pick(MONTHS)}-26 is Rs.${inr(f.amount(200, 9000))}. Due date ${f.dateDMonY()}. - ${f.pick(UTILITIES)}`,
      (f) =>
        `${f.pick(UTILITIES)}: Payment of NGN ${en(f.amount(2000, 60000))} received for meter ${f.digits(11)}. Token: ${f.digits(4)}-${f.digits(4)}-${f.digits(4)}-${f.digits(4)}-${f.digits(4)}. Units: ${en(f.amount(10, 400))} kWh.`,
      (f) =>
        `${f.pick(UTILITIES)}: Your ${f.pick(MONTHS)} statement is $${en(f.amount(20, 400))}, due ${f.dateMd()}. Autopay is on; no action needed.`,
      (f) =>
        `Your water bill for account ${f.digits(8)} is KSh${en(f.amount(300, 6000))}, due on ${f.dateDmy('/')}. Thank you for paying on time. ${f.pick(UTILITIES)}`,
    ],
  },
  {
    lang: 'en',
    kind: 'mobile data notice',
    per: 15,
    templates: [
      (f) =>
        `Dear Customer, you have used ${f.pick([50, 75, 80, 90])}% of your daily data. Remaining: ${f.int(50, 900)}MB, valid till ${f.time()} today. Dial *${f.int(100, 999)}# to check balance.`,
      (f) =>
        `You have successfully subscribed to the ${f.pick([1, 2, 5, 10, 20])}GB monthly plan for N${en(f.amount(500, 6000, true))}. Valid until ${f.dateDmy('/')}. Dial *${f.int(100, 999)}*${f.int(1, 9)}# to check your data balance.`,
      (f) =>
        `${f.pick(CARRIERS)}: Your plan renews on ${f.dateDmy('/')}. Your allowance of ${f.pick([5, 10, 30, 50, 100])}GB data and unlimited minutes will reset then.`,
      (f) =>
        `${f.pick(CARRIERS)}: You've used ${f.pick([5, 8, 12, 20])} GB of ${f.pick([25, 30, 50])} GB this bill cycle. Your cycle ends ${f.dateMd()}.`,
      (f) =>
        `Your ${f.pick(['daily', 'weekly', 'monthly'])} bundle of ${f.int(100, 1500)}MB is active until ${f.dateDmy('/')} ${f.time()}. Airtime balance KSh${en(f.amount(0, 500))}.`,
      (f) =>
        `${f.pick(CARRIERS)}: Recharge of Rs.${f.pick([199, 239, 299, 479, 719])} successful for ${f.digits(2)}XXXXX${f.digits(3)}. Pack: ${f.pick([1, 1.5, 2, 3])}GB/day, valid ${f.pick([28, 56, 84])} days.`,
    ],
  },
  {
    lang: 'en',
    kind: 'salary or transfer received',
    per: 15,
    templates: [
      (f) =>
        `Salary of INR ${inr(f.amount(15000, 250000))} for ${f.pick(MONTHS)} credited to your A/c ${f.masked()} on ${f.dateDMonY()} by ${f.pick(EMPLOYERS)}. Avl Bal INR ${inr(f.amount(15000, 400000))}.`,
      (f) =>
        `Credit Alert! Acct: ${f.masked('stars')} Amt: NGN ${en(f.amount(50000, 900000))} Desc: SALARY ${f.pick(MONTHS).toUpperCase()} ${f.pick(EMPLOYERS)} Date: ${f.dateDmy('-')} Avail Bal: NGN ${en(f.amount(50000, 2000000))}`,
      (f) =>
        `${f.pick(BANKS_EN)}: Your salary from ${f.pick(EMPLOYERS)} of £${en(f.amount(900, 5000))} has been paid into your account ending ${f.digits(4)}.`,
      (f) =>
        `${f.pick(BANKS_EN)}: Direct deposit of $${en(f.amount(400, 6000))} from ${f.pick(EMPLOYERS)} posted to ${f.masked('x')} on ${f.dateMd()}.`,
      (f) =>
        `${f.code(10).toUpperCase()} Confirmed. KSh${en(f.amount(5000, 150000))} received from ${f.pick(EMPLOYERS)} on ${f.dateDmy('/')} at ${f.time()}. New wallet balance is KSh${en(f.amount(5000, 300000))}.`,
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Other languages: a few templates per language, over the same kinds.

const BANKS_X = [
  'Banca Aurora',
  'Banque Horizon',
  'Nordbank Rhein',
  'Banco Serrano',
  'Bank Samudra',
];

const OTHER: readonly TemplateSet[] = [
  // Arabic
  {
    lang: 'ar',
    kind: 'bank debit alert',
    per: 9,
    templates: [
      (f) =>
        `تم خصم ${en(f.amount(10, 5000))} ريال من حسابك رقم ${f.masked('stars')} لدى ${f.pick(MERCHANTS)} بتاريخ ${f.dateDmy('/')} ${f.time()}. الرصيد المتاح ${en(f.amount(100, 50000))} ريال.`,
      (f) =>
        `شراء عبر نقاط البيع بمبلغ ${en(f.amount(5, 3000))} درهم بالبطاقة المنتهية بـ ${f.digits(4)} في ${f.pick(MERCHANTS)} يوم ${f.dateDmy('/')}.`,
    ],
  },
  {
    lang: 'ar',
    kind: 'bank credit alert',
    per: 9,
    templates: [
      (f) =>
        `تم إيداع ${en(f.amount(100, 20000))} ريال في حسابك ${f.masked('stars')} بتاريخ ${f.dateDmy('/')}. الرصيد الحالي ${en(f.amount(200, 80000))} ريال.`,
      (f) =>
        `حوالة واردة بمبلغ ${en(f.amount(100, 15000))} جنيه من ${f.pick(['أحمد', 'سارة', 'محمد', 'ليلى'])} إلى حسابك المنتهي بـ ${f.digits(4)}.`,
    ],
  },
  {
    lang: 'ar',
    kind: 'one-time code',
    per: 9,
    templates: [
      (f) =>
        `رمز التحقق الخاص بك هو ${f.code()}. لا تشاركه مع أي شخص. صالح لمدة ${f.pick([3, 5, 10])} دقائق.`,
      (f) => `${f.code()} هو رمز الدخول لمرة واحدة. لن نطلب منك هذا الرمز أبداً، فلا تشاركه.`,
    ],
  },
  {
    lang: 'ar',
    kind: 'delivery notice',
    per: 9,
    templates: [
      (f) =>
        `تم شحن طلبك رقم ${f.digits(7)} وسيصل يوم ${f.dateDmy('/')} بين الساعة ${f.int(9, 12)} و${f.int(13, 18)}.`,
      (f) => `شحنتك ${f.digits(10)} في الطريق إليك اليوم. شكراً لتسوقك معنا.`,
    ],
  },
  {
    lang: 'ar',
    kind: 'utility bill',
    per: 9,
    templates: [
      (f) =>
        `فاتورة الكهرباء لشهر ${f.pick(['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو'])} بمبلغ ${en(f.amount(50, 900))} ريال. تاريخ الاستحقاق ${f.dateDmy('/')}.`,
      (f) =>
        `تم تجديد باقة الإنترنت ${f.pick([5, 10, 20, 50])} جيجابايت بنجاح. صالحة حتى ${f.dateDmy('/')}.`,
    ],
  },
  // Italian
  {
    lang: 'it',
    kind: 'card purchase alert',
    per: 9,
    templates: [
      (f) =>
        `${f.pick(BANKS_X)}: pagamento di ${eu(f.amount(1, 900))} EUR con carta ${f.masked('stars')} presso ${f.pick(MERCHANTS)} il ${f.dateDmy('/')} alle ${f.time()}.`,
      (f) =>
        `Addebito di ${eu(f.amount(5, 2000))} € sul conto ${f.masked('stars')} del ${f.dateDmy('/')}: bonifico a ${f.pick(['Rossi M', 'Bianchi L', 'Ferrari G'])}. Saldo disponibile ${eu(f.amount(50, 20000))} €.`,
    ],
  },
  {
    lang: 'it',
    kind: 'one-time code',
    per: 9,
    templates: [
      (f) =>
        `Il tuo codice di verifica è ${f.code()}. Non condividerlo con nessuno. Scade tra ${f.pick([5, 10])} minuti.`,
      (f) => `${f.code()} è il codice per accedere a ${f.pick(SHOPS)}. Non comunicarlo a nessuno.`,
    ],
  },
  {
    lang: 'it',
    kind: 'delivery notice',
    per: 9,
    templates: [
      (f) =>
        `Il tuo ordine ${f.digits(8)} è stato spedito e arriverà il ${f.dateDmy('/')} tra le ${f.int(9, 12)}:00 e le ${f.int(13, 18)}:00.`,
      (f) =>
        `Promemoria: appuntamento presso ${f.pick(['Studio Dentistico Verdi', 'Poliambulatorio Centro', 'Farmacia Sole'])} il ${f.dateDmy('/')} alle ${f.int(8, 18)}:${f.pick(['00', '30'])}.`,
      (f) =>
        `Bolletta luce di ${f.pick(['gennaio', 'marzo', 'maggio', 'settembre'])}: ${eu(f.amount(20, 300))} €, addebito su conto il ${f.dateDmy('/')}.`,
    ],
  },
  // French
  {
    lang: 'fr',
    kind: 'bank debit alert',
    per: 9,
    templates: [
      (f) =>
        `${f.pick(BANKS_X)} : paiement de ${sp(f.amount(1, 900))} EUR par carte ${f.masked('stars')} chez ${f.pick(MERCHANTS)} le ${f.dateDmy('/')} à ${f.time()}.`,
      (f) =>
        `Votre compte ${f.masked('stars')} a été crédité de ${sp(f.amount(50, 5000))} € le ${f.dateDmy('/')} (virement ${f.pick(EMPLOYERS)}). Solde : ${sp(f.amount(100, 20000))} €.`,
    ],
  },
  {
    lang: 'fr',
    kind: 'one-time code',
    per: 9,
    templates: [
      (f) =>
        `Votre code de confirmation est ${f.code()}. Ne le communiquez à personne. Il expire dans ${f.pick([5, 10])} minutes.`,
      (f) => `${f.code()} est votre code de connexion ${f.pick(SHOPS)}. Ne le partagez jamais.`,
    ],
  },
  {
    lang: 'fr',
    kind: 'delivery notice',
    per: 9,
    templates: [
      (f) =>
        `Votre colis ${f.digits(10)} sera livré le ${f.dateDmy('/')} entre ${f.int(8, 12)}h et ${f.int(13, 19)}h.`,
      (f) =>
        `Rappel : rendez-vous au ${f.pick(['cabinet dentaire Moreau', 'centre médical des Lilas', 'garage du Port'])} le ${f.dateDmy('/')} à ${f.int(8, 18)}h${f.pick(['00', '30'])}.`,
      (f) =>
        `Votre facture d'électricité de ${f.pick(['janvier', 'mars', 'juin', 'octobre'])} s'élève à ${sp(f.amount(20, 300))} €. Prélèvement prévu le ${f.dateDmy('/')}.`,
    ],
  },
  // Turkish
  {
    lang: 'tr',
    kind: 'card purchase alert',
    per: 9,
    templates: [
      (f) =>
        `${f.masked('stars')} sonlu kartınızla ${f.dateDmy('.')} ${f.time()} tarihinde ${f.pick(MERCHANTS)} işyerinde ${eu(f.amount(10, 5000))} TL harcama yapılmıştır.`,
      (f) =>
        `Hesabınıza ${f.dateDmy('.')} tarihinde ${eu(f.amount(100, 50000))} TL maaş ödemesi yatırılmıştır. Kullanılabilir bakiye: ${eu(f.amount(100, 90000))} TL.`,
    ],
  },
  {
    lang: 'tr',
    kind: 'one-time code',
    per: 9,
    templates: [
      (f) => `Tek kullanımlık şifreniz: ${f.code()}. Bu şifreyi kimseyle paylaşmayınız.`,
      (f) => `${f.pick(SHOPS)} doğrulama kodunuz ${f.code()}. Kodu kimseyle paylaşmayın.`,
    ],
  },
  {
    lang: 'tr',
    kind: 'delivery notice',
    per: 9,
    templates: [
      (f) =>
        `${f.digits(8)} numaralı siparişiniz kargoya verildi. Tahmini teslim tarihi: ${f.dateDmy('.')}.`,
      (f) =>
        `${f.pick(['Elektrik', 'Doğalgaz', 'Su'])} faturanız ${eu(f.amount(50, 2000))} TL, son ödeme tarihi ${f.dateDmy('.')}.`,
      (f) =>
        `${f.dateDmy('.')} saat ${f.int(9, 17)}:${f.pick(['00', '30'])} randevunuzu hatırlatırız.`,
    ],
  },
  // Russian
  {
    lang: 'ru',
    kind: 'card purchase alert',
    per: 9,
    templates: [
      (f) =>
        `Покупка ${sp(f.amount(50, 20000))} ₽ по карте ${f.masked('stars')} в ${f.pick(MERCHANTS)} ${f.dateDmy('.')} ${f.time()}. Доступно ${sp(f.amount(100, 200000))} ₽.`,
      (f) =>
        `Зачисление ${sp(f.amount(1000, 150000, true))} ₽ на счёт ${f.masked('stars')}: заработная плата. Баланс ${sp(f.amount(1000, 300000))} ₽.`,
    ],
  },
  {
    lang: 'ru',
    kind: 'one-time code',
    per: 9,
    templates: [
      (f) => `Код подтверждения: ${f.code()}. Никому не сообщайте этот код.`,
      (f) => `${f.code()} — код для входа в ${f.pick(SHOPS)}. Не передавайте его никому.`,
    ],
  },
  {
    lang: 'ru',
    kind: 'delivery notice',
    per: 9,
    templates: [
      (f) =>
        `Ваш заказ ${f.digits(8)} передан в доставку. Ожидайте курьера ${f.dateDmy('.')} с ${f.int(9, 13)}:00 до ${f.int(14, 21)}:00.`,
      (f) =>
        `Напоминаем о записи к врачу ${f.dateDmy('.')} в ${f.int(8, 18)}:${f.pick(['00', '30'])}.`,
      (f) =>
        `Израсходовано ${f.pick([70, 80, 90])}% интернет-трафика по тарифу. Пакет обновится ${f.dateDmy('.')}.`,
    ],
  },
  // Hindi
  {
    lang: 'hi',
    kind: 'bank debit alert',
    per: 9,
    templates: [
      (f) =>
        `आपके खाते ${f.masked()} से ${f.dateDmyShort()} को रु. ${inr(f.amount(50, 50000))} डेबिट किए गए। उपलब्ध शेष रु. ${inr(f.amount(500, 200000))}।`,
      (f) =>
        `आपके खाते ${f.masked()} में ${f.dateDmyShort()} को रु. ${inr(f.amount(100, 90000))} जमा किए गए। उपलब्ध शेष रु. ${inr(f.amount(500, 300000))}।`,
    ],
  },
  {
    lang: 'hi',
    kind: 'one-time code',
    per: 9,
    templates: [
      (f) =>
        `आपका ओटीपी ${f.code()} है। यह ${f.pick([5, 10])} मिनट के लिए मान्य है। इसे किसी के साथ साझा न करें।`,
      (f) => `आपका ऑर्डर ${f.digits(8)} भेज दिया गया है और ${f.dateDmy('/')} तक पहुँच जाएगा।`,
      (f) => `आपका बिजली बिल रु. ${inr(f.amount(200, 6000))} है। अंतिम तिथि ${f.dateDmy('/')}।`,
    ],
  },
  // German
  {
    lang: 'de',
    kind: 'card purchase alert',
    per: 9,
    templates: [
      (f) =>
        `${f.pick(BANKS_X)}: Kartenzahlung über ${eu(f.amount(1, 900))} EUR mit Karte ${f.masked('stars')} bei ${f.pick(MERCHANTS)} am ${f.dateDmy('.')} um ${f.time()}.`,
      (f) =>
        `Gutschrift auf Ihr Konto ${f.masked('stars')}: ${eu(f.amount(50, 6000))} EUR von ${f.pick(EMPLOYERS)} am ${f.dateDmy('.')}. Kontostand ${eu(f.amount(100, 30000))} EUR.`,
    ],
  },
  {
    lang: 'de',
    kind: 'one-time code',
    per: 9,
    templates: [
      (f) => `Ihr Bestätigungscode lautet ${f.code()}. Geben Sie ihn an niemanden weiter.`,
      (f) => `${f.code()} ist Ihr Anmeldecode für ${f.pick(SHOPS)}. Bitte nicht weitergeben.`,
    ],
  },
  {
    lang: 'de',
    kind: 'delivery notice',
    per: 9,
    templates: [
      (f) =>
        `Ihre Sendung ${f.digits(10)} wird am ${f.dateDmy('.')} zwischen ${f.int(8, 12)}:00 und ${f.int(13, 19)}:00 Uhr zugestellt.`,
      (f) =>
        `Erinnerung: Ihr Termin in der ${f.pick(['Zahnarztpraxis Weber', 'Hausarztpraxis am Markt', 'Kfz-Werkstatt Nord'])} ist am ${f.dateDmy('.')} um ${f.int(8, 18)}:${f.pick(['00', '30'])} Uhr.`,
      (f) =>
        `Ihre Stromrechnung für ${f.pick(['Januar', 'März', 'Juni', 'Oktober'])} beträgt ${eu(f.amount(20, 300))} EUR und wird am ${f.dateDmy('.')} abgebucht.`,
    ],
  },
  // Spanish
  {
    lang: 'es',
    kind: 'card purchase alert',
    per: 9,
    templates: [
      (f) =>
        `${f.pick(BANKS_X)}: compra de ${eu(f.amount(1, 900))} EUR con tu tarjeta ${f.masked('stars')} en ${f.pick(MERCHANTS)} el ${f.dateDmy('/')} a las ${f.time()}.`,
      (f) =>
        `Has recibido una transferencia de ${eu(f.amount(10, 3000))} € de ${f.pick(['Ana García', 'Luis Pérez', 'Marta López'])} en tu cuenta ${f.masked('stars')}. Saldo: ${eu(f.amount(50, 20000))} €.`,
    ],
  },
  {
    lang: 'es',
    kind: 'one-time code',
    per: 9,
    templates: [
      (f) =>
        `Tu código de verificación es ${f.code()}. No lo compartas con nadie. Caduca en ${f.pick([5, 10])} minutos.`,
      (f) => `${f.code()} es tu código de acceso a ${f.pick(SHOPS)}. Nunca lo compartas.`,
    ],
  },
  {
    lang: 'es',
    kind: 'delivery notice',
    per: 9,
    templates: [
      (f) =>
        `Tu pedido ${f.digits(8)} ha sido enviado y llegará el ${f.dateDmy('/')} entre las ${f.int(9, 12)}:00 y las ${f.int(13, 20)}:00.`,
      (f) =>
        `Recordatorio: tu cita en ${f.pick(['Clínica Dental Sol', 'Centro de Salud Norte', 'Taller Ruiz'])} es el ${f.dateDmy('/')} a las ${f.int(8, 18)}:${f.pick(['00', '30'])}.`,
      (f) =>
        `Has consumido el ${f.pick([50, 80, 90])}% de tus datos móviles. Tu tarifa se renueva el ${f.dateDmy('/')}.`,
    ],
  },
  // Portuguese
  {
    lang: 'pt',
    kind: 'card purchase alert',
    per: 9,
    templates: [
      (f) =>
        `Compra aprovada: R$ ${eu(f.amount(1, 2000))} em ${f.pick(MERCHANTS)} no cartão final ${f.digits(4)} em ${f.dateDmy('/')} às ${f.time()}.`,
      (f) =>
        `Você recebeu um Pix de R$ ${eu(f.amount(5, 5000))} de ${f.pick(['JOAO SILVA', 'MARIA SOUZA', 'ANA COSTA'])} em ${f.dateDmy('/')}.`,
    ],
  },
  {
    lang: 'pt',
    kind: 'one-time code',
    per: 9,
    templates: [
      (f) => `Seu código de verificação é ${f.code()}. Não compartilhe com ninguém.`,
      (f) => `${f.code()} é o seu código de acesso ${f.pick(SHOPS)}. Não o partilhe com ninguém.`,
    ],
  },
  {
    lang: 'pt',
    kind: 'delivery notice',
    per: 9,
    templates: [
      (f) => `Seu pedido ${f.digits(8)} saiu para entrega e chega hoje até as ${f.int(17, 21)}h.`,
      (f) =>
        `Lembrete: sua consulta na ${f.pick(['Clínica Vida', 'Odonto Centro', 'Policlínica Sul'])} é em ${f.dateDmy('/')} às ${f.int(8, 18)}h${f.pick(['00', '30'])}.`,
      (f) =>
        `Sua fatura de energia de ${f.pick(['janeiro', 'março', 'junho', 'outubro'])} é de R$ ${eu(f.amount(40, 600))}, com vencimento em ${f.dateDmy('/')}.`,
    ],
  },
  // Indonesian
  {
    lang: 'id',
    kind: 'bank debit alert',
    per: 9,
    templates: [
      (f) =>
        `Transaksi debit Rp${eu(f.amount(10000, 5000000, true))} dari rek ${f.masked('stars')} di ${f.pick(MERCHANTS)} pada ${f.dateDmy('/')} ${f.time()}. Saldo Rp${eu(f.amount(50000, 90000000, true))}.`,
      (f) =>
        `Dana masuk Rp${eu(f.amount(10000, 20000000, true))} ke rekening ${f.masked('stars')} dari ${f.pick(['BUDI S', 'SITI A', 'ANDI W'])} pada ${f.dateDmy('/')}.`,
    ],
  },
  {
    lang: 'id',
    kind: 'one-time code',
    per: 9,
    templates: [
      (f) =>
        `Kode OTP Anda ${f.code()}. JANGAN berikan kode ini kepada siapa pun. Berlaku ${f.pick([3, 5])} menit.`,
      (f) => `${f.code()} adalah kode verifikasi ${f.pick(SHOPS)} Anda. Jangan bagikan kode ini.`,
    ],
  },
  {
    lang: 'id',
    kind: 'delivery notice',
    per: 9,
    templates: [
      (f) => `Paket Anda ${f.digits(12)} sedang dikirim dan diperkirakan tiba ${f.dateDmy('/')}.`,
      (f) =>
        `Tagihan listrik bulan ${f.pick(['Januari', 'Maret', 'Juni', 'Oktober'])} sebesar Rp${eu(f.amount(50000, 900000, true))}, jatuh tempo ${f.dateDmy('/')}.`,
      (f) =>
        `Kuota internet Anda tersisa ${f.int(100, 900)}MB, berlaku hingga ${f.dateDmy('/')}. Cek kuota di *${f.int(100, 999)}#.`,
    ],
  },
  // Thai
  {
    lang: 'th',
    kind: 'bank debit alert',
    per: 9,
    templates: [
      (f) =>
        `บัญชี ${f.masked('x')} ถอน/โอน ${en(f.amount(20, 30000))} บาท วันที่ ${f.dateDmy('/')} ${f.time()} คงเหลือ ${en(f.amount(100, 200000))} บาท`,
      (f) =>
        `เงินเข้าบัญชี ${f.masked('x')} จำนวน ${en(f.amount(20, 50000))} บาท วันที่ ${f.dateDmy('/')} ${f.time()} ยอดเงินใช้ได้ ${en(f.amount(100, 300000))} บาท`,
    ],
  },
  {
    lang: 'th',
    kind: 'one-time code',
    per: 9,
    templates: [
      (f) =>
        `รหัส OTP คือ ${f.code()} (Ref: ${f.code(4)}) ใช้ได้ภายใน ${f.pick([3, 5])} นาที ห้ามบอกรหัสนี้แก่ผู้อื่น`,
      (f) => `พัสดุของคุณหมายเลข ${f.digits(12)} จะจัดส่งถึงภายในวันที่ ${f.dateDmy('/')}`,
      (f) =>
        `ค่าไฟฟ้าประจำเดือน ${f.pick(['มกราคม', 'มีนาคม', 'มิถุนายน', 'ตุลาคม'])} จำนวน ${en(f.amount(200, 4000))} บาท ครบกำหนดชำระ ${f.dateDmy('/')}`,
    ],
  },
  // Korean
  {
    lang: 'ko',
    kind: 'card purchase alert',
    per: 9,
    templates: [
      (f) =>
        `[${f.pick(['하나로카드', '새봄카드', '바다은행'])}] ${f.digits(4)} 승인 ${en(f.amount(1000, 500000, true))}원 일시불 ${p2(f.month())}/${p2(f.day())} ${f.time()} ${f.pick(['편의점', '마트', '카페', '주유소'])}`,
      (f) =>
        `[바다은행] 입금 ${en(f.amount(10000, 5000000, true))}원 ${p2(f.month())}/${p2(f.day())} ${f.time()} 잔액 ${en(f.amount(10000, 20000000, true))}원`,
    ],
  },
  {
    lang: 'ko',
    kind: 'one-time code',
    per: 9,
    templates: [
      (f) =>
        `[${f.pick(SHOPS)}] 인증번호 [${f.code()}]를 입력해 주세요. 타인에게 절대 알려주지 마세요.`,
      (f) => `고객님의 택배(${f.digits(12)})가 오늘 ${f.int(13, 20)}시 전후 배송될 예정입니다.`,
      (f) => `${p2(f.month())}월 ${p2(f.day())}일 ${f.int(9, 17)}시 진료 예약이 확인되었습니다.`,
    ],
  },
  // Chinese
  {
    lang: 'zh',
    kind: 'card purchase alert',
    per: 9,
    templates: [
      (f) =>
        `【海港银行】您尾号${f.digits(4)}的账户于${f.month()}月${f.day()}日${f.time()}消费人民币${en(f.amount(1, 5000))}元，余额${en(f.amount(100, 90000))}元。`,
      (f) =>
        `【海港银行】您尾号${f.digits(4)}的账户${f.month()}月${f.day()}日收入工资${en(f.amount(3000, 30000))}元，余额${en(f.amount(3000, 120000))}元。`,
    ],
  },
  {
    lang: 'zh',
    kind: 'one-time code',
    per: 9,
    templates: [
      (f) => `您的验证码为${f.code()}，${f.pick([5, 10])}分钟内有效，请勿泄露给他人。`,
      (f) => `您的快递${f.digits(12)}已发出，预计${f.month()}月${f.day()}日送达。`,
      (f) =>
        `提醒：您${f.month()}月${f.day()}日${f.int(8, 17)}:${f.pick(['00', '30'])}的门诊预约已确认。`,
    ],
  },
  // Japanese
  {
    lang: 'ja',
    kind: 'card purchase alert',
    per: 9,
    templates: [
      (f) =>
        `【みなと銀行】${f.month()}月${f.day()}日 ${f.time()} カード末尾${f.digits(4)}で${en(f.amount(100, 80000, true))}円のご利用がありました。`,
      (f) =>
        `【みなと銀行】${f.month()}月${f.day()}日 口座${f.masked('stars')}に${en(f.amount(1000, 500000, true))}円の振込入金がありました。`,
    ],
  },
  {
    lang: 'ja',
    kind: 'one-time code',
    per: 9,
    templates: [
      (f) =>
        `認証コード：${f.code()}。このコードは誰にも教えないでください。有効期限は${f.pick([5, 10])}分です。`,
      (f) =>
        `ご注文の商品（注文番号${f.digits(8)}）を発送しました。${f.month()}月${f.day()}日にお届け予定です。`,
      (f) => `${f.month()}月${f.day()}日${f.int(9, 17)}時のご予約を承っております。`,
    ],
  },
  // Vietnamese
  {
    lang: 'vi',
    kind: 'bank debit alert',
    per: 9,
    templates: [
      (f) =>
        `TK ${f.masked('x')} -${en(f.amount(10000, 9000000, true))}VND luc ${f.time()} ${f.dateDmy('/')}. SD: ${en(f.amount(50000, 90000000, true))}VND. ND: thanh toan ${f.pick(MERCHANTS)}`,
      (f) =>
        `TK ${f.masked('x')} +${en(f.amount(10000, 30000000, true))}VND luc ${f.time()} ${f.dateDmy('/')}. SD: ${en(f.amount(50000, 90000000, true))}VND. ND: luong thang ${f.month()}`,
    ],
  },
  {
    lang: 'vi',
    kind: 'one-time code',
    per: 9,
    templates: [
      (f) => `Mã xác thực của bạn là ${f.code()}. Không chia sẻ mã này cho bất kỳ ai.`,
      (f) =>
        `Đơn hàng ${f.digits(9)} của bạn đã được giao cho đơn vị vận chuyển, dự kiến giao ngày ${f.dateDmy('/')}.`,
      (f) =>
        `Hóa đơn tiền điện tháng ${f.month()} là ${en(f.amount(100000, 2000000, true))}đ, hạn thanh toán ${f.dateDmy('/')}.`,
    ],
  },
];

/** The kind of a text: a set's own kind in English; sets in other languages mix a few kinds. */
function kindOf(set: TemplateSet, text: string): HardNegativeKind {
  if (set.lang === 'en') return set.kind;
  // Sets outside English mix a few kinds: tell them apart by what the text says.
  const rules: readonly [RegExp, HardNegativeKind][] = [
    [
      /(رمز|codice|code|şifre|kod|Код|ओटीपी|OTP|código|인증번호|验证码|認証コード|Mã xác thực)/iu,
      'one-time code',
    ],
    [
      /(salaire|maaş|заработная|工资|luong|SALARY|Gutschrift|crédité|Зачисление|入金|입금|\bPix\b|transferencia|إيداع|حوالة|जमा|masuk|เงินเข้า|\+\d)/iu,
      'salary or transfer received',
    ],
    [
      /(شحن|شحنتك|ordine|colis|sipariş|заказ|ऑर्डर|Sendung|pedido|Paket Anda|พัสดุ|택배|快递|発送|Đơn hàng|spedito)/iu,
      'delivery notice',
    ],
    [
      /(appuntamento|rendez-vous|randevu|записи|Termin|cita|consulta|예약|预约|ご予約)/iu,
      'appointment reminder',
    ],
    [/(باقة|трафика|datos móviles|Kuota)/iu, 'mobile data notice'],
    [
      /(فاتورة|Bolletta|facture|fatura|faturanız|बिल|Stromrechnung|Tagihan|ค่าไฟฟ้า|Hóa đơn)/iu,
      'utility bill',
    ],
    [/(Addebito)/iu, 'bank debit alert'],
    [
      /(carta|carte|kart|карте|Karte|tarjeta|cartão|승인|消费|ご利用|Покупка|POS|شراء|Compra)/iu,
      'card purchase alert',
    ],
  ];
  for (const [re, kind] of rules) if (re.test(text)) return kind;
  return set.kind;
}

/**
 * The hard negatives: every template set filled `per` times per template (distinct texts; a
 * template that repeats itself gives fewer), in a fixed order.
 */
export function hardNegatives(): HardNegative[] {
  return fillTemplates([...ENGLISH, ...OTHER], {
    prefix: 'hard-negatives',
    fill: (seed) => new Fill(seed),
    attempts: 4,
    kindOf,
  });
}
