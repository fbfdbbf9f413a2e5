/**
 * Compare two leaks of the store exactly: set figures from a streaming intersection of their
 * number sets, per-country figures, the per-country count vectors the press compared by hand
 * (L1 distance, agreement to 1, 2 and 3 significant figures), and a verdict with its evidence.
 */
import { regionName } from '../countries/index.js';
import { combineSets } from '../number-set/index.js';
import { NO_REGION_INDEX, PHONE_TYPES, type PhoneEngine } from '../phone/index.js';
import type { LeakStore } from '../store/index.js';
import { classifyPartition, countByRegion } from './classify.js';

export type Verdict = 'recompilation' | 'superset' | 'overlapping' | 'independent' | 'identical';

/** How two per-country count profiles agree, the test reporters applied by hand. */
export type CountProfileVerdict =
  'count-profile-match' | 'count-profile-partial' | 'count-profile-mismatch';

/**
 * `match` when at least 80% of the countries compared agree to 2 significant figures, `partial`
 * when half agree to 1; `countries` is how many were compared.
 */
export function countProfileVerdict(
  agreeTo: { readonly 1: number; readonly 2: number },
  countries: number,
): CountProfileVerdict {
  if (countries > 0 && agreeTo[2] / countries >= 0.8) return 'count-profile-match';
  if (countries > 0 && agreeTo[1] / countries >= 0.5) return 'count-profile-partial';
  return 'count-profile-mismatch';
}

export interface CountryComparison {
  readonly region: string;
  readonly name: string;
  readonly a: number;
  readonly b: number;
  readonly intersection: number;
  /** b / a, null when a is 0. */
  readonly ratio: number | null;
  /** Significant figures (0 to 3) to which a and b agree. */
  readonly agreeingFigures: number;
}

/** What the pages say about each compared leak besides its numbers: from its manifest. */
export interface ComparedLeak {
  readonly title: string;
  readonly breachDate: string | null;
  readonly addedDate: string;
}

export interface Comparison {
  readonly a: string;
  readonly b: string;
  /** Titles and dates of A and B (absent from comparisons saved before they were added). */
  readonly leaks?: { readonly a: ComparedLeak; readonly b: ComparedLeak };
  readonly sizeA: number;
  readonly sizeB: number;
  readonly intersection: number;
  readonly union: number;
  readonly aMinusB: number;
  readonly bMinusA: number;
  readonly containment: { readonly aInB: number; readonly bInA: number };
  readonly jaccard: number;
  readonly verdict: Verdict;
  readonly evidence: string;
  readonly countries: readonly CountryComparison[];
  /** By line type, when asked (`byType`): the intersection's numbers are classified. */
  readonly lineTypes?: readonly {
    readonly type: string;
    readonly a: number;
    readonly b: number;
    readonly intersection: number;
  }[];
  readonly countVectors: {
    /** Sum over countries of |a - b|, in numbers. */
    readonly l1: number;
    /** l1 / (|A| + |B|): 0 for identical profiles, 1 for disjoint countries. */
    readonly l1Share: number;
    /** Countries counted in both leaks agreeing to 1, 2 and 3 significant figures. */
    readonly agreeTo: { readonly 1: number; readonly 2: number; readonly 3: number };
    readonly countriesInBoth: number;
    /** The count profiles judged alone, as if the numbers were not available. */
    readonly verdict: CountProfileVerdict;
  };
}

/** Significant figures (up to 3) to which two counts agree when rounded. */
export function agreeingFigures(x: number, y: number): number {
  if (x <= 0 || y <= 0) return 0;
  // The most figures at which both round to the same value (44.8M and 45.0M agree to 2
  // figures though not to 1: 4e7 and 5e7).
  let figures = 0;
  for (let f = 1; f <= 3; f++)
    if (Number(x.toPrecision(f)) === Number(y.toPrecision(f))) figures = f;
  return figures;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function judge(
  a: string,
  b: string,
  sizeA: number,
  sizeB: number,
  intersection: number,
): { verdict: Verdict; evidence: string } {
  const aInB = sizeA === 0 ? 0 : intersection / sizeA;
  const bInA = sizeB === 0 ? 0 : intersection / sizeB;
  const figures = `${intersection.toLocaleString('en-US')} numbers in common: ${pct(bInA)} of ${b} is in ${a}, ${pct(aInB)} of ${a} is in ${b}`;
  if (sizeA > 0 && sizeA === sizeB && intersection === sizeA)
    return { verdict: 'identical', evidence: `${a} and ${b} hold the same numbers (${figures}).` };
  if (bInA >= 0.9)
    return {
      verdict: 'recompilation',
      evidence: `${b} is mostly a recompilation of ${a}: ${figures}.`,
    };
  if (aInB >= 0.9)
    return {
      verdict: 'superset',
      evidence: `${b} contains most of ${a} and extends it: ${figures}.`,
    };
  if (Math.max(aInB, bInA) >= 0.05)
    return { verdict: 'overlapping', evidence: `${a} and ${b} overlap: ${figures}.` };
  return { verdict: 'independent', evidence: `${a} and ${b} are independent: ${figures}.` };
}

/**
 * Compares leak `b` against leak `a`. Numbers of calling codes shared by several regions
 * (+1, +7, +44...) are classified with the phone engine to count the intersection per region.
 */
export function compareLeaks(
  store: LeakStore,
  engine: PhoneEngine,
  a: string,
  b: string,
  options: { byType?: boolean } = {},
): Comparison {
  const setA = store.numbers(a);
  const setB = store.numbers(b);
  const interByRegion = new Map<string, number>();
  const interByType = new Map<string, number>();
  let intersection = 0;
  combineSets(setA, setB, 'intersection', (r) => {
    intersection += r.count;
    if (options.byType !== true) {
      countByRegion(engine, r, interByRegion);
      return;
    }
    classifyPartition(engine, r, (batch) => {
      for (let i = 0; i < batch.count; i++) {
        const region =
          batch.region[i] === NO_REGION_INDEX ? '001' : batch.regionIds[batch.region[i]!]!;
        interByRegion.set(region, (interByRegion.get(region) ?? 0) + 1);
        const type = batch.type[i] === 0 ? 'UNKNOWN' : PHONE_TYPES[batch.type[i]! - 1]!;
        interByType.set(type, (interByType.get(type) ?? 0) + 1);
      }
    });
  });
  const sizeA = setA.count;
  const sizeB = setB.count;
  const union = sizeA + sizeB - intersection;
  const statsA = store.stats(a);
  const statsB = store.stats(b);
  const uniqueA = new Map(statsA.regions.map((r) => [r.region, r.unique]));
  const uniqueB = new Map(statsB.regions.map((r) => [r.region, r.unique]));
  const typesA = new Map(statsA.lineTypes.map((t) => [t.type, t.unique]));
  const typesB = new Map(statsB.lineTypes.map((t) => [t.type, t.unique]));
  const lineTypes =
    options.byType === true
      ? [...new Set([...typesA.keys(), ...typesB.keys()])]
          .map((type) => ({
            type,
            a: typesA.get(type) ?? 0,
            b: typesB.get(type) ?? 0,
            intersection: interByType.get(type) ?? 0,
          }))
          .sort((x, y) => Math.max(y.a, y.b) - Math.max(x.a, x.b))
      : undefined;
  const regions = [...new Set([...uniqueA.keys(), ...uniqueB.keys()])];
  const countries: CountryComparison[] = regions
    .map((region) => {
      const ca = uniqueA.get(region) ?? 0;
      const cb = uniqueB.get(region) ?? 0;
      return {
        region,
        name: regionName(region),
        a: ca,
        b: cb,
        intersection: interByRegion.get(region) ?? 0,
        ratio: ca === 0 ? null : cb / ca,
        agreeingFigures: agreeingFigures(ca, cb),
      };
    })
    .filter((c) => c.a > 0 || c.b > 0)
    .sort((x, y) => Math.max(y.a, y.b) - Math.max(x.a, x.b) || (x.region < y.region ? -1 : 1));
  const both = countries.filter((c) => c.a > 0 && c.b > 0);
  const l1 = countries.reduce((s, c) => s + Math.abs(c.a - c.b), 0);
  const agreeTo = {
    1: both.filter((c) => c.agreeingFigures >= 1).length,
    2: both.filter((c) => c.agreeingFigures >= 2).length,
    3: both.filter((c) => c.agreeingFigures >= 3).length,
  };
  // Countries of either leak count: a country missing from one side does not agree.
  const profile = countProfileVerdict(agreeTo, countries.length);
  const judged = judge(a, b, sizeA, sizeB, intersection);
  const about = (name: string): ComparedLeak => {
    const m = store.manifest(name);
    return { title: m.title, breachDate: m.breachDate, addedDate: m.addedDate };
  };
  return {
    a,
    b,
    leaks: { a: about(a), b: about(b) },
    sizeA,
    sizeB,
    intersection,
    union,
    aMinusB: sizeA - intersection,
    bMinusA: sizeB - intersection,
    containment: {
      aInB: sizeA === 0 ? 0 : intersection / sizeA,
      bInA: sizeB === 0 ? 0 : intersection / sizeB,
    },
    jaccard: union === 0 ? 0 : intersection / union,
    verdict: judged.verdict,
    evidence:
      judged.evidence +
      ` The per-country counts agree to 3 significant figures in ${agreeTo[3]} of ${countries.length} countries (${profile}).`,
    countries,
    ...(lineTypes === undefined ? {} : { lineTypes }),
    countVectors: {
      l1,
      l1Share: sizeA + sizeB === 0 ? 0 : l1 / (sizeA + sizeB),
      agreeTo,
      countriesInBoth: both.length,
      verdict: profile,
    },
  };
}
