/**
 * Conformance corpus for the phone engine, with libphonenumber-js (`max` metadata) as the oracle.
 *
 * Design. Everything is derived from the metadata the oracle itself uses and from one seed:
 *
 * 1. Plans. For every region of `metadata.max.json` and every non-geographic calling code
 *    (region `001`), each number type present (`country[11]`, in libphonenumber-js' order
 *    FIXED_LINE, MOBILE, TOLL_FREE, PREMIUM_RATE, PERSONAL_NUMBER, VOICEMAIL, UAN, PAGER, VOIP,
 *    SHARED_COST) is parsed into a small regex AST. The metadata only uses digits, `\d`, classes
 *    with ranges, groups, `|`, `?`, `{n}` and `{n,m}`, so the parser rejects anything else.
 * 2. Numbers. Every node knows the set of string lengths it can produce (a bitmask), so a number
 *    of a chosen possible length is sampled directly, without rejection: each choice (branch,
 *    repetition count, length of a sequence item) is drawn uniformly among the ones that can
 *    still reach the target length. Uniform branch choice visits every prefix range of a pattern
 *    quickly, which is what a conformance test wants. Sampled national numbers are then perturbed
 *    (digit changed, dropped, added; random digits of a possible length; a valid prefix cut or
 *    grown to an impossible length; too short; too long; unassigned calling code), so that valid,
 *    invalid-but-possible and impossible numbers all appear.
 * 3. Oracle. Each canonical number (`+CC` + national number) is parsed once by the oracle; its
 *    PhoneNumber renders the formatted variants. Each input format is then either read by the
 *    oracle itself (`oracleOn: 'input'`: it can read that format, so whatever it makes of the
 *    input is the truth), or, where the oracle cannot read the format at all (no `+` and no
 *    region, Excel notation, full-width plus, Devanagari digits), the canonical result stands in
 *    (`oracleOn: 'canonical'`). The truncated Excel form expects EXCEL_PRECISION_LOST by rule
 *    (`oracleOn: 'rule'`): the oracle has no such notion.
 *
 * The comparison and its tally live here too, so that the test and the report script classify
 * disagreements identically.
 */
import metadataJson from 'libphonenumber-js/metadata.max.json';
import {
  ParseError,
  parsePhoneNumberWithError,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import type {
  PhoneErrorCode,
  PhoneParseResult,
  PhoneReading,
  PhoneType,
} from '../../src/phone/types.js';

// ---------------------------------------------------------------------------------------------
// Seeded PRNG

/** mulberry32: tiny, fast, good enough for test data, and identical on every platform. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [min, max]. */
  range(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.int(items.length)]!;
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(10));
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Regex subset: parse to an AST whose nodes know which lengths they can produce

/** Lengths are bit positions of a 31-bit mask: NSNs never exceed 17 digits. */
const MAX_LENGTH = 30;
const LENGTH_MASK = 0x7fffffff;

type RegexNode =
  | { readonly kind: 'set'; readonly chars: string; readonly lengths: number }
  | {
      readonly kind: 'seq';
      readonly items: readonly RegexNode[];
      /** suffix[i]: lengths producible by items[i..]; suffix[items.length] = {0}. */
      readonly suffix: readonly number[];
      readonly lengths: number;
    }
  | { readonly kind: 'alt'; readonly options: readonly RegexNode[]; readonly lengths: number }
  | {
      readonly kind: 'repeat';
      readonly item: RegexNode;
      readonly min: number;
      readonly max: number;
      /** kfold[k]: lengths of k copies of item. */
      readonly kfold: readonly number[];
      readonly lengths: number;
    };

function hasLength(mask: number, length: number): boolean {
  return length >= 0 && length <= MAX_LENGTH && (mask & (1 << length)) !== 0;
}

function lengthList(mask: number): number[] {
  const out: number[] = [];
  for (let i = 0; i <= MAX_LENGTH; i++) if (mask & (1 << i)) out.push(i);
  return out;
}

function sumset(a: number, b: number): number {
  let r = 0;
  for (let i = 0; i <= MAX_LENGTH; i++) if (a & (1 << i)) r |= (b << i) & LENGTH_MASK;
  return r;
}

const DIGITS = '0123456789';

function setNode(chars: string): RegexNode {
  return { kind: 'set', chars, lengths: 1 << 1 };
}

function seqNode(items: RegexNode[]): RegexNode {
  if (items.length === 1) return items[0]!;
  const suffix = new Array<number>(items.length + 1);
  suffix[items.length] = 1;
  for (let i = items.length - 1; i >= 0; i--) suffix[i] = sumset(items[i]!.lengths, suffix[i + 1]!);
  return { kind: 'seq', items, suffix, lengths: suffix[0]! };
}

function altNode(options: RegexNode[]): RegexNode {
  if (options.length === 1) return options[0]!;
  let lengths = 0;
  for (const o of options) lengths |= o.lengths;
  return { kind: 'alt', options, lengths };
}

function repeatNode(item: RegexNode, min: number, max: number): RegexNode {
  const kfold = [1];
  let lengths = min === 0 ? 1 : 0;
  for (let k = 1; k <= max; k++) {
    kfold[k] = sumset(kfold[k - 1]!, item.lengths);
    if (k >= min) lengths |= kfold[k]!;
  }
  return { kind: 'repeat', item, min, max, kfold, lengths };
}

class RegexParser {
  private pos = 0;

  constructor(private readonly src: string) {}

  parse(): RegexNode {
    const node = this.alternation();
    if (this.pos !== this.src.length) this.fail('unexpected character');
    return node;
  }

  private fail(why: string): never {
    throw new SyntaxError(`${why} at ${this.pos} in /${this.src}/`);
  }

  private peek(): string | undefined {
    return this.src[this.pos];
  }

  private alternation(): RegexNode {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      options.push(this.sequence());
    }
    return altNode(options);
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      items.push(this.quantified());
    }
    if (items.length === 0) return { kind: 'seq', items, suffix: [1], lengths: 1 };
    return seqNode(items);
  }

  private quantified(): RegexNode {
    let node = this.atom();
    for (;;) {
      const c = this.peek();
      if (c === '?') {
        this.pos++;
        node = repeatNode(node, 0, 1);
      } else if (c === '{') {
        const m = /^\{(\d+)(?:,(\d+))?\}/.exec(this.src.slice(this.pos));
        if (m === null) this.fail('unsupported quantifier');
        this.pos += m[0].length;
        const min = Number(m[1]);
        node = repeatNode(node, min, m[2] === undefined ? min : Number(m[2]));
      } else {
        return node;
      }
    }
  }

  private atom(): RegexNode {
    const c = this.src[this.pos++];
    if (c === '(') {
      if (this.src.startsWith('?:', this.pos)) this.pos += 2;
      const inner = this.alternation();
      if (this.src[this.pos++] !== ')') this.fail('missing )');
      return inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      if (this.src[this.pos++] !== 'd') this.fail('unsupported escape');
      return setNode(DIGITS);
    }
    if (c !== undefined && c >= '0' && c <= '9') return setNode(c);
    this.pos--;
    return this.fail('unsupported syntax');
  }

  private charClass(): RegexNode {
    const chars = new Set<string>();
    for (;;) {
      const c = this.src[this.pos++];
      if (c === undefined) this.fail('missing ]');
      if (c === ']') break;
      if (c === '\\') {
        if (this.src[this.pos++] !== 'd') this.fail('unsupported escape in class');
        for (const d of DIGITS) chars.add(d);
        continue;
      }
      if (this.peek() === '-' && this.src[this.pos + 1] !== ']') {
        const end = this.src[this.pos + 1]!;
        this.pos += 2;
        for (let code = c.charCodeAt(0); code <= end.charCodeAt(0); code++) {
          chars.add(String.fromCharCode(code));
        }
      } else {
        chars.add(c);
      }
    }
    if (chars.size === 0) this.fail('empty class');
    return setNode([...chars].sort().join(''));
  }
}

export function parsePattern(source: string): RegexNode {
  return new RegexParser(source).parse();
}

/** Appends to `out` a random string of exactly `length` characters matching `node`. */
function sampleInto(node: RegexNode, length: number, rng: Rng, out: string[]): void {
  switch (node.kind) {
    case 'set':
      out.push(node.chars[rng.int(node.chars.length)]!);
      return;
    case 'alt':
      sampleInto(
        rng.pick(node.options.filter((o) => hasLength(o.lengths, length))),
        length,
        rng,
        out,
      );
      return;
    case 'seq': {
      let rest = length;
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i]!;
        const after = node.suffix[i + 1]!;
        const l = rng.pick(lengthList(item.lengths).filter((x) => hasLength(after, rest - x)));
        sampleInto(item, l, rng, out);
        rest -= l;
      }
      return;
    }
    case 'repeat': {
      const counts: number[] = [];
      for (let k = node.min; k <= node.max; k++) {
        if (hasLength(node.kfold[k]!, length)) counts.push(k);
      }
      const k = rng.pick(counts);
      let rest = length;
      for (let j = 0; j < k; j++) {
        const after = node.kfold[k - 1 - j]!;
        const l = rng.pick(lengthList(node.item.lengths).filter((x) => hasLength(after, rest - x)));
        sampleInto(node.item, l, rng, out);
        rest -= l;
      }
      return;
    }
  }
}

/** A random string matching `node` with one of `lengths` (those it cannot produce are ignored). */
export function samplePattern(
  node: RegexNode,
  rng: Rng,
  lengths?: readonly number[],
): string | null {
  const feasible = (lengths ?? lengthList(node.lengths)).filter((l) => hasLength(node.lengths, l));
  if (feasible.length === 0) return null;
  const out: string[] = [];
  sampleInto(node, rng.pick(feasible), rng, out);
  return out.join('');
}

// ---------------------------------------------------------------------------------------------
// Plans from the metadata

/** Number types in the order of libphonenumber-js' `country[11]`. */
export const METADATA_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'TOLL_FREE',
  'PREMIUM_RATE',
  'PERSONAL_NUMBER',
  'VOICEMAIL',
  'UAN',
  'PAGER',
  'VOIP',
  'SHARED_COST',
] as const;

type RawCountry = readonly unknown[];

interface RawMetadata {
  readonly version: number;
  readonly country_calling_codes: Readonly<Record<string, readonly string[]>>;
  readonly countries: Readonly<Record<string, RawCountry>>;
  readonly nonGeographic: Readonly<Record<string, RawCountry>>;
}

export const RAW_METADATA = metadataJson as unknown as RawMetadata;

export const NON_GEOGRAPHIC_CALLING_CODES: ReadonlySet<string> = new Set(
  Object.keys(RAW_METADATA.nonGeographic),
);

export interface TypePlan {
  /** A METADATA_TYPES name, or GENERAL when a region has no type patterns. */
  readonly name: string;
  readonly pattern: RegexNode;
  readonly lengths: readonly number[];
}

export interface RegionPlan {
  /** ISO 3166-1 alpha-2, or `001` for a non-geographic calling code. */
  readonly region: string;
  readonly callingCode: string;
  readonly nationalPrefix: string | null;
  readonly possibleLengths: readonly number[];
  readonly types: readonly TypePlan[];
  /** International dialling prefix pattern (geographic regions only). */
  readonly idd: RegexNode | null;
}

function numberList(value: unknown): number[] | null {
  return Array.isArray(value) && value.every((x) => typeof x === 'number') ? value : null;
}

function stringAt(country: RawCountry, index: number): string | null {
  const value = country[index];
  return typeof value === 'string' && value !== '' ? value : null;
}

function buildPlan(region: string, country: RawCountry, geographic: boolean): RegionPlan {
  const callingCode = stringAt(country, 0);
  const general = stringAt(country, 2);
  const possibleLengths = numberList(country[3]);
  if (callingCode === null || general === null || possibleLengths === null) {
    throw new Error(`unexpected metadata shape for ${region}`);
  }
  const types: TypePlan[] = [];
  const rawTypes = country[11];
  if (Array.isArray(rawTypes)) {
    rawTypes.forEach((raw: unknown, i) => {
      if (!Array.isArray(raw) || typeof raw[0] !== 'string' || raw[0] === '') return;
      const name = METADATA_TYPES[i];
      if (name === undefined) throw new Error(`unknown type index ${i} for ${region}`);
      types.push({
        name,
        pattern: parsePattern(raw[0]),
        lengths: numberList(raw[1]) ?? possibleLengths,
      });
    });
  }
  if (types.length === 0) {
    types.push({ name: 'GENERAL', pattern: parsePattern(general), lengths: possibleLengths });
  }
  const idd = geographic ? stringAt(country, 1) : null;
  return {
    region,
    callingCode,
    nationalPrefix: stringAt(country, 5),
    possibleLengths,
    types,
    idd: idd === null ? null : parsePattern(idd),
  };
}

let plansCache: readonly RegionPlan[] | undefined;

/** Every region, then every non-geographic calling code, in metadata order. */
export function regionPlans(): readonly RegionPlan[] {
  plansCache ??= [
    ...Object.entries(RAW_METADATA.countries).map(([region, c]) => buildPlan(region, c, true)),
    ...Object.values(RAW_METADATA.nonGeographic).map((c) => buildPlan('001', c, false)),
  ];
  return plansCache;
}

/** Three-digit codes no assigned calling code is a prefix of: the oracle says INVALID_COUNTRY. */
function unassignedCallingCodes(): string[] {
  const assigned = new Set(Object.keys(RAW_METADATA.country_calling_codes));
  const out: string[] = [];
  for (let c = 100; c <= 999; c++) {
    const s = String(c);
    if (!assigned.has(s[0]!) && !assigned.has(s.slice(0, 2)) && !assigned.has(s)) out.push(s);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Oracle

const PLUS_READING = { reading: 'plus', guessed: false } as const;
const IDD_READING = { reading: 'idd', guessed: false } as const;
const NATIONAL_READING = { reading: 'national', guessed: false } as const;
const NO_PLUS_READING = { reading: 'no-plus', guessed: true } as const;

export type Expected =
  | {
      readonly ok: true;
      readonly e164: string;
      readonly region: string | null;
      readonly type: PhoneType | null;
      readonly valid: boolean;
      readonly possible: boolean;
      readonly extension: string | null;
    }
  | { readonly ok: false; readonly code: PhoneErrorCode };

export interface ExpectedReading {
  readonly reading: PhoneReading;
  readonly guessed: boolean;
}

export interface OracleRun {
  readonly expected: Expected;
  /** How the oracle found the calling code; null when it failed. */
  readonly reading: ExpectedReading | null;
  readonly phone: PhoneNumber | null;
}

/**
 * libphonenumber-js records how it found the calling code on an undocumented field (Google's
 * CountryCodeSource); undefined means the default region's calling code was used.
 */
function oracleReading(phone: PhoneNumber): ExpectedReading {
  const source = (phone as unknown as { __countryCallingCodeSource?: string })
    .__countryCallingCodeSource;
  switch (source) {
    case 'FROM_NUMBER_WITH_PLUS_SIGN':
      return PLUS_READING;
    case 'FROM_NUMBER_WITH_IDD':
      return IDD_READING;
    case 'FROM_NUMBER_WITHOUT_PLUS_SIGN':
      return NO_PLUS_READING;
    default:
      return NATIONAL_READING;
  }
}

const ORACLE_CODES: ReadonlySet<string> = new Set([
  'NOT_A_NUMBER',
  'TOO_SHORT',
  'TOO_LONG',
  'INVALID_COUNTRY',
]);

/** libphonenumber-js max on `text`: parse, isValid, getType, isPossible. */
export function oracle(text: string, defaultRegion?: string): OracleRun {
  let phone: PhoneNumber;
  try {
    phone =
      defaultRegion === undefined
        ? parsePhoneNumberWithError(text)
        : parsePhoneNumberWithError(text, { defaultCountry: defaultRegion as CountryCode });
  } catch (error) {
    if (error instanceof ParseError && ORACLE_CODES.has(error.message)) {
      return {
        expected: { ok: false, code: error.message as PhoneErrorCode },
        reading: null,
        phone: null,
      };
    }
    throw error;
  }
  const valid = phone.isValid();
  const region =
    phone.country ?? (NON_GEOGRAPHIC_CALLING_CODES.has(phone.countryCallingCode) ? '001' : null);
  return {
    expected: {
      ok: true,
      e164: phone.number,
      region,
      type: valid ? (phone.getType() ?? null) : null,
      valid,
      possible: phone.isPossible(),
      extension: phone.ext ?? null,
    },
    reading: oracleReading(phone),
    phone,
  };
}

// ---------------------------------------------------------------------------------------------
// Canonical numbers

export const NUMBER_KINDS = [
  'sampled',
  'changed',
  'dropped',
  'added',
  'random',
  'wrong-length',
  'too-short',
  'too-long',
  'unassigned-cc',
] as const;

export type NumberKind = (typeof NUMBER_KINDS)[number];

const PERTURBATIONS: readonly NumberKind[] = [
  'changed',
  'dropped',
  'added',
  'random',
  'wrong-length',
];

export interface CanonicalNumber {
  /** Plan the number was drawn from; null for an unassigned calling code. */
  readonly plan: RegionPlan | null;
  readonly type: string;
  readonly kind: NumberKind;
  readonly callingCode: string;
  readonly nsn: string;
  readonly oracle: OracleRun;
}

function perturb(kind: NumberKind, plan: RegionPlan, valid: string, rng: Rng): string {
  switch (kind) {
    case 'changed': {
      const i = rng.int(valid.length);
      const d = (Number(valid[i]) + 1 + rng.int(9)) % 10;
      return valid.slice(0, i) + String(d) + valid.slice(i + 1);
    }
    case 'dropped': {
      if (valid.length < 3) return valid + rng.digits(1);
      const i = rng.int(valid.length);
      return valid.slice(0, i) + valid.slice(i + 1);
    }
    case 'added': {
      const i = rng.int(valid.length + 1);
      return valid.slice(0, i) + rng.digits(1) + valid.slice(i);
    }
    case 'random':
      return rng.digits(rng.pick(plan.possibleLengths));
    case 'wrong-length': {
      const min = Math.min(...plan.possibleLengths);
      const max = Math.max(...plan.possibleLengths);
      const candidates: number[] = [];
      for (let l = Math.max(2, min - 2); l <= Math.min(17, max + 2); l++) {
        if (!plan.possibleLengths.includes(l)) candidates.push(l);
      }
      if (candidates.length === 0) return valid + rng.digits(1);
      const l = rng.pick(candidates);
      return l <= valid.length ? valid.slice(0, l) : valid + rng.digits(l - valid.length);
    }
    case 'too-short':
      return rng.digits(1);
    case 'too-long':
      return valid + rng.digits(18 - valid.length + rng.int(3));
    case 'sampled':
    case 'unassigned-cc':
      return valid;
  }
}

function canonical(
  plan: RegionPlan | null,
  type: string,
  kind: NumberKind,
  callingCode: string,
  nsn: string,
): CanonicalNumber {
  return { plan, type, kind, callingCode, nsn, oracle: oracle(`+${callingCode}${nsn}`) };
}

// ---------------------------------------------------------------------------------------------
// Input formats

export const PHONE_FORMATS = [
  'e164',
  'international',
  'national',
  'national-punctuated',
  'idd',
  'no-plus-with-region',
  'no-plus',
  'tel-uri',
  'ext-word',
  'ext-x',
  'ext-hash',
  'arabic-indic',
  'extended-arabic-indic',
  'fullwidth',
  'devanagari',
  'excel',
  'excel-truncated',
  // Inputs people paste: a number in a sentence, an extension in each of libphonenumber's forms
  // (and lengths beyond its limits), vanity letters. Not in CLEAN_FORMATS.
  'text-embedded',
  'text-national',
  'ext-forms',
  'vanity',
] as const;

export type PhoneFormat = (typeof PHONE_FORMATS)[number];

/** The formats a dump's phone column holds, one number per cell (the benchmarks' mix). */
export const CLEAN_FORMATS: readonly PhoneFormat[] = PHONE_FORMATS.slice(
  0,
  PHONE_FORMATS.indexOf('excel-truncated') + 1,
);

/** Formats that need no default region: what a file for `ringfence phone` without --region holds. */
export const REGIONLESS_FORMATS: readonly PhoneFormat[] = CLEAN_FORMATS.filter(
  (f) =>
    f !== 'national' && f !== 'national-punctuated' && f !== 'idd' && f !== 'no-plus-with-region',
);

export type OracleOn = 'input' | 'canonical' | 'rule';

/** Where each format's expectation comes from (see the design note). */
export const ORACLE_ON: Readonly<Record<PhoneFormat, OracleOn>> = {
  e164: 'input',
  international: 'input',
  national: 'input',
  'national-punctuated': 'input',
  idd: 'input',
  'no-plus-with-region': 'input',
  'no-plus': 'canonical',
  'tel-uri': 'input',
  'ext-word': 'input',
  'ext-x': 'input',
  'ext-hash': 'input',
  'arabic-indic': 'input',
  'extended-arabic-indic': 'input',
  fullwidth: 'canonical',
  devanagari: 'canonical',
  excel: 'canonical',
  'excel-truncated': 'rule',
  'text-embedded': 'input',
  'text-national': 'input',
  'ext-forms': 'input',
  vanity: 'canonical',
};

/** An input before the oracle has run on it. */
export interface CorpusInput {
  readonly input: string;
  readonly defaultRegion?: string;
  readonly format: PhoneFormat;
}

export interface CorpusItem extends CorpusInput {
  readonly oracleOn: OracleOn;
  readonly expected: Expected;
  /** The reading ringfence must report, where the format decides it. */
  readonly reading?: ExpectedReading;
  /** What the generator drew: region plan, type, perturbation and canonical E.164. */
  readonly source: {
    readonly region: string;
    readonly type: string;
    readonly kind: NumberKind;
    readonly e164: string;
  };
}

function mapDigits(s: string, zero: number): string {
  let out = '';
  for (const c of s) out += c >= '0' && c <= '9' ? String.fromCharCode(zero + Number(c)) : c;
  return out;
}

/**
 * Splits digits into groups of 2-4 and a last group of 1-4: a one-digit last group after a dot
 * (`2218.0`) is what a pandas float column looks like, and is kept on purpose.
 */
function groups(digits: string, rng: Rng): string[] {
  const out: string[] = [];
  let i = 0;
  while (digits.length - i > 4) {
    const size = rng.range(2, 4);
    out.push(digits.slice(i, i + size));
    i += size;
  }
  if (i < digits.length) out.push(digits.slice(i));
  return out;
}

const SEPARATORS = [' ', '-', '.', '/', ' - ', '  '];

function punctuate(digits: string, rng: Rng): string {
  const parts = groups(digits, rng);
  if (parts.length > 1 && rng.chance(0.3)) parts[0] = `(${parts[0]})`;
  const sep = rng.pick(SEPARATORS);
  const mixed = rng.chance(0.3);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i++) out += (mixed ? rng.pick(SEPARATORS) : sep) + parts[i]!;
  return out;
}

/**
 * Scientific notation as Excel shows it. Only a mantissa with every digit of the number (trailing
 * zeros included) proves nothing was lost: `9.22521471E+10` may be 92252147100 or a rounded
 * 92252147098, so a shorter mantissa is the truncated form, whatever digits it dropped.
 */
function excelNotation(mantissa: string, exponent = mantissa.length - 1): string {
  return mantissa.length === 1
    ? `${mantissa}E+${exponent}`
    : `${mantissa[0]}.${mantissa.slice(1)}E+${exponent}`;
}

/** Regions with an international dialling prefix, to dial other regions' numbers from. */
function iddRegions(): readonly RegionPlan[] {
  return regionPlans().filter((p) => p.idd !== null);
}

export interface GenerateOptions {
  readonly seed: number;
  /** Stop after this many inputs (default: never). */
  readonly count?: number;
  /** Only these formats (default: all). */
  readonly formats?: readonly PhoneFormat[];
}

interface Draft extends CorpusInput {
  readonly canonical: CanonicalNumber;
  /** For formats the oracle cannot read: the same number as `+` and ASCII digits. */
  readonly canonicalText?: string;
}

/** Back to ASCII: `+` for U+FF0B, 0-9 for the decimal digits of the scripts used here. */
function toAscii(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c === 0xff0b) out += '+';
    else if (c >= 0xff10 && c <= 0xff19) out += String(c - 0xff10);
    else if (c >= 0x0966 && c <= 0x096f) out += String(c - 0x0966);
    else out += ch;
  }
  return out;
}

function* renderFormats(
  c: CanonicalNumber,
  wanted: ReadonlySet<PhoneFormat>,
  rng: Rng,
  dialFrom: readonly RegionPlan[],
): Generator<Draft> {
  const cc = c.callingCode;
  const nsn = c.nsn;
  const plan = c.plan;
  const geographic = plan !== null && plan.region !== '001';
  const e164 = `+${cc}${nsn}`;
  const phone = c.oracle.phone;
  const international = phone !== null && c.oracle.expected.ok ? phone.formatInternational() : e164;
  const plusForm = (): string => (rng.chance(0.5) ? international : e164);
  const draft = (format: PhoneFormat, input: string, defaultRegion?: string): Draft =>
    defaultRegion === undefined
      ? { input, format, canonical: c }
      : { input, format, defaultRegion, canonical: c };
  const unreadable = (format: PhoneFormat, input: string, canonicalText: string): Draft => ({
    input,
    format,
    canonical: c,
    canonicalText,
  });

  if (wanted.has('e164')) yield draft('e164', e164);
  if (wanted.has('international') && c.oracle.expected.ok && c.oracle.expected.valid) {
    yield draft('international', international);
  }
  if (geographic && phone !== null && wanted.has('national')) {
    yield draft('national', phone.formatNational(), plan.region);
  }
  if (geographic && wanted.has('national-punctuated')) {
    const prefix = plan.nationalPrefix !== null && rng.chance(0.7) ? plan.nationalPrefix : '';
    yield draft('national-punctuated', punctuate(prefix + nsn, rng), plan.region);
  }
  if (wanted.has('idd')) {
    const from = rng.pick(dialFrom);
    const idd = samplePattern(from.idd!, rng) ?? '00';
    const input = rng.chance(0.5) ? `${idd}${cc}${nsn}` : `${idd} ${cc} ${punctuate(nsn, rng)}`;
    yield draft('idd', input, from.region);
  }
  if (geographic && wanted.has('no-plus-with-region')) {
    yield draft('no-plus-with-region', `${cc}${nsn}`, plan.region);
  }
  if (wanted.has('no-plus')) yield unreadable('no-plus', `${cc}${nsn}`, e164);
  if (wanted.has('tel-uri')) {
    const ext = rng.chance(0.5) ? `;ext=${rng.digits(rng.range(1, 5))}` : '';
    yield draft('tel-uri', `tel:+${cc}-${groups(nsn, rng).join('-')}${ext}`);
  }
  const ext = (): string => rng.digits(rng.range(1, 5));
  if (wanted.has('ext-word')) yield draft('ext-word', `${plusForm()} ext. ${ext()}`);
  if (wanted.has('ext-x')) yield draft('ext-x', `${plusForm()} x${ext()}`);
  if (wanted.has('ext-hash')) yield draft('ext-hash', `${plusForm()}#${ext()}`);
  if (wanted.has('arabic-indic')) yield draft('arabic-indic', mapDigits(plusForm(), 0x0660));
  if (wanted.has('extended-arabic-indic')) {
    yield draft('extended-arabic-indic', mapDigits(plusForm(), 0x06f0));
  }
  if (wanted.has('fullwidth')) {
    const input = mapDigits(plusForm(), 0xff10).replace('+', '\uff0b');
    yield unreadable('fullwidth', input, toAscii(input));
  }
  if (wanted.has('devanagari')) {
    const input = mapDigits(plusForm(), 0x0966);
    yield unreadable('devanagari', input, toAscii(input));
  }
  if (wanted.has('text-embedded')) {
    yield draft('text-embedded', `${rng.pick(TEXT_BEFORE)}${plusForm()}${rng.pick(TEXT_AFTER)}`);
  }
  if (geographic && phone !== null && wanted.has('text-national')) {
    const text = `${rng.pick(TEXT_BEFORE)}${phone.formatNational()}${rng.pick(TEXT_AFTER)}`;
    yield draft('text-national', text, plan.region);
  }
  if (wanted.has('ext-forms')) {
    const form = rng.pick(EXTENSION_FORMS);
    // Lengths around libphonenumber's limits (6, 9, 15, 20 digits by form).
    const length = rng.chance(0.8) ? rng.range(1, 6) : rng.range(7, 22);
    const national = geographic && phone !== null && rng.chance(0.3);
    const number = national ? phone.formatNational() : plusForm();
    const input = form.replace('N', rng.digits(length));
    yield draft('ext-forms', `${number}${input}`, national ? plan.region : undefined);
  }
  if (wanted.has('vanity') && nsn.length >= 7 && c.oracle.expected.ok && c.oracle.expected.valid) {
    // The last three to seven digits written as letters, as on a billboard. libphonenumber-js
    // drops the letters; libphonenumber, and ringfence when the result is valid, read them as
    // keypad digits: the expectation is the number the letters spell.
    const letters = rng.range(3, Math.min(7, nsn.length - 1));
    const head = nsn.slice(0, nsn.length - letters);
    let word = '';
    for (let k = nsn.length - letters; k < nsn.length; k++) word += vanityLetter(nsn[k]!, rng);
    // libphonenumber reads letters only when there are three (0 and 1 have none).
    if ((word.match(/[A-Z]/g)?.length ?? 0) >= 3) {
      yield unreadable('vanity', `+${cc} ${head}${rng.pick(['', '-', ' '])}${word}`, e164);
    }
  }
  const digits = cc + nsn;
  // Excel keeps 15 significant digits: longer numbers cannot have survived it intact.
  if (digits.length <= 15) {
    if (wanted.has('excel')) yield unreadable('excel', excelNotation(digits), e164);
    if (wanted.has('excel-truncated') && digits.length >= 3) {
      const kept = digits.slice(0, rng.range(2, Math.min(digits.length - 1, 7)));
      yield draft('excel-truncated', excelNotation(kept.replace(/0+$/, ''), digits.length - 1));
    }
  }
}

const TEXT_BEFORE = [
  '',
  'Phone: ',
  'Tel.: ',
  'Call me on ',
  'The number is ',
  'Téléphone : ',
  'Телефон: ',
  '电话：',
  '(',
  '"',
  'mob ',
];
const TEXT_AFTER = ['', '.', ' now!', ' (mobile)', ', thanks', ')', '"', '; fax ask', ' 😀'];

/** Extensions in libphonenumber's forms; N stands for the digits. */
export const EXTENSION_FORMS = [
  ' ext. N',
  ' ext N',
  ' EXT:N',
  ' extension N',
  ' extn N',
  ' xtensión, N',
  ' extensión N',
  ' anexo N',
  ' доб. N',
  ' доб N',
  ' ｅｘｔ N',
  ' x N',
  ' xN',
  ' X. N',
  ' ｘ N',
  '#N',
  ' #N#',
  ' ＃N',
  ' ~ N',
  ' ～ N',
  ' int N',
  ' int. N',
  ';ext=N',
  ',,N',
  ',,N#',
  ',N',
  ' , N',
  ';N',
  ' - N#',
  ' N#',
  ' ext. abc',
  ' ext.',
  ' #',
] as const;

const KEYPAD = ['', '', 'ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];

/** A letter for digit `d` on a phone keypad; 0 and 1 have none and stay digits. */
function vanityLetter(d: string, rng: Rng): string {
  const letters = KEYPAD[Number(d)]!;
  return letters === '' ? d : letters.charAt(rng.int(letters.length));
}

/** Canonical numbers: per round, every (region, type) in a shuffled order. */
function* canonicalNumbers(rng: Rng): Generator<CanonicalNumber> {
  const pairs: { plan: RegionPlan; type: TypePlan }[] = [];
  for (const plan of regionPlans()) for (const type of plan.types) pairs.push({ plan, type });
  const unassigned = unassignedCallingCodes();
  for (;;) {
    for (let i = pairs.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
    }
    for (const { plan, type } of pairs) {
      const valid = samplePattern(type.pattern, rng, type.lengths);
      if (valid === null) continue;
      const cc = plan.callingCode;
      yield canonical(plan, type.name, 'sampled', cc, valid);
      const kind = rng.pick(PERTURBATIONS);
      yield canonical(plan, type.name, kind, cc, perturb(kind, plan, valid, rng));
      if (rng.chance(0.02)) {
        const edge: NumberKind = rng.chance(0.5) ? 'too-short' : 'too-long';
        yield canonical(plan, type.name, edge, cc, perturb(edge, plan, valid, rng));
      }
      if (rng.chance(0.01)) {
        yield canonical(
          null,
          'NONE',
          'unassigned-cc',
          rng.pick(unassigned),
          rng.digits(rng.range(6, 12)),
        );
      }
    }
  }
}

function* drafts(options: GenerateOptions): Generator<Draft> {
  const rng = new Rng(options.seed);
  const wanted = new Set(options.formats ?? PHONE_FORMATS);
  const dialFrom = iddRegions();
  const limit = options.count ?? Infinity;
  let n = 0;
  if (n >= limit) return;
  for (const c of canonicalNumbers(rng)) {
    for (const d of renderFormats(c, wanted, rng, dialFrom)) {
      yield d;
      if (++n >= limit) return;
    }
  }
}

/** Inputs only, without running the oracle on them (for benchmarks and line files). */
export function* generateInputs(options: GenerateOptions): Generator<CorpusInput> {
  for (const d of drafts(options)) {
    yield d.defaultRegion === undefined
      ? { input: d.input, format: d.format }
      : { input: d.input, format: d.format, defaultRegion: d.defaultRegion };
  }
}

/**
 * The reading of a format the oracle cannot read, where the format decides it. Excel notation
 * is left to the engine (it has no `+`: a guessed calling code, or national with a region).
 */
function canonicalReading(format: PhoneFormat): ExpectedReading | undefined {
  switch (format) {
    case 'no-plus':
      return NO_PLUS_READING;
    case 'fullwidth':
    case 'devanagari':
    case 'vanity':
      return PLUS_READING;
    default:
      return undefined;
  }
}

/** The corpus: inputs with the oracle's expectation. Deterministic for a seed. */
export function* generateCorpus(options: GenerateOptions): Generator<CorpusItem> {
  for (const d of drafts(options)) {
    const c = d.canonical;
    const oracleOn = ORACLE_ON[d.format];
    let expected: Expected;
    let reading: ExpectedReading | undefined;
    const canonicalText = d.canonicalText ?? (d.format === 'e164' ? d.input : undefined);
    if (oracleOn === 'rule') {
      expected = { ok: false, code: 'EXCEL_PRECISION_LOST' };
    } else if (canonicalText !== undefined) {
      // The canonical number was parsed once already; a rendering that is not literally it (an
      // international format in other digits) gets its own run: the oracle is not idempotent
      // over formatting (+375 00867… formats as +375 0867…, which parses as +375 867…).
      const run = canonicalText === `+${c.callingCode}${c.nsn}` ? c.oracle : oracle(canonicalText);
      expected = run.expected;
      reading = d.format === 'e164' ? (run.reading ?? undefined) : canonicalReading(d.format);
    } else {
      const run = oracle(d.input, d.defaultRegion);
      expected = run.expected;
      reading = run.reading ?? undefined;
    }
    if (!expected.ok) reading = undefined;
    const source = {
      region: c.plan?.region ?? 'none',
      type: c.type,
      kind: c.kind,
      e164: `+${c.callingCode}${c.nsn}`,
    };
    const base = { input: d.input, format: d.format, oracleOn, expected, source };
    const withRegion =
      d.defaultRegion === undefined ? base : { ...base, defaultRegion: d.defaultRegion };
    yield reading === undefined ? withRegion : { ...withRegion, reading };
  }
}

// ---------------------------------------------------------------------------------------------
// Comparison and tally

/** Compared fields, in the order that decides an item's disagreement class. */
export const FIELDS = [
  'outcome',
  'e164',
  'region',
  'valid',
  'type',
  'possible',
  'extension',
  'reading',
] as const;

export type Field = (typeof FIELDS)[number];

/** The fields the issue asks agreement on; the others are recorded for the docs. */
export const ASSERTED_FIELDS: readonly Field[] = ['outcome', 'e164', 'region', 'valid', 'type'];

export type Actual = PhoneParseResult | { readonly ok: false; readonly threw: string };

function describeExpected(e: Expected): string {
  if (!e.ok) return e.code;
  return `${e.e164} ${e.region ?? 'null'} ${e.valid ? (e.type ?? 'valid') : e.possible ? 'possible' : 'impossible'}`;
}

function describeActual(a: Actual): string {
  if (!a.ok) return 'threw' in a ? `threw ${a.threw}` : a.error.code;
  const r = `${a.reading}${a.guessed ? '?' : ''}`;
  return `${a.e164} ${a.region ?? 'null'} ${a.valid ? (a.type ?? 'valid') : a.possible ? 'possible' : 'impossible'} (${r})`;
}

/** `ok (valid)`, `ok (possible)`, `ok (impossible)` or the error code. */
function outcomeOf(r: Expected | PhoneParseResult): string {
  if (!r.ok) return 'code' in r ? r.code : r.error.code;
  return `ok (${r.valid ? 'valid' : r.possible ? 'possible' : 'impossible'})`;
}

function e164Key(input: string, expected: string, actual: string): string {
  // The engine reads a final `.0` as a pandas float artefact, the oracle as one more digit.
  if (/\.0$/.test(input)) return 'trailing ".0" dropped';
  if (expected.startsWith(actual)) return 'missing trailing digits';
  if (actual.startsWith(expected)) return 'extra trailing digits';
  if (actual.endsWith(expected.slice(1))) return 'extra leading digits';
  if (expected.endsWith(actual.slice(1))) return 'missing leading digits';
  return 'other digits';
}

/** The disagreement key of the country-column rule (see firstDisagreement). */
export const NATIONAL_IMPOSSIBLE_READ_WITHOUT_PLUS =
  'impossible national reading → valid without + (guessed)';

/** The first field on which `actual` disagrees with `item`, and a short key; null if none. */
export function firstDisagreement(
  item: CorpusItem,
  actual: Actual,
): { field: Field; key: string } | null {
  const e = item.expected;
  if (!actual.ok) {
    const got = 'threw' in actual ? 'threw' : actual.error.code;
    if (e.ok || e.code !== got) return { field: 'outcome', key: `${outcomeOf(e)} → ${got}` };
    return null;
  }
  if (!e.ok) return { field: 'outcome', key: `${e.code} → ${outcomeOf(actual)}` };
  if (actual.e164 !== e.e164) {
    // The documented rule for a dump's country column (docs/phone-conformance.md): a national
    // number of impossible length there, valid with its own calling code, is read that way.
    if (!e.possible && actual.valid && actual.guessed && actual.reading === 'no-plus')
      return { field: 'e164', key: NATIONAL_IMPOSSIBLE_READ_WITHOUT_PLUS };
    return { field: 'e164', key: e164Key(item.input, e.e164, actual.e164) };
  }
  if (actual.region !== e.region) {
    return { field: 'region', key: `${e.region ?? 'null'} → ${actual.region ?? 'null'}` };
  }
  if (actual.valid !== e.valid) return { field: 'valid', key: `${e.valid} → ${actual.valid}` };
  if (actual.type !== e.type) {
    return { field: 'type', key: `${e.type ?? 'null'} → ${actual.type ?? 'null'}` };
  }
  if (actual.possible !== e.possible) {
    return { field: 'possible', key: `${e.possible} → ${actual.possible}` };
  }
  if (actual.extension !== e.extension) {
    const key =
      e.extension === null ? 'none → some' : actual.extension === null ? 'some → none' : 'differs';
    return { field: 'extension', key };
  }
  const r = item.reading;
  if (r !== undefined && (actual.reading !== r.reading || actual.guessed !== r.guessed)) {
    const show = (reading: string, guessed: boolean): string =>
      `${reading}${guessed ? ' (guessed)' : ''}`;
    return {
      field: 'reading',
      key: `${show(r.reading, r.guessed)} → ${show(actual.reading, actual.guessed)}`,
    };
  }
  return null;
}

function fieldAgrees(field: Field, item: CorpusItem, actual: Actual): boolean | null {
  const e = item.expected;
  if (field === 'reading') {
    if (item.reading === undefined) return null;
    return (
      actual.ok &&
      actual.reading === item.reading.reading &&
      actual.guessed === item.reading.guessed
    );
  }
  if (!e.ok || !actual.ok) {
    return !e.ok && !actual.ok && !('threw' in actual) && actual.error.code === e.code;
  }
  switch (field) {
    case 'outcome':
      return true;
    case 'e164':
      return actual.e164 === e.e164;
    case 'region':
      return actual.region === e.region;
    case 'valid':
      return actual.valid === e.valid;
    case 'type':
      return actual.type === e.type;
    case 'possible':
      return actual.possible === e.possible;
    case 'extension':
      return actual.extension === e.extension;
  }
}

export interface DisagreementClass {
  readonly format: PhoneFormat;
  readonly field: Field;
  readonly key: string;
  count: number;
  readonly examples: string[];
}

interface FormatStats {
  items: number;
  /** Items that agree on every field. */
  exact: number;
  readonly checked: Record<Field, number>;
  readonly agreed: Record<Field, number>;
}

function zeroFields(): Record<Field, number> {
  return Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
}

const EXAMPLES_PER_CLASS = 3;

/** Counts agreement per format and field, and groups disagreements into classes. */
export class ConformanceTally {
  readonly formats = new Map<PhoneFormat, FormatStats>();
  readonly classes = new Map<string, DisagreementClass>();
  total = 0;

  add(item: CorpusItem, actual: Actual): void {
    this.total++;
    let stats = this.formats.get(item.format);
    if (stats === undefined) {
      stats = { items: 0, exact: 0, checked: zeroFields(), agreed: zeroFields() };
      this.formats.set(item.format, stats);
    }
    stats.items++;
    for (const field of FIELDS) {
      const agrees = fieldAgrees(field, item, actual);
      if (agrees === null) continue;
      stats.checked[field]++;
      if (agrees) stats.agreed[field]++;
    }
    const d = firstDisagreement(item, actual);
    if (d === null) {
      stats.exact++;
      return;
    }
    const id = `${item.format}\u0000${d.field}\u0000${d.key}`;
    let cls = this.classes.get(id);
    if (cls === undefined) {
      cls = { format: item.format, field: d.field, key: d.key, count: 0, examples: [] };
      this.classes.set(id, cls);
    }
    cls.count++;
    if (cls.examples.length < EXAMPLES_PER_CLASS) {
      const region = item.defaultRegion === undefined ? '' : ` [${item.defaultRegion}]`;
      cls.examples.push(
        `${JSON.stringify(item.input)}${region} (${item.source.kind} ${item.source.region} ${item.source.type}): ` +
          `oracle ${describeExpected(item.expected)}; ringfence ${describeActual(actual)}`,
      );
    }
  }

  /** Share of `format`'s items that agree on `field` (1 when none was checked). */
  rate(format: PhoneFormat, field: Field): number {
    const s = this.formats.get(format);
    if (s === undefined || s.checked[field] === 0) return 1;
    return s.agreed[field] / s.checked[field];
  }

  /** Lowest agreement rate of `format` over the asserted fields. */
  assertedRate(format: PhoneFormat): number {
    return Math.min(...ASSERTED_FIELDS.map((f) => this.rate(format, f)));
  }

  sortedClasses(): DisagreementClass[] {
    const order = new Map(PHONE_FORMATS.map((f, i) => [f, i]));
    return [...this.classes.values()].sort(
      (a, b) => order.get(a.format)! - order.get(b.format)! || b.count - a.count,
    );
  }

  /** Markdown tables: agreement per format and field, then the disagreement classes. */
  toMarkdown(options: { maxClasses?: number } = {}): string {
    const pct = (x: number): string => (x === 1 ? '100%' : `${(x * 100).toFixed(3)}%`);
    const lines: string[] = [];
    lines.push(`Inputs compared: ${this.total.toLocaleString('en-US')}`, '');
    lines.push(
      `| format | oracle on | inputs | all fields | ${FIELDS.join(' | ')} |`,
      `|---|---|---:|---:|${FIELDS.map(() => '---:').join('|')}|`,
    );
    for (const format of PHONE_FORMATS) {
      const s = this.formats.get(format);
      if (s === undefined) continue;
      const cells = FIELDS.map((f) => (s.checked[f] === 0 ? '–' : pct(s.agreed[f] / s.checked[f])));
      lines.push(
        `| ${format} | ${ORACLE_ON[format]} | ${s.items.toLocaleString('en-US')} | ${pct(s.exact / s.items)} | ${cells.join(' | ')} |`,
      );
    }
    const classes = this.sortedClasses();
    const shown = classes.slice(0, options.maxClasses ?? classes.length);
    lines.push(
      '',
      `Disagreement classes: ${classes.length} (each input counted once, under its first differing field)`,
      '',
    );
    if (shown.length > 0) {
      lines.push(
        '| format | field | oracle → ringfence | inputs | share | examples |',
        '|---|---|---|---:|---:|---|',
      );
      for (const c of shown) {
        const items = this.formats.get(c.format)?.items ?? 1;
        const examples = c.examples
          .map((x) => `\`${x.replace(/`/g, "'").replace(/\|/g, '\\|')}\``)
          .join('<br>');
        lines.push(
          `| ${c.format} | ${c.field} | ${c.key} | ${c.count.toLocaleString('en-US')} | ${pct(c.count / items)} | ${examples} |`,
        );
      }
      if (shown.length < classes.length)
        lines.push('', `(${classes.length - shown.length} more classes not shown)`);
    }
    return lines.join('\n');
  }
}

/** Runs `parse` without letting a throw escape: a throw is a disagreement, not a crash. */
export function safeParse(
  parse: (input: string, options?: { defaultRegion?: string }) => PhoneParseResult,
  item: CorpusInput,
): Actual {
  try {
    return item.defaultRegion === undefined
      ? parse(item.input)
      : parse(item.input, { defaultRegion: item.defaultRegion });
  } catch (error) {
    return {
      ok: false,
      threw: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Running text, for findPhoneNumbers against libphonenumber-js's findPhoneNumbersInText

/** A text with numbers in it, and the default region it is read with. */
export interface TextItem {
  readonly text: string;
  readonly defaultRegion?: string;
}

/** Things in running text that look like numbers and are not, or are on the edge of it. */
const DISTRACTORS: readonly ((rng: Rng) => string)[] = [
  (rng) => `${rng.range(1, 28)}/${rng.range(1, 12)}/${rng.range(1990, 2030)}`,
  (rng) =>
    `${rng.range(1990, 2030)}-0${rng.range(1, 9)}-1${rng.range(0, 9)} 1${rng.range(0, 9)}:${rng.range(10, 59)}`,
  (rng) => `ISBN 978-${rng.digits(1)}-${rng.digits(3)}-${rng.digits(5)}-${rng.digits(1)}`,
  (rng) => `order #${rng.digits(rng.range(5, 12))}`,
  (rng) => `${rng.digits(rng.range(3, 8))}%`,
  (rng) => `$${rng.digits(rng.range(4, 10))}`,
  (rng) => `ID${rng.digits(rng.range(8, 12))}`,
  (rng) => `pp. ${rng.range(1, 200)}-${rng.range(201, 400)} (${rng.range(1990, 2020)})`,
  (rng) => rng.digits(rng.range(18, 30)),
  () => 'see you at 10:30',
];

const WORDS = [
  'call',
  'me',
  'or',
  'text',
  'on',
  'at',
  'office:',
  'mobile',
  'fax',
  'and',
  '—',
  'tel.',
];

/**
 * Texts mixing numbers in the formats people write (international, national with the text's
 * region, with extensions, glued to letters) with dates, times, ISBNs, amounts and long digit
 * runs. Deterministic for a seed.
 */
export function* generateTexts(options: { seed: number; count: number }): Generator<TextItem> {
  const rng = new Rng(options.seed);
  const numbers = canonicalNumbers(rng);
  for (let n = 0; n < options.count; n++) {
    const parts: string[] = [];
    let region: string | undefined;
    const pieces = rng.range(1, 4);
    for (let k = 0; k < pieces; k++) {
      if (rng.chance(0.3)) parts.push(rng.pick(DISTRACTORS)(rng));
      const c = numbers.next().value as CanonicalNumber;
      const phone = c.oracle.phone;
      const plan = c.plan;
      let written = `+${c.callingCode}${c.nsn}`;
      if (phone !== null && c.oracle.expected.ok) {
        const geographic = plan !== null && plan.region !== '001';
        if (geographic && (region === undefined || region === plan.region) && rng.chance(0.5)) {
          region = plan.region;
          written = phone.formatNational();
        } else {
          written = phone.formatInternational();
        }
      }
      if (rng.chance(0.15))
        written += rng.pick(EXTENSION_FORMS).replace('N', rng.digits(rng.range(1, 6)));
      const glue = rng.chance(0.1) ? rng.pick(['abc', 'x', 'Tel', '%', '€', '1']) : '';
      const after = rng.chance(0.1) ? rng.pick(['abc', '%', '$', '0']) : '';
      parts.push(`${rng.pick(WORDS)} ${glue}${written}${after}`);
    }
    const text = `${parts.join(rng.pick([' ', ', ', '; ', '\n', ' / ']))}${rng.pick(['', '.', '!'])}`;
    yield region === undefined ? { text } : { text, defaultRegion: region };
  }
}
