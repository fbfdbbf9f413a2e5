/**
 * How answers are shown to people: text for a terminal, and self-contained HTML pages (the leak
 * report with its world map and charts, the compare page) that make no request and run no
 * script.
 */
export { renderReportText } from './report-text.js';
export { renderReportHtml } from './report-html.js';
export { renderCompareHtml } from './compare-html.js';
export {
  renderCompareText,
  renderCountsText,
  renderNoveltyText,
  renderSampleComparisonText,
} from './compare-text.js';
export {
  renderCatalogueText,
  renderCheckText,
  renderDeriveText,
  renderIngestText,
  renderSqlText,
} from './store-text.js';
export { loadWorldMap, decodeWorldMap, type WorldMap } from './world-map.js';
export { PAGE_CSP, dateHtml, escapeHtml, type SiteFrame } from './html.js';
export { int, pct, table, type TableOptions } from './format.js';
