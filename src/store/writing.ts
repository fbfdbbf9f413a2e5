/**
 * The part of the store that writes a leak, for ingest: its folder, its build and publish, its
 * figures. Nothing here loads zod (the manifests' schema, which only reading needs: store.ts),
 * which took an ingest's main thread 80 to 110 ms before its normaliser threads could start.
 */
export { LeakFolders, checkLeakName } from './folders.js';
export { LeakBuild, type LeakDescription } from './leak-build.js';
export { checkBreachDate } from './breach-date.js';
export { RegionTally, countBlocks, type BlockCounts } from './stats.js';
export { writeAll } from './files.js';
