/**
 * Countries as dumps and people write them: a country column's codes and names (in any of 70
 * languages) read into phone engine regions, and a region's name for reports.
 */
export {
  RegionMapper,
  ambiguousCountry,
  buildCountryNameTable,
  countryCode,
  countryNameTable,
  normaliseCountryName,
  type CountryName,
  type CountryNameTable,
} from './country-names.js';
export { regionName } from './region-name.js';
