/**
 * The leak store: a directory with one folder per leak under `leaks/`. A leak is built in a
 * hidden `.build-*` folder beside it and renamed into place, so that a reader sees a whole leak
 * or none; builds left by a killed process are removed by the next ingest.
 *
 *   <store>/leaks/<name>/manifest.json     catalogue record (this file's schema)
 *   <store>/leaks/<name>/numbers.rfns      unique valid numbers (docs/FORMAT.md)
 *   <store>/leaks/<name>/stats.json        measured figures behind the report
 *   <store>/leaks/<name>/rows.parquet      normalised rows with every extra column
 *   <store>/leaks/<name>/rejects.jsonl.gz  rejected rows: file, line, code, raw
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { RingfenceError } from '../errors.js';
import { LeakFolders, MANIFEST_FORMAT_VERSION, NAME } from './folders.js';
import { readNumberSet, type NumberSet } from '../number-set/index.js';
import { readingOf, type LeakStats } from './stats.js';

const fileRecord = z.object({ bytes: z.number().int().nonnegative(), sha256: z.string() });

/** The `source` that `ringfence derive` wrote before manifests had a `kind`. */
const DERIVED_SOURCE_PREFIX = 'derived:';

export const manifestSchema = z.object({
  formatVersion: z.literal(MANIFEST_FORMAT_VERSION),
  name: z.string().regex(NAME),
  /**
   * A leak (ingested from a dump) or a derived set (`ringfence derive`: set algebra on leaks).
   * A derived set is not a leak: it never explains another leak, nor counts as one in a check.
   * Manifests written before this field are read with it filled in from `source` (readKind).
   */
  kind: z.enum(['leak', 'derived']),
  title: z.string(),
  source: z.string().nullable(),
  /** YYYY-MM-DD, YYYY-MM or YYYY as given (checkBreachDate); older stores may hold free text. */
  breachDate: z.string().nullable(),
  addedDate: z.string(),
  metadataVersion: z.string(),
  flags: z.object({
    verified: z.boolean(),
    fabricated: z.boolean(),
    sensitive: z.boolean(),
    spamList: z.boolean(),
    recompilation: z.boolean(),
  }),
  dataClasses: z.array(z.string()),
  counts: z.object({
    rows: z.number(),
    accepted: z.number(),
    rejected: z.number(),
    headerLines: z.number(),
    blankLines: z.number(),
    valid: z.number(),
    possibleOnly: z.number(),
    unique: z.number(),
    duplicates: z.number(),
    countries: z.number(),
  }),
  inputs: z.array(
    z.object({
      path: z.string(),
      bytes: z.number(),
      kind: z.string(),
      delimiter: z.string().nullable(),
      header: z.boolean(),
      columns: z.array(z.string()),
      phoneColumn: z.string(),
      countryColumn: z.string().nullable(),
      rows: z.number(),
    }),
  ),
  /** Set by `ringfence novelty`: this leak against the rest of the catalogue. */
  novelty: z
    .object({
      computedAt: z.string(),
      comparedWith: z.array(z.string()),
      newToCollection: z.number(),
      recompilationOf: z.string().nullable(),
      bestMatch: z.object({ name: z.string(), share: z.number() }).nullable(),
      /** The other sets that were not allowed to explain this leak, and why (absent before 0.3). */
      excluded: z
        .array(z.object({ name: z.string(), reason: z.enum(['derived', 'not earlier']) }))
        .optional(),
    })
    .optional(),
  files: z.object({
    numbers: fileRecord,
    stats: fileRecord,
    rejects: fileRecord,
    rows: fileRecord.nullable(),
  }),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** Whether a manifest is a derived set (`ringfence derive`) rather than a leak. */
export function isDerived(manifest: Pick<Manifest, 'kind'>): boolean {
  return manifest.kind === 'derived';
}

/**
 * A manifest as read from disk, with the `kind` that format version 1 manifests written before
 * it was added lack: derive marked its sets by a `source` starting with "derived:".
 */
function readKind(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || 'kind' in raw) return raw;
  const source = (raw as { source?: unknown }).source;
  const derived = typeof source === 'string' && source.startsWith(DERIVED_SOURCE_PREFIX);
  return { ...raw, kind: derived ? 'derived' : 'leak' };
}

/** The store's leaks as published: their manifests, figures and number sets. */
export class LeakStore extends LeakFolders {
  manifest(name: string): Manifest {
    const path = join(this.requireLeak(name), 'manifest.json');
    const parsed = manifestSchema.safeParse(readKind(readJson(path)));
    if (parsed.success) return parsed.data;
    const version = (readJson(path) as { formatVersion?: unknown } | null)?.formatVersion;
    throw new RingfenceError('CORRUPT_STORE', {
      path,
      reason:
        typeof version === 'number' && version !== MANIFEST_FORMAT_VERSION
          ? `manifest format version ${version}; this ringfence reads version ${MANIFEST_FORMAT_VERSION}`
          : (parsed.error.issues[0]?.message ?? 'invalid manifest'),
    });
  }

  /** The figures measured when the leak was written (stats.json). */
  stats(name: string): LeakStats {
    const stats = readJson(join(this.requireLeak(name), 'stats.json')) as LeakStats;
    const reading = readingOf(stats);
    return reading === undefined ? stats : { ...stats, reading };
  }

  /** The leak's set of unique valid numbers (numbers.rfns). */
  numbers(name: string): NumberSet {
    return readNumberSet(join(this.requireLeak(name), 'numbers.rfns'));
  }

  /** The manifests of every leak and derived set, by name. */
  manifests(): Manifest[] {
    return this.names().map((name) => this.manifest(name));
  }

  /**
   * The manifests of the store, for a question that means nothing without a leak (is my number
   * in a leak, is this leak new): STORE_EMPTY when the store does not exist or holds no leak
   * (derived sets alone are not leaks), rather than an answer that reassures.
   */
  requireLeaks(): Manifest[] {
    const manifests = this.manifests();
    if (!manifests.some((m) => !isDerived(m)))
      throw new RingfenceError('STORE_EMPTY', { store: this.root });
    return manifests;
  }
}

/** A store file's JSON; CORRUPT_STORE when it is not JSON, IO_ERROR when it cannot be read. */
function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new RingfenceError(
      'IO_ERROR',
      { path, reason: (error as NodeJS.ErrnoException).code ?? 'unreadable' },
      { cause: error },
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new RingfenceError('CORRUPT_STORE', { path, reason: 'not JSON' }, { cause: error });
  }
}
