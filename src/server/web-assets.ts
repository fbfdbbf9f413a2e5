/**
 * The web page: two files built by `npm run build:web` (web/build.ts) into dist/web, read once
 * when the app is created. The page's one <style> block is allowed by its hash in the CSP, so
 * the policy needs no 'unsafe-inline'; the script is a file of the same origin.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface WebAssets {
  readonly indexHtml: Buffer;
  readonly checkJs: Buffer;
  /** The script gzipped once (it carries the phone metadata: most of its bytes). */
  readonly checkJsGzip: Buffer;
  /** CSP sources for the inline <style> blocks of index.html: `'sha256-…'`. */
  readonly styleHashes: readonly string[];
}

export const WEB_FILES = ['index.html', 'check.js'] as const;

/** dist/web of this package, seen from src/server (tsx) and from dist/server alike. */
export function defaultWebDir(): string {
  return fileURLToPath(new URL('../../dist/web/', import.meta.url));
}

/** The page's files, or null when they have not been built. */
export function loadWebAssets(dir: string): WebAssets | null {
  if (!WEB_FILES.every((file) => existsSync(join(dir, file)))) return null;
  const indexHtml = readFileSync(join(dir, 'index.html'));
  const checkJs = readFileSync(join(dir, 'check.js'));
  const styleHashes = [...indexHtml.toString('utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1]!, 'utf8').digest('base64')}'`,
  );
  return { indexHtml, checkJs, checkJsGzip: gzipSync(checkJs, { level: 9 }), styleHashes };
}
