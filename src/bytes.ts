/**
 * Little-endian fields of the on-disk formats (number sets, private index) that DataView lacks:
 * u64 values held in JavaScript numbers, and 4-byte alignment.
 */

export function align4(n: number): number {
  return Math.ceil(n / 4) * 4;
}

export function setU64(view: DataView, at: number, value: number): void {
  view.setUint32(at, value >>> 0, true);
  view.setUint32(at + 4, Math.floor(value / 2 ** 32), true);
}

/** A u64 field as a number, or -1 when it is 2^53 or more (never written by the writers). */
export function getU64(view: DataView, at: number): number {
  const high = view.getUint32(at + 4, true);
  if (high >= 2 ** 21) return -1;
  return high * 2 ** 32 + view.getUint32(at, true);
}
