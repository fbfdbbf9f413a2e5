/**
 * The text model file (format version 2, with its familiarity section): round trip, refusal of
 * version 1 and of damaged files, and the familiarity measure on a small injected model.
 */
import assert from 'node:assert/strict';
import { crc32 } from 'node:zlib';
import { describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import {
  decodeTextModel,
  encodeTextModel,
  featureIndices,
  normaliseForModel,
  type FeatureConfig,
  type Familiarity,
} from './text-model.js';

const config: FeatureConfig = { hashBits: 8, minN: 2, maxN: 3, wordNgrams: 2 };
const BITS = 10;

/** A bitset marking every feature bucket of `texts`, as the build does (one text suffices here). */
function seenOf(texts: readonly string[]): Uint8Array {
  const seen = new Uint8Array(1 << (BITS - 3));
  for (const text of texts) {
    const { indices, count } = featureIndices(normaliseForModel(text), {
      ...config,
      hashBits: BITS,
    });
    for (let i = 0; i < count; i++) seen[indices[i]! >>> 3]! |= 1 << (indices[i]! & 7);
  }
  return seen;
}

function sample(): Uint8Array {
  const weights = new Float32Array(1 << config.hashBits).map((_, i) => ((i * 7) % 5) - 2);
  const familiarity: Familiarity = {
    bits: BITS,
    seen: seenOf(['your account has been credited', 'call me when you get home']),
    minTexts: 1,
    low: 0.4,
    high: 0.8,
  };
  return encodeTextModel(config, weights, -0.75, {
    data: ['test'],
    samples: { benign: 1, malicious: 1 },
    familiarity,
  });
}

describe('text model file, version 2', () => {
  it('round-trips weights, bias, meta and the familiarity section byte for byte', () => {
    const bytes = sample();
    assert.deepEqual(sample(), bytes, 'encoding is deterministic');
    const model = decodeTextModel(bytes);
    assert.equal(model.bias, -0.75);
    assert.equal(model.weights.length, 1 << config.hashBits);
    const f = model.meta.familiarity!;
    assert.deepEqual(
      { bits: f.bits, minTexts: f.minTexts, low: f.low, high: f.high },
      { bits: BITS, minTexts: 1, low: 0.4, high: 0.8 },
    );
    assert.deepEqual(
      [...f.seen],
      [...seenOf(['your account has been credited', 'call me when you get home'])],
    );
    const again = encodeTextModel(
      config,
      Float32Array.from(model.weights, (w) => w * model.scale),
      model.bias,
      model.meta,
    );
    assert.deepEqual(again, bytes);
  });

  it('measures familiarity: 1 on a training text, low on another script', () => {
    const model = decodeTextModel(sample());
    assert.equal(model.read('Your account has been credited').familiarity, 1);
    assert.ok(model.read('내일 점심 같이 먹을래?').familiarity < 0.3);
    assert.equal(model.read('').familiarity, 1);
    assert.equal(model.read('call me').logit, model.logit('call me'));
  });

  it('reads a model without a familiarity section as all familiar', () => {
    const bytes = encodeTextModel(config, new Float32Array(1 << config.hashBits), 0, {
      data: [],
      samples: { benign: 0, malicious: 0 },
    });
    const model = decodeTextModel(bytes);
    assert.equal(model.meta.familiarity, undefined);
    assert.equal(model.read('안녕하세요').familiarity, 1);
  });

  it('refuses version 1 with DATA_FILE_INVALID', () => {
    const bytes = sample();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    view.setUint16(4, 1, true);
    view.setUint32(bytes.length - 4, crc32(bytes.subarray(0, bytes.length - 4)), true);
    assert.throws(
      () => decodeTextModel(bytes),
      (e: unknown) => isRingfenceError(e, 'DATA_FILE_INVALID') && /version 1/.test(String(e)),
    );
  });

  it('refuses a flipped bit in the bitset and a truncated bitset', () => {
    const bytes = sample();
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 1;
    assert.throws(
      () => decodeTextModel(bytes),
      (e: unknown) => isRingfenceError(e, 'CORRUPT_STORE'),
    );
    const short = sample().slice(0, -40);
    const view = new DataView(short.buffer);
    view.setUint32(short.length - 4, crc32(short.subarray(0, short.length - 4)), true);
    assert.throws(
      () => decodeTextModel(short),
      (e: unknown) => isRingfenceError(e, 'CORRUPT_STORE'),
    );
  });

  it('will not encode a bitset that does not match its bits', () => {
    assert.throws(() =>
      encodeTextModel(config, new Float32Array(1 << config.hashBits), 0, {
        data: [],
        samples: { benign: 0, malicious: 0 },
        familiarity: { bits: BITS, seen: new Uint8Array(3), minTexts: 1, low: 0, high: 1 },
      }),
    );
  });
});
