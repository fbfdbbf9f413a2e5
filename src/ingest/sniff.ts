/**
 * Reads the start of a file and decides its dialect: JSON Lines, delimited (which delimiter,
 * whether the first row is a header) or plain lines; which column holds the phone number (the
 * one where most values parse as valid numbers), which holds the country, and what the other
 * columns are (data classes, as HIBP names them).
 */
import { RingfenceError } from '../errors.js';
import type { PhoneEngine } from '../phone/index.js';
import type { Dialect, InputKind } from './dialect.js';
import type { RegionMapper } from '../countries/index.js';

export interface SniffOverrides {
  /** Column name, or 1-based column number. */
  readonly phoneColumn?: string;
  readonly countryColumn?: string;
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

  const width = Math.max(1, ...rows.slice(0, 200).map((r) => r.length));
  const first = rows[0] ?? [];
  // Header: JSON keys always; otherwise a first row that names columns and holds no number.
  let header = kind === 'jsonl';
  if (kind === 'delimited' || kind === 'text') {
    const firstParses = first.some((v) => parses(engine, v, overrides.defaultRegion));
    const named = first.some((v) => CLASS_BY_NAME.some(([re]) => re.test(v)));
    header = !firstParses && (named || kind === 'delimited');
    if (kind === 'text') header = !firstParses && named;
  }
  const columns =
    header && kind !== 'text'
      ? Array.from({ length: width }, (_, c) => (first[c] ?? '').trim() || `column_${c + 1}`)
      : kind === 'text'
        ? ['phone']
        : Array.from({ length: width }, (_, c) => `column_${c + 1}`);
  const data = header ? rows.slice(1) : rows;
  const value = (row: readonly string[], c: number): string => (row[c] ?? '').trim();

  const resolveOverride = (name: string): number => {
    const byName = columns.findIndex((c) => c.toLowerCase() === name.toLowerCase());
    if (byName >= 0) return byName;
    if (/^\d+$/.test(name) && Number(name) >= 1 && Number(name) <= columns.length)
      return Number(name) - 1;
    throw new RingfenceError('COLUMN_NOT_FOUND', {
      column: name,
      path,
      columns: columns.join(', '),
    });
  };

  // Country column: most non-empty values name a region.
  let countryColumn = -1;
  if (overrides.countryColumn !== undefined)
    countryColumn = resolveOverride(overrides.countryColumn);
  else if (kind !== 'text') {
    let bestScore = 0;
    for (let c = 0; c < columns.length; c++) {
      let filled = 0;
      let hits = 0;
      for (const row of data) {
        const v = value(row, c);
        if (v === '') continue;
        filled++;
        if (regions.lookup(v) !== -1 && !/^\+?\d+$/.test(v)) hits++;
      }
      const rate = filled === 0 ? 0 : hits / filled;
      const score = rate + (COUNTRY_NAME.test(columns[c]!) ? 0.5 : 0);
      if (rate >= 0.8 && filled >= data.length * 0.2 && score > bestScore) {
        bestScore = score;
        countryColumn = c;
      }
    }
  }

  // Phone column: the most values valid with the row's country as default region.
  let phoneColumn = -1;
  if (overrides.phoneColumn !== undefined) phoneColumn = resolveOverride(overrides.phoneColumn);
  else {
    let bestRate = 0;
    for (let c = 0; c < columns.length; c++) {
      if (c === countryColumn) continue;
      let hits = 0;
      for (const row of data) {
        const region =
          countryColumn >= 0 ? regions.lookup(value(row, countryColumn)) : overrides.defaultRegion;
        if (parses(engine, value(row, c), region === -1 ? overrides.defaultRegion : region)) hits++;
      }
      const rate = data.length === 0 ? 0 : hits / data.length;
      const score = rate + (PHONE_NAME.test(columns[c]!) ? 0.05 : 0);
      if (rate > 0 && score > bestRate) {
        bestRate = score;
        phoneColumn = c;
      }
    }
    if (phoneColumn === -1 && kind === 'text') phoneColumn = 0;
    if (phoneColumn === -1 && data.length === 0) phoneColumn = 0;
    if (phoneColumn === -1)
      throw new RingfenceError('NO_PHONE_COLUMN', { path, best: 'none parses' });
  }

  const dataClasses = columns.map((name, c) => {
    if (c === phoneColumn) return 'Phone numbers';
    if (c === countryColumn) return 'Geographic locations';
    return classify(
      name,
      data.map((row) => value(row, c)).filter((v) => v !== ''),
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

function parses(engine: PhoneEngine, value: string, region: number): boolean {
  if (value === '' || value.length > 40) return false;
  const r = engine.parseWithRegion(value, region);
  return r.ok && r.valid;
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
