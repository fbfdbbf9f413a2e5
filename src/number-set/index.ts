/**
 * Indexes of a leak's numbers: the succinct number set (`numbers.rfns`) of every unique
 * valid number, by calling code and national number length (see ./number-set-format.ts), and
 * set algebra on such sets as streaming merges per partition (./set-algebra.ts).
 */
export {
  NumberSetWriter,
  decodeNumberSet,
  encodeNumberSet,
  encodePartition,
  readNumberSet,
  type EncodedPartition,
  type NumberSet,
  type NumberSetInput,
  type NumberSetPartition,
  type NumberSetSummary,
} from './number-set.js';
export {
  combineSets,
  differenceOfMany,
  differenceSorted,
  intersectSorted,
  intersectionSize,
  unionSorted,
  type PartitionResult,
  type SetOperation,
} from './set-algebra.js';
