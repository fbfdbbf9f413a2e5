/**
 * Phone numbers in running text: libphonenumber's PhoneNumberMatcher (Apache-2.0), as
 * libphonenumber-js 1.13 runs it (the oracle of test/phone-lpn-cases.test.ts), written here from
 * its description. The steps:
 *
 * 1. Candidates are runs of the PATTERN: up to two leading `(`/`[`/`+` with punctuation, digit
 *    groups of at most 20 digits separated by at most four punctuation characters, an optional
 *    extension. A candidate is cut before a second number (`/ x`, `\x`).
 * 2. Dates (`3/10/2011`) and time stamps (`2012-01-02 08:00`) are refused, and so are candidates
 *    whose brackets do not pair and publication pages (`211-227 (2003)`).
 * 3. Under VALID the candidate may not touch a Latin letter, `%` or a currency sign: `abc8005001234`
 *    and `8005001234%` are no phone numbers. POSSIBLE does not look around.
 * 4. The candidate is parsed strictly (PhoneEngine#parseStrict: no calling code is guessed, so
 *    numbers without `+` are found only with a default region); it must have a possible length,
 *    and under VALID be valid, with any `x` standing for an extension.
 * 5. When the whole candidate is no number, the numbers inside it are tried: after a slash, from a
 *    bracket, after a spaced dash, after dots, after spaces (`INNER_MATCHES`).
 *
 * libphonenumber's STRICT_GROUPING and EXACT_GROUPING need the formatting rules, which the
 * compiled metadata does not keep; like libphonenumber-js, only POSSIBLE and VALID are offered.
 * Spans are UTF-16 offsets into the text, end exclusive, as `String#slice` takes them.
 */
import { PLUS_CHARS, VALID_PUNCTUATION, extensionPattern } from './extract.js';
import type { ParsedPhone, PhoneParseResult } from './types.js';

export const LENIENCIES = ['POSSIBLE', 'VALID'] as const;
export type Leniency = (typeof LENIENCIES)[number];

export interface FindOptions {
  /** ISO 3166-1 alpha-2 region for numbers written without `+`. */
  readonly defaultRegion?: string;
  /** `VALID` (the default) or `POSSIBLE`. */
  readonly leniency?: Leniency;
  /** Most candidates to try before giving up (libphonenumber's maxTries); unlimited by default. */
  readonly maxTries?: number;
}

/** A number found in text: the parse result and where it stands. */
export interface FoundPhone extends ParsedPhone {
  /** UTF-16 offset of its first character in the text. */
  readonly start: number;
  /** UTF-16 offset after its last character. */
  readonly end: number;
}

/** What the matcher needs of the engine (PhoneEngine implements it). */
export interface StrictParser {
  parseStrict(input: string, defaultRegion: number): PhoneParseResult;
  mainRegionOf(callingCode: number): number;
}

const OPENING = '(\\[\\uFF08\\uFF3B';
const CLOSING = ')\\]\\uFF09\\uFF3D';
const NON_PARENS = `[^${OPENING}${CLOSING}]`;
const LEAD = `[${OPENING}${PLUS_CHARS}]`;
const LEAD_AT_START = new RegExp(`^${LEAD}`, 'u');
const PUNCTUATION = `[${VALID_PUNCTUATION}]{0,4}`;
/** Calling code (3) and the longest national number (17). */
const DIGIT_BLOCK = '\\p{Nd}{1,20}';
const PATTERN = `(?:${LEAD}${PUNCTUATION}){0,2}${DIGIT_BLOCK}(?:${PUNCTUATION}${DIGIT_BLOCK}){0,20}(?:${extensionPattern()})?`;

const SPACE = '[\\p{Z}\\u180E]';
const NOT_SPACE = '[^\\p{Z}\\u180E]';
const INNER_MATCHES = [
  '/+(.*)',
  '(\\([^(]*)',
  `(?:${SPACE}-|-${SPACE})${SPACE}*(.+)`,
  `[\\u2012-\\u2015\\uFF0D]${SPACE}*(.+)`,
  `\\.+${SPACE}*([^.]+)`,
  `${SPACE}+(${NOT_SPACE}+)`,
].map((p) => new RegExp(p, 'gu'));

const UNWANTED_END = /[^\p{N}\p{L}#]+$/u;
const SECOND_NUMBER_START = /[\\/] *x/;
const SLASH_SEPARATED_DATE = /(?:(?:[0-3]?\d\/[01]?\d)|(?:[01]?\d\/[0-3]?\d))\/(?:[12]\d)?\d{2}/;
const TIME_STAMP = /[12]\d{3}[-/]?[01]\d[-/]?[0-3]\d +[0-2]\d$/;
const TIME_STAMP_SUFFIX = /^:[0-5]\d/;
const MATCHING_BRACKETS = new RegExp(
  `^(?:[${OPENING}])?(?:${NON_PARENS}+[${CLOSING}])?${NON_PARENS}+` +
    `(?:[${OPENING}]${NON_PARENS}+[${CLOSING}]){0,3}${NON_PARENS}*$`,
  'u',
);
const PUBLICATION_PAGES = /\d{1,5}-+\d{1,5}\s{0,4}\(\d{1,4}/;
const LETTER_OR_MARK = /[\p{L}\p{Mn}]/u;
const CURRENCY = /\p{Sc}/u;

/** A letter or combining mark of the Latin blocks (Basic Latin to Extended-B, Additional). */
function isLatinLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  const latin = c <= 0x24f || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
  return latin && LETTER_OR_MARK.test(ch);
}

function isInvalidPunctuation(ch: string): boolean {
  return ch === '%' || CURRENCY.test(ch);
}

function trimAfterFirst(pattern: RegExp, text: string): string {
  const at = text.search(pattern);
  return at >= 0 ? text.slice(0, at) : text;
}

function isValidPreCandidate(candidate: string, offset: number, text: string): boolean {
  if (SLASH_SEPARATED_DATE.test(candidate)) return false;
  if (TIME_STAMP.test(candidate)) {
    if (TIME_STAMP_SUFFIX.test(text.slice(offset + candidate.length))) return false;
  }
  return true;
}

function isValidCandidate(
  candidate: string,
  offset: number,
  text: string,
  leniency: Leniency,
): boolean {
  if (!MATCHING_BRACKETS.test(candidate) || PUBLICATION_PAGES.test(candidate)) return false;
  if (leniency === 'POSSIBLE') return true;
  if (offset > 0 && !LEAD_AT_START.test(candidate)) {
    const before = text[offset - 1]!;
    if (isInvalidPunctuation(before) || isLatinLetter(before)) return false;
  }
  const after = offset + candidate.length;
  if (after < text.length) {
    const next = text[after]!;
    if (isInvalidPunctuation(next) || isLatinLetter(next)) return false;
  }
  return true;
}

/** Every number in `text`, in order, none overlapping. */
export function findInText(
  parser: StrictParser,
  text: string,
  defaultRegion: number,
  options?: FindOptions,
): FoundPhone[] {
  const leniency = options?.leniency ?? 'VALID';
  if (!LENIENCIES.includes(leniency))
    throw new TypeError(`leniency must be one of ${LENIENCIES.join(', ')}`);
  if (options?.maxTries !== undefined && !(options.maxTries >= 0))
    throw new TypeError('maxTries must be >= 0');
  const matcher = new Matcher(parser, text, defaultRegion, leniency, options?.maxTries);
  const found: FoundPhone[] = [];
  for (let next = matcher.find(0); next !== null; next = matcher.find(next.end)) found.push(next);
  return found;
}

class Matcher {
  private readonly pattern = new RegExp(PATTERN, 'giu');
  private tries: number;

  constructor(
    private readonly parser: StrictParser,
    private readonly text: string,
    private readonly region: number,
    private readonly leniency: Leniency,
    maxTries = Number.MAX_SAFE_INTEGER,
  ) {
    this.tries = maxTries;
  }

  find(from: number): FoundPhone | null {
    const pattern = this.pattern;
    pattern.lastIndex = from;
    let match: RegExpExecArray | null;
    while (this.tries > 0 && (match = pattern.exec(this.text)) !== null) {
      const offset = match.index;
      const candidate = trimAfterFirst(SECOND_NUMBER_START, match[0]);
      if (isValidPreCandidate(candidate, offset, this.text)) {
        const found = this.verify(candidate, offset) ?? this.inner(candidate, offset);
        if (found !== null) return found;
      }
      this.tries--;
    }
    return null;
  }

  /** Numbers inside a candidate that is not one as a whole. */
  private inner(candidate: string, offset: number): FoundPhone | null {
    for (const inner of INNER_MATCHES) {
      inner.lastIndex = 0;
      let first = true;
      let match: RegExpExecArray | null;
      while (this.tries > 0 && (match = inner.exec(candidate)) !== null) {
        if (first) {
          const head = trimAfterFirst(UNWANTED_END, candidate.slice(0, match.index));
          const found = this.verify(head, offset);
          if (found !== null) return found;
          this.tries--;
          first = false;
        }
        const part = trimAfterFirst(UNWANTED_END, match[1]!);
        const at = candidate.indexOf(part, match.index);
        const found = this.verify(part, offset + at);
        if (found !== null) return found;
        this.tries--;
      }
    }
    return null;
  }

  private verify(candidate: string, offset: number): FoundPhone | null {
    if (!isValidCandidate(candidate, offset, this.text, this.leniency)) return null;
    const result = this.parser.parseStrict(candidate, this.region);
    if (!result.ok || !result.possible) return null;
    if (this.leniency === 'VALID' && (!result.valid || !this.onlyValidX(result, candidate)))
      return null;
    return { ...result, start: offset, end: offset + candidate.length };
  }

  /**
   * libphonenumber's containsOnlyValidXChars(): an `x` must introduce the extension that was
   * read, and `xx` a repetition of the national number (a carrier code written before it).
   */
  private onlyValidX(number: ParsedPhone, candidate: string): boolean {
    for (let k = 0; k < candidate.length - 1; k++) {
      const ch = candidate[k];
      if (ch !== 'x' && ch !== 'X') continue;
      const next = candidate[k + 1];
      if (next === 'x' || next === 'X') {
        k++;
        if (!this.sameNationalNumber(candidate.slice(k), number)) return false;
      } else {
        const digits = candidate.slice(k).replace(/\D/g, '');
        if ((digits === '' ? null : digits) !== number.extension) return false;
      }
    }
    return true;
  }

  /** libphonenumber's NSN_MATCH: `text` is the same national number, written without its code. */
  private sameNationalNumber(text: string, number: ParsedPhone): boolean {
    if (this.parser.parseStrict(text, -1).ok) return false;
    const again = this.parser.parseStrict(text, this.parser.mainRegionOf(number.callingCode));
    return again.ok && again.e164 === number.e164 && again.extension === number.extension;
  }
}
