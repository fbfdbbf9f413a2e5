/**
 * Reader of the compiled phone metadata (`data/phone-metadata.bin`). It mirrors the writer in
 * scripts/build-phone-metadata.ts section for section; the layout is in ./metadata-format.ts.
 * Nothing is read at import time: `loadDefaultMetadata()` reads the shipped artifact on first use.
 */
import { readFileSync } from 'node:fs';
import { align4 } from '../bytes.js';
import { RingfenceError } from '../errors.js';
import {
  FORMAT_VERSION,
  HEADER_OFFSET,
  MAGIC,
  fnv1a32,
  type MetadataHeader,
  type RegionRecord,
} from './metadata-format.js';

/** A numbering plan with the strings of its rules turned into what the parser runs. */
export interface RegionPlan {
  readonly index: number;
  readonly id: string;
  readonly callingCode: number;
  /** Index of the calling code record this plan belongs to. */
  readonly callingCodeIndex: number;
  /** Position of this plan among its calling code's plans (bit in the general mask). */
  readonly slot: number;
  readonly lengths: readonly number[];
  readonly nationalPrefix: string | null;
  /** National prefixes for parsing when they are plain digit strings, in regex priority order. */
  readonly nationalPrefixLiterals: readonly string[] | null;
  /** Otherwise the full rule, run as libphonenumber runs it (captures and transform). */
  readonly nationalPrefixPattern: RegExp | null;
  readonly nationalPrefixTransformRule: string | null;
  readonly nationalPrefixFirstDigits: number;
  readonly internationalPrefix: RegExp | null;
  readonly hasTypes: boolean;
}

export interface CallingCodePlan {
  readonly callingCode: number;
  readonly root: number;
  readonly firstRegion: number;
  readonly regionCount: number;
}

export interface PhoneMetadata {
  readonly version: string;
  readonly formatVersion: number;
  readonly sourceSha256: string;
  readonly maxNsnLength: number;
  readonly transitions: Uint16Array | Uint32Array;
  readonly stateOutput: Uint32Array;
  /** Per output: general-pattern mask, found slot (255 none), offset of its type bytes. */
  readonly outputGeneral: Uint32Array;
  readonly outputFound: Uint8Array;
  readonly outputTypesAt: Uint32Array;
  readonly outputTypes: Uint8Array;
  readonly regions: readonly RegionPlan[];
  readonly callingCodes: readonly CallingCodePlan[];
  /** Calling code (1..999) to index in `callingCodes`, -1 when unassigned. */
  readonly callingCodeIndex: Int16Array;
  readonly regionIndex: ReadonlyMap<string, number>;
}

export function decodeMetadata(bytes: Uint8Array): PhoneMetadata {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (reason: string): never => {
    throw new RingfenceError('DATA_FILE_INVALID', { file: 'phone metadata', reason });
  };
  const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== MAGIC) fail(`bad magic ${JSON.stringify(magic)}`);
  const formatVersion = view.getUint16(4, true);
  if (formatVersion !== FORMAT_VERSION) {
    fail(`unsupported format version ${formatVersion}`);
  }
  const headerLength = view.getUint32(8, true);
  const checksum = view.getUint32(12, true);
  if (fnv1a32(bytes, HEADER_OFFSET) !== checksum) fail('checksum mismatch');
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(HEADER_OFFSET, HEADER_OFFSET + headerLength)),
  ) as MetadataHeader;

  const states = header.stateCount;
  let at = align4(HEADER_OFFSET + headerLength);
  const transitions =
    header.transitionBytes === 2
      ? littleEndian(bytes, at, new Uint16Array(states * 10))
      : littleEndian(bytes, at, new Uint32Array(states * 10));
  at = align4(at + transitions.length * header.transitionBytes);
  const stateOutput = littleEndian(bytes, at, new Uint32Array(states));
  at += states * 4;
  const outputs = header.outputCount;
  const offsets = littleEndian(bytes, at, new Uint32Array(outputs + 1));
  at += (outputs + 1) * 4;
  const outputBytes = bytes.subarray(at, at + header.outputBytes);
  const outputGeneral = new Uint32Array(outputs);
  const outputFound = new Uint8Array(outputs);
  const outputTypesAt = new Uint32Array(outputs);
  const outputTypes = new Uint8Array(header.outputBytes);
  outputTypes.set(outputBytes);
  for (let i = 0; i < outputs; i++) {
    const o = offsets[i]!;
    outputGeneral[i] = view.getUint32(at + o, true);
    outputFound[i] = outputBytes[o + 4]!;
    outputTypesAt[i] = o + 5;
  }

  const callingCodeIndex = new Int16Array(1000).fill(-1);
  const regions: RegionPlan[] = new Array<RegionPlan>(header.regions.length);
  const callingCodes = header.callingCodes.map((record, ccIndex): CallingCodePlan => {
    callingCodeIndex[record.callingCode] = ccIndex;
    record.regions.forEach((regionIndex, slot) => {
      if (regionIndex !== record.regions[0]! + slot) {
        fail('regions of a calling code must be contiguous');
      }
      regions[regionIndex] = regionPlan(header.regions[regionIndex]!, regionIndex, ccIndex, slot);
    });
    return {
      callingCode: record.callingCode,
      root: record.root,
      firstRegion: record.regions[0]!,
      regionCount: record.regions.length,
    };
  });
  const regionIndex = new Map<string, number>();
  for (const r of regions) if (r.id !== '001') regionIndex.set(r.id, r.index);

  return {
    version: header.metadataVersion,
    formatVersion,
    sourceSha256: header.sourceSha256,
    maxNsnLength: header.maxNsnLength,
    transitions,
    stateOutput,
    outputGeneral,
    outputFound,
    outputTypesAt,
    outputTypes,
    regions,
    callingCodes,
    callingCodeIndex,
    regionIndex,
  };
}

/**
 * Fills `out` with the little-endian numbers at `bytes[at..]`: one copy on a little-endian
 * machine (every machine Node runs on today), else number by number. Run at every start, on
 * 200,000 numbers, where a DataView loop took milliseconds.
 */
function littleEndian<T extends Uint16Array | Uint32Array>(
  bytes: Uint8Array,
  at: number,
  out: T,
): T {
  const size = out.BYTES_PER_ELEMENT;
  if (LITTLE_ENDIAN) {
    new Uint8Array(out.buffer, out.byteOffset, out.byteLength).set(
      bytes.subarray(at, at + out.length * size),
    );
    return out;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++) {
    out[i] = size === 2 ? view.getUint16(at + i * 2, true) : view.getUint32(at + i * 4, true);
  }
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function regionPlan(
  r: RegionRecord,
  index: number,
  callingCodeIndex: number,
  slot: number,
): RegionPlan {
  const npfp = r.nationalPrefixForParsing;
  const literal = npfp !== null && /^\d+(?:\|\d+)*$/.test(npfp);
  return {
    index,
    id: r.id,
    callingCode: r.callingCode,
    callingCodeIndex,
    slot,
    lengths: r.lengths,
    nationalPrefix: r.nationalPrefix,
    nationalPrefixLiterals: literal ? npfp.split('|') : null,
    nationalPrefixPattern: npfp !== null && !literal ? new RegExp(`^(?:${npfp})`) : null,
    nationalPrefixTransformRule: r.nationalPrefixTransformRule,
    nationalPrefixFirstDigits: r.nationalPrefixFirstDigits,
    // Anchored: libphonenumber requires `search(idd) === 0`, and the leftmost match is then
    // the match at 0, found with the same priorities.
    internationalPrefix: r.internationalPrefix ? new RegExp(`^(?:${r.internationalPrefix})`) : null,
    hasTypes: r.hasTypes,
  };
}

let defaultMetadata: PhoneMetadata | undefined;

/** The artifact shipped in `data/`, read and decoded once, on first use. */
export function loadDefaultMetadata(): PhoneMetadata {
  defaultMetadata ??= decodeMetadata(
    readFileSync(new URL('../../data/phone-metadata.bin', import.meta.url)),
  );
  return defaultMetadata;
}
