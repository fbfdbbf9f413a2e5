/**
 * The OPRF providers by name, for the server and the benchmarks. Each is imported when asked for,
 * so that choosing noble never loads libsodium's WebAssembly. Server-side: the browser imports
 * oprf-noble.ts directly.
 */
import type { OprfProvider } from './oprf.js';

export const OPRF_PROVIDERS = ['noble', 'sodium'] as const;

export type OprfProviderName = (typeof OPRF_PROVIDERS)[number];

export async function loadOprf(name: OprfProviderName): Promise<OprfProvider> {
  switch (name) {
    case 'noble':
      return (await import('./oprf-noble.js')).nobleOprf;
    case 'sodium':
      return (await import('./oprf-sodium.js')).sodiumOprf();
  }
}
