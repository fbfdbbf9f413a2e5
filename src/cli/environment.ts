/**
 * What every command takes from its environment: the configuration (read once), the store's
 * path and the redacting logger on stderr. Nothing here is created before a command asks for
 * it, so that `--help` reads no environment. Apart from context.ts, which opens the store
 * (and so loads zod, for its manifests): ingest only writes to it.
 */
import { getConfig } from '../config.js';
import { createLogger, type Logger } from '../log.js';

let logger: Logger | undefined;

/** The process's logger: level and salt from the configuration, lines on stderr. */
export function cliLogger(): Logger {
  logger ??= createLogger({ level: getConfig().logLevel, salt: getConfig().logSalt });
  return logger;
}

/** The store's directory: --store's, else the configuration's. */
export function storeRoot(store: string | undefined): string {
  return store ?? getConfig().store;
}
