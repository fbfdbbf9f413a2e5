/**
 * Leaks: ingest of dumps into the store, the catalogue, reports, samples, checks and SQL.
 */
export { ingest, type IngestOptions, type IngestProgress, type IngestSummary } from './ingest.js';
export { LeakStore, type Manifest } from './store.js';
export { buildReport, regionName } from './report.js';
export { renderReportText } from './report-text.js';
export type * from './report-types.js';
export { checkNumber, sampleLeak, type CheckResult, type SampleEntry } from './lookup.js';
export { runSql, type SqlResult } from './sql.js';
export { REJECT_CODES, type RejectCode } from './dialect.js';
export {
  agreeingFigures,
  compareLeaks,
  type Comparison,
  type CountryComparison,
  type Verdict,
} from './compare.js';
export { deriveLeak, parseExpression, type DeriveOptions, type DeriveSummary } from './derive.js';
export { RECOMPILATION_SHARE, noveltyOf, recordNovelty, type NoveltyReport } from './novelty.js';
export { compareCounts, parseCount, type CountsComparison } from './compare-counts.js';
export {
  compareSample,
  wilsonInterval,
  type SampleComparison,
  type SampleMatch,
} from './compare-sample.js';
export { renderCompareHtml } from './compare-html.js';
