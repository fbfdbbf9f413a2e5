/**
 * GET /v1/openapi.json and GET /docs: this API described from its own routes (./openapi.ts).
 * Both are built on first request, once every route is registered, and kept.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import {
  DOCS_CSP,
  openapiDocument,
  renderDocsHtml,
  type CapturedRoute,
  type OpenApiInfo,
} from './openapi.js';
import { API_SCHEMAS } from './schemas.js';

/** The package's name and version, as the CLI's --version reads them. */
function packageInfo(): OpenApiInfo {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return { title: 'ringfence', version: pkg.version };
}

export function docsRoutes(routes: readonly CapturedRoute[]) {
  let document: Record<string, unknown> | undefined;
  let page: string | undefined;
  const openapi = (): Record<string, unknown> =>
    (document ??= openapiDocument(routes, packageInfo()));

  return (scope: FastifyInstance, _options: unknown, done: () => void): void => {
    scope.get('/v1/openapi.json', { schema: API_SCHEMAS.openapi }, (_request, reply) => {
      void reply.header('cache-control', 'no-cache');
      return openapi();
    });
    scope.get('/docs', { schema: API_SCHEMAS.docs }, (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('content-security-policy', DOCS_CSP)
        .send((page ??= renderDocsHtml(openapi()))),
    );
    done();
  };
}
