/**
 * Links in a message, and the brands their hosts imitate.
 *
 * Design. A message is scanned once, char code by char code, for two anchors: `://` (a URL with
 * a scheme: http, https, ftp and the defanged hxxp, hxxps) and a dot between two host
 * characters (a bare host: `dhl-track.top/abc`, `www.x.com`, `45.13.2.1/login`; the ideographic
 * and full-width dots count, as IDNA does). From a dot the host is grown left and right over
 * host characters; it must then be an IPv4 address or end in an ICANN public suffix (tldts), so
 * that `e.g.`, `file.txt`, `Mr.Smith`, `3.5` and `U.S.` are not links. A host touching `@` is an
 * e-mail address. A path runs to the first space, quote, angle bracket, CJK character or emoji
 * and loses its trailing punctuation, keeping balanced brackets. A text without a dot or `://`
 * costs one pass over its char codes; the brand tables and the shortener list are built on the
 * first link, never at import time.
 *
 * Imitation is decided on the registrable label (the registered domain without its suffix),
 * the subdomain labels and the path, each looked up in maps built once from the brand list:
 * official labels by homoglyph skeleton (`paypa1`, `аpple`, and `dhl.xyz`, though not the
 * brand's label under the country code of a country it serves), brand names and labels by
 * word (`dhl-redelivery`, `royal-mail`), by prefix or suffix (`myhmrc`) and, for names of five
 * letters or more, anywhere (`paypalsecure`), and by one edit (`amazom`) through a
 * deletion-neighbourhood index, so that a link costs a few map look-ups whatever the number of
 * brands. Names that are ordinary words or common inside words
 * match only as whole words (`chase`, `apple`, `revolut`) or not at all in hosts (`free`,
 * `orange`, `post`).
 */
import { readFileSync } from 'node:fs';
import { domainToUnicode } from 'node:url';
import { parse } from 'tldts';
import { defaultBrandIndex, foldWord, type BrandIndex } from './brands.js';
import type { BrandImitation, BrandMatch, UrlIndicator } from './types.js';

/** What the URL finder needs besides the text; tests pass small lists. */
export interface UrlData {
  readonly brands: BrandIndex;
  /** Registered domains and hosts of URL shorteners, lower case. */
  readonly shorteners: ReadonlySet<string>;
}

// ---------------------------------------------------------------------------------------------
// Character classes

const HOST_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  HOST_ASCII[c] =
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x2d ||
    c === 0x5f
      ? 1
      : 0;
}

/** A character that may be part of a host name as people write it (IDN letters included). */
function isHostCode(c: number): boolean {
  if (c < 0x80) return HOST_ASCII[c] === 1;
  if (c < 0xc0) return false;
  if (c <= 0x2af) return c !== 0xd7 && c !== 0xf7; // Latin-1, Latin Extended, IPA (ɑ, ɡ)
  if (c >= 0x300 && c <= 0x36f) return true; // combining marks
  if (c >= 0x370 && c <= 0x3ff) return c !== 0x375 && c !== 0x37e && c !== 0x387; // Greek
  if (c >= 0x400 && c <= 0x52f) return true; // Cyrillic
  if (c >= 0x531 && c <= 0x587) return true; // Armenian
  if (c >= 0x5d0 && c <= 0x5ea) return true; // Hebrew letters
  if (c >= 0x620 && c <= 0x669) return c !== 0x640; // Arabic letters, marks, digits
  if (c >= 0x671 && c <= 0x6d3) return true;
  if (c >= 0x900 && c <= 0x97f) return c !== 0x964 && c !== 0x965; // Devanagari
  if (c >= 0xe01 && c <= 0xe4e) return true; // Thai
  if (c >= 0x1e00 && c <= 0x1eff) return true; // Latin Extended Additional
  // Full-width digits and letters, which IDNA maps to ASCII.
  return (
    (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)
  );
}

/** Scripts that never mix with Latin inside a real label: a boundary between words. */
function isRtlOrIndic(c: number): boolean {
  return (c >= 0x590 && c <= 0x6ff) || (c >= 0x900 && c <= 0x97f) || (c >= 0xe00 && c <= 0xe7f);
}

/**
 * Between these two neighbours a host cannot go on: ASCII next to Arabic, Hebrew, Devanagari,
 * Thai (or CJK), as when text runs into a link without a space (`اضغطdhl.com`, `dhl.com请`).
 */
function isScriptBreak(a: number, b: number, cjk: boolean): boolean {
  const other = (c: number): boolean => isRtlOrIndic(c) || (cjk && isCjkCode(c));
  return (isAsciiAlnum(a) && other(b)) || (other(a) && isAsciiAlnum(b));
}

function isDotCode(c: number): boolean {
  return c === 0x2e || c === 0x3002 || c === 0xff0e || c === 0xff61;
}

const PATH_EXCLUDED_ASCII = '<>"`\\^{}|';

function isPathCode(c: number): boolean {
  if (c <= 0x20 || c === 0x7f) return false;
  if (c < 0x80) return !PATH_EXCLUDED_ASCII.includes(String.fromCharCode(c));
  if (c <= 0xbf) return false; // C1 controls, no-break space, « », ¡ ¿, © and other signs
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, quotes, …, arrows, symbols
  if (c >= 0x2e80 && c <= 0x9fff) return false; // CJK, including its punctuation
  if (c >= 0xac00 && c <= 0xd7af) return false; // Hangul
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral: emoji
  if (c >= 0xf900) return false; // compatibility forms, full-width punctuation, BOM
  if (c === 0x60c || c === 0x61b || c === 0x61f || c === 0x6d4 || (c >= 0x66a && c <= 0x66d))
    return false; // Arabic punctuation
  if (c === 0x964 || c === 0x965 || c === 0x1680) return false;
  return true;
}

const TRAILING_PUNCTUATION = `.,:;!?'"*`;

// ---------------------------------------------------------------------------------------------
// Scanner

interface Candidate {
  readonly start: number;
  readonly end: number;
  /** `https`, `http` or `ftp` as written (refanged), `''` for a bare host. */
  readonly scheme: string;
  /** Where the authority starts (after `://`), = hostStart for a bare host. */
  readonly authorityStart: number;
  readonly hostStart: number;
  readonly hostEnd: number;
  /** Bracketed IPv6 literal: host is inside `[` `]`. */
  readonly ipv6: boolean;
  /** Where the path starts (after host and port). */
  readonly pathStart: number;
}

const SCHEMES: readonly (readonly [string, string])[] = [
  ['https', 'https'],
  ['http', 'http'],
  ['hxxps', 'https'],
  ['hxxp', 'http'],
  ['hxtps', 'https'],
  ['hxtp', 'http'],
  ['ftp', 'ftp'],
];

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || isDigitCode(c);
}

/**
 * Han, kana and Hangul: host characters only after a scheme, since CJK text runs into a bare
 * host without a space (`请访问dhl.com`).
 */
function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3041 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)
  );
}

/** End of a host grown rightwards from `from` (a host character). */
function growRight(text: string, from: number, cjk = false): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isHostCode(c) || (cjk && isCjkCode(c))) {
      if (i > from && isScriptBreak(text.charCodeAt(i - 1), c, cjk)) break;
      i++;
    } else if (isDotCode(c) && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      if (isHostCode(next) || (cjk && isCjkCode(next))) i++;
      else break;
    } else break;
  }
  return i;
}

/** End of an optional `:port` and the start of the path. */
function portEnd(text: string, hostEnd: number): number {
  if (text.charCodeAt(hostEnd) !== 0x3a) return hostEnd;
  let i = hostEnd + 1;
  while (i < text.length && i - hostEnd <= 5 && isDigitCode(text.charCodeAt(i))) i++;
  if (i === hostEnd + 1 || i - hostEnd > 6) return hostEnd;
  const next = text.charCodeAt(i);
  return Number.isNaN(next) || !isHostCode(next) ? i : hostEnd;
}

function count(text: string, from: number, to: number, code: number): number {
  let k = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) k++;
  return k;
}

/** End of the path starting at `from` (which holds `/`, `?` or `#`), trailing punctuation off. */
function pathEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (!isPathCode(c) || (end > from && isScriptBreak(text.charCodeAt(end - 1), c, false))) break;
    end++;
  }
  while (end > from) {
    const c = text.charCodeAt(end - 1);
    if (TRAILING_PUNCTUATION.includes(String.fromCharCode(c))) end--;
    else if (c === 0x29 && count(text, from, end, 0x29) > count(text, from, end, 0x28)) end--;
    else if (c === 0x5d && count(text, from, end, 0x5d) > count(text, from, end, 0x5b)) end--;
    else break;
  }
  // A lone `/` left by trimming (`dhl.com/.`) stays: it is still the URL's path.
  return end;
}

function afterHost(text: string, hostEnd: number): { pathStart: number; end: number } {
  const pathStart = portEnd(text, hostEnd);
  const c = text.charCodeAt(pathStart);
  if (c === 0x2f || c === 0x3f || c === 0x23) {
    return { pathStart, end: pathEnd(text, pathStart) };
  }
  return { pathStart, end: pathStart };
}

function schemeAt(text: string, colon: number, floor: number): Candidate | null {
  let j = colon;
  while (j > floor && colon - j < 12 && isAsciiLetter(text.charCodeAt(j - 1))) j--;
  const letters = text.slice(j, colon).toLowerCase();
  let scheme = '';
  let start = colon;
  for (const [written, normal] of SCHEMES) {
    if (letters.endsWith(written)) {
      scheme = normal;
      start = colon - written.length;
      break;
    }
  }
  if (scheme === '') return null;
  const authorityStart = colon + 3;
  const n = text.length;
  if (text.charCodeAt(authorityStart) === 0x5b) {
    // [IPv6]
    const close = text.indexOf(']', authorityStart);
    if (close < 0 || close - authorityStart > 47) return null;
    const inside = text.slice(authorityStart + 1, close);
    if (!/^[0-9a-fA-F:.]+$/.test(inside) || !inside.includes(':')) return null;
    const { pathStart, end } = afterHost(text, close + 1);
    return {
      start,
      end,
      scheme,
      authorityStart,
      hostStart: authorityStart + 1,
      hostEnd: close,
      ipv6: true,
      pathStart,
    };
  }
  // Userinfo: the host follows the last `@` of the authority (`https://paypal.com@evil.top/`).
  let hostStart = authorityStart;
  for (let k = authorityStart; k < n && k - authorityStart < 256; k++) {
    const c = text.charCodeAt(k);
    if (c <= 0x20 || c === 0x2f || c === 0x3f || c === 0x23 || c === 0x3c || c === 0x3e) break;
    if (c === 0x40) hostStart = k + 1;
  }
  const first = text.charCodeAt(hostStart);
  if (hostStart >= n || !(isHostCode(first) || isCjkCode(first))) return null;
  const hostEnd = growRight(text, hostStart, true);
  const { pathStart, end } = afterHost(text, hostEnd);
  return { start, end, scheme, authorityStart, hostStart, hostEnd, ipv6: false, pathStart };
}

/** A bare host around the dot at `dot`, or the index to resume scanning from (negative). */
function bareAt(text: string, dot: number, floor: number): Candidate | number {
  let hostStart = dot;
  while (hostStart > floor) {
    const c = text.charCodeAt(hostStart - 1);
    if (isHostCode(c)) {
      if (isScriptBreak(c, text.charCodeAt(hostStart), false)) break;
      hostStart--;
    } else if (
      isDotCode(c) &&
      hostStart - 2 >= floor &&
      isHostCode(text.charCodeAt(hostStart - 2))
    ) {
      hostStart--;
    } else break;
  }
  let hostEnd = growRight(text, dot + 1);
  const resume = -hostEnd;
  while (hostStart < dot && isHyphenOrUnderscore(text.charCodeAt(hostStart))) hostStart++;
  while (hostEnd > dot + 1 && isHyphenOrUnderscore(text.charCodeAt(hostEnd - 1))) hostEnd--;
  if (hostStart === dot || hostEnd === dot + 1) return resume;
  const before = hostStart > 0 ? text.charCodeAt(hostStart - 1) : 0x20;
  const after = hostEnd < text.length ? text.charCodeAt(hostEnd) : 0x20;
  // E-mail address (either side of `@`), a path segment, or a contraction (`ok.it's`).
  if (before === 0x40 || after === 0x40 || before === 0x2f || before === 0x5c) return resume;
  if ((after === 0x27 || after === 0x2019) && isAsciiLetter(text.charCodeAt(hostEnd + 1)))
    return resume;
  const { pathStart, end } = afterHost(text, hostEnd);
  return {
    start: hostStart,
    end,
    scheme: '',
    authorityStart: hostStart,
    hostStart,
    hostEnd,
    ipv6: false,
    pathStart,
  };
}

function isHyphenOrUnderscore(c: number): boolean {
  return c === 0x2d || c === 0x5f;
}

/** Candidate links in text order, not yet checked against the public suffix list. */
function scan(text: string, accept: (c: Candidate) => boolean): void {
  const n = text.length;
  let floor = 0;
  for (let i = 1; i < n - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a) {
      if (text.charCodeAt(i + 1) !== 0x2f || text.charCodeAt(i + 2) !== 0x2f) continue;
      const cand = schemeAt(text, i, floor);
      if (cand !== null && accept(cand)) {
        floor = cand.end;
        i = cand.end - 1;
      }
    } else if (isDotCode(c)) {
      if (!isHostCode(text.charCodeAt(i + 1)) || !isHostCode(text.charCodeAt(i - 1))) continue;
      const cand = bareAt(text, i, floor);
      if (typeof cand === 'number') {
        i = -cand - 1;
      } else if (accept(cand)) {
        floor = cand.end;
        i = cand.end - 1;
      } else {
        i = cand.hostEnd - 1;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Hosts

const TLDTS_OPTIONS = {
  allowPrivateDomains: false,
  extractHostname: false,
  detectIp: false,
  validateHostname: false,
  mixedInputs: false,
} as const;

function isIpv4(host: string): boolean {
  const parts = host.split('.');
  if (parts.length !== 4) return false;
  for (const p of parts) {
    if (p.length === 0 || p.length > 3 || !/^[0-9]+$/.test(p) || Number(p) > 255) return false;
  }
  return true;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

function normaliseDots(s: string): string {
  return s.replace(/[\u3002\uff0e\uff61]/g, '.');
}

/**
 * Suffixes that are everyday words. SMS writers often leave out the space after a full stop
 * (`Wife.how are you`, `tomorrow.call me`, `pain.it`), which makes a bare host of two words.
 */
const WORD_GTLDS = new Set([
  'baby', 'bar', 'best', 'boo', 'buzz', 'call', 'car', 'care', 'cat', 'cool', 'dad', 'date',
  'dating', 'day', 'deal', 'dog', 'eat', 'fail', 'family', 'fit', 'free', 'fun', 'game', 'gay',
  'gift', 'guru', 'help', 'hot', 'how', 'ice', 'inc', 'jobs', 'joy', 'kim', 'life', 'like', 'lol',
  'love', 'ltd', 'men', 'mom', 'new', 'ninja', 'now', 'one', 'onion', 'pub', 'rip', 'rocks', 'run',
  'sale', 'sex', 'tips', 'today', 'vote', 'win', 'work', 'world', 'wow', 'wtf', 'xxx', 'you',
]); // prettier-ignore
/** Country codes that are also short words in one of the cue languages. */
const WORD_CCTLDS = new Set([
  'am', 'as', 'at', 'be', 'by', 'de', 'do', 'es', 'im', 'in', 'is', 'it', 'la', 'ma', 'me', 'my',
  'ne', 'no', 'pa', 're', 'se', 'si', 'so', 'to', 'us', 've',
]); // prettier-ignore

/**
 * A bare host without path or port that is more likely two words run together than a link:
 * on a word-like generic suffix unless the label has a hyphen or digit (`dhl-pay.live`); on a
 * word-like country code when the label is short, or capitalised as at the start of a sentence.
 */
function looksLikeProse(written: string, host: string, domain: string, suffix: string): boolean {
  const label = domain.slice(0, domain.length - suffix.length - 1);
  const marked = label.length >= 5 && /[-0-9]/.test(label);
  if (WORD_GTLDS.has(suffix)) return !marked && !host.startsWith('www.');
  if (!WORD_CCTLDS.has(suffix) || host !== domain || marked) return false;
  return label.length < 6 || written !== host;
}

const SCRIPT_TESTS: readonly (readonly [string, RegExp])[] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  // Japanese writes one word in Han, Hiragana and Katakana: one group.
  ['Japanese', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
];

function scriptOf(ch: string): string | null {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return isAsciiLetter(c) ? 'Latin' : null;
  for (const [name, re] of SCRIPT_TESTS) if (re.test(ch)) return name;
  return /\p{L}/u.test(ch) ? 'Other' : null;
}

/** A label of the (Unicode) host mixes letters of two scripts (`аpple` with a Cyrillic а). */
export function hasMixedScriptLabel(host: string): boolean {
  if (isAscii(host)) return false;
  for (const label of host.split('.')) {
    let first: string | null = null;
    for (const ch of label) {
      const script = scriptOf(ch);
      if (script === null) continue;
      if (first === null) first = script;
      else if (script !== first) return true;
    }
  }
  return false;
}

function chatOf(host: string, domain: string | null, path: string): 'whatsapp' | 'telegram' | null {
  switch (domain) {
    case 'wa.me':
    case 'wa.link':
      return 'whatsapp';
    case 'whatsapp.com':
      return host === 'chat.whatsapp.com' ||
        /^\/send\b/.test(path) ||
        path.startsWith('/channel/') ||
        path.startsWith('/message/')
        ? 'whatsapp'
        : null;
    case 't.me':
    case 'telegram.me':
    case 'telegram.dog':
      return 'telegram';
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Homoglyph skeleton

const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', с: 'c', ԁ: 'd', е: 'e', һ: 'h', і: 'i', ј: 'j', к: 'k', ӏ: 'l', м: 'm', о: 'o',
  р: 'p', ԛ: 'q', ѕ: 's', т: 't', у: 'y', х: 'x', ԝ: 'w', ь: 'b', п: 'n', г: 'r',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ω: 'w', γ: 'y', μ: 'u',
  // Armenian
  ո: 'n', ս: 'u', օ: 'o', ց: 'g', հ: 'h', զ: 'q',
  // Latin look-alikes
  ı: 'i', ɑ: 'a', ɡ: 'g', ɩ: 'i', ʟ: 'l', ⅼ: 'l',
}; // prettier-ignore

/**
 * The homoglyph skeleton of a host label, to compare it with official labels: lower case,
 * accents dropped, Cyrillic, Greek and Armenian look-alikes mapped to Latin, `0`→o, `1`→l,
 * `rn`→m, `vv`→w, and a capital `I` → l when the label also has lower-case letters (`dhI` is
 * written to pass for `dhl`; `IRS` in capitals is just IRS).
 */
export function skeleton(label: string): string {
  let hasLower = false;
  for (let i = 0; i < label.length && !hasLower; i++) {
    const c = label.charCodeAt(i);
    hasLower = c >= 0x61 && c <= 0x7a;
  }
  if (isAscii(label)) {
    let s = hasLower && label.includes('I') ? label.replace(/I/g, 'l') : label;
    s = s.toLowerCase();
    if (s.includes('0')) s = s.replace(/0/g, 'o');
    if (s.includes('1')) s = s.replace(/1/g, 'l');
    return s.includes('rn') || s.includes('vv') ? s.replace(/rn/g, 'm').replace(/vv/g, 'w') : s;
  }
  let out = '';
  for (const ch of label) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) {
      if (c === 0x49 && hasLower) out += 'l';
      else if (c === 0x30) out += 'o';
      else if (c === 0x31) out += 'l';
      else out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c | 0x20) : ch;
      continue;
    }
    const lower = ch.toLowerCase();
    const direct = CONFUSABLES[lower];
    if (direct !== undefined) {
      out += direct;
      continue;
    }
    const bare = lower.normalize('NFKD').replace(/\p{M}/gu, '');
    let mapped = '';
    for (const b of bare) mapped += CONFUSABLES[b] ?? b;
    out += mapped;
  }
  return out.includes('rn') || out.includes('vv')
    ? out.replace(/rn/g, 'm').replace(/vv/g, 'w')
    : out;
}

/** Optimal string alignment distance (edits and adjacent transpositions), capped at 2. */
function osaDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin >= 2) return 2;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[m]!, 2);
}

// ---------------------------------------------------------------------------------------------
// Brand keys

/** Official labels too generic to say anything when they appear in someone else's host. */
const HOST_STOP = new Set([
  'www', 'service', 'my', 'mabanque', 'free', 'orange', 'three', 'sky', 'target', 'post', 'wise',
  'cash', 'visa', 'noon', 'crypto', 'ledger', 'office', 'live', 'messenger', 'canada', 'turkiye',
  'pajak', 'me', 'ants', 'jet', 'epg', 'nationwide', 'meta', 'db', 'bb', 'rt', 'te', 'du', 'wa',
  'govuk', 'govbr', 'nooncom', 'cryptocom', 'steam',
]); // prettier-ignore

/**
 * Names that are ordinary words or common inside other words (`purchase`, `pineapple`,
 * `revolution`, Turkish `mobilya`): whole words only, never a prefix, suffix, substring or
 * one edit away.
 */
const WHOLE_WORD_ONLY = new Set([
  'apple', 'chase', 'citi', 'ozon', 'hermes', 'mobily', 'ameli', 'caixa', 'revolut', 'zelle',
  'papara', 'outlook', 'kraken', 'antai', 'nalog', 'tbank', 'kotak', 'smsa', 'spl', 'bpost',
  'halifax', 'iliad', 'telekom', 'poste', 'autostrade', 'estafeta', 'elster', 'seur', 'norton',
  'viber', 'yodel', 'monzo', 'venmo', 'zain', 'appstore', 'correos', 'lloyds', 'sber', 'temu',
  'evri', 'dazn', 'inps', 'ikea', 'lidl', 'etsy', 'itau', 'amex', 'bofa',
]); // prettier-ignore

const enum Reach {
  /** A whole hyphen- or digit-delimited word of the label. */
  Word = 0,
  /** Also the start or end of a word (`myhmrc`, `dhlparcel`). */
  Affix = 1,
  /** Also anywhere inside a word (`securepaypalverify`). */
  Anywhere = 2,
}

interface BrandKey {
  readonly brand: string;
  readonly official: string;
  readonly reach: Reach;
  /** Two-letter names (`ee`, `o2`, `bt`): host words only, never in a path. */
  readonly tiny: boolean;
}

interface BrandKeys {
  /** Skeleton of an official registrable label (`royalmail`, `gls-group`) → key. */
  readonly labels: Map<string, BrandKey>;
  /** Compact name or label (`royalmail`, `hmrc`, `bankofamerica`) → key. */
  readonly words: Map<string, BrandKey>;
  /** Skeleton of a compact name or label → key. */
  readonly skeletons: Map<string, BrandKey>;
  /** Skeletons of keys that may match one edit away. */
  readonly fuzzy: Map<string, BrandKey>;
  /** One-deletion variants of the fuzzy skeletons → those skeletons. */
  readonly deletions: Map<string, string[]>;
  /** Lengths of the keys that may match as a prefix or suffix, longest first. */
  readonly affixLengths: readonly number[];
  /** First four letters → keys that may match anywhere. */
  readonly quads: Map<string, string[]>;
}

function compact(name: string): string {
  return foldWord(name.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, '');
}

function reachOf(key: string): Reach {
  if (WHOLE_WORD_ONLY.has(key)) return Reach.Word;
  if (key.length >= 5) return Reach.Anywhere;
  if (key.length === 4) return Reach.Affix;
  if (key.length === 3 && /^[^aeiouy]+$/.test(key)) return Reach.Affix;
  return Reach.Word;
}

function buildKeys(index: BrandIndex): BrandKeys {
  const labels = new Map<string, BrandKey>();
  const words = new Map<string, BrandKey>();
  const skeletons = new Map<string, BrandKey>();
  const affix = new Set<number>();
  const quads = new Map<string, string[]>();
  const addWord = (word: string, brand: string, official: string, tiny: boolean): void => {
    if (words.has(word) || HOST_STOP.has(word)) return;
    const key: BrandKey = { brand, official, reach: tiny ? Reach.Word : reachOf(word), tiny };
    words.set(word, key);
    const sk = skeleton(word);
    if (!skeletons.has(sk)) skeletons.set(sk, key);
    if (key.reach >= Reach.Affix) affix.add(word.length);
    if (key.reach === Reach.Anywhere) {
      const q = word.slice(0, 4);
      const list = quads.get(q);
      if (list === undefined) quads.set(q, [word]);
      else list.push(word);
    }
  };
  for (const brand of index.brands) {
    const primary = brand.domains[0] ?? '';
    for (const domain of brand.domains) {
      const label = parse(domain, TLDTS_OPTIONS).domainWithoutSuffix ?? '';
      const word = compact(label);
      if (word.length < 3 || HOST_STOP.has(word)) continue;
      const sk = skeleton(label);
      if (!labels.has(sk))
        labels.set(sk, { brand: brand.id, official: domain, reach: reachOf(word), tiny: false });
      addWord(word, brand.id, domain, false);
    }
    for (const name of brand.names) {
      const word = compact(name);
      if (word.length === 2 && word === name) addWord(word, brand.id, primary, true);
      else if (word.length >= 3) addWord(word, brand.id, primary, false);
    }
  }
  const fuzzy = new Map<string, BrandKey>();
  const deletions = new Map<string, string[]>();
  for (const [word, key] of words) {
    if (key.reach === Reach.Word || word.length < 5) continue;
    const sk = skeleton(word);
    if (fuzzy.has(sk)) continue;
    fuzzy.set(sk, key);
    for (let i = 0; i < sk.length; i++) {
      const d = sk.slice(0, i) + sk.slice(i + 1);
      const list = deletions.get(d);
      if (list === undefined) deletions.set(d, [sk]);
      else if (!list.includes(sk)) list.push(sk);
    }
  }
  return {
    labels,
    words,
    skeletons,
    fuzzy,
    deletions,
    affixLengths: [...affix].sort((a, b) => b - a),
    quads,
  };
}

/**
 * A key one edit (substitution, adjacent swap, and unless `sameLength` an insertion or deletion)
 * from this skeleton. An inserted or deleted first letter does not count: `mobile` is a word,
 * not a typo of `tmobile`.
 */
function oneEditAway(keys: BrandKeys, sk: string, sameLength: boolean): BrandKey | null {
  if (keys.fuzzy.has(sk)) return null; // a brand's own name, not a typo of another
  const tryKey = (candidate: string): BrandKey | null => {
    if (candidate === sk) return null;
    if (candidate.length !== sk.length && (sameLength || candidate[0] !== sk[0])) return null;
    const key = keys.fuzzy.get(candidate);
    return key !== undefined && osaDistance(sk, candidate) === 1 ? key : null;
  };
  if (!sameLength) {
    for (const candidate of keys.deletions.get(sk) ?? []) {
      const hit = tryKey(candidate);
      if (hit !== null) return hit;
    }
  }
  for (let i = 0; i < sk.length; i++) {
    const d = sk.slice(0, i) + sk.slice(i + 1);
    const direct = sameLength ? null : tryKey(d);
    if (direct !== null) return direct;
    for (const candidate of keys.deletions.get(d) ?? []) {
      const hit = tryKey(candidate);
      if (hit !== null) return hit;
    }
  }
  return null;
}

interface Hit {
  readonly key: BrandKey;
  readonly homoglyph: boolean;
}

/**
 * A brand in one host label (or userinfo), by word, prefix or suffix, or anywhere, in that
 * order; `homoglyph` when only the skeleton matched (`dhI-parcel`, `paypa1-secure`).
 */
function brandInLabel(keys: BrandKeys, written: string, fuzzyWords: boolean): Hit | null {
  const parts = written.split(/[-_]+/).filter((p) => p.length > 0);
  const plain = parts.map((p) => foldWord(p.toLowerCase()));
  const skeletons = parts.map(skeleton);
  const word = (w: string, allowTiny: boolean): BrandKey | null => {
    const key = keys.words.get(w);
    return key !== undefined && (allowTiny || !key.tiny) ? key : null;
  };
  // Whole words, joined neighbours (`royal-mail`), letter runs (`dhl24`), skeletons.
  for (let p = 0; p < plain.length; p++) {
    const w = plain[p]!;
    const exact = word(w, true);
    if (exact !== null) return { key: exact, homoglyph: false };
    let joined = w;
    for (let q = p + 1; q < Math.min(plain.length, p + 3); q++) {
      joined += plain[q]!;
      const key = word(joined, false);
      if (key !== null) return { key, homoglyph: false };
    }
    if (/[0-9]/.test(w)) {
      for (const run of w.split(/[0-9]+/)) {
        const key = run.length >= 3 ? word(run, false) : null;
        if (key !== null) return { key, homoglyph: false };
      }
    }
    const sk = skeletons[p]!;
    if (sk !== w) {
      const key = keys.skeletons.get(sk);
      if (key !== undefined && !key.tiny) return { key, homoglyph: true };
    }
  }
  if (fuzzyWords) {
    for (const sk of skeletons) {
      if (sk.length < 6) continue;
      const key = oneEditAway(keys, sk, true);
      if (key !== null) return { key, homoglyph: true };
    }
  }
  // Prefixes and suffixes, longest first, on the plain words and then on their skeletons.
  for (let pass = 0; pass < 2; pass++) {
    for (let p = 0; p < parts.length; p++) {
      const w = pass === 0 ? plain[p]! : skeletons[p]!;
      if (pass === 1 && w === plain[p]) continue;
      for (const len of keys.affixLengths) {
        if (len >= w.length) continue;
        for (const piece of [w.slice(0, len), w.slice(w.length - len)]) {
          const key = keys.words.get(piece);
          if (key !== undefined && key.reach >= Reach.Affix) return { key, homoglyph: pass === 1 };
        }
      }
    }
  }
  // Anywhere, for keys of five letters or more.
  for (let pass = 0; pass < 2; pass++) {
    for (let p = 0; p < parts.length; p++) {
      const w = pass === 0 ? plain[p]! : skeletons[p]!;
      if (pass === 1 && w === plain[p]) continue;
      for (let i = 1; i + 5 < w.length; i++) {
        for (const candidate of keys.quads.get(w.slice(i, i + 4)) ?? []) {
          if (w.startsWith(candidate, i) && i + candidate.length < w.length) {
            return { key: keys.words.get(candidate)!, homoglyph: pass === 1 };
          }
        }
      }
    }
  }
  return null;
}

/**
 * A brand as a word of the path (`/usps-fee`, `/royal-mail/`). Short codes of shorteners mix
 * letters and digits (`3xUPSa`): inside those only names of five letters or more count.
 */
function brandInPath(keys: BrandKeys, path: string): BrandKey | null {
  const words = path
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 32)
    .map((w) => foldWord(w.toLowerCase()));
  const found = (w: string): BrandKey | null => {
    const key = keys.words.get(w);
    return key !== undefined && !key.tiny ? key : null;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/[0-9]/.test(w)) {
      for (const run of w.split(/[0-9]+/)) {
        const key = run.length >= 5 ? found(run) : null;
        if (key !== null) return key;
      }
      continue;
    }
    const key = w.length >= 3 ? found(w) : null;
    if (key !== null) return key;
    const next = words[i + 1];
    const joined = next === undefined ? null : found(w + next);
    if (joined !== null) return joined;
  }
  return null;
}

function match(key: BrandKey, how: BrandImitation): BrandMatch {
  return { brand: key.brand, how, official: key.official };
}

interface HostParts {
  /** The registrable label as written (case kept, Unicode when the host was punycode). */
  readonly label: string | null;
  /** The public suffix of the registered domain, '' when there is none. */
  readonly suffix: string;
  /** Subdomain labels as written, and userinfo words. */
  readonly others: readonly string[];
  readonly path: string;
}

/** Country codes that anyone can register, popular with scammers: not a brand's local site. */
const OPEN_CCTLDS = new Set([
  'ac', 'ai', 'am', 'bz', 'cc', 'cf', 'cm', 'co', 'cx', 'fm', 'ga', 'gd', 'gg', 'gq', 'im', 'io',
  'la', 'lc', 'ly', 'me', 'ml', 'mn', 'ms', 'nu', 'pw', 'sh', 'st', 'su', 'tk', 'to', 'tv', 'vc',
  'vu', 'ws',
]); // prettier-ignore

/**
 * The brand's own label under another suffix: a lookalike on a generic or open suffix, but
 * most likely the brand's own local site under the country code of a country where it
 * operates (`dpd.at`, `olx.ua` for global brands; `usps.ca` is not USPS).
 */
function sameLabelIsLookalike(index: BrandIndex, key: BrandKey, suffix: string): boolean {
  const tld = suffix.slice(suffix.lastIndexOf('.') + 1);
  if (tld.length !== 2 || OPEN_CCTLDS.has(tld)) return true;
  const regions = index.brandById(key.brand)?.regions ?? [];
  if (regions.length === 0) return false;
  return !regions.includes(tld === 'uk' ? 'GB' : tld.toUpperCase());
}

function imitation(keys: BrandKeys, index: BrandIndex, parts: HostParts): BrandMatch | null {
  if (parts.label !== null) {
    const sk = skeleton(parts.label);
    const same = keys.labels.get(sk);
    if (same !== undefined) {
      const homoglyph = sk !== foldWord(parts.label.toLowerCase());
      return homoglyph || sameLabelIsLookalike(index, same, parts.suffix)
        ? match(same, 'lookalike')
        : null;
    }
    if (sk.length >= 5) {
      const near = oneEditAway(keys, sk.replace(/-/g, ''), false);
      if (near !== null) return match(near, 'lookalike');
    }
    const hit = brandInLabel(keys, parts.label, true);
    if (hit !== null) return match(hit.key, hit.homoglyph ? 'lookalike' : 'brand-in-domain');
  }
  for (const label of parts.others) {
    if (label === 'www') continue;
    const hit = brandInLabel(keys, label, false);
    if (hit !== null) return match(hit.key, 'brand-in-subdomain');
  }
  if (parts.path.length > 1) {
    const key = brandInPath(keys, parts.path);
    if (key !== null) return match(key, 'brand-in-path');
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Indicators

/** `findUrls` over the given brand index and shortener list. */
export function createUrlFinder(data: UrlData): (text: string) => UrlIndicator[] {
  let keys: BrandKeys | undefined;

  function indicator(text: string, cand: Candidate): UrlIndicator | null {
    const written = normaliseDots(text.slice(cand.hostStart, cand.hostEnd));
    const host = isAscii(written) ? written.toLowerCase() : written.normalize('NFKC').toLowerCase();
    const bare = cand.scheme === '';
    const path = text.slice(cand.pathStart, cand.end);
    let isIp = cand.ipv6;
    let registeredDomain: string | null = null;
    let publicSuffix: string | null = null;
    let subdomain = '';
    if (!/[\p{L}\p{N}]/u.test(host)) return null;
    if (!isIp && /^[0-9.]+$/.test(host)) {
      if (!isIpv4(host)) return null;
      isIp = true;
    }
    if (!isIp) {
      const labels = host.split('.');
      const tld = labels[labels.length - 1]!;
      if (labels.some((l) => l.length === 0 || l.length > 63) || host.length > 253) return null;
      if (bare) {
        // The top-level label must start with a letter and not be capitalised prose (`Hi.How`).
        if (tld.length < 2 || isDigitCode(tld.charCodeAt(0)) || host.includes('_')) return null;
        const writtenTld = written.slice(written.lastIndexOf('.') + 1);
        if (/^[A-Z][a-z]+$/.test(writtenTld)) return null;
      }
      const parsed = parse(host, TLDTS_OPTIONS);
      if (parsed.isIcann === true && parsed.domain !== null) {
        registeredDomain = parsed.domain;
        publicSuffix = parsed.publicSuffix;
        subdomain = parsed.subdomain ?? '';
      } else if (bare) return null;
    }
    const officialBrand =
      registeredDomain === null
        ? null
        : (data.brands.officialBrandOfDomain(registeredDomain)?.id ?? null);
    const isShortener =
      data.shorteners.has(host) ||
      (registeredDomain !== null && data.shorteners.has(registeredDomain));
    if (
      bare &&
      !isIp &&
      cand.end === cand.hostEnd &&
      officialBrand === null &&
      !isShortener &&
      looksLikeProse(written, host, registeredDomain!, publicSuffix!)
    ) {
      return null;
    }
    const isPunycode = /(^|\.)xn--/.test(host);
    const hostUnicode = isPunycode ? domainToUnicode(host) || host : host;
    let imitates: BrandMatch | null = null;
    if (officialBrand === null) {
      keys ??= buildKeys(data.brands);
      // Labels as written, so that a capital I passing for an l is seen; decoded when punycode.
      const source = isPunycode ? hostUnicode : written;
      const writtenLabels = source.split('.');
      const suffixLabels = publicSuffix === null ? 0 : publicSuffix.split('.').length;
      const labelAt = writtenLabels.length - suffixLabels - 1;
      const userinfo = bare
        ? []
        : text
            .slice(cand.authorityStart, Math.max(cand.authorityStart, cand.hostStart - 1))
            .split(/[^\p{L}\p{N}-]+/u)
            .filter((w) => w.length > 0);
      imitates = imitation(keys, data.brands, {
        label: registeredDomain === null ? null : (writtenLabels[labelAt] ?? null),
        suffix: publicSuffix ?? '',
        others: [
          ...(registeredDomain === null ? [] : writtenLabels.slice(0, Math.max(0, labelAt))),
          ...userinfo,
        ],
        path,
      });
    }
    const scheme = bare ? 'https' : cand.scheme;
    const url =
      `${scheme}://` +
      text.slice(cand.authorityStart, cand.hostStart) +
      written +
      text.slice(cand.hostEnd, cand.end);
    return {
      text: text.slice(cand.start, cand.end),
      span: { start: cand.start, end: cand.end },
      url,
      hasScheme: !bare,
      host,
      hostUnicode,
      registeredDomain,
      publicSuffix,
      subdomain,
      path,
      isIp,
      isShortener,
      isPunycode,
      mixedScript: hasMixedScriptLabel(hostUnicode),
      officialBrand,
      imitates,
      moveToChat: chatOf(host, registeredDomain, path),
    };
  }

  return (text: string): UrlIndicator[] => {
    const out: UrlIndicator[] = [];
    scan(text, (cand) => {
      const found = indicator(text, cand);
      if (found !== null) out.push(found);
      return found !== null;
    });
    return out;
  };
}

/** Shortener domains from the text of `data/url-shorteners.txt` (comments and blanks skipped). */
export function parseShortenerList(source: string): Set<string> {
  const out = new Set<string>();
  for (const line of source.split('\n')) {
    const entry = line.trim().toLowerCase();
    if (entry !== '' && !entry.startsWith('#')) out.add(entry);
  }
  return out;
}

let shorteners: ReadonlySet<string> | undefined;

/** The shortener list shipped in `data/`, read once, on first use. */
export function loadShorteners(): ReadonlySet<string> {
  shorteners ??= parseShortenerList(
    readFileSync(new URL('../../data/url-shorteners.txt', import.meta.url), 'utf8'),
  );
  return shorteners;
}

let defaultFinder: ((text: string) => UrlIndicator[]) | undefined;

/** Links in a message, with what their hosts say about them. */
export function findUrls(text: string): UrlIndicator[] {
  defaultFinder ??= createUrlFinder({ brands: defaultBrandIndex(), shorteners: loadShorteners() });
  return defaultFinder(text);
}
