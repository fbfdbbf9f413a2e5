/**
 * An error as a page of the app: the registry error's message in words, with the way back. The
 * status is the code's (set by the caller); nothing from the request is shown but what the
 * registry message already carries.
 */
import type { RingfenceError } from '../../errors.js';
import { escapeHtml as esc } from '../../report/index.js';
import { renderPage, type NavPath } from './layout.js';

const HEADINGS: Readonly<Record<number, string>> = {
  400: 'That request cannot be answered',
  404: 'Not found',
  413: 'That is too large',
  429: 'Too many requests',
};

export function renderErrorPage(error: RingfenceError, current: NavPath | null): string {
  const heading = HEADINGS[error.http] ?? 'Something went wrong';
  const body = `<h1>${esc(heading)}</h1>
<div class="notice bad" role="alert"><p>${esc(error.message)}</p></div>
<p><a href="/leaks">See the leaks on this server</a> or <a href="/">check your number</a>.</p>`;
  return renderPage({ title: heading, current, body });
}
