/**
 * The web app's pages, server-rendered from ./pages, one site with the check page at `/`
 * (registered by app.ts with its script):
 *
 *   GET  /app.css        the stylesheet every page shares (web/app.css, built into dist/web)
 *   GET  /message        is this message a scam: the form
 *   POST /message        the same form posted (application/x-www-form-urlencoded): the verdict,
 *                        the reasons with their evidence marked in the text, the advice
 *   GET  /leaks          the catalogue
 *   GET  /leaks/:id      a leak's report (src/report) in the app's frame
 *   GET  /compare        the compare form; with ?a=&b= the compare of two leaks
 *   GET  /about          what the server learns and what it does not
 *
 * Everything works without JavaScript: forms are plain GET and POST. The pages are not the API:
 * they are left out of the OpenAPI description (`schema.hide`, honoured by ./openapi.ts).
 *
 * A pasted message is personal data: it is analysed in memory and rendered into the answer, and
 * nothing here logs it (the app logs only method, route pattern, status and duration). Errors on
 * these routes are answered as pages, with the registry code's status (./http-errors.ts).
 */
import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import { buildReport } from '../analysis/index.js';
import { isRingfenceError } from '../errors.js';
import type { Logger } from '../log.js';
import { analyseMessage, type MessageAnalysis } from '../messages/index.js';
import { loadWorldMap } from '../report/index.js';
import type { LeakStore } from '../store/index.js';
import type { CompareThreads } from './compare-threads.js';
import { toHttpError } from './http-errors.js';
import { renderAboutPage } from './pages/about-page.js';
import {
  comparable,
  renderCompareFormPage,
  renderComparePage,
  renderLeakPage,
} from './pages/analyst-pages.js';
import { renderCataloguePage } from './pages/catalogue-page.js';
import { renderErrorPage } from './pages/error-page.js';
import { STYLESHEET_PATH, type NavPath } from './pages/layout.js';
import {
  EMPTY_FORM,
  isKnownRegion,
  renderMessagePage,
  type FormError,
  type MessageForm,
} from './pages/message-page.js';
import { requireLeak } from './routes-leaks.js';
import { inlineStyleHashes } from './web-assets.js';

/**
 * POST /message bodies above this are refused (PAYLOAD_TOO_LARGE, shown in the page). A text
 * message is at most a few hundred characters; 16 KiB of form encoding holds the analyser's whole
 * 10,000-character window of ASCII text, and thousands of characters of any script.
 */
export const MESSAGE_FORM_LIMIT = 16 * 1024;

/** Longest text the form takes (the analyser reads the first 10,000 characters, MAX_TEXT). */
const MAX_FORM_TEXT = 10_000;

const UNREADABLE_FORM = 'The form could not be read. Send it from this page.';

export interface WebAppOptions {
  readonly store: LeakStore;
  /** The built stylesheet (./web-assets.ts). */
  readonly appCss: Buffer;
  readonly log: Logger;
  /** Where compares run: off the event loop, shared with the API's compare (./compare-threads.ts). */
  readonly compareThreads: CompareThreads;
}

/** Pages are documents, not API operations: ./openapi.ts leaves hidden routes out. */
const hidden = { schema: { hide: true } as FastifySchema & { readonly hide: true } };

function sendPage(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(html);
}

/**
 * The app's CSP (set by helmet for every response) with this page's inline <style> blocks
 * allowed by hash: the analyst's pages carry their own styles, the other pages none.
 */
function allowInlineStyles(reply: FastifyReply, html: string): void {
  const hashes = inlineStyleHashes(html);
  if (hashes.length === 0) return;
  const policy = reply.getHeader('content-security-policy');
  if (typeof policy !== 'string' || !/(^|;\s*)style-src /.test(policy))
    throw new Error('the app CSP has no style-src to extend');
  void reply.header(
    'content-security-policy',
    policy.replace(/((?:^|;\s*)style-src [^;]*)/, `$1 ${hashes.join(' ')}`),
  );
}

function firstString(value: unknown): string {
  if (typeof value === 'string') return value;
  // A field sent twice arrives as an array: the first one is what a form sends.
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return '';
}

/** The posted form, as the page shows it back; anything not a field of the form is ignored. */
function readForm(body: unknown): MessageForm {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return {
    text: firstString(b.text).slice(0, MAX_FORM_TEXT),
    sender: firstString(b.sender).trim(),
    receivedAt: firstString(b.receivedAt).trim(),
    region: firstString(b.region).trim().toUpperCase(),
  };
}

/** The analysis of the form, or what is wrong with it in words and which field. */
function analyseForm(form: MessageForm): { analysis: MessageAnalysis } | { error: FormError } {
  if (form.text.trim() === '')
    return { error: { message: 'Paste the message you received first.', field: 'text' } };
  if (form.sender.length > 200)
    return { error: { message: 'The sender is at most 200 characters.', field: 'sender' } };
  if (form.receivedAt !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(form.receivedAt))
    return {
      error: {
        message: 'Give the date as year-month-day, or leave it empty.',
        field: 'receivedAt',
      },
    };
  const analysis = analyseMessage({
    text: form.text,
    ...(form.sender === '' ? {} : { sender: form.sender }),
    ...(form.receivedAt === '' ? {} : { receivedAt: form.receivedAt }),
    ...(isKnownRegion(form.region) ? { recipientRegion: form.region } : {}),
  });
  return { analysis };
}

/** The nav entry of a route, for the error pages. */
function navOf(url: string | undefined): NavPath | null {
  if (url === '/message' || url === '/compare' || url === '/about') return url;
  if (url?.startsWith('/leaks') === true) return '/leaks';
  return null;
}

export function webAppRoutes(
  scope: FastifyInstance,
  options: WebAppOptions,
  done: (error?: Error) => void,
): void {
  const { store, appCss, log, compareThreads } = options;

  // Form bodies for this plugin's routes only: the API takes JSON and nothing else.
  void scope.register(formbody, { bodyLimit: MESSAGE_FORM_LIMIT });

  scope.setErrorHandler((error, request: FastifyRequest, reply) => {
    const route = request.routeOptions.url;
    const { error: coded, fault } = toHttpError(
      error,
      request.routeOptions.bodyLimit,
      'INVALID_MESSAGE',
    );
    if (fault) log.error('request failed', { route: route ?? '(none)', error });
    if (route === '/message' && request.method === 'POST') {
      // The form again, empty: a body that was refused unread cannot be shown back.
      const message =
        coded.code === 'PAYLOAD_TOO_LARGE'
          ? `The message is too long for this form (at most ${MESSAGE_FORM_LIMIT / 1024} KiB). Paste only the message itself.`
          : coded.code === 'INVALID_MESSAGE'
            ? UNREADABLE_FORM
            : coded.message;
      return sendPage(
        reply,
        renderMessagePage({ values: EMPTY_FORM, error: { message } }),
        coded.http,
      );
    }
    return sendPage(reply, renderErrorPage(coded, navOf(route)), coded.http);
  });

  scope.get(STYLESHEET_PATH, hidden, (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(appCss),
  );

  scope.get('/message', hidden, (_request, reply) =>
    sendPage(reply, renderMessagePage({ values: EMPTY_FORM })),
  );

  scope.post(
    '/message',
    {
      ...hidden,
      bodyLimit: MESSAGE_FORM_LIMIT,
      // The form is read by readForm: every refusal is a page with the form, not a schema error.
      validatorCompiler: () => (value: unknown) => ({ value }),
    },
    (request, reply) => {
      // fastify reads text/plain too: only a form (or a JSON object) has fields to read.
      if (typeof request.body !== 'object' || request.body === null)
        return sendPage(
          reply,
          renderMessagePage({ values: EMPTY_FORM, error: { message: UNREADABLE_FORM } }),
          400,
        );
      const values = readForm(request.body);
      try {
        const outcome = analyseForm(values);
        if ('error' in outcome)
          return sendPage(reply, renderMessagePage({ values, error: outcome.error }), 400);
        return sendPage(reply, renderMessagePage({ values, analysis: outcome.analysis }));
      } catch (error) {
        // The analyser's own refusals are shown in place, with the form as it was sent.
        if (isRingfenceError(error) && error.code === 'INVALID_MESSAGE')
          return sendPage(
            reply,
            renderMessagePage({ values, error: { message: error.message } }),
            error.http,
          );
        throw error;
      }
    },
  );

  scope.get('/leaks', hidden, (_request, reply) =>
    sendPage(reply, renderCataloguePage(store.names().map((name) => store.manifest(name)))),
  );

  scope.get<{ Params: { id: string } }>('/leaks/:id', hidden, (request, reply) => {
    requireLeak(store, request.params.id);
    const html = renderLeakPage(buildReport(store, request.params.id), loadWorldMap());
    allowInlineStyles(reply, html);
    return sendPage(reply, html);
  });

  scope.get(
    '/compare',
    { ...hidden, validatorCompiler: () => (value: unknown) => ({ value }) },
    async (request, reply) => {
      const leaks = comparable(store.names().map((name) => store.manifest(name)));
      const q = (request.query ?? {}) as Record<string, unknown>;
      const a = firstString(q.a).trim();
      const b = firstString(q.b).trim();
      if (a === '' && b === '') return sendPage(reply, renderCompareFormPage(leaks, {}));
      const known = (id: string) => leaks.some((m) => m.name === id);
      const problem =
        a === '' || b === ''
          ? { message: 'Choose two leaks to compare, A and B.', a: a === '', b: b === '' }
          : !known(a) || !known(b)
            ? {
                message: 'One of these is not a leak on this server: choose from the lists.',
                a: !known(a),
                b: !known(b),
              }
            : a === b
              ? { message: 'Choose two different leaks.', a: false, b: true }
              : null;
      if (problem !== null)
        return sendPage(reply, renderCompareFormPage(leaks, { a, b }, problem), 400);
      requireLeak(store, a);
      requireLeak(store, b);
      const { comparison } = await compareThreads.compare(store.root, a, b);
      const html = renderComparePage(comparison, leaks);
      allowInlineStyles(reply, html);
      return sendPage(reply, html);
    },
  );

  scope.get('/about', hidden, (_request, reply) => sendPage(reply, renderAboutPage()));

  done();
}
