/**
 * The HTTP service: `createApp(deps)` builds the API and the web page over a leak store and a
 * private-check index; `ringfence serve` is the only caller that listens.
 */
export {
  BODY_LIMIT,
  DEFAULT_API_RATE_LIMITS,
  DEFAULT_RATE_LIMIT,
  createApp,
  type ApiRateLimits,
  type AppDeps,
  type RateLimit,
} from './app.js';
export {
  catalogueSchema,
  healthSchema,
  type Catalogue,
  type CatalogueLeak,
  type Health,
} from './schemas.js';
export { defaultWebDir } from './web-assets.js';
export { METRICS_PATH, type ServerMetrics } from './metrics.js';
export {
  RATE_LIMIT_NAMESPACE,
  connectSharedState,
  type SharedState,
  type SharedStateOptions,
} from './shared-state.js';
export { servePrivateIndex, type ServedIndex, type ServedIndexOptions } from './served-index.js';
