/**
 * What the analyst asks of the leaks of a store: a leak's report, is a number in it, a
 * verification sample, the exact compare of two leaks, a leak against the whole collection
 * (novelty), set algebra stored as a new leak (derive), and a leak against a claimed per-country
 * table or a sample of another dump.
 */
export { buildReport } from './report.js';
export type * from './report-types.js';
export { checkNumber, sampleLeak, type CheckResult, type SampleEntry } from './lookup.js';
export { drawSample, sampleShortfall, type Sample } from './sample.js';
export {
  agreeingFigures,
  compareLeaks,
  type Comparison,
  type CountProfileVerdict,
  type CountryComparison,
  type Verdict,
} from './compare.js';
export { deriveLeak, parseExpression, type DeriveOptions, type DeriveSummary } from './derive.js';
export {
  RECOMPILATION_SHARE,
  mayExplain,
  noveltyOf,
  recordNovelty,
  type NoveltyExclusion,
  type NoveltyReport,
} from './novelty.js';
export {
  compareCounts,
  parseCount,
  type ClaimedCountry,
  type CountsComparison,
  type UnresolvedCount,
} from './compare-counts.js';
export {
  compareSample,
  wilsonInterval,
  type SampleComparison,
  type SampleMatch,
} from './compare-sample.js';
export { classifyPartition, countByRegion } from './classify.js';
