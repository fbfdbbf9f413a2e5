/**
 * Times `ringfence phone --json` against the equivalent stream over libphonenumber-js
 * (bench/libphonenumber-stream.ts) on one file of mixed-format numbers (scripts/make-phone-lines.ts,
 * written to a temporary directory and deleted afterwards), and reports wall time, the ratio and
 * each process's peak RSS:
 *
 *   node bin/ringfence.js phone --json < FILE > /dev/null
 *   node --import tsx bench/libphonenumber-stream.ts < FILE > /dev/null
 *
 * Peak RSS comes from `/usr/bin/time -v` when present, else from process.resourceUsage() printed
 * by a preloaded exit hook. Before timing, both commands run on the first 10,000 lines and their
 * outputs are compared, so that a fast but wrong command cannot pass unnoticed.
 *
 * `--e164` writes E.164 lines only (the comparison issue 17 sets: a dump already normalised).
 * `--threads N` is passed to `ringfence phone` (default: its own, one thread), and
 * `--threads 1,2` times each count in turn, against the same libphonenumber-js run.
 *
 *   npm run build && npx tsx bench/phone-cli.ts [--lines 1000000] [--runs 1] [--seed 1] [--file F]
 *     [--e164] [--threads N[,N...]]
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
  readFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateInputs } from '../test/support/phone-corpus.js';

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    file: { type: 'string' },
    keep: { type: 'boolean', default: false },
    e164: { type: 'boolean', default: false },
    threads: { type: 'string' },
  },
});

const root = fileURLToPath(new URL('..', import.meta.url));
const LINES = Number(values.lines);
const RUNS = Number(values.runs);
const SAMPLE_LINES = 10_000;
const TIME = '/usr/bin/time';
const haveTime = existsSync(TIME);

if (!existsSync(join(root, 'dist/cli/index.js'))) {
  console.error('dist/cli/index.js is missing: run `npm run build` first.');
  process.exit(1);
}

const RSS_HOOK =
  '--import=data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss_kb="+process.resourceUsage().maxRSS+"\\n"))';

interface Command {
  readonly name: string;
  readonly args: readonly string[];
}

const THREADS = values.threads === undefined ? [undefined] : values.threads.split(',');
const OURS: readonly Command[] = THREADS.map((n) => ({
  name: n === undefined ? 'ringfence phone --json' : `ringfence phone --json --threads ${n}`,
  args: ['bin/ringfence.js', 'phone', '--json', ...(n === undefined ? [] : ['--threads', n])],
}));
const THEIRS: Command = {
  name: 'libphonenumber-js stream',
  args: ['--import', 'tsx', 'bench/libphonenumber-stream.ts'],
};
const COMMANDS: readonly Command[] = [...OURS, THEIRS];

interface Run {
  readonly seconds: number;
  readonly maxRssKb: number | null;
}

/** Runs `node args` with stdin from `input` and stdout to `output` (a path). */
function run(command: Command, input: string, output: string): Run {
  const stdin = openSync(input, 'r');
  const stdout = openSync(output, 'w');
  const [file, args] = haveTime
    ? [TIME, ['-v', process.execPath, ...command.args]]
    : [process.execPath, [RSS_HOOK, ...command.args]];
  const started = performance.now();
  const result = spawnSync(file, args, {
    cwd: root,
    stdio: [stdin, stdout, 'pipe'],
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - started) / 1000;
  closeSync(stdin);
  closeSync(stdout);
  const stderr = result.stderr.toString();
  if (result.status !== 0) {
    throw new Error(`${command.name} exited with ${result.status}:\n${stderr.slice(-2000)}`);
  }
  const rss = haveTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
    : /maxrss_kb=(\d+)/.exec(stderr);
  return { seconds, maxRssKb: rss === null ? null : Number(rss[1]) };
}

interface OutputLine {
  input?: string;
  e164?: string;
  valid?: boolean;
  possible?: boolean;
  region?: string | null;
  type?: string | null;
  error?: { code?: string };
}

/** Field agreement between two JSON-lines outputs of the same input. */
function compareOutputs(a: string, b: string): string {
  const la = a.trimEnd().split('\n');
  const lb = b.trimEnd().split('\n');
  if (la.length !== lb.length) return `line counts differ: ${la.length} vs ${lb.length}`;
  let same = 0;
  let sameInput = 0;
  let read = 0;
  let sameWhereRead = 0;
  for (let i = 0; i < la.length; i++) {
    const x = JSON.parse(la[i]!) as OutputLine;
    const y = JSON.parse(lb[i]!) as OutputLine;
    if (x.input === y.input) sameInput++;
    const key = (o: OutputLine): string =>
      o.error !== undefined
        ? `error ${o.error.code}`
        : `${o.e164} ${o.valid} ${o.possible} ${o.region} ${o.type}`;
    const agree = key(x) === key(y);
    if (agree) same++;
    if (y.error === undefined) {
      read++;
      if (agree) sameWhereRead++;
    }
  }
  const pct = (n: number, of: number): string => `${((n / of) * 100).toFixed(2)}%`;
  // libphonenumber-js cannot read digits without + or region, a full-width +, Devanagari digits
  // or Excel notation: on those lines the answers differ by design.
  return (
    `${la.length} lines each, same input echoed on ${pct(sameInput, la.length)}, ` +
    `same answer on ${pct(same, la.length)} of all lines and on ${pct(sameWhereRead, read)} of the ` +
    `${read} lines libphonenumber-js reads`
  );
}

const dir = mkdtempSync(join(tmpdir(), 'ringfence-phone-cli-'));
try {
  const file = values.file ?? join(dir, 'phones.txt');
  if (values.file === undefined && values.e164) {
    const out: string[] = [];
    for (const item of generateInputs({
      seed: Number(values.seed),
      count: LINES,
      formats: ['e164'],
    }))
      out.push(item.input);
    writeFileSync(file, `${out.join('\n')}\n`);
  } else if (values.file === undefined) {
    const made = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/make-phone-lines.ts',
        String(LINES),
        file,
        '--seed',
        values.seed,
      ],
      { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (made.status !== 0) throw new Error('make-phone-lines failed');
  }
  const lines = readFileSync(file, 'utf8');
  const total = lines.length === 0 ? 0 : lines.trimEnd().split('\n').length;

  // Same work? Compare both outputs on a sample.
  const sample = join(dir, 'sample.txt');
  writeFileSync(sample, lines.split('\n').slice(0, SAMPLE_LINES).join('\n') + '\n');
  const outputs = [OURS[0]!, THEIRS].map((c, i) => {
    const out = join(dir, `sample-${i}.jsonl`);
    run(c, sample, out);
    return readFileSync(out, 'utf8');
  });
  const agreement = compareOutputs(outputs[0]!, outputs[1]!);

  const results = COMMANDS.map((c) => {
    const runs: Run[] = [];
    for (let r = 0; r < RUNS; r++) runs.push(run(c, file, '/dev/null'));
    runs.sort((a, b) => a.seconds - b.seconds);
    const median = runs[runs.length >> 1]!;
    const peak = Math.max(...runs.map((x) => x.maxRssKb ?? 0));
    return { name: c.name, seconds: median.seconds, maxRssKb: peak > 0 ? peak : null };
  });

  const theirs = results[results.length - 1]!;
  const mb = (kb: number | null): string => (kb === null ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}`);
  console.log(
    `input: ${total.toLocaleString('en-US')} lines (${(lines.length / 1e6).toFixed(1)} MB), ${values.e164 ? 'E.164' : 'mixed formats without default region'}`,
  );
  console.log(`sample check (first ${SAMPLE_LINES.toLocaleString('en-US')} lines): ${agreement}`);
  console.log(
    `peak RSS from: ${haveTime ? '/usr/bin/time -v' : 'process.resourceUsage() exit hook'}; median of ${RUNS} run(s)\n`,
  );
  console.log('| command | wall time | lines/s | peak RSS |');
  console.log('|---|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.name} | ${r.seconds.toFixed(2)} s | ${Math.round(total / r.seconds).toLocaleString('en-US')} | ${mb(r.maxRssKb)} |`,
    );
  }
  console.log('');
  for (const ours of results.slice(0, -1)) {
    console.log(
      `ratio (libphonenumber-js / ${ours.name} wall time): ${(theirs.seconds / ours.seconds).toFixed(1)}x`,
    );
  }
} finally {
  if (values.keep) console.error(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
