/**
 * The `ringfence` command line: flags parsed by commander into typed options, each command's
 * module imported only when it runs, so that `--help` stays instant. Library errors carry a
 * stable code; here they become a message on stderr and the registry's exit code.
 */
import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { ERRORS, RingfenceError, isRingfenceError } from '../errors.js';
import { loadDefaultMetadata } from '../phone/index.js';
import type { CallCommandOptions, MessageCommandOptions } from './messages.js';
import type { PhoneCommandOptions } from './phone.js';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/**
 * The command tree. A usage error (unknown option or command, a value not among the choices, a
 * required option missing) is thrown as USAGE, naming the command's help, for reportError to
 * print as any other error: one line, or one JSON object with --json; never the whole help.
 */
export function buildProgram(json = false): Command {
  const program = new Command('ringfence')
    .description(
      'Phone-number leak intelligence: what is in a dump, is my number in it, is it a scam.',
    )
    .option('-V, --version', 'print the ringfence and phone metadata versions')
    .showSuggestionAfterError(true)
    // Set before the commands are added: they copy it. Commander's own error lines are replaced
    // by reportError's; with --json, so is the help shown for a missing subcommand.
    .configureOutput({
      outputError: () => undefined,
      ...(json ? { writeErr: () => undefined } : {}),
    });

  program.on('option:version', () => {
    const metadata = loadDefaultMetadata();
    process.stdout.write(
      `ringfence ${packageVersion()}\nphone metadata: ${metadata.version} (artifact format v${metadata.formatVersion})\n`,
    );
    process.exit(0);
  });

  addPhoneCommand(program);
  addStoreCommands(program);
  addCompareCommands(program);
  addSynthCommand(program);
  addMessageCommands(program);
  addPrivateCommands(program);
  addServeCommands(program);
  for (const command of commandTree(program))
    command.exitOverride((error) => {
      throw usageError(error, command);
    });
  checkRequiredAfterUnknown(program);
  return program;
}

function commandTree(command: Command): Command[] {
  return [command, ...command.commands.flatMap(commandTree)];
}

/** `ringfence private build`: the words that run a command, for the help hint. */
function commandPath(command: Command): string {
  const words: string[] = [];
  for (let c: Command | null = command; c !== null; c = c.parent) words.unshift(c.name());
  return words.join(' ');
}

/**
 * Commander's error as a USAGE error on one line, with its suggestion and a pointer to the help
 * of the command at fault. Help, version, and the help shown for a missing subcommand stay
 * commander's: they have printed themselves.
 */
function usageError(error: CommanderError, command: Command): Error {
  if (error.exitCode === 0 || error.code === 'commander.help') return error;
  let reason = error.message
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean (.*)\?\)$/, ' (did you mean $1?)');
  const invalid = /^option '(.+)' argument '(.*)' is invalid\. (.*)$/s.exec(reason);
  if (invalid !== null)
    reason = `invalid value '${invalid[2]!}' for option '${invalid[1]!}': ${invalid[3]!.charAt(0).toLowerCase()}${invalid[3]!.slice(1)}`;
  reason = `${reason.replace(/\.$/, '')}; see ${commandPath(command)} --help`;
  return new RingfenceError('USAGE', { reason }, { cause: error });
}

/**
 * Commander checks required options before it looks for unknown ones, so a mistyped `--nmae`
 * would be reported as `--name` missing. Required options are left to a hook that runs after
 * commander's own checks (unknown options, then arguments), just before the action.
 */
function checkRequiredAfterUnknown(program: Command): void {
  const required = new Map<Command, Option[]>();
  for (const command of commandTree(program)) {
    const options = command.options.filter((o) => o.mandatory);
    for (const option of options) option.makeOptionMandatory(false);
    if (options.length > 0) required.set(command, options);
  }
  program.hook('preAction', (_program, action) => {
    for (const option of required.get(action) ?? [])
      if (action.getOptionValue(option.attributeName()) === undefined)
        action.error(`error: required option '${option.flags}' not specified`, {
          code: 'commander.missingMandatoryOptionValue',
        });
  });
}

export async function main(argv: readonly string[]): Promise<void> {
  const json = argv.includes('--json');
  const program = buildProgram(json);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = await reportError(error, json, process.stderr);
  }
}

/**
 * An error as the user sees it: `ringfence: CODE: message` on stderr (for USAGE, the reason
 * alone: `ringfence: USAGE: unknown option '--nmae' (did you mean --name?); see …`), or with
 * --json the registry's JSON object; returns the exit code. An error without a code is a bug: it
 * is shown as INTERNAL, and its redacted stack goes to the log for the bug report.
 */
export async function reportError(
  error: unknown,
  json: boolean,
  stderr: NodeJS.WritableStream,
): Promise<number> {
  let coded: RingfenceError;
  if (error instanceof CommanderError) {
    // Help and version print themselves, and so does the help shown for a missing subcommand.
    if (error.exitCode === 0) return 0;
    if (!json) return ERRORS.USAGE.exit;
    coded = new RingfenceError('USAGE', { reason: error.message.replace(/^error: /, '') });
  } else if (isRingfenceError(error)) coded = error;
  else {
    coded = new RingfenceError('INTERNAL', undefined, { cause: error });
    try {
      const { cliLogger } = await import('./context.js');
      cliLogger().error('uncaught error', { error });
    } catch {
      // The configuration itself may be what failed; the message below still goes out.
    }
  }
  const reason = coded.code === 'USAGE' ? coded.details?.['reason'] : undefined;
  const text = typeof reason === 'string' ? reason : coded.message;
  stderr.write(json ? `${JSON.stringify(coded)}\n` : `ringfence: ${coded.code}: ${text}\n`);
  return coded.exit;
}

/** `phone`: the phone engine over arguments or stdin lines. */
function addPhoneCommand(program: Command): void {
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
    .option(
      '--find',
      'find the numbers in running text (arguments or stdin) and print each with its span',
      false,
    )
    .addOption(
      new Option('--leniency <level>', 'with --find: VALID numbers only, or POSSIBLE ones too')
        .choices(['VALID', 'POSSIBLE'])
        .default('VALID'),
    )
    .option(
      '--threads <n>',
      'threads for large stdin, the main one included (default 1: the main thread only; more helps only with many idle cores)',
    )
    .action(async (numbers: string[], options: PhoneCommandOptions) => {
      const { runPhone } = await import('./phone.js');
      await runPhone(numbers, options, { stdin: process.stdin, stdout: process.stdout });
    });
}

/** ingest, leaks, report, sample, check: a dump into the store, and what is in it. */
function addStoreCommands(program: Command): void {
  program
    .command('ingest')
    .description(
      'read a dump (file, directory or - for stdin; txt, csv, tsv, jsonl; gzip or zstd) into the leak store',
    )
    .argument('<input>', 'file, directory, or - for stdin')
    .requiredOption('--name <id>', 'leak id: lowercase letters, digits, . _ -')
    .option('--title <text>', 'human title of the leak')
    .option('--source <text>', 'where the dump came from')
    .option('--breach-date <date>', 'when the breach or scrape happened (YYYY-MM-DD)')
    .addOption(
      new Option('-r, --region <XX>', 'default region for rows without a country or calling code'),
    )
    .option('--phone-column <name|n>', 'the phone column (name, or 1-based number)')
    .option('--country-column <name|n>', 'the country column (name, or 1-based number)')
    .option('--header', 'the first row is a header (default: decided from the data)')
    .option('--no-header', 'the first row is data')
    .option('--replace', 'replace a leak of the same name', false)
    .option('--no-rows', 'skip rows.parquet (the number set and report only)')
    .addOption(
      new Option(
        '--rows-codec <codec>',
        'compression of rows.parquet: brotli (the fastest), or gzip for readers without brotli (Spark, Hive)',
      )
        .choices(['brotli', 'gzip'])
        .default('brotli'),
    )
    .option('--workers <n>', 'normaliser threads (default: one per core)')
    .option('--memory <MiB>', 'memory for buffered numbers before spilling to disk (default 1024)')
    .addOption(storeOption())
    .option('--json', 'print the summary as one JSON object, no progress', false)
    .action(async (input: string, options: import('./ingest.js').IngestCommandOptions) => {
      const { runIngest } = await import('./ingest.js');
      await runIngest(input, options, leakIo());
    });

  program
    .command('leaks')
    .description('list the leaks of the store (the catalogue)')
    .addOption(storeOption())
    .option('--json', 'one manifest per line', false)
    .action(async (options: { store?: string; json: boolean }) => {
      const { runLeaks } = await import('./leaks.js');
      runLeaks(options, leakIo());
    });

  program
    .command('report')
    .description('what is in a leak: rows, valid, unique, countries, line types, data classes')
    .argument('<id>', 'leak id')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json', 'html'])
        .default('text'),
    )
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .addOption(storeOption())
    .action(async (id: string, options: { store?: string; format: string; out?: string }) => {
      const { runReport } = await import('./leaks.js');
      runReport(id, options, leakIo());
    });

  program
    .command('sample')
    .description('a reproducible random verification sample of a leak')
    .argument('<id>', 'leak id')
    .option('--n <count>', 'sample size', '1000')
    .option('--country <XX>', 'only numbers of this region (a code, or a name: Estonia)')
    .option('--seed <seed>', 'random seed: the same seed gives the same sample', '1')
    .addOption(storeOption())
    .option('--json', 'one JSON object per number', false)
    .action(
      async (
        id: string,
        options: { store?: string; n: string; country?: string; seed: string; json: boolean },
      ) => {
        const { runSample } = await import('./leaks.js');
        runSample(id, options, leakIo());
      },
    );

  program
    .command('check')
    .description('is this number in a leak of the local store (exit 0 found, 1 not found)')
    .argument('<number>', 'phone number, any format')
    .addOption(new Option('-r, --region <XX>', 'default region for a national number'))
    .addOption(storeOption())
    .option(
      '--remote <url>',
      'ask a ringfence server instead, privately: it never receives the number',
    )
    .option('--json', 'JSON output', false)
    .action(
      async (
        number: string,
        options: { store?: string; region?: string; remote?: string; json: boolean },
      ) => {
        if (options.remote !== undefined) {
          const { runRemoteCheck } = await import('./remote-check.js');
          await runRemoteCheck(number, { ...options, remote: options.remote }, leakIo());
          return;
        }
        const { runCheck } = await import('./leaks.js');
        runCheck(number, options, leakIo());
      },
    );
}

/** compare, derive, novelty, compare-counts, compare-sample, sql: leaks against each other. */
function addCompareCommands(program: Command): void {
  program
    .command('compare')
    .description('compare two leaks exactly: overlap, containment, per-country counts, verdict')
    .argument('<a>', 'the earlier (reference) leak')
    .argument(
      '<b>',
      'the leak to judge against it, or a per-country counts table (CSV) when its numbers are not available',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json', 'html'])
        .default('text'),
    )
    .option('--json', 'same as --format json', false)
    .option('--by-type', 'also split by line type (classifies the numbers in common)', false)
    .option('--top <n>', 'countries shown in the text table (default 30)')
    .option('--all', 'every country in the text table')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .addOption(storeOption())
    .action(
      async (
        a: string,
        b: string,
        options: {
          store?: string;
          format: string;
          json: boolean;
          out?: string;
          byType: boolean;
          top?: string;
          all?: boolean;
        },
      ) => {
        const { runCompare } = await import('./leaks.js');
        runCompare(a, b, { ...options, format: options.json ? 'json' : options.format }, leakIo());
      },
    );

  program
    .command('derive')
    .description(
      'store the result of set algebra on two leaks as a new leak (e.g. what is new in b)',
    )
    .argument('<id>', 'the new leak id')
    .requiredOption('--from <expression>', '"<a> - <b>" (difference), "<a> & <b>" or "<a> | <b>"')
    .option('--title <text>', 'human title of the new leak')
    .option('--replace', 'replace a leak of the same name', false)
    .addOption(storeOption())
    .option('--json', 'JSON summary', false)
    .action(
      async (
        id: string,
        options: { store?: string; from: string; title?: string; replace: boolean; json: boolean },
      ) => {
        const { runDerive } = await import('./leaks.js');
        await runDerive(id, options, leakIo());
      },
    );

  program
    .command('novelty')
    .description('a leak against every other leak of the store: what is new, what explains it')
    .argument('<id>', 'leak id')
    .option('--no-record', 'do not record the result in the manifest')
    .option('--top <n>', 'countries shown in the text table (default 30)')
    .option('--all', 'every country in the text table')
    .addOption(storeOption())
    .option('--json', 'JSON output', false)
    .action(
      async (
        id: string,
        options: { store?: string; json: boolean; record: boolean; top?: string; all?: boolean },
      ) => {
        const { runNovelty } = await import('./leaks.js');
        runNovelty(id, options, leakIo());
      },
    );

  program
    .command('compare-counts')
    .description(
      'compare a table of claimed per-country counts (an advert, a press report) with a leak',
    )
    .argument('<id>', 'leak id')
    .argument('<counts>', 'CSV or TSV file: a country (code or name) and a count per line')
    .addOption(storeOption())
    .option('--json', 'JSON output', false)
    .action(async (id: string, counts: string, options: { store?: string; json: boolean }) => {
      const { runCompareCounts } = await import('./leaks.js');
      runCompareCounts(id, counts, options, leakIo());
    });

  program
    .command('compare-sample')
    .description(
      'match a sample of a dump against the leaks of the store, with a confidence interval',
    )
    .argument('<file>', 'one number per line (or the first field of CSV/TSV lines)')
    .option('--against <id>', 'one leak only (default: all)')
    .option('--all', 'every leak of the store (the default)')
    .addOption(new Option('-r, --region <XX>', 'default region for national numbers'))
    .addOption(storeOption())
    .option('--json', 'JSON output', false)
    .action(
      async (
        file: string,
        options: { store?: string; against?: string; region?: string; json: boolean },
      ) => {
        const { runCompareSample } = await import('./leaks.js');
        runCompareSample(file, options, leakIo());
      },
    );

  program
    .command('sql')
    .description('run DuckDB SQL over the store: a view per leak (rows.parquet) and a leaks table')
    .argument('<query>', 'SQL query, e.g. \'SELECT region, count(*) FROM "fb-2021" GROUP BY 1\'')
    .addOption(storeOption())
    .option('--json', 'one JSON object per row', false)
    .action(async (query: string, options: { store?: string; json: boolean }) => {
      const { runSqlCommand } = await import('./leaks.js');
      await runSqlCommand(query, options, leakIo());
    });
}

// stdin is opened only when a command reads it: an open stdin handle keeps the process alive.
function leakIo() {
  return {
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
  };
}

function storeOption(): Option {
  return new Option(
    '--store <dir>',
    'leak store directory (default: $RINGFENCE_STORE or the user data dir)',
  );
}

/** `synth`: a synthetic dump with a published leak's country mix. */
function addSynthCommand(program: Command): void {
  program
    .command('synth')
    .description(
      'write a synthetic dump (CSV, random numbers) with the per-country mix of a published leak, then its ground truth',
    )
    .option('--profile <name>', 'country mix to follow (facebook-2021)', 'facebook-2021')
    .option('--rows <n>', 'data rows, up to 1e9 (1_000_000 and 1e6 are accepted)', '1000000')
    .option('--seed <seed>', 'same seed and rows, same bytes', '1')
    .option(
      '-o, --out <file>',
      'write the CSV here (default: stdout; the summary then goes to stderr)',
    )
    .option('--json', 'print the summary as JSON', false)
    .action(
      async (options: {
        profile: string;
        rows: string;
        seed: string;
        out?: string;
        json: boolean;
      }) => {
        const { runSynth } = await import('./synth.js');
        await runSynth(
          { ...options, rows: Number(options.rows.replace(/_/g, '')) },
          { stdout: process.stdout, stderr: process.stderr },
        );
      },
    );
}

/** `message` and `call`: is it a scam? */
function addMessageCommands(program: Command): void {
  program
    .command('message')
    .description(
      'is this SMS or chat message a scam? Verdict, reasons and advice (exit 2 for a scam); with no text, JSON Lines on stdin ({"text","sender"?,"receivedAt"?}), one result per line',
    )
    .argument('[text]', 'the message text (default: JSON Lines on stdin)')
    .option('--sender <sender>', 'phone number or sender ID it came from')
    .option('--received <date>', 'when it was received (ISO 8601)')
    .option('-r, --region <XX>', "recipient's region (ISO 3166): national numbers and advice")
    .option('--json', 'print the result as JSON', false)
    .action(async (text: string | undefined, options: MessageCommandOptions) => {
      const { runMessage } = await import('./messages.js');
      await runMessage(text, options, {
        get stdin() {
          return process.stdin;
        },
        stdout: process.stdout,
        stderr: process.stderr,
      });
    });

  program
    .command('call')
    .description(
      'is this call a scam (vishing)? Judges the calling number and, if given, the transcript',
    )
    .requiredOption('--from <number>', 'the calling number as displayed')
    .option('--to <number>', 'the number called (yours)')
    .option('--transcript <file>', 'what was said, as text (- for stdin)')
    .option('--at <date>', 'when the call came (ISO 8601)')
    .option('-r, --region <XX>', "recipient's region (ISO 3166)")
    .option('--json', 'print the result as JSON', false)
    .action(async (options: CallCommandOptions) => {
      const { runCall } = await import('./messages.js');
      await runCall(options, {
        get stdin() {
          return process.stdin;
        },
        stdout: process.stdout,
        stderr: process.stderr,
      });
    });
}

/** `private key`, `private build`, `private status`: the private-check index of the store. */
function addPrivateCommands(program: Command): void {
  const group = program
    .command('private')
    .description('the private check: the server key and the index of the store (build, status)');

  group
    .command('key')
    .description('show the private-check key of the store (its id, never the secret), or create it')
    .option('--rotate', 'replace the key by a new one (the index must then be built again)', false)
    .addOption(storeOption())
    .option('--json', 'print the key id and path as JSON', false)
    .action(async (options: import('./private.js').PrivateKeyOptions) => {
      const { runPrivateKey } = await import('./private.js');
      runPrivateKey(options, { stdout: process.stdout, stderr: process.stderr });
    });

  group
    .command('build')
    .description(
      'build the private-check index of every leak of the store; run again to resume a stopped build or to catch up with the store',
    )
    .option('--workers <n>', 'threads (default: one per core)')
    .addOption(
      new Option('--oprf <provider>', 'OPRF implementation (default: sodium)').choices([
        'noble',
        'sodium',
      ]),
    )
    .addOption(storeOption())
    .option('--json', 'print the summary as one JSON object, no progress', false)
    .action(async (options: import('./private.js').PrivateBuildCommandOptions) => {
      const { runPrivateBuild } = await import('./private.js');
      await runPrivateBuild(options, { stdout: process.stdout, stderr: process.stderr });
    });

  group
    .command('status')
    .description('the state of the private-check index: key, built or not, buckets done')
    .addOption(storeOption())
    .option('--json', 'JSON output', false)
    .action(async (options: import('./private.js').PrivateStatusOptions) => {
      const { runPrivateStatus } = await import('./private.js');
      await runPrivateStatus(options, { stdout: process.stdout, stderr: process.stderr });
    });
}

/** `serve`: the HTTP API and the web app. */
function addServeCommands(program: Command): void {
  program
    .command('serve')
    .description(
      'run the HTTP API and the web app over the store (builds a missing private index in the background); flags override the --config file, which overrides the environment',
    )
    .option(
      '--config <file.json>',
      'configuration file (default: $RINGFENCE_CONFIG; docs/DEPLOY.md)',
    )
    .addOption(storeOption())
    .option('--host <address>', 'address to listen on (default 127.0.0.1)')
    .option('--port <n>', 'port to listen on (default 8080; 0: any free port, printed on stderr)')
    .option('--rate-limit <n>', 'private checks per minute per client address (default 60)')
    .option(
      '--analyse-rate-limit <n>',
      'message and call analyses per minute per client (default 120)',
    )
    .option('--reports-rate-limit <n>', 'reports and compares per minute per client (default 30)')
    .option(
      '--trust-proxy <proxies>',
      'behind a reverse proxy: true, or its addresses and CIDRs, comma-separated (client addresses for rate limits)',
    )
    .option('--metrics', 'serve Prometheus metrics at /metrics (the default)')
    .option('--no-metrics', 'serve no /metrics')
    .option(
      '--processes <n>',
      'server processes sharing the port (default 1); more than 1 needs Redis ($RINGFENCE_REDIS_URL)',
    )
    .action(async (options: import('./serve.js').ServeCommandOptions) => {
      const { runServe } = await import('./serve.js');
      const code = await runServe(options, { stderr: process.stderr });
      if (code !== 0) process.exitCode = code;
    });
}
