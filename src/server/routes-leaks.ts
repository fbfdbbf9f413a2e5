/**
 * The analyst's routes over the leak store: one leak of the catalogue, its report (JSON and the
 * HTML page), and the exact compare of two leaks (JSON and page). Derived sets (`ringfence
 * derive`) are not leaks: the API does not serve them, as the catalogue does not list them.
 *
 * The HTML pages are the CLI's own self-contained pages (src/report): inline styles, an inline
 * SVG map, no script and no request. They carry their own CSP (PAGE_CSP), which replaces the
 * app's global one on these routes only: the global one allows no inline style.
 *
 * A compare runs in a worker thread (./compare-threads.ts), so that a long one does not stall the
 * other routes; the query is parsed and the leaks checked here first, so that refusals cost no
 * thread time.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { buildReport, type Comparison, type LeakReport } from '../analysis/index.js';
import { RingfenceError } from '../errors.js';
import { PAGE_CSP, loadWorldMap, renderCompareHtml, renderReportHtml } from '../report/index.js';
import { checkLeakName, isDerived, type LeakStore, type Manifest } from '../store/index.js';
import { CompareThreads } from './compare-threads.js';
import { API_SCHEMAS, type Leak } from './schemas.js';

/** A leak's catalogue record, HIBP's breach model with our counts. */
export function leakRecord(m: Manifest): Leak {
  return {
    id: m.name,
    name: m.name,
    title: m.title,
    breachDate: m.breachDate,
    addedDate: m.addedDate,
    counts: m.counts,
    dataClasses: m.dataClasses,
    flags: { ...m.flags, recompilationOf: m.novelty?.recompilationOf ?? null },
  };
}

/**
 * The manifest of leak `id`, or LEAK_NOT_FOUND: for a name that cannot be a leak's, and for a
 * derived set. The error never names the store's path, which is the server's business.
 */
export function requireLeak(store: LeakStore, id: string): Manifest {
  const notFound = () =>
    new RingfenceError('LEAK_NOT_FOUND', { name: id, store: 'of this server' });
  try {
    checkLeakName(id);
  } catch {
    throw notFound();
  }
  if (!store.has(id)) throw notFound();
  const manifest = store.manifest(id);
  if (isDerived(manifest)) throw notFound();
  return manifest;
}

interface CompareQuery {
  readonly a?: string;
  readonly b?: string;
  readonly byType?: boolean;
}

function parseCompareQuery(query: unknown): { a: string; b: string; byType: boolean } {
  const q = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  for (const key of Object.keys(q))
    if (!['a', 'b', 'byType'].includes(key))
      throw new RingfenceError('USAGE', { reason: `unknown query parameter ${key}` });
  const { a, b, byType } = q as CompareQuery & Record<string, unknown>;
  if (typeof a !== 'string' || a === '' || typeof b !== 'string' || b === '')
    throw new RingfenceError('USAGE', { reason: 'give the two leaks to compare as ?a=&b=' });
  const type = byType as unknown;
  if (type !== undefined && type !== 'true' && type !== 'false' && typeof type !== 'boolean')
    throw new RingfenceError('USAGE', { reason: 'byType is true or false' });
  return { a, b, byType: type === true || type === 'true' };
}

function html(reply: FastifyReply, page: string): FastifyReply {
  return reply
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('content-security-policy', PAGE_CSP)
    .send(page);
}

export interface LeakRoutesOptions {
  /** Where compares run (default: a thread of this plugin's own, closed with the app). */
  readonly compareThreads?: CompareThreads;
}

export function leakRoutes(store: LeakStore, options: LeakRoutesOptions = {}) {
  let threads = options.compareThreads;
  const compare = async (query: unknown): Promise<Comparison> => {
    const { a, b, byType } = parseCompareQuery(query);
    requireLeak(store, a);
    requireLeak(store, b);
    threads ??= new CompareThreads();
    return (await threads.compare(store.root, a, b, byType)).comparison;
  };
  // The query is parsed by the route (parseCompareQuery), so that each refusal is USAGE.
  const rawQuery = { validatorCompiler: () => (value: unknown) => ({ value }) };

  return (scope: FastifyInstance, _options: unknown, done: () => void): void => {
    if (options.compareThreads === undefined)
      scope.addHook('onClose', async () => {
        await threads?.close();
      });

    scope.get<{ Params: { id: string } }>(
      '/v1/leaks/:id',
      { schema: API_SCHEMAS.leak },
      (request, reply): Leak => {
        const leak = leakRecord(requireLeak(store, request.params.id));
        void reply.header('cache-control', 'no-cache');
        return leak;
      },
    );

    scope.get<{ Params: { id: string } }>(
      '/v1/leaks/:id/report',
      { schema: API_SCHEMAS.report },
      (request, reply): LeakReport => {
        requireLeak(store, request.params.id);
        void reply.header('cache-control', 'no-cache');
        return buildReport(store, request.params.id);
      },
    );

    scope.get<{ Params: { id: string } }>(
      '/v1/leaks/:id/report.html',
      { schema: API_SCHEMAS.reportHtml },
      (request, reply) => {
        requireLeak(store, request.params.id);
        return html(reply, renderReportHtml(buildReport(store, request.params.id), loadWorldMap()));
      },
    );

    scope.get(
      '/v1/compare',
      { schema: API_SCHEMAS.compare, ...rawQuery },
      async (request, reply) => {
        const comparison = await compare(request.query);
        void reply.header('cache-control', 'no-cache');
        return comparison;
      },
    );

    scope.get(
      '/v1/compare.html',
      { schema: API_SCHEMAS.compareHtml, ...rawQuery },
      async (request, reply) => html(reply, renderCompareHtml(await compare(request.query))),
    );
    done();
  };
}
