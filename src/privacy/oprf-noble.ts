/**
 * The OPRF over @noble/curves' ristretto255_oprf: pure JavaScript, audited, runs in the browser.
 * The client's provider everywhere, and the reference the faster providers are tested against.
 */
import { getMinHashLength } from '@noble/curves/abstract/modular.js';
import { ristretto255, ristretto255_oprf } from '@noble/curves/ed25519.js';
import { numberToBytesLE } from '@noble/curves/utils.js';
import { RingfenceError } from '../errors.js';
import type { OprfProvider } from './oprf.js';

// Base mode's non-interactive Evaluate is there at run time (checked by the RFC vectors) but
// missing from noble's type declarations.
const oprf = ristretto255_oprf.oprf as typeof ristretto255_oprf.oprf & {
  evaluate(secretKey: Uint8Array, input: Uint8Array): Uint8Array;
};

const { Point } = ristretto255;
const { Fn } = Point;

/**
 * A fixed blind reaches noble as the bytes its random-scalar step draws, as in noble's own RFC
 * vector tests: that step reads 48 bytes x and takes (x mod (n - 1)) + 1, so b - 1 in 48 bytes
 * little-endian comes out as b.
 */
function drawing(blind: Uint8Array): () => Uint8Array {
  const scalar = Fn.fromBytes(blind); // throws unless canonical
  if (Fn.is0(scalar)) throw new RangeError('the blind must be a nonzero scalar');
  const drawn = numberToBytesLE(scalar - 1n, getMinHashLength(Fn.ORDER));
  return () => drawn;
}

export const nobleOprf: OprfProvider = {
  name: 'noble',
  blind(input, blind) {
    const result = blind === undefined ? oprf.blind(input) : oprf.blind(input, drawing(blind));
    return { blind: result.blind, blindedElement: result.blinded };
  },
  blindEvaluate(secretKey, blindedElement) {
    // Checked here, before noble decodes it again, so that only the client's element becomes a
    // client error: a bad key stays the server's plain error.
    let valid: boolean;
    try {
      valid = !Point.fromBytes(blindedElement).is0();
    } catch {
      valid = false;
    }
    if (!valid) {
      throw new RingfenceError('PRIVATE_REQUEST_INVALID', { reason: 'not a valid group element' });
    }
    return oprf.blindEvaluate(secretKey, blindedElement);
  },
  finalize: (input, blind, evaluatedElement) => oprf.finalize(input, blind, evaluatedElement),
  evaluate: (secretKey, input) => oprf.evaluate(secretKey, input),
  deriveKeyPair: (seed, info) => oprf.deriveKeyPair(seed, info),
  generateKeyPair: () => oprf.generateKeyPair(),
};
