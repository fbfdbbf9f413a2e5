/**
 * What the server needs of the private-check index, whatever builds it: the evaluation of a
 * blinded element under the server's key, and a bucket's padded, sorted entries.
 */
import type { LeakInfo } from './protocol.js';

export interface PrivateBucket {
  /** `bucketSize` entries of ENTRY_BYTES, real and dummy alike, sorted by bytes. */
  readonly entries: Uint8Array;
  /** Leak-set index -> leak ids; the same table for every bucket of one index. */
  readonly leakSets: readonly (readonly string[])[];
  /** Catalogue facts of the leaks named in leakSets. */
  readonly leaks: Readonly<Record<string, LeakInfo>>;
}

export interface PrivateIndexStatus {
  readonly state: 'building' | 'ready';
  readonly keyId: string;
  /** Buckets whose entries are computed (the others are computed when asked for). */
  readonly bucketsDone: number;
  readonly buckets: number;
  readonly numbers: number;
  /** Entries per bucket, padding included. */
  readonly bucketSize: number;
}

export interface PrivateIndex {
  readonly keyId: string;
  /** BlindEvaluate with the server's key; PRIVATE_REQUEST_INVALID for a bad element. */
  evaluate(blindedElement: Uint8Array): Uint8Array;
  /** A bucket's entries; computed on demand (then cached) while the index is being built. */
  bucket(bucket: number): Promise<PrivateBucket>;
  status(): PrivateIndexStatus;
  close(): Promise<void>;
}
