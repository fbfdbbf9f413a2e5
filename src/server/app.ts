/**
 * The HTTP API and the web page, built as a fastify instance that does not listen: tests drive it
 * with inject(), `ringfence serve` listens. Routes:
 *
 *   GET  /                   the private-check page (web/index.html)
 *   GET  /check.js           its script: phone engine, OPRF client (web/check.ts, bundled)
 *   GET  /favicon.ico        204: there is none
 *   GET  /v1/health          200 with the index's state when checks can be answered, else 503
 *   GET  /v1/leaks           the catalogue: ids, titles, dates, counts, data classes, flags
 *   POST /v1/private/check   protocol v1 (docs/PROTOCOL.md), rate-limited per client address
 *   GET  /metrics            Prometheus metrics, unless deps.metrics is false (./metrics.ts)
 *   GET  /v1/leaks/:id[/report[.html]], /v1/compare[.html]   the analyst's (./routes-leaks.ts)
 *   POST /v1/messages/analyse[-batch], /v1/calls/analyse     scam analysis (./routes-messages.ts)
 *   GET  /v1/openapi.json, /docs   this API, generated from the routes' schemas (./openapi.ts)
 *   GET  /message, /leaks, /compare, /about… the web app's other pages (./web-app.ts)
 *
 * What the server must not do is as much the design as what it does: it never logs a body, a
 * query or a URL (only method, route pattern, status and duration), it sets no cookie, and every
 * error is a registry code with that code's status (./http-errors.ts). Body size, security
 * headers and rate limits come from fastify and its plugins.
 */
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { RingfenceError } from '../errors.js';
import { createLogger, type Logger } from '../log.js';
import {
  type PrivateIndex,
  ENTRY_BYTES,
  PROTOCOL_VERSION,
  fromBase64url,
  parseCheckRequest,
  toBase64url,
  type CheckRequest,
  type CheckResponse,
} from '../privacy/index.js';
import { isDerived, type LeakStore } from '../store/index.js';
import { CompareThreads } from './compare-threads.js';
import { toHttpError, type InvalidBodyCode } from './http-errors.js';
import { installMetrics } from './metrics.js';
import { captureRoutes } from './openapi.js';
import { docsRoutes } from './routes-docs.js';
import { leakRecord, leakRoutes } from './routes-leaks.js';
import { messageRoutes } from './routes-messages.js';
import { ROUTE_SCHEMAS, type Catalogue, type Health } from './schemas.js';
import { RATE_LIMIT_NAMESPACE, type SharedState } from './shared-state.js';
import { webAppRoutes } from './web-app.js';
import { defaultWebDir, loadWebAssets, type WebAssets } from './web-assets.js';

/** Request bodies above this are refused with PAYLOAD_TOO_LARGE: a check request is ~90 bytes. */
export const BODY_LIMIT = 4096;

/** Checks per client address: a person checks a few numbers, a scraper needs billions. */
export const DEFAULT_RATE_LIMIT: RateLimit = { max: 60, timeWindow: 60_000 };

export interface RateLimit {
  readonly max: number;
  /** Milliseconds, or a duration such as '1 minute'. */
  readonly timeWindow: number | string;
}

/**
 * Per-address limits of the other API routes: an analysis is cheap, a report or a compare reads
 * whole leaks. Without them one client could keep the server busy with compares.
 */
export interface ApiRateLimits {
  /** POST /v1/messages/analyse, /v1/messages/analyse-batch, /v1/calls/analyse. */
  readonly analyse: RateLimit;
  /** A leak's report and the compare of two leaks, as JSON or HTML. */
  readonly reports: RateLimit;
}

export const DEFAULT_API_RATE_LIMITS: ApiRateLimits = {
  analyse: { max: 120, timeWindow: 60_000 },
  reports: { max: 30, timeWindow: 60_000 },
};

/**
 * Which limit of ApiRateLimits a route falls under, or null for none. The web app's pages that
 * do the same work share the API's limits (./web-app.ts): the message form, a leak's report page
 * and the compare page.
 */
function apiLimitOf(url: string, method: string, limits: ApiRateLimits): RateLimit | null {
  if (url.startsWith('/v1/messages/') || url.startsWith('/v1/calls/')) return limits.analyse;
  if (url === '/message' && method === 'POST') return limits.analyse;
  if (url.startsWith('/v1/compare') || /^\/v1\/leaks\/:id\/report/.test(url)) return limits.reports;
  if (url === '/leaks/:id' || url === '/compare') return limits.reports;
  return null;
}

export interface AppDeps {
  readonly store: LeakStore;
  /**
   * The private-check index, null when there is none. A function when it can appear later
   * (`serve` builds a missing index in the background): it is asked on every request.
   */
  readonly privateIndex: PrivateIndex | null | (() => PrivateIndex | null);
  /** Request lines (method, route, status, duration) and server faults; silent by default. */
  readonly log?: Logger;
  readonly rateLimit?: RateLimit;
  /** Limits of the analysis, report and compare routes (default DEFAULT_API_RATE_LIMITS). */
  readonly apiRateLimits?: ApiRateLimits;
  /** Where index.html and check.js are (default: dist/web); null serves no page. */
  readonly webDir?: string | null;
  /**
   * Behind a reverse proxy, which proxies to believe about the client address (fastify's
   * trustProxy: true, or the proxies' addresses and CIDRs). Without it every client behind the
   * proxy shares one rate limit; with it wrongly set, clients forge their address.
   */
  readonly trustProxy?: boolean | readonly string[];
  /** Prometheus metrics at GET /metrics (default true); false serves no /metrics. */
  readonly metrics?: boolean;
  /**
   * Redis shared with the other processes behind the same load balancer (./shared-state.ts):
   * the rate-limit counters live there, so a client gets one limit whichever process answers.
   * Memory (one count per process) without it. The caller connects it and closes it.
   */
  readonly sharedState?: SharedState;
}

export function createApp(deps: AppDeps): FastifyInstance {
  const log = deps.log ?? createLogger({ level: 'silent', salt: 'ringfence-server-silent' });
  const currentIndex =
    typeof deps.privateIndex === 'function'
      ? deps.privateIndex
      : (): PrivateIndex | null => deps.privateIndex as PrivateIndex | null;
  const requireIndex = (): PrivateIndex => {
    const index = currentIndex();
    if (index === null)
      throw new RingfenceError('PRIVATE_INDEX_UNAVAILABLE', {
        reason: 'no index has been built yet; retry later',
      });
    return index;
  };
  const webDir = deps.webDir === undefined ? defaultWebDir() : deps.webDir;
  const assets = webDir === null ? null : loadWebAssets(webDir);
  if (webDir !== null && assets === null)
    log.warn('the web page is not built (npm run build:web); serving the API only');

  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    trustProxy:
      typeof deps.trustProxy === 'object' ? [...deps.trustProxy] : (deps.trustProxy ?? false),
    return503OnClosing: true,
  });

  // Before any route: /v1/openapi.json and /docs describe every route registered after this.
  const routes = captureRoutes(app);

  // Before the rate-limit plugin's own onRoute hook, which reads config.rateLimit.
  const apiLimits = deps.apiRateLimits ?? DEFAULT_API_RATE_LIMITS;
  app.addHook('onRoute', (route) => {
    const limit = apiLimitOf(route.url, [route.method].flat().join(), apiLimits);
    if (limit === null) return;
    const config = (route.config ?? {}) as { rateLimit?: unknown };
    route.config = { ...config, rateLimit: config.rateLimit ?? { ...limit } };
  });
  if (deps.metrics ?? true) installMetrics(app);

  app.addHook('onResponse', (request, reply, done) => {
    log.info('request', {
      method: request.method,
      route: request.routeOptions.url ?? '(none)',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    });
    done();
  });

  app.setErrorHandler((error, request, reply) => {
    const { error: coded, fault } = toHttpError(
      error,
      // The route's own limit (the batch route has a larger one), else the app's BODY_LIMIT.
      request.routeOptions.bodyLimit,
      (request.routeOptions.config as { invalidBody?: InvalidBodyCode } | undefined)?.invalidBody,
    );
    if (fault) log.error('request failed', { route: request.routeOptions.url ?? '(none)', error });
    return sendError(reply, coded);
  });

  app.setNotFoundHandler((request, reply) =>
    sendError(reply, new RingfenceError('NOT_FOUND', { path: request.url.split('?')[0] ?? '/' })),
  );

  void app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      // No defaults: they allow inline styles and add upgrade-insecure-requests, which breaks
      // the page over plain HTTP (a local serve, tests). TLS is the reverse proxy's job, and
      // HSTS (still sent) pins it once a browser has seen HTTPS.
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", ...(assets?.styleHashes ?? [])],
        connectSrc: ["'self'"],
        imgSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: true,
    referrerPolicy: { policy: 'no-referrer' },
  });

  void app.register(rateLimit, {
    global: false,
    ...(deps.sharedState && { redis: deps.sharedState.redis, nameSpace: RATE_LIMIT_NAMESPACE }),
    errorResponseBuilder: (_request, context) =>
      new RingfenceError('RATE_LIMITED', { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });

  const limit = deps.rateLimit ?? DEFAULT_RATE_LIMIT;

  void app.register((scope, _options, done) => {
    scope.get('/v1/health', { schema: ROUTE_SCHEMAS.health }, (_request, reply): Health => {
      const status = requireIndex().status();
      void reply.header('cache-control', 'no-store');
      return { status: 'ok', privateIndex: { ...status } };
    });

    scope.get('/v1/leaks', { schema: ROUTE_SCHEMAS.leaks }, (_request, reply): Catalogue => {
      void reply.header('cache-control', 'no-cache');
      return catalogue(deps.store);
    });

    scope.post(
      '/v1/private/check',
      {
        schema: ROUTE_SCHEMAS.check,
        // The protocol's own parser, so that every malformed request gets its reason.
        validatorCompiler: () => (body: unknown) => {
          try {
            return { value: parseCheckRequest(body) };
          } catch (error) {
            return { error: error as Error };
          }
        },
        config: { rateLimit: { max: limit.max, timeWindow: limit.timeWindow } },
      },
      async (request, reply): Promise<CheckResponse> => {
        const body = request.body as CheckRequest;
        const index = requireIndex();
        const evaluated = index.evaluate(fromBase64url(body.blindedElement));
        const bucket = await index.bucket(body.bucket);
        void reply.header('cache-control', 'no-store');
        return {
          version: PROTOCOL_VERSION,
          keyId: index.keyId,
          bucket: body.bucket,
          evaluatedElement: toBase64url(evaluated),
          entrySize: ENTRY_BYTES,
          entries: toBase64url(bucket.entries),
          leakSets: bucket.leakSets.map((set) => [...set]),
          leaks: { ...bucket.leaks },
        };
      },
    );

    if (assets !== null) addPage(scope, assets);
    done();
  });
  // The rest of the web app, when the build has its stylesheet (./web-app.ts).
  // One compare thread for the API and the pages, started by the first compare.
  const compareThreads = new CompareThreads();
  app.addHook('onClose', async () => {
    await compareThreads.close();
  });
  if (assets?.appCss != null)
    void app.register(webAppRoutes, {
      store: deps.store,
      appCss: assets.appCss,
      log,
      compareThreads,
    });
  void app.register(leakRoutes(deps.store, { compareThreads }));
  void app.register(messageRoutes);
  void app.register(docsRoutes(routes));

  return app;
}

function addPage(scope: FastifyInstance, assets: WebAssets): void {
  scope.get('/', (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(assets.indexHtml),
  );
  // Browsers ask for it on their own; an empty answer keeps a 404 out of every page load.
  scope.get('/favicon.ico', (_request, reply) =>
    reply.code(204).header('cache-control', 'max-age=86400').send(),
  );
  scope.get('/check.js', (request: FastifyRequest, reply: FastifyReply) => {
    void reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('vary', 'accept-encoding');
    const accepts = request.headers['accept-encoding'] ?? '';
    if (/\bgzip\b/.test(accepts))
      return reply.header('content-encoding', 'gzip').send(assets.checkJsGzip);
    return reply.send(assets.checkJs);
  });
}

/** The leaks the private check covers: derived ones (`ringfence derive`) are not leaks. */
function catalogue(store: LeakStore): Catalogue {
  const manifests = store.names().map((name) => store.manifest(name));
  return {
    leaks: manifests.filter((m) => !isDerived(m)).map(leakRecord),
  };
}

function sendError(reply: FastifyReply, error: RingfenceError): FastifyReply {
  return reply.status(error.http).type('application/json; charset=utf-8').send(error.toJSON());
}
