/**
 * A bucket range's entries from its stage-1 records: one OPRF Evaluate per number under the
 * server key, then the protocol's entry (tag and masked leak set). Run by the build's threads
 * and, for a bucket not built yet, by the reader itself.
 */
import { ENTRY_BYTES, encodeEntry } from './protocol.js';
import { RECORD_BYTES, readRecord } from './index-format.js';
import type { OprfProvider } from './oprf.js';

const ascii = new TextEncoder();

/** The entries of `records` (RECORD_BYTES each), in their order. */
export function computeEntries(
  oprf: OprfProvider,
  secretKey: Uint8Array,
  records: Uint8Array,
  leakSets: number,
  path: string,
): Uint8Array {
  const count = records.length / RECORD_BYTES;
  const entries = new Uint8Array(count * ENTRY_BYTES);
  for (let i = 0; i < count; i++) {
    const { e164, leakSet } = readRecord(records, i, leakSets, path);
    // The same bytes as oprfInput(e164): readRecord only returns numbers that pass its check.
    encodeEntry(oprf.evaluate(secretKey, ascii.encode(e164)), leakSet, entries, i * ENTRY_BYTES);
  }
  return entries;
}
