import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { after, beforeEach, describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import { LeakStore } from '../store/index.js';
import { createKey, keyPath, loadKey, privateDir } from './key.js';
import { nobleOprf } from './oprf-noble.js';

const dir = mkdtempSync(join(tmpdir(), 'ringfence-key-'));
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

let store: LeakStore;
let n = 0;
beforeEach(() => {
  store = new LeakStore(join(dir, `store-${n++}`));
});

function secretHex(): string {
  return (JSON.parse(readFileSync(keyPath(store), 'utf8')) as { secretKey: string }).secretKey;
}

/** PRIVATE_KEY_INVALID whose message says `reason` and holds none of `hidden`. */
function invalidKey(reason: RegExp, ...hidden: string[]) {
  return (error: unknown): boolean => {
    assert.ok(isRingfenceError(error, 'PRIVATE_KEY_INVALID'), String(error));
    assert.match(error.message, reason);
    for (const text of hidden) {
      assert.ok(!error.message.includes(text), 'the message holds the secret');
      assert.ok(!JSON.stringify(error).includes(text));
    }
    assert.equal(error.cause, undefined);
    return true;
  };
}

describe('private-check key', () => {
  it('is created 0600 in a 0700 folder, with the id of its public key, and loads back', () => {
    const key = createKey(store);
    assert.equal(statSync(keyPath(store)).mode & 0o777, 0o600);
    assert.equal(statSync(privateDir(store)).mode & 0o777, 0o700);
    const file = JSON.parse(readFileSync(keyPath(store), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(Object.keys(file).sort(), [
      'createdAt',
      'formatVersion',
      'keyId',
      'secretKey',
    ]);
    assert.equal(file['formatVersion'], 1);
    assert.equal(key.keyId, createHash('sha256').update(key.publicKey).digest('hex').slice(0, 16));
    const loaded = loadKey(store);
    assert.equal(loaded.keyId, key.keyId);
    assert.deepEqual(loaded.secretKey, key.secretKey);
    assert.equal(Buffer.from(loaded.secretKey).toString('hex'), secretHex());
    // The key works: Evaluate and the blind round trip agree under it.
    const input = new TextEncoder().encode('+447400123456');
    const { blind, blindedElement } = nobleOprf.blind(input);
    assert.deepEqual(
      nobleOprf.finalize(input, blind, nobleOprf.blindEvaluate(loaded.secretKey, blindedElement)),
      nobleOprf.evaluate(loaded.secretKey, input),
    );
  });

  it('prints and serialises as its id only', () => {
    const key = createKey(store);
    const secret = secretHex();
    for (const shown of [JSON.stringify(key), inspect(key), String(key), JSON.stringify({ key })]) {
      assert.ok(!shown.includes(secret), shown);
    }
    assert.ok(!inspect(key, { showHidden: true, depth: 5 }).includes(secret));
    assert.deepEqual(JSON.parse(JSON.stringify(key)), {
      keyId: key.keyId,
      createdAt: key.createdAt,
    });
  });

  it('is replaced only when asked (rotation), by a new key', () => {
    const first = createKey(store);
    assert.throws(
      () => createKey(store),
      (e) => isRingfenceError(e, 'USAGE'),
    );
    assert.equal(loadKey(store).keyId, first.keyId);
    const second = createKey(store, { replace: true });
    assert.notEqual(second.keyId, first.keyId);
    assert.equal(loadKey(store).keyId, second.keyId);
    assert.equal(statSync(keyPath(store)).mode & 0o777, 0o600);
  });

  it('is PRIVATE_KEY_INVALID when missing', () => {
    assert.throws(() => loadKey(store), invalidKey(/there is no key/));
  });

  it('is PRIVATE_KEY_INVALID when the file or its folder lets others in', () => {
    createKey(store);
    const secret = secretHex();
    for (const mode of [0o644, 0o640, 0o604, 0o660]) {
      chmodSync(keyPath(store), mode);
      assert.throws(
        () => loadKey(store),
        invalidKey(/permissions .* let others in: chmod 600/, secret),
      );
    }
    chmodSync(keyPath(store), 0o600);
    chmodSync(privateDir(store), 0o755);
    assert.throws(() => loadKey(store), invalidKey(/folder permissions 755/, secret));
    chmodSync(privateDir(store), 0o700);
    assert.equal(loadKey(store).secretKey.length, 32);
  });

  it('is PRIVATE_KEY_INVALID when garbled, and never quotes the file', () => {
    const key = createKey(store);
    const secret = secretHex();
    const text = readFileSync(keyPath(store), 'utf8');
    const cases: [string, RegExp][] = [
      [text.slice(0, text.length - 5), /not JSON/],
      [`${secret} is not JSON`, /not JSON/],
      [text.replace(/"keyId": "[0-9a-f]+"/, '"keyId": "0000000000000000"'), /keyId does not match/],
      [text.replace(secret, 'f'.repeat(64)), /not a valid scalar/],
      [text.replace(secret, '0'.repeat(64)), /not a valid scalar/],
      [text.replace(secret, secret.slice(2)), /not 32 bytes of lowercase hex/],
      [text.replace(secret, secret.toUpperCase()), /not 32 bytes of lowercase hex/],
      [text.replace('"formatVersion": 1', '"formatVersion": 2'), /format version 2/],
      ['[1, 2]', /format version/],
      [text.replace('{', `{"note": "${secret}",`), /unexpected fields/],
    ];
    for (const [garbled, reason] of cases) {
      writeFileSync(keyPath(store), garbled, { mode: 0o600 });
      assert.throws(() => loadKey(store), invalidKey(reason, secret, secret.slice(0, 16)));
    }
    writeFileSync(keyPath(store), text);
    assert.equal(loadKey(store).keyId, key.keyId);
  });
});
