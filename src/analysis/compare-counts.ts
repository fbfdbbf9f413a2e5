/**
 * `ringfence compare-counts <a> <counts.csv>`: when all one has is a table of per-country counts
 * (a seller's advert, a press report), compare it with a leak's measured profile, country by
 * country, the way reporters matched the 2022 "WhatsApp" counts to the 2021 Facebook scrape.
 *
 * A table is read the way people write one: any column order (a rank column, the country, the
 * count, a share), country names in any language or as codes (src/countries), counts as
 * "44,833,547", "44 833 547" or "35.7M", thousands separators left unquoted in a CSV, UTF-8,
 * UTF-16 or Windows-1252. Rows naming the same country ("Egypt", "Égypte", "EG") are one country:
 * their claims are summed and the merge is reported. A row whose name is no country is listed,
 * never dropped silently; a table from which no country's count can be read is an error.
 */
import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { RingfenceError } from '../errors.js';
import { ambiguousCountry, countryCode, regionName } from '../countries/index.js';
import { splitRecord } from '../ingest/index.js';
import type { PhoneEngine } from '../phone/index.js';
import type { LeakStore } from '../store/index.js';
import { agreeingFigures, countProfileVerdict, type CountProfileVerdict } from './compare.js';

export interface ClaimedCount {
  /** 1-based line in the counts file. */
  readonly line: number;
  /** The country as the table writes it. */
  readonly written: string;
  readonly region: string;
  readonly claimed: number;
}

/** A row with a count whose name is no country, or more than one ("Congo"). */
export interface UnresolvedCount {
  readonly line: number;
  readonly name: string;
  readonly claimed: number;
  /** The regions an ambiguous name may stand for ("Congo": CD, CG); empty for no country. */
  readonly candidates: readonly string[];
}

export interface ClaimedCountry {
  readonly region: string;
  readonly name: string;
  /** The claims of every row naming this country, summed. */
  readonly claimed: number;
  readonly unique: number;
  readonly rows: number;
  /** claimed / unique, null when the leak has none. */
  readonly ratio: number | null;
  readonly agreeingFigures: number;
  /** The table's rows naming this country: their lines, and the names as written. */
  readonly lines: readonly number[];
  readonly written: readonly string[];
}

export interface CountsComparison {
  readonly leak: string;
  /**
   * Lines not compared, with the reason: NO_COUNTRY (a count whose name is no country: see
   * `unresolved`) or NO_COUNT (no count can be read).
   */
  readonly skipped: readonly { line: number; reason: 'NO_COUNTRY' | 'NO_COUNT' }[];
  readonly unresolved: readonly UnresolvedCount[];
  /** Countries named by several rows, whose claims were summed. */
  readonly merged: readonly {
    readonly region: string;
    readonly name: string;
    readonly lines: readonly number[];
    readonly written: readonly string[];
  }[];
  /** One entry per country, largest claim first. */
  readonly countries: readonly ClaimedCountry[];
  readonly agreeTo: { readonly 1: number; readonly 2: number; readonly 3: number };
  readonly claimedTotal: number;
  /** What the unresolved rows claim, not in claimedTotal. */
  readonly unresolvedClaimed: number;
  readonly measuredTotal: number;
  readonly verdict: CountProfileVerdict;
  readonly evidence: string;
}

const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, million: 1e6, b: 1e9 };

/** "44,833,547", "44 833 547", "35.7M", "6 million": a count, or null. */
export function parseCount(text: string): number | null {
  const match = /^\s*([\d.,\s_]+?)\s*(k|m|million|b)?\s*$/i.exec(text);
  if (match === null) return null;
  const multiplier = match[2] === undefined ? 1 : MULTIPLIERS[match[2].toLowerCase()]!;
  const digits = match[1]!.replace(/[\s_]/g, '');
  // With a multiplier a dot is a decimal point; without one, dots and commas group thousands.
  const value =
    multiplier === 1 ? Number(digits.replace(/[.,]/g, '')) : Number(digits.replace(/,/g, ''));
  return Number.isFinite(value) && value >= 0 ? Math.round(value * multiplier) : null;
}

/** The table's text: UTF-8 (BOM or not), UTF-16 (BOM, or NULs at one parity) or Windows-1252. */
function decodeTable(bytes: Buffer): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: 'the file is empty' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const sample = bytes.subarray(0, 4096);
  let oddNul = 0;
  let evenNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 1) oddNul++;
    else evenNul++;
  }
  const half = sample.length / 2;
  if (oddNul > half * 0.3 && evenNul === 0)
    return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (evenNul > half * 0.3 && oddNul === 0)
    return { text: new TextDecoder('utf-16be').decode(bytes) };
  if (oddNul + evenNul > 0) return { reason: 'it is not a text table (it holds NUL bytes)' };
  if (isUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes) }; // drops a BOM
  return { text: new TextDecoder('windows-1252').decode(bytes) };
}

/** Tab, semicolon or comma: the one most lines of the table hold. */
function tableDelimiter(lines: readonly string[]): string {
  const sample = lines.slice(0, 50);
  for (const delimiter of ['\t', ';'])
    if (sample.filter((l) => l.includes(delimiter)).length * 2 >= sample.length) return delimiter;
  return ',';
}

interface ReadRow {
  readonly name: string | null;
  readonly region: string | null;
  readonly claimed: number | null;
}

/** How a table reads its counts: its delimiter, the header's width and unit ("in millions"). */
interface TableShape {
  readonly delimiter: string;
  readonly headerWidth: number | null;
  /** A multiplier the header gives every count without one of its own ("m", "k"), or null. */
  readonly unit: string | null;
}

function countOf(field: string, unit: string | null): number | null {
  return unit === null || !/^[\d.,\s_]+$/.test(field)
    ? parseCount(field)
    : parseCount(`${field} ${unit}`);
}

/** The unit a header line gives its counts: "Users (millions)", "numbers, k". */
function headerUnit(header: string): string | null {
  if (/\b(millions?|mio|mn)\b|\(m\)|\bin m\b/i.test(header)) return 'm';
  if (/\b(thousands?)\b|\(k\)|\bin k\b/i.test(header)) return 'k';
  return null;
}

/**
 * A row's country and count. The country is the first field that names one (else the first
 * text field, unresolved); the count is the first count after it or, when the name ends the
 * row, the last before it (a rank column comes first, a share after the count). A count whose
 * thousands separators were not quoted ("Egypt,44,833,547") spans several fields: they are
 * joined when the row is wider than the header, or, without a header, when they are all the row
 * holds after the name. A line of prose ("Egypt: 44,833,547", "Egypt – 45M") is read as a name
 * and a count.
 */
function readRow(raw: string, fields: readonly string[], shape: TableShape): ReadRow {
  let nameIndex = -1;
  let region: string | null = null;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field === '' || parseCount(field) !== null || !/\p{L}/u.test(field)) continue;
    if (nameIndex === -1) nameIndex = i;
    const found = countryCode(field);
    if (found !== null) {
      nameIndex = i;
      region = found;
      break;
    }
  }
  let claimed: number | null = null;
  const after = nameIndex + 1;
  if (shape.delimiter === ',' && nameIndex !== -1) {
    const extra =
      shape.headerWidth === null ? fields.length - after - 1 : fields.length - shape.headerWidth;
    const run = fields.slice(after, after + extra + 1);
    if (
      extra > 0 &&
      run.length === extra + 1 &&
      /^\d{1,3}$/.test(run[0]!) &&
      run.slice(1).every((f) => /^\d{3}$/.test(f))
    )
      claimed = countOf(run.join(''), shape.unit);
  }
  for (let i = after; claimed === null && i < fields.length; i++)
    claimed = countOf(fields[i]!, shape.unit);
  // A count before the name only when the name ends the row ("45M,Egypt"): before a name
  // with columns after it stands a rank ("8,Canada,,").
  for (let i = nameIndex - 1; claimed === null && after === fields.length && i >= 0; i--)
    claimed = countOf(fields[i]!, shape.unit);
  if (region === null) {
    const prose = /^\s*(.*?\p{L}.*?)\s*[:=–—-]?\s+(\d[\d.,\s_]*?\s*(?:k|m|million|b)?)\s*$/iu.exec(
      raw,
    );
    const found = prose === null ? null : countryCode(prose[1]!.replace(/^"|"$/g, ''));
    const count = prose === null ? null : countOf(prose[2]!, shape.unit);
    if (found !== null && count !== null)
      return { name: prose![1]!, region: found, claimed: count };
  }
  return { name: nameIndex === -1 ? null : fields[nameIndex]!, region, claimed };
}

function invalid(path: string, reason: string): RingfenceError {
  return new RingfenceError('COUNTS_TABLE_INVALID', { path, reason });
}

export function readClaimedCounts(path: string): {
  counts: ClaimedCount[];
  unresolved: UnresolvedCount[];
  skipped: { line: number; reason: 'NO_COUNTRY' | 'NO_COUNT' }[];
} {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RingfenceError('INPUT_NOT_FOUND', { path });
    throw invalid(path, code === 'EISDIR' ? 'it is a directory' : `it cannot be read (${code})`);
  }
  const decoded = decodeTable(bytes);
  if ('reason' in decoded) throw invalid(path, decoded.reason);
  const lines = decoded.text.split(/\r\n|\r|\n/);
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  if (nonEmpty.length === 0) throw invalid(path, 'it holds no line of text');
  const delimiter = tableDelimiter(nonEmpty);
  const counts: ClaimedCount[] = [];
  const unresolved: UnresolvedCount[] = [];
  const skipped: { line: number; reason: 'NO_COUNTRY' | 'NO_COUNT' }[] = [];
  let shape: TableShape = { delimiter, headerWidth: null, unit: null };
  let first = true;
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const fields = splitRecord(raw, delimiter).map((f) => f.trim());
    const row = readRow(raw, fields, shape);
    const isFirst = first;
    first = false;
    if (isFirst && (row.claimed === null || row.region === null)) {
      // A first line without a country's count is the header ("Country,Users", "Country,2021").
      shape = { delimiter, headerWidth: fields.length, unit: headerUnit(raw) };
    } else if (row.claimed === null) {
      skipped.push({ line: i + 1, reason: 'NO_COUNT' });
    } else if (row.region === null) {
      skipped.push({ line: i + 1, reason: 'NO_COUNTRY' });
      const name = row.name ?? '';
      const candidates = ambiguousCountry(name) ?? [];
      unresolved.push({ line: i + 1, name, claimed: row.claimed, candidates });
    } else
      counts.push({ line: i + 1, written: row.name!, region: row.region, claimed: row.claimed });
  });
  if (counts.length === 0) {
    const withCount = unresolved.length;
    const firstName = unresolved.find((u) => u.name !== '');
    throw invalid(
      path,
      nonEmpty.length === 1
        ? 'its only line holds no country with a count'
        : withCount === 0
          ? `none of its ${nonEmpty.length} lines holds a count`
          : `none of the ${withCount} lines with a count names a country` +
            (firstName === undefined
              ? ''
              : ` (line ${firstName.line}: "${firstName.name.slice(0, 40)}")`),
    );
  }
  return { counts, unresolved, skipped };
}

const int = (n: number): string => n.toLocaleString('en-US');

export function compareCounts(
  store: LeakStore,
  // Names are read by src/countries, which needs no engine; kept for the API's shape.
  _engine: PhoneEngine,
  leak: string,
  countsPath: string,
): CountsComparison {
  const stats = store.stats(leak);
  const { counts, unresolved, skipped } = readClaimedCounts(countsPath);
  const byRegion = new Map<string, ClaimedCount[]>();
  for (const c of counts) byRegion.set(c.region, [...(byRegion.get(c.region) ?? []), c]);
  const measured = new Map(stats.regions.map((r) => [r.region, r]));
  const countries: ClaimedCountry[] = [...byRegion]
    .map(([region, rows]) => {
      const m = measured.get(region);
      const unique = m?.unique ?? 0;
      const claimed = rows.reduce((s, r) => s + r.claimed, 0);
      return {
        region,
        name: regionName(region),
        claimed,
        unique,
        rows: m?.rows ?? 0,
        ratio: unique === 0 ? null : claimed / unique,
        agreeingFigures: agreeingFigures(claimed, unique),
        lines: rows.map((r) => r.line),
        written: rows.map((r) => r.written),
      };
    })
    .sort((x, y) => y.claimed - x.claimed || (x.region < y.region ? -1 : 1));
  const merged = countries
    .filter((c) => c.lines.length > 1)
    .map(({ region, name, lines, written }) => ({ region, name, lines, written }));
  const agreeTo = {
    1: countries.filter((c) => c.agreeingFigures >= 1).length,
    2: countries.filter((c) => c.agreeingFigures >= 2).length,
    3: countries.filter((c) => c.agreeingFigures >= 3).length,
  };
  const n = countries.length;
  const verdict = countProfileVerdict(agreeTo, n);
  const worst = countries.find((c) => c.agreeingFigures === 0);
  const unresolvedClaimed = unresolved.reduce((s, u) => s + u.claimed, 0);
  const evidence =
    `${agreeTo[3]} of ${n} claimed countries match ${leak}'s unique counts to 3 significant figures, ${agreeTo[2]} to 2, ${agreeTo[1]} to 1` +
    (worst === undefined
      ? ''
      : `; the largest claim that does not match is ${worst.name}: ${int(worst.claimed)} claimed, ${int(worst.unique)} measured`) +
    (unresolved.length === 0
      ? '.'
      : `; ${unresolved.length} row(s) with ${int(unresolvedClaimed)} claimed name no single country and are not compared.`);
  return {
    leak,
    skipped,
    unresolved,
    merged,
    countries,
    agreeTo,
    claimedTotal: countries.reduce((s, c) => s + c.claimed, 0),
    unresolvedClaimed,
    measuredTotal: stats.unique,
    verdict,
    evidence,
  };
}
