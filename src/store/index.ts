/**
 * The leak store: one folder per leak (manifest, number set, figures, rows, rejects), written
 * through a LeakBuild and published atomically, read through LeakStore, queried with SQL.
 */
export { LeakStore, isDerived, manifestSchema, type Manifest } from './store.js';
export { LeakFolders, MANIFEST_FORMAT_VERSION, checkLeakName, processAlive } from './folders.js';
export { LeakBuild, type LeakDescription } from './leak-build.js';
export { breachDateRange, breachedBefore, checkBreachDate, type DateRange } from './breach-date.js';
export {
  READING_CODES,
  RegionTally,
  countBlocks,
  duplicatesOf,
  leakCounts,
  type BlockCounts,
  type LeakCounts,
  type InputReading,
  type ReadingCode,
  type ReadingNote,
  type LeakStats,
  type RegionStats,
} from './stats.js';
export { writeAll } from './files.js';
export { runSql, sqlError, sqlString, type SqlResult } from './sql.js';
