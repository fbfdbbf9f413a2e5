/**
 * A national prefix rule written as a regular expression, turned into the digit strings it can
 * match, in the order the expression tries them: the first of them that a number starts with is
 * what `^(?:rule)` matches. Only rules built of digits, `\d`, classes, groups, `|` and `?` are
 * finite this way; others (`$`, `{n,m}`...) give null, as does an expansion past `limit`.
 *
 * Used by the WebAssembly reading of E.164 numbers (fast-e164.ts), which strips national
 * prefixes by a walk of these strings instead of running the expression; for a rule without a
 * transform, that is what libphonenumber does with the match (strip it).
 * test/phone-fast.test.ts compares the two.
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
