/**
 * The private check: is this number in a leak, answered so that the server never learns the
 * number and nobody can pull the leak out of the service (docs/PROTOCOL.md). RFC 9497 OPRF
 * providers, the wire protocol, the client role, and the server's bucketed index of a store
 * (key, build, reader; docs/FORMAT.md).
 *
 * Browser code imports ./client.js and ./protocol.js directly: this entry also brings the
 * server's Node-only parts.
 */
export type { OprfProvider, OprfKeyPair, BlindResult } from './oprf.js';
export { nobleOprf } from './oprf-noble.js';
export { OPRF_PROVIDERS, loadOprf, type OprfProviderName } from './oprf-providers.js';
export {
  BUCKET_BITS,
  BUCKET_COUNT,
  ENTRY_BYTES,
  PROTOCOL_VERSION,
  TAG_BYTES,
  bucketOf,
  checkRequestSchema,
  checkResponseSchema,
  encodeEntry,
  findEntry,
  fromBase64url,
  oprfInput,
  parseCheckRequest,
  toBase64url,
  type CheckRequest,
  type CheckResponse,
  type LeakInfo,
} from './protocol.js';
export {
  checkRemote,
  errorBodySchema,
  prepareCheck,
  type CheckRemoteOptions,
  type CheckResult,
  type CheckedLeak,
  type PreparedCheck,
} from './client.js';
export type { PrivateBucket, PrivateIndex, PrivateIndexStatus } from './private-index.js';
export {
  DEFAULT_OPRF,
  buildPrivateIndex,
  type PrivateBuildOptions,
  type PrivateBuildProgress,
  type PrivateBuildSummary,
} from './index-build.js';
export {
  describePrivateIndex,
  openPrivateIndex,
  type OpenPrivateIndexOptions,
  type PrivateIndexDescription,
} from './store-index.js';
export { createKey, hasKey, keyPath, loadKey, type PrivateKey } from './key.js';
