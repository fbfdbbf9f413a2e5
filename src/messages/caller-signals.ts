/**
 * The caller's number, read by the phone engine against the number called: a number that
 * cannot exist or is unallocated, premium rate, international, non-geographic, or a neighbour
 * of the number called. A number alone rarely makes a scam: the transcript decides (call.ts).
 */
import type { PhoneEngine } from '../phone/index.js';
import { toIndicator } from './contacts.js';
import type { Evidence } from './evidence.js';
import type { CallInput, PhoneIndicator, Span } from './types.js';

/** Every reason the caller's number can give. */
export const CALLER_REASONS = [
  'CALLER_INVALID',
  'CALLER_UNALLOCATED',
  'CALLER_PREMIUM_RATE',
  'INTERNATIONAL_CALLER',
  'NON_GEOGRAPHIC_CALLER',
  'NEIGHBOUR_SPOOFING',
] as const;
type CallerReason = (typeof CALLER_REASONS)[number];

function whole(number: string): Span {
  return { start: 0, end: number.length };
}

/**
 * The caller's signals. The region the numbers are read in is the recipient's, else the one of
 * the number called.
 */
export function weighCaller(
  e: Evidence,
  engine: PhoneEngine,
  input: CallInput,
): { caller: PhoneIndicator | null; region: string | undefined } {
  const to =
    input.to === undefined
      ? null
      : toIndicator(engine, input.to, whole(input.to), input.recipientRegion);
  const region = input.recipientRegion?.toUpperCase() ?? to?.region ?? undefined;
  const caller = toIndicator(engine, input.from, whole(input.from), region);
  if (caller === null)
    e.add(
      'CALLER_INVALID' satisfies CallerReason,
      2,
      'The calling number cannot exist: it was spoofed or hidden behind a made-up number.',
      undefined,
      'from',
    );
  else weighCallerNumber(e, caller, to, region);
  return { caller, region };
}

function weighCallerNumber(
  e: Evidence,
  caller: PhoneIndicator,
  to: PhoneIndicator | null,
  region: string | undefined,
): void {
  const add = (code: CallerReason, weight: number, text: string): void => {
    e.add(code, weight, text, undefined, 'from');
  };
  if (!caller.valid)
    add(
      'CALLER_UNALLOCATED',
      1.5,
      'The calling number is in no allocated range of its country: it is probably spoofed.',
    );
  if (caller.type === 'PREMIUM_RATE')
    add(
      'CALLER_PREMIUM_RATE',
      2,
      'The caller uses a premium-rate number: calling back costs money.',
    );
  if (region !== undefined && caller.region !== null && caller.region !== region)
    add(
      'INTERNATIONAL_CALLER',
      1,
      `An international number (${caller.region}) is calling a ${region} number.`,
    );
  if (
    caller.region === '001' ||
    caller.type === 'VOIP' ||
    caller.type === 'PERSONAL_NUMBER' ||
    caller.type === 'UAN'
  )
    add(
      'NON_GEOGRAPHIC_CALLER',
      0.7,
      'The caller uses a non-geographic or internet number, which anyone can rent anywhere.',
    );
  if (to !== null && isNeighbour(caller.e164, to.e164))
    add(
      'NEIGHBOUR_SPOOFING',
      1.5,
      "The caller's number shares all but its last digits with yours, a trick to make you pick up.",
    );
}

/** Neighbour spoofing: the same country code and the same leading digits as the number called. */
function isNeighbour(caller: string, to: string): boolean {
  if (caller === to || caller.length !== to.length) return false;
  let same = 0;
  while (same < caller.length && caller[same] === to[same]) same++;
  return same >= caller.length - 4;
}
