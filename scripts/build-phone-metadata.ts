/**
 * Compiles libphonenumber-js's `max` metadata into `data/phone-metadata.bin`, the automaton the
 * phone engine runs instead of regular expressions. The byte layout is in
 * src/phone/metadata-format.ts and docs/FORMAT.md. Deterministic: CI runs it and fails when the
 * committed artifact differs (`npm run check:drift`).
 *
 *   npx tsx scripts/build-phone-metadata.ts [--out data/phone-metadata.bin]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { align4 } from '../src/bytes.js';
import {
  FORMAT_VERSION,
  HEADER_OFFSET,
  MAGIC,
  MAX_NSN_LENGTH,
  NO_REGION,
  TYPE_CODES,
  fnv1a32,
  type CallingCodeRecord,
  type MetadataHeader,
  type RegionRecord,
} from '../src/phone/metadata-format.js';
import { DigitNfa, firstDigitMask, parseRegex } from './phone-metadata/regex-automaton.js';

const require = createRequire(import.meta.url);

/** The compressed metadata array of one numbering plan (libphonenumber-js format v4). */
type PlanArray = [
  string, // 0 calling code
  string, // 1 IDD prefix
  string, // 2 general national number pattern
  number[], // 3 possible lengths
  unknown, // 4 formats
  string | 0, // 5 national prefix
  unknown, // 6 national prefix formatting rule
  string | 0, // 7 national prefix for parsing
  string | 0, // 8 national prefix transform rule
  unknown, // 9
  string | 0, // 10 leading digits
  Array<[string, number[]?] | 0> | 0, // 11 types
];

interface MetadataJson {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, PlanArray>;
  nonGeographic: Record<string, PlanArray>;
}

/** Order of libphonenumber-js's types array (metadata.js getType). */
const SOURCE_TYPE_ORDER = [
  'FIXED_LINE',
  'MOBILE',
  'TOLL_FREE',
  'PREMIUM_RATE',
  'PERSONAL_NUMBER',
  'VOICEMAIL',
  'UAN',
  'PAGER',
  'VOIP',
  'SHARED_COST',
] as const;
type SourceType = (typeof SOURCE_TYPE_ORDER)[number];

/** libphonenumber's order of checks after FIXED_LINE (getNumberType.js). */
const NON_FIXED_LINE_TYPES: readonly SourceType[] = [
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];

function typeCode(name: (typeof TYPE_CODES)[number]): number {
  return TYPE_CODES.indexOf(name) + 1;
}

interface PlanTracks {
  general: number;
  leading: number; // -1 when the plan has no leading digits
  types: Map<SourceType, { track: number; lengths: readonly number[] }>;
  hasMobileType: boolean;
  hasTypes: boolean;
}

interface BuiltCallingCode {
  root: number;
}

function main(): void {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(outArg > 0 ? process.argv[outArg + 1]! : 'data/phone-metadata.bin');
  const metadataPath = require.resolve('libphonenumber-js/metadata.max.json');
  const raw = readFileSync(metadataPath);
  const metadata = JSON.parse(raw.toString('utf8')) as MetadataJson;
  const pkg = JSON.parse(readFileSync(resolve(dirname(metadataPath), 'package.json'), 'utf8')) as {
    version: string;
  };

  const regions: RegionRecord[] = [];
  const callingCodes: CallingCodeRecord[] = [];

  // Global automaton tables. State 0 is the dead state (every digit loops to it).
  const transitions: number[] = new Array<number>(10).fill(0);
  const stateOutput: number[] = [0];
  const outputs: Uint8Array[] = [encodeOutput(0, NO_REGION, [])];
  const outputIds = new Map<string, number>([[Buffer.from(outputs[0]!).toString('hex'), 0]]);

  // Non-geographic calling codes (+800, +882...) are only in `nonGeographic`: region `001`.
  const regionsOf = new Map<string, string[]>(Object.entries(metadata.country_calling_codes));
  for (const cc of Object.keys(metadata.nonGeographic)) regionsOf.set(cc, ['001']);
  const codes = [...regionsOf.keys()].sort((a, b) => Number(a) - Number(b));
  for (const cc of codes) {
    const ids = regionsOf.get(cc)!;
    const plans = ids.map((id) =>
      id === '001' ? metadata.nonGeographic[cc]! : metadata.countries[id]!,
    );
    const regionIndices = ids.map((id, i) => {
      const plan = plans[i]!;
      regions.push(regionRecord(id, Number(cc), plan));
      return regions.length - 1;
    });
    const built = buildCallingCode(plans, ids.length > 1, {
      transitions,
      stateOutput,
      outputs,
      outputIds,
    });
    callingCodes.push({ callingCode: Number(cc), root: built.root, regions: regionIndices });
  }

  const header: MetadataHeader = {
    source: 'libphonenumber-js/metadata.max.json',
    metadataVersion: `libphonenumber-js ${pkg.version} (max, metadata format v${metadata.version})`,
    sourceSha256: createHash('sha256').update(raw).digest('hex'),
    maxNsnLength: MAX_NSN_LENGTH,
    stateCount: stateOutput.length,
    transitionBytes: stateOutput.length <= 0x10000 ? 2 : 4,
    outputCount: outputs.length,
    outputBytes: outputs.reduce((n, o) => n + o.length, 0),
    regions,
    callingCodes,
  };
  const bytes = serialise(header, transitions, stateOutput, outputs);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  console.log(
    `wrote ${out}: ${bytes.length} bytes, ${header.stateCount} states, ${header.outputCount} outputs, ` +
      `${regions.length} numbering plans, ${callingCodes.length} calling codes (${header.metadataVersion})`,
  );
}

function regionRecord(id: string, callingCode: number, plan: PlanArray): RegionRecord {
  const nationalPrefix = plan[5] || null;
  const nationalPrefixForParsing = plan[7] || nationalPrefix;
  return {
    id,
    callingCode,
    lengths: plan[3],
    nationalPrefix,
    nationalPrefixForParsing,
    nationalPrefixFirstDigits: nationalPrefixForParsing
      ? firstDigitMask(nationalPrefixForParsing)
      : 0,
    nationalPrefixTransformRule: plan[8] || null,
    internationalPrefix: plan[1] || null,
    hasTypes: Array.isArray(plan[11]) && plan[11].length > 0,
  };
}

interface Tables {
  transitions: number[];
  stateOutput: number[];
  outputs: Uint8Array[];
  outputIds: Map<string, number>;
}

/**
 * Subset construction over every pattern of every plan sharing one calling code, unrolled by
 * depth (so that the result is a DAG and each state knows its length), then minimised bottom-up
 * and appended to the global tables.
 */
function buildCallingCode(plans: PlanArray[], shared: boolean, tables: Tables): BuiltCallingCode {
  const nfa = new DigitNfa();
  const starts: number[] = [];
  let trackCount = 0;
  const planTracks: PlanTracks[] = plans.map((plan) => {
    const general = trackCount++;
    starts.push(nfa.addTrack(parseRegex(plan[2]), general));
    let leading = -1;
    if (plan[10]) {
      leading = trackCount++;
      starts.push(nfa.addTrack(parseRegex(plan[10]), leading, true));
    }
    const types = new Map<SourceType, { track: number; lengths: readonly number[] }>();
    let hasMobileType = false;
    const typeArray = Array.isArray(plan[11]) ? plan[11] : [];
    SOURCE_TYPE_ORDER.forEach((name, i) => {
      const def = typeArray[i];
      if (!def) return;
      if (name === 'MOBILE') hasMobileType = true;
      // An empty pattern never matches (isNumberTypeEqualTo returns false).
      if (!def[0]) return;
      const track = trackCount++;
      starts.push(nfa.addTrack(parseRegex(def[0]), track));
      types.set(name, { track, lengths: def[1] ?? plan[3] });
    });
    return { general, leading, types, hasMobileType, hasTypes: typeArray.length > 0 };
  });

  // Outputs of a state, from the set of tracks accepting in it and its depth.
  const outputOf = (accepting: Set<number>, depth: number): number => {
    let generalMask = 0;
    const typeCodes: number[] = [];
    planTracks.forEach((p, i) => {
      if (accepting.has(p.general)) generalMask |= 1 << i;
      typeCodes.push(numberType(p, accepting, depth));
    });
    let found = NO_REGION;
    if (shared && depth > 0) {
      for (let i = 0; i < planTracks.length; i++) {
        const p = planTracks[i]!;
        const hit = p.leading >= 0 ? accepting.has(p.leading) : typeCodes[i]! !== 0;
        if (hit) {
          found = i;
          break;
        }
      }
    }
    const encoded = encodeOutput(generalMask, found, typeCodes);
    const key = Buffer.from(encoded).toString('hex');
    let id = tables.outputIds.get(key);
    if (id === undefined) {
      id = tables.outputs.length;
      tables.outputs.push(encoded);
      tables.outputIds.set(key, id);
    }
    return id;
  };

  // Local DFA: states by depth, identified by their NFA state sets. -1 is the dead state.
  interface LocalState {
    depth: number;
    output: number;
    next: number[];
  }
  const local: LocalState[] = [];
  const ids = new Map<string, number>();
  const sets: number[][] = [];
  const intern = (set: number[], depth: number): number => {
    if (set.length === 0) return -1;
    const key = `${depth}|${set.join(',')}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = local.length;
      ids.set(key, id);
      const accepting = new Set<number>();
      for (const s of set) if (nfa.accepts[s]! >= 0) accepting.add(nfa.accepts[s]!);
      local.push({ depth, output: outputOf(accepting, depth), next: [] });
      sets.push(set);
    }
    return id;
  };
  const root = intern(nfa.closure(starts), 0);
  for (let i = 0; i < local.length; i++) {
    const state = local[i]!;
    for (let d = 0; d < 10; d++) {
      state.next.push(
        state.depth >= MAX_NSN_LENGTH
          ? -1
          : intern(nfa.closure(nfa.move(sets[i]!, d)), state.depth + 1),
      );
    }
    sets[i] = []; // free memory as we go
  }

  // Minimise: every edge goes one level deeper, so deepest-first hashing merges equivalents.
  const order = local.map((_, i) => i).sort((a, b) => local[b]!.depth - local[a]!.depth);
  const canonical = new Int32Array(local.length);
  const bySignature = new Map<string, number>();
  for (const i of order) {
    const state = local[i]!;
    const next = state.next.map((n) => (n < 0 ? 0 : canonical[n]!));
    if (state.output === 0 && next.every((n) => n === 0)) {
      canonical[i] = 0;
      continue;
    }
    const signature = `${state.output}:${next.join(',')}`;
    let global = bySignature.get(signature);
    if (global === undefined) {
      global = tables.stateOutput.length;
      tables.stateOutput.push(state.output);
      tables.transitions.push(...next);
      bySignature.set(signature, global);
    }
    canonical[i] = global;
  }
  return { root: root < 0 ? 0 : canonical[root]! };
}

/** libphonenumber-js getNumberType() for one plan, given the accepting tracks and the length. */
function numberType(p: PlanTracks, accepting: Set<number>, length: number): number {
  if (!accepting.has(p.general)) return 0;
  if (!p.hasTypes) return 0;
  const is = (name: SourceType): boolean => {
    const t = p.types.get(name);
    return t !== undefined && t.lengths.includes(length) && accepting.has(t.track);
  };
  if (is('FIXED_LINE')) {
    if (!p.hasMobileType || !p.types.has('MOBILE')) {
      // A MOBILE entry with an empty pattern, or none at all, means the two are not told apart.
      return typeCode('FIXED_LINE_OR_MOBILE');
    }
    return typeCode(is('MOBILE') ? 'FIXED_LINE_OR_MOBILE' : 'FIXED_LINE');
  }
  for (const name of NON_FIXED_LINE_TYPES) if (is(name)) return typeCode(name);
  return 0;
}

function encodeOutput(
  generalMask: number,
  found: number,
  typeCodes: readonly number[],
): Uint8Array {
  const bytes = new Uint8Array(5 + typeCodes.length);
  new DataView(bytes.buffer).setUint32(0, generalMask >>> 0, true);
  bytes[4] = found;
  bytes.set(typeCodes, 5);
  return bytes;
}

function serialise(
  header: MetadataHeader,
  transitions: readonly number[],
  stateOutput: readonly number[],
  outputs: readonly Uint8Array[],
): Uint8Array {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const headerEnd = align4(HEADER_OFFSET + json.length);
  const transitionsAt = headerEnd;
  const width = header.transitionBytes;
  const stateOutputAt = align4(transitionsAt + transitions.length * width);
  const offsetsAt = stateOutputAt + stateOutput.length * 4;
  const outputsAt = offsetsAt + (outputs.length + 1) * 4;
  const total = align4(outputsAt + header.outputBytes);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  bytes.set(Buffer.from(MAGIC, 'ascii'), 0);
  view.setUint16(4, FORMAT_VERSION, true);
  view.setUint32(8, json.length, true);
  bytes.set(json, HEADER_OFFSET);
  transitions.forEach((t, i) => {
    if (width === 2) view.setUint16(transitionsAt + i * 2, t, true);
    else view.setUint32(transitionsAt + i * 4, t, true);
  });
  stateOutput.forEach((o, i) => {
    view.setUint32(stateOutputAt + i * 4, o, true);
  });
  let at = 0;
  outputs.forEach((o, i) => {
    view.setUint32(offsetsAt + i * 4, at, true);
    bytes.set(o, outputsAt + at);
    at += o.length;
  });
  view.setUint32(offsetsAt + outputs.length * 4, at, true);
  view.setUint32(12, fnv1a32(bytes, HEADER_OFFSET), true);
  return bytes;
}

main();
