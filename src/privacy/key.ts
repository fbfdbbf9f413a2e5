/**
 * The server's OPRF key for the private check: `<store>/private/key.json`, readable by its owner
 * only (0600, in a 0700 folder), written whole or not at all (a temporary file renamed into
 * place). Its id, the first 16 hex digits of SHA-256 of the public key, names the index built
 * with it (`private/index-<keyId>/`), so a rotated key can never be used with entries computed
 * under the old one: rotation leaves the old index unusable until `ringfence private build`.
 *
 * The secret goes nowhere but to the OPRF: no message, log line or output holds it. Errors say
 * what is wrong with the file, never what is in it (a JSON syntax error quotes its input, so it
 * is not kept as a cause), and a PrivateKey prints and serialises as its id only.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  chmodSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { ristretto255 } from '@noble/curves/ed25519.js';
import { RingfenceError } from '../errors.js';
import type { LeakStore } from '../store/index.js';
import { nobleOprf } from './oprf-noble.js';
import { SCALAR_BYTES } from './oprf.js';

export const KEY_FORMAT_VERSION = 1;
export const KEY_FILE = 'key.json';

/** Permission checks need POSIX modes and owners. */
const POSIX = process.platform !== 'win32';

export class PrivateKey {
  readonly #secretKey: Uint8Array;

  constructor(
    readonly keyId: string,
    readonly createdAt: string,
    readonly publicKey: Uint8Array,
    secretKey: Uint8Array,
  ) {
    this.#secretKey = secretKey;
  }

  /** The scalar, for the OPRF only. */
  get secretKey(): Uint8Array {
    return this.#secretKey;
  }

  toJSON(): { keyId: string; createdAt: string } {
    return { keyId: this.keyId, createdAt: this.createdAt };
  }

  toString(): string {
    return `PrivateKey ${this.keyId}`;
  }

  [inspect.custom](): string {
    return `PrivateKey { keyId: '${this.keyId}' }`;
  }
}

/** `<store>/private`: the key and the indexes. */
export function privateDir(store: LeakStore): string {
  return join(store.root, 'private');
}

export function keyPath(store: LeakStore): string {
  return join(privateDir(store), KEY_FILE);
}

/** The id of a public key: the first 16 hex digits of its SHA-256. */
export function keyIdOf(publicKey: Uint8Array): string {
  return createHash('sha256').update(publicKey).digest('hex').slice(0, 16);
}

/** The public key of a secret scalar; throws when it is not a canonical nonzero scalar. */
function publicKeyOf(secretKey: Uint8Array): Uint8Array {
  const { Point } = ristretto255;
  return Point.BASE.multiply(Point.Fn.fromBytes(secretKey)).toBytes();
}

/** The store's key; PRIVATE_KEY_INVALID when it is missing, unreadable, garbled or too open. */
export function loadKey(store: LeakStore): PrivateKey {
  const path = keyPath(store);
  const invalid = (reason: string) => new RingfenceError('PRIVATE_KEY_INVALID', { path, reason });
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw invalid(
      code === 'ENOENT' ? 'there is no key: run ringfence private key' : `cannot read it (${code})`,
    );
  }
  if (!stats.isFile()) throw invalid('not a file');
  if (POSIX) {
    checkOwnerOnly(stats, 'file', '600', invalid);
    checkOwnerOnly(statSync(privateDir(store)), 'folder', '700', invalid);
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No cause: a SyntaxError quotes the text it failed on, and that text is the secret.
    throw invalid(typeof code === 'string' ? `cannot read it (${code})` : 'not JSON');
  }
  if (typeof value !== 'object' || value === null) throw invalid('not a key object');
  const record = value as Record<string, unknown>;
  const { formatVersion, keyId, secretKey, createdAt } = record;
  if (formatVersion !== KEY_FORMAT_VERSION) {
    throw invalid(
      typeof formatVersion === 'number'
        ? `format version ${formatVersion}; this ringfence reads version ${KEY_FORMAT_VERSION}`
        : 'no format version',
    );
  }
  if (
    Object.keys(record).some(
      (k) => !['formatVersion', 'keyId', 'secretKey', 'createdAt'].includes(k),
    )
  )
    throw invalid('unexpected fields');
  if (typeof keyId !== 'string' || !/^[0-9a-f]{16}$/.test(keyId)) throw invalid('bad keyId');
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) {
    throw invalid('bad createdAt');
  }
  if (typeof secretKey !== 'string' || !/^[0-9a-f]{64}$/.test(secretKey)) {
    throw invalid(`the secret key is not ${SCALAR_BYTES} bytes of lowercase hex`);
  }
  const secret = Uint8Array.from(Buffer.from(secretKey, 'hex'));
  let publicKey: Uint8Array;
  try {
    publicKey = publicKeyOf(secret);
  } catch {
    throw invalid('the secret key is not a valid scalar');
  }
  if (keyIdOf(publicKey) !== keyId) throw invalid('keyId does not match the secret key');
  return new PrivateKey(keyId, createdAt, publicKey, secret);
}

function checkOwnerOnly(
  stats: Stats,
  what: string,
  mode: string,
  invalid: (reason: string) => RingfenceError,
): void {
  if ((stats.mode & 0o077) !== 0) {
    throw invalid(
      `its ${what} permissions ${(stats.mode & 0o777).toString(8)} let others in: chmod ${mode}`,
    );
  }
  const uid = process.getuid?.();
  if (uid !== undefined && stats.uid !== uid) throw invalid(`its ${what} belongs to another user`);
}

/** Whether the store has a key file (valid or not). */
export function hasKey(store: LeakStore): boolean {
  try {
    statSync(keyPath(store));
    return true;
  } catch {
    return false;
  }
}

/**
 * A new random key. With `replace`, an existing key is replaced (rotation: the old index can no
 * longer be used and `private build` computes a new one); without it, an existing key is a USAGE
 * error, so that a key is never lost by accident.
 */
export function createKey(store: LeakStore, options: { replace?: boolean } = {}): PrivateKey {
  const path = keyPath(store);
  if (hasKey(store) && options.replace !== true) {
    throw new RingfenceError('USAGE', {
      reason: 'the store already has a private-check key; rotate it to replace it',
    });
  }
  const dir = privateDir(store);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (POSIX) chmodSync(dir, 0o700);
  const { secretKey, publicKey } = nobleOprf.generateKeyPair();
  const key = new PrivateKey(keyIdOf(publicKey), new Date().toISOString(), publicKey, secretKey);
  const text = JSON.stringify(
    {
      formatVersion: KEY_FORMAT_VERSION,
      keyId: key.keyId,
      secretKey: Buffer.from(secretKey).toString('hex'),
      createdAt: key.createdAt,
    },
    null,
    2,
  );
  const temp = join(dir, `.key-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      const bytes = Buffer.from(text + '\n');
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (POSIX) chmodSync(temp, 0o600);
    renameSync(temp, path);
    syncDir(dir);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new RingfenceError(
      'IO_ERROR',
      { path, reason: (error as NodeJS.ErrnoException).code ?? 'write failed' },
      { cause: error },
    );
  }
  return key;
}

/** Makes a rename in `dir` durable (a no-op where directories cannot be opened). */
export function syncDir(dir: string): void {
  if (!POSIX) return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
