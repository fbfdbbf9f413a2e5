/**
 * Indexes of a leak's numbers. For now, the succinct number set (`numbers.rfns`): every unique
 * valid number, by calling code and national number length (see ./number-set-format.ts).
 */
export {
  NumberSetWriter,
  decodeNumberSet,
  encodeNumberSet,
  readNumberSet,
  type NumberSet,
  type NumberSetInput,
  type NumberSetPartition,
  type NumberSetSummary,
} from './number-set.js';
