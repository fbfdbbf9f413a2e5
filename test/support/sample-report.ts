/**
 * A hand-made LeakReport shaped like a real scrape dump (Egypt, Italy, the US and the Gulf on top,
 * a long tail of small countries and territories, non-geographic numbers), for the report
 * renderers' tests. Every total is derived from the per-country figures, so the report is
 * consistent the way an ingested one is: rows = accepted + rejected, duplicates = valid - unique,
 * shares sum to 1.
 */
import type {
  CountryReport,
  DataClassReport,
  LeakReport,
  LineTypeKey,
  LineTypeReport,
  NumberBlock,
  RejectReasonReport,
} from '../../src/analysis/report-types.js';

type Mix = Partial<Record<LineTypeKey, number>>;

interface SampleCountry {
  readonly region: string;
  /** Left empty to exercise the renderer's fallback to Intl.DisplayNames. */
  readonly name: string;
  readonly callingCode: number;
  readonly unique: number;
  /** Leading national digits of the largest blocks, largest first. */
  readonly blocks: readonly string[];
  readonly mix?: Mix;
}

const MOBILE_HEAVY: Mix = { MOBILE: 0.93, FIXED_LINE: 0.05, VOIP: 0.01, UNKNOWN: 0.01 };
const NANP: Mix = { FIXED_LINE_OR_MOBILE: 0.9, TOLL_FREE: 0.02, VOIP: 0.03, UNKNOWN: 0.05 };

const SAMPLE_COUNTRIES: readonly SampleCountry[] = [
  {
    region: 'EG',
    name: 'Egypt',
    callingCode: 20,
    unique: 8_412_345,
    blocks: ['100', '101', '106', '111', '112', '114', '120', '122', '127', '128'],
  },
  {
    region: 'IT',
    name: 'Italy',
    callingCode: 39,
    unique: 6_892_110,
    blocks: ['333', '347', '338', '339', '320', '328', '340', '349', '331', '335'],
    mix: { MOBILE: 0.88, FIXED_LINE: 0.1, UNKNOWN: 0.02 },
  },
  {
    region: 'US',
    name: 'United States',
    callingCode: 1,
    unique: 6_183_554,
    blocks: ['212', '310', '323', '347', '646', '713', '786', '832', '917', '929'],
    mix: NANP,
  },
  {
    region: 'SA',
    name: 'Saudi Arabia',
    callingCode: 966,
    unique: 4_961_002,
    blocks: ['50', '55', '53', '54', '56', '59', '58', '57'],
  },
  {
    region: 'FR',
    name: 'France',
    callingCode: 33,
    unique: 4_437_870,
    blocks: ['6', '7'],
    mix: { MOBILE: 0.81, FIXED_LINE: 0.14, VOIP: 0.02, SHARED_COST: 0.01, UNKNOWN: 0.02 },
  },
  {
    region: 'TR',
    name: 'Türkiye',
    callingCode: 90,
    unique: 3_998_301,
    blocks: ['532', '533', '535', '542', '543', '505', '506', '555'],
  },
  {
    region: 'GB',
    name: 'United Kingdom',
    callingCode: 44,
    unique: 3_201_455,
    blocks: ['77', '78', '79', '74', '75', '73'],
    mix: { MOBILE: 0.86, FIXED_LINE: 0.09, PERSONAL_NUMBER: 0.01, VOIP: 0.02, UNKNOWN: 0.02 },
  },
  {
    region: 'IN',
    name: 'India',
    callingCode: 91,
    unique: 2_904_118,
    blocks: ['98', '99', '97', '96', '95', '94', '93', '91'],
  },
  {
    region: 'BR',
    name: 'Brazil',
    callingCode: 55,
    unique: 2_310_876,
    blocks: ['119', '219', '319', '419', '519', '619'],
  },
  {
    region: 'DE',
    name: 'Germany',
    callingCode: 49,
    unique: 1_802_233,
    blocks: ['151', '152', '157', '160', '170', '171', '172', '176'],
  },
  { region: 'ES', name: 'Spain', callingCode: 34, unique: 1_655_093, blocks: ['6', '7'] },
  { region: 'MA', name: 'Morocco', callingCode: 212, unique: 1_420_871, blocks: ['6', '7'] },
  {
    region: 'NG',
    name: 'Nigeria',
    callingCode: 234,
    unique: 1_206_384,
    blocks: ['803', '806', '813', '816', '703', '706'],
  },
  {
    region: 'DZ',
    name: 'Algeria',
    callingCode: 213,
    unique: 1_090_442,
    blocks: ['55', '66', '77', '69'],
  },
  { region: 'TN', name: 'Tunisia', callingCode: 216, unique: 702_188, blocks: ['2', '5', '9'] },
  {
    region: 'AE',
    name: 'United Arab Emirates',
    callingCode: 971,
    unique: 650_730,
    blocks: ['50', '52', '54', '55', '56', '58'],
  },
  {
    region: 'MX',
    name: 'Mexico',
    callingCode: 52,
    unique: 598_114,
    blocks: ['155', '133', '181', '122'],
  },
  { region: 'JO', name: 'Jordan', callingCode: 962, unique: 410_965, blocks: ['77', '78', '79'] },
  { region: 'KW', name: 'Kuwait', callingCode: 965, unique: 301_877, blocks: ['5', '6', '9'] },
  {
    region: 'ID',
    name: 'Indonesia',
    callingCode: 62,
    unique: 288_403,
    blocks: ['812', '813', '821', '822', '852', '853'],
  },
  {
    region: 'PK',
    name: 'Pakistan',
    callingCode: 92,
    unique: 250_119,
    blocks: ['300', '301', '321', '333', '345'],
  },
  {
    region: 'CA',
    name: 'Canada',
    callingCode: 1,
    unique: 231_650,
    blocks: ['416', '514', '604', '647'],
    mix: NANP,
  },
  { region: 'QA', name: 'Qatar', callingCode: 974, unique: 198_220, blocks: ['3', '5', '6', '7'] },
  {
    region: 'LB',
    name: 'Lebanon',
    callingCode: 961,
    unique: 187_009,
    blocks: ['3', '70', '71', '76', '81'],
  },
  { region: 'AU', name: 'Australia', callingCode: 61, unique: 150_332, blocks: ['4'] },
  {
    region: 'BH',
    name: 'Bahrain',
    callingCode: 973,
    unique: 120_554,
    blocks: ['33', '34', '36', '39'],
  },
  { region: 'SG', name: 'Singapore', callingCode: 65, unique: 98_110, blocks: ['8', '9'] },
  { region: 'HK', name: 'Hong Kong', callingCode: 852, unique: 61_287, blocks: ['5', '6', '9'] },
  { region: 'MT', name: 'Malta', callingCode: 356, unique: 40_198, blocks: ['79', '99', '77'] },
  { region: 'MU', name: 'Mauritius', callingCode: 230, unique: 12_030, blocks: ['57', '58', '59'] },
  { region: 'MV', name: '', callingCode: 960, unique: 4_120, blocks: ['7', '9'] },
  { region: 'XK', name: 'Kosovo', callingCode: 383, unique: 1_874, blocks: ['44', '45', '49'] },
  {
    region: '001',
    name: 'Non-geographic',
    callingCode: 882,
    unique: 1_305,
    blocks: ['16', '34'],
    mix: { VOIP: 0.7, UNKNOWN: 0.3 },
  },
];

/** Regions with no number at all, listed so that the map has zero-valued neighbours to compare. */
export const SAMPLE_ZERO_REGIONS = ['RU', 'CN', 'AR', 'ZA', 'NO'] as const;

const DATA_CLASSES: ReadonlyArray<[column: string, dataClass: string, fillRate: number]> = [
  ['phone', 'Phone numbers', 1],
  ['user_id', 'Social media profiles', 1],
  ['first_name', 'Names', 0.991],
  ['last_name', 'Names', 0.987],
  ['gender', 'Genders', 0.884],
  ['city', 'Geographic locations', 0.512],
  ['hometown', 'Geographic locations', 0.377],
  ['relationship_status', 'Relationship statuses', 0.249],
  ['workplace', 'Employers', 0.131],
  ['email', 'Email addresses', 0.042],
  ['date_joined', 'Dates', 0.006],
];

const REJECT_REASONS: ReadonlyArray<[code: string, share: number]> = [
  ['NOT_A_NUMBER', 0.46],
  ['TOO_SHORT', 0.21],
  ['INVALID_COUNTRY', 0.17],
  ['MALFORMED_ROW', 0.09],
  ['TOO_LONG', 0.05],
  ['EXCEL_PRECISION_LOST', 0.02],
];

/** Splits `total` by `weights` into integers that sum to `total` (largest remainder). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i]! += 1;
  }
  return parts;
}

/** The sample report; `overrides` replace top-level fields (e.g. a hostile title or column). */
export function sampleReport(overrides: Partial<LeakReport> = {}): LeakReport {
  const totalUnique = SAMPLE_COUNTRIES.reduce((n, c) => n + c.unique, 0);
  const byType = new Map<LineTypeKey, number>();
  const countries: CountryReport[] = SAMPLE_COUNTRIES.map((c, i) => {
    const mix = c.mix ?? MOBILE_HEAVY;
    const types = Object.keys(mix) as LineTypeKey[];
    const counts = apportion(
      c.unique,
      types.map((t) => mix[t]!),
    );
    const lineTypes: Partial<Record<LineTypeKey, number>> = {};
    types.forEach((t, j) => {
      lineTypes[t] = counts[j]!;
      byType.set(t, (byType.get(t) ?? 0) + counts[j]!);
    });
    // Blocks take 60% of the numbers, each a bit smaller than the one before.
    const blockCounts = apportion(
      Math.round(c.unique * 0.6),
      c.blocks.map((_, j) => 1 / (j + 1.5)),
    );
    const topBlocks: NumberBlock[] = c.blocks.map((digits, j) => ({
      prefix: `+${c.callingCode}${digits}`,
      unique: blockCounts[j]!,
    }));
    // 2% to 6% duplicate rows, varying by country.
    const rows = c.unique + Math.round(c.unique * (0.02 + (i % 5) / 100));
    return {
      region: c.region,
      name: c.name,
      callingCode: c.callingCode,
      rows,
      unique: c.unique,
      share: c.unique / totalUnique,
      lineTypes,
      topBlocks,
    };
  });
  const lineTypes: LineTypeReport[] = [...byType]
    .map(([type, unique]) => ({ type, unique, share: unique / totalUnique }))
    .sort((a, b) => b.unique - a.unique || a.type.localeCompare(b.type));

  const valid = countries.reduce((n, c) => n + c.rows, 0);
  const possibleOnly = 318_442;
  const accepted = valid + possibleOnly;
  const rejected = 1_204_377;
  const rows = accepted + rejected;
  const rejectCounts = apportion(
    rejected,
    REJECT_REASONS.map(([, s]) => s),
  );
  const rejectReasons: RejectReasonReport[] = REJECT_REASONS.map(([code], i) => ({
    code,
    rows: rejectCounts[i]!,
  }));
  const dataClasses: DataClassReport[] = DATA_CLASSES.map(([column, dataClass, fillRate]) => {
    const filled = Math.round(rows * fillRate);
    return { column, dataClass, filled, fillRate: filled / rows };
  });
  const bitsPerNumber = 11.42;
  return {
    name: 'MenaSocial2021',
    title: 'MenaSocial scrape (2021) & resale',
    source: 'Forum post "Full dump, 62M rows" on a breach forum, 2023-04-02',
    breachDate: '2021-06-14',
    addedDate: '2024-11-20',
    flags: { verified: true, fabricated: false, sensitive: false, spamList: false },
    rows,
    accepted,
    rejected,
    headerLines: 1,
    blankLines: 12,
    valid,
    possibleOnly,
    invalid: rejected,
    unique: totalUnique,
    duplicates: valid - totalUnique,
    countries,
    lineTypes,
    dataClasses,
    rejectReasons,
    numberSet: {
      bytes: Math.round((totalUnique * bitsPerNumber) / 8),
      partitions: 236,
      bitsPerNumber,
      boundBitsPerNumber: 10.97,
    },
    metadataVersion: 'libphonenumber-js 1.13.16 (max, metadata format v4)',
    ...overrides,
  };
}
