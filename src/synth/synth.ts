/**
 * Synthetic phone-number dumps: CSV files shaped like a leak (its columns, its per-country mix,
 * its messy phone spellings, its junk), with random numbers and a ground truth known exactly.
 * They feed the README demo, the tests and the benchmarks; no real record goes in.
 *
 * Design.
 * - Numbers. Each region has number blocks (templates `prefix + free digits`, see
 *   ./synth-profiles.ts) whose every completion is a valid number. The blocks of one region and
 *   kind (mobile or fixed line) are laid end to end into one space [0, capacity). The i-th new
 *   number of that space is `permute(i)`, where `permute` is a keyed Feistel permutation of
 *   [0, 2^bits) with cycle walking down to [0, capacity); the value picks the block and the free
 *   digits. Distinct indexes give distinct numbers, so the unique count is the sum of the
 *   counters, with no set. A duplicate row draws an index below the counter, that is a number
 *   already written, and spells it again (perhaps in another format).
 * - Rows. One seeded generator (sfc32) drives every choice in row order, so a seed and a row
 *   count give the same bytes on every platform. Rows are written as bytes into a chunk buffer
 *   from pre-encoded fields; a chunk is handed to the caller when full and never reused, so the
 *   caller may keep it (a stream does until it flushes).
 * - Junk rows have no valid number (empty, N/A, null, too short, letters, a stray quote); ragged
 *   rows stop after a column at or after `country`. Neither is needed to read the numbers.
 */
import { RingfenceError } from '../errors.js';
import { Sfc32, hashSeed } from '../random.js';
import {
  EMAIL_DOMAINS,
  EMPLOYERS,
  NAME_LISTS,
  RELATIONSHIP_STATUSES,
  SYNTH_PROFILES,
  type SynthProfile,
  type SynthProfileName,
} from './synth-profiles.js';

export { SYNTH_PROFILES, type SynthProfile, type SynthProfileName } from './synth-profiles.js';

export const SYNTH_COLUMNS = [
  'phone',
  'facebook_id',
  'first_name',
  'last_name',
  'gender',
  'country',
  'city',
  'relationship_status',
  'employer',
  'email',
  'birth_date',
] as const;

export const MAX_SYNTH_ROWS = 1_000_000_000;

/** Spellings of the phone column, in the order of SynthSummary.formats. */
export const SYNTH_FORMATS = ['e164', 'noPlus', 'idd', 'international', 'national'] as const;
export type SynthFormat = (typeof SYNTH_FORMATS)[number];

export interface SynthOptions {
  readonly profile: SynthProfileName;
  /** Data rows, header excluded: an integer in [0, 1e9]. */
  readonly rows: number;
  readonly seed: string | number;
  /** Probability that a row repeats a number already written (default 0.02). */
  readonly duplicateRate?: number;
  /** Probability that a row has no valid number (default 0.01). */
  readonly junkRate?: number;
  /** Probability that a row misses its trailing columns (default 0.002). */
  readonly raggedRate?: number;
  /** Size of the chunks handed to `write` (default 1 MiB, at least 4 KiB). */
  readonly chunkBytes?: number;
}

export interface SynthRegionSummary {
  readonly region: string;
  /** Rows with a number of this region, duplicates included (junk rows excluded). */
  readonly rows: number;
  /** Distinct numbers of this region. */
  readonly unique: number;
}

/** The ground truth of a generated dump. */
export interface SynthSummary {
  readonly profile: SynthProfileName;
  readonly seed: string;
  /** Data rows (header excluded): junkRows + validRows. */
  readonly rows: number;
  /** Bytes written, header included. */
  readonly bytes: number;
  /** Rows whose phone field holds no valid number. */
  readonly junkRows: number;
  /** Rows with a number drawn from a valid block of the row's region. */
  readonly validRows: number;
  /** Distinct numbers (E.164) among the valid rows. */
  readonly uniqueNumbers: number;
  /** validRows - uniqueNumbers. */
  readonly duplicateRows: number;
  /** Valid rows that stop before the last column. */
  readonly raggedRows: number;
  /** Valid rows with an empty country column (their numbers are written with a `+`). */
  readonly noCountryRows: number;
  /** Valid rows by spelling of the phone column. */
  readonly formats: Readonly<Record<SynthFormat, number>>;
  /** Largest first (ties by region code); regions without rows are left out. */
  readonly regions: readonly SynthRegionSummary[];
}

/** Receives the CSV bytes chunk by chunk; a returned promise is awaited before the next chunk. */
export type ChunkWriter = (chunk: Uint8Array) => void | Promise<void>;

export function isSynthProfileName(name: string): name is SynthProfileName {
  return Object.hasOwn(SYNTH_PROFILES, name);
}

/**
 * Writes a synthetic dump (header row, then `rows` data rows, `\n` line ends) through `write`,
 * chunk by chunk, and returns its ground truth. Throws RingfenceError USAGE for bad options.
 */
export async function synthesise(options: SynthOptions, write: ChunkWriter): Promise<SynthSummary> {
  const generator = new SynthGenerator(options);
  for (let chunk = generator.nextChunk(); chunk !== null; chunk = generator.nextChunk()) {
    await write(chunk);
  }
  return generator.summary();
}

// ---------------------------------------------------------------------------------------------
// The permutation

const ROUNDS = 6;

/** lowbias32 (Chris Wellons): the Feistel round function. */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return x ^ (x >>> 16);
}

/**
 * A keyed permutation of [0, size). An alternating Feistel network on (high, low) halves of
 * `bits` bits permutes [0, 2^bits); values at or above `size` are permuted again (cycle walking),
 * which ends within two steps on average since size > 2^(bits-1).
 */
class Permutation {
  private readonly lowScale: number;
  private readonly lowMask: number;
  private readonly highMask: number;

  constructor(
    readonly size: number,
    private readonly keys: Uint32Array,
  ) {
    let bits = 2;
    while (2 ** bits < size) bits++;
    const lowBits = bits >>> 1;
    this.lowScale = 2 ** lowBits;
    this.lowMask = this.lowScale - 1;
    this.highMask = 2 ** (bits - lowBits) - 1;
  }

  apply(x: number): number {
    const keys = this.keys;
    const lowMask = this.lowMask;
    const highMask = this.highMask;
    do {
      const high = Math.floor(x / this.lowScale);
      let a = high;
      let b = x - high * this.lowScale;
      // Rounds in pairs: the half added to is `high` wide in even rounds, `low` wide in odd ones.
      for (let round = 0; round < ROUNDS; round += 2) {
        const c = (a + (mix(b ^ keys[round]!) & highMask)) & highMask;
        const d = (b + (mix(c ^ keys[round + 1]!) & lowMask)) & lowMask;
        a = c;
        b = d;
      }
      x = a * this.lowScale + b;
    } while (x >= this.size);
    return x;
  }
}

// ---------------------------------------------------------------------------------------------
// Compiled profile

const encoder = new TextEncoder();
const bytes = (text: string): Uint8Array => encoder.encode(text);

/** Longest row the generator can write, with margin: a chunk is flushed below this much room. */
const MAX_ROW_BYTES = 1024;
const MAX_FIELD_BYTES = 64;

const FORMAT_NATIONAL = 1;
const FORMAT_NO_PLUS = 2;
const FORMAT_IDD = 4;

interface Block {
  /** First value of the block in its space. */
  readonly start: number;
  readonly prefix: Uint8Array;
  readonly free: number;
  readonly formats: number;
  /** International digit groups, empty when unknown. */
  readonly groups: Uint8Array;
}

interface Space {
  readonly blocks: readonly Block[];
  readonly starts: Float64Array;
  readonly permutation: Permutation;
  readonly capacity: number;
}

interface Names {
  readonly male: readonly Uint8Array[];
  readonly female: readonly Uint8Array[];
  readonly last: readonly Uint8Array[];
  /** Lower case without spaces, for e-mail addresses; same indexes. */
  readonly maleMail: readonly Uint8Array[];
  readonly femaleMail: readonly Uint8Array[];
  readonly lastMail: readonly Uint8Array[];
}

interface CompiledRegion {
  readonly id: string;
  readonly code: Uint8Array;
  readonly callingCode: Uint8Array;
  readonly trunk: Uint8Array;
  readonly idd: Uint8Array;
  readonly cities: readonly Uint8Array[];
  readonly names: Names;
  readonly mobile: Space;
  readonly fixed: Space | null;
}

function field(text: string): Uint8Array {
  const quoted = /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  const encoded = bytes(quoted);
  if (encoded.length > MAX_FIELD_BYTES) throw new Error(`synth field too long: ${text}`);
  return encoded;
}

function nameList(text: string): string[] {
  return text.split(' ').map((name) => name.replace(/_/g, ' '));
}

function mailPart(name: string): Uint8Array {
  return bytes(name.toLowerCase().replace(/[^a-z]/g, ''));
}

function compileNames(list: { male: string; female: string; last: string }): Names {
  const male = nameList(list.male);
  const female = nameList(list.female);
  const last = nameList(list.last);
  return {
    male: male.map(field),
    female: female.map(field),
    last: last.map(field),
    maleMail: male.map(mailPart),
    femaleMail: female.map(mailPart),
    lastMail: last.map(mailPart),
  };
}

function compileSpace(templates: string, keys: Uint32Array, where: string): Space | null {
  if (templates.trim() === '') return null;
  const blocks: Block[] = [];
  let capacity = 0;
  for (const template of templates.trim().split(/\s+/)) {
    const [prefix = '', free = '', formats = '', groups = ''] = template.split(':');
    const freeDigits = Number(free);
    if (!/^\d+$/.test(prefix) || !(freeDigits >= 1 && freeDigits <= 12)) {
      throw new Error(`bad synth template ${template} (${where})`);
    }
    const groupSizes = Uint8Array.from(groups, (g) => parseInt(g, 36));
    const total = groupSizes.reduce((sum, g) => sum + g, 0);
    blocks.push({
      start: capacity,
      prefix: bytes(prefix),
      free: freeDigits,
      formats: Number(formats),
      groups: total === prefix.length + freeDigits ? groupSizes : new Uint8Array(0),
    });
    capacity += 10 ** freeDigits;
  }
  return {
    blocks,
    starts: Float64Array.from(blocks, (b) => b.start),
    permutation: new Permutation(capacity, keys),
    capacity,
  };
}

/** Walker's alias table over the country counts: one draw picks a region. */
function aliasTable(weights: readonly number[]): { probability: Float64Array; alias: Uint16Array } {
  const n = weights.length;
  const total = weights.reduce((a, b) => a + b, 0);
  const scaled = weights.map((w) => (w * n) / total);
  const probability = new Float64Array(n);
  const alias = new Uint16Array(n);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length > 0 && large.length > 0) {
    const s = small.pop()!;
    const l = large.pop()!;
    probability[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! + scaled[s]! - 1;
    (scaled[l] < 1 ? small : large).push(l);
  }
  for (const i of [...small, ...large]) {
    probability[i] = 1;
    alias[i] = i;
  }
  return { probability, alias };
}

function checkRate(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(value >= 0 && value <= 1)) {
    throw new RingfenceError('USAGE', { reason: `${name} must be between 0 and 1` });
  }
  return value;
}

const JUNK_WORDS = ['N/A', 'null', 'NULL', '-', 'none', 'unknown', 'no number', 'xxxxxxxx', 'tel'];
const MALE = bytes('male');
const FEMALE = bytes('female');

// ---------------------------------------------------------------------------------------------
// The generator

/** Generates a dump chunk by chunk (synchronously); `synthesise` is the usual entry point. */
export class SynthGenerator {
  private readonly profileName: SynthProfileName;
  private readonly seedText: string;
  private readonly rows: number;
  private readonly duplicateRate: number;
  private readonly junkRate: number;
  private readonly raggedRate: number;
  private readonly chunkBytes: number;
  private readonly profile: SynthProfile;
  private readonly regions: readonly CompiledRegion[];
  private readonly aliasProbability: Float64Array;
  private readonly alias: Uint16Array;
  private readonly rng: Sfc32;
  private readonly fill: SynthProfile['fill'];

  private readonly relationships = RELATIONSHIP_STATUSES.map(field);
  private readonly employers = EMPLOYERS.map(field);
  private readonly domains = EMAIL_DOMAINS.map((d) => bytes(`@${d}`));
  private readonly junkWords = JUNK_WORDS.map(field);

  // Counters: new numbers per space (region * 2 + kind), rows and unique numbers per region.
  private readonly issued: Float64Array;
  private readonly regionRows: Float64Array;
  private readonly regionUnique: Float64Array;
  private readonly formatRows = new Float64Array(SYNTH_FORMATS.length);
  private junkRows = 0;
  private raggedRows = 0;
  private noCountryRows = 0;
  private written = 0;
  private bytesOut = 0;
  private headerDone = false;

  private buf: Uint8Array = EMPTY;
  private pos = 0;
  private readonly nsn = new Uint8Array(32);
  private nsnLength = 0;

  constructor(options: SynthOptions) {
    const profileName: string = options.profile;
    if (!isSynthProfileName(profileName)) {
      throw new RingfenceError('USAGE', {
        reason: `unknown profile ${JSON.stringify(profileName.slice(0, 40))}; known: ${Object.keys(SYNTH_PROFILES).join(', ')}`,
      });
    }
    if (!Number.isSafeInteger(options.rows) || options.rows < 0 || options.rows > MAX_SYNTH_ROWS) {
      throw new RingfenceError('USAGE', {
        reason: `rows must be an integer from 0 to ${MAX_SYNTH_ROWS}`,
      });
    }
    this.profileName = profileName;
    this.profile = SYNTH_PROFILES[profileName];
    this.fill = this.profile.fill;
    this.seedText = String(options.seed);
    this.rows = options.rows;
    this.duplicateRate = checkRate('duplicateRate', options.duplicateRate, 0.02);
    this.junkRate = checkRate('junkRate', options.junkRate, 0.01);
    this.raggedRate = checkRate('raggedRate', options.raggedRate, 0.002);
    this.chunkBytes = Math.max(4096, Math.floor(options.chunkBytes ?? 1 << 20));

    this.rng = new Sfc32(hashSeed(`rows:${this.seedText}`));
    const keyRng = new Sfc32(hashSeed(`numbers:${this.seedText}`));
    const keys = (): Uint32Array => Uint32Array.from({ length: ROUNDS }, () => keyRng.u32());
    const countries = this.profile.countries;
    this.regions = countries.map((c) => {
      const mobile = compileSpace(c.mobile, keys(), `${c.region} mobile`);
      if (mobile === null) throw new Error(`synth profile: ${c.region} has no mobile block`);
      const suffix = `, ${c.name}`;
      return {
        id: c.region,
        code: bytes(c.region),
        callingCode: bytes(c.callingCode),
        trunk: bytes(c.trunk),
        idd: bytes(c.idd),
        cities: c.cities.map((city) => field(city.includes(',') ? city : city + suffix)),
        names: compileNames(NAME_LISTS[c.names]),
        mobile,
        fixed: compileSpace(c.fixed, keys(), `${c.region} fixed`),
      };
    });
    const table = aliasTable(countries.map((c) => c.count));
    this.aliasProbability = table.probability;
    this.alias = table.alias;
    this.issued = new Float64Array(countries.length * 2);
    this.regionRows = new Float64Array(countries.length);
    this.regionUnique = new Float64Array(countries.length);
  }

  /** The next chunk of CSV bytes, or null when the dump is complete. */
  nextChunk(): Uint8Array | null {
    if (this.headerDone && this.written >= this.rows) return null;
    this.buf = Buffer.allocUnsafe(this.chunkBytes);
    this.pos = 0;
    if (!this.headerDone) {
      this.put(bytes(`${SYNTH_COLUMNS.join(',')}\n`));
      this.headerDone = true;
    }
    const limit = this.chunkBytes - MAX_ROW_BYTES;
    while (this.written < this.rows && this.pos < limit) {
      this.writeRow();
      this.written++;
    }
    this.bytesOut += this.pos;
    const chunk = this.buf.subarray(0, this.pos);
    this.buf = EMPTY;
    return chunk;
  }

  summary(): SynthSummary {
    const regions: SynthRegionSummary[] = [];
    let unique = 0;
    this.regions.forEach((region, i) => {
      const rows = this.regionRows[i]!;
      unique += this.regionUnique[i]!;
      if (rows > 0) regions.push({ region: region.id, rows, unique: this.regionUnique[i]! });
    });
    regions.sort((a, b) => b.rows - a.rows || (a.region < b.region ? -1 : 1));
    const validRows = this.written - this.junkRows;
    const formats = Object.fromEntries(
      SYNTH_FORMATS.map((format, i) => [format, this.formatRows[i]!]),
    ) as Record<SynthFormat, number>;
    return {
      profile: this.profileName,
      seed: this.seedText,
      rows: this.written,
      bytes: this.bytesOut,
      junkRows: this.junkRows,
      validRows,
      uniqueNumbers: unique,
      duplicateRows: validRows - unique,
      raggedRows: this.raggedRows,
      noCountryRows: this.noCountryRows,
      formats,
      regions,
    };
  }

  // -- rows

  private writeRow(): void {
    const rng = this.rng;
    const fill = this.fill;
    const u = rng.float() * this.regions.length;
    const slot = Math.floor(u);
    const r = u - slot < this.aliasProbability[slot]! ? slot : this.alias[slot]!;
    const region = this.regions[r]!;
    const junk = rng.float() < this.junkRate;
    const hasCountry = rng.float() < fill.country;

    if (junk) {
      this.junkRows++;
      this.writeJunkPhone();
    } else {
      this.regionRows[r]!++;
      if (!hasCountry) this.noCountryRows++;
      this.makeNumber(r, region, hasCountry);
    }
    const last = !junk && rng.float() < this.raggedRate ? 5 + rng.int(5) : 10;
    if (last < 10) this.raggedRows++;

    const buf = this.buf;
    buf[this.pos++] = 44;
    this.writeFacebookId();
    buf[this.pos++] = 44;
    const names = region.names;
    const female = rng.u32() & 1;
    const firstList = female === 1 ? names.female : names.male;
    const first = rng.float() < fill.firstName ? rng.int(firstList.length) : -1;
    if (first >= 0) this.put(firstList[first]!);
    buf[this.pos++] = 44;
    const lastName = rng.float() < fill.lastName ? rng.int(names.last.length) : -1;
    if (lastName >= 0) this.put(names.last[lastName]!);
    buf[this.pos++] = 44;
    if (rng.float() < fill.gender) this.put(female === 1 ? FEMALE : MALE);
    buf[this.pos++] = 44;
    if (hasCountry) this.put(region.code);
    if (last < 6) {
      this.endRow();
      return;
    }
    buf[this.pos++] = 44;
    if (rng.float() < fill.city) this.put(region.cities[rng.int(region.cities.length)]!);
    if (last < 7) {
      this.endRow();
      return;
    }
    buf[this.pos++] = 44;
    if (rng.float() < fill.relationship) {
      this.put(this.relationships[rng.int(this.relationships.length)]!);
    }
    if (last < 8) {
      this.endRow();
      return;
    }
    buf[this.pos++] = 44;
    if (rng.float() < fill.employer) this.put(this.employers[rng.int(this.employers.length)]!);
    if (last < 9) {
      this.endRow();
      return;
    }
    buf[this.pos++] = 44;
    if (first >= 0 && rng.float() < fill.email) {
      this.put((female === 1 ? names.femaleMail : names.maleMail)[first]!);
      if (lastName >= 0) {
        buf[this.pos++] = 46; // .
        this.put(names.lastMail[lastName]!);
      }
      this.putNumber(rng.int(100), 2);
      this.put(this.domains[rng.int(this.domains.length)]!);
    }
    if (last < 10) {
      this.endRow();
      return;
    }
    buf[this.pos++] = 44;
    if (rng.float() < fill.birthDate) {
      this.putNumber(1 + rng.int(12), 0);
      buf[this.pos++] = 47; // /
      this.putNumber(1 + rng.int(28), 0);
      buf[this.pos++] = 47;
      this.putNumber(1950 + rng.int(56), 4);
    }
    this.endRow();
  }

  private endRow(): void {
    this.buf[this.pos++] = 10;
  }

  /** Chooses a number of region `r` (new or repeated), then writes it in one of the spellings. */
  private makeNumber(r: number, region: CompiledRegion, hasCountry: boolean): void {
    const rng = this.rng;
    const fixed = region.fixed !== null && rng.float() < this.profile.fixedShare;
    const space = fixed ? region.fixed : region.mobile;
    const s = r * 2 + (fixed ? 1 : 0);
    const issued = this.issued[s]!;
    let index: number;
    if (issued > 0 && (rng.float() < this.duplicateRate || issued >= space.capacity)) {
      index = Math.floor(rng.float53() * issued);
    } else {
      index = issued;
      this.issued[s] = issued + 1;
      this.regionUnique[r]!++;
    }
    const value = space.permutation.apply(index);
    // The block holding `value`: the last start at or below it.
    const starts = space.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= value) lo = mid;
      else hi = mid - 1;
    }
    const block = space.blocks[lo]!;
    // National significant number into the scratch buffer.
    const nsn = this.nsn;
    const prefix = block.prefix;
    for (let i = 0; i < prefix.length; i++) nsn[i] = prefix[i]!;
    let rest = value - block.start;
    const length = prefix.length + block.free;
    let i = length - 1;
    for (; rest >= 0x80000000; i--) {
      const q = Math.floor(rest / 10);
      nsn[i] = 48 + rest - q * 10;
      rest = q;
    }
    for (; i >= prefix.length; i--) {
      const q = (rest / 10) | 0;
      nsn[i] = 48 + rest - q * 10;
      rest = q;
    }
    this.nsnLength = length;

    // Spelling: mostly E.164, as in the Facebook dump; the others where the block allows them.
    // National and no-plus readings need the country column, so rows without one get a `+`.
    const pick = rng.float();
    const buf = this.buf;
    let format = 0;
    if (hasCountry) {
      if (pick < 0.12) format = block.formats & FORMAT_NATIONAL ? 4 : 0;
      else if (pick < 0.26) format = block.formats & FORMAT_NO_PLUS ? 1 : 0;
      else if (pick < 0.31) format = block.formats & FORMAT_IDD && region.idd.length > 0 ? 2 : 0;
      else if (pick < 0.41) format = 3;
    } else if (pick < 0.15) {
      format = 3;
    }
    this.formatRows[format]!++;
    switch (format) {
      case 0:
        buf[this.pos++] = 43; // +
        this.put(region.callingCode);
        this.putNsn();
        break;
      case 1:
        this.put(region.callingCode);
        this.putNsn();
        break;
      case 2:
        this.put(region.idd);
        this.put(region.callingCode);
        this.putNsn();
        break;
      case 3:
        this.putInternational(region, block, rng.float() < 0.3 ? 45 : 32);
        break;
      default:
        this.put(region.trunk);
        this.putNsn();
    }
  }

  private putInternational(region: CompiledRegion, block: Block, separator: number): void {
    const buf = this.buf;
    buf[this.pos++] = 43;
    this.put(region.callingCode);
    const groups = block.groups;
    const nsn = this.nsn;
    if (groups.length === 0) {
      buf[this.pos++] = separator;
      this.putNsn();
      return;
    }
    let at = 0;
    for (let g = 0; g < groups.length; g++) {
      buf[this.pos++] = separator;
      const end = at + groups[g]!;
      for (; at < end; at++) buf[this.pos++] = nsn[at]!;
    }
  }

  private putNsn(): void {
    const buf = this.buf;
    const nsn = this.nsn;
    for (let i = 0; i < this.nsnLength; i++) buf[this.pos++] = nsn[i]!;
  }

  private writeJunkPhone(): void {
    const rng = this.rng;
    const kind = rng.float();
    if (kind < 0.3) return; // empty
    if (kind < 0.7) {
      this.put(this.junkWords[rng.int(this.junkWords.length)]!);
    } else if (kind < 0.95) {
      // Too short for any plan of the profile (some have valid 4- and 5-digit numbers): 1 to 3.
      const digits = 1 + rng.int(3);
      for (let i = 0; i < digits; i++) this.buf[this.pos++] = 48 + rng.int(10);
    } else {
      // A stray quote inside an unquoted field, as left by a broken export.
      this.putNumber(rng.int(100), 2);
      this.buf[this.pos++] = 34;
      this.buf[this.pos++] = 48 + rng.int(10);
    }
  }

  private writeFacebookId(): void {
    const rng = this.rng;
    if (rng.float() < 0.85) {
      // Profile ids of accounts made since 2009: 15 digits starting 1000.
      this.put(FB_ID_PREFIX);
      this.putNumber(rng.int(1_000_000), 6);
      this.putNumber(rng.int(100_000), 5);
    } else {
      this.putNumber(100_000_000 + rng.int(1_900_000_000), 0);
    }
  }

  private put(data: Uint8Array): void {
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < data.length; i++) buf[pos++] = data[i]!;
    this.pos = pos;
  }

  /** Writes `value` (below 2^31) in decimal, zero-padded to `width` digits (0: no padding). */
  private putNumber(value: number, width: number): void {
    let digits = 1;
    for (let v = value; v >= 10; v = (v / 10) | 0) digits++;
    if (width > digits) digits = width;
    const buf = this.buf;
    let v = value;
    for (let i = this.pos + digits - 1; i >= this.pos; i--) {
      const q = (v / 10) | 0;
      buf[i] = 48 + v - q * 10;
      v = q;
    }
    this.pos += digits;
  }
}

const FB_ID_PREFIX = bytes('1000');
const EMPTY: Uint8Array = Buffer.alloc(0);
