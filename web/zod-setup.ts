/**
 * Imported first by check.ts, so that it runs before any schema is built. zod compiles object
 * parsers with `new Function` unless told not to; the page's CSP has no 'unsafe-eval', and even
 * zod's guarded probe for eval shows up as a CSP violation. The interpreted parsers are fast
 * enough for one response per click.
 */
import { z } from 'zod';

z.config({ jitless: true });
