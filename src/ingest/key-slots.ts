/**
 * The partition keys of a chunk (partitionKey() in dialect.ts: non-negative integers below
 * 2^28) numbered in order of first sight, with a count per key: an open-addressing table of
 * Int32Arrays. It stands where a Map<number, number> stood in the normaliser's loop over
 * records, whose get() was 30% of that loop's own time in a profile of the bench dump (one
 * thread over 2M of its records: 320 ns a record against 332 with the Map).
 */
export class KeySlots {
  /** Each key in first-sight order, and how many times slot() was asked for it. */
  readonly keys: number[] = [];
  readonly counts: number[] = [];
  /** key + 1 per cell (0: empty), and the key's number. */
  private cells = new Int32Array(INITIAL_CELLS);
  private numbers = new Int32Array(INITIAL_CELLS);
  private shift = 32 - Math.log2(INITIAL_CELLS);

  /** The key's number (0, 1, 2... in order of first sight); counts it once. */
  slot(key: number): number {
    const cells = this.cells;
    const mask = cells.length - 1;
    let at = Math.imul(key, HASH) >>> this.shift;
    for (;;) {
      const cell = cells[at]!;
      if (cell === key + 1) {
        const k = this.numbers[at]!;
        this.counts[k]!++;
        return k;
      }
      if (cell === 0) break;
      at = (at + 1) & mask;
    }
    const k = this.keys.length;
    cells[at] = key + 1;
    this.numbers[at] = k;
    this.keys.push(key);
    this.counts.push(1);
    if (2 * this.keys.length > cells.length) this.grow();
    return k;
  }

  private grow(): void {
    const size = 2 * this.cells.length;
    this.cells = new Int32Array(size);
    this.numbers = new Int32Array(size);
    this.shift--;
    const mask = size - 1;
    this.keys.forEach((key, k) => {
      let at = Math.imul(key, HASH) >>> this.shift;
      while (this.cells[at] !== 0) at = (at + 1) & mask;
      this.cells[at] = key + 1;
      this.numbers[at] = k;
    });
  }
}

const INITIAL_CELLS = 1024;
/** Fibonacci hashing's multiplier (2^32 / the golden ratio). */
const HASH = 0x9e3779b1 | 0;
