/**
 * The succinct number set of a leak (`numbers.rfns`): its byte layout, shared by the writer and
 * the reader (`./number-set.ts`) and by the sequence codecs (`./elias-fano.ts`). docs/FORMAT.md
 * describes it too. Little-endian; every section starts on a 4-byte boundary; u64 fields are
 * integers below 2^53 (low word first).
 *
 *   offset  size     field
 *   0       4        magic "RFNS"
 *   4       2        format version (FORMAT_VERSION)
 *   6       2        reserved, 0
 *   8       4        reserved, 0
 *   12      4        CRC-32 (zlib's) of every byte from offset 16 to the end of the file
 *   16      ...      partition data, one block per partition in directory order, back to back
 *   D       48 * P   directory, one entry per partition, ascending (callingCode, nsnLength):
 *                      0  u32 callingCode      4  u8 nsnLength   5  u8 encoding (0 EF, 1 bitmap,
 *                                                                  2 partitioned)
 *                      6  u8  low bits (EF; of the bounds for partitioned)
 *                      7  u8  log2 values per chunk (partitioned; else 0)    8  u32 count (>= 1)
 *                      12 u32 reserved 0       16 u64 base (the smallest value)
 *                      24 u64 max (the largest value)        32 u64 offset of the data block
 *                      40 u64 byte length of the data block
 *   end-24  24       trailer: u64 D, u32 P, u32 reserved 0, u64 total count
 *
 * The writer streams: the header goes out with a zero checksum, each partition's block as soon as
 * it is added, then the directory and the trailer; the checksum is patched in last. One checksum
 * for the whole file (not one per partition) because the file is always read whole and the CRC
 * runs at memory speed in zlib; the reserved header bytes must be zero, so every byte is checked.
 *
 * A data block is a sequence of Uint32 words (bit i of a bit vector is bit i % 32 of word
 * floor(i / 32)); its sections are sized from the directory entry alone (see the layouts below).
 * Values are stored relative to base, x = value - base, over the universe [0, max - base]:
 *
 * - Elias-Fano (encoding 0), with L low bits: the low L bits of each x, packed back to back
 *   (LSB first, so a field may straddle two words); the high bit vector, where x_i sets bit
 *   floor(x_i / 2^L) + i (so zero number h ends bucket h, and there are H + 1 zeros for
 *   H = floor((max - base) / 2^L)); then the position of every SAMPLE_INTERVAL-th one
 *   (ones 0, 512, 1024...) and of every SAMPLE_INTERVAL-th zero of the high bit vector, so that
 *   select and rank scan at most one interval instead of the whole partition.
 * - Bitmap (encoding 1), for dense partitions: bit x set for every x over max - base + 1 bits;
 *   then, for every RANK_BLOCK_BITS-bit block, the number of ones before it.
 * - Partitioned (encoding 2, count >= 2), for clustered partitions: chunks of 2^chunkLog values,
 *   each over its own [first, last]; the chunk bounds (base, then every chunk's last value) as an
 *   EF block as above, then a bit stream of the chunks (a gamma-coded gap to the previous chunk,
 *   a bit for a chunk cut in two pieces at its widest gap, then per piece a run, a bitmap or a
 *   sample-less EF body, whichever planChunk in ./partitioned.ts picks from its count and
 *   span). Its byte length comes from the directory; the reader
 *   checks that the chunks fill it exactly.
 *
 * The writer picks, per partition, the smallest of the three (partitioned only when strictly
 * smaller); between the first two, the smaller of the two (and the best L among the three around
 * floor(log2(universe / count))). EF costs about 0.5 bit per number above the information-
 * theoretic bound for sparse sets, the samples 0.0625 bit per one and per zero; the bitmap wins
 * when more than about one value in four of [base, max] is present.
 */

export const MAGIC = 'RFNS';
export const FORMAT_VERSION = 1;
export const HEADER_SIZE = 16;
export const CHECKSUM_OFFSET = 12;
export const DIRECTORY_ENTRY_SIZE = 48;
export const TRAILER_SIZE = 24;

export const ENCODING_ELIAS_FANO = 0;
export const ENCODING_BITMAP = 1;
export const ENCODING_PARTITIONED = 2;
export type EncodingCode =
  typeof ENCODING_ELIAS_FANO | typeof ENCODING_BITMAP | typeof ENCODING_PARTITIONED;

/** Values per chunk of a partitioned block: 2^CHUNK_LOG (the writer's choice; stored per entry). */
export const CHUNK_LOG = 8;
export const MIN_CHUNK_LOG = 1;
export const MAX_CHUNK_LOG = 16;

/** One select sample every SAMPLE_INTERVAL ones, and one every SAMPLE_INTERVAL zeros (EF). */
export const SAMPLE_INTERVAL = 512;
/** One rank sample (ones before the block) per RANK_BLOCK_BITS bits of a bitmap. */
export const RANK_BLOCK_BITS = 1024;

/** The longest national significant number (ITU-T E.164 allows 15 digits with the code). */
export const MAX_NSN_LENGTH = 17;
export const MAX_CALLING_CODE = 999;
/** Low bits of an EF value: x < 2^53, so never more than 52. */
export const MAX_LOW_BITS = 52;
/** Bit positions are Uint32: a bit vector stays below 2^32 bits. */
export const MAX_BIT_VECTOR = 2 ** 32 - 1;

export interface EliasFanoLayout {
  readonly lowWords: number;
  /** Bits in the high bit vector: count + H + 1. */
  readonly highBits: number;
  readonly highWords: number;
  /** H + 1: the number of zeros (buckets) of the high bit vector. */
  readonly zeros: number;
  readonly oneSamples: number;
  readonly zeroSamples: number;
  readonly words: number;
}

/** Sections of an EF block of `count` values over [0, range] with `lowBits` low bits. */
export function eliasFanoLayout(count: number, lowBits: number, range: number): EliasFanoLayout {
  const zeros = Math.floor(range / 2 ** lowBits) + 1;
  const highBits = count + zeros;
  const lowWords = Math.ceil((count * lowBits) / 32);
  const highWords = Math.ceil(highBits / 32);
  const oneSamples = Math.ceil(count / SAMPLE_INTERVAL);
  const zeroSamples = Math.ceil(zeros / SAMPLE_INTERVAL);
  return {
    lowWords,
    highBits,
    highWords,
    zeros,
    oneSamples,
    zeroSamples,
    words: lowWords + highWords + oneSamples + zeroSamples,
  };
}

export interface BitmapLayout {
  readonly bits: number;
  readonly bitWords: number;
  readonly rankSamples: number;
  readonly words: number;
}

/** Sections of a bitmap block over [0, range]. */
export function bitmapLayout(range: number): BitmapLayout {
  const bits = range + 1;
  const bitWords = Math.ceil(bits / 32);
  const rankSamples = Math.ceil(bits / RANK_BLOCK_BITS);
  return { bits, bitWords, rankSamples, words: bitWords + rankSamples };
}
