/**
 * Builds the web app into three files, dist/web/index.html, dist/web/check.js and
 * dist/web/app.css (the stylesheet every page of the app shares, minified), which `ringfence
 * serve` serves as they are (`npm run build:web`; tests call buildWeb into a temporary folder). check.js bundles everything the page runs: the phone engine with its metadata (so
 * that the number is normalised exactly as ingest normalised the leaks), the OPRF client and
 * the protocol. The page makes no request to anyone but its own server.
 */
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

export async function buildWeb(outdir: string): Promise<void> {
  await build({
    entryPoints: [here('./check.ts'), here('./index.html'), here('./app.css')],
    outdir,
    entryNames: '[name]',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    // Browsers from 2023 on; also keeps the .bin loader off Uint8Array.fromBase64 (2025).
    target: ['es2022', 'chrome109', 'firefox115', 'safari16'],
    minify: true,
    legalComments: 'eof',
    loader: { '.bin': 'binary', '.html': 'copy' },
    alias: { 'node:fs': here('./node-fs-stub.ts') },
    logLevel: 'warning',
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outdir = process.argv[2] ?? fileURLToPath(new URL('../dist/web/', import.meta.url));
  await buildWeb(outdir);
}
