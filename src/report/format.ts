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
