/**
 * Synthetic dumps with the country mix of a published leak and a ground truth known exactly:
 * the demo's input, the benchmarks' input, and an oracle for the tests.
 */
export {
  MAX_SYNTH_ROWS,
  SYNTH_COLUMNS,
  SYNTH_FORMATS,
  SYNTH_PROFILES,
  SynthGenerator,
  isSynthProfileName,
  synthesise,
  type ChunkWriter,
  type SynthFormat,
  type SynthOptions,
  type SynthProfile,
  type SynthProfileName,
  type SynthRegionSummary,
  type SynthSummary,
} from './synth.js';
