/**
 * `ringfence compare-sample <file> [--against <id> | --all]`: a sample only (like the 5,000
 * Polish rows of the 2022 sale): exact matches per leak (every leak of the store, derived sets
 * apart, or the one named), and a 95% Wilson interval for the share of the whole dump it came
 * from that the leak contains (assuming a random sample).
 */
import { readFileSync } from 'node:fs';
import { RingfenceError } from '../errors.js';
import type { PhoneEngine } from '../phone/index.js';
import { isDerived, type LeakStore } from '../store/index.js';

export interface SampleMatch {
  readonly leak: string;
  readonly matches: number;
  /** matches / usable. */
  readonly share: number;
  /** 95% Wilson score interval for the containment of the sampled dump in the leak. */
  readonly interval: readonly [number, number];
}

export interface SampleComparison {
  readonly lines: number;
  /** Distinct valid numbers of the sample. */
  readonly usable: number;
  readonly unusable: number;
  readonly duplicates: number;
  readonly leaks: readonly SampleMatch[];
}

/** 95% Wilson score interval for k successes in n trials. */
export function wilsonInterval(k: number, n: number, z = 1.959964): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export function compareSample(
  store: LeakStore,
  engine: PhoneEngine,
  file: string,
  options: { against?: string; region?: string },
): SampleComparison {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new RingfenceError('INPUT_NOT_FOUND', { path: file });
  }
  const numbers = new Map<string, { callingCode: number; length: number; nsn: number }>();
  let lines = 0;
  let unusable = 0;
  let duplicates = 0;
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '') continue;
    lines++;
    // The first field of a CSV/TSV line, or the whole line.
    const field = raw.split(/[,;\t]/)[0]!.trim();
    const parsed = engine.parse(field, { defaultRegion: options.region });
    if (!parsed.ok || !parsed.valid) {
      unusable++;
      continue;
    }
    if (numbers.has(parsed.e164)) {
      duplicates++;
      continue;
    }
    numbers.set(parsed.e164, {
      callingCode: parsed.callingCode,
      length: parsed.nationalNumber.length,
      nsn: Number(parsed.nationalNumber),
    });
  }
  // Against every leak of the store: derived sets are not leaks (name one with --against), and
  // a store without a leak has nothing to match (STORE_EMPTY, not a list of no match).
  const names =
    options.against !== undefined
      ? [options.against]
      : store
          .requireLeaks()
          .filter((m) => !isDerived(m))
          .map((m) => m.name);
  const usable = numbers.size;
  const leaks = names
    .map((leak) => {
      const set = store.numbers(leak);
      let matches = 0;
      for (const n of numbers.values()) if (set.has(n.callingCode, n.length, n.nsn)) matches++;
      return {
        leak,
        matches,
        share: usable === 0 ? 0 : matches / usable,
        interval: wilsonInterval(matches, usable),
      };
    })
    .sort((a, b) => b.matches - a.matches || (a.leak < b.leak ? -1 : 1));
  return { lines, usable, unusable, duplicates, leaks };
}
