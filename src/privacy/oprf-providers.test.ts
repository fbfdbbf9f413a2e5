/**
 * One suite for every OPRF provider: RFC 9497's own test vectors for mode 0x00 and
 * ristretto255-SHA512 (../shared/data/oprf, from cloudflare/voprf-ts, see its SOURCE.txt and notice),
 * agreement between the providers on random inputs and keys in every direction, and refusal of
 * the blinded elements a server must not evaluate.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import type { OprfProvider } from './oprf.js';
import { OPRF_PROVIDERS, loadOprf } from './oprf-providers.js';

interface VectorSuite {
  readonly identifier: string;
  readonly mode: number;
  readonly seed: string;
  readonly keyInfo: string;
  readonly skSm: string;
  readonly vectors: readonly {
    readonly Batch: number;
    readonly Input: string;
    readonly Blind: string;
    readonly BlindedElement: string;
    readonly EvaluationElement: string;
    readonly Output: string;
  }[];
}

// The RFC's vectors as the project keeps them beside the repository (../shared/data/oprf, with
// their source, commit and BSD-3 notice), not copied into it.
const SUITES = [
  (
    JSON.parse(
      readFileSync(
        new URL('../../../shared/data/oprf/vectors-ristretto255-oprf.json', import.meta.url),
        'utf8',
      ),
    ) as { entry: VectorSuite }
  ).entry,
] as const;

const BASE_MODE = SUITES.filter(
  (suite) => suite.identifier === 'ristretto255-SHA512' && suite.mode === 0,
);

const PROVIDERS: readonly OprfProvider[] = await Promise.all(OPRF_PROVIDERS.map(loadOprf));

const fromHex = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex, 'hex'));
const toHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

const isInvalidRequest = (error: unknown): boolean =>
  isRingfenceError(error, 'PRIVATE_REQUEST_INVALID');

/** E.164 numbers, and arbitrary bytes of every length class (empty, short, over one block). */
function randomInput(): Uint8Array {
  switch (randomInt(3)) {
    case 0:
      return new TextEncoder().encode(`+${randomInt(1, 999)}${randomInt(1e6, 1e9)}`);
    case 1:
      return randomBytes(randomInt(0, 8));
    default:
      return randomBytes(randomInt(100, 300));
  }
}

describe('RFC 9497 vectors, mode 0x00, ristretto255-SHA512', () => {
  it('the fixture holds the base mode vectors', () => {
    assert.equal(BASE_MODE.length, 1);
    assert.equal(BASE_MODE[0]!.vectors.length, 2);
  });

  for (const provider of PROVIDERS) {
    describe(provider.name, () => {
      for (const suite of BASE_MODE) {
        const seed = fromHex(suite.seed);
        const info = fromHex(suite.keyInfo);

        it('DeriveKeyPair(seed, info) gives skSm', () => {
          assert.equal(toHex(provider.deriveKeyPair(seed, info).secretKey), suite.skSm);
        });

        suite.vectors.forEach((vector, index) => {
          it(`vector ${index + 1}: Blind, BlindEvaluate, Finalize and Evaluate`, () => {
            assert.equal(vector.Batch, 1);
            const input = fromHex(vector.Input);
            const secretKey = fromHex(suite.skSm);

            const blinded = provider.blind(input, fromHex(vector.Blind));
            assert.equal(toHex(blinded.blind), vector.Blind);
            assert.equal(toHex(blinded.blindedElement), vector.BlindedElement);

            const evaluated = provider.blindEvaluate(secretKey, fromHex(vector.BlindedElement));
            assert.equal(toHex(evaluated), vector.EvaluationElement);

            const output = provider.finalize(
              input,
              fromHex(vector.Blind),
              fromHex(vector.EvaluationElement),
            );
            assert.equal(toHex(output), vector.Output);

            assert.equal(toHex(provider.evaluate(secretKey, input)), vector.Output);
          });
        });
      }
    });
  }
});

describe('every provider', () => {
  for (const [index, provider] of PROVIDERS.entries()) {
    describe(provider.name, () => {
      it('is loaded by its name', () => {
        assert.equal(provider.name, OPRF_PROVIDERS[index]);
      });

      it('rejects an invalid blinded element with PRIVATE_REQUEST_INVALID', () => {
        const { secretKey } = provider.generateKeyPair();
        const invalid = {
          'not an encoding (32 bytes of 0xff)': new Uint8Array(32).fill(0xff),
          'the identity': new Uint8Array(32),
          'too short': provider.blind(randomInput()).blindedElement.subarray(0, 31),
        };
        for (const [what, element] of Object.entries(invalid)) {
          assert.throws(() => provider.blindEvaluate(secretKey, element), isInvalidRequest, what);
        }
      });

      it('refuses a scalar that is zero or not below L, as a blind or as a key', () => {
        const input = randomInput();
        const { blindedElement } = provider.blind(input);
        const order = fromHex('edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010');
        const notBelow = order.map((byte, i) => (i === 31 ? byte + 1 : byte));
        for (const scalar of [new Uint8Array(32), order, notBelow, new Uint8Array(31).fill(1)]) {
          const what = toHex(scalar);
          assert.throws(() => provider.blind(input, scalar), what);
          assert.throws(() => provider.evaluate(scalar, input), what);
          // A bad key is the server's fault, never reported as the client's.
          assert.throws(
            () => provider.blindEvaluate(scalar, blindedElement),
            (error) => !isInvalidRequest(error),
            what,
          );
        }
      });

      it('finalises a random blind to Evaluate', () => {
        const { secretKey } = provider.generateKeyPair();
        for (let i = 0; i < 8; i++) {
          const input = randomInput();
          const { blind, blindedElement } = provider.blind(input);
          const evaluated = provider.blindEvaluate(secretKey, blindedElement);
          assert.deepEqual(
            provider.finalize(input, blind, evaluated),
            provider.evaluate(secretKey, input),
          );
        }
      });
    });
  }
});

describe('the providers agree', () => {
  for (const client of PROVIDERS) {
    for (const server of PROVIDERS) {
      if (client === server) continue;
      it(`client ${client.name}, server ${server.name}: random keys and inputs`, () => {
        for (let i = 0; i < 16; i++) {
          const keys = (i % 2 === 0 ? client : server).generateKeyPair();
          const input = randomInput();
          const context = `input ${toHex(input)}`;
          const { blind, blindedElement } = client.blind(input);
          const evaluated = server.blindEvaluate(keys.secretKey, blindedElement);
          const output = client.finalize(input, blind, evaluated);
          assert.deepEqual(output, server.evaluate(keys.secretKey, input), context);
          assert.deepEqual(output, client.evaluate(keys.secretKey, input), context);
          // A fixed blind gives the same element whoever blinds.
          assert.deepEqual(server.blind(input, blind).blindedElement, blindedElement, context);
        }
      });
    }
  }

  const [reference, ...others] = PROVIDERS;
  for (const provider of others) {
    it(`${provider.name} and ${reference!.name}: DeriveKeyPair on random seeds`, () => {
      for (let i = 0; i < 16; i++) {
        const seed = randomBytes(32);
        const info = randomBytes(randomInt(0, 40));
        assert.deepEqual(provider.deriveKeyPair(seed, info), reference!.deriveKeyPair(seed, info));
      }
    });
  }
});
