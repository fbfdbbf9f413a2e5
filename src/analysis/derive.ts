/**
 * `ringfence derive <new> --from "<a> - <b>"`: a leak made from set algebra on two leaks of the
 * store ("what is new in B" is `b - a`), written as a leak of its own: number set, stats and
 * manifest, published atomically like an ingest. It has no rows and no rejects of its own.
 */
import { RingfenceError } from '../errors.js';
import { NumberSetWriter, combineSets, type SetOperation } from '../number-set/index.js';
import { NO_REGION_INDEX, PHONE_TYPES, metadataVersion, type PhoneEngine } from '../phone/index.js';
import {
  LeakBuild,
  RegionTally,
  checkLeakName,
  type LeakStats,
  type LeakStore,
} from '../store/index.js';
import { classifyPartition } from './classify.js';

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
  const setA = store.numbers(a);
  const setB = store.numbers(b);
  const build = LeakBuild.start(store, options.name, options.replace === true);
  try {
    const writer = NumberSetWriter.open(build.path('numbers.rfns'));
    const tally = new RegionTally();
    combineSets(setA, setB, op, (r) => {
      writer.addPartition(r.callingCode, r.nsnLength, r.values, r.count);
      // Region and line type are not stored in the set: classify the result's numbers in one
      // batch call per partition.
      const byRegion = new Map<number, number[]>();
      classifyPartition(engine, r, (batch, offset) => {
        for (let i = 0; i < batch.count; i++) {
          const region = batch.region[i]!;
          const typeName = batch.type[i] === 0 ? 'UNKNOWN' : PHONE_TYPES[batch.type[i]! - 1]!;
          tally.add(region, r.callingCode, typeName, 1);
          if (region === NO_REGION_INDEX) continue;
          let list = byRegion.get(region);
          if (list === undefined) byRegion.set(region, (list = []));
          list.push(r.values[offset + i]!);
        }
      });
      for (const [region, list] of byRegion)
        tally.addBlocks(region, r.callingCode, r.nsnLength, Float64Array.from(list));
    });
    const numberSet = writer.close();
    const unique = numberSet.count;
    const stats: LeakStats = {
      rows: unique,
      accepted: unique,
      rejected: 0,
      headerLines: 0,
      blankLines: 0,
      valid: unique,
      possibleOnly: 0,
      unique,
      regions: tally.regions(engine.regionIds, unique),
      lineTypes: tally.lineTypes(),
      rejectReasons: [],
      dataClasses: [{ column: 'phone', dataClass: 'Phone numbers', filled: unique, fillRate: 1 }],
      numberSet,
    };
    const manifest = await build.publish(
      {
        kind: 'derived',
        title: options.title ?? `${options.from} (derived)`,
        source: `derived: ${a} ${op} ${b}`,
        breachDate: null,
        metadataVersion: metadataVersion(),
        flags: {
          verified: false,
          fabricated: false,
          sensitive: false,
          spamList: false,
          recompilation: false,
        },
        inputs: [],
      },
      stats,
    );
    return {
      name: options.name,
      from: options.from,
      unique,
      countries: manifest.counts.countries,
    };
  } catch (error) {
    build.discard();
    throw error;
  }
}
