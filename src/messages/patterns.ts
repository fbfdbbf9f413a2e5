/**
 * Two conversational scams that phrase lists miss, because their words come in any order:
 *
 * - code theft: a one-time code, and a request to pass it on or a claim it was sent "by
 *   mistake" ("Ti è arrivato per errore un codice a 6 cifre... me lo mandi?");
 * - the stranger's opener of romance and investment scams: "is this …?", "I'm …", "we met at …".
 *
 * - the opener of the "Hi Mum" scam: a parent addressed, and a new number, or a broken or lost
 *   phone with a request to save the number or write on a chat app ("Mum, my phone broke, this
 *   is my new number"), link or not.
 *
 * Each is found as words of two or three kinds close together in one message, in the 11
 * languages of the phrase lists (the family opener also in Thai, Korean, Chinese, Japanese and
 * Vietnamese). Text is folded first (lower case, Latin accents dropped).
 */
import type { Span } from './types.js';

const RE_UNSEGMENTED_START = /^[\u0e01-\u0e5b\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]/u;

/** `a|b(?:c|d)` → `a`, `b(?:c|d)`. */
function topLevelAlternatives(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(list.slice(from, i));
      from = i + 1;
    }
  }
  out.push(list.slice(from));
  return out;
}

function words(list: string): RegExp {
  // Word starts only: `kod` matches `kodu`, `kodunuz`; `code` does not match `barcode`. Thai,
  // Chinese, Japanese and Korean words start anywhere: those scripts have no spaces to look for.
  const alternatives = topLevelAlternatives(foldSameLength(list)).map((w) =>
    RE_UNSEGMENTED_START.test(w) ? w : `(?<![\\p{L}\\p{M}])${w}`,
  );
  return new RegExp(`(?:${alternatives.join('|')})`, 'gu');
}

/** The code itself. */
const CODE = words(
  [
    'code',
    'codes',
    'otp',
    'pin',
    'verification',
    'codice',
    'codigo',
    'código',
    'kod',
    'kode',
    'код',
    'कोड',
    'ओटीपी',
    'رمز',
    'كود',
    'الكود',
    'الرمز',
    'zahl',
    'cifre',
    'chiffres',
    'digitos',
    'dígitos',
    'haneli',
    'digit',
  ].join('|'),
);

/** Asking to pass it on: request forms of send, forward, tell, read out. */
const PASS_ON = words(
  [
    'send (?:it|me|the)',
    'forward',
    'pass (?:it|me)',
    'tell me',
    'read (?:it|me|out)',
    'give me',
    'share (?:it )?with me',
    'mandi',
    'mandami',
    'inviami',
    'girami',
    'girarmi',
    'dimmi',
    'inoltr',
    'passar',
    'me passa',
    'manda',
    'envia',
    'enviar',
    'me fala',
    'envíame',
    'enviame',
    'mándame',
    'mandame',
    'pásame',
    'pasame',
    'reenví',
    'reenvi',
    'dime',
    'transmettre',
    'transmets',
    'transférer',
    'renvoyer',
    'envoyer',
    'donner',
    'weiterleiten',
    'weiterzuleiten',
    'schick',
    'senden',
    'sag mir',
    'nennen',
    'ilet',
    'gönder',
    'yolla',
    'söyle',
    'paylaş',
    'сообщите',
    'сообщи',
    'скажите',
    'скажи',
    'пришлите',
    'пришли',
    'отправьте',
    'отправь',
    'перешлите',
    'перешли',
    'назовите',
    'продиктуйте',
    'ترسل',
    'ارسل',
    'أرسل',
    'ابعت',
    'ابعتلي',
    'قولي',
    'عطني',
    'bhej',
    'bata',
    'भेज',
    'बता',
    'शेयर',
    'रिप्लाई',
    'reply kar',
    'kirim',
    'kirimkan',
    'bagikan',
    'sebutkan',
    'kasih tau',
    'berikan',
  ].join('|'),
);

/** Claims it was sent to the wrong person. */
const MISTAKE = words(
  [
    'by mistake',
    'accidentally',
    'by accident',
    'wrong number',
    'per errore',
    'per sbaglio',
    'sem querer',
    'por engano',
    'por erro',
    'por error',
    'por equivocaci',
    'par erreur',
    'trompé',
    'trompe',
    'aus versehen',
    'versehentlich',
    'yanlışlıkla',
    'yanlislikla',
    'по ошибке',
    'случайно',
    'بالغلط',
    'بالخطأ',
    'galti se',
    'गलती से',
    'salah kirim',
    'tidak sengaja',
    'nyasar',
  ].join('|'),
);

/** "Is this …?" / "are you …?" to a stranger. */
const IS_THIS = words(
  [
    'is this',
    'are you',
    'is that',
    'sei ',
    'è lei',
    'eres ',
    'es usted',
    "c'est bien",
    'c est bien',
    'vous etes',
    'vous êtes',
    'ist da',
    'bist du',
    'sind sie',
    'é a ',
    'é o ',
    'você é',
    'ile mi',
    'sen misin',
    'siz misiniz',
    'это ',
    'ده رقم',
    'هذا رقم',
    'انت ',
    'kya ye',
    'kya aap',
    'क्या ये',
    'apa ini',
    'ini dengan',
  ].join('|'),
);

/** Introducing oneself. */
const I_AM = words(
  [
    "it's ",
    'its ',
    "i'm ",
    'i am ',
    'this is ',
    'sono ',
    'soy ',
    'je suis',
    "c'est ",
    'ich bin',
    'aqui é',
    'sou ',
    'ben ',
    'я ',
    'меня зовут',
    'أنا',
    'انا',
    'main ',
    'मैं',
    'saya ',
    'aku ',
  ].join('|'),
);

/** "We met at …", "we spoke at …". */
const MET = words(
  [
    'we met',
    'met at',
    'we spoke',
    'conosciuti',
    'conosciute',
    'ci siamo visti',
    'nos conocimos',
    'nos vimos',
    'on s.était',
    'rencontrés',
    'rencontres',
    'kennengelernt',
    'getroffen',
    'tanışmıştık',
    'tanıştık',
    'tanismistik',
    'познакомились',
    'виделись',
    'اتقابلنا',
    'تقابلنا',
    'التقينا',
    'mile the',
    'mile thhe',
    'मिले थे',
    'ketemu',
    'bertemu',
    'kenalan',
    'da academia',
    'do trabalho',
  ].join('|'),
);

/**
 * Lower case with the accents of Latin letters dropped (`código` → `codigo`, `ş` → `s`, `ı` → `i`),
 * one code unit for one, so that indices into the result are indices into the text. Unlike the
 * phrase matcher's fold it keeps punctuation, which these detectors read (`?`, `11.11`).
 * Callers that run several detectors on one text fold it once and pass it to each.
 */
export function foldSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    if (lower.length !== ch.length) {
      out += ch;
      continue;
    }
    if (lower === 'ı') {
      out += 'i';
      continue;
    }
    const base = lower.normalize('NFD');
    out += base.length > 1 && base.charCodeAt(0) < 0x80 ? base[0]! : lower;
  }
  return out;
}

function first(re: RegExp, text: string): Span | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m === null ? null : { start: m.index, end: m.index + m[0].length };
}

const near = (a: Span, b: Span, chars: number): boolean => Math.abs(a.start - b.start) <= chars;

/** A request to pass on a code, or a code claimed to be sent by mistake; null when none. */
export function findCodeTheft(text: string, folded: string = foldSameLength(text)): Span | null {
  const code = first(CODE, folded);
  if (code === null) return null;
  const pass = first(PASS_ON, folded);
  const mistake = first(MISTAKE, folded);
  if (mistake !== null && near(code, mistake, 120)) return code;
  if (
    pass !== null &&
    near(code, pass, 80) &&
    /\?|please|pls|por favor|per favore|s.il vous|bitte|lütfen|пожалуйста|من فضلك|plz|tolong|please|ممكن|svp/u.test(
      folded,
    )
  )
    return code;
  return null;
}

/** The opener of a romance or investment scam: "we met …" with "is this …?" or "I'm …". */
export function findStrangerOpener(
  text: string,
  folded: string = foldSameLength(text),
): Span | null {
  const isThis = first(IS_THIS, folded);
  // The question must be asked: "это" and "sei" are everyday words.
  const asked = isThis !== null && folded.slice(isThis.end, isThis.end + 40).includes('?');
  const met = first(MET, folded);
  if (met === null || text.length > 400) return null;
  return asked ? isThis : first(I_AM, folded) === null ? null : met;
}

/** "Never", "do not" in the 11 languages. */
const NEVER = words(
  [
    'never',
    'do not',
    "don't",
    'dont',
    'jamais',
    'ne le',
    'ne la',
    'mai',
    'non condividere',
    'nunca',
    'no lo',
    'no la',
    'não',
    'nao',
    'niemals',
    'nie',
    'nicht',
    'asla',
    'kimseyle',
    'никогда',
    'никому',
    'не сообщайте',
    'أبدا',
    'ابدا',
    'لا ',
    'kabhi',
    'na kare',
    'कभी',
    'न करें',
    'jangan',
    'tidak pernah',
  ].join('|'),
);

const SHARE = words(
  [
    'share',
    'disclose',
    'give',
    'tell',
    'communiqu',
    'divulgu',
    'partag',
    'condivid',
    'comunic',
    'compart',
    'weitergeben',
    'teilen',
    'mitteilen',
    'paylaş',
    'payla',
    'сообща',
    'переда',
    'تشارك',
    'تعطي',
    'share kar',
    'शेयर',
    'bagikan',
    'berikan',
    'memberikan',
  ].join('|'),
);

const OTP_DIGITS = /(?<![\d\p{L}])(?:[a-z]-)?\d{4,8}(?![\d\p{L}])/giu;

/** A one-time code written next to a word for it ("G-318640 is your Google code"). */
export function findCodeNotice(text: string, folded: string = foldSameLength(text)): Span | null {
  const code = first(CODE, folded);
  if (code === null) return null;
  OTP_DIGITS.lastIndex = 0;
  for (const m of folded.matchAll(OTP_DIGITS))
    if (Math.abs(m.index - code.start) <= 40) return { start: m.index, end: m.index + m[0].length };
  return null;
}

/** "Never share it", "ne le communiquez jamais": the warning genuine senders give. */
export function findNeverShare(text: string, folded: string = foldSameLength(text)): Span | null {
  const never = first(NEVER, folded);
  if (never === null) return null;
  SHARE.lastIndex = 0;
  for (const m of folded.matchAll(SHARE))
    if (Math.abs(m.index - never.start) <= 30)
      return {
        start: Math.min(m.index, never.start),
        end: Math.max(m.index + m[0].length, never.end),
      };
  return null;
}

function wholeWords(list: readonly string[]): RegExp {
  const end = '(?![a-z\\u00c0-\\u024f\\u0400-\\u04ff\\u0621-\\u064a\\u0900-\\u097f])';
  return words(list.map((w) => (RE_UNSEGMENTED_START.test(w) ? w : `${w}${end}`)).join('|'));
}

/** A parent addressed, as the "Hi Mum" scam opens; whole words (`mom` is not `moment`). */
const PARENT = wholeWords([
  'mum',
  'mom',
  'mummy',
  'mommy',
  'mam',
  'dad',
  'daddy',
  'mamma',
  'papà',
  'papa',
  'maman',
  'mamá',
  'papá',
  'mãe',
  'mae',
  'pai',
  'mama',
  'mami',
  'anne',
  'annecim',
  'anneciğim',
  'baba',
  'мама',
  'мам',
  'папа',
  'пап',
  'ماما',
  'بابا',
  'أمي',
  'امي',
  'يمه',
  'يبه',
  'मम्मी',
  'पापा',
  'mummy',
  'ibu',
  'bunda',
  '(?:halo|hai|hallo|hi) ma',
  'ayah',
  'mah',
  'mẹ ơi',
  'bố ơi',
  'ba ơi',
  'má ơi',
  '엄마',
  '아빠',
  'แม่',
  'พ่อ',
  '妈',
  '媽',
  '爸',
  'お母さん',
  '母さん',
  'おかあさん',
  'ママ',
  'お父さん',
  '父さん',
  'パパ',
]);

/** A new, changed or temporary number. */
const NEW_NUMBER = words(
  [
    'new number',
    'changed my number',
    'temporary number',
    'nuovo numero',
    'numero nuovo',
    'cambiato numero',
    'nouveau numéro',
    'changé de numéro',
    'número nuevo',
    'nuevo número',
    'cambié de número',
    'número novo',
    'novo número',
    'troquei de número',
    'mudei de número',
    'neue nummer',
    'nummer geändert',
    'yeni numara',
    'numaramı değiştirdim',
    'новый номер',
    'сменил номер',
    'сменила номер',
    'رقمي الجديد',
    'رقم جديد',
    'غيرت رقمي',
    'naya number',
    'नया नंबर',
    'nomor baru',
    'ganti nomor',
    'số mới',
    'đổi số',
    '새 번호',
    '새번호',
    '번호가 바뀌',
    '번호 바뀌',
    '임시폰',
    'เบอร์ใหม่',
    'เปลี่ยนเบอร์',
    '新号码',
    '新號碼',
    '换号',
    '換號',
    '新しい番号',
    '番号変わ',
    '番号が変わ',
  ].join('|'),
);

/** A broken or lost phone. */
const PHONE_TROUBLE = words(
  [
    'phone (?:just )?broke',
    'broke my phone',
    'phone is broken',
    'lost my phone',
    'dropped my phone',
    'telefono (?:è )?rotto',
    'rotto il telefono',
    'perso il telefono',
    'téléphone (?:est )?cassé',
    'cassé mon téléphone',
    'perdu mon téléphone',
    'portable est cassé',
    'rompió el (?:móvil|teléfono|celular)',
    'romper el (?:móvil|teléfono|celular)',
    'perdí (?:el|mi) (?:móvil|teléfono|celular)',
    'celular quebrou',
    'perdi (?:o |meu )?(?:meu )?(?:celular|telemóvel)',
    'telemóvel avariou',
    'handy (?:ist )?kaputt',
    'handy verloren',
    'telefonum bozuldu',
    'telefonum kırıldı',
    'telefonumu kaybettim',
    'телефон сломался',
    'разбил телефон',
    'разбила телефон',
    'потерял телефон',
    'потеряла телефон',
    'جوالي خرب',
    'جوالي انكسر',
    'ضاع جوالي',
    'ضاع تلفوني',
    'phone kho gaya',
    'phone toot gaya',
    'phone kharab',
    'फोन खो गया',
    'फोन टूट गया',
    'hp rusak',
    'hp aku rusak',
    'hp hilang',
    'hp saya hilang',
    'hpku hilang',
    'điện thoại bị hỏng',
    'điện thoại bị hư',
    'mất điện thoại',
    'điện thoại con bị',
    '고장',
    '액정',
    '잃어버',
    '분실',
    'โทรศัพท์เสีย',
    'มือถือเสีย',
    'มือถือพัง',
    'โทรศัพท์พัง',
    'จอแตก',
    'โทรศัพท์หาย',
    'มือถือหาย',
    '手机坏',
    '手機壞',
    '手机丢',
    '手機丟',
    '手机摔',
    '手機摔',
    '携帯(?:が)?壊れ',
    'スマホ(?:が)?壊れ',
    '携帯をなくし',
    'スマホをなくし',
    '携帯を落とし',
  ].join('|'),
);

/** Save this number, or write on a chat app instead. */
const SAVE_OR_CHAT = words(
  [
    'save (?:this|my|the) (?:new )?number',
    'whatsapp',
    'telegram',
    'salva (?:questo|il mio)',
    'enregistre (?:ce|mon)',
    'guarda (?:este|mi)',
    'salva esse',
    'guarda este',
    'salve meu',
    'speicher',
    'kaydet',
    'сохрани',
    'احفظ',
    'ватсап',
    'вотсап',
    'واتس',
    'save kar',
    'simpan nomor',
    'save nomor',
    'lưu số',
    'zalo',
    '저장',
    '카톡',
    'เซฟเบอร์',
    'บันทึกเบอร์',
    'ไลน์',
    'line',
    '存一下',
    '保存',
    '微信',
    '登録',
  ].join('|'),
);

/**
 * The opener of the "Hi Mum" scam, in any word order and without a link: a parent addressed,
 * and a new number, or a broken or lost phone with a number to save or a chat app to move to.
 */
export function findFamilyOpener(text: string, folded: string = foldSameLength(text)): Span | null {
  if (text.length > 500) return null;
  const parent = first(PARENT, folded);
  if (parent === null) return null;
  const fresh = first(NEW_NUMBER, folded);
  if (fresh !== null && near(parent, fresh, 200)) return parent;
  const trouble = first(PHONE_TROUBLE, folded);
  const save = first(SAVE_OR_CHAT, folded);
  if (trouble !== null && save !== null && near(parent, trouble, 200)) return parent;
  return null;
}
