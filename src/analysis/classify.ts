/**
 * Region and line type of the numbers of a number set: the set stores neither (they are
 * functions of the number and the metadata version), so they are worked out when asked.
 */
import type { PartitionResult } from '../number-set/index.js';
import {
  NO_REGION_INDEX,
  writeNationalDigits,
  type PhoneBatch,
  type PhoneEngine,
} from '../phone/index.js';

/** Numbers per classification batch: about 1.4 MB of text, whatever the partition's size. */
const CLASSIFY_CHUNK = 65_536;

/**
 * Region and line type of every number of a partition result, by batch calls to the engine over
 * `+<code><nsn>` lines written as bytes: the number set stores neither (they are functions of
 * the number and the metadata version). Line i of a batch is number `offset + i` of `r`.
 */
export function classifyPartition(
  engine: PhoneEngine,
  r: Pick<PartitionResult, 'callingCode' | 'nsnLength' | 'count' | 'values'>,
  onBatch: (batch: PhoneBatch, offset: number) => void,
): void {
  const code = String(r.callingCode);
  const width = 2 + code.length + r.nsnLength;
  const bytes = new Uint8Array(Math.min(r.count, CLASSIFY_CHUNK) * width);
  for (let offset = 0; offset < r.count; offset += CLASSIFY_CHUNK) {
    const n = Math.min(CLASSIFY_CHUNK, r.count - offset);
    for (let i = 0; i < n; i++) {
      let at = i * width;
      bytes[at++] = 0x2b; // +
      for (let k = 0; k < code.length; k++) bytes[at++] = code.charCodeAt(k);
      writeNationalDigits(bytes, at, r.values[offset + i]!, r.nsnLength, 0x30);
      bytes[at + r.nsnLength] = 0x0a;
    }
    onBatch(engine.parseBatch(bytes.subarray(0, n * width)), offset);
  }
}

/**
 * Adds the numbers of a partition result to `counts` by region (`001` when none fits). A calling
 * code of one region needs no work; numbers of shared codes (+1, +7, +44...) take one walk of
 * the phone engine's automaton each.
 */
export function countByRegion(
  engine: PhoneEngine,
  r: PartitionResult,
  counts: Map<string, number>,
): void {
  const md = engine.metadata;
  const plan = md.callingCodes[md.callingCodeIndex[r.callingCode]!];
  if (plan !== undefined && plan.regionCount === 1) {
    const region = engine.regionIds[plan.firstRegion]!;
    counts.set(region, (counts.get(region) ?? 0) + r.count);
    return;
  }
  const byIndex = new Float64Array(engine.regionIds.length + 1);
  const none = engine.regionIds.length;
  for (let i = 0; i < r.count; i++) {
    const region = engine.regionOfNational(r.callingCode, r.values[i]!, r.nsnLength);
    byIndex[region === NO_REGION_INDEX ? none : region]!++;
  }
  byIndex.forEach((n, index) => {
    if (n === 0) return;
    const region = engine.regionIds[index] ?? '001';
    counts.set(region, (counts.get(region) ?? 0) + n);
  });
}
