/**
 * Usage errors as the real CLI prints them: one line naming the fault, commander's suggestion and
 * the help to read, exit 64 (USAGE); with --json, the registry's JSON object; never the help.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'test/support/cli.ts', ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function usage(args: string[], line: string): void {
  const result = cli(args);
  assert.equal(result.status, 64, args.join(' '));
  assert.equal(result.stdout, '');
  assert.equal(result.stderr, `ringfence: USAGE: ${line}\n`, 'one line, no help');
}

describe('usage errors', () => {
  it('a mistyped option is named, with a suggestion, before a required option is missed', () => {
    usage(
      ['ingest', 'x.csv', '--nmae', 'x'],
      "unknown option '--nmae' (did you mean --name?); see ringfence ingest --help",
    );
    usage(
      ['phone', '+447400123456', '--regoin', 'GB'],
      "unknown option '--regoin' (did you mean --region?); see ringfence phone --help",
    );
  });

  it('a required option missing', () => {
    usage(
      ['ingest', 'x.csv'],
      "required option '--name <id>' not specified; see ringfence ingest --help",
    );
    usage(
      ['call', '--transcript', '-'],
      "required option '--from <number>' not specified; see ringfence call --help",
    );
  });

  it('an unknown command, with a suggestion, at the top and in a group', () => {
    usage(
      ['ingets', 'x.csv', '--name', 'x'],
      "unknown command 'ingets' (did you mean ingest?); see ringfence --help",
    );
    usage(
      ['private', 'biuld'],
      "unknown command 'biuld' (did you mean build?); see ringfence private --help",
    );
  });

  it('a value not among the choices, and an argument missing', () => {
    usage(
      ['report', 'x', '--format', 'xml'],
      "invalid value 'xml' for option '--format <format>': allowed choices are text, json, html; see ringfence report --help",
    );
    usage(['report'], "missing required argument 'id'; see ringfence report --help");
  });

  it('with --json: one JSON object with the same reason, and no help', () => {
    const result = cli(['ingest', 'x.csv', '--nmae', 'x', '--json']);
    assert.equal(result.status, 64);
    const reason = "unknown option '--nmae' (did you mean --name?); see ringfence ingest --help";
    assert.deepEqual(JSON.parse(result.stderr), {
      code: 'USAGE',
      message: `Invalid usage: ${reason}.`,
      details: { reason },
    });
  });

  it('help is still help: on stdout, exit 0', () => {
    const result = cli(['ingest', '--help']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: ringfence ingest \[options\] <input>/);
    assert.equal(result.stderr, '');
  });
});
