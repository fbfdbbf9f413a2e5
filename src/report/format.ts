/**
 * Number and table formatting shared by every text and HTML renderer, so that a figure reads
 * the same in the terminal, the HTML pages and the CLI's tables.
 */

/** Integers with thousands separators: 1,234,567. */
export const int = new Intl.NumberFormat('en-US');

/** A share as a percentage with one decimal: 0.4567 -> "45.7%". */
export function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

export interface TableOptions {
  /** Columns whose cells are right-aligned (numbers). */
  readonly right?: ReadonlySet<number>;
  /** A line of dashes under the header. */
  readonly rule?: boolean;
  /** Cells wider than this are cut. */
  readonly maxWidth?: number;
}

/** A plain-text table: columns as wide as their widest cell, two spaces apart, no trailing space. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): string {
  const max = options.maxWidth ?? Infinity;
  const widths = headers.map((h, c) =>
    Math.min(max, Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length))),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => {
        const text = cell.length > widths[c]! ? cell.slice(0, widths[c]) : cell;
        return options.right?.has(c) === true ? text.padStart(widths[c]!) : text.padEnd(widths[c]!);
      })
      .join('  ')
      .trimEnd();
  const lines = [line(headers)];
  if (options.rule === true) lines.push(line(widths.map((w) => '-'.repeat(w))));
  return [...lines, ...rows.map(line)].join('\n');
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A date as people write it in English, with no more precision than it was given: "2022" ->
 * "2022", "2022-11" -> "November 2022", "2022-11-16" -> "16 November 2022", and an ISO timestamp
 * -> its day in UTC. Month names are spelled here rather than by Intl, so that a page is the same
 * on every machine. Anything else (a free-text breach date) gives null: show it as written.
 */
export function humanDate(text: string): string | null {
  const t = text.trim();
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t);
  if (parts !== null) {
    const [, y, m, d] = parts;
    if (m === undefined) return y!;
    const month = MONTHS[Number(m) - 1];
    if (month === undefined) return null;
    if (d === undefined) return `${month} ${y}`;
    const day = Number(d);
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, day));
    if (date.getUTCMonth() !== Number(m) - 1) return null; // 2022-02-30
    return `${day} ${month} ${y}`;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(t)) return null;
  const time = Date.parse(t);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Line-type names for people ("Fixed line or mobile"), from libphonenumber's type keys. */
export const LINE_TYPE_LABELS: Readonly<Record<string, string>> = {
  MOBILE: 'Mobile',
  FIXED_LINE: 'Fixed line',
  FIXED_LINE_OR_MOBILE: 'Fixed line or mobile',
  VOIP: 'Internet phone (VoIP)',
  TOLL_FREE: 'Toll free',
  PREMIUM_RATE: 'Premium rate',
  SHARED_COST: 'Shared cost',
  PERSONAL_NUMBER: 'Personal number',
  PAGER: 'Pager',
  UAN: 'Universal access number',
  VOICEMAIL: 'Voicemail',
  UNKNOWN: 'Unknown type',
};

/** A line type's name for people; the key itself when it is not one ringfence knows. */
export function lineTypeLabel(type: string): string {
  return LINE_TYPE_LABELS[type] ?? type;
}
