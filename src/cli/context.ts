/**
 * What every command shares: the configuration (read once), the store it names, and the
 * redacting logger on stderr. Nothing here is created before a command asks for it, so that
 * `--help` reads no environment and opens nothing.
 */
import { getConfig } from '../config.js';
import { createLogger, type Logger } from '../log.js';
import { LeakStore } from '../store/index.js';

let logger: Logger | undefined;

/** The process's logger: level and salt from the configuration, lines on stderr. */
export function cliLogger(): Logger {
  logger ??= createLogger({ level: getConfig().logLevel, salt: getConfig().logSalt });
  return logger;
}

/** The store named by --store, else by the configuration. */
export function openStore(store: string | undefined): LeakStore {
  return new LeakStore(store ?? getConfig().store);
}
