/**
 * What every command shares: the configuration and logger (environment.ts) and the store it
 * names. Nothing here is created before a command asks for it, so that `--help` reads no
 * environment and opens nothing.
 */
import { LeakStore } from '../store/index.js';
import { storeRoot } from './environment.js';

export { cliLogger } from './environment.js';

/** The store named by --store, else by the configuration. */
export function openStore(store: string | undefined): LeakStore {
  return new LeakStore(storeRoot(store));
}
