import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { RouteOptions } from 'fastify';
import { ingest } from '../ingest/index.js';
import { escapeHtml } from '../report/index.js';
import { LeakStore } from '../store/index.js';
import { createApp } from './index.js';
import { describeSchema, openapiPath } from './openapi.js';

let dir: string;
let store: LeakStore;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringfence-openapi-'));
  store = new LeakStore(join(dir, 'store'));
  const input = join(dir, 'dump.csv');
  writeFileSync(input, 'phone\n+447400123456\n');
  await ingest({ input, name: 'dump', store: store.root, rows: false, workers: 1 });
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Operation {
  operationId: string;
  summary: string;
  parameters: { name: string; in: string; required: boolean; schema: unknown }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
  'x-error-codes': string[];
}
interface Document {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
}

/** `METHOD path` of every route in fastify's printRoutes() tree, HEAD twins left out. */
function printedRoutes(tree: string): Set<string> {
  const out = new Set<string>();
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^((?:[│ ] {3})*)[├└]── (\S+)(?: \(([^)]+)\))?$/.exec(line);
    if (match === null) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    const path = (stack[depth - 1] ?? '') + match[2]!;
    stack.push(path);
    for (const method of (match[3] ?? '').split(', '))
      if (method !== '' && method !== 'HEAD') out.add(`${method} ${openapiPath(path)}`);
  }
  return out;
}

function operations(document: Document): Set<string> {
  const out = new Set<string>();
  for (const [path, methods] of Object.entries(document.paths))
    for (const method of Object.keys(methods)) out.add(`${method.toUpperCase()} ${path}`);
  return out;
}

describe('GET /v1/openapi.json', () => {
  it('is an OpenAPI 3 document of exactly the routes served, the page included', async () => {
    const webDir = join(dir, 'web');
    mkdirSync(webDir, { recursive: true });
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><p>page</p>');
    writeFileSync(join(webDir, 'check.js'), 'export {};');
    const server = createApp({ store, privateIndex: null, webDir });
    // The routes registered by plugins, as fastify registers them (a hook added now misses
    // routes added at the root inside createApp, such as /metrics: printRoutes has them all).
    const registered = new Set<string>();
    server.addHook('onRoute', (route: RouteOptions) => {
      for (const method of [route.method].flat())
        if (method !== 'HEAD') registered.add(`${method} ${openapiPath(route.url)}`);
    });
    const response = await server.inject({ method: 'GET', url: '/v1/openapi.json' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(response.headers['cache-control'], 'no-cache');
    const document = response.json<Document>();
    assert.match(document.openapi, /^3\.1\.\d+$/);
    assert.equal(document.info.title, 'ringfence');
    assert.match(document.info.version, /^\d+\.\d+\.\d+/);

    const documented = operations(document);
    for (const route of registered) assert.ok(documented.has(route), route);
    assert.deepEqual([...documented].sort(), [...printedRoutes(server.printRoutes())].sort());
    for (const expected of [
      'GET /',
      'GET /check.js',
      'GET /favicon.ico',
      'GET /v1/health',
      'GET /v1/leaks',
      'GET /v1/leaks/{id}',
      'GET /v1/leaks/{id}/report',
      'GET /v1/leaks/{id}/report.html',
      'GET /v1/compare',
      'GET /v1/compare.html',
      'POST /v1/private/check',
      'POST /v1/messages/analyse',
      'POST /v1/messages/analyse-batch',
      'POST /v1/calls/analyse',
      'GET /v1/openapi.json',
      'GET /docs',
    ])
      assert.ok(documented.has(expected), expected);
  });

  it('gives every operation its parameters, bodies, responses and error codes', async () => {
    const server = createApp({ store, privateIndex: null, webDir: null });
    const document = (
      await server.inject({ method: 'GET', url: '/v1/openapi.json' })
    ).json<Document>();
    const ids = new Set<string>();
    for (const [path, methods] of Object.entries(document.paths)) {
      assert.match(path, /^\/[^:]*$/, 'paths are templated as {name}');
      for (const [method, op] of Object.entries(methods)) {
        const name = `${method.toUpperCase()} ${path}`;
        assert.ok(['get', 'post'].includes(method), name);
        assert.ok(!ids.has(op.operationId), `${name}: operationId ${op.operationId} is unique`);
        ids.add(op.operationId);
        assert.ok(op.summary.length > 0, name);
        // Every {param} of the path is a required path parameter, and the other way round.
        const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const inPath = op.parameters.filter((p) => p.in === 'path');
        assert.deepEqual(
          inPath.map((p) => p.name),
          templated,
          name,
        );
        assert.ok(
          inPath.every((p) => p.required),
          name,
        );
        for (const p of op.parameters) assert.ok(['path', 'query'].includes(p.in), name);
        if (method === 'post') {
          const body = op.requestBody?.content['application/json']?.schema as
            { type?: string } | undefined;
          assert.equal(body?.type, 'object', `${name} has a JSON body schema`);
        } else assert.equal(op.requestBody, undefined, name);
        const success = Object.keys(op.responses).filter((s) => s.startsWith('2'));
        assert.equal(success.length, 1, `${name} has one success response`);
        for (const [status, r] of Object.entries(op.responses)) {
          assert.ok(r.description.length > 0, `${name} ${status}`);
          if (status === '204') continue;
          const contents = Object.values(r.content ?? {});
          assert.equal(contents.length, 1, `${name} ${status}`);
          assert.equal(typeof contents[0]!.schema, 'object', `${name} ${status} has a schema`);
        }
        if (path.startsWith('/v1/') || path === '/docs') {
          for (const range of ['4XX', '5XX']) {
            const schema = op.responses[range]?.content?.['application/json']?.schema as
              { required?: string[] } | undefined;
            assert.deepEqual(schema?.required, ['code', 'message'], `${name} ${range}`);
          }
          assert.ok(op['x-error-codes'].length > 0, name);
        }
      }
    }
    const analyse = document.paths['/v1/messages/analyse']!.post!;
    const result = analyse.responses['200']!.content!['application/json']!.schema as {
      properties: Record<string, unknown>;
    };
    assert.deepEqual(Object.keys(result.properties).sort(), [
      'advice',
      'category',
      'indicators',
      'language',
      'reasons',
      'score',
      'verdict',
    ]);
    assert.deepEqual(
      document.paths['/v1/compare']!.get!.parameters.map((p) => [p.name, p.required]),
      [
        ['a', true],
        ['b', true],
        ['byType', false],
      ],
    );
    assert.deepEqual(document.paths['/v1/leaks/{id}']!.get!['x-error-codes'], [
      'LEAK_NOT_FOUND',
      'INTERNAL',
    ]);
  });
});

describe('GET /docs', () => {
  it('lists every operation with its shapes and error codes, with no script', async () => {
    const server = createApp({ store, privateIndex: null, webDir: null });
    const document = (
      await server.inject({ method: 'GET', url: '/v1/openapi.json' })
    ).json<Document>();
    const response = await server.inject({ method: 'GET', url: '/docs' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(response.headers['cache-control'], 'no-cache');
    const csp = String(response.headers['content-security-policy']);
    assert.match(csp, /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]{43}='/);
    assert.doesNotMatch(response.body, /<script|<link|<img|https?:\/\//);
    for (const [path, methods] of Object.entries(document.paths))
      for (const [method, op] of Object.entries(methods)) {
        assert.ok(
          response.body.includes(
            `<span class="m">${method.toUpperCase()}</span>${escapeHtml(path)}`,
          ),
          `${method} ${path}`,
        );
        for (const code of op['x-error-codes'])
          assert.ok(response.body.includes(`<code>${code}</code>`), `${path} ${code}`);
      }
    assert.ok(response.body.includes(escapeHtml('recompilationOf: string | null')));
    assert.ok(response.body.includes('Request body (application/json)'));
  });

  it('describes schemas as short types', () => {
    assert.equal(
      describeSchema({
        type: 'object',
        properties: { a: { type: 'string' }, b: { type: 'array', items: { type: 'number' } } },
        required: ['a'],
      }),
      '{\n  a: string\n  b?: number[]\n}',
    );
    assert.equal(describeSchema({ enum: ['x', 'y'] }), '"x" | "y"');
    assert.equal(
      describeSchema({ anyOf: [{ type: 'string' }, { type: 'null' }] }),
      'string | null',
    );
  });
});
