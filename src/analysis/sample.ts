/**
 * A verification sample with its own account: how many numbers were asked for, how many the
 * leak (or one region of it) holds, and how many were drawn, so that a short sample is never
 * mistaken for a full one ("only 3 numbers of EE in leak; asked for 1000").
 */
import { countryCode } from '../countries/index.js';
import type { PhoneEngine } from '../phone/index.js';
import type { LeakStore } from '../store/index.js';
import { sampleLeak, type SampleEntry } from './lookup.js';

export interface Sample {
  readonly leak: string;
  /** The region sampled (ISO alpha-2), null for the whole leak. */
  readonly region: string | null;
  readonly asked: number;
  /** Unique valid numbers the leak holds (of the region): the most a sample can have. */
  readonly available: number;
  /** The sample, in draw order. */
  readonly numbers: readonly SampleEntry[];
  /** asked - numbers.length: 0 when the sample is as large as asked. */
  readonly shortBy: number;
  /**
   * Fewer numbers drawn than the leak holds and than asked: the region shares its calling code
   * with far more common ones (+44: GB and JE) and the draw stopped at its limit.
   */
  readonly drawLimited: boolean;
}

/** A region as given to --country: a code ("ee") or a name ("Estonia"). */
function regionCode(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (/^[A-Za-z]{2}$|^\d{3}$/.test(value)) return value.toUpperCase();
  return countryCode(value) ?? value; // unknown: the phone engine says INVALID_REGION
}

export function drawSample(
  store: LeakStore,
  engine: PhoneEngine,
  name: string,
  options: { n: number; region?: string; seed: string },
): Sample {
  const region = regionCode(options.region);
  const numbers = sampleLeak(store, engine, name, { n: options.n, region, seed: options.seed });
  const stats = store.stats(name);
  const available =
    region === undefined
      ? stats.unique
      : (stats.regions.find((r) => r.region === region)?.unique ?? 0);
  return {
    leak: name,
    region: region ?? null,
    asked: options.n,
    available,
    numbers,
    shortBy: options.n - numbers.length,
    drawLimited: numbers.length < Math.min(options.n, available),
  };
}

/** The line that tells a short sample apart, or null when the sample is as large as asked. */
export function sampleShortfall(sample: Sample): string | null {
  if (sample.shortBy <= 0) return null;
  const of = sample.region === null ? '' : ` of ${sample.region}`;
  const asked = `asked for ${sample.asked.toLocaleString('en-US')}`;
  if (sample.drawLimited)
    return `drew ${sample.numbers.length.toLocaleString('en-US')} of the ${sample.available.toLocaleString('en-US')} numbers${of} in ${sample.leak}: they share a calling code with far more numbers of other regions, and the draw stopped at its limit; ${asked}`;
  return `only ${sample.available.toLocaleString('en-US')} number${sample.available === 1 ? '' : 's'}${of} in ${sample.leak}; ${asked}`;
}
