/**
 * The OpenAPI 3.1 document and the /docs page, generated from the routes themselves: an onRoute
 * hook records each route's method, URL and schema as fastify registers it, so that a route
 * cannot be served without being documented, nor documented without being served. No plugin:
 * the schemas are already JSON Schema (./schemas.ts), which OpenAPI 3.1 takes as it is.
 *
 * The docs page is server-rendered HTML with one inline style allowed by its hash: no script,
 * no request to anyone.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { escapeHtml } from '../report/index.js';
import { ROUTE_ERRORS } from './schemas.js';

export interface CapturedRoute {
  readonly method: string;
  /** fastify's pattern, `/v1/leaks/:id`. */
  readonly url: string;
  readonly schema: RouteSchema | undefined;
}

interface RouteSchema {
  readonly summary?: string;
  readonly params?: JsonSchema;
  readonly querystring?: JsonSchema;
  readonly body?: JsonSchema;
  readonly produces?: readonly string[];
  readonly response?: Readonly<Record<string, JsonSchema>>;
}

type JsonSchema = Readonly<Record<string, unknown>>;

/** What the routes without a schema serve: the page and its assets. */
const UNDESCRIBED: Readonly<Record<string, { summary: string; type: string }>> = {
  '/': { summary: 'The private-check page', type: 'text/html' },
  '/check.js': {
    summary: "The page's script (phone engine and OPRF client)",
    type: 'text/javascript',
  },
  '/favicon.ico': { summary: 'No icon: 204', type: 'image/x-icon' },
  '/metrics': { summary: 'Prometheus metrics', type: 'text/plain' },
};

/**
 * Records every route registered on `app` from now on (HEAD twins of GET routes excepted, and
 * routes whose schema says `hide: true`: the web app's pages, which are documents, not API).
 */
export function captureRoutes(app: FastifyInstance): readonly CapturedRoute[] {
  const routes: CapturedRoute[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    if ((route.schema as { hide?: unknown } | undefined)?.hide === true) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: route.url, schema: route.schema as RouteSchema });
    }
  });
  return routes;
}

/** `/v1/leaks/:id` as OpenAPI writes it, `/v1/leaks/{id}`. */
export function openapiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function parameters(schema: JsonSchema | undefined, where: 'path' | 'query'): unknown[] {
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema?.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => {
    const { description, ...rest } = s;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(description === undefined ? {} : { description }),
      schema: rest,
    };
  });
}

function responses(route: CapturedRoute): Record<string, unknown> {
  const schema = route.schema;
  if (schema?.response === undefined) {
    const page = UNDESCRIBED[route.url];
    const status = route.url === '/favicon.ico' ? '204' : '200';
    return {
      [status]: {
        description: page?.summary ?? 'OK',
        ...(status === '204'
          ? {}
          : {
              content: {
                [page?.type ?? 'application/octet-stream']: { schema: { type: 'string' } },
              },
            }),
      },
    };
  }
  const out: Record<string, unknown> = {};
  for (const [status, s] of Object.entries(schema.response)) {
    const key = status.toUpperCase();
    const type =
      status.startsWith('2') && schema.produces !== undefined
        ? schema.produces[0]!
        : 'application/json';
    out[key] = {
      description: status.startsWith('2') ? 'OK' : `An error: {code, message, details?}`,
      content: { [type]: { schema: s } },
    };
  }
  return out;
}

export interface OpenApiInfo {
  readonly title: string;
  readonly version: string;
}

/** The OpenAPI 3.1 document of `routes`. */
export function openapiDocument(
  routes: readonly CapturedRoute[],
  info: OpenApiInfo,
): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of [...routes].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
    const s = route.schema;
    const operation: Record<string, unknown> = {
      operationId: `${route.method.toLowerCase()}${route.url.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
      summary: s?.summary ?? UNDESCRIBED[route.url]?.summary ?? route.url,
      parameters: [...parameters(s?.params, 'path'), ...parameters(s?.querystring, 'query')],
      responses: responses(route),
      'x-error-codes': ROUTE_ERRORS[`${route.method} ${route.url}`] ?? [],
    };
    if (s?.body !== undefined)
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: s.body } },
      };
    (paths[openapiPath(route.url)] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      ...info,
      description:
        'Phone-number leak intelligence: the catalogue, reports and compares of leaks, the private check, and message and call analysis. Every error is {code, message, details?} with the HTTP status of its code (docs/errors.md).',
    },
    paths,
  };
}

/** A JSON Schema as a short TypeScript-like type, for people. */
export function describeSchema(schema: unknown, indent = ''): string {
  if (typeof schema !== 'object' || schema === null) return 'unknown';
  const s = schema as JsonSchema;
  const inner = `${indent}  `;
  if (Array.isArray(s.anyOf) || Array.isArray(s.oneOf))
    return ((s.anyOf ?? s.oneOf) as unknown[]).map((x) => describeSchema(x, indent)).join(' | ');
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  const type = s.type;
  if (Array.isArray(type))
    return (type as unknown[]).map((t) => describeSchema({ ...s, type: t }, indent)).join(' | ');
  if (type === 'array') return `${describeSchema(s.items, indent)}[]`;
  if (type === 'object') {
    const properties = (s.properties ?? {}) as Record<string, unknown>;
    const required = new Set((s.required ?? []) as string[]);
    const entries = Object.entries(properties);
    if (entries.length === 0)
      return typeof s.additionalProperties === 'object'
        ? `{ [key: string]: ${describeSchema(s.additionalProperties, indent)} }`
        : 'object';
    const lines = entries.map(
      ([name, p]) => `${inner}${name}${required.has(name) ? '' : '?'}: ${describeSchema(p, inner)}`,
    );
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
  return typeof type === 'string' ? (type === 'integer' ? 'number' : type) : 'unknown';
}

const DOCS_STYLE =
  'body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}' +
  'h2{margin-top:2.5rem;border-top:1px solid #ddd;padding-top:1rem;font-size:1.1rem}' +
  'code,pre{font:13px/1.4 ui-monospace,monospace}pre{background:#f6f6f6;padding:.75rem;overflow-x:auto}' +
  '.m{display:inline-block;min-width:3.5rem;font-weight:bold}table{border-collapse:collapse}' +
  'td,th{text-align:left;padding:.2rem .8rem .2rem 0;vertical-align:top}';

/** The docs page's CSP: its one style by hash, nothing else. */
export const DOCS_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(DOCS_STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/** The docs page of an OpenAPI document made by openapiDocument. */
export function renderDocsHtml(document: Record<string, unknown>): string {
  const info = document.info as { title: string; version: string; description: string };
  const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
  const sections: string[] = [];
  const index: string[] = [];
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const id = String(op.operationId);
      index.push(
        `<li><a href="#${escapeHtml(id)}"><code><span class="m">${method.toUpperCase()}</span>${escapeHtml(path)}</code></a> ${escapeHtml(String(op.summary))}</li>`,
      );
      const parts = [
        `<h2 id="${escapeHtml(id)}"><code><span class="m">${method.toUpperCase()}</span>${escapeHtml(path)}</code></h2>`,
        `<p>${escapeHtml(String(op.summary))}</p>`,
      ];
      const params = op.parameters as {
        name: string;
        in: string;
        required: boolean;
        description?: string;
        schema: unknown;
      }[];
      if (params.length > 0)
        parts.push(
          '<h3>Parameters</h3><table><tr><th>Name</th><th>In</th><th>Type</th><th>Description</th></tr>',
          ...params.map(
            (p) =>
              `<tr><td><code>${escapeHtml(p.name)}${p.required ? '' : '?'}</code></td><td>${p.in}</td><td><code>${escapeHtml(describeSchema(p.schema))}</code></td><td>${escapeHtml(p.description ?? '')}</td></tr>`,
          ),
          '</table>',
        );
      const body = op.requestBody as { content: Record<string, { schema: unknown }> } | undefined;
      if (body !== undefined)
        parts.push(
          '<h3>Request body (application/json)</h3>',
          `<pre>${escapeHtml(describeSchema(body.content['application/json']?.schema))}</pre>`,
        );
      for (const [status, response] of Object.entries(
        op.responses as Record<string, { content?: Record<string, { schema: unknown }> }>,
      )) {
        if (!status.startsWith('2')) continue;
        const [type, content] = Object.entries(response.content ?? {})[0] ?? ['', undefined];
        parts.push(
          `<h3>Response ${escapeHtml(status)}${type === '' ? '' : ` (${escapeHtml(type)})`}</h3>`,
        );
        if (type === 'application/json')
          parts.push(`<pre>${escapeHtml(describeSchema(content?.schema))}</pre>`);
      }
      const codes = op['x-error-codes'] as string[];
      parts.push(
        '<h3>Errors</h3>',
        codes.length === 0
          ? '<p>None of its own.</p>'
          : `<p>${codes.map((c) => `<code>${escapeHtml(c)}</code>`).join(', ')}: a body <code>{code, message, details?}</code> with the HTTP status of the code.</p>`,
      );
      sections.push(`<section>${parts.join('\n')}</section>`);
    }
  }
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(info.title)} API ${escapeHtml(info.version)}</title>
<style>${DOCS_STYLE}</style></head><body>
<h1>${escapeHtml(info.title)} API <small>${escapeHtml(info.version)}</small></h1>
<p>${escapeHtml(info.description)}</p>
<p>The same as an OpenAPI 3.1 document: <a href="/v1/openapi.json"><code>/v1/openapi.json</code></a>.</p>
<ul>
${index.join('\n')}
</ul>
${sections.join('\n')}
</body></html>
`;
}
