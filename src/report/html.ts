/**
 * What every HTML page of ringfence shares: escaping of text from the data, and the Content
 * Security Policy of a self-contained page (inline styles and data: images only, no script, no
 * request to anywhere).
 */

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
