/**
 * The OPRF over @noble/curves' ristretto255_oprf: pure JavaScript, audited, runs in the browser.
 * The client's provider everywhere, and the reference the faster providers are tested against.
 */
import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import type { OprfProvider } from './oprf.js';

// Base mode's non-interactive Evaluate is there at run time (checked by the RFC vectors) but
// missing from noble's type declarations.
const oprf = ristretto255_oprf.oprf as typeof ristretto255_oprf.oprf & {
  evaluate(secretKey: Uint8Array, input: Uint8Array): Uint8Array;
};

export const nobleOprf: OprfProvider = {
  name: 'noble',
  blind(input, blind) {
    // A fixed blind reaches noble as the bytes its random-scalar step draws (as in its tests).
    const result = blind === undefined ? oprf.blind(input) : oprf.blind(input, () => blind);
    return { blind: result.blind, blindedElement: result.blinded };
  },
  blindEvaluate: (secretKey, blindedElement) => oprf.blindEvaluate(secretKey, blindedElement),
  finalize: (input, blind, evaluatedElement) => oprf.finalize(input, blind, evaluatedElement),
  evaluate: (secretKey, input) => oprf.evaluate(secretKey, input),
  deriveKeyPair: (seed, info) => oprf.deriveKeyPair(seed, info),
  generateKeyPair: () => oprf.generateKeyPair(),
};
