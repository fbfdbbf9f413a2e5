import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleShortfall, type Sample } from './sample.js';

const entry = { e164: '+447797000000', region: 'JE', type: 'MOBILE' };

function sample(over: Partial<Sample>): Sample {
  return {
    leak: 'dump',
    region: 'JE',
    asked: 1000,
    available: 1,
    numbers: [entry],
    shortBy: 999,
    drawLimited: false,
    ...over,
  };
}

describe('sampleShortfall', () => {
  it('says how many numbers exist when fewer exist than asked', () => {
    assert.equal(sampleShortfall(sample({})), 'only 1 number of JE in dump; asked for 1,000');
    assert.equal(
      sampleShortfall(sample({ region: null, available: 0, numbers: [], shortBy: 1000 })),
      'only 0 numbers in dump; asked for 1,000',
    );
  });

  it('tells a draw stopped at its limit from a leak that holds no more', () => {
    assert.equal(
      sampleShortfall(sample({ available: 40_000, drawLimited: true })),
      'drew 1 of the 40,000 numbers of JE in dump: they share a calling code with far more numbers of other regions, and the draw stopped at its limit; asked for 1,000',
    );
  });

  it('is null for a sample as large as asked', () => {
    assert.equal(sampleShortfall(sample({ asked: 1, shortBy: 0 })), null);
  });
});
