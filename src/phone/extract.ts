/**
 * The phone number inside a string of text, and its extension: libphonenumber's
 * extractPossibleNumber(), isViablePhoneNumber() and maybeExtractExtension(), in the form
 * libphonenumber-js 1.13 runs them in parse() (the oracle of test/phone-conformance.test.ts).
 *
 * This is the tokenizer's slow path. It runs only for inputs that hold something other than
 * digits, a `+` and separators (letters, `#`, `,`, `~`, `:`...), so that the clean numbers of a
 * dump never pay for a regular expression. Steps, in libphonenumber's order:
 *
 * 1. the number starts at the first `+` or digit, and ends at the last digit or `#`
 *    (`Phone: +7 (800) 555-35-35.` → `+7 (800) 555-35-35`);
 * 2. what remains must be viable: an optional `+`, at least three digits among punctuation, then
 *    optionally an extension (or exactly two digits); else it is not a number;
 * 3. an extension at the end is cut off, whichever of libphonenumber's forms it takes
 *    (EXTN_PATTERNS_FOR_PARSING: `;ext=`, `ext.`, `extension`, `extn`, `xtensión`, `anexo`,
 *    `доб`, `x`, `#`, `~`, `int`, full-width forms, `- 123#`, `,,`, `;`, `,`), its digits
 *    returned apart and never glued onto the number.
 *
 * Differences, all of them supersets: digits are any Unicode decimal digit (libphonenumber-js
 * reads ASCII, full-width and the two Arabic sets), and the punctuation allowed between digits
 * also holds what the tokenizer's fast path ignores (tabs, `_`, quotes, Unicode spaces, dashes
 * and format characters). The extension labels and limits are libphonenumber's (Apache-2.0,
 * PhoneNumberUtil.createExtnPattern), written here from its description.
 */

const DIGIT = '\\p{Nd}';
export const PLUS_CHARS = '+\\uFF0B';
const PLUS = PLUS_CHARS;
/** libphonenumber's VALID_PUNCTUATION (dashes, slashes, dots, spaces, brackets, tildes). */
export const VALID_PUNCTUATION =
  '\\-\\u2010-\\u2015\\u2212\\u30FC\\uFF0D\\uFF0F/\\uFF0E. \\u00A0\\u00AD\\u200B\\u2060\\u3000' +
  '()\\uFF08\\uFF09\\uFF3B\\uFF3D\\[\\]~\\u2053\\u223C\\uFF5E';
/** The same, and the separators the tokenizer's fast loop ignores besides. */
const PUNCTUATION = `${VALID_PUNCTUATION}\\t_"'\\p{Zs}\\p{Pd}\\p{Cf}`;

const digits = (max: number): string => `([${DIGIT}]{1,${max}})`;

/**
 * libphonenumber's extension pattern for parsing. Its matcher uses a shorter one (without the
 * `- 123#`, `,,` and `,` forms); libphonenumber-js uses this one for both, and so do we, so that
 * spans agree with it.
 */
export function extensionPattern(): string {
  const explicitLimit = 20;
  const likelyLimit = 15;
  const ambiguousLimit = 9;
  const notSureLimit = 6;
  const separatorsBeforeLabel = '[ \\u00A0\\t,]*';
  const afterLabel = '[:\\.\\uFF0E]?[ \\u00A0\\t,-]*';
  const optionalSuffix = '#?';
  const explicitLabels =
    '(?:e?xt(?:ensi(?:o\\u0301?|\\u00F3))?n?|\\uFF45?\\uFF58\\uFF54\\uFF4E?|\\u0434\\u043E\\u0431|anexo)';
  const ambiguousLabels = '(?:[x\\uFF58#\\uFF03~\\uFF5E]|int|\\uFF49\\uFF4E\\uFF54)';
  const ambiguousSeparator = '[- ]+';
  const separatorsNoComma = '[ \\u00A0\\t]*';
  const autoDialling = '(?:,{2}|;)';

  const rfc = `;ext=${digits(explicitLimit)}`;
  const explicit = `${separatorsBeforeLabel}${explicitLabels}${afterLabel}${digits(explicitLimit)}${optionalSuffix}`;
  const ambiguous = `${separatorsBeforeLabel}${ambiguousLabels}${afterLabel}${digits(ambiguousLimit)}${optionalSuffix}`;
  const american = `${ambiguousSeparator}${digits(notSureLimit)}#`;
  const autoDiallingExtension = `${separatorsNoComma}${autoDialling}${afterLabel}${digits(likelyLimit)}${optionalSuffix}`;
  const onlyCommas = `${separatorsNoComma}(?:,)+${afterLabel}${digits(ambiguousLimit)}${optionalSuffix}`;
  return [rfc, explicit, ambiguous, american, autoDiallingExtension, onlyCommas].join('|');
}

const EXTENSION_AT_END = new RegExp(`(?:${extensionPattern()})$`, 'iu');
const VALID_NUMBER = `[${PLUS}]?(?:[${PUNCTUATION}]*[${DIGIT}]){3,}[${PUNCTUATION}${DIGIT}]*`;
const VIABLE = new RegExp(`^[${DIGIT}]{2}$|^${VALID_NUMBER}(?:${extensionPattern()})?$`, 'iu');
const VIABLE_START = new RegExp(`^[${PLUS}]?(?:[${PUNCTUATION}]*[${DIGIT}]){1,2}$`, 'iu');
const NUMBER_START = new RegExp(`[${PLUS}${DIGIT}]`, 'u');
const AFTER_NUMBER_END = new RegExp(`[^${DIGIT}#]+$`, 'u');

export interface ExtractedNumber {
  /** The number itself, punctuation kept, extension removed. */
  readonly number: string;
  readonly extension: string | null;
}

/**
 * The number and extension in `text`, or the error code for text that holds none:
 * `NOT_A_NUMBER`, or `TOO_SHORT` for one or two digits.
 */
export function extractNumber(text: string): ExtractedNumber | 'NOT_A_NUMBER' | 'TOO_SHORT' {
  const start = text.search(NUMBER_START);
  if (start < 0) return 'NOT_A_NUMBER';
  const candidate = text.slice(start).replace(AFTER_NUMBER_END, '');
  if (candidate.length < 2 || !VIABLE.test(candidate)) {
    return VIABLE_START.test(candidate) ? 'TOO_SHORT' : 'NOT_A_NUMBER';
  }
  const match = EXTENSION_AT_END.exec(candidate);
  if (match !== null) {
    for (let k = 1; k < match.length; k++) {
      const extension = match[k];
      if (extension !== undefined && extension !== '')
        return { number: candidate.slice(0, match.index), extension };
    }
  }
  return { number: candidate, extension: null };
}
