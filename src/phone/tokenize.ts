/**
 * First stage of the parser: code points in, digits out. It reads what people and scrapers
 * write around a number (punctuation of every script, `tel:` URIs with their parameters,
 * extensions, Excel's text guards and scientific notation, pandas' `.0`) and keeps only the
 * digits, whether a `+` led them, and the extension. Works on a reused Uint32Array of code points
 * so that the string API and the byte API share it without allocating per number.
 */
import { extractNumber } from './extract.js';
import type { PhoneErrorCode } from './types.js';

export const MAX_INPUT_LENGTH = 250;
/** Longest digit run worth resolving: IDD prefix + calling code + 17-digit national number. */
export const MAX_DIGITS = 32;

export interface Tokens {
  readonly digits: Uint8Array;
  digitCount: number;
  hasPlus: boolean;
  readonly extension: Uint8Array;
  extensionLength: number;
  /** Digits of a `phone-context=+…` parameter, prepended to a number written without `+`. */
  readonly context: Uint8Array;
  contextLength: number;
  error: PhoneErrorCode | null;
  /** The number as the text path cut it out of its text (./extract.ts), else null. */
  text: string | null;
}

export function createTokens(): Tokens {
  return {
    digits: new Uint8Array(MAX_DIGITS + 1),
    digitCount: 0,
    hasPlus: false,
    extension: new Uint8Array(20),
    extensionLength: 0,
    context: new Uint8Array(8),
    contextLength: 0,
    error: null,
    text: null,
  };
}

/**
 * Fast path for the commonest dump forms, `+447700900123` and `447700900123`: a `+` then ASCII
 * digits only. Fills `t` and returns true, or returns false (leaving `t` to `tokenize`).
 */
export function tokenizePlainString(input: string, t: Tokens): boolean {
  const length = input.length;
  let i = input.charCodeAt(0) === 0x2b ? 1 : 0;
  if (length - i < 3 || length - i > MAX_DIGITS) return false;
  const digits = t.digits;
  for (let n = 0; i < length; i++, n++) {
    const d = input.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    digits[n] = d;
  }
  t.hasPlus = input.charCodeAt(0) === 0x2b;
  t.digitCount = t.hasPlus ? length - 1 : length;
  t.extensionLength = 0;
  t.contextLength = 0;
  t.error = null;
  return true;
}

/** The same fast path over the bytes of one line. */
export function tokenizePlainBytes(
  bytes: Uint8Array,
  start: number,
  end: number,
  t: Tokens,
): boolean {
  const plus = bytes[start] === 0x2b;
  let i = plus ? start + 1 : start;
  const count = end - i;
  if (count < 3 || count > MAX_DIGITS) return false;
  const digits = t.digits;
  for (let n = 0; i < end; i++, n++) {
    const d = bytes[i]! - 48;
    if (d < 0 || d > 9) return false;
    digits[n] = d;
  }
  t.hasPlus = plus;
  t.digitCount = count;
  t.extensionLength = 0;
  t.contextLength = 0;
  t.error = null;
  return true;
}

const ND = /^\p{Nd}$/u;
const SEPARATOR = /^[\p{Zs}\p{Pd}\p{Cf}\p{Ps}\p{Pe}\p{Zl}\p{Zp}]$/u;
const digitCache = new Map<number, number>();

/** Value of a Unicode decimal digit of any script, or -1. Nd runs are aligned blocks of ten. */
export function digitValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 0x660) return -1;
  const cached = digitCache.get(cp);
  if (cached !== undefined) return cached;
  let value = -1;
  if (ND.test(String.fromCodePoint(cp))) {
    let start = cp;
    while (ND.test(String.fromCodePoint(start - 1))) start--;
    value = (cp - start) % 10;
  }
  if (digitCache.size < 4096) digitCache.set(cp, value);
  return value;
}

/**
 * Characters that separate digit groups: ignored wherever they stand by the fast loop of
 * `tokenize` (src/phone/separators.test.ts checks each of them against libphonenumber-js).
 */
export function isSeparator(cp: number): boolean {
  switch (cp) {
    case 0x20: // space
    case 0x09: // tab
    case 0x2d: // -
    case 0x2e: // .
    case 0x2f: // /
    case 0x28: // (
    case 0x29: // )
    case 0x5b: // [
    case 0x5d: // ]
    case 0x22: // "
    case 0x27: // '
    case 0x5f: // _
      return true;
  }
  if (cp < 0x80) return false;
  // Full-width dot and slash, katakana prolonged sound mark, minus sign. The tildes (~, ～, ⁓, ∼)
  // are not here: `~` is an extension label, so they go to the text path (./extract.ts), which
  // reads them as punctuation between digits and as a label before the last group.
  if (cp === 0xff0e || cp === 0xff0f || cp === 0x30fc || cp === 0x2212) return true;
  if (cp === 0xff5e || cp === 0x2053 || cp === 0x223c) return false;
  return SEPARATOR.test(String.fromCodePoint(cp));
}

function lower(cp: number): number {
  return cp >= 65 && cp <= 90 ? cp + 32 : cp;
}

/** ASCII-letter word at `i` (lower-cased), for markers such as `ext` and `tel`. */
function wordAt(cps: Uint32Array, i: number, end: number): string {
  let w = '';
  while (i < end) {
    const c = lower(cps[i]!);
    if (c < 97 || c > 122) break;
    w += String.fromCharCode(c);
    i++;
  }
  return w;
}

/**
 * Reads `cps[0..length)` into `t`. Sets `t.error` for what is not a phone number; never throws.
 */
export function tokenize(cps: Uint32Array, length: number, t: Tokens): void {
  t.digitCount = 0;
  t.hasPlus = false;
  t.extensionLength = 0;
  t.contextLength = 0;
  t.error = null;
  t.text = null;
  if (length > MAX_INPUT_LENGTH) {
    t.error = 'INPUT_TOO_LONG';
    return;
  }
  let i = 0;
  let end = length;
  // Leading and trailing blanks, BOM, CR; Excel's text guards: 'number and ="number".
  while (i < end && (cps[i] === 0x20 || cps[i] === 0x09 || cps[i] === 0xfeff)) i++;
  while (end > i && (cps[end - 1] === 0x20 || cps[end - 1] === 0x09 || cps[end - 1] === 0x0d))
    end--;
  if (i < end && cps[i] === 0x3d /* = */) i++;
  const start = i;

  if (excelNumber(cps, i, end, t)) return;

  // tel: URI (RFC 3966): tel:+1-201-555-0123;ext=1234;phone-context=+1
  const telUri = end - i > 4 && wordAt(cps, i, i + 3) === 'tel' && cps[i + 3] === 0x3a;
  if (telUri) i += 4;
  let bodyStart = i;
  while (bodyStart < end && (cps[bodyStart] === 0x22 || cps[bodyStart] === 0x27)) bodyStart++;

  let sawPlus = false;
  let sawDigit = false;
  let n = 0;
  const digits = t.digits;
  for (; i < end; i++) {
    const cp = cps[i]!;
    const d = cp < 0x80 ? (cp >= 48 && cp <= 57 ? cp - 48 : -1) : digitValue(cp);
    if (d >= 0) {
      if (n < MAX_DIGITS + 1) digits[n] = d;
      n++;
      sawDigit = true;
      continue;
    }
    if ((cp === 0x2b /* + */ || cp === 0xff0b) && !sawDigit && !sawPlus) {
      sawPlus = true;
      continue;
    }
    if (isSeparator(cp)) continue;
    // RFC 3966 parameters of a tel: URI, or `;ext=` / `;phone-context=` after a bare number.
    if (cp === 0x3b /* ; */ && sawDigit && (telUri || isParameter(cps, i + 1, end))) {
      if (!readParameters(cps, i + 1, end, t)) return;
      break;
    }
    // The commonest extensions (`x123`, ` ext. 123`, `#123`) end the number here without a
    // regular expression; anything else (text around the number, other labels, a second `+`)
    // takes the text path.
    if (sawDigit && simpleExtension(cps, i, end, t)) break;
    textPath(cps, start, end, t);
    return;
  }
  // A pandas float column: 447700900123.0 (the ".0" was read as two more separators and a 0).
  if (n > 8 && endsWithPointZero(cps, bodyStart, end)) n--;
  const k = t.contextLength;
  if (k > 0 && !sawPlus) {
    // phone-context=+44 before a local number makes it international.
    if (n + k > MAX_DIGITS + 1) n = MAX_DIGITS + 1 - k;
    digits.copyWithin(k, 0, n);
    digits.set(t.context.subarray(0, k), 0);
    n += k;
    sawPlus = true;
  }
  t.hasPlus = sawPlus;
  t.digitCount = n;
  // libphonenumber: fewer than three digits is not viable (not a number at all when an extension
  // follows), and one or two are too short (two without `+` may still be a national number).
  if (n > 0 && n < 3 && t.extensionLength > 0) t.error = 'NOT_A_NUMBER';
  else if (n > 0 && (n === 1 || (n === 2 && sawPlus))) t.error = 'TOO_SHORT';
  else if (n === 0) t.error = 'NOT_A_NUMBER';
  else if (n > MAX_DIGITS) t.error = 'TOO_LONG';
}

/**
 * libphonenumber's explicit (`ext`, `extn`, `extension`, `xt`, `xtn`: up to 20 digits) and
 * ambiguous (`x`, `int`, `#`: up to 9) extension labels in ASCII, then `:` or `.`, blanks,
 * commas or dashes, the digits, an optional `#`, and the end of the input: the same reading as
 * the text path's EXTN pattern for these forms. False, leaving `t` alone, for anything else.
 */
function simpleExtension(cps: Uint32Array, i: number, end: number, t: Tokens): boolean {
  let limit: number;
  let k = i;
  if (cps[k] === 0x23 /* # */) {
    limit = 9;
    k++;
  } else {
    const w = wordAt(cps, k, end);
    if (w === 'x' || w === 'int') limit = 9;
    else if (w === 'ext' || w === 'extn' || w === 'extension' || w === 'xt' || w === 'xtn')
      limit = 20;
    else return false;
    k += w.length;
  }
  if (cps[k] === 0x3a || cps[k] === 0x2e) k++;
  while (k < end && (cps[k] === 0x20 || cps[k] === 0x09 || cps[k] === 0x2c || cps[k] === 0x2d)) k++;
  let n = 0;
  while (k < end && cps[k]! >= 48 && cps[k]! <= 57) {
    if (n === limit) return false;
    t.extension[n++] = cps[k]! - 48;
    k++;
  }
  if (k < end && cps[k] === 0x23) k++;
  if (n === 0 || k !== end) return false;
  t.extensionLength = n;
  return true;
}

/** `ext=` or `phone-context=` (RFC 3966 parameter names) at `i`. */
function isParameter(cps: Uint32Array, i: number, end: number): boolean {
  const w = wordAt(cps, i, end);
  return (w === 'ext' && cps[i + 3] === 0x3d) || (w === 'phone' && cps[i + 5] === 0x2d);
}

/**
 * The slow path, for input that holds more than a number: the number and extension are cut
 * out of the text as libphonenumber does (./extract.ts), then the number's digits are read.
 */
export function textPath(cps: Uint32Array, start: number, end: number, t: Tokens): void {
  t.digitCount = 0;
  t.hasPlus = false;
  t.extensionLength = 0;
  t.contextLength = 0;
  t.error = null;
  let text = '';
  for (let k = start; k < end; k++) text += String.fromCodePoint(cps[k]!);
  const found = extractNumber(text);
  if (typeof found === 'string') {
    t.error = found;
    return;
  }
  const number = found.number;
  t.text = number;
  let n = 0;
  const digits = t.digits;
  for (let k = 0; k < number.length; k++) {
    let cp = number.charCodeAt(k);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = number.codePointAt(k)!;
      k++;
    }
    if (n === 0 && !t.hasPlus && (cp === 0x2b || cp === 0xff0b)) {
      t.hasPlus = true;
      continue;
    }
    const d = digitValue(cp);
    if (d < 0) continue;
    if (n < MAX_DIGITS + 1) digits[n] = d;
    n++;
  }
  const extension = found.extension;
  if (extension !== null) {
    let m = 0;
    for (const ch of extension) {
      const d = digitValue(ch.codePointAt(0)!);
      if (d >= 0 && m < t.extension.length) t.extension[m++] = d;
    }
    t.extensionLength = m;
  }
  t.digitCount = n;
  if (n === 0) t.error = 'NOT_A_NUMBER';
  else if (n > MAX_DIGITS) t.error = 'TOO_LONG';
}

function endsWithPointZero(cps: Uint32Array, start: number, end: number): boolean {
  if (end - start < 3 || cps[end - 1] !== 0x30 || cps[end - 2] !== 0x2e) return false;
  // Only a bare float, digits and an optional +: "7700.900.120" and "9725 2218.0" are
  // punctuated numbers whose last group happens to end in 0.
  for (let k = cps[start] === 0x2b ? start + 1 : start; k < end - 2; k++) {
    if (cps[k]! < 48 || cps[k]! > 57) return false;
  }
  return true;
}

/** Extension digits after a marker; anything but separators and digits makes it not a number. */
function readExtension(cps: Uint32Array, i: number, end: number, t: Tokens): boolean {
  let n = 0;
  for (; i < end; i++) {
    const cp = cps[i]!;
    const d = digitValue(cp);
    if (d >= 0) {
      if (n >= 20) {
        t.error = 'NOT_A_NUMBER';
        return false;
      }
      t.extension[n++] = d;
      continue;
    }
    if (cp === 0x3a || cp === 0x3d || cp === 0x23 || isSeparator(cp)) continue; // : = #
    t.error = 'NOT_A_NUMBER';
    return false;
  }
  if (n === 0) {
    t.error = 'NOT_A_NUMBER';
    return false;
  }
  t.extensionLength = n;
  return true;
}

/**
 * RFC 3966 parameters after `;`: `ext=` gives the extension, `phone-context=+CC` a prefix for
 * local numbers; others (isub, domain contexts) are ignored.
 */
function readParameters(cps: Uint32Array, i: number, end: number, t: Tokens): boolean {
  while (i < end) {
    let j = i;
    while (j < end && cps[j] !== 0x3b) j++;
    const name = wordAt(cps, i, j);
    const eq = i + name.length;
    if (name === 'ext' && cps[eq] === 0x3d) {
      if (!readExtension(cps, eq + 1, j, t)) return false;
    } else if (name === 'phone' && cps[eq] === 0x2d) {
      // phone-context=+44
      let k = eq + 1;
      while (k < j && cps[k] !== 0x3d) k++;
      if (!isPhoneContext(cps, k + 1, j)) {
        t.error = 'NOT_A_NUMBER';
        return false;
      }
      if (cps[k + 1] === 0x2b) {
        let m = 0;
        for (let p = k + 2; p < j && m < t.context.length; p++) {
          const d = digitValue(cps[p]!);
          if (d >= 0) t.context[m++] = d;
          else if (!isSeparator(cps[p]!)) break;
        }
        t.contextLength = m;
      }
    }
    i = j + 1;
  }
  return true;
}

/** RFC 3966 global number digits: `+` then digits and visual separators, one digit at least. */
const GLOBAL_NUMBER = /^\+[-.()0-9]*[0-9][-.()0-9]*$/;
/**
 * An RFC 3966 domain name as libphonenumber-js 1.13 checks it: labels of digits, a top label
 * that starts with a letter (its ALPHANUM is digits only, so `example.com` is refused).
 */
const DOMAIN_NAME = /^(?:[0-9]+(?:-*[0-9])*\.)*[a-zA-Z]+(?:-*[0-9])*\.?$/;

/** A `phone-context` value libphonenumber accepts; anything else makes the input no number. */
function isPhoneContext(cps: Uint32Array, start: number, end: number): boolean {
  if (start >= end) return false;
  let value = '';
  for (let k = start; k < end; k++) value += String.fromCodePoint(cps[k]!);
  return GLOBAL_NUMBER.test(value) || DOMAIN_NAME.test(value);
}

/**
 * Excel's scientific notation, `4.47700900123E+11` (also `4,477…e11`). Read when every digit was
 * kept; when the mantissa is shorter than the exponent says, digits were lost.
 */
function excelNumber(cps: Uint32Array, start: number, end: number, t: Tokens): boolean {
  const i = start;
  if (i >= end || !(cps[i]! >= 48 && cps[i]! <= 57)) return false;
  let e = i;
  while (e < end && cps[e] !== 0x45 && cps[e] !== 0x65) e++; // E or e
  if (e === end || e === i) return false;
  const mantissa: number[] = [];
  for (let k = i; k < e; k++) {
    const c = cps[k]!;
    if (c >= 48 && c <= 57) mantissa.push(c - 48);
    else if (!((c === 0x2e || c === 0x2c) && k === i + 1)) return false;
  }
  let k = e + 1;
  if (cps[k] === 0x2b) k++;
  if (k >= end || end - k > 2) return false;
  let exponent = 0;
  for (; k < end; k++) {
    const c = cps[k]!;
    if (c < 48 || c > 57) return false;
    exponent = exponent * 10 + (c - 48);
  }
  // Mantissa digits must cover exactly the integer part.
  if (mantissa.length > exponent + 1) {
    t.error = 'EXCEL_NOT_INTEGER';
    return true;
  }
  if (mantissa.length < exponent + 1 || mantissa[0] === 0) {
    t.error = 'EXCEL_PRECISION_LOST';
    return true;
  }
  t.digits.set(mantissa, 0);
  t.digitCount = mantissa.length;
  t.hasPlus = false;
  return true;
}

/**
 * Ten digits written the North American way: `(209) 525-7564`, `209-525-7564`, `209.525.7564`,
 * `209 525 7564` (the evidence of the guessing policy in docs/phone-conformance.md).
 */
const NANP_WRITING =
  /^(?:\(\d{3}\)[ \u00A0-]?\d{3}[-. \u00A0]\d{4}|\d{3}-\d{3}-\d{4}|\d{3}\.\d{3}\.\d{4}|\d{3} \d{3} \d{4})$/;

export function isNanpWriting(cps: Uint32Array, length: number, t: Tokens): boolean {
  let text = t.text;
  if (text === null) {
    text = '';
    for (let k = 0; k < length; k++) text += String.fromCodePoint(cps[k]!);
  }
  return NANP_WRITING.test(text.trim());
}

/**
 * A vanity number: digits, then capital letters standing for digits (`1-800-FLOWERS`,
 * `+44 800 MY PHONE`), at least three of them, libphonenumber's threshold (VALID_ALPHA_PHONE).
 * Capitals only, so that words of a sentence after a number are not read as digits.
 */
const VANITY = /^[+\uFF0B]?[\d\s().-]*\d[\d\s.-]*[A-Z][A-Z\d\s.-]*$/;
const VANITY_END = /[^\dA-Za-z#]+$/u;
const VANITY_START = /[+\uFF0B\d]/u;
/** libphonenumber's ALPHA_MAPPINGS: the letters of a phone keypad. */
const KEYPAD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const KEYPAD_DIGITS = [
  2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 7, 7, 8, 8, 8, 9, 9, 9, 9,
];

/**
 * Reads the input as a vanity number into `t`, letters converted as libphonenumber converts
 * them; false (leaving `t` alone) when it is not written as one.
 */
export function tokenizeVanity(text: string, t: Tokens): boolean {
  const start = text.search(VANITY_START);
  if (start < 0) return false;
  const candidate = text.slice(start).replace(VANITY_END, '');
  if (!VANITY.test(candidate)) return false;
  let letters = 0;
  let n = 0;
  let plus = false;
  for (let k = 0; k < candidate.length; k++) {
    const c = candidate.charCodeAt(k);
    if (k === 0 && (c === 0x2b || c === 0xff0b)) {
      plus = true;
      continue;
    }
    let d = c >= 48 && c <= 57 ? c - 48 : -1;
    if (c >= 65 && c <= 90) {
      d = KEYPAD_DIGITS[KEYPAD.indexOf(candidate[k]!)]!;
      letters++;
    }
    if (d < 0) continue;
    if (n > MAX_DIGITS) return false;
    t.digits[n++] = d;
  }
  if (letters < 3) return false;
  t.hasPlus = plus;
  t.digitCount = n;
  t.extensionLength = 0;
  t.contextLength = 0;
  t.error = null;
  t.text = candidate;
  return true;
}
