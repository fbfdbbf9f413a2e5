/**
 * `ringfence compare-counts <a> <counts.csv>`: when all one has is a table of per-country counts
 * (a seller's advert, a press report), compare it with a leak's measured profile, country by
 * country, the way reporters matched the 2022 "WhatsApp" counts to the 2021 Facebook scrape.
 */
import { readFileSync } from 'node:fs';
import { RingfenceError } from '../errors.js';
import { RegionMapper, regionName } from '../countries/index.js';
import { splitRecord } from '../ingest/index.js';
import type { PhoneEngine } from '../phone/index.js';
import type { LeakStore } from '../store/index.js';
import { agreeingFigures, countProfileVerdict, type CountProfileVerdict } from './compare.js';

export interface ClaimedCount {
  /** 1-based line in the counts file. */
  readonly line: number;
  readonly region: string;
  readonly claimed: number;
}

export interface CountsComparison {
  readonly leak: string;
  /** Lines that named no country or held no count, with their line numbers. */
  readonly skipped: readonly { line: number; reason: string }[];
  readonly countries: readonly {
    readonly region: string;
    readonly name: string;
    readonly claimed: number;
    readonly unique: number;
    readonly rows: number;
    /** claimed / unique, null when the leak has none. */
    readonly ratio: number | null;
    readonly agreeingFigures: number;
  }[];
  readonly agreeTo: { readonly 1: number; readonly 2: number; readonly 3: number };
  readonly claimedTotal: number;
  readonly measuredTotal: number;
  readonly verdict: CountProfileVerdict;
  readonly evidence: string;
}

const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, million: 1e6, b: 1e9 };

/** "44,833,547", "44 833 547", "35.7M", "6 million": a count, or null. */
export function parseCount(text: string): number | null {
  const match = /^\s*([\d.,\s_]+?)\s*(k|m|million|b)?\s*$/i.exec(text);
  if (match === null) return null;
  const multiplier = match[2] === undefined ? 1 : MULTIPLIERS[match[2].toLowerCase()]!;
  const digits = match[1]!.replace(/[\s_]/g, '');
  // With a multiplier a dot is a decimal point; without one, dots and commas group thousands.
  const value =
    multiplier === 1 ? Number(digits.replace(/[.,]/g, '')) : Number(digits.replace(/,/g, ''));
  return Number.isFinite(value) && value >= 0 ? Math.round(value * multiplier) : null;
}

export function readClaimedCounts(
  path: string,
  regions: RegionMapper,
  regionIds: readonly string[],
): { counts: ClaimedCount[]; skipped: { line: number; reason: string }[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new RingfenceError('INPUT_NOT_FOUND', { path });
  }
  const counts: ClaimedCount[] = [];
  const skipped: { line: number; reason: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const delimiter = raw.includes('\t') ? '\t' : raw.includes(';') ? ';' : ',';
    const fields = splitRecord(raw, delimiter).map((f) => f.trim());
    let region = -1;
    let claimed: number | null = null;
    for (const field of fields) {
      if (region === -1 && !/^[\d\s.,_]+$/.test(field)) region = regions.lookup(field);
      else if (claimed === null) claimed = parseCount(field);
    }
    if (region === -1 || claimed === null) {
      // A header line is expected; anything else is reported.
      if (i > 0) skipped.push({ line: i + 1, reason: region === -1 ? 'NO_COUNTRY' : 'NO_COUNT' });
      return;
    }
    counts.push({ line: i + 1, region: regionIds[region]!, claimed });
  });
  return { counts, skipped };
}

export function compareCounts(
  store: LeakStore,
  engine: PhoneEngine,
  leak: string,
  countsPath: string,
): CountsComparison {
  const stats = store.stats(leak);
  const { counts, skipped } = readClaimedCounts(
    countsPath,
    new RegionMapper(engine.regionIds),
    engine.regionIds,
  );
  const measured = new Map(stats.regions.map((r) => [r.region, r]));
  const countries = counts
    .map((c) => {
      const m = measured.get(c.region);
      const unique = m?.unique ?? 0;
      return {
        region: c.region,
        name: regionName(c.region),
        claimed: c.claimed,
        unique,
        rows: m?.rows ?? 0,
        ratio: unique === 0 ? null : c.claimed / unique,
        agreeingFigures: agreeingFigures(c.claimed, unique),
      };
    })
    .sort((x, y) => y.claimed - x.claimed);
  const agreeTo = {
    1: countries.filter((c) => c.agreeingFigures >= 1).length,
    2: countries.filter((c) => c.agreeingFigures >= 2).length,
    3: countries.filter((c) => c.agreeingFigures >= 3).length,
  };
  const n = countries.length;
  const verdict = countProfileVerdict(agreeTo, n);
  const worst = countries.find((c) => c.agreeingFigures === 0);
  const evidence =
    `${agreeTo[3]} of ${n} claimed countries match ${leak}'s unique counts to 3 significant figures, ${agreeTo[2]} to 2, ${agreeTo[1]} to 1` +
    (worst === undefined
      ? '.'
      : `; the largest claim that does not match is ${worst.name}: ${worst.claimed.toLocaleString('en-US')} claimed, ${worst.unique.toLocaleString('en-US')} measured.`);
  return {
    leak,
    skipped,
    countries,
    agreeTo,
    claimedTotal: countries.reduce((s, c) => s + c.claimed, 0),
    measuredTotal: stats.unique,
    verdict,
    evidence,
  };
}
