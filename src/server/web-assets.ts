/**
 * The web app's built files: index.html and check.js (the private-check page) and app.css (the
 * stylesheet every page shares), built by `npm run build:web` (web/build.ts) into dist/web and
 * read once when the app is created. Inline <style> blocks are allowed by their hashes in the
 * CSP, so the policy needs no 'unsafe-inline'; scripts and the stylesheet are same-origin files.
 *
 * index.html holds two placeholders, `<!-- site:header -->` and `<!-- site:footer -->`, which
 * are filled here with the app's own header and footer (./pages/layout.ts), so that the check
 * page and the server-rendered pages share one navigation written in one place.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { siteFooter, siteHeader } from './pages/layout.js';

export interface WebAssets {
  readonly indexHtml: Buffer;
  readonly checkJs: Buffer;
  /** The script gzipped once (it carries the phone metadata: most of its bytes). */
  readonly checkJsGzip: Buffer;
  /** CSP sources for the inline <style> blocks of index.html: `'sha256-…'`. */
  readonly styleHashes: readonly string[];
  /**
   * The shared stylesheet, null in a build from before it existed: the app then serves the
   * check page alone, without the other pages, which would be unstyled.
   */
  readonly appCss: Buffer | null;
}

export const WEB_FILES = ['index.html', 'check.js'] as const;
export const STYLESHEET_FILE = 'app.css';

/** dist/web of this package, seen from src/server (tsx) and from dist/server alike. */
export function defaultWebDir(): string {
  return fileURLToPath(new URL('../../dist/web/', import.meta.url));
}

/** CSP sources (`'sha256-…'`) for every inline <style> block of a page. */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1]!, 'utf8').digest('base64')}'`,
  );
}

/** The page's files, or null when they have not been built. */
export function loadWebAssets(dir: string): WebAssets | null {
  if (!WEB_FILES.every((file) => existsSync(join(dir, file)))) return null;
  const indexHtml = Buffer.from(
    readFileSync(join(dir, 'index.html'), 'utf8')
      .replace('<!-- site:header -->', siteHeader('/'))
      .replace('<!-- site:footer -->', siteFooter()),
    'utf8',
  );
  const checkJs = readFileSync(join(dir, 'check.js'));
  const cssPath = join(dir, STYLESHEET_FILE);
  return {
    indexHtml,
    checkJs,
    checkJsGzip: gzipSync(checkJs, { level: 9 }),
    styleHashes: inlineStyleHashes(indexHtml.toString('utf8')),
    appCss: existsSync(cssPath) ? readFileSync(cssPath) : null,
  };
}
