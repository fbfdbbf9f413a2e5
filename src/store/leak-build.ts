/**
 * A leak being written: its hidden build folder, then `stats.json` and `manifest.json` from the
 * figures its writer measured, then the atomic publish. Ingest and derive both end here, so a
 * leak's record is made one way whatever made its numbers.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { RingfenceError } from '../errors.js';
import { checkBreachDate } from './breach-date.js';
import { leakFiles } from './files.js';
import { duplicatesOf, leakCounts, type LeakStats } from './stats.js';
import { LeakFolders, MANIFEST_FORMAT_VERSION, checkLeakName } from './folders.js';
import type { Manifest } from './store.js';

/** What the catalogue says of a leak besides its measured figures. */
export interface LeakDescription {
  /** A leak (ingest) or a set derived from leaks (derive). */
  readonly kind: Manifest['kind'];
  readonly title: string;
  readonly source: string | null;
  readonly breachDate: string | null;
  readonly metadataVersion: string;
  readonly flags: Manifest['flags'];
  readonly inputs: Manifest['inputs'];
}

export class LeakBuild {
  private constructor(
    private readonly store: LeakFolders,
    readonly name: string,
    private readonly replace: boolean,
    /** The hidden folder the leak's files are written to. */
    readonly dir: string,
  ) {}

  /** A build folder for `name`: LEAK_EXISTS when the leak is there and `replace` is not set. */
  static start(store: LeakFolders, name: string, replace: boolean): LeakBuild {
    checkLeakName(name);
    if (store.has(name) && !replace) throw new RingfenceError('LEAK_EXISTS', { name });
    return new LeakBuild(store, name, replace, store.createBuild(name));
  }

  path(file: string): string {
    return join(this.dir, file);
  }

  /**
   * Writes stats.json and manifest.json (an empty rejects file when the writer kept none), then
   * moves the folder into place. Returns the manifest. `rows`: the size and SHA-256 of
   * rows.parquet as its writer measured them (else it is hashed here, when there is one).
   */
  async publish(
    description: LeakDescription,
    stats: LeakStats,
    rows?: { bytes: number; sha256: string },
  ): Promise<Manifest> {
    // Every writer of a leak passes here: no unchecked breach date reaches a manifest.
    if (description.breachDate !== null) checkBreachDate(description.breachDate);
    writeFileSync(this.path('stats.json'), JSON.stringify(stats, null, 1) + '\n');
    if (!existsSync(this.path('rejects.jsonl.gz')))
      writeFileSync(this.path('rejects.jsonl.gz'), gzipSync(''));
    const counts = leakCounts(stats);
    const manifest: Manifest = {
      formatVersion: MANIFEST_FORMAT_VERSION,
      name: this.name,
      kind: description.kind,
      title: description.title,
      source: description.source,
      breachDate: description.breachDate,
      addedDate: new Date().toISOString(),
      metadataVersion: description.metadataVersion,
      flags: description.flags,
      dataClasses: [...new Set(stats.dataClasses.map((d) => d.dataClass))].sort(),
      counts: {
        ...counts,
        duplicates: duplicatesOf(stats),
        countries: stats.regions.filter((r) => r.unique > 0).length,
      },
      inputs: description.inputs,
      files: await leakFiles(this.dir, rows ?? existsSync(this.path('rows.parquet'))),
    };
    writeFileSync(this.path('manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    this.store.publish(this.dir, this.name, this.replace);
    return manifest;
  }

  /** Removes the build folder (after a failure). */
  discard(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
