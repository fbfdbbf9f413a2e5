/**
 * Keyword and phrase matcher of the message analyser, and a small language guesser.
 *
 * Design. Text and phrases go through the same fold, one code point at a time: NFKC (full-width
 * and styled letters, ligatures, Arabic presentation forms), lower case, NFD with the combining
 * marks dropped (Latin diacritics, Arabic tashkeel and hamza seats, the Devanagari nukta; other
 * Indic marks are letters and stay), a few letter merges (`ı`→`i`, `ß`→`ss`, Arabic alef forms,
 * ta marbuta→ha, alef maqsura→ya, Persian kaf and ya), native digits to ASCII, zero-width
 * characters dropped. Whatever is not a letter, digit or currency/percent sign becomes a space,
 * runs of spaces collapse to one, and a space is put between letters, digits and signs, so the
 * folded text is tokens separated by single spaces (`50%OFF!!` → `50 % off`). `map[i]` is the
 * UTF-16 offset in the original text where folded unit `i` came from, and `map[length]` is the
 * text's length, so a folded span [s, e) is the original `map[s]`..`map[e]`.
 *
 * The matcher reads a skeleton of the folded text in which every digit run is one `#`. Phrases
 * are compiled, lazily on first use, into one trie of skeletons for all languages; a phrase only
 * matches whole tokens, so the trie is walked from each token start (no failure links) and a
 * hit counts when the next unit is a space or the end. Phrase syntax (see lexicon-data.ts):
 * `#` is any digit run, literal digits are checked against the digits of the run, and a
 * trailing `*` lets the last word go on (`посылк*` matches `посылку`; the span covers the whole
 * word). Arabic phrases also match behind the attached proclitics (و ف ب ل ك, ال, لل).
 *
 * One folded phrase under the same cue in several languages is one trie entry; its language is
 * the one most other matches of the message speak (then detectLanguage). A match inside a longer
 * match of the same cue is dropped. The three code cues are kept apart: of two nested code
 * phrases the longer decides (`tell me the code from the SMS` is a request, though `code from
 * the SMS` alone is notice wording), and a request overlapped by a "do not share" phrase is
 * dropped (`never share the code` is a warning).
 */
import { LEXICON } from './lexicon-data.js';
import { CUES, CUE_LANGUAGES, type Cue, type CueLanguage, type CueMatch } from './types.js';

// ---------------------------------------------------------------------------------------------
// Folding

const SPACE = 0x20;
/** Stands for one digit run in skeletons. `#` never survives folding, so it cannot collide. */
const HASH = 0x23;
/** Private-use unit a phrase's `#` is turned into before folding; it folds as a digit. */
const WILDCARD = 0xe000;

// Values of the per-code-unit fold table besides a folded code unit.
const F_UNKNOWN = 0;
const F_DROP = 1;
const F_SEP = 2;
const F_MULTI = 3;

// Token classes.
const K_SEP = 0;
const K_WORD = 1;
const K_DIGIT = 2;
const K_SIGN = 3;

const SIGNS = new Set([0x25, 0x24, 0x20ac, 0xa3, 0x20ba, 0x20bd, 0x20b9, 0xa5]);

const LETTER_MERGES = new Map<number, string>([
  [0x131, 'i'], // dotless ı
  [0xdf, 'ss'],
  [0xe6, 'ae'],
  [0x153, 'oe'],
  [0xf8, 'o'],
  [0x142, 'l'],
  [0x111, 'd'],
  [0x629, '\u0647'], // ta marbuta → ha
  [0x649, '\u064a'], // alef maqsura → ya
  [0x671, '\u0627'], // alef wasla → alef
  [0x6a9, '\u0643'], // Persian kaf
  [0x6cc, '\u064a'], // Persian ya
  [0x6c1, '\u0647'], // heh goal
  [0x901, '\u0902'], // chandrabindu → anusvara
]);

const RE_DROPPED_MARK = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const RE_KEPT = /^[\p{L}\p{M}\p{N}]$/u;

let bmpFold: Uint16Array | null = null;
const multiFold = new Map<number, string>();
const astralFold = new Map<number, string>();

function foldOne(cp: number): string {
  const merged = LETTER_MERGES.get(cp);
  if (merged !== undefined) return merged;
  if (cp === WILDCARD || (cp >= 0x30 && cp <= 0x39)) return String.fromCharCode(cp);
  if (cp >= 0x660 && cp <= 0x669) return String.fromCharCode(cp - 0x660 + 0x30);
  if (cp >= 0x6f0 && cp <= 0x6f9) return String.fromCharCode(cp - 0x6f0 + 0x30);
  if (cp >= 0x966 && cp <= 0x96f) return String.fromCharCode(cp - 0x966 + 0x30);
  if (cp === 0x640 || cp === 0x93c) return ''; // tatweel, nukta
  if (SIGNS.has(cp)) return String.fromCodePoint(cp);
  const ch = String.fromCodePoint(cp);
  // Indic and Thai vowel signs, viramas and tone marks are Mn but are letters of the word
  // (Thai `บัญชี` would otherwise fold like other words of its consonants); everything else Mn/Cf
  // (Latin accents, tashkeel, zero-width joiners, variation selectors) is noise.
  if (RE_DROPPED_MARK.test(ch) && !(cp >= 0x900 && cp <= 0xe7f)) return '';
  return RE_KEPT.test(ch) ? ch : ' ';
}

/**
 * Scripts written without spaces between words (Thai, kana, Han) and Hangul, whose particles
 * and compounds attach to the word: a phrase in them may start and end inside a token.
 */
function isUnsegmented(c: number): boolean {
  return (
    (c >= 0xe01 && c <= 0xe5b) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

function computeFold(cp: number): string {
  // Hangul syllables and voiced kana stay composed: NFD would split them into jamo and marks.
  const composed = String.fromCodePoint(cp).normalize('NFKC');
  if (composed !== '' && Array.from(composed).every((ch) => isUnsegmented(ch.codePointAt(0)!)))
    return composed;
  const lowered = String.fromCodePoint(cp).normalize('NFKC').toLowerCase().normalize('NFD');
  let out = '';
  for (const ch of lowered) out += foldOne(ch.codePointAt(0)!);
  return out;
}

function foldTable(): Uint16Array {
  if (bmpFold !== null) return bmpFold;
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x80; c++) {
    if (c >= 0x41 && c <= 0x5a) table[c] = c + 0x20;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || SIGNS.has(c)) table[c] = c;
    else table[c] = F_SEP;
  }
  bmpFold = table;
  return table;
}

function foldBmp(table: Uint16Array, c: number): number {
  // Lone surrogates are separators.
  const out = c >= 0xd800 && c <= 0xdfff ? ' ' : computeFold(c);
  let v: number;
  if (out === '') v = F_DROP;
  else if (out.trim() === '') v = F_SEP;
  else if (out.length === 1 && out.charCodeAt(0) > F_MULTI) v = out.charCodeAt(0);
  else {
    multiFold.set(c, out);
    v = F_MULTI;
  }
  table[c] = v;
  return v;
}

function classOf(c: number): number {
  if (c === SPACE) return K_SEP;
  if ((c >= 0x30 && c <= 0x39) || c === WILDCARD) return K_DIGIT;
  if (SIGNS.has(c)) return K_SIGN;
  return K_WORD;
}

// Reused buffers: folded units and their origin, skeleton units and their folded index.
let fBuf = new Uint16Array(1024);
let fMap = new Int32Array(1025);
let sBuf = new Uint16Array(1024);
let sMap = new Int32Array(1025);
let fLen = 0;
let sLen = 0;
let prevClass = K_SEP;

function grow(): void {
  const size = fBuf.length * 2;
  const f = new Uint16Array(size);
  f.set(fBuf);
  fBuf = f;
  const fm = new Int32Array(size + 1);
  fm.set(fMap);
  fMap = fm;
  const s = new Uint16Array(size);
  s.set(sBuf);
  sBuf = s;
  const sm = new Int32Array(size + 1);
  sm.set(sMap);
  sMap = sm;
}

function push(c: number, orig: number): void {
  if (fLen + 1 >= fBuf.length) grow();
  const isDigit = (c >= 0x30 && c <= 0x39) || c === WILDCARD;
  if (isDigit) {
    const p = fLen > 0 ? fBuf[fLen - 1]! : 0;
    if (!((p >= 0x30 && p <= 0x39) || p === WILDCARD)) {
      sBuf[sLen] = HASH;
      sMap[sLen++] = fLen;
    }
  } else {
    sBuf[sLen] = c;
    sMap[sLen++] = fLen;
  }
  fBuf[fLen] = c;
  fMap[fLen++] = orig;
}

function emit(c: number, orig: number): void {
  const k = classOf(c);
  if (k === K_SEP) {
    if (prevClass !== K_SEP) {
      push(SPACE, orig);
      prevClass = K_SEP;
    }
    return;
  }
  if (prevClass !== K_SEP && (prevClass !== k || k === K_SIGN)) push(SPACE, orig);
  push(c, orig);
  prevClass = k;
}

function emitString(s: string, orig: number): void {
  for (let j = 0; j < s.length; j++) emit(s.charCodeAt(j), orig);
}

/** Folds `text` into the shared buffers (fBuf/fMap up to fLen, sBuf/sMap up to sLen). */
function foldIntoBuffers(text: string): void {
  const table = foldTable();
  fLen = 0;
  sLen = 0;
  prevClass = K_SEP;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        let out = astralFold.get(cp);
        if (out === undefined) {
          out = computeFold(cp);
          astralFold.set(cp, out);
        }
        emitString(out, i);
        i++;
        continue;
      }
    }
    let v = table[c]!;
    if (v === F_UNKNOWN) v = foldBmp(table, c);
    if (v === F_DROP) continue;
    if (v === F_SEP) emit(SPACE, i);
    else if (v === F_MULTI) emitString(multiFold.get(c)!, i);
    else emit(v, i);
  }
  if (fLen + 1 >= fBuf.length) grow();
  fMap[fLen] = length;
  sMap[sLen] = fLen;
}

function unitsToString(units: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 8192) {
    out += String.fromCharCode(...units.subarray(i, Math.min(length, i + 8192)));
  }
  return out;
}

export interface FoldedText {
  /** Lower-case tokens separated by single spaces. */
  readonly folded: string;
  /** `map[i]` is the UTF-16 offset in the original text of folded unit `i`; one longer than `folded`. */
  readonly map: Int32Array;
}

/** The fold the matcher uses (see the note at the top of this file). */
export function foldText(text: string): FoldedText {
  foldIntoBuffers(text);
  return { folded: unitsToString(fBuf, fLen), map: fMap.slice(0, fLen + 1) };
}

// ---------------------------------------------------------------------------------------------
// Compiling

/** Phrase lists of any subset of languages and cues; the default data covers them all. */
export type PhraseLists = Readonly<
  Partial<Record<CueLanguage, Readonly<Partial<Record<Cue, readonly string[]>>>>>
>;

const E_PREFIX = 1;
const E_DIGITS = 2;

export interface CompiledPhrase {
  /** Skeleton units. */
  readonly skeleton: string;
  readonly prefix: boolean;
  /** Per digit run of the skeleton, its literal digits, or null for a `#`. */
  readonly digits: readonly (string | null)[];
}

/** Folds one phrase of the lists; throws on a phrase the matcher cannot use. */
export function compilePhrase(phrase: string): CompiledPhrase {
  let source = phrase.trim();
  const prefix = source.endsWith('*');
  if (prefix) source = source.slice(0, -1);
  if (source.includes('*'))
    throw new Error(`lexicon phrase ${JSON.stringify(phrase)}: * only at the end`);
  foldIntoBuffers(source.replaceAll('#', String.fromCharCode(WILDCARD)));
  let skeletonLength = sLen;
  while (skeletonLength > 0 && sBuf[skeletonLength - 1] === SPACE) skeletonLength--;
  if (skeletonLength === 0) throw new Error(`lexicon phrase ${JSON.stringify(phrase)}: empty`);
  const skeleton = unitsToString(sBuf, skeletonLength);
  const digits: (string | null)[] = [];
  for (let k = 0; k < skeletonLength; k++) {
    if (sBuf[k] !== HASH) continue;
    const run = unitsToString(fBuf.subarray(sMap[k], sMap[k + 1]), sMap[k + 1]! - sMap[k]!);
    const wild = run.includes(String.fromCharCode(WILDCARD));
    if (wild && run.length > 1) {
      throw new Error(`lexicon phrase ${JSON.stringify(phrase)}: # next to a digit`);
    }
    digits.push(wild ? null : run);
  }
  if (prefix && sBuf[skeletonLength - 1] === HASH) {
    throw new Error(`lexicon phrase ${JSON.stringify(phrase)}: * must follow a letter`);
  }
  return { skeleton, prefix, digits };
}

interface CompiledLexicon {
  readonly symOf: Uint16Array;
  readonly alphabet: number;
  readonly hashKeys: Int32Array;
  readonly hashValues: Int32Array;
  readonly hashShift: number;
  readonly termStart: Int32Array;
  readonly termEntries: Int32Array;
  readonly entryCue: Uint8Array;
  /** Bit i set: language CUE_LANGUAGES[i]. */
  readonly entryLangs: Uint16Array;
  readonly entryFlags: Uint8Array;
  readonly entryDigits: readonly (readonly (string | null)[] | null)[];
}

function hashSlot(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

function compile(lists: PhraseLists): CompiledLexicon {
  const cueIndex = new Map<string, number>(CUES.map((cue, i) => [cue, i]));
  const entries = new Map<string, number>();
  const entryCue: number[] = [];
  const entryLangs: number[] = [];
  const entryFlags: number[] = [];
  const entryDigits: ((string | null)[] | null)[] = [];
  const entrySkeleton: string[] = [];
  CUE_LANGUAGES.forEach((lang, langIndex) => {
    const byCue = lists[lang];
    if (byCue === undefined) return;
    for (const [cue, phrases] of Object.entries(byCue) as [Cue, readonly string[]][]) {
      const ci = cueIndex.get(cue);
      if (ci === undefined) throw new Error(`lexicon: unknown cue ${cue}`);
      for (const phrase of phrases) {
        const p = compilePhrase(phrase);
        const key = `${ci}\u0000${p.prefix ? '*' : ''}${p.skeleton}\u0000${p.digits.join(',')}`;
        const known = entries.get(key);
        if (known !== undefined) {
          entryLangs[known]! |= 1 << langIndex;
          continue;
        }
        entries.set(key, entryCue.length);
        entryCue.push(ci);
        entryLangs.push(1 << langIndex);
        entryFlags.push(
          (p.prefix ? E_PREFIX : 0) | (p.digits.some((d) => d !== null) ? E_DIGITS : 0),
        );
        entryDigits.push(p.digits.some((d) => d !== null) ? [...p.digits] : null);
        entrySkeleton.push(p.skeleton);
      }
    }
  });

  // Alphabet: every unit used by a phrase; 0 means "in no phrase".
  const symOf = new Uint16Array(0x10000);
  let alphabet = 1;
  for (const skeleton of entrySkeleton) {
    for (let i = 0; i < skeleton.length; i++) {
      const c = skeleton.charCodeAt(i);
      if (symOf[c] === 0) symOf[c] = alphabet++;
    }
  }

  // Trie over skeletons; edges in an open-addressing table keyed by node * alphabet + symbol.
  const edges = new Map<number, number>();
  const terminals = new Map<number, number[]>();
  let nodes = 1;
  entrySkeleton.forEach((skeleton, entry) => {
    let node = 0;
    for (let i = 0; i < skeleton.length; i++) {
      const key = node * alphabet + symOf[skeleton.charCodeAt(i)]!;
      let next = edges.get(key);
      if (next === undefined) {
        next = nodes++;
        edges.set(key, next);
      }
      node = next;
    }
    const list = terminals.get(node);
    if (list === undefined) terminals.set(node, [entry]);
    else list.push(entry);
  });
  if (nodes * alphabet >= 0x7fffffff) throw new Error('lexicon: trie too large');

  let bits = 4;
  while (1 << bits < edges.size * 2) bits++;
  const hashKeys = new Int32Array(1 << bits).fill(-1);
  const hashValues = new Int32Array(1 << bits);
  const hashShift = 32 - bits;
  const mask = (1 << bits) - 1;
  for (const [key, value] of edges) {
    let slot = hashSlot(key, hashShift);
    while (hashKeys[slot] !== -1) slot = (slot + 1) & mask;
    hashKeys[slot] = key;
    hashValues[slot] = value;
  }

  const termStart = new Int32Array(nodes + 1);
  for (const [node, list] of terminals) termStart[node + 1] = list.length;
  for (let i = 0; i < nodes; i++) termStart[i + 1]! += termStart[i]!;
  const termEntries = new Int32Array(termStart[nodes]!);
  for (const [node, list] of terminals) termEntries.set(list, termStart[node]);

  return {
    symOf,
    alphabet,
    hashKeys,
    hashValues,
    hashShift,
    termStart,
    termEntries,
    entryCue: Uint8Array.from(entryCue),
    entryLangs: Uint16Array.from(entryLangs),
    entryFlags: Uint8Array.from(entryFlags),
    entryDigits,
  };
}

// ---------------------------------------------------------------------------------------------
// Matching

/** Attached Arabic proclitics a phrase may sit behind (conjunction, preposition, article). */
// prettier-ignore
const ARABIC_PROCLITICS = [
  'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'وب', 'ول', 'وك', 'فب', 'فل',
  'ولل', 'فلل', 'وبال', 'فبال',
].map((p) => Array.from(p, (ch) => ch.charCodeAt(0)));
const ARABIC_PROCLITIC_FIRST = new Set(ARABIC_PROCLITICS.map((p) => p[0]!));

const CUE_CODE_REQUEST = CUES.indexOf('code-request');
const CUE_CODE_NOTICE = CUES.indexOf('code-notice');
const CUE_DO_NOT_SHARE = CUES.indexOf('do-not-share');

/** The three cues about one-time codes, which must never be read into each other. */
function isCodeCue(cue: number): boolean {
  return cue === CUE_CODE_REQUEST || cue === CUE_CODE_NOTICE || cue === CUE_DO_NOT_SHARE;
}

// Raw hits of one scan: skeleton start, skeleton end, entry.
let hitStart = new Int32Array(64);
let hitEnd = new Int32Array(64);
let hitEntry = new Int32Array(64);
let hits = 0;

function addHit(start: number, end: number, entry: number): void {
  if (hits === hitStart.length) {
    const size = hits * 2;
    const a = new Int32Array(size);
    a.set(hitStart);
    hitStart = a;
    const b = new Int32Array(size);
    b.set(hitEnd);
    hitEnd = b;
    const c = new Int32Array(size);
    c.set(hitEntry);
    hitEntry = c;
  }
  hitStart[hits] = start;
  hitEnd[hits] = end;
  hitEntry[hits++] = entry;
}

function digitsMatch(lex: CompiledLexicon, entry: number, from: number, to: number): boolean {
  const expected = lex.entryDigits[entry];
  if (expected == null) return true;
  let run = 0;
  for (let k = from; k < to; k++) {
    if (sBuf[k] !== HASH) continue;
    const literal = expected[run++];
    if (literal == null) continue;
    const start = sMap[k]!;
    const end = sMap[k + 1]!;
    if (end - start !== literal.length) return false;
    for (let j = 0; j < literal.length; j++) {
      if (fBuf[start + j] !== literal.charCodeAt(j)) return false;
    }
  }
  return true;
}

function walk(lex: CompiledLexicon, spanStart: number, from: number): void {
  const { symOf, alphabet, hashKeys, hashValues, hashShift, termStart, termEntries } = lex;
  const mask = hashKeys.length - 1;
  let node = 0;
  for (let i = from; i < sLen; i++) {
    const sym = symOf[sBuf[i]!]!;
    if (sym === 0) return;
    const key = node * alphabet + sym;
    let slot = hashSlot(key, hashShift);
    let found = -1;
    for (;;) {
      const k = hashKeys[slot]!;
      if (k === key) {
        found = hashValues[slot]!;
        break;
      }
      if (k === -1) break;
      slot = (slot + 1) & mask;
    }
    if (found < 0) return;
    node = found;
    const t0 = termStart[node]!;
    const t1 = termStart[node + 1]!;
    if (t0 === t1) continue;
    const atBoundary =
      i + 1 >= sLen ||
      sBuf[i + 1] === SPACE ||
      isUnsegmented(sBuf[i]!) ||
      isUnsegmented(sBuf[i + 1]!);
    for (let t = t0; t < t1; t++) {
      const entry = termEntries[t]!;
      const flags = lex.entryFlags[entry]!;
      let end = i + 1;
      if (flags & E_PREFIX) {
        while (end < sLen && sBuf[end] !== SPACE) end++;
      } else if (!atBoundary) continue;
      if (flags & E_DIGITS && !digitsMatch(lex, entry, from, i + 1)) continue;
      addHit(spanStart, end, entry);
    }
  }
}

function isArabicLetter(c: number): boolean {
  return c >= 0x621 && c <= 0x64a;
}

function scan(lex: CompiledLexicon): void {
  hits = 0;
  for (let p = 0; p < sLen; p++) {
    const c = sBuf[p]!;
    if (c === SPACE) continue;
    if (p > 0 && sBuf[p - 1] !== SPACE && !isUnsegmented(c) && !isUnsegmented(sBuf[p - 1]!))
      continue;
    walk(lex, p, p);
    if (!ARABIC_PROCLITIC_FIRST.has(c)) continue;
    for (const proclitic of ARABIC_PROCLITICS) {
      const after = p + proclitic.length;
      if (after >= sLen || !isArabicLetter(sBuf[after]!)) continue;
      let same = true;
      for (let j = 0; j < proclitic.length && same; j++) same = sBuf[p + j] === proclitic[j];
      if (same) walk(lex, p, after);
    }
  }
}

interface Hit {
  cue: number;
  langs: number;
  start: number;
  end: number;
}

/**
 * The language of an entry several lists share: the one the message's other matches vote for,
 * then the detected language of the whole text (`detect` runs at most once per message).
 */
function chooseLanguage(
  langs: number,
  votes: Int32Array,
  detect: () => CueLanguage | null,
): CueLanguage {
  let best = -1;
  let bestVotes = -1;
  let tie = false;
  for (let i = 0; i < CUE_LANGUAGES.length; i++) {
    if (!(langs & (1 << i))) continue;
    if (votes[i]! > bestVotes) {
      best = i;
      bestVotes = votes[i]!;
      tie = false;
    } else if (votes[i] === bestVotes) tie = true;
  }
  if (tie) {
    const detected = detect();
    if (detected !== null && langs & (1 << CUE_LANGUAGES.indexOf(detected))) return detected;
  }
  return CUE_LANGUAGES[best]!;
}

function isSingleBit(x: number): boolean {
  return x !== 0 && (x & (x - 1)) === 0;
}

function matchText(lex: CompiledLexicon, text: string): CueMatch[] {
  foldIntoBuffers(text);
  scan(lex);
  if (hits === 0) return [];
  const found: Hit[] = [];
  for (let h = 0; h < hits; h++) {
    const entry = hitEntry[h]!;
    found.push({
      cue: lex.entryCue[entry]!,
      langs: lex.entryLangs[entry]!,
      start: fMap[sMap[hitStart[h]!]!]!,
      end: fMap[sMap[hitEnd[h]!]!]!,
    });
  }
  // Longest first at each start, so that containment is seen from the outer match.
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.cue - b.cue);
  const kept: Hit[] = [];
  for (const hit of found) {
    let drop = false;
    for (const other of kept) {
      if (other.start > hit.start || hit.end > other.end) continue;
      if (other.cue === hit.cue) {
        // The same words in two languages' lists: keep both languages for the vote below.
        if (other.start === hit.start && other.end === hit.end) other.langs |= hit.langs;
        drop = true;
        break;
      }
      if (isCodeCue(other.cue) && isCodeCue(hit.cue)) {
        // `tell me the code from the SMS` is a request even though `code from the SMS` alone
        // is how notices speak: the longer phrase decides.
        drop = true;
        break;
      }
    }
    if (!drop) kept.push(hit);
  }
  const warnings = kept.filter((h) => h.cue === CUE_DO_NOT_SHARE);
  const result = warnings.length
    ? kept.filter(
        (h) =>
          h.cue !== CUE_CODE_REQUEST || !warnings.some((w) => w.start < h.end && h.start < w.end),
      )
    : kept;
  const votes = new Int32Array(CUE_LANGUAGES.length);
  for (const hit of result) {
    if (isSingleBit(hit.langs)) votes[31 - Math.clz32(hit.langs)]!++;
  }
  let detected: CueLanguage | null | undefined;
  const detect = (): CueLanguage | null => {
    if (detected === undefined) detected = detectLanguage(text);
    return detected;
  };
  return result.map((hit) => ({
    cue: CUES[hit.cue]!,
    lang: isSingleBit(hit.langs)
      ? CUE_LANGUAGES[31 - Math.clz32(hit.langs)]!
      : chooseLanguage(hit.langs, votes, detect),
    span: { start: hit.start, end: hit.end },
  }));
}

export interface Lexicon {
  /** Every cue phrase in `text`, sorted by start; spans are UTF-16 offsets into `text`. */
  findCues(text: string): CueMatch[];
}

/** Compiles phrase lists into a matcher; throws on a phrase the matcher cannot use. */
export function compileLexicon(lists: PhraseLists): Lexicon {
  const lex = compile(lists);
  return { findCues: (text) => matchText(lex, text) };
}

let defaultLexicon: CompiledLexicon | null = null;

/** Every cue of the default lists in `text`, sorted by start. Compiles them on the first call. */
export function findCues(text: string): CueMatch[] {
  defaultLexicon ??= compile(LEXICON);
  return matchText(defaultLexicon, text);
}

// ---------------------------------------------------------------------------------------------
// Language

/**
 * Function words by language, folded. A word may stand for several languages; the best-scoring
 * language must lead the next one. Hinglish counts as `hi`.
 */
const STOPWORDS: Readonly<Record<CueLanguage, string>> = {
  en: 'the you your is are to and of for please has have been this with we will be it at from our that hi hello hey thanks thank my me can not now was were would if just get do dont what when how they she he there which about',
  ar: '',
  it: 'il di che per sono non con tuo tua tuoi suo sua gli dei delle della del questo questa ciao grazie hai stato nel alla al una un ti ci vi hanno essere sei abbiamo siamo favore anche perche come dove quando molto bene cosa io noi voi lui lei mio mia stasera domani',
  fr: 'le la les des du et vous votre vos est pour avec une un pas ne ce cette sur au aux qui bonjour merci nous etes avez ete sont dans par tu te se je il elle mon ma mes ton ta tes ses oui salut coucou soir mais chez tres bien',
  es: 'el la los las del que y en su sus para con por es usted una un hola gracias muy ha sido ya tu esta este nos le al se hemos tiene pero como donde cuando manana tengo estoy mi mis tus ustedes porque tambien bueno',
  tr: 've bir bu icin ile sizin siz degil da de cok olarak olan lutfen ne ama daha mi mu ben sen merhaba tesekkurler size sizi olup edin ediniz musun misin misiniz yarin bugun aksam simdi evet hayir tamam bana sana benim senin bizim nasil neden nerede',
  ru: '',
  pt: 'voce seu sua nao para com uma um do da dos das em no na que pelo pela foi obrigado obrigada ola sao seus suas esta ao aos e oi tudo bem vamos amanha eu meu minha voces isso esse essa muito tambem agora entao sim ja',
  de: 'der die das und ist sie ihr ihre ihren ihrem ihres du dein deine nicht mit fur auf ein eine einen zu von bitte wir den dem hallo danke wurde werden noch jetzt wird sind haben ich bin bist heute morgen abend auch aber wie was wann wo mein meine hast hat mir dir uns gerne gleich',
  hi: 'hai aapka aapke aapki aap ka ki ke kar karein karen kare ko se mein nahi hain apna apne kya ho tha raha rahe gaya diya kijiye ji yeh ye wo aur bhi abhi karo kiya hoga jayega bhai kal milte kab mujhe tujhe mera meri tera teri kyun kaise haan accha theek bahut',
  id: 'anda yang dan di ke dari untuk ini itu dengan tidak akan sudah kami kamu segera silakan mohon bisa ada atau telah dalam pada jika tersebut saya belum jangan kak halo besok jadi ketemu jam aja ya nggak gak mau lagi nanti kita aku dia',
  // Thai, Korean, Chinese and Japanese are told by their script.
  th: '',
  ko: '',
  zh: '',
  ja: '',
  vi: 'cua ban toi la va cho khong duoc nay mot cac nhung voi den tai vui long quy khach anh chi em oi roi nhe nha di lam gi sao the minh',
};

const MAX_STOPWORD = 12;
let stopwords: Map<string, number> | null = null;

function stopwordMap(): Map<string, number> {
  if (stopwords !== null) return stopwords;
  const map = new Map<string, number>();
  CUE_LANGUAGES.forEach((lang, i) => {
    for (const word of STOPWORDS[lang].split(' ')) {
      if (word !== '') map.set(word, (map.get(word) ?? 0) | (1 << i));
    }
  });
  stopwords = map;
  return map;
}

/**
 * The language of a message, or null when unsure. Script first: Arabic, Devanagari, Cyrillic,
 * Thai or Hangul letters make it `ar`, `hi`, `ru`, `th` or `ko`, Han with kana `ja`, Han alone
 * `zh`, and two letters only Vietnamese has (ơ ư ă đ, stacked accents) `vi`. Latin text is scored by function words per language
 * (Hinglish counts as `hi`) plus the cue phrases that only one language's lists hold; the best
 * language must lead the next one.
 */
export function detectLanguage(text: string): CueLanguage | null {
  let arabic = 0;
  let devanagari = 0;
  let cyrillic = 0;
  let thai = 0;
  let hangul = 0;
  let kana = 0;
  let han = 0;
  let vietnamese = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
    } else if (
      (c >= 0x621 && c <= 0x64a) ||
      (c >= 0x671 && c <= 0x6d3) ||
      (c >= 0xfb50 && c <= 0xfefc)
    ) {
      arabic++;
      letters++;
    } else if (c >= 0x904 && c <= 0x939) {
      devanagari++;
      letters++;
    } else if (c >= 0x400 && c <= 0x4ff) {
      cyrillic++;
      letters++;
    } else if (c >= 0xe01 && c <= 0xe5b) {
      thai++;
      letters++;
    } else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e)) {
      hangul++;
      letters++;
    } else if ((c >= 0x3041 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9d)) {
      kana++;
      letters++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) {
      han++;
      letters++;
    } else if (
      (c >= 0x1ea0 && c <= 0x1ef9) ||
      c === 0x1a0 ||
      c === 0x1a1 ||
      c === 0x1af ||
      c === 0x1b0 ||
      c === 0x102 ||
      c === 0x103 ||
      c === 0x110 ||
      c === 0x111
    ) {
      // Letters only Vietnamese uses among the cue languages: ơ ư ă đ and the stacked accents.
      vietnamese++;
      letters++;
    } else if ((c >= 0xc0 && c <= 0x24f) || (c >= 0xff21 && c <= 0xff5a)) letters++;
  }
  if (letters < 2) return null;
  // Japanese mixes kana into Han; Chinese has none.
  const cjk = kana + han;
  const top = Math.max(arabic, devanagari, cyrillic, thai, hangul, cjk);
  if (top >= 2 && top >= letters * 0.3) {
    if (top === arabic) return 'ar';
    if (top === devanagari) return 'hi';
    if (top === cyrillic) return 'ru';
    if (top === thai) return 'th';
    if (top === hangul) return 'ko';
    return kana > 0 ? 'ja' : 'zh';
  }
  if (vietnamese >= 2) return 'vi';

  const scores = new Int32Array(CUE_LANGUAGES.length);
  const map = stopwordMap();
  foldIntoBuffers(text);
  let words = 0;
  for (let a = 0; a < fLen;) {
    let b = a;
    while (b < fLen && fBuf[b] !== SPACE) b++;
    if (b > a) {
      words++;
      if (b - a <= MAX_STOPWORD) {
        const langs = map.get(String.fromCharCode(...fBuf.subarray(a, b)));
        if (langs !== undefined) addVotes(scores, langs);
      }
    }
    a = b + 1;
  }
  defaultLexicon ??= compile(LEXICON);
  scan(defaultLexicon);
  for (let h = 0; h < hits; h++) {
    const langs = defaultLexicon.entryLangs[hitEntry[h]!]!;
    if (isSingleBit(langs)) addVotes(scores, langs);
  }

  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  let second = 0;
  for (let i = 0; i < scores.length; i++) {
    if (i !== best) second = Math.max(second, scores[i]!);
  }
  const score = scores[best]!;
  if (score > second && (score >= 2 || words <= 4)) return CUE_LANGUAGES[best]!;
  return null;
}

function addVotes(scores: Int32Array, langs: number): void {
  for (let i = 0; i < scores.length; i++) if (langs & (1 << i)) scores[i]!++;
}
