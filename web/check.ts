/// <reference lib="dom" />
/**
 * The private-check page's script. The number is normalised here with ringfence's own phone
 * engine and metadata (bundled), so that it has exactly the E.164 form ingest gave the leaked
 * numbers; then it is blinded by the protocol client (src/privacy/client.ts) and only the bucket
 * and the blinded element are sent. Nothing is stored: no cookie, no local storage, no URL.
 *
 * Numbers must be written in international format (+ or 00, then the country code): the page
 * does not guess a country, because a wrong guess would check somebody else's number.
 */
import './zod-setup.js';
import metadataBytes from '../data/phone-metadata.bin';
import { isRingfenceError } from '../src/errors.js';
import { PhoneEngine, decodeMetadata, type PhoneErrorCode } from '../src/phone/index.js';
import { prepareCheck, type CheckResult } from '../src/privacy/client.js';
import type { Catalogue } from '../src/server/index.js';

const NEEDS_PLUS =
  'Start with + and the country code (for example +44 for the UK, +1 for the US), then the number.';

const PHONE_ERRORS: Readonly<Record<PhoneErrorCode, string>> = {
  NOT_A_NUMBER: 'That is not a phone number: use digits, and spaces or dashes if you like.',
  TOO_SHORT: 'That number is too short.',
  TOO_LONG: 'That number is too long.',
  INVALID_COUNTRY: NEEDS_PLUS,
  INPUT_TOO_LONG: 'That is too long to be a phone number.',
  EXCEL_PRECISION_LOST: 'That number has lost digits (scientific notation): type it in full.',
  EXCEL_NOT_INTEGER: 'That is not a phone number.',
};

let engine: PhoneEngine | undefined;
let leakCount: number | null = null;

/** The number as E.164, or what is wrong with it in words. */
function normalise(text: string): { e164: string } | { problem: string } {
  if (text.trim() === '') return { problem: 'Type your phone number first.' };
  engine ??= new PhoneEngine(decodeMetadata(metadataBytes));
  const parsed = engine.parse(text);
  if (!parsed.ok) return { problem: PHONE_ERRORS[parsed.error.code] };
  // Digits without + that happen to start like a calling code: a guess, not what was typed.
  if (parsed.reading === 'no-plus') return { problem: NEEDS_PLUS };
  return { e164: parsed.e164 };
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`the page has no #${id}`);
  return node;
}

function apiUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

function pluralLeaks(n: number): string {
  return n === 1 ? '1 leak' : `${n} leaks`;
}

/**
 * What to do once the number is known to have leaked: a leaked number is used for scams and
 * for account takeover, not to empty a bank account by itself. Kept short and honest: nothing
 * here undoes a leak.
 */
const ADVICE: readonly (readonly [string, string])[] = [
  [
    'Expect scam texts and calls.',
    ' Leaked numbers are sold to run smishing and vishing: a message or a caller that mentions a leak, your name, your bank or a parcel is not proof of anything. Hang up and call back on a number you find yourself.',
  ],
  [
    'Never share a one-time code.',
    ' No bank, delivery firm, platform or "support" team asks for a code sent to you by SMS or shown in an app. Accounts are taken over with codes read out or forwarded by their owners.',
  ],
  [
    'Ask your mobile operator for a SIM-swap PIN.',
    ' A PIN or password on your mobile account stops someone from moving your number to their SIM or to another operator.',
  ],
  [
    'Use two-step verification that is not SMS.',
    ' Prefer an authenticator app or a passkey to SMS codes where you can, and turn on two-step verification in WhatsApp, Telegram and Signal.',
  ],
];

/** Where scam texts and calls are reported; the analyser's advice names the same channels. */
const REPORTING: readonly (readonly [string, string])[] = [
  ['UK', 'forward scam texts free to 7726; report calls and fraud to Action Fraud.'],
  [
    'US and Canada',
    'forward scam texts to 7726 (it spells SPAM); in the US also ReportFraud.ftc.gov.',
  ],
  ['France', 'forward scam texts and report calls to 33700; scam e-mails to signal-spam.fr.'],
  ['Germany', 'report numbers to the Bundesnetzagentur.'],
  ['Spain', 'call INCIBE free on 017.'],
  ['India', 'report on Sanchar Saathi (Chakshu); if money was lost, call 1930.'],
  ['Australia', 'report at scamwatch.gov.au.'],
  [
    'Elsewhere',
    "your mobile operator's spam service, or your country's police or consumer fraud line.",
  ],
];

function leakLink(leak: { id: string; title: string }): HTMLAnchorElement {
  return element('a', { href: `/leaks/${encodeURIComponent(leak.id)}` }, leak.title);
}

function showFound(e164: string, result: CheckResult, status: HTMLElement): void {
  status.className = 'found';
  status.replaceChildren(
    element('h2', {}, `Found in ${pluralLeaks(result.leaks.length)}`),
    element('p', {}, `${e164} is in ${pluralLeaks(result.leaks.length)} held by this server:`),
    element(
      'ul',
      {},
      ...result.leaks.map((leak) =>
        element(
          'li',
          {},
          element('strong', {}, leakLink(leak)),
          ' (id ',
          element('code', {}, leak.id),
          ')',
          element(
            'span',
            { class: 'leak-meta' },
            `Breach date: ${leak.breachDate ?? 'unknown'}. Data in the leak: ${
              leak.dataClasses.length === 0 ? 'phone numbers' : leak.dataClasses.join(', ')
            }.`,
          ),
        ),
      ),
    ),
    element('h3', {}, 'What to do now'),
    element(
      'ul',
      {},
      ...ADVICE.map(([lead, rest]) => element('li', {}, element('strong', {}, lead), rest)),
    ),
    element('h3', {}, 'Where to report scam texts and calls'),
    element(
      'ul',
      {},
      ...REPORTING.map(([where, how]) =>
        element('li', {}, element('strong', {}, `${where}: `), how),
      ),
    ),
    element(
      'p',
      {},
      'Not sure about a message? ',
      element('a', { href: '/message' }, 'Paste it here to see if it is a scam'),
      '.',
    ),
  );
}

function showNotFound(e164: string, status: HTMLElement): void {
  status.className = 'clear';
  const held = leakCount === null ? 'the leaks' : `the ${pluralLeaks(leakCount)}`;
  status.replaceChildren(
    element('h2', {}, `Not found in ${held} this server holds`),
    element(
      'p',
      {},
      `${e164} is in none of them. That says nothing about leaks this server does not hold: never share a one-time code, whoever asks.`,
    ),
  );
}

function showProblem(message: string, status: HTMLElement): void {
  status.className = 'error';
  status.replaceChildren(element('h2', {}, 'Cannot check this'), element('p', {}, message));
}

/** What a failed response says, in words: the server's registry message when there is one. */
function serverProblem(body: unknown, httpStatus: number): string {
  const message =
    typeof body === 'object' && body !== null && 'message' in body ? body.message : undefined;
  if (typeof message === 'string') return `The server refused the check: ${message}`;
  return `The server did not answer the check (HTTP ${httpStatus}). Try again later.`;
}

async function check(input: HTMLInputElement, button: HTMLButtonElement, status: HTMLElement) {
  const normalised = normalise(input.value);
  if ('problem' in normalised) {
    input.setAttribute('aria-invalid', 'true');
    showProblem(normalised.problem, status);
    input.focus();
    return;
  }
  input.removeAttribute('aria-invalid');
  button.disabled = true;
  status.className = '';
  status.replaceChildren(element('p', {}, 'Checking…'));
  try {
    const prepared = prepareCheck(normalised.e164);
    const response = await fetch(apiUrl('v1/private/check'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(prepared.request),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      showProblem(serverProblem(body, response.status), status);
      return;
    }
    const result = prepared.finish(body, location.origin);
    if (result.found) showFound(normalised.e164, result, status);
    else showNotFound(normalised.e164, status);
  } catch (error) {
    showProblem(
      isRingfenceError(error)
        ? error.message
        : 'The server could not be reached. Check your connection and try again.',
      status,
    );
  } finally {
    button.disabled = false;
  }
}

async function loadCatalogue(target: HTMLElement): Promise<void> {
  try {
    const response = await fetch(apiUrl('v1/leaks'), { credentials: 'omit', cache: 'no-cache' });
    if (!response.ok) throw new Error(String(response.status));
    const { leaks } = (await response.json()) as Catalogue;
    leakCount = leaks.length;
    target.replaceChildren(
      element('p', {}, `This server holds ${pluralLeaks(leaks.length)}.`),
      element(
        'ul',
        {},
        ...leaks.map((leak) =>
          element(
            'li',
            {},
            element('strong', {}, leakLink(leak)),
            ' (id ',
            element('code', {}, leak.id),
            `): ${leak.counts.unique.toLocaleString('en')} numbers`,
            leak.breachDate === null ? '' : `, breached ${leak.breachDate}`,
          ),
        ),
      ),
    );
  } catch {
    target.replaceChildren(element('p', {}, 'The list of leaks could not be loaded.'));
  }
}

const form = byId('check-form', HTMLFormElement);
const input = byId('phone', HTMLInputElement);
const status = byId('result', HTMLDivElement);
const button = form.querySelector('button');
if (button === null) throw new Error('the form has no button');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void check(input, button, status);
});
button.disabled = false;
void loadCatalogue(byId('catalogue', HTMLDivElement));
