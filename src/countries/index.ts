/**
 * Countries as dumps and people write them: a country column's codes and names read into phone
 * engine regions, and a region's name for reports.
 */
export { RegionMapper } from './country-names.js';
export { regionName } from './region-name.js';
