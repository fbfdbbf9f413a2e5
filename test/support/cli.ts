// The CLI from source, for tests that run it as a child process (kill -9, exit codes).
import { main } from '../../src/cli/index.js';

await main(process.argv);
