/**
 * What every HTML page of ringfence shares: escaping of text from the data, and the Content
 * Security Policy of a self-contained page (inline styles and data: images only, no script, no
 * request to anywhere).
 */
import { humanDate } from './format.js';

export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

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
