#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm run build`, run by `prepare`).
// main() reports every error itself; this catch is for a broken installation (dist/ missing).
import { main } from '../dist/cli/index.js';

main(process.argv).catch((error) => {
  process.stderr.write(`ringfence: INTERNAL: ${error instanceof Error ? error.name : 'error'}\n`);
  process.exitCode = 70;
});
