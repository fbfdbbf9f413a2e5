/**
 * Option values that commander hands over as text, checked the same way by every command.
 */
import { RingfenceError } from '../errors.js';

/** A positive integer option, or undefined when it was not given; USAGE for anything else. */
export function positiveInt(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new RingfenceError('USAGE', { reason: `${option} must be a positive integer` });
  return n;
}
