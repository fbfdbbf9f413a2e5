/**
 * First stage of the parser: code points in, digits out. It reads what people and scrapers
 * write around a number (punctuation of every script, `tel:` URIs with their parameters,
 * extensions, Excel's text guards and scientific notation, pandas' `.0`) and keeps only the
 * digits, whether a `+` led them, and the extension. Works on a reused Uint32Array of code points
 * so that the string API and the byte API share it without allocating per number.
 */
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

/** Characters that separate digit groups: ignored wherever they stand. */
function isSeparator(cp: number): boolean {
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
    case 0x7e: // ~
    case 0x22: // "
    case 0x27: // '
    case 0x5f: // _
      return true;
  }
  if (cp < 0x80) return false;
  // Full-width dot, slash, tilde; swung dash, tilde operator, katakana prolonged sound mark.
  if (cp === 0xff0e || cp === 0xff0f || cp === 0xff5e || cp === 0x2053 || cp === 0x223c)
    return true;
  if (cp === 0x30fc || cp === 0x2212) return true;
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

const EXTENSION_WORDS = new Set(['x', 'ext', 'extn', 'extension', 'ex', 'xtn', 'e']);

/**
 * Reads `cps[0..length)` into `t`. Sets `t.error` for what is not a phone number; never throws.
 */
export function tokenize(cps: Uint32Array, length: number, t: Tokens): void {
  t.digitCount = 0;
  t.hasPlus = false;
  t.extensionLength = 0;
  t.contextLength = 0;
  t.error = null;
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

  if (excelNumber(cps, i, end, t)) return;

  // tel: URI (RFC 3966): tel:+1-201-555-0123;ext=1234;phone-context=+1
  if (end - i > 4 && wordAt(cps, i, i + 3) === 'tel' && cps[i + 3] === 0x3a) i += 4;
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
    if (cp === 0x2b /* + */ || cp === 0xff0b) {
      if (sawDigit || sawPlus) {
        t.error = 'NOT_A_NUMBER';
        return;
      }
      sawPlus = true;
      continue;
    }
    if (isSeparator(cp)) continue;
    if (!sawDigit) {
      t.error = 'NOT_A_NUMBER';
      return;
    }
    if (cp === 0x3b /* ; */) {
      if (!readParameters(cps, i + 1, end, t)) return;
      break;
    }
    // Extension: "x123", "ext. 123", "#123", ",123" (a dialler pause before an extension).
    let j = i;
    if (cp === 0x23 /* # */ || cp === 0x2c /* , */) {
      j = i + 1;
    } else {
      const w = wordAt(cps, i, end);
      if (!EXTENSION_WORDS.has(w)) {
        t.error = 'NOT_A_NUMBER';
        return;
      }
      j = i + w.length;
    }
    if (!readExtension(cps, j, end, t)) return;
    break;
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
