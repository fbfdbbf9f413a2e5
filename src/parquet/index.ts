/**
 * Parquet writing: column encoders that make pages (in any thread, from bytes in hand) and a
 * writer that puts pages from any number of threads into one file with its footer.
 */
export { BooleanColumn, DeltaColumn, IndexColumn, TextColumn, deltaPage } from './columns.js';
export { DictionaryEncoder } from './dictionary.js';
export { Codec, Encoding, dataPage, dictionaryPage, plainByteArrays, type Page } from './pages.js';
export {
  ParquetWriter,
  type ColumnChunk,
  type ColumnDeclaration,
  type ColumnKind,
} from './writer.js';
