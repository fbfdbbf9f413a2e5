/**
 * ringfence's library API. Every capability is a library function first; the CLI and the HTTP
 * routes are thin shells over these exports.
 */
export * from './phone/index.js';
export { ERRORS, RingfenceError, isRingfenceError, type ErrorCode } from './errors.js';
export {
  analyseMessage,
  analyseCall,
  type MessageAnalysis,
  type CallAnalysis,
  type MessageInput,
  type CallInput,
} from './messages/index.js';
