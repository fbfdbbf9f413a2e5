/**
 * Build-time compiler from libphonenumber's digit regular expressions to automata.
 *
 * The patterns in the metadata use a small, regular subset of regex syntax over the digits:
 * literals, `\d`, classes with ranges, `(?:…)` and `(…)` groups, `|`, `?`, `{n}` and `{n,m}`.
 * We parse that subset into an AST, build a Thompson NFA per pattern ("track"), and let the
 * caller run a subset construction over many tracks at once. Anything outside the subset is a
 * build error, so a metadata update that uses new syntax cannot be compiled silently wrong.
 */

export type RegexNode =
  | { readonly kind: 'set'; readonly mask: number }
  | { readonly kind: 'seq'; readonly items: readonly RegexNode[] }
  | { readonly kind: 'alt'; readonly options: readonly RegexNode[] }
  | { readonly kind: 'rep'; readonly node: RegexNode; readonly min: number; readonly max: number };

export const ALL_DIGITS = 0x3ff;

export function parseRegex(source: string): RegexNode {
  let pos = 0;
  const fail = (why: string): never => {
    throw new Error(`unsupported pattern at ${pos} (${why}): ${source}`);
  };
  const peek = (): string | undefined => source[pos];

  function parseAlt(): RegexNode {
    const options = [parseSeq()];
    while (peek() === '|') {
      pos++;
      options.push(parseSeq());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  function parseSeq(): RegexNode {
    const items: RegexNode[] = [];
    for (;;) {
      const c = peek();
      if (c === undefined || c === '|' || c === ')') break;
      items.push(parseQuantified(parseAtom()));
    }
    return items.length === 1 ? items[0]! : { kind: 'seq', items };
  }

  function parseAtom(): RegexNode {
    const c = peek();
    if (c === undefined) return fail('end of pattern');
    if (c >= '0' && c <= '9') {
      pos++;
      return { kind: 'set', mask: 1 << (c.charCodeAt(0) - 48) };
    }
    if (c === '\\') {
      if (source[pos + 1] !== 'd') return fail('escape');
      pos += 2;
      return { kind: 'set', mask: ALL_DIGITS };
    }
    if (c === '[') return parseClass();
    if (c === '(') {
      pos += source.startsWith('(?:', pos) ? 3 : 1;
      const inner = parseAlt();
      if (peek() !== ')') return fail('unclosed group');
      pos++;
      return inner;
    }
    return fail(`token ${c}`);
  }

  function parseClass(): RegexNode {
    pos++;
    let mask = 0;
    if (peek() === '^') fail('negated class');
    while (peek() !== ']') {
      const c = peek();
      if (c === undefined) return fail('unclosed class');
      if (c === '\\' && source[pos + 1] === 'd') {
        mask |= ALL_DIGITS;
        pos += 2;
        continue;
      }
      if (!(c >= '0' && c <= '9')) return fail(`class member ${c}`);
      const lo = c.charCodeAt(0) - 48;
      pos++;
      let hi = lo;
      if (peek() === '-' && source[pos + 1] !== ']') {
        const h = source[pos + 1];
        if (h === undefined || !(h >= '0' && h <= '9')) return fail('range');
        hi = h.charCodeAt(0) - 48;
        pos += 2;
      }
      for (let d = lo; d <= hi; d++) mask |= 1 << d;
    }
    pos++;
    return { kind: 'set', mask };
  }

  function parseQuantified(node: RegexNode): RegexNode {
    const c = peek();
    if (c === '?') {
      pos++;
      return { kind: 'rep', node, min: 0, max: 1 };
    }
    if (c === '{') {
      const m = /^\{(\d+)(?:,(\d+))?\}/.exec(source.slice(pos));
      if (!m) return fail('quantifier');
      pos += m[0].length;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : Number(m[2]);
      return { kind: 'rep', node, min, max };
    }
    if (c === '*' || c === '+') return fail('unbounded quantifier');
    return node;
  }

  const ast = parseAlt();
  if (pos !== source.length) fail('trailing input');
  return ast;
}

/** A Thompson NFA over the ten digits, shared by every track of one subset construction. */
export class DigitNfa {
  /** Per state: list of [digit mask, target] pairs. */
  readonly edges: Array<Array<readonly [number, number]>> = [];
  readonly epsilon: number[][] = [];
  /** Track id accepted in this state, or -1. */
  readonly accepts: number[] = [];

  newState(): number {
    this.edges.push([]);
    this.epsilon.push([]);
    this.accepts.push(-1);
    return this.edges.length - 1;
  }

  /**
   * Adds a track that accepts exactly the pattern (anchored at both ends), or with `prefix`
   * the pattern followed by any digits (libphonenumber's `search(leadingDigits) === 0`).
   * Returns the track's start state.
   */
  addTrack(node: RegexNode, track: number, prefix = false): number {
    const start = this.newState();
    const end = this.build(node, start);
    this.accepts[end] = track;
    if (prefix) this.edges[end]!.push([ALL_DIGITS, end]);
    return start;
  }

  private build(node: RegexNode, from: number): number {
    switch (node.kind) {
      case 'set': {
        const to = this.newState();
        this.edges[from]!.push([node.mask, to]);
        return to;
      }
      case 'seq': {
        let cur = from;
        for (const item of node.items) cur = this.build(item, cur);
        return cur;
      }
      case 'alt': {
        const end = this.newState();
        for (const option of node.options) {
          const s = this.newState();
          this.epsilon[from]!.push(s);
          this.epsilon[this.build(option, s)]!.push(end);
        }
        return end;
      }
      case 'rep': {
        let cur = from;
        for (let i = 0; i < node.min; i++) cur = this.build(node.node, cur);
        if (node.max === node.min) return cur;
        const end = this.newState();
        for (let i = node.min; i < node.max; i++) {
          this.epsilon[cur]!.push(end);
          cur = this.build(node.node, cur);
        }
        this.epsilon[cur]!.push(end);
        return end;
      }
    }
  }

  /** Epsilon closure, returned sorted so that it can serve as a set key. */
  closure(states: Iterable<number>): number[] {
    const seen = new Set<number>();
    const stack = [...states];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      for (const t of this.epsilon[s]!) if (!seen.has(t)) stack.push(t);
    }
    return [...seen].sort((a, b) => a - b);
  }

  move(states: readonly number[], digit: number): number[] {
    const bit = 1 << digit;
    const out: number[] = [];
    for (const s of states) {
      for (const [mask, to] of this.edges[s]!) if (mask & bit) out.push(to);
    }
    return out;
  }
}

/**
 * Digits a non-empty match of `source` can start with (bit d for digit d). End anchors (`$`)
 * are dropped first: that only widens the language, so the mask stays a safe over-estimate.
 */
export function firstDigitMask(source: string): number {
  const nfa = new DigitNfa();
  const start = nfa.addTrack(parseRegex(source.replaceAll('$', '')), 0);
  let mask = 0;
  for (const s of nfa.closure([start])) for (const [m] of nfa.edges[s]!) mask |= m;
  return mask;
}
