import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import { breachDateRange, breachedBefore, checkBreachDate } from './breach-date.js';

const today = new Date('2024-06-15T12:00:00Z');

describe('breach dates', () => {
  it('accepts YYYY-MM-DD, YYYY-MM and YYYY as given, up to today', () => {
    for (const value of ['2021-04-03', '2024-02-29', '2021-04', '2021', '2024-06-15', '2024-06'])
      assert.equal(checkBreachDate(value, today), value);
  });

  it('rejects anything else with INVALID_DATE (64, 400)', () => {
    for (const value of [
      '2021-13-45',
      'April 2021',
      '2021-02-29',
      '2021-04-31',
      '2021-00',
      '2021-4-3',
      '03/04/2021',
      '2021-04-03T00:00:00Z',
      ' 2021',
      '',
      '0201-04-03',
      '2024-06-16',
      '2024-07',
      '2025',
    ])
      assert.throws(
        () => checkBreachDate(value, today),
        (e: unknown) =>
          isRingfenceError(e, 'INVALID_DATE') &&
          e.exit === 64 &&
          e.http === 400 &&
          e.message ===
            `Invalid breach date ${value}: expected YYYY-MM-DD (or YYYY-MM, YYYY), a real date that is not in the future.`,
        value,
      );
  });

  it('reads a partial date as every day it covers, and compares conservatively', () => {
    assert.deepEqual(breachDateRange('2024-02'), { first: '2024-02-01', last: '2024-02-29' });
    assert.deepEqual(breachDateRange('2021'), { first: '2021-01-01', last: '2021-12-31' });
    assert.equal(breachDateRange('April 2021'), null);
    assert.equal(breachedBefore('2021', '2021-06'), false);
    assert.equal(breachedBefore('2021-06', '2021'), false);
    assert.equal(breachedBefore('2021-05-31', '2021-06'), true);
    assert.equal(breachedBefore('2021', '2022-01-01'), true);
    assert.equal(breachedBefore('2021-06-01', '2021-06-01'), false);
    assert.equal(breachedBefore(null, '2021'), null);
    assert.equal(breachedBefore('2021', 'April 2021'), null);
  });
});
