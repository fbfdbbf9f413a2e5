/**
 * The OPRF over libsodium compiled to WebAssembly (libsodium-wrappers-sumo): the server's provider
 * for its hot paths, blind evaluation and the index build (one Evaluate per leaked number).
 * Server-only: it hashes with node:crypto, so nothing that the browser bundles may import it.
 *
 * libsodium has the ristretto255 group (RFC 9496) but not RFC 9497's framing, which is short and
 * written out here as the RFC gives it, for mode 0x00 and the suite ristretto255-SHA512:
 *
 *   contextString   = "OPRFV1-" || I2OSP(0x00, 1) || "-ristretto255-SHA512"                §3.1
 *   HashToGroup(x)  = from_hash(expand_message_xmd(x, "HashToGroup-" || contextString, 64))
 *                     (hash_to_ristretto255, RFC 9380 App. B; from_hash is RFC 9496 §4.3.4)
 *   HashToScalar(x, DST) = expand_message_xmd(x, DST, 64) as a little-endian integer mod L
 *   DeriveKeyPair(seed, info): skS = HashToScalar(seed || I2OSP(len(info), 2) || info ||
 *                     I2OSP(counter, 1), "DeriveKeyPair" || contextString), the first counter
 *                     from 0 that gives a nonzero scalar; pkS = skS * G                §3.2.1
 *   Blind(x)        = r * HashToGroup(x), r a random nonzero scalar                      §3.3.1
 *   BlindEvaluate(k, B) = k * B
 *   Finalize(x, r, Z)   = SHA-512(I2OSP(len(x), 2) || x || I2OSP(32, 2) || (1/r) * Z || "Finalize")
 *   Evaluate(k, x)      = the same hash over k * HashToGroup(x)
 *
 * expand_message_xmd (SHA-512) is noble's; the Finalize hash is node's. The group operations are
 * libsodium's: crypto_scalarmult_ristretto255 fails on a non-canonical encoding and on an identity
 * result, which covers DeserializeElement (RFC 9497 §2.1 makes the identity invalid) provided the
 * scalar is nonzero. It also ignores a scalar's top bit instead of rejecting a non-canonical
 * scalar, so every scalar a caller gives is checked canonical and nonzero here first, as noble
 * checks them: the two providers accept the same inputs.
 */
import { hash } from 'node:crypto';
import { expand_message_xmd } from '@noble/curves/abstract/hash-to-curve.js';
import { ristretto255 } from '@noble/curves/ed25519.js';
import { numberToBytesLE } from '@noble/curves/utils.js';
import { sha512 } from '@noble/hashes/sha2.js';
import sodium from 'libsodium-wrappers-sumo';
import { RingfenceError } from '../errors.js';
import { ELEMENT_BYTES, SCALAR_BYTES, type OprfKeyPair, type OprfProvider } from './oprf.js';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

const CONTEXT = ascii('OPRFV1-\u0000-ristretto255-SHA512');
const HASH_TO_GROUP_DST = concat(ascii('HashToGroup-'), CONTEXT);
const DERIVE_KEY_PAIR_DST = concat(ascii('DeriveKeyPair'), CONTEXT);
const FINALIZE = ascii('Finalize');
const UNIFORM_BYTES = 64;
const MAX_INPUT_BYTES = 0xffff; // inputs are length-prefixed with two bytes
const SEED_BYTES = 32;

/** L, the group order, little-endian: a scalar is canonical when below it. */
const ORDER = numberToBytesLE(ristretto255.Point.Fn.ORDER, SCALAR_BYTES);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A scalar as SerializeScalar writes it: 32 bytes, little-endian, below L, and not zero. */
function assertScalar(bytes: Uint8Array, what: string): void {
  let canonical = false;
  if (bytes.length === SCALAR_BYTES) {
    for (let i = SCALAR_BYTES - 1; i >= 0; i--) {
      if (bytes[i] !== ORDER[i]) {
        canonical = bytes[i]! < ORDER[i]!;
        break;
      }
    }
  }
  let bits = 0;
  for (const byte of bytes) bits |= byte;
  if (!canonical || bits === 0) {
    throw new RangeError(`${what} must be a nonzero scalar of ${SCALAR_BYTES} bytes below L`);
  }
}

function assertInput(input: Uint8Array): void {
  if (input.length > MAX_INPUT_BYTES) {
    throw new RangeError(`the input must be at most ${MAX_INPUT_BYTES} bytes`);
  }
}

function hashToGroup(input: Uint8Array): Uint8Array {
  return sodium.crypto_core_ristretto255_from_hash(
    expand_message_xmd(input, HASH_TO_GROUP_DST, UNIFORM_BYTES, sha512),
  );
}

/** scalar * element, or undefined when the element is not valid or the product is the identity. */
function multiply(scalar: Uint8Array, element: Uint8Array): Uint8Array | undefined {
  if (element.length !== ELEMENT_BYTES) return undefined;
  try {
    return sodium.crypto_scalarmult_ristretto255(scalar, element);
  } catch {
    return undefined; // libsodium's only failure here: "result is identity element"
  }
}

function finalizeHash(input: Uint8Array, element: Uint8Array): Uint8Array {
  const data = new Uint8Array(2 + input.length + 2 + ELEMENT_BYTES + FINALIZE.length);
  data[0] = input.length >>> 8;
  data[1] = input.length & 0xff;
  data.set(input, 2);
  let at = 2 + input.length;
  data[at] = ELEMENT_BYTES >>> 8;
  data[at + 1] = ELEMENT_BYTES & 0xff;
  data.set(element, at + 2);
  at += 2 + ELEMENT_BYTES;
  data.set(FINALIZE, at);
  // Copied out of the Buffer so that outputs compare equal to noble's plain Uint8Arrays.
  return new Uint8Array(hash('sha512', data, 'buffer'));
}

function keyPair(secretKey: Uint8Array): OprfKeyPair {
  return { secretKey, publicKey: sodium.crypto_scalarmult_ristretto255_base(secretKey) };
}

function createProvider(): OprfProvider {
  return Object.freeze({
    name: 'sodium',
    blind(input: Uint8Array, blind?: Uint8Array) {
      assertInput(input);
      if (blind === undefined) blind = sodium.crypto_core_ristretto255_scalar_random();
      else assertScalar(blind, 'the blind');
      const blindedElement = multiply(blind, hashToGroup(input));
      if (blindedElement === undefined) throw new Error('the input maps to the identity element');
      return { blind, blindedElement };
    },
    blindEvaluate(secretKey: Uint8Array, blindedElement: Uint8Array) {
      assertScalar(secretKey, 'the secret key');
      const evaluated = multiply(secretKey, blindedElement);
      if (evaluated === undefined) {
        throw new RingfenceError('PRIVATE_REQUEST_INVALID', {
          reason: 'not a valid group element',
        });
      }
      return evaluated;
    },
    finalize(input: Uint8Array, blind: Uint8Array, evaluatedElement: Uint8Array) {
      assertInput(input);
      assertScalar(blind, 'the blind');
      const inverse = sodium.crypto_core_ristretto255_scalar_invert(blind);
      const unblinded = multiply(inverse, evaluatedElement);
      if (unblinded === undefined) throw new Error('the evaluated element is not a valid element');
      return finalizeHash(input, unblinded);
    },
    evaluate(secretKey: Uint8Array, input: Uint8Array) {
      assertInput(input);
      assertScalar(secretKey, 'the secret key');
      const element = multiply(secretKey, hashToGroup(input));
      if (element === undefined) throw new Error('the input maps to the identity element');
      return finalizeHash(input, element);
    },
    deriveKeyPair(seed: Uint8Array, info: Uint8Array) {
      if (seed.length !== SEED_BYTES) throw new RangeError(`the seed must be ${SEED_BYTES} bytes`);
      assertInput(info);
      const message = concat(
        seed,
        Uint8Array.of(info.length >>> 8, info.length & 0xff),
        info,
        Uint8Array.of(0),
      );
      for (let counter = 0; counter <= 255; counter++) {
        message[message.length - 1] = counter;
        const uniform = expand_message_xmd(message, DERIVE_KEY_PAIR_DST, UNIFORM_BYTES, sha512);
        const secretKey = sodium.crypto_core_ristretto255_scalar_reduce(uniform);
        if (!sodium.is_zero(secretKey)) return keyPair(secretKey);
      }
      throw new Error('DeriveKeyPair found no nonzero scalar in 256 counters');
    },
    generateKeyPair() {
      return keyPair(sodium.crypto_core_ristretto255_scalar_random());
    },
  });
}

let provider: OprfProvider | undefined;

/** The libsodium provider, once its WebAssembly module is ready. */
export async function sodiumOprf(): Promise<OprfProvider> {
  await sodium.ready;
  provider ??= createProvider();
  return provider;
}
