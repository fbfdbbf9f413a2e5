/**
 * Questions asked of the number sets of the store: is this number in a leak (check), and a
 * reproducible random verification sample of a leak (sample).
 */
import { join } from 'node:path';
import { RingfenceError } from '../errors.js';
import { readNumberSet, type NumberSet, type PartitionResult } from '../index/index.js';
import {
  NO_REGION_INDEX,
  writeNationalDigits,
  type PhoneBatch,
  type PhoneEngine,
} from '../phone/engine.js';
import type { LeakStore } from './store.js';

export interface CheckResult {
  readonly e164: string;
  readonly region: string | null;
  readonly leaks: readonly {
    readonly name: string;
    readonly title: string;
    readonly breachDate: string | null;
  }[];
}

export function openNumbers(store: LeakStore, name: string): NumberSet {
  return readNumberSet(join(store.requireLeak(name), 'numbers.rfns'));
}

/** Which leaks of the store hold `input` (any format the phone engine reads). */
export function checkNumber(
  store: LeakStore,
  engine: PhoneEngine,
  input: string,
  region?: string,
): CheckResult {
  const parsed = engine.parse(input, { defaultRegion: region });
  if (!parsed.ok) throw new RingfenceError(parsed.error.code);
  const nsn = Number(parsed.nationalNumber);
  const length = parsed.nationalNumber.length;
  const leaks = [];
  for (const name of store.names()) {
    const set = openNumbers(store, name);
    if (set.has(parsed.callingCode, length, nsn)) {
      const m = store.manifest(name);
      leaks.push({ name, title: m.title, breachDate: m.breachDate });
    }
  }
  return { e164: parsed.e164, region: parsed.region, leaks };
}

export interface SampleEntry {
  readonly e164: string;
  readonly region: string | null;
  readonly type: string | null;
}

/**
 * Splittable, seedable generator (SplitMix32 over a string seed's FNV hash): the same seed gives
 * the same sample on every machine.
 */
export function seededRandom(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let state = h >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    z = (z ^ (z >>> 16)) >>> 0;
    return z / 4294967296;
  };
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
  const set = openNumbers(store, name);
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

/** Numbers per classification batch: about 1.4 MB of text, whatever the partition's size. */
const CLASSIFY_CHUNK = 65_536;

/**
 * Region and line type of every number of a partition result, by batch calls to the engine over
 * `+<code><nsn>` lines written as bytes: the number set stores neither (they are functions of
 * the number and the metadata version). Line i of a batch is number `offset + i` of `r`.
 */
export function classifyPartition(
  engine: PhoneEngine,
  r: Pick<PartitionResult, 'callingCode' | 'nsnLength' | 'count' | 'values'>,
  onBatch: (batch: PhoneBatch, offset: number) => void,
): void {
  const code = String(r.callingCode);
  const width = 2 + code.length + r.nsnLength;
  const bytes = new Uint8Array(Math.min(r.count, CLASSIFY_CHUNK) * width);
  for (let offset = 0; offset < r.count; offset += CLASSIFY_CHUNK) {
    const n = Math.min(CLASSIFY_CHUNK, r.count - offset);
    for (let i = 0; i < n; i++) {
      let at = i * width;
      bytes[at++] = 0x2b; // +
      for (let k = 0; k < code.length; k++) bytes[at++] = code.charCodeAt(k);
      writeNationalDigits(bytes, at, r.values[offset + i]!, r.nsnLength, 0x30);
      bytes[at + r.nsnLength] = 0x0a;
    }
    onBatch(engine.parseBatch(bytes.subarray(0, n * width)), offset);
  }
}

/**
 * Adds the numbers of a partition result to `counts` by region (`001` when none fits). A calling
 * code of one region needs no work; numbers of shared codes (+1, +7, +44...) take one walk of
 * the phone engine's automaton each.
 */
export function countByRegion(
  engine: PhoneEngine,
  r: PartitionResult,
  counts: Map<string, number>,
): void {
  const md = engine.metadata;
  const plan = md.callingCodes[md.callingCodeIndex[r.callingCode]!];
  if (plan !== undefined && plan.regionCount === 1) {
    const region = engine.regionIds[plan.firstRegion]!;
    counts.set(region, (counts.get(region) ?? 0) + r.count);
    return;
  }
  const byIndex = new Float64Array(engine.regionIds.length + 1);
  const none = engine.regionIds.length;
  for (let i = 0; i < r.count; i++) {
    const region = engine.regionOfNational(r.callingCode, r.values[i]!, r.nsnLength);
    byIndex[region === NO_REGION_INDEX ? none : region]!++;
  }
  byIndex.forEach((n, index) => {
    if (n === 0) return;
    const region = engine.regionIds[index] ?? '001';
    counts.set(region, (counts.get(region) ?? 0) + n);
  });
}
