/**
 * Reads the start of a file and decides its dialect: JSON Lines, delimited (which delimiter,
 * whether the first row is a header) or plain lines; which column holds the phone number (the
 * one where most values parse as valid numbers), which holds the country, and what the other
 * columns are (data classes, as HIBP names them).
 *
 * The header question is answered so that data is never eaten: the phone and country columns
 * are first found on the rows after the first, and the first row is a header only when it does
 * not look like those rows (its phone cell is a word, not a number in the row's own country;
 * see delimitedHeader). A wrong "header" would silently drop a record, a wrong "data" only adds
 * one reject, so doubt goes to data. Plain lines have a header only when the first line names a
 * column ("phone") and is no number.
 */
import { RingfenceError } from '../errors.js';
import type { PhoneEngine } from '../phone/index.js';
import type { Dialect, InputKind } from './dialect.js';
import type { RegionMapper } from '../countries/index.js';

export interface SniffOverrides {
  /** Column name, or 1-based column number. */
  readonly phoneColumn?: string;
  readonly countryColumn?: string;
  /**
   * true: the first row is a header; false: it is data and the columns are column_1..n.
   * Decided from the sample when absent. JSON Lines ignore it: their keys name the columns.
   */
  readonly header?: boolean;
  /** Default region index (-1 for none). */
  readonly defaultRegion: number;
}

export interface SniffResult {
  readonly dialect: Dialect;
  /** Data class of each column, by column index. */
  readonly dataClasses: readonly string[];
}

const DELIMITERS = [',', '\t', ';', '|'];
const SAMPLE_RECORDS = 2000;

/** Header names that say what a column is. Order matters: the first match wins. */
const CLASS_BY_NAME: ReadonlyArray<readonly [RegExp, string]> = [
  [/phone|mobile|msisdn|cell|tel|number|whatsapp|contact/i, 'Phone numbers'],
  [/e-?mail/i, 'Email addresses'],
  [/pass(word)?|pwd|hash/i, 'Passwords'],
  [/birth|dob|bday/i, 'Dates of birth'],
  [/gender|sex/i, 'Genders'],
  [/first.?name|last.?name|full.?name|surname|given|^name$|username|nick/i, 'Names'],
  [/relationship|marital/i, 'Relationship statuses'],
  [/employer|company|work|organi[sz]ation/i, 'Employers'],
  [/job|occupation|title|position/i, 'Job titles'],
  [/address|street|zip|postal|postcode/i, 'Physical addresses'],
  [/country|city|location|hometown|region|state|town|geo/i, 'Geographic locations'],
  [/(^|_)ip($|_)|ip.?address/i, 'IP addresses'],
  [/(^|_)(id|uid|user.?id|fb.?id|facebook.?id|profile)($|_)|_id$/i, 'Social media profiles'],
  [/date|time|created|updated/i, 'Dates'],
  [/lang|locale/i, 'Spoken languages'],
  [/relig/i, 'Religions'],
];

const PHONE_NAME = /phone|mobile|msisdn|cell|tel|number|whatsapp/i;
const COUNTRY_NAME = /country|nation|^cc$|iso/i;

export function sniff(
  sample: Uint8Array,
  path: string,
  engine: PhoneEngine,
  regions: RegionMapper,
  overrides: SniffOverrides,
): SniffResult {
  const text = new TextDecoder().decode(sample);
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const nonBlank = lines.filter((l) => l.trim() !== '').slice(0, SAMPLE_RECORDS);
  let kind: InputKind = 'text';
  let delimiter = ',';
  let rows: string[][];
  if (nonBlank.length > 0 && nonBlank.every((l, i) => i > 20 || l.trimStart().startsWith('{'))) {
    kind = 'jsonl';
    const keys: string[] = [];
    const objects: Record<string, unknown>[] = [];
    for (const line of nonBlank) {
      try {
        const value: unknown = JSON.parse(line);
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
          const object = value as Record<string, unknown>;
          objects.push(object);
          for (const key of Object.keys(object)) if (!keys.includes(key)) keys.push(key);
        }
      } catch {
        // A malformed line is counted as a reject at ingest; the sample skips it.
      }
    }
    // An object or array value is sniffed as its default text, as the normaliser reads it.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    rows = [keys, ...objects.map((o) => keys.map((k) => (o[k] == null ? '' : String(o[k]))))];
  } else {
    const best = pickDelimiter(nonBlank);
    if (best !== null) {
      kind = 'delimited';
      delimiter = best;
    }
    rows = nonBlank.map((l) => (kind === 'delimited' ? splitRecord(l, delimiter) : [l]));
  }

  const width = sampleWidth(rows.slice(0, 200));
  const first = rows[0] ?? [];
  const context: Context = {
    engine,
    regions,
    defaultRegion: overrides.defaultRegion,
    valid: new Map(),
  };
  // JSON keys are always the columns; otherwise an override, else the sample decides.
  const header =
    kind === 'jsonl' ||
    (overrides.header ??
      (kind === 'text'
        ? textHeader(first[0] ?? '', context)
        : delimitedHeader(first, rows.slice(1), width, context, overrides)));
  const columns =
    kind === 'text'
      ? ['phone']
      : header
        ? Array.from({ length: width }, (_, c) => (first[c] ?? '').trim() || `column_${c + 1}`)
        : Array.from({ length: width }, (_, c) => `column_${c + 1}`);
  const data = header ? rows.slice(1) : rows;

  const resolveOverride = (name: string): number => {
    const byName = columns.findIndex((c) => c.toLowerCase() === name.toLowerCase());
    if (byName >= 0) return byName;
    const byNumber = columnNumber(name, columns.length);
    if (byNumber >= 0) return byNumber;
    throw new RingfenceError('COLUMN_NOT_FOUND', {
      column: name,
      path,
      columns: columns.join(', '),
    });
  };

  let countryColumn = -1;
  if (overrides.countryColumn !== undefined)
    countryColumn = resolveOverride(overrides.countryColumn);
  else if (kind !== 'text') countryColumn = findCountryColumn(data, columns, context);

  let phoneColumn = -1;
  if (overrides.phoneColumn !== undefined) phoneColumn = resolveOverride(overrides.phoneColumn);
  else {
    phoneColumn = findPhoneColumn(data, columns, countryColumn, context);
    if (phoneColumn === -1 && kind === 'text') phoneColumn = 0;
    // Nothing to measure (a header alone): the column whose name says phone, else the first.
    if (phoneColumn === -1 && data.length === 0)
      phoneColumn = Math.max(
        0,
        columns.findIndex((c) => PHONE_NAME.test(c)),
      );
    if (phoneColumn === -1)
      throw new RingfenceError('NO_PHONE_COLUMN', { path, best: 'none parses' });
  }

  const dataClasses = columns.map((name, c) => {
    if (c === phoneColumn) return 'Phone numbers';
    if (c === countryColumn) return 'Geographic locations';
    return classify(
      name,
      data.map((row) => cell(row, c)).filter((v) => v !== ''),
    );
  });

  return {
    dialect: {
      kind,
      delimiter: delimiter.charCodeAt(0),
      header: header && kind !== 'jsonl',
      columns,
      phoneColumn,
      countryColumn,
    },
    dataClasses,
  };
}

/**
 * The number of columns: the widest of the first rows, leaving out a row far wider than the
 * others (a line of padding delimiters, a record that lost its line ends). Found by the ingest
 * fuzzer: one row of 16,384 empty fields made every row 16,385 columns wide, which took the
 * sniffer seconds to minutes and DuckDB out of memory. Rows beyond the width keep their extra
 * fields out of rows.parquet, as ragged rows after the sample always did. At most MAX_COLUMNS.
 */
function sampleWidth(rows: readonly Row[]): number {
  if (rows.length === 0) return 1;
  const widths = rows.map((r) => r.length).sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)]!;
  const bound = Math.max(4 * median, median + 64);
  let width = 1;
  for (const w of widths) if (w <= bound) width = Math.max(width, w);
  return Math.min(width, MAX_COLUMNS);
}

/**
 * Most columns a dump is read with: DuckDB's CSV reader runs out of memory near 5,000 columns
 * when it writes rows.parquet (found by the ingest fuzzer with a one-row file of 7,000 fields),
 * and no leak has a thousand meaningful ones. Fields beyond it stay out of rows.parquet.
 */
export const MAX_COLUMNS = 1024;

interface Context {
  readonly engine: PhoneEngine;
  readonly regions: RegionMapper;
  /** Region index used when a row names no country (-1 for none). */
  readonly defaultRegion: number;
  /**
   * parses() by region and value: the phone column is looked for twice when the first row may
   * be a header (delimitedHeader, then with the header's names), on the same rows.
   */
  readonly valid: Map<string, boolean>;
}

type Row = readonly string[];

function cell(row: Row, c: number): string {
  return (row[c] ?? '').trim();
}

/** The 0-based index of a 1-based column number within `width`, else -1. */
function columnNumber(name: string, width: number): number {
  if (!/^\d+$/.test(name)) return -1;
  const n = Number(name);
  return n >= 1 && n <= width ? n - 1 : -1;
}

/** The region a row's number is read in: its country cell's, else the default. */
function rowRegion(row: Row, countryColumn: number, context: Context): number {
  if (countryColumn < 0) return context.defaultRegion;
  const region = context.regions.lookup(cell(row, countryColumn));
  return region === -1 ? context.defaultRegion : region;
}

/**
 * Whether a cell may hold a number: the engine reads digits (\p{Nd}) only, and letters only
 * after one (a vanity number), so a cell without a digit is none. Most cells of a dump's other
 * columns (names, cities, genders) are skipped by this test rather than parsed (half the
 * sniff's time on the bench dump, in code not compiled yet).
 */
const DIGIT = /\p{Nd}/u;

/** Valid: what picks the phone column, where junk values must not count. */
function parses(context: Context, value: string, region: number): boolean {
  if (value === '' || value.length > 40 || !DIGIT.test(value)) return false;
  const key = `${region} ${value}`;
  let valid = context.valid.get(key);
  if (valid === undefined) {
    const r = context.engine.parseWithRegion(value, region);
    valid = r.ok && r.valid;
    context.valid.set(key, valid);
  }
  return valid;
}

/** Valid or possible: enough to say that a first row holds a number, so is data. */
function parsesPossible(engine: PhoneEngine, value: string, region: number): boolean {
  if (value === '' || value.length > 40 || !DIGIT.test(value)) return false;
  const r = engine.parseWithRegion(value, region);
  return r.ok && (r.valid || r.possible);
}

/**
 * Country column: most non-empty values name a region; a name saying country breaks ties. A
 * column stops being read once too many of its values name no region for it to be chosen
 * (the choice is the same; most columns of a dump are given up after a few values).
 */
function findCountryColumn(
  data: readonly Row[],
  columns: readonly string[],
  context: Context,
): number {
  let countryColumn = -1;
  let bestScore = 0;
  for (let c = 0; c < columns.length; c++) {
    let filled = 0;
    for (const row of data) if (cell(row, c) !== '') filled++;
    if (filled === 0 || filled < data.length * 0.2) continue;
    const bonus = COUNTRY_NAME.test(columns[c]!) ? 0.5 : 0;
    let hits = 0;
    let misses = 0;
    for (const row of data) {
      const v = cell(row, c);
      if (v === '') continue;
      if (context.regions.lookup(v) !== -1 && !/^\+?\d+$/.test(v)) hits++;
      else {
        misses++;
        // Were every value left a hit, the column would still fall short.
        const best = (filled - misses) / filled;
        if (best < 0.8 || best + bonus <= bestScore) break;
      }
    }
    const rate = hits / filled;
    const score = rate + bonus;
    if (hits + misses === filled && rate >= 0.8 && score > bestScore) {
      bestScore = score;
      countryColumn = c;
    }
  }
  return countryColumn;
}

/**
 * Phone column: the most values valid with the row's country as default region; -1 for none.
 * Columns named as phone columns are read first, and a column stops being read once it cannot
 * beat the best so far (the choice is the same: the first column of the best score).
 */
function findPhoneColumn(
  data: readonly Row[],
  columns: readonly string[],
  countryColumn: number,
  context: Context,
): number {
  let phoneColumn = -1;
  let bestRate = 0;
  const order = columns.map((_, c) => c);
  order.sort((a, b) => phoneNamed(columns, b) - phoneNamed(columns, a) || a - b);
  for (const c of order) {
    if (c === countryColumn) continue;
    const bonus = phoneNamed(columns, c) * 0.05;
    let hits = 0;
    let read = 0;
    for (const row of data) {
      if (parses(context, cell(row, c), rowRegion(row, countryColumn, context))) hits++;
      read++;
      // Were every row left a hit, the column would still not beat the best.
      if ((hits + data.length - read) / data.length + bonus < bestRate) break;
    }
    if (read < data.length) continue;
    const rate = data.length === 0 ? 0 : hits / data.length;
    const score = rate + bonus;
    if (rate > 0 && (score > bestRate || (score === bestRate && c < phoneColumn))) {
      bestRate = score;
      phoneColumn = c;
    }
  }
  return phoneColumn;
}

/** 1 when the column's name says phone, else 0. */
function phoneNamed(columns: readonly string[], c: number): number {
  return PHONE_NAME.test(columns[c]!) ? 1 : 0;
}

/** A header cell's words: the names the data class table knows, or phone and country words. */
function namesColumn(value: string): boolean {
  return (
    PHONE_NAME.test(value) ||
    COUNTRY_NAME.test(value) ||
    CLASS_BY_NAME.some(([re]) => re.test(value))
  );
}

/** A plain-lines file: its first line is a header only when it names a column and is no number. */
function textHeader(line: string, context: Context): boolean {
  const v = line.trim();
  return v !== '' && namesColumn(v) && !parsesPossible(context.engine, v, context.defaultRegion);
}

/** Digits with the punctuation that numbers are written with, and nothing else. */
const PHONE_SHAPE = /^[+\d\s().\-/]*\d[+\d\s().\-/]*$/;

/** What dumps write where a value is missing: never a column name. */
const NULL_MARKER = /^(n\/?a|null|nil|none|nan|undefined|unknown|empty|-+|\?+)$/i;

type Shape = 'empty' | 'number' | 'email' | 'word' | 'mixed' | 'other';

function shapeOf(value: string): Shape {
  if (value === '') return 'empty';
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) return 'email';
  const digit = /\d/.test(value);
  if (/\p{L}/u.test(value)) return digit ? 'mixed' : 'word';
  return digit ? 'number' : 'other';
}

/** The most common value of `of` over `items` when at least `share` of them have it. */
function dominant<T, K>(items: readonly T[], of: (item: T) => K, share: number): K | null {
  const counts = new Map<K, number>();
  for (const item of items) {
    const k = of(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best: K | null = null;
  let bestCount = 0;
  for (const [k, n] of counts)
    if (n > bestCount) {
      best = k;
      bestCount = n;
    }
  return items.length > 0 && bestCount >= items.length * share ? best : null;
}

/**
 * Whether the first row of a delimited sample is a header, judged against the rows after it so
 * that a header-less file never loses its first record:
 * 1. an override naming a column that the first row holds makes it the header;
 * 2. alone (or only repeated), the row is data when one of its cells is a possible number;
 * 3. the phone column is found on the other rows; a first-row cell there that is a possible
 *    number (in the row's own country), or written like the column's numbers, makes it data;
 * 4. cells that are all distinct words found nowhere else in their columns make it a header;
 * 5. a row shaped like the usual data row (digits, words, emails in the same places) is data;
 * 6. otherwise the cells vote: a word above numbers or emails, or a known column name, says
 *    header; a value seen elsewhere in its column, a missing-value marker (N/A, null), a
 *    country, or the same shape as its column says data. A tie is data.
 */
function delimitedHeader(
  first: Row,
  rest: readonly Row[],
  width: number,
  context: Context,
  overrides: SniffOverrides,
): boolean {
  const { engine, regions } = context;
  for (const name of [overrides.phoneColumn, overrides.countryColumn])
    if (
      name !== undefined &&
      !/^\d+$/.test(name) &&
      first.some((v) => v.trim().toLowerCase() === name.trim().toLowerCase())
    )
      return true;
  // A header repeated where files were joined says nothing about the first row.
  const firstKey = first.map((v) => v.trim()).join('\u0000');
  const others = rest.filter((row) => row.map((v) => v.trim()).join('\u0000') !== firstKey);
  if (others.length === 0) {
    const named = first
      .map((v) => v.trim())
      .filter((v) => !/^\+?\d+$/.test(v))
      .map((v) => regions.lookup(v))
      .filter((r) => r !== -1);
    const regionsToTry = [context.defaultRegion, ...named];
    return !first.some((v) => regionsToTry.some((r) => parsesPossible(engine, v.trim(), r)));
  }

  const names = Array.from({ length: width }, (_, c) => `column_${c + 1}`);
  const givenCountry =
    overrides.countryColumn === undefined ? -1 : columnNumber(overrides.countryColumn, width);
  const countryColumn =
    givenCountry >= 0 ? givenCountry : findCountryColumn(others, names, context);
  const givenPhone =
    overrides.phoneColumn === undefined ? -1 : columnNumber(overrides.phoneColumn, width);
  const phoneColumn =
    givenPhone >= 0 ? givenPhone : findPhoneColumn(others, names, countryColumn, context);

  if (phoneColumn >= 0) {
    const v = cell(first, phoneColumn);
    if (parsesPossible(engine, v, rowRegion(first, countryColumn, context))) return false;
    const filled = others.map((row) => cell(row, phoneColumn)).filter((x) => x !== '');
    const shaped = filled.filter((x) => PHONE_SHAPE.test(x)).length;
    if (PHONE_SHAPE.test(v) && shaped >= filled.length * 0.5) return false;
  }

  const seen = Array.from({ length: width }, (_, c) => {
    const values = new Set<string>();
    for (const row of others) values.add(cell(row, c).toLowerCase());
    return values;
  });
  const cells = Array.from({ length: width }, (_, c) => cell(first, c));
  const filled = cells.filter((v) => v !== '');
  const fresh =
    filled.length >= Math.max(1, Math.ceil(width / 2)) &&
    (phoneColumn < 0 || cells[phoneColumn] !== '') &&
    new Set(filled.map((v) => v.toLowerCase())).size === filled.length &&
    cells.every((v, c) => {
      if (v === '') return true;
      const shape = shapeOf(v);
      return (
        (shape === 'word' || shape === 'mixed') &&
        !NULL_MARKER.test(v) &&
        !seen[c]!.has(v.toLowerCase())
      );
    });
  if (fresh) return true;

  const signature = (row: Row): string =>
    Array.from({ length: width }, (_, c) => shapeOf(cell(row, c))).join(',');
  const usualRow = dominant(others, signature, 0.5);
  const firstSignature = signature(first);
  if (usualRow === firstSignature && /number|email/.test(firstSignature)) return false;

  let score = 0;
  for (let c = 0; c < width; c++) {
    const v = cells[c]!;
    const weight = c === phoneColumn ? 2 : 1;
    if (v === '') {
      // A header leaves the column it is about unnamed far less often than data leaves it blank.
      if (c === phoneColumn) score -= 1;
      continue;
    }
    if (c === countryColumn && regions.lookup(v) !== -1) score -= 1;
    if (seen[c]!.has(v.toLowerCase()) || NULL_MARKER.test(v)) {
      score -= weight;
      continue;
    }
    const shape = shapeOf(v);
    const usual = dominant(
      others.map((row) => cell(row, c)).filter((x) => x !== ''),
      shapeOf,
      0.6,
    );
    if ((usual === 'number' || usual === 'email') && (shape === 'word' || shape === 'mixed'))
      score += weight;
    else if ((usual === 'number' || usual === 'email') && shape === usual) score -= weight;
    else if (shape === 'word' && namesColumn(v)) score += 0.5;
  }
  return score > 0;
}

/** The delimiter that splits most lines into the same number (> 1) of fields. */
function pickDelimiter(lines: readonly string[]): string | null {
  let best: string | null = null;
  let bestScore = 0;
  const sample = lines.slice(0, 200);
  for (const d of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of sample) {
      const n = splitRecord(line, d).length;
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let modeFields = 0;
    let modeCount = 0;
    for (const [n, c] of counts)
      if (c > modeCount || (c === modeCount && n > modeFields)) {
        modeFields = n;
        modeCount = c;
      }
    if (modeFields < 2) continue;
    const score = modeCount / sample.length + modeFields / 1000;
    if (score > bestScore && modeCount / sample.length >= 0.5) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/** One record's fields (RFC 4180 quotes) for the sample; the hot path is in chunk.ts. */
export function splitRecord(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q === -1) {
          v += line.slice(i);
          i = line.length;
          break;
        }
        v += line.slice(i, q);
        if (line[q + 1] === '"') {
          v += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const next = line.indexOf(delimiter, i);
      fields.push(v);
      if (next === -1) break;
      i = next + 1;
    } else {
      const next = line.indexOf(delimiter, i);
      if (next === -1) {
        fields.push(line.slice(i));
        break;
      }
      fields.push(line.slice(i, next));
      i = next + 1;
    }
  }
  return fields;
}

/** A column's data class, from its name, else from the shape of its values. */
function classify(name: string, values: readonly string[]): string {
  for (const [re, dataClass] of CLASS_BY_NAME) if (re.test(name)) return dataClass;
  if (values.length === 0) return 'Other';
  const share = (test: (v: string) => boolean): number =>
    values.filter(test).length / values.length;
  if (share((v) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) > 0.8) return 'Email addresses';
  if (share((v) => /^(m|f|male|female|man|woman|other)$/i.test(v)) > 0.8) return 'Genders';
  if (share((v) => /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(v)) > 0.8) return 'Dates';
  if (share((v) => /^\d{1,3}(\.\d{1,3}){3}$/.test(v)) > 0.8) return 'IP addresses';
  if (share((v) => /^\d{5,20}$/.test(v)) > 0.8) return 'Social media profiles';
  return 'Other';
}
