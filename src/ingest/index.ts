/**
 * Ingest: a dump of any size (files, a directory or stdin; txt, csv, tsv, jsonl; gzip or zstd)
 * read once, its phone column found and every row accounted for, into a leak of the store.
 */
export {
  ingest,
  type IngestOptions,
  type IngestPhase,
  type IngestProgress,
  type IngestSummary,
} from './ingest.js';
export { REJECT_CODES, type RejectCode } from './dialect.js';
export { DEFAULT_ROWS_CODEC, type RowsCodec } from './rows.js';
export { splitRecord } from './sniff.js';
