/**
 * What every HTML page of ringfence shares: escaping of text from the data, and the Content
 * Security Policy of a self-contained page (inline styles and data: images only, no script, no
 * request to anywhere).
 */
import { humanDate } from './format.js';

export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * What a site that serves a page puts around it (the web app: its skip link, navigation, footer
 * and stylesheet). With a frame the page drops its own CSP <meta>: the site sends a stricter
 * policy as a header, and a <meta> policy would be enforced beside it and block the stylesheet.
 * Without one a page is the self-contained file it always was.
 */
export interface SiteFrame {
  /** Markup for <head>, after the page's own style (the site's stylesheet link). */
  readonly head: string;
  /** Markup before <main>: skip link and site header. */
  readonly header: string;
  /** Markup at the start of <main>, before the page's own heading (a form, say). */
  readonly mainStart?: string;
  /** Markup after </main>: the site footer. */
  readonly footer: string;
  /** The id <main> gets, the skip link's target. */
  readonly mainId: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/**
 * A date for people ("7 December 2026", "November 2022") in a <time> element that keeps the
 * stored value; a date stored as free text is shown as written.
 */
export function dateHtml(value: string): string {
  const human = humanDate(value);
  return human === null
    ? escapeHtml(value)
    : `<time datetime="${escapeHtml(value.trim())}">${escapeHtml(human)}</time>`;
}
