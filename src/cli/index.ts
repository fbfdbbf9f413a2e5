/**
 * The `ringfence` command line: flags parsed by commander into typed options, each command's
 * module imported only when it runs, so that `--help` stays instant. Library errors carry a
 * stable code; here they become a message on stderr and the registry's exit code.
 */
import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { isRingfenceError } from '../errors.js';
import { loadDefaultMetadata } from '../phone/metadata.js';

export interface PhoneCommandOptions {
  readonly region?: string;
  readonly json: boolean;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

export function buildProgram(): Command {
  const program = new Command('ringfence')
    .description(
      'Phone-number leak intelligence: what is in a dump, is my number in it, is it a scam.',
    )
    .option('-V, --version', 'print the ringfence and phone metadata versions')
    .showHelpAfterError()
    .exitOverride();

  program.on('option:version', () => {
    const metadata = loadDefaultMetadata();
    process.stdout.write(
      `ringfence ${packageVersion()}\nphone metadata: ${metadata.version} (artifact format v${metadata.formatVersion})\n`,
    );
    process.exit(0);
  });

  program
    .command('phone')
    .description(
      'classify phone numbers: E.164, region, line type, validity. Reads the arguments, or one number per line on stdin',
    )
    .argument('[numbers...]', 'numbers to classify (default: stdin, one per line)')
    .addOption(
      new Option(
        '-r, --region <XX>',
        'default region (ISO 3166) for national numbers and IDD prefixes',
      ),
    )
    .option('--json', 'one JSON object per input line, in order', false)
    .action(async (numbers: string[], options: PhoneCommandOptions) => {
      const { runPhone } = await import('./phone.js');
      await runPhone(numbers, options, { stdin: process.stdin, stdout: process.stdout });
    });

  return program;
}

export async function main(argv: readonly string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version print themselves; usage errors have been printed by commander.
      process.exitCode = error.exitCode === 0 ? 0 : 64;
      return;
    }
    if (isRingfenceError(error)) {
      process.stderr.write(`ringfence: ${error.code}: ${error.message}\n`);
      process.exitCode = error.exit;
      return;
    }
    throw error;
  }
}
