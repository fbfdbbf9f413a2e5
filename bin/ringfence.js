#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm run build`, run by `prepare`).
import { main } from '../dist/cli/index.js';

main(process.argv).catch((error) => {
  process.stderr.write(`ringfence: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
