/**
 * `ringfence derive <new> --from "<a> - <b>"`: a leak made from set algebra on two leaks of the
 * store ("what is new in B" is `b - a`), written as a leak of its own: number set, stats and
 * manifest, published atomically like an ingest. It has no rows and no rejects of its own.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { RingfenceError } from '../errors.js';
import { NumberSetWriter, combineSets, type SetOperation } from '../index/index.js';
import { NO_REGION_INDEX, type PhoneEngine } from '../phone/engine.js';
import { PHONE_TYPES, metadataVersion } from '../phone/index.js';
import { classifyPartition, openNumbers } from './lookup.js';
import { leakFiles } from './files.js';
import { countBlocks, topBlocks, type LeakStats, type RegionStats } from './stats.js';
import { LeakStore, MANIFEST_FORMAT_VERSION, checkLeakName, type Manifest } from './store.js';

const OPERATORS: Record<string, SetOperation> = {
  '-': 'difference',
  '&': 'intersection',
  '|': 'union',
};

/** Parses "a - b", "a & b" or "a | b" (leak names, one operator). */
export function parseExpression(expression: string): { a: string; b: string; op: SetOperation } {
  const match = /^\s*(\S+)\s+([-&|])\s+(\S+)\s*$/.exec(expression);
  if (match === null)
    throw new RingfenceError('USAGE', {
      reason: `--from must be "<a> - <b>", "<a> & <b>" or "<a> | <b>", not "${expression}"`,
    });
  return { a: match[1]!, b: match[3]!, op: OPERATORS[match[2]!]! };
}

export interface DeriveOptions {
  readonly name: string;
  readonly from: string;
  readonly title?: string;
  readonly replace?: boolean;
}

export interface DeriveSummary {
  readonly name: string;
  readonly from: string;
  readonly unique: number;
  readonly countries: number;
}

export async function deriveLeak(
  store: LeakStore,
  engine: PhoneEngine,
  options: DeriveOptions,
): Promise<DeriveSummary> {
  checkLeakName(options.name);
  const { a, b, op } = parseExpression(options.from);
  if (store.has(options.name) && options.replace !== true)
    throw new RingfenceError('LEAK_EXISTS', { name: options.name });
  const setA = openNumbers(store, a);
  const setB = openNumbers(store, b);
  const build = store.createBuild(options.name);
  try {
    const writer = NumberSetWriter.open(join(build, 'numbers.rfns'));
    const regions = new Map<
      number,
      { unique: number; callingCode: number; lineTypes: Record<string, number> }
    >();
    const blocks = new Map<number, Map<string, number>>();
    const typeUnique = new Map<string, number>();
    combineSets(setA, setB, op, (r) => {
      writer.addPartition(r.callingCode, r.nsnLength, r.values, r.count);
      // Region and line type are not stored in the set: classify the result's numbers in one
      // batch call per partition.
      const byRegion = new Map<number, number[]>();
      classifyPartition(engine, r, (batch, offset) => {
        for (let i = 0; i < batch.count; i++) {
          const region = batch.region[i]!;
          const typeName = batch.type[i] === 0 ? 'UNKNOWN' : PHONE_TYPES[batch.type[i]! - 1]!;
          typeUnique.set(typeName, (typeUnique.get(typeName) ?? 0) + 1);
          if (region === NO_REGION_INDEX) continue;
          let entry = regions.get(region);
          if (entry === undefined) {
            entry = { unique: 0, callingCode: r.callingCode, lineTypes: {} };
            regions.set(region, entry);
          }
          entry.unique++;
          entry.lineTypes[typeName] = (entry.lineTypes[typeName] ?? 0) + 1;
          let list = byRegion.get(region);
          if (list === undefined) byRegion.set(region, (list = []));
          list.push(r.values[offset + i]!);
        }
      });
      for (const [region, list] of byRegion) {
        let map = blocks.get(region);
        if (map === undefined) blocks.set(region, (map = new Map()));
        countBlocks(Float64Array.from(list), r.nsnLength, r.callingCode, map);
      }
    });
    const numberSet = writer.close();
    const unique = numberSet.count;
    const regionStats: RegionStats[] = [...regions]
      .map(([index, r]) => ({
        region: engine.regionIds[index]!,
        callingCode: r.callingCode,
        rows: r.unique,
        unique: r.unique,
        share: unique === 0 ? 0 : r.unique / unique,
        lineTypes: r.lineTypes,
        topBlocks: topBlocks(blocks.get(index) ?? new Map()),
      }))
      .sort((x, y) => y.unique - x.unique || (x.region < y.region ? -1 : 1));
    const counts = {
      rows: unique,
      accepted: unique,
      rejected: 0,
      headerLines: 0,
      blankLines: 0,
      valid: unique,
      possibleOnly: 0,
      unique,
    };
    const stats: LeakStats = {
      ...counts,
      regions: regionStats,
      lineTypes: [...typeUnique]
        .map(([type, n]) => ({ type, unique: n }))
        .sort((x, y) => y.unique - x.unique),
      rejectReasons: [],
      dataClasses: [{ column: 'phone', dataClass: 'Phone numbers', filled: unique, fillRate: 1 }],
      numberSet,
    };
    writeFileSync(join(build, 'stats.json'), JSON.stringify(stats, null, 1) + '\n');
    writeFileSync(join(build, 'rejects.jsonl.gz'), gzipSync(''));
    const manifest: Manifest = {
      formatVersion: MANIFEST_FORMAT_VERSION,
      name: options.name,
      title: options.title ?? `${options.from} (derived)`,
      source: `derived: ${a} ${op} ${b}`,
      breachDate: null,
      addedDate: new Date().toISOString(),
      metadataVersion: metadataVersion(),
      flags: {
        verified: false,
        fabricated: false,
        sensitive: false,
        spamList: false,
        recompilation: false,
      },
      dataClasses: ['Phone numbers'],
      counts: { ...counts, duplicates: 0, countries: regionStats.length },
      inputs: [],
      files: await leakFiles(build, false),
    };
    writeFileSync(join(build, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    store.publish(build, options.name, options.replace === true);
    return { name: options.name, from: options.from, unique, countries: regionStats.length };
  } catch (error) {
    rmSync(build, { recursive: true, force: true });
    throw error;
  }
}
