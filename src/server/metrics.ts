/**
 * Prometheus metrics at GET /metrics, in the text exposition format, from a registry of the app's
 * own (prom-client's global registry would clash as soon as a process builds two apps, as tests
 * do).
 *
 * Labels are a closed set, so that neither a client nor a person's data can reach them: a method
 * from the list below, a route pattern as registered (`/v1/private/check`, never the URL asked
 * for: an unmatched URL is `(none)`), a status code. Never a number, a message text, a query or
 * a client address. What a route did is read from its pattern and status after the response, so
 * the routes themselves know nothing of metrics.
 *
 * /metrics is not rate-limited: a scraper polls it every few seconds from the operator's network.
 * Keep it off the public internet at the reverse proxy, or turn it off (`metrics: false`).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const METRICS_PATH = '/metrics';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Unmatched requests (404s, requests refused before routing) share one route label. */
const NO_ROUTE = '(none)';

const PRIVATE_CHECK = '/v1/private/check';

/** Message-analysis routes and what one successful request analyses. */
const ANALYSIS_ROUTES: Readonly<Record<string, (request: FastifyRequest) => AnalysisCount>> = {
  'POST /v1/messages/analyse': () => ({ kind: 'message', count: 1 }),
  'POST /v1/messages/analyse-batch': (request) => ({ kind: 'message', count: batchSize(request) }),
  'POST /v1/calls/analyse': () => ({ kind: 'call', count: 1 }),
};

interface AnalysisCount {
  readonly kind: 'message' | 'call';
  readonly count: number;
}

// Seconds: a check is a few milliseconds, a report of a large leak can take seconds.
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface MetricsOptions {
  /** Process metrics (CPU, memory, event loop, GC) beside the server's own; default true. */
  readonly process?: boolean;
}

/** The app's metrics: its registry, for tests and for an operator's own collectors. */
export interface ServerMetrics {
  readonly registry: Registry;
}

/**
 * Counts every response of `app` and serves the registry at GET /metrics. Call it on the root
 * instance, before the routes are registered, so that its hook sees every route.
 */
export function installMetrics(app: FastifyInstance, options: MetricsOptions = {}): ServerMetrics {
  const registry = new Registry();
  if (options.process ?? true) collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'ringfence_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'ringfence_http_request_duration_seconds',
    help: 'Time from receiving a request to sending its response, by route pattern.',
    labelNames: ['route'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const privateChecks = new Counter({
    name: 'ringfence_private_checks_total',
    help: 'Private checks answered (POST /v1/private/check with status 200).',
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: 'ringfence_rate_limited_total',
    help: 'Requests refused with 429 RATE_LIMITED, by route pattern.',
    labelNames: ['route'] as const,
    registers: [registry],
  });
  const analyses = new Counter({
    name: 'ringfence_message_analyses_total',
    help: 'Messages and calls analysed (each item of a batch counts), by kind.',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  // Present from the first scrape, so that rate() works without waiting for a first event.
  rateLimited.inc({ route: PRIVATE_CHECK }, 0);
  analyses.inc({ kind: 'message' }, 0);
  analyses.inc({ kind: 'call' }, 0);

  app.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done) => {
    const route = request.routeOptions.url ?? NO_ROUTE;
    const method = METHODS.has(request.method) ? request.method : 'OTHER';
    const status = reply.statusCode;
    requests.inc({ method, route, status: String(status) });
    duration.observe({ route }, reply.elapsedTime / 1000);
    if (status === 429) rateLimited.inc({ route });
    const key = `${method} ${route}`;
    if (status === 200 && key === `POST ${PRIVATE_CHECK}`) privateChecks.inc();
    const analysis = status === 200 ? ANALYSIS_ROUTES[key] : undefined;
    if (analysis !== undefined) {
      const { kind, count } = analysis(request);
      if (count > 0) analyses.inc({ kind }, count);
    }
    done();
  });

  app.get(METRICS_PATH, async (_request, reply) => {
    const text = await registry.metrics();
    return reply.type(registry.contentType).header('cache-control', 'no-store').send(text);
  });

  return { registry };
}

function batchSize(request: FastifyRequest): number {
  const body = request.body as { messages?: unknown } | null | undefined;
  return Array.isArray(body?.messages) ? body.messages.length : 0;
}
