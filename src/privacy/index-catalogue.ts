/**
 * Which leaks the private index covers and where it lives: the store's leaks except derived ones,
 * each named with the SHA-256 of its manifest, so that an index knows when the store has changed
 * under it (a leak added, replaced or removed).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDerived, type LeakStore } from '../store/index.js';
import type { CatalogueLeak } from './index-format.js';
import { privateDir } from './key.js';

/** The leaks the index covers, in the store's (sorted) order, with their manifests' SHA-256. */
export function indexedLeaks(store: LeakStore): CatalogueLeak[] {
  const leaks: CatalogueLeak[] = [];
  // A set derived from others (`ringfence derive`) is not a leak.
  for (const name of store.names()) {
    if (isDerived(store.manifest(name))) continue;
    const bytes = readFileSync(join(store.leakDir(name), 'manifest.json'));
    leaks.push({ name, manifestSha256: createHash('sha256').update(bytes).digest('hex') });
  }
  return leaks;
}

export function sameLeaks(a: readonly CatalogueLeak[], b: readonly CatalogueLeak[]): boolean {
  return (
    a.length === b.length &&
    a.every((leak, i) => leak.name === b[i]!.name && leak.manifestSha256 === b[i]!.manifestSha256)
  );
}

/** `<store>/private/index-<keyId>`: an index belongs to one key. */
export function indexDir(store: LeakStore, keyId: string): string {
  return join(privateDir(store), `index-${keyId}`);
}
