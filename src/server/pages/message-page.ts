/**
 * "Is this message a scam?": a plain HTML form posted to the server (it works without
 * JavaScript), answered by the same page with the verdict, the reasons, each reason's evidence
 * marked in the pasted text, and the advice. The text is analysed in memory and written
 * nowhere: the page is rendered from the request and forgotten, and the app logs only method,
 * route pattern, status and duration.
 */
import type {
  MessageAnalysis,
  MessageCategory,
  Reason,
  Span,
  Verdict,
} from '../../messages/index.js';
import { escapeHtml as esc } from '../../report/index.js';
import { renderPage } from './layout.js';

/** What the form sends back, kept to fill the form again. */
export interface MessageForm {
  readonly text: string;
  readonly sender: string;
  readonly receivedAt: string;
  readonly region: string;
}

export const EMPTY_FORM: MessageForm = { text: '', sender: '', receivedAt: '', region: '' };

/** Longest sender the analyser takes (messageInputSchema). */
const MAX_SENDER = 200;

/**
 * Countries whose national reporting line the analyser's advice names (src/messages/advice.ts);
 * any other country gets the generic advice, so listing more would promise what is not there.
 */
const REGIONS: ReadonlyArray<readonly [string, string]> = [
  ['AU', 'Australia'],
  ['CA', 'Canada'],
  ['FR', 'France'],
  ['DE', 'Germany'],
  ['IN', 'India'],
  ['IT', 'Italy'],
  ['NL', 'Netherlands'],
  ['SG', 'Singapore'],
  ['ES', 'Spain'],
  ['GB', 'United Kingdom'],
  ['US', 'United States'],
];

export function isKnownRegion(region: string): boolean {
  return REGIONS.some(([code]) => code === region);
}

const VERDICTS: Readonly<
  Record<Verdict, { readonly heading: string; readonly lead: string; readonly tone: string }>
> = {
  scam: {
    heading: 'This looks like a scam',
    lead: 'Do not tap any link, call any number in it or reply. Delete it after reporting it.',
    tone: 'bad',
  },
  suspicious: {
    heading: 'Be careful: this message is suspicious',
    lead: 'It has some signs of a scam. Do not act on it from the message itself: contact the company or the person through a number or an app you already know.',
    tone: 'warn',
  },
  ok: {
    heading: 'No sign of a scam found',
    lead: 'Nothing in it looks like a known scam. That is not a guarantee: if it asks for money, a code or your details, check with the sender another way.',
    tone: 'good',
  },
};

const CATEGORIES: Readonly<Record<MessageCategory, string>> = {
  delivery: 'a parcel delivery message',
  'bank-account': 'a message from a bank or about an account',
  'government-tax-toll': 'a message about taxes, fines or road tolls',
  'prize-lottery': 'a prize or lottery message',
  job: 'a job offer',
  'investment-crypto': 'an investment or crypto offer',
  'family-impersonation': 'a message from a family member with a new number',
  'wrong-number-romance': 'a "wrong number" or friendly stranger message',
  'code-theft': 'a message about a one-time code',
  'shopping-event': 'a shopping deal',
  telecom: 'a message from a mobile operator',
  other: 'a message',
};

/**
 * The reasons shown, and in the text the spans of those that point at part of it. A reason that
 * lowers the risk (a code notice, safety advice) is marked too, in another colour.
 */
interface Numbered {
  readonly n: number;
  readonly reason: Reason;
}

/**
 * `text` as HTML with each reason's evidence in a <mark>, followed by the reasons' numbers.
 * Overlapping spans are merged into one mark that carries all their numbers, so that marks never
 * nest; a mark is "safe" only when all its reasons lower the risk.
 */
export function markEvidence(text: string, reasons: readonly Numbered[]): string {
  const spans = reasons
    .filter(({ reason }) => reason.span !== undefined)
    .map(({ n, reason }) => ({ ...clamp(reason.span!, text.length), n, up: reason.weight >= 0 }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Array<{ start: number; end: number; ns: number[]; up: boolean }> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (!last.ns.includes(s.n)) last.ns.push(s.n);
      last.up ||= s.up;
    } else merged.push({ start: s.start, end: s.end, ns: [s.n], up: s.up });
  }
  let out = '';
  let at = 0;
  for (const m of merged) {
    const ns = [...m.ns].sort((a, b) => a - b);
    const label = `reason${ns.length === 1 ? '' : 's'} ${ns.join(', ')}`;
    out +=
      esc(text.slice(at, m.start)) +
      `<mark${m.up ? '' : ' class="safe"'}>${esc(text.slice(m.start, m.end))}</mark>` +
      `<sup class="ref"><span class="visually-hidden">(${label})</span><span aria-hidden="true">${ns.join(',')}</span></sup>`;
    at = m.end;
  }
  return out + esc(text.slice(at));
}

function clamp(span: Span, length: number): Span {
  return {
    start: Math.max(0, Math.min(span.start, length)),
    end: Math.max(0, Math.min(span.end, length)),
  };
}

/** A field at fault is marked invalid and described by the error too. */
function described(field: FormField, hint: string | null, error: FormError | null): string {
  const ids = [...(error?.field === field ? ['form-error'] : []), ...(hint === null ? [] : [hint])];
  return (
    (error?.field === field ? ' aria-invalid="true"' : '') +
    (ids.length === 0 ? '' : ` aria-describedby="${ids.join(' ')}"`)
  );
}

function form(values: MessageForm, error: FormError | null): string {
  const regions = [
    `<option value=""${values.region === '' ? ' selected' : ''}>Another country, or not saying</option>`,
    ...REGIONS.map(
      ([code, name]) =>
        `<option value="${code}"${values.region === code ? ' selected' : ''}>${name}</option>`,
    ),
  ];
  return `<form method="post" action="/message" accept-charset="utf-8">
<div class="field">
<label for="text">The message</label>
<p id="text-hint" class="hint">Paste the text message, WhatsApp or e-mail you received, as it is.</p>
<textarea id="text" name="text" rows="7" maxlength="10000" required${described('text', 'text-hint', error)}>${esc(values.text)}</textarea>
</div>
<div class="field">
<label for="sender">Who sent it <span class="hint">(optional)</span></label>
<p id="sender-hint" class="hint">The number or the name shown as the sender, for example <span class="nowrap">+44 7700 900123</span> or DHL.</p>
<input id="sender" name="sender" type="text" maxlength="${MAX_SENDER}" autocomplete="off" spellcheck="false"${described('sender', 'sender-hint', error)} value="${esc(values.sender)}">
</div>
<div class="field">
<label for="receivedAt">When you received it <span class="hint">(optional)</span></label>
<input id="receivedAt" name="receivedAt" type="date"${described('receivedAt', null, error)} value="${esc(values.receivedAt)}">
</div>
<div class="field">
<label for="region">Your country <span class="hint">(optional: for where to report it)</span></label>
<select id="region" name="region">${regions.join('')}</select>
</div>
<div class="actions"><button type="submit">Check the message</button></div>
</form>`;
}

function result(analysis: MessageAnalysis, values: MessageForm): string {
  const v = VERDICTS[analysis.verdict];
  const numbered: Numbered[] = analysis.reasons.map((reason, i) => ({ n: i + 1, reason }));
  const inText = numbered.filter(
    ({ reason }) => reason.field === 'text' && reason.span !== undefined,
  );
  const inSender = numbered.filter(
    ({ reason }) => reason.field === 'sender' && reason.span !== undefined,
  );
  // A calibrated estimate, not a certainty: never shown as 0% or 100%.
  const percent = Math.round(analysis.score * 100);
  const chance = percent >= 100 ? 'over 99%' : percent <= 0 ? 'under 1%' : `${percent}%`;
  const kind =
    analysis.verdict !== 'ok' && analysis.category !== 'other'
      ? `<p>It looks like ${esc(CATEGORIES[analysis.category])}.</p>`
      : '';
  const reasons =
    numbered.length === 0
      ? '<p>Nothing in the message raised or lowered the risk.</p>'
      : `<ol class="reasons">${numbered.map(({ reason }) => reasonItem(reason, values)).join('')}</ol>`;
  return `<section class="notice ${v.tone}" aria-labelledby="verdict">
<h2 id="verdict">${esc(v.heading)}</h2>
<p><strong>${esc(v.lead)}</strong></p>
${kind}
<p class="small">Estimated chance that it is a scam: ${chance}.</p>
</section>
<h2>Why</h2>
${reasons}
<h3>The message, with the evidence marked</h3>
<p class="small">Marked parts are what the reasons above point at; the small number after each is the reason's number.</p>
<div class="message-text">${markEvidence(values.text, inText)}</div>
${values.sender === '' ? '' : `<p>Sender: <span class="message-sender">${markEvidence(values.sender, inSender)}</span></p>`}
<h2>What to do</h2>
<ul>${analysis.advice.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>`;
}

function reasonItem(reason: Reason, values: MessageForm): string {
  const tag =
    reason.weight >= 0
      ? '<span class="tag up">raises the risk</span>'
      : '<span class="tag down">lowers the risk</span>';
  const source =
    reason.field === 'sender' ? values.sender : reason.field === 'text' ? values.text : null;
  const quote =
    reason.span !== undefined && source !== null
      ? `<span class="evidence">In the ${reason.field === 'sender' ? 'sender' : 'message'}: “${esc(source.slice(reason.span.start, reason.span.end))}”</span>`
      : '';
  return `<li>${tag}${esc(reason.text)}${quote}</li>`;
}

export type FormField = 'text' | 'sender' | 'receivedAt';

export interface FormError {
  /** Why the form could not be analysed, in words. */
  readonly message: string;
  /** The field at fault, when it is one. */
  readonly field?: FormField;
}

export interface MessagePageState {
  readonly values: MessageForm;
  readonly analysis?: MessageAnalysis;
  /** Set when the message could not be analysed: the form is shown again, filled in. */
  readonly error?: FormError;
}

export function renderMessagePage(state: MessagePageState): string {
  const error = state.error ?? null;
  // With an answer, the answer comes first (the page reloads at its top), the form after it.
  const intro = [
    '<h1>Is this message a scam?</h1>',
    state.analysis === undefined
      ? '<p>Paste a text message you received. You get a verdict, the reasons for it with the evidence marked in the text, and what to do.</p>'
      : '',
    `<p class="small">Your message is analysed in this server's memory and then forgotten: it is never stored, logged or sent anywhere else, and no cookie is set.</p>`,
  ];
  const problem =
    error === null
      ? ''
      : `<div class="notice bad" id="form-error" role="alert"><h2>The message could not be checked</h2><p>${esc(error.message)}</p></div>`;
  const limits =
    '<h2>What the verdict can and cannot tell you</h2>\n<p>The verdict comes from rules about links, numbers and wording seen in real scams, and a small text model. It can miss a new kind of scam, and it can flag a genuine message. When in doubt, contact the company or the person through a number or an app you already know, never through the message.</p>';
  const body =
    state.analysis === undefined
      ? [...intro, problem, form(state.values, error), limits].join('\n')
      : [
          ...intro,
          `<div id="analysis">${result(state.analysis, state.values)}</div>`,
          '<h2>Check another message</h2>',
          form(state.values, error),
          limits,
        ].join('\n');
  return renderPage({ title: 'Is this message a scam?', current: '/message', body });
}
