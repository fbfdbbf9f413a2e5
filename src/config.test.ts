import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { getConfig, loadConfig } from './config.js';
import { RingfenceError, isRingfenceError } from './errors.js';

function configError(env: Record<string, string | undefined>): RingfenceError {
  try {
    loadConfig(env);
  } catch (error) {
    if (isRingfenceError(error, 'CONFIG_INVALID')) return error;
    throw error;
  }
  assert.fail('expected CONFIG_INVALID');
}

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    const config = loadConfig({ HOME: '/home/ada' });
    assert.equal(config.store, join('/home/ada', '.local', 'share', 'ringfence'));
    assert.equal(config.logLevel, 'warn');
    assert.ok(config.logSalt.length >= 16);
    assert.equal(config.redisUrl, null);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      RINGFENCE_STORE: '/srv/leaks',
      RINGFENCE_LOG_LEVEL: 'debug',
      RINGFENCE_LOG_SALT: 'a-secret-salt-of-some-length',
      RINGFENCE_REDIS_URL: 'redis://:secret@redis.internal:6379/2',
      RINGFENCE_CONFIG: '/etc/ringfence/serve.json',
    });
    assert.deepEqual(
      { ...config },
      {
        store: '/srv/leaks',
        logLevel: 'debug',
        logSalt: 'a-secret-salt-of-some-length',
        redisUrl: 'redis://:secret@redis.internal:6379/2',
        serveConfigFile: '/etc/ringfence/serve.json',
      },
    );
  });

  it('puts the default store under an absolute XDG_DATA_HOME', () => {
    assert.equal(
      loadConfig({ XDG_DATA_HOME: '/data/ada', HOME: '/home/ada' }).store,
      join('/data/ada', 'ringfence'),
    );
    assert.equal(
      loadConfig({ XDG_DATA_HOME: 'relative/dir', HOME: '/home/ada' }).store,
      join('/home/ada', '.local', 'share', 'ringfence'),
    );
  });

  it('treats empty variables as unset', () => {
    const config = loadConfig({
      HOME: '/home/ada',
      RINGFENCE_STORE: '',
      RINGFENCE_LOG_LEVEL: '',
      RINGFENCE_LOG_SALT: '',
      XDG_DATA_HOME: '',
    });
    assert.equal(config.store, join('/home/ada', '.local', 'share', 'ringfence'));
    assert.equal(config.logLevel, 'warn');
  });

  it('accepts log levels in any case', () => {
    assert.equal(loadConfig({ RINGFENCE_LOG_LEVEL: ' Info ' }).logLevel, 'info');
    assert.equal(loadConfig({ RINGFENCE_LOG_LEVEL: 'SILENT' }).logLevel, 'silent');
  });

  it('ignores variables it does not know', () => {
    assert.doesNotThrow(() => loadConfig({ PATH: '/usr/bin', RINGFENCE_UNRELATED: 'x' }));
  });

  it('returns a frozen object', () => {
    const config = loadConfig({});
    assert.ok(Object.isFrozen(config));
    assert.throws(() => {
      (config as { logLevel: string }).logLevel = 'debug';
    }, TypeError);
  });

  it('names the bad variable and what it expects, never its value', () => {
    const error = configError({ RINGFENCE_LOG_LEVEL: 'verbose-447700900123' });
    assert.equal(error.code, 'CONFIG_INVALID');
    assert.equal(error.exit, 78);
    assert.equal(error.details?.variable, 'RINGFENCE_LOG_LEVEL');
    assert.match(error.message, /RINGFENCE_LOG_LEVEL/);
    assert.match(error.message, /silent, error, warn, info, debug/);
    assert.doesNotMatch(
      JSON.stringify({ ...Object.fromEntries(Object.entries(error)), message: error.message }),
      /verbose|447700/,
    );
    assert.equal(error.cause, undefined);
  });

  it('rejects a short salt without echoing it', () => {
    const error = configError({ RINGFENCE_LOG_SALT: 'hunter2' });
    assert.equal(error.details?.variable, 'RINGFENCE_LOG_SALT');
    assert.match(error.message, /at least 16 characters/);
    assert.doesNotMatch(error.message, /hunter2/);
    assert.doesNotMatch(error.stack ?? '', /hunter2/);
  });

  it('has no serve configuration file unless RINGFENCE_CONFIG names one', () => {
    assert.equal(loadConfig({}).serveConfigFile, null);
    assert.equal(loadConfig({ RINGFENCE_CONFIG: '' }).serveConfigFile, null);
    assert.equal(configError({ RINGFENCE_CONFIG: 'a\0b' }).details?.variable, 'RINGFENCE_CONFIG');
  });

  it('names the first bad variable, in a fixed order, and reads blank log levels as bad', () => {
    const error = configError({
      RINGFENCE_CONFIG: 'a\0b',
      RINGFENCE_LOG_SALT: 'short',
      RINGFENCE_LOG_LEVEL: 'loud',
    });
    assert.deepEqual(error.details, {
      variable: 'RINGFENCE_LOG_LEVEL',
      reason: 'expected one of silent, error, warn, info, debug',
    });
    assert.equal(
      configError({ RINGFENCE_LOG_LEVEL: '  ' }).details?.variable,
      'RINGFENCE_LOG_LEVEL',
    );
    assert.equal(loadConfig({ RINGFENCE_LOG_SALT: 'x'.repeat(16) }).logSalt, 'x'.repeat(16));
  });

  it('rejects a store path with a NUL character', () => {
    const error = configError({ RINGFENCE_STORE: '/srv/\0leaks' });
    assert.equal(error.details?.variable, 'RINGFENCE_STORE');
  });

  it('accepts redis:// and rediss:// URLs, IPv6 hosts too', () => {
    for (const url of ['redis://127.0.0.1:6379', 'rediss://user:pw@[::1]:6380/1'])
      assert.equal(loadConfig({ RINGFENCE_REDIS_URL: url }).redisUrl, url);
  });

  it('rejects a Redis URL of another scheme or without a host, without echoing it', () => {
    for (const url of ['http://:hunter2@cache:6379', 'redis://', 'hunter2', 'redis:///0']) {
      const error = configError({ RINGFENCE_REDIS_URL: url });
      assert.equal(error.details?.variable, 'RINGFENCE_REDIS_URL');
      assert.match(error.message, /redis:\/\/ or rediss:\/\/ URL/);
      assert.doesNotMatch(error.message, /hunter2/);
    }
  });
});

describe('getConfig', () => {
  it('reads the environment once and returns the same frozen object', () => {
    const first = getConfig();
    assert.ok(Object.isFrozen(first));
    assert.equal(getConfig(), first);
  });
});
