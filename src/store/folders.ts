/**
 * The store's folders: one per leak under `leaks/`, each built in a hidden `.build-*` folder
 * beside it and renamed into place, so that a reader sees a whole leak or none; builds left by
 * a killed process are removed by the next build. The reading of what a folder holds
 * (manifests, checked with zod) is LeakStore's, in store.ts: an ingest only writes, and starts
 * without loading zod, which took 80 to 110 ms of the main thread before its threads started.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { RingfenceError } from '../errors.js';

export const MANIFEST_FORMAT_VERSION = 1;

/** A leak's name: its folder's. */
export const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export function checkLeakName(name: string): void {
  if (!NAME.test(name)) throw new RingfenceError('INVALID_LEAK_NAME', { name });
}

/** Where each leak's folder is, and how one is built and put in place. */
export class LeakFolders {
  readonly leaksDir: string;

  constructor(readonly root: string) {
    this.leaksDir = join(root, 'leaks');
  }

  leakDir(name: string): string {
    checkLeakName(name);
    return join(this.leaksDir, name);
  }

  has(name: string): boolean {
    return existsSync(join(this.leakDir(name), 'manifest.json'));
  }

  /** The leak's folder; LEAK_NOT_FOUND when it is not in the store. */
  requireLeak(name: string): string {
    if (!this.has(name)) throw new RingfenceError('LEAK_NOT_FOUND', { name, store: this.root });
    return this.leakDir(name);
  }

  /** Names of the published leaks and derived sets, sorted. */
  names(): string[] {
    if (!existsSync(this.leaksDir)) return [];
    return readdirSync(this.leaksDir)
      .filter((n) => NAME.test(n) && existsSync(join(this.leaksDir, n, 'manifest.json')))
      .sort();
  }

  /**
   * A fresh build folder for a leak. Build folders whose process is gone (killed mid-ingest)
   * are removed first, so an interrupted ingest leaves nothing behind for long.
   */
  createBuild(name: string): string {
    checkLeakName(name);
    mkdirSync(this.leaksDir, { recursive: true });
    for (const entry of readdirSync(this.leaksDir)) {
      const match = /^\.(build|old)-(.*)-(\d+)$/.exec(entry);
      if (match === null || processAlive(Number(match[3]))) continue;
      const path = join(this.leaksDir, entry);
      const previous = join(this.leaksDir, match[2]!);
      // Killed between the two renames of a --replace: the old leak goes back in place.
      if (match[1] === 'old' && !existsSync(previous)) renameSync(path, previous);
      else rmSync(path, { recursive: true, force: true });
    }
    const dir = join(this.leaksDir, `.build-${name}-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    return dir;
  }

  /** Moves a finished build into place; an existing leak is replaced only when asked. */
  publish(build: string, name: string, replace: boolean): void {
    const target = this.leakDir(name);
    if (existsSync(target)) {
      if (!replace) throw new RingfenceError('LEAK_EXISTS', { name });
      const old = join(this.leaksDir, `.old-${name}-${process.pid}`);
      renameSync(target, old);
      renameSync(build, target);
      rmSync(old, { recursive: true, force: true });
      return;
    }
    renameSync(build, target);
  }
}

/** Whether a process of this machine runs (builds of dead processes may be taken over). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
