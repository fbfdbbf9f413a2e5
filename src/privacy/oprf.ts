/**
 * RFC 9497 OPRF, mode 0x00 (base), suite ristretto255-SHA512, behind one small interface so that
 * the group arithmetic can come from the implementation that is fastest where it runs: pure
 * JavaScript (@noble/curves) in the browser and for the client, libsodium compiled to
 * WebAssembly on the server's hot paths (blind evaluation, index build). Every provider passes
 * the RFC's own test vectors (oprf-providers.test.ts).
 *
 * Byte conventions are the RFC's: scalars are 32 bytes little-endian (SerializeScalar), group
 * elements 32 bytes (ristretto255 encoding), the output Nh = 64 bytes.
 */

/** Sizes of the ristretto255-SHA512 suite (RFC 9497 §4.1). */
export const OPRF_SUITE = 'ristretto255-SHA512';
export const SCALAR_BYTES = 32;
export const ELEMENT_BYTES = 32;
export const OUTPUT_BYTES = 64;

export interface OprfKeyPair {
  /** The server's private key: a scalar, 32 bytes little-endian. */
  readonly secretKey: Uint8Array;
  /** Its public key (not used by mode 0 clients, kept for key ids). */
  readonly publicKey: Uint8Array;
}

export interface BlindResult {
  /** The client's secret blinding scalar: kept by the client until finalize. */
  readonly blind: Uint8Array;
  /** What the client sends. */
  readonly blindedElement: Uint8Array;
}

/** One implementation of the suite. Implementations are synchronous once created. */
export interface OprfProvider {
  readonly name: string;
  /** Blind(input); `blind` fixes the blinding scalar (tests, vectors), else it is random. */
  blind(input: Uint8Array, blind?: Uint8Array): BlindResult;
  /** BlindEvaluate(skS, blindedElement); throws on an invalid element. */
  blindEvaluate(secretKey: Uint8Array, blindedElement: Uint8Array): Uint8Array;
  /** Finalize(input, blind, evaluatedElement): the 64-byte output. */
  finalize(input: Uint8Array, blind: Uint8Array, evaluatedElement: Uint8Array): Uint8Array;
  /** Evaluate(skS, input): the same output, computed by the key holder without a client. */
  evaluate(secretKey: Uint8Array, input: Uint8Array): Uint8Array;
  /** DeriveKeyPair(seed, info) (RFC 9497 §3.2.1). */
  deriveKeyPair(seed: Uint8Array, info: Uint8Array): OprfKeyPair;
  /** A fresh random key pair. */
  generateKeyPair(): OprfKeyPair;
}
