/**
 * What the project's message templates share (scripts/hard-negatives.ts, everyday-messages.ts,
 * project-scams.ts): the seeded draws that fill a template, and the loop that fills every template
 * of a list of sets into distinct texts in a fixed order. Deterministic: the same code gives the
 * same texts, and data/message-model.bin depends on them (npm run check:drift).
 */
import { seededRandom } from '../src/random.js';

/** Seeded draws for one template; each file's own Fill extends it with its own shapes. */
export class TemplateFill {
  protected readonly next: () => number;

  constructor(seed: string) {
    this.next = seededRandom(seed);
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** `n` digits, the first not 0. */
  digits(n: number): string {
    let s = String(this.int(1, 9));
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }

  /** An amount: `lo` to `hi`, with cents (never .00) unless `whole`. */
  amount(lo: number, hi: number, whole = false): number {
    const units = this.int(lo, hi);
    return whole ? units : units + this.int(1, 99) / 100;
  }

  /** `n` digits, any of them 0 (a one-time code). */
  code(n = 6): string {
    let s = '';
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }

  /** 07:05 */
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }

  day(): number {
    return this.int(1, 28);
  }

  month(): number {
    return this.int(1, 12);
  }
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** A set of templates of one language and kind, each filled `per` times. */
export interface TemplateSet<F, K> {
  readonly lang: string;
  readonly kind: K;
  /** Distinct texts wanted from each template of the set. */
  readonly per: number;
  readonly templates: readonly ((f: F) => string)[];
}

export interface FilledText<K> {
  readonly text: string;
  readonly lang: string;
  readonly kind: K;
}

/**
 * Every template of `sets` filled `per` times (distinct texts over all sets; a template that
 * repeats itself gives fewer after `attempts` × `per` tries), in a fixed order. Template `t` of a
 * set draws from its own stream, `${prefix}/${lang}/${kind}/${t}`.
 */
export function fillTemplates<F, K extends string>(
  sets: readonly TemplateSet<F, K>[],
  options: {
    readonly prefix: string;
    readonly fill: (seed: string) => F;
    readonly attempts: number;
    /** The text as kept (for example with doubled spaces collapsed). */
    readonly tidy?: (text: string) => string;
    /** The kind of one text, when a set mixes kinds. */
    readonly kindOf?: (set: TemplateSet<F, K>, text: string) => K;
  },
): FilledText<K>[] {
  const out: FilledText<K>[] = [];
  const seen = new Set<string>();
  for (const set of sets)
    set.templates.forEach((template, t) => {
      const fill = options.fill(`${options.prefix}/${set.lang}/${set.kind}/${t}`);
      let made = 0;
      for (let attempt = 0; attempt < set.per * options.attempts && made < set.per; attempt++) {
        const raw = template(fill);
        const text = options.tidy === undefined ? raw : options.tidy(raw);
        if (seen.has(text)) continue;
        seen.add(text);
        out.push({ text, lang: set.lang, kind: options.kindOf?.(set, text) ?? set.kind });
        made++;
      }
    });
  return out;
}
