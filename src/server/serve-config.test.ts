import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRingfenceError, type RingfenceError } from '../errors.js';
import {
  DEFAULT_HOST,
  DEFAULT_PORT,
  describeSettings,
  parseServeConfigFile,
  resolveServeSettings,
  type ServeFileConfig,
  type ServeFlags,
} from './serve-config.js';

const ENV = { store: '/env/store', redisUrl: null };

function file(json: unknown): ServeFileConfig {
  return parseServeConfigFile({ path: 'serve.json', text: JSON.stringify(json) });
}

function fileError(text: string): RingfenceError {
  try {
    parseServeConfigFile({ path: '/etc/ringfence/serve.json', text });
  } catch (error) {
    if (isRingfenceError(error, 'CONFIG_FILE_INVALID')) return error;
    throw error;
  }
  assert.fail('expected CONFIG_FILE_INVALID');
}

function usage(flags: ServeFlags, config: ServeFileConfig | null = null): string {
  try {
    resolveServeSettings(flags, config, ENV);
  } catch (error) {
    if (isRingfenceError(error, 'USAGE')) return String(error.details?.reason);
    throw error;
  }
  assert.fail('expected USAGE');
}

describe('serve settings', () => {
  it('has defaults for everything, the store and Redis from the environment', () => {
    const settings = resolveServeSettings({}, null, ENV);
    assert.deepEqual(JSON.parse(JSON.stringify(settings)), {
      host: DEFAULT_HOST,
      port: DEFAULT_PORT,
      store: '/env/store',
      trustProxy: false,
      rateLimits: {
        check: { max: 60, timeWindow: 60_000 },
        analyse: { max: 120, timeWindow: 60_000 },
        reports: { max: 30, timeWindow: 60_000 },
      },
      metrics: true,
      redisUrl: null,
      processes: 1,
    });
    assert.ok(Object.isFrozen(settings) && Object.isFrozen(settings.rateLimits.check));
  });

  it('takes every key of the file over the environment and the defaults', () => {
    const settings = resolveServeSettings(
      {},
      file({
        host: '0.0.0.0',
        port: 9000,
        store: '/srv/store',
        trustProxy: ['10.0.0.1', '192.168.0.0/16', '::1', 'loopback'],
        rateLimits: {
          check: { max: 10, windowSeconds: 3600 },
          analyse: { max: 1000 },
          reports: { max: 5, windowSeconds: 10 },
        },
        metrics: false,
        redisUrl: 'redis://:pw@cache:6379/1',
        processes: 4,
      }),
      { store: '/env/store', redisUrl: 'redis://env-cache:6379' },
    );
    assert.equal(settings.host, '0.0.0.0');
    assert.equal(settings.port, 9000);
    assert.equal(settings.store, '/srv/store');
    assert.deepEqual(settings.trustProxy, ['10.0.0.1', '192.168.0.0/16', '::1', 'loopback']);
    assert.deepEqual(settings.rateLimits, {
      check: { max: 10, timeWindow: 3_600_000 },
      analyse: { max: 1000, timeWindow: 60_000 },
      reports: { max: 5, timeWindow: 10_000 },
    });
    assert.equal(settings.metrics, false);
    assert.equal(settings.redisUrl, 'redis://:pw@cache:6379/1');
    assert.equal(settings.processes, 4);
  });

  it('lets flags override the file', () => {
    const config = file({
      host: '0.0.0.0',
      port: 9000,
      store: '/srv/store',
      trustProxy: true,
      rateLimits: { check: { max: 10 }, analyse: { max: 11 }, reports: { max: 12 } },
      metrics: false,
      redisUrl: 'redis://cache:6379',
      processes: 4,
    });
    const settings = resolveServeSettings(
      {
        host: '127.0.0.1',
        port: '0',
        store: '/flag/store',
        trustProxy: '10.1.2.3',
        rateLimit: '1',
        analyseRateLimit: '2',
        reportsRateLimit: '3',
        metrics: true,
        processes: '2',
      },
      config,
      ENV,
    );
    assert.equal(settings.host, '127.0.0.1');
    assert.equal(settings.port, 0);
    assert.equal(settings.store, '/flag/store');
    assert.deepEqual(settings.trustProxy, ['10.1.2.3']);
    assert.deepEqual(
      [
        settings.rateLimits.check.max,
        settings.rateLimits.analyse.max,
        settings.rateLimits.reports.max,
      ],
      [1, 2, 3],
    );
    assert.equal(settings.metrics, true);
    assert.equal(settings.processes, 2);
    // No flag for Redis (a password on a command line is in every `ps`): the file's stays.
    assert.equal(settings.redisUrl, 'redis://cache:6379');
    assert.equal(
      resolveServeSettings({ metrics: false }, file({ metrics: true }), ENV).metrics,
      false,
    );
    assert.equal(resolveServeSettings({ trustProxy: 'false' }, config, ENV).trustProxy, false);
  });

  it('refuses several processes without Redis, naming the consequence', () => {
    assert.match(usage({ processes: '2' }), /2 processes need Redis.*2 times its limit/);
    assert.match(usage({}, file({ processes: 3 })), /3 processes need Redis/);
    const withRedis = resolveServeSettings({ processes: '2' }, null, {
      store: '/s',
      redisUrl: 'redis://127.0.0.1:6379',
    });
    assert.equal(withRedis.processes, 2);
  });

  it('refuses bad flags with USAGE naming the flag', () => {
    assert.match(usage({ port: '65536' }), /--port/);
    assert.match(usage({ port: '-1' }), /--port/);
    assert.match(usage({ port: '80x' }), /--port/);
    assert.match(usage({ rateLimit: '0' }), /--rate-limit must be a positive integer/);
    assert.match(usage({ analyseRateLimit: '1.5' }), /--analyse-rate-limit/);
    assert.match(usage({ reportsRateLimit: 'many' }), /--reports-rate-limit/);
    assert.match(usage({ processes: '0' }), /--processes must be a positive integer up to 64/);
    assert.match(usage({ processes: '65' }), /--processes/);
    assert.match(usage({ trustProxy: '10.0.0.1,proxy.example' }), /--trust-proxy/);
    assert.match(usage({ trustProxy: '10.0.0.0/33' }), /--trust-proxy/);
  });
});

describe('the configuration file', () => {
  it('accepts an empty object', () => {
    assert.deepEqual(file({}), {});
  });

  it('names an unknown key, at any depth', () => {
    for (const [text, key] of [
      ['{"ratelimits": {}}', 'ratelimits'],
      ['{"rateLimits": {"checks": {"max": 1}}}', 'rateLimits.checks'],
      ['{"rateLimits": {"check": {"max": 1, "window": 60}}}', 'rateLimits.check.window'],
    ] as const) {
      const error = fileError(text);
      assert.equal(error.details?.key, key);
      assert.match(error.message, new RegExp(`${key.replace(/\./g, '\\.')}: unknown key`));
      assert.match(error.message, /\/etc\/ringfence\/serve\.json/);
      assert.equal(error.exit, 78);
    }
  });

  it('names the key of a bad value and says what it expects', () => {
    const cases: [unknown, string, RegExp][] = [
      [{ port: 70000 }, 'port', /from 0 to 65535/],
      [{ port: '8080' }, 'port', /an integer/],
      [{ host: '' }, 'host', /not empty/],
      [{ metrics: 'no' }, 'metrics', /true or false/],
      [{ processes: 0 }, 'processes', /from 1 to 64/],
      [{ rateLimits: { check: { max: 0 } } }, 'rateLimits.check.max', /at least 1/],
      [{ rateLimits: { analyse: {} } }, 'rateLimits.analyse.max', /an integer/],
      [
        { rateLimits: { reports: { max: 1, windowSeconds: 0.5 } } },
        'rateLimits.reports.windowSeconds',
        /seconds/,
      ],
      [{ trustProxy: 'yes' }, 'trustProxy', /true, false, or a non-empty list/],
      [{ trustProxy: [] }, 'trustProxy', /expected/],
      [{ store: 'a\0b' }, 'store', /NUL/],
    ];
    for (const [json, key, reason] of cases) {
      const error = fileError(JSON.stringify(json));
      assert.equal(error.details?.key, key, JSON.stringify(json));
      assert.match(error.message, reason, JSON.stringify(json));
    }
  });

  it('never echoes a bad Redis URL, which may hold a password', () => {
    const error = fileError('{"redisUrl": "http://:hunter2@cache:6379"}');
    assert.equal(error.details?.key, 'redisUrl');
    assert.match(error.message, /redis:\/\/ or rediss:\/\//);
    assert.doesNotMatch(JSON.stringify(error.toJSON()), /hunter2/);
  });

  it('refuses text that is not a JSON object', () => {
    assert.match(fileError('{"port": 80,}').message, /not JSON/);
    assert.match(fileError('[1]').message, /a JSON object/);
    assert.equal(fileError('null').details?.key, '(file)');
  });
});

describe('describeSettings', () => {
  it('prints everything on one line, with the Redis password masked', () => {
    const settings = resolveServeSettings(
      {},
      file({ redisUrl: 'rediss://ringfence:hunter2@cache.internal:6380/2', processes: 2 }),
      ENV,
    );
    const line = describeSettings(settings);
    assert.doesNotMatch(line, /\n/);
    assert.doesNotMatch(line, /hunter2/);
    const parsed = JSON.parse(line) as Record<string, unknown>;
    assert.equal(parsed['redisUrl'], 'rediss://ringfence:***@cache.internal:6380/2');
    assert.equal(parsed['processes'], 2);
    assert.equal(parsed['store'], '/env/store');
    const plain = JSON.parse(describeSettings(resolveServeSettings({}, null, ENV))) as {
      redisUrl: unknown;
    };
    assert.equal(plain.redisUrl, null);
  });
});
