/**
 * `ringfence novelty <id>`: a leak against every other leak of the catalogue at once. How many
 * of its numbers are new to the collection, which other leak explains most of it, per country;
 * recorded in the leak's manifest (`novelty`, and the recompilation flag when one leak holds
 * 90% or more of it, the way HIBP flags fabricated and spam lists).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { regionName } from '../countries/index.js';
import { differenceOfMany, intersectionSize } from '../number-set/index.js';
import type { PhoneEngine } from '../phone/index.js';
import type { LeakStore, Manifest } from '../store/index.js';
import { countByRegion } from './classify.js';

/** Share of a leak inside one other leak from which it is called a recompilation of it. */
export const RECOMPILATION_SHARE = 0.9;

export interface NoveltyReport {
  readonly name: string;
  readonly unique: number;
  readonly newToCollection: number;
  readonly newShare: number;
  readonly comparedWith: readonly string[];
  /** The other leaks by how much of this one they hold, largest first. */
  readonly explainedBy: readonly { name: string; intersection: number; share: number }[];
  readonly recompilationOf: string | null;
  readonly countries: readonly { region: string; name: string; unique: number; new: number }[];
}

export function noveltyOf(store: LeakStore, engine: PhoneEngine, name: string): NoveltyReport {
  const set = store.numbers(name);
  const others = store.names().filter((n) => n !== name);
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
    },
  };
  const path = join(store.leakDir(report.name), 'manifest.json');
  writeFileSync(`${path}.tmp`, JSON.stringify(updated, null, 2) + '\n');
  renameSync(`${path}.tmp`, path);
  return updated;
}
