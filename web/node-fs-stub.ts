/**
 * Stands in for node:fs in the browser bundle (web/build.ts aliases it). The phone engine's
 * metadata module reads its data file with node:fs only in loadDefaultMetadata(), which the page
 * never calls: it decodes the metadata bundled into check.js instead.
 */
export function readFileSync(): never {
  throw new Error('node:fs is not available in the browser');
}
