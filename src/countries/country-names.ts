/**
 * Reads a country as dumps, adverts and press tables write it: ISO 3166 alpha-2 ("EG"), alpha-3
 * ("EGY"), or a name in any of 70 CLDR locales ("Egypt", "Égypte", "مصر", "Mısır", "埃及"), official
 * forms included ("Russian Federation", "Korea, Republic of", "Bolivia (Plurinational State of)").
 *
 * Where the names come from, strongest first (a key set by a stronger tier is never overridden):
 *   1. codes: the alpha-2 and alpha-3 codes of every ISO region (plus AC and TA, which have
 *      calling codes of their own). "RU" is Russia even though Romanian shortens "Regatul Unit"
 *      to "R.U.", and "NGA" is Nigeria though Vietnamese calls Russia "Nga".
 *   2. aliases: the hand list below, the spellings CLDR lacks (UAE, KSA, Holland, Burma...).
 *   3. names: the runtime's CLDR region names (Intl.DisplayNames) in NAME_LOCALES, CLDR's short
 *      English forms ("UK", "Palestine"), and the ISO 3166 English names and aliases that
 *      i18n-iso-countries ships ("Syrian Arab Republic", "Lao People's Democratic Republic").
 *   4. derived: the same names turned around ("Virgin Islands, British" -> "British Virgin
 *      Islands") or without their parenthesis ("Myanmar (Burma)" -> "Myanmar").
 * A key that one tier gives to two regions is dropped from that tier, so an ambiguous name
 * ("Congo", "Kongo": Congo-Brazzaville in Polish, Congo-Kinshasa in Norwegian) resolves to
 * nothing rather than to a guess; `ambiguous` lists them.
 *
 * Keys are normalised: NFKD, Latin/Greek/Cyrillic diacritics and Arabic/Hebrew vowel points
 * dropped (Indic and Thai vowel signs are letters and stay), lower case, dots dropped ("U.S.A."
 * -> "usa"), other punctuation as spaces, "&" as "and", "St." as "saint", and a leading article
 * ("the", "la", "el", "die"...) dropped. The table is built once per thread, lazily, on the first
 * name lookup (about 0.12 s of CPU, nearly all of it Intl.DisplayNames and normalising ~18,000
 * names into ~12,500 keys); a lookup is then a Map get, and RegionMapper caches the raw values a
 * dump repeats millions of times.
 */
import type IsoCountries from 'i18n-iso-countries';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** CLDR locales whose region names are read: the languages of the most exposed countries. */
export const NAME_LOCALES: readonly string[] = [
  // The 30 asked for first, then more of the world's large languages.
  ...['en', 'fr', 'de', 'es', 'it', 'pt', 'ru', 'ar', 'tr', 'hi', 'id', 'zh', 'ja', 'ko', 'th'],
  ...['vi', 'nl', 'pl', 'uk', 'fa', 'he', 'el', 'sv', 'ro', 'hu', 'cs', 'ms', 'bn', 'ur', 'sw'],
  ...['zh-Hant', 'pt-PT', 'fil', 'da', 'fi', 'nb', 'sk', 'bg', 'hr', 'sr', 'sr-Latn', 'sl', 'lt'],
  ...['lv', 'et', 'ca', 'sq', 'ka', 'hy', 'az', 'kk', 'uz', 'mn', 'am', 'ha', 'yo', 'so', 'ps'],
  ...['ta', 'te', 'mr', 'pa', 'gu', 'ne', 'si', 'km', 'my', 'lo', 'af', 'zu'],
];

/** Spellings of adverts, dumps and official lists that CLDR does not give (normalised at build). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  AE: ['UAE', 'U.A.E.', 'Emirates', 'EAU', 'الإمارات'],
  BA: ['Bosnia', 'BiH'],
  BN: ['Brunei Darussalam'],
  BO: ['Bolivia (Plurinational State of)', 'Plurinational State of Bolivia'],
  CD: [
    'Congo, the Democratic Republic of the',
    'Congo, Democratic Republic of the',
    'Congo (Kinshasa)',
    'Congo-Kinshasa',
    'DR Congo',
    'DRC',
    'RDC',
    'Zaire',
    'République démocratique du Congo',
  ],
  CG: ['Congo, Republic of the', 'Congo (Brazzaville)', 'Congo-Brazzaville'],
  CI: ['Ivory Coast', "Cote d'Ivoire"],
  CN: ["People's Republic of China", 'PRC', 'Mainland China'],
  CV: ['Cape Verde', 'Cabo Verde'],
  CZ: ['Czechia', 'Czech Republic'],
  FM: ['Micronesia, Federated States of', 'Micronesia'],
  GB: [
    'UK',
    'U.K.',
    'Great Britain',
    'Britain',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
    'United Kingdom of Great Britain and Northern Ireland',
  ],
  HK: ['Hong Kong SAR'],
  IE: ['Republic of Ireland', 'Eire'],
  IR: ['Iran, Islamic Republic of', 'Islamic Republic of Iran'],
  KG: ['Kyrgyz Republic'],
  KP: [
    "Korea, Democratic People's Republic of",
    "Democratic People's Republic of Korea",
    'DPRK',
    'Korea (North)',
    'North Korea',
  ],
  KR: [
    'Republic of Korea',
    'Korea, Republic of',
    'Korea (South)',
    'Korea, South',
    'South Korea',
    'République de Corée',
  ],
  LA: ['Lao PDR', 'Laos', "Lao People's Democratic Republic"],
  LY: ['Libyan Arab Jamahiriya'],
  MD: ['Moldova, Republic of', 'Republic of Moldova'],
  MF: ['Saint Martin (French part)'],
  MK: [
    'Macedonia',
    'FYROM',
    'Republic of North Macedonia',
    'The former Yugoslav Republic of Macedonia',
    'Macedonia, the former Yugoslav Republic of',
  ],
  MM: ['Burma'],
  MO: ['Macau', 'Macao SAR'],
  NL: ['Holland', 'The Netherlands'],
  PS: [
    'Palestine',
    'Palestine, State of',
    'State of Palestine',
    'Palestinian Territory',
    'Palestinian Territory, Occupied',
  ],
  RU: [
    'Russian Federation',
    'Российская Федерация',
    'Russia',
    'Fédération de Russie',
    'Federación de Rusia',
    'Russische Föderation',
  ],
  SA: ['KSA', 'Kingdom of Saudi Arabia', 'Saudi', 'السعودية'],
  SK: ['Slovak Republic'],
  SX: ['Sint Maarten (Dutch part)'],
  SY: ['Syrian Arab Republic', 'Syria'],
  SZ: ['Swaziland'],
  TL: ['East Timor', 'Timor-Leste'],
  TR: ['Türkiye', 'Turkey', 'Republic of Türkiye'],
  TW: ['Taiwan, Province of China', 'Chinese Taipei'],
  TZ: ['Tanzania, United Republic of', 'United Republic of Tanzania'],
  US: [
    'USA',
    'U.S.A.',
    'US',
    'U.S.',
    'America',
    'United States of America',
    'EEUU',
    'EE.UU.',
    "États-Unis d'Amérique",
    'Estados Unidos de América',
  ],
  VA: ['Vatican', 'Vatican City', 'Holy See', 'Holy See (Vatican City State)'],
  VE: ['Venezuela (Bolivarian Republic of)', 'Bolivarian Republic of Venezuela'],
  VN: ['Viet Nam'],
  ZA: ['RSA'],
};

/** Regions with a calling code of their own that ISO 3166-1 does not list. */
const EXTRA_REGIONS = ['AC', 'TA'];

const ARTICLES = new Set([
  ...['the', 'la', 'le', 'les', 'l', 'el', 'los', 'las', 'il', 'lo', 'gli', 'die', 'der', 'das'],
]);

// Over the NFKD form: combining diacritics of Latin, Greek and Cyrillic, Arabic harakat and Hebrew
// points dropped; then dots dropped, "&" read as "and", and the letters NFKD keeps whole folded.
const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u0591-\u05c7]/g;
const FOLDED = /[.&øłđðħıßæœþ]/g;
const FOLDS: Readonly<Record<string, string>> = {
  '&': ' and ',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** The key a country name is looked up by (see the note at the top). */
export function normaliseCountryName(value: string): string {
  // Most names are plain ASCII words: the same result without the Unicode passes.
  const text = PLAIN.test(value)
    ? value.toLowerCase()
    : value
        .normalize('NFKD')
        .replace(MARKS, '')
        .toLowerCase()
        .replace(FOLDED, (c) => FOLDS[c] ?? '')
        .replace(SEPARATORS, ' ')
        .trim();
  const words = text.split(' ');
  let changed = false;
  for (let i = 0; i < words.length; i++)
    if (words[i] === 'st' || words[i] === 'ste') {
      words[i] = words[i] === 'st' ? 'saint' : 'sainte';
      changed = true;
    }
  if (words.length > 1 && ARTICLES.has(words[0]!)) {
    words.shift();
    changed = true;
  }
  return changed ? words.join(' ') : text;
}

/**
 * The keys a written name may be known by, most literal first: the name itself, then turned
 * around at its comma ("Korea, Republic of"), its parenthesis turned around ("Bolivia
 * (Plurinational State of)"), the name before the parenthesis, and what it holds ("(Burma)").
 */
export function nameKeys(value: string, withParenthesis = true): string[] {
  const key = normaliseCountryName(value);
  if (!value.includes(',') && !value.includes('(')) return key === '' ? [] : [key];
  const keys = [key];
  const comma = /^([^,]+),([^,]+)$/.exec(value);
  if (comma !== null) keys.push(normaliseCountryName(`${comma[2]} ${comma[1]}`));
  const paren = /^([^()]+)\(([^()]+)\)\s*$/.exec(value);
  if (paren !== null) {
    keys.push(normaliseCountryName(`${paren[2]} ${paren[1]}`));
    keys.push(normaliseCountryName(paren[1]!));
    if (withParenthesis) keys.push(normaliseCountryName(paren[2]!));
  }
  return [...new Set(keys)].filter((k) => k !== '');
}

export type NameTier = 'code' | 'alias' | 'name' | 'derived';
const TIERS: readonly NameTier[] = ['code', 'alias', 'name', 'derived'];

export interface CountryName {
  /** ISO 3166-1 alpha-2 (or AC, TA). */
  readonly region: string;
  readonly name: string;
  readonly tier: NameTier;
}

export interface CountryNameTable {
  /** Normalised key -> region. */
  readonly names: ReadonlyMap<string, string>;
  /** Keys dropped because one tier gave them to several regions, with those regions. */
  readonly ambiguous: ReadonlyMap<string, readonly string[]>;
  /** Milliseconds the build took (the CLDR reads dominate). */
  readonly buildMs: number;
}

/**
 * Builds the key -> region table from names of any source. Names of the `name` tier also give
 * their derived keys (tier `derived`).
 */
export function buildCountryNameTable(entries: Iterable<CountryName>): CountryNameTable {
  const started = performance.now();
  const byTier = new Map<NameTier, Map<string, Set<string>>>(TIERS.map((t) => [t, new Map()]));
  const add = (tier: NameTier, key: string, region: string): void => {
    if (key === '') return;
    const keys = byTier.get(tier)!;
    const regions = keys.get(key);
    if (regions === undefined) keys.set(key, new Set([region]));
    else regions.add(region);
  };
  for (const { region, name, tier } of entries) {
    if (tier === 'code') {
      add('code', name.toLowerCase(), region);
      continue;
    }
    const [key, ...derived] = nameKeys(name, false);
    add(tier, key ?? '', region);
    for (const k of derived) add(tier === 'name' ? 'derived' : tier, k, region);
  }
  const names = new Map<string, string>();
  const ambiguous = new Map<string, readonly string[]>();
  for (const tier of TIERS)
    for (const [key, regions] of byTier.get(tier)!) {
      if (names.has(key) || ambiguous.has(key)) continue;
      if (regions.size === 1) names.set(key, [...regions][0]!);
      else ambiguous.set(key, [...regions].sort());
    }
  return { names, ambiguous, buildMs: performance.now() - started };
}

/** Every name of every ISO region from the runtime's CLDR, i18n-iso-countries and ALIASES. */
function* defaultCountryNames(): Generator<CountryName> {
  // Read on first use, as the table is: loading the package (every language's names) takes
  // 30-50 ms, which every ingest thread paid at its start.
  const require = createRequire(import.meta.url);
  const countries = require('i18n-iso-countries') as typeof IsoCountries;
  const regions = [...Object.keys(countries.getAlpha2Codes()), ...EXTRA_REGIONS];
  for (const region of regions) {
    yield { region, name: region, tier: 'code' };
    const alpha3 = countries.alpha2ToAlpha3(region);
    if (alpha3 !== undefined) yield { region, name: alpha3, tier: 'code' };
  }
  for (const [region, names] of Object.entries(ALIASES))
    for (const name of names) yield { region, name, tier: 'alias' };
  for (const locale of NAME_LOCALES) {
    const long = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const region of regions) {
      const name = long.of(region);
      if (name !== undefined) yield { region, name, tier: 'name' };
    }
  }
  const short = new Intl.DisplayNames(['en'], { type: 'region', style: 'short', fallback: 'none' });
  for (const region of regions) {
    const name = short.of(region);
    if (name !== undefined) yield { region, name, tier: 'name' };
  }
  // ISO 3166's own English names ("Russian Federation") and common aliases.
  const iso = require('i18n-iso-countries/langs/en.json') as {
    countries: Record<string, string | string[]>;
  };
  for (const [region, names] of Object.entries(iso.countries))
    for (const name of typeof names === 'string' ? [names] : names)
      yield { region, name, tier: 'name' };
}

let defaultTable: CountryNameTable | undefined;

/**
 * The table of every country name ringfence reads, made on first use: read from the copy that
 * `npm run build` writes beside this module (COPY_FILE) when that copy was made by this very
 * module with the same CLDR and i18n-iso-countries, else built (about 0.13 s, which the sniff of
 * every ingest and every ingest thread that met a country name paid; the copy reads in 9 ms).
 */
export function countryNameTable(): CountryNameTable {
  defaultTable ??=
    readCountryNameCopy(fileURLToPath(new URL(COPY_FILE, import.meta.url))) ??
    buildCountryNameTable(defaultCountryNames());
  return defaultTable;
}

/** The table's copy, beside the built module (dist/countries/). */
const COPY_FILE = './country-names.json';

interface CountryNameCopy {
  /** What the table was built from (tableSource()): a copy of another source is not read. */
  readonly source: string;
  /** Region -> its keys. */
  readonly names: Record<string, string[]>;
  readonly ambiguous: Record<string, readonly string[]>;
}

/**
 * What the default table is built from: this module's own code (its names, aliases and
 * normalising), the runtime's CLDR and ICU, and the version of i18n-iso-countries, hashed.
 */
function tableSource(): string {
  const require = createRequire(import.meta.url);
  const iso = require('i18n-iso-countries/package.json') as { version: string };
  const hash = createHash('sha256');
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  const { icu, cldr, unicode } = process.versions;
  hash.update(JSON.stringify({ icu, cldr, unicode, iso: iso.version }));
  return hash.digest('hex');
}

/** Writes the default table to `path` (COPY_FILE beside the built module, by the build). */
export function writeCountryNameCopy(
  path = fileURLToPath(new URL(COPY_FILE, import.meta.url)),
): CountryNameTable {
  const table = buildCountryNameTable(defaultCountryNames());
  const names: Record<string, string[]> = {};
  for (const [key, region] of table.names) (names[region] ??= []).push(key);
  const copy: CountryNameCopy = {
    source: tableSource(),
    names,
    ambiguous: Object.fromEntries(table.ambiguous),
  };
  writeFileSync(path, JSON.stringify(copy));
  return table;
}

/** The table at `path` when it is a copy of the default table as built here, else null. */
export function readCountryNameCopy(path: string): CountryNameTable | null {
  const started = performance.now();
  let copy: CountryNameCopy;
  try {
    copy = JSON.parse(readFileSync(path, 'utf8')) as CountryNameCopy;
  } catch {
    return null; // not built (a source checkout run through tsx), or unreadable: built instead
  }
  if (copy.source !== tableSource()) return null;
  const names = new Map<string, string>();
  for (const [region, keys] of Object.entries(copy.names))
    for (const key of keys) names.set(key, region);
  return {
    names,
    ambiguous: new Map(Object.entries(copy.ambiguous)),
    buildMs: performance.now() - started,
  };
}

/** The region (ISO alpha-2) a country code or name stands for, null when it names none. */
export function countryCode(
  value: string,
  table: CountryNameTable = countryNameTable(),
): string | null {
  for (const key of nameKeys(value)) {
    const region = table.names.get(key);
    if (region !== undefined) return region;
  }
  return null;
}

/** The regions an ambiguous name may stand for ("Congo": CD, CG), null when it is not one. */
export function ambiguousCountry(
  value: string,
  table: CountryNameTable = countryNameTable(),
): readonly string[] | null {
  if (countryCode(value, table) !== null) return null;
  for (const key of nameKeys(value)) {
    const regions = table.ambiguous.get(key);
    if (regions !== undefined) return regions;
  }
  return null;
}

export class RegionMapper {
  private readonly index = new Map<string, number>();
  private readonly cache = new Map<string, number>();

  /** `regionIds[i]` is the ISO code of engine region index i. */
  constructor(
    regionIds: readonly string[],
    private readonly table?: CountryNameTable,
  ) {
    regionIds.forEach((id, i) => {
      if (/^[A-Z]{2}$/.test(id) && !this.index.has(id)) this.index.set(id, i);
    });
  }

  /** Region index of a country value, -1 when it names no region of the engine. */
  lookup(value: string): number {
    const cached = this.cache.get(value);
    if (cached !== undefined) return cached;
    // An alpha-2 code, what most dumps hold, is the strongest tier's key (see the top of the
    // file): it needs no table, whose build costs each ingest thread about 0.1 s.
    if (value.length === 2) {
      const code = this.index.get(value.toUpperCase());
      if (code !== undefined && /^[A-Za-z]{2}$/.test(value)) {
        this.cache.set(value, code);
        return code;
      }
    }
    const region = countryCode(value, this.table ?? countryNameTable());
    const found = region === null ? -1 : (this.index.get(region) ?? -1);
    if (this.cache.size < 100_000) this.cache.set(value, found);
    return found;
  }
}
