import type { RegionPlan } from './metadata.js';

/**
 * A national prefix rule written as a regular expression, turned into the digit strings it can
 * match, in the order the expression tries them: the first of them that a number starts with is
 * what `^(?:rule)` matches. Only rules built of digits, `\d`, classes, groups, `|` and `?` are
 * finite this way; others (`$`, `{n,m}`...) give null, as does an expansion past `limit`.
 *
 * The engine (resolve.ts) and its WebAssembly reading of E.164 numbers (fast-e164.ts) strip
 * national prefixes, and find international ones, by a walk of these strings in a trie instead
 * of running the expression; for a rule without a transform, stripping the match is what
 * libphonenumber does with it. test/phone-fast.test.ts compares the two on every rule.
 */
export function prefixLiterals(rule: string, limit: number): string[] | null {
  let at = 0;
  // Set past the limit; an object, so that the checks after the parse see the parse set it.
  const past = { limit: false };

  const product = (a: readonly string[], b: readonly string[]): string[] => {
    if (a.length * b.length > limit) past.limit = true;
    if (past.limit) return [];
    const out: string[] = [];
    for (const x of a) for (const y of b) out.push(x + y);
    return out;
  };

  // alternation := sequence ('|' sequence)*
  const alternation = (): string[] | null => {
    const out: string[] = [];
    for (;;) {
      const options = sequence();
      if (options === null) return null;
      out.push(...options);
      if (out.length > limit) past.limit = true;
      if (rule[at] !== '|') return out;
      at++;
    }
  };

  // sequence := (atom '?'?)*
  const sequence = (): string[] | null => {
    let out = [''];
    while (at < rule.length && rule[at] !== '|' && rule[at] !== ')') {
      let options = atom();
      if (options === null) return null;
      if (rule[at] === '?') {
        at++;
        options = [...options, '']; // greedy: with the atom first
      }
      out = product(out, options);
    }
    return out;
  };

  const atom = (): string[] | null => {
    const c = rule[at]!;
    if (c >= '0' && c <= '9') {
      at++;
      return [c];
    }
    if (rule.startsWith('\\d', at)) {
      at += 2;
      return DIGITS;
    }
    if (c === '[') return digitClass();
    if (c === '(') {
      at += rule.startsWith('(?:', at) ? 3 : 1;
      const inner = alternation();
      if (inner === null || rule[at] !== ')') return null;
      at++;
      return inner;
    }
    return null;
  };

  const digitClass = (): string[] | null => {
    const close = rule.indexOf(']', at);
    if (close < 0) return null;
    const body = rule.slice(at + 1, close);
    at = close + 1;
    if (!/^(?:\d(?:-\d)?|\\d)+$/.test(body)) return null;
    const set = new Set<string>();
    for (const [, low, high, any] of body.matchAll(/(\d)(?:-(\d))?|(\\d)/g)) {
      if (any !== undefined) for (const d of DIGITS) set.add(d);
      else for (let d = Number(low); d <= Number(high ?? low); d++) set.add(String(d));
    }
    return [...set];
  };

  const out = alternation();
  if (out === null || past.limit || at !== rule.length) return null;
  return out;
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Digit strings in a trie, with their order: match() finds the first of them, in that order,
 * that some digits start with, in one walk however many there are (China's rule has 2,101).
 */
export class PrefixTrie {
  /** Per node: ten children (node numbers, 0 for none: the root is no child), then the order
   * of the string that ends there (-1 for none). */
  readonly nodes: Int32Array;

  private constructor(nodes: Int32Array) {
    this.nodes = nodes;
  }

  static of(prefixes: readonly string[]): PrefixTrie {
    const nodes: number[] = [];
    const node = (): number => {
      nodes.push(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1);
      return nodes.length / TRIE_NODE - 1;
    };
    node();
    prefixes.forEach((prefix, order) => {
      let at = 0;
      for (let k = 0; k < prefix.length; k++) {
        const slot = at * TRIE_NODE + prefix.charCodeAt(k) - 48;
        if (nodes[slot] === 0) nodes[slot] = node();
        at = nodes[slot]!;
      }
      const end = at * TRIE_NODE + TRIE_NODE - 1;
      if (nodes[end] === -1) nodes[end] = order;
    });
    return new PrefixTrie(Int32Array.from(nodes));
  }

  /**
   * Length of the first string, in order, that the digit values `d[from, from + length)` start
   * with, or -1 when none does.
   */
  match(d: Uint8Array, from: number, length: number): number {
    const nodes = this.nodes;
    let best = nodes[TRIE_NODE - 1]!;
    let size = best === -1 ? -1 : 0;
    let at = 0;
    for (let k = 0; k < length; k++) {
      at = nodes[at * TRIE_NODE + d[from + k]!]!;
      if (at === 0) break;
      const order = nodes[at * TRIE_NODE + TRIE_NODE - 1]!;
      if (order !== -1 && (best === -1 || order < best)) {
        best = order;
        size = k + 1;
      }
    }
    return size;
  }
}

/** Ints in a trie node: ten children, then the order of the string ending there. */
export const TRIE_NODE = 11;

/** Strings a rule may expand to (China's rules, the largest, have 2,101). */
const MAX_PREFIXES = 4096;
const nationalTries = new WeakMap<RegionPlan, PrefixTrie | null>();
const internationalTries = new WeakMap<RegionPlan, PrefixTrie | null>();

/**
 * The region's national prefixes for parsing as a trie, when stripping one is all its rule does
 * (a list of digit strings, or an expression without a transform that expands to one); else
 * null, and the engine runs the expression. Built on first use: a few at most per run.
 */
export function nationalPrefixTrie(plan: RegionPlan): PrefixTrie | null {
  let trie = nationalTries.get(plan);
  if (trie === undefined) {
    const pattern = plan.nationalPrefixPattern;
    const prefixes =
      pattern === null
        ? plan.nationalPrefixLiterals
        : plan.nationalPrefixTransformRule
          ? null
          : prefixLiterals(pattern.source.slice(4, -1), MAX_PREFIXES);
    trie = prefixes === null ? null : PrefixTrie.of(prefixes);
    nationalTries.set(plan, trie);
  }
  return trie;
}

/** The region's international (IDD) prefixes as a trie, or null (none, or not finite). */
export function internationalPrefixTrie(plan: RegionPlan): PrefixTrie | null {
  let trie = internationalTries.get(plan);
  if (trie === undefined) {
    const pattern = plan.internationalPrefix;
    const prefixes =
      pattern === null ? null : prefixLiterals(pattern.source.slice(4, -1), MAX_PREFIXES);
    trie = prefixes === null ? null : PrefixTrie.of(prefixes);
    internationalTries.set(plan, trie);
  }
  return trie;
}
