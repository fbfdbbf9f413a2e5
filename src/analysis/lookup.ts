/**
 * Questions asked of the number sets of the store: is this number in a leak (check), and a
 * reproducible random verification sample of a leak (sample).
 */
import { RingfenceError } from '../errors.js';
import type { PhoneEngine } from '../phone/index.js';
import { seededRandom } from '../random.js';
import { isDerived, type LeakStore } from '../store/index.js';

export interface CheckResult {
  readonly e164: string;
  readonly region: string | null;
  /** How many leaks were searched (derived sets apart). */
  readonly leaksSearched: number;
  /** The leaks that hold the number: the answer. */
  readonly leaks: readonly {
    readonly name: string;
    readonly title: string;
    readonly breachDate: string | null;
  }[];
  /**
   * The derived sets (`ringfence derive`) that hold it: not leaks, so never part of the answer,
   * shown apart so that a set of the store is not silently hidden.
   */
  readonly derived: readonly { readonly name: string; readonly title: string }[];
}

/**
 * Which leaks of the store hold `input` (any format the phone engine reads), and which derived
 * sets. STORE_EMPTY when the store holds no leak: "not found" would then reassure falsely.
 */
export function checkNumber(
  store: LeakStore,
  engine: PhoneEngine,
  input: string,
  region?: string,
): CheckResult {
  const parsed = engine.parse(input, { defaultRegion: region });
  if (!parsed.ok) throw new RingfenceError(parsed.error.code);
  const manifests = store.requireLeaks();
  const nsn = Number(parsed.nationalNumber);
  const length = parsed.nationalNumber.length;
  const leaks = [];
  const derived = [];
  for (const m of manifests) {
    if (!store.numbers(m.name).has(parsed.callingCode, length, nsn)) continue;
    if (isDerived(m)) derived.push({ name: m.name, title: m.title });
    else leaks.push({ name: m.name, title: m.title, breachDate: m.breachDate });
  }
  return {
    e164: parsed.e164,
    region: parsed.region,
    leaksSearched: manifests.filter((m) => !isDerived(m)).length,
    leaks,
    derived,
  };
}

export interface SampleEntry {
  readonly e164: string;
  readonly region: string | null;
  readonly type: string | null;
}

/**
 * `n` distinct numbers drawn uniformly from the leak (or from one region's numbers), in draw
 * order. Numbers of a shared calling code (+1, +7, +44...) are drawn from the code's partitions
 * and kept when they belong to the region.
 */
export function sampleLeak(
  store: LeakStore,
  engine: PhoneEngine,
  name: string,
  options: { n: number; region?: string; seed: string },
): SampleEntry[] {
  const set = store.numbers(name);
  const random = seededRandom(options.seed);
  let callingCode = -1;
  if (options.region !== undefined) {
    const index = engine.regionIndex(options.region);
    callingCode = engine.metadata.regions[index]?.callingCode ?? -1;
  }
  const parts = set.partitions
    .map((p, index) => ({ ...p, index }))
    .filter((p) => callingCode === -1 || p.callingCode === callingCode);
  const total = parts.reduce((s, p) => s + p.count, 0);
  const out: SampleEntry[] = [];
  const seen = new Set<number>();
  const wanted = Math.min(options.n, total);
  const maxDraws = wanted * 1000 + 10_000;
  for (let draws = 0; out.length < wanted && draws < maxDraws && seen.size < total; draws++) {
    const rank = Math.floor(random() * total);
    if (seen.has(rank)) continue;
    seen.add(rank);
    let r = rank;
    let part = parts[0]!;
    for (const p of parts) {
      if (r < p.count) {
        part = p;
        break;
      }
      r -= p.count;
    }
    const nsn = set.select(part.index, r);
    const e164 = `+${part.callingCode}${String(nsn).padStart(part.nsnLength, '0')}`;
    const parsed = engine.parse(e164);
    const region = parsed.ok ? parsed.region : null;
    if (options.region !== undefined && region !== options.region.toUpperCase()) continue;
    out.push({ e164, region, type: parsed.ok ? parsed.type : null });
  }
  return out;
}
