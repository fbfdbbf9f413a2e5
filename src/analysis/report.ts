/**
 * A leak's report, drawn from its manifest and the figures measured at ingest (stats.json).
 */
import { regionName } from '../countries/index.js';
import { duplicatesOf, type LeakStore } from '../store/index.js';
import type { CountryReport, LeakReport, LineTypeKey } from './report-types.js';

export function buildReport(store: LeakStore, name: string): LeakReport {
  const manifest = store.manifest(name);
  const stats = store.stats(name);
  const countries: CountryReport[] = stats.regions.map((r) => ({
    region: r.region,
    name: regionName(r.region),
    callingCode: r.callingCode,
    rows: r.rows,
    unique: r.unique,
    share: r.share,
    lineTypes: r.lineTypes,
    topBlocks: r.topBlocks,
  }));
  return {
    name: manifest.name,
    title: manifest.title,
    source: manifest.source,
    breachDate: manifest.breachDate,
    addedDate: manifest.addedDate,
    flags: {
      verified: manifest.flags.verified,
      fabricated: manifest.flags.fabricated,
      sensitive: manifest.flags.sensitive,
      spamList: manifest.flags.spamList,
    },
    rows: stats.rows,
    accepted: stats.accepted,
    rejected: stats.rejected,
    headerLines: stats.headerLines,
    blankLines: stats.blankLines,
    valid: stats.valid,
    possibleOnly: stats.possibleOnly,
    invalid: stats.rejected,
    unique: stats.unique,
    duplicates: duplicatesOf(stats),
    countries,
    lineTypes: stats.lineTypes.map((t) => ({
      type: t.type as LineTypeKey,
      unique: t.unique,
      share: stats.unique === 0 ? 0 : t.unique / stats.unique,
    })),
    dataClasses: stats.dataClasses,
    rejectReasons: stats.rejectReasons,
    numberSet: {
      bytes: stats.numberSet.bytes,
      partitions: stats.numberSet.partitions,
      bitsPerNumber: stats.numberSet.bitsPerNumber,
      boundBitsPerNumber: stats.numberSet.boundBitsPerNumber,
    },
    metadataVersion: manifest.metadataVersion,
    ...(stats.reading === undefined ? {} : { reading: stats.reading }),
    ...(manifest.novelty === undefined ? {} : { novelty: manifest.novelty }),
  };
}
