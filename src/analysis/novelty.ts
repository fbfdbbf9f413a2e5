/**
 * `ringfence novelty <id>`: a leak against the other leaks of the catalogue at once. How many
 * of its numbers are new to the collection, which other leak explains most of it, per country;
 * recorded in the leak's manifest (`novelty`, and the recompilation flag when one leak holds
 * 90% or more of it, the way HIBP flags fabricated and spam lists).
 *
 * Only what existed before a leak can explain it, or "is the 2022 list new?" gets a misleading
 * answer: a set derived from the leak itself (`ringfence derive`) holds all of it, and a later
 * leak that recompiled it holds most of it. So the leaks compared with are those breached
 * strictly earlier (breachedBefore: a partial date counts as every day it covers, so 2021 is not
 * before 2021-06), or, when either breach date is unknown, added to the store earlier. Derived
 * sets and leaks that are not earlier are listed in `excluded`, never silently dropped.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { regionName } from '../countries/index.js';
import { differenceOfMany, intersectionSize } from '../number-set/index.js';
import type { PhoneEngine } from '../phone/index.js';
import { breachedBefore, isDerived, type LeakStore, type Manifest } from '../store/index.js';
import { countByRegion } from './classify.js';

/** Share of a leak inside one other leak from which it is called a recompilation of it. */
export const RECOMPILATION_SHARE = 0.9;

/** Why a set of the store was not allowed to explain the leak. */
export type NoveltyExclusion = 'derived' | 'not earlier';

export interface NoveltyReport {
  readonly name: string;
  readonly unique: number;
  /** Numbers in none of the leaks compared with. */
  readonly newToCollection: number;
  readonly newShare: number;
  /** The leaks that may explain this one: earlier ones, by breach date or else by added date. */
  readonly comparedWith: readonly string[];
  /** The other sets of the store that were left out, and why. */
  readonly excluded: readonly { name: string; reason: NoveltyExclusion }[];
  /** The compared leaks by how much of this one they hold, largest first. */
  readonly explainedBy: readonly { name: string; intersection: number; share: number }[];
  readonly recompilationOf: string | null;
  readonly countries: readonly { region: string; name: string; unique: number; new: number }[];
}

/**
 * Whether `other` may explain `leak`: a leak (not a derived set) breached strictly earlier, or,
 * when either breach date is unknown, added to the store earlier.
 */
export function mayExplain(other: Manifest, leak: Manifest): NoveltyExclusion | null {
  if (isDerived(other)) return 'derived';
  const byBreach = breachedBefore(other.breachDate, leak.breachDate);
  const earlier = byBreach ?? other.addedDate < leak.addedDate;
  return earlier ? null : 'not earlier';
}

/** The leak against the leaks before it; STORE_EMPTY when the store holds no leak. */
export function noveltyOf(store: LeakStore, engine: PhoneEngine, name: string): NoveltyReport {
  const manifests = store.requireLeaks();
  const leak = store.manifest(name);
  const set = store.numbers(name);
  const others: string[] = [];
  const excluded: { name: string; reason: NoveltyExclusion }[] = [];
  for (const other of manifests) {
    if (other.name === name) continue;
    const reason = mayExplain(other, leak);
    if (reason === null) others.push(other.name);
    else excluded.push({ name: other.name, reason });
  }
  const otherSets = others.map((n) => store.numbers(n));
  const fresh = new Map<string, number>();
  let newToCollection = 0;
  differenceOfMany(set, otherSets, (r) => {
    newToCollection += r.count;
    countByRegion(engine, r, fresh);
  });
  const explainedBy = others
    .map((other, i) => {
      const intersection = intersectionSize(set, otherSets[i]!);
      return { name: other, intersection, share: set.count === 0 ? 0 : intersection / set.count };
    })
    .sort((x, y) => y.intersection - x.intersection || (x.name < y.name ? -1 : 1));
  const best = explainedBy[0];
  const recompilationOf =
    best !== undefined && best.share >= RECOMPILATION_SHARE ? best.name : null;
  const countries = store
    .stats(name)
    .regions.filter((r) => r.unique > 0)
    .map((r) => ({
      region: r.region,
      name: regionName(r.region),
      unique: r.unique,
      new: fresh.get(r.region) ?? 0,
    }));
  return {
    name,
    unique: set.count,
    newToCollection,
    newShare: set.count === 0 ? 0 : newToCollection / set.count,
    comparedWith: others,
    excluded,
    explainedBy,
    recompilationOf,
    countries,
  };
}

/** Writes the result into the leak's manifest (atomically: a new file renamed over the old). */
export function recordNovelty(store: LeakStore, report: NoveltyReport): Manifest {
  const manifest = store.manifest(report.name);
  const best = report.explainedBy[0];
  const updated: Manifest = {
    ...manifest,
    flags: { ...manifest.flags, recompilation: report.recompilationOf !== null },
    novelty: {
      computedAt: new Date().toISOString(),
      comparedWith: [...report.comparedWith],
      newToCollection: report.newToCollection,
      recompilationOf: report.recompilationOf,
      bestMatch: best === undefined ? null : { name: best.name, share: best.share },
      excluded: report.excluded.map((e) => ({ ...e })),
    },
  };
  const path = join(store.leakDir(report.name), 'manifest.json');
  writeFileSync(`${path}.tmp`, JSON.stringify(updated, null, 2) + '\n');
  renameSync(`${path}.tmp`, path);
  return updated;
}
