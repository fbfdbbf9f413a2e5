/**
 * The compiled phone metadata artifact (`data/phone-metadata.bin`): its byte layout, shared by
 * the writer (`scripts/build-phone-metadata.ts`) and the reader (`./metadata.ts`). Layout
 * (little-endian; every section starts on a 4-byte boundary); docs/FORMAT.md describes it too:
 *
 *   offset  size  field
 *   0       4     magic "RFPM"
 *   4       2     format version (FORMAT_VERSION)
 *   6       2     reserved, 0
 *   8       4     H: byte length of the header JSON
 *   12      4     FNV-1a 32 checksum of every byte from offset 16 to the end
 *   16      H     header JSON (UTF-8, MetadataHeader below), zero-padded to 4 bytes
 *   then    W*S*10  transitions: per (state, digit) the next state, W = transitionBytes (2 when
 *                   there are at most 65,536 states, else 4); state 0 is the dead state;
 *                   zero-padded to 4 bytes
 *   then    4*S     output index per state (Uint32)
 *   then    4*(O+1) output offsets into the output bytes (Uint32)
 *   then    bytes   outputs: per output, Uint32 general-pattern mask (bit i: region i of the
 *                   calling code matches its general pattern), Uint8 found region (255: none),
 *                   then one Uint8 type code per region of the calling code (TYPE_CODES + 1,
 *                   0 for none)
 *
 * Each calling code has a root state. Walking the digits of a national significant number
 * from the root ends in a state whose output holds everything libphonenumber's validation
 * would compute for that number: which region of the calling code it belongs to (by leading
 * digits, else by the first region whose number types match), the line type it has in each
 * region, and which regions' general patterns it matches. The automaton is a DAG unrolled to
 * MAX_NSN_LENGTH digits and minimised, so the length checks of each type are folded in.
 */
import { PHONE_TYPES } from './types.js';

export const MAGIC = 'RFPM';
export const FORMAT_VERSION = 1;
export const HEADER_OFFSET = 16;
export const MAX_NSN_LENGTH = 17;
export const NO_REGION = 255;

/**
 * Type codes in the artifact are the index in this list plus one (0 means no type): the public
 * PHONE_TYPES, so reordering that list is a format change.
 */
export const TYPE_CODES = PHONE_TYPES;

export interface RegionRecord {
  /** ISO 3166-1 alpha-2, or `001` for a non-geographic calling code. */
  readonly id: string;
  readonly callingCode: number;
  /** Possible lengths of the national significant number, ascending. */
  readonly lengths: readonly number[];
  readonly nationalPrefix: string | null;
  /** libphonenumber's national_prefix_for_parsing (falls back to the national prefix). */
  readonly nationalPrefixForParsing: string | null;
  readonly nationalPrefixTransformRule: string | null;
  /**
   * Bit d set when a non-empty match of the national prefix rule can start with digit d; a
   * number starting with another digit cannot have its prefix stripped, so the rule is skipped.
   */
  readonly nationalPrefixFirstDigits: number;
  /** The international (IDD) prefix pattern. */
  readonly internationalPrefix: string | null;
  /** False when the region's metadata has no number types (validity is the general pattern). */
  readonly hasTypes: boolean;
}

export interface CallingCodeRecord {
  readonly callingCode: number;
  readonly root: number;
  /** Indices into `regions`, main region first (libphonenumber's order). */
  readonly regions: readonly number[];
}

export interface MetadataHeader {
  readonly source: string;
  readonly metadataVersion: string;
  readonly sourceSha256: string;
  readonly maxNsnLength: number;
  readonly stateCount: number;
  readonly transitionBytes: 2 | 4;
  readonly outputCount: number;
  readonly outputBytes: number;
  readonly regions: readonly RegionRecord[];
  readonly callingCodes: readonly CallingCodeRecord[];
}

/** FNV-1a, 32 bits: cheap, dependency-free, and identical in the writer and the reader. */
export function fnv1a32(bytes: Uint8Array, from = 0): number {
  let h = 0x811c9dc5;
  for (let i = from; i < bytes.length; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
