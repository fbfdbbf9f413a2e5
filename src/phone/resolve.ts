/**
 * Second stage of the parser: digits in, calling code, national significant number (NSN),
 * region, line type, validity out. The decisions are libphonenumber's (parse, extract calling
 * code, strip IDD and national prefixes, pick the region, classify), in the same order, so that
 * results agree with it; the pattern matching is one walk of the compiled automaton instead of
 * dozens of regular expressions. Only two rules still run a RegExp, and only when a number may
 * start with them: an international prefix after a default region, and the national-prefix
 * rules of the few regions whose rule captures and rewrites digits (AR, BR, NANPA islands...).
 */
import type { CallingCodePlan, PhoneMetadata, RegionPlan } from './metadata.js';
import { NO_REGION } from './metadata-format.js';
import type { Tokens } from './tokenize.js';
import { MAX_DIGITS } from './tokenize.js';
import { internationalPrefixTrie, nationalPrefixTrie } from './prefix-literals.js';
import type { PhoneErrorCode } from './types.js';

export const READING_PLUS = 0;
export const READING_IDD = 1;
export const READING_NATIONAL = 2;
export const READING_NO_PLUS = 3;

const POSSIBLE = 0;
const TOO_SHORT = 1;
const TOO_LONG = 2;
const INVALID_LENGTH = 3;

export interface Resolution {
  error: PhoneErrorCode | null;
  callingCode: number;
  readonly nsn: Uint8Array;
  nsnLength: number;
  /** Index in metadata.regions, -1 when no region fits. */
  region: number;
  /** Type code (1-based index in TYPE_CODES), 0 for none. */
  type: number;
  valid: boolean;
  possible: boolean;
  guessed: boolean;
  reading: number;
}

export function createResolution(): Resolution {
  return {
    error: null,
    callingCode: 0,
    nsn: new Uint8Array(MAX_DIGITS + 8),
    nsnLength: 0,
    region: -1,
    type: 0,
    valid: false,
    possible: false,
    guessed: false,
    reading: READING_PLUS,
  };
}

/** Reusable buffers, so that resolving a number allocates nothing on the common paths. */
export class Resolver {
  private readonly candidate = new Uint8Array(MAX_DIGITS + 8);
  private readonly scratch = new Uint8Array(MAX_DIGITS + 8);
  private readonly candidate2 = new Uint8Array(MAX_DIGITS + 8);
  private readonly alternative: Resolution = createResolution();

  constructor(readonly md: PhoneMetadata) {}

  /**
   * Resolves the digits of `t` into `r`. `defaultRegion` is an index in md.regions or -1.
   * Without a `+` and without a default region, a number is read as starting with its calling
   * code (`447700900123`, `0044…`), and marked as guessed.
   */
  resolve(t: Tokens, defaultRegion: number, r: Resolution, strict = false): void {
    r.error = null;
    r.guessed = false;
    const d = t.digits;
    const n = t.digitCount;
    if (t.hasPlus) {
      this.international(d, 0, n, READING_PLUS, r);
    } else if (defaultRegion >= 0) {
      this.withDefaultRegion(d, n, defaultRegion, r, strict);
    } else if (strict) {
      // libphonenumber's reading: without `+` or a region there is no calling code.
      fail(r, 'INVALID_COUNTRY');
    } else {
      // No + and no region: a guess. 00 is the ITU-recommended international prefix. A guess
      // that does not even give a possible length is no reading at all.
      const idd = n > 2 && d[0] === 0 && d[1] === 0;
      this.international(d, idd ? 2 : 0, n, idd ? READING_IDD : READING_NO_PLUS, r);
      r.guessed = true;
      // international() may have set r.error: TypeScript cannot see that.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      if (r.error === null && !r.possible) fail(r, 'INVALID_COUNTRY');
    }
  }

  /**
   * The North American reading of ten digits written without `+` or region (see
   * docs/phone-conformance.md, "Guessing without a region"): replaces `r` and returns true when
   * +1 and the digits make a valid number.
   */
  guessNanp(t: Tokens, r: Resolution): boolean {
    const n = t.digitCount;
    if (n !== 10 || t.hasPlus) return false;
    const d = this.scratch;
    d[0] = 1;
    d.set(t.digits.subarray(0, n), 1);
    const alt = this.alternative;
    alt.error = null;
    this.international(d, 0, n + 1, READING_NATIONAL, alt);
    // international() may have set alt.error: TypeScript cannot see that.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (alt.error !== null || !alt.valid) return false;
    copyResolution(alt, r);
    r.guessed = true;
    return true;
  }

  private withDefaultRegion(
    d: Uint8Array,
    n: number,
    regionIndex: number,
    r: Resolution,
    strict: boolean,
  ): void {
    const md = this.md;
    const plan = md.regions[regionIndex]!;
    const idd = this.iddLength(plan, d, n);
    if (idd > 0) {
      this.international(d, idd, n, READING_IDD, r);
      return;
    }
    const cc = md.callingCodes[plan.callingCodeIndex]!;
    const ccLength = digitCount(cc.callingCode);
    if (n > ccLength && startsWithNumber(d, n, cc.callingCode, ccLength)) {
      if (this.countryCodeWithoutPlus(plan, cc, d, ccLength, n)) {
        this.finish(cc, md.regions[cc.firstRegion]!, d, ccLength, n, -1, READING_NO_PLUS, r);
        r.guessed = true;
        return;
      }
    }
    this.finish(cc, plan, d, 0, n, regionIndex, READING_NATIONAL, r);
    // A dump's country column is a default, not a fact: a national reading of impossible length
    // that is a valid international one (a foreign number written without `+`: "12126343929" in
    // a row marked FR) is read internationally. A possible national number stays national, even
    // when invalid: "(433) 534-0382" in Grenada is no Austrian number.
    if (!strict && r.error === null && !r.possible && !(n > 2 && d[0] === 0 && d[1] === 0)) {
      const alt = this.alternative;
      // The scratch keeps the last reading's error: international() sets it only on failure.
      alt.error = null;
      this.international(d, 0, n, READING_NO_PLUS, alt);
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      if (alt.error === null && alt.valid) {
        copyResolution(alt, r);
        r.guessed = true;
      }
    }
  }

  /** Calling code at d[from..], then the national number: libphonenumber's `+` path. */
  private international(
    d: Uint8Array,
    from: number,
    n: number,
    reading: number,
    r: Resolution,
  ): void {
    const md = this.md;
    if (from >= n || d[from] === 0) {
      fail(r, from >= n ? 'TOO_SHORT' : 'INVALID_COUNTRY');
      return;
    }
    let value = 0;
    for (let k = 1; k <= 3 && from + k <= n; k++) {
      value = value * 10 + d[from + k - 1]!;
      const index = md.callingCodeIndex[value]!;
      if (index >= 0) {
        const cc = md.callingCodes[index]!;
        this.finish(cc, md.regions[cc.firstRegion]!, d, from + k, n, -1, reading, r);
        return;
      }
    }
    fail(r, 'INVALID_COUNTRY');
  }

  /**
   * National number d[from..n) of calling code `cc` under numbering plan `plan` (the main region
   * for international input, the default region for national input); `country` is the default
   * region index for national input, else -1.
   */
  private finish(
    cc: CallingCodePlan,
    plan: RegionPlan,
    d: Uint8Array,
    from: number,
    n: number,
    country: number,
    reading: number,
    r: Resolution,
  ): void {
    const md = this.md;
    r.reading = reading;
    r.callingCode = cc.callingCode;
    if (from >= n) {
      fail(r, 'TOO_SHORT');
      return;
    }
    const length = this.extractNational(cc, plan, d, from, n - from, r.nsn);
    r.nsnLength = length;
    if (length < 2) {
      fail(r, 'TOO_SHORT');
      return;
    }
    if (length > md.maxNsnLength) {
      fail(r, 'TOO_LONG');
      return;
    }
    const output = md.stateOutput[this.walk(cc, r.nsn, 0, length)]!;
    const found = foundSlot(md, cc, output);
    if (found >= 0) country = cc.firstRegion + found;
    const selected = md.regions[country >= 0 ? country : cc.firstRegion]!;
    const type = typeIn(md, output, selected.slot);
    r.region = country;
    r.type = type;
    r.valid = selected.hasTypes
      ? type !== 0
      : ((md.outputGeneral[output]! >>> selected.slot) & 1) === 1;
    r.possible = checkLength(selected.lengths, length) === POSSIBLE;
  }

  private walk(cc: CallingCodePlan, d: Uint8Array, from: number, length: number): number {
    if (length > this.md.maxNsnLength) return 0;
    const transitions = this.md.transitions;
    let s = cc.root;
    for (let k = from, end = from + length; k < end; k++) s = transitions[s * 10 + d[k]!]!;
    return s;
  }

  /** libphonenumber's extractNationalNumber(): strip the national prefix when it is safe to. */
  private extractNational(
    cc: CallingCodePlan,
    plan: RegionPlan,
    d: Uint8Array,
    from: number,
    length: number,
    out: Uint8Array,
  ): number {
    const candidate = this.candidate;
    const stripped =
      (plan.nationalPrefixFirstDigits >>> d[from]!) & 1
        ? this.stripNationalPrefix(plan, d, from, length, candidate)
        : -1;
    if (stripped >= 0 && !sameDigits(d, from, length, candidate, stripped)) {
      const md = this.md;
      const before = md.stateOutput[this.walk(cc, d, from, length)]!;
      const after = md.stateOutput[this.walk(cc, candidate, 0, stripped)]!;
      const generalBefore = (md.outputGeneral[before]! >>> plan.slot) & 1;
      const generalAfter = (md.outputGeneral[after]! >>> plan.slot) & 1;
      if (!(generalBefore === 1 && generalAfter === 0)) {
        const found = foundSlot(md, cc, after);
        const lengths = found >= 0 ? md.regions[cc.firstRegion + found]!.lengths : plan.lengths;
        const check = checkLength(lengths, stripped);
        if (check !== TOO_SHORT && check !== INVALID_LENGTH) {
          out.set(candidate.subarray(0, stripped), 0);
          return stripped;
        }
      }
    }
    for (let k = 0; k < length && k < out.length; k++) out[k] = d[from + k]!;
    return Math.min(length, out.length);
  }

  /**
   * libphonenumber's extractNationalNumberFromPossiblyIncompleteNumber(): writes the number
   * without its national prefix (or rewritten by the transform rule) into `out`, returns its
   * length, or -1 when the rule does not match.
   */
  private stripNationalPrefix(
    plan: RegionPlan,
    d: Uint8Array,
    from: number,
    length: number,
    out: Uint8Array,
  ): number {
    const trie = nationalPrefixTrie(plan);
    if (trie !== null) {
      const size = trie.match(d, from, length);
      if (size < 0) return -1;
      for (let j = size; j < length; j++) out[j - size] = d[from + j]!;
      return length - size;
    }
    const pattern = plan.nationalPrefixPattern;
    if (pattern === null) return -1;
    const number = digitString(d, from, length);
    const match = pattern.exec(number);
    if (match === null) return -1;
    const groups = match.length - 1;
    const hasGroups = groups > 0 && Boolean(match[groups]);
    const transform = plan.nationalPrefixTransformRule;
    const national =
      transform && hasGroups ? number.replace(pattern, transform) : number.slice(match[0].length);
    const size = Math.min(national.length, out.length);
    for (let k = 0; k < size; k++) out[k] = national.charCodeAt(k) - 48;
    return size;
  }

  /** Length of the default region's international prefix at the start of `d`, or 0. */
  private iddLength(plan: RegionPlan, d: Uint8Array, n: number): number {
    const idd = plan.internationalPrefix;
    if (idd === null || n < 3) return 0;
    const trie = internationalPrefixTrie(plan);
    const size =
      trie !== null ? trie.match(d, 0, n) : (idd.exec(digitString(d, 0, n))?.[0].length ?? -1);
    if (size <= 0 || size >= n) return 0;
    // libphonenumber: a calling code never starts with 0, so this was not an IDD prefix.
    if (d[size] === 0) return 0;
    return size;
  }

  /**
   * libphonenumber's extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(): the
   * digits start with the default region's calling code, and reading them so is the better fit.
   */
  private countryCodeWithoutPlus(
    plan: RegionPlan,
    cc: CallingCodePlan,
    d: Uint8Array,
    ccLength: number,
    n: number,
  ): boolean {
    const md = this.md;
    const shorter = this.scratch;
    const shorterLength = this.extractNational(cc, plan, d, ccLength, n - ccLength, shorter);
    const whole = this.candidate2;
    const wholeLength = this.extractNational(cc, plan, d, 0, n, whole);
    const wholeOutput = md.stateOutput[this.walk(cc, whole, 0, wholeLength)]!;
    const shorterOutput = md.stateOutput[this.walk(cc, shorter, 0, shorterLength)]!;
    const wholeMatches = (md.outputGeneral[wholeOutput]! >>> plan.slot) & 1;
    const shorterMatches = (md.outputGeneral[shorterOutput]! >>> plan.slot) & 1;
    return (
      (wholeMatches === 0 && shorterMatches === 1) ||
      checkLength(plan.lengths, wholeLength) === TOO_LONG
    );
  }
}

function fail(r: Resolution, code: PhoneErrorCode): void {
  r.error = code;
  r.region = -1;
  r.type = 0;
  r.valid = false;
  r.possible = false;
}

function copyResolution(from: Resolution, to: Resolution): void {
  to.error = from.error;
  to.callingCode = from.callingCode;
  to.nsn.set(from.nsn.subarray(0, from.nsnLength), 0);
  to.nsnLength = from.nsnLength;
  to.region = from.region;
  to.type = from.type;
  to.valid = from.valid;
  to.possible = from.possible;
  to.guessed = from.guessed;
  to.reading = from.reading;
}

/** Region slot the automaton found for a shared calling code; the only one otherwise. */
function foundSlot(md: PhoneMetadata, cc: CallingCodePlan, output: number): number {
  if (cc.regionCount === 1) return 0;
  const found = md.outputFound[output]!;
  return found === NO_REGION ? -1 : found;
}

function typeIn(md: PhoneMetadata, output: number, slot: number): number {
  return output === 0 ? 0 : md.outputTypes[md.outputTypesAt[output]! + slot]!;
}

/** libphonenumber's checkNumberLength() on a region's possible lengths. */
function checkLength(lengths: readonly number[], length: number): number {
  const min = lengths[0]!;
  if (min === length) return POSSIBLE;
  if (min > length) return TOO_SHORT;
  if (lengths[lengths.length - 1]! < length) return TOO_LONG;
  return lengths.indexOf(length, 1) >= 0 ? POSSIBLE : INVALID_LENGTH;
}

function digitString(d: Uint8Array, from: number, length: number): string {
  let s = '';
  for (let k = from; k < from + length; k++) s += String.fromCharCode(48 + d[k]!);
  return s;
}

function sameDigits(
  a: Uint8Array,
  from: number,
  length: number,
  b: Uint8Array,
  bLength: number,
): boolean {
  if (length !== bLength) return false;
  for (let k = 0; k < length; k++) if (a[from + k] !== b[k]) return false;
  return true;
}

function digitCount(value: number): number {
  return value < 10 ? 1 : value < 100 ? 2 : 3;
}

function startsWithNumber(d: Uint8Array, n: number, value: number, length: number): boolean {
  let v = 0;
  for (let k = 0; k < length && k < n; k++) v = v * 10 + d[k]!;
  return v === value;
}
