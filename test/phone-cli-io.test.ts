/**
 * `ringfence phone --json` as a process, on the ways its input and output are wired: a file on
 * stdin is read without a stream and a file on stdout written without one, which must give the
 * bytes that pipes give; a reader that goes away early (`| head`) ends it quietly.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const CLI = ['--import', 'tsx', 'test/support/cli.ts', 'phone', '--json'];
const dir = mkdtempSync(join(tmpdir(), 'ringfence-phone-io-'));
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

/**
 * E.164 lines, other formats, CRLF, and lines longer than the 1 MiB a file is read by, the first
 * of them at the very start (a first read without a line end).
 */
function input(): Buffer {
  const lines: string[] = [`+4478${'1'.repeat(3 << 19)}`];
  for (let i = 0; i < 30_000; i++) lines.push(`+4477009${String(i).padStart(5, '0')}`);
  lines.push('x'.repeat(3 << 20), '+12015550123\r', '07700 900123', '"+33 6 12 34 56 78"');
  for (let i = 0; i < 30_000; i++) lines.push(`+1201555${String(i % 10_000).padStart(4, '0')}`);
  lines.push(`+4477${'9'.repeat(3 << 19)}`);
  return Buffer.from(`${lines.join('\n')}\n+447700900999`); // no newline at the end
}

describe('ringfence phone --json, wired to files and pipes', () => {
  const data = input();
  const inFile = join(dir, 'in.txt');
  writeFileSync(inFile, data);

  it('writes the same bytes from a file to a file as from a pipe to a pipe', () => {
    const piped = spawnSync(process.execPath, CLI, { input: data, maxBuffer: 1 << 28 });
    assert.equal(piped.status, 0, piped.stderr.toString());
    const outFile = join(dir, 'out.jsonl');
    const stdin = openSync(inFile, 'r');
    const stdout = openSync(outFile, 'w');
    const filed = spawnSync(process.execPath, CLI, { stdio: [stdin, stdout, 'pipe'] });
    closeSync(stdin);
    closeSync(stdout);
    assert.equal(filed.status, 0, filed.stderr.toString());
    const written = readFileSync(outFile);
    assert.equal(written.toString().split('\n').length, 60_007 + 1); // a record per line
    assert.ok(written.equals(piped.stdout), 'byte-identical');
    // A file in, a pipe out, and the other way round.
    const mixed = spawnSync(process.execPath, CLI, {
      stdio: [openSync(inFile, 'r'), 'pipe', 'pipe'],
      maxBuffer: 1 << 28,
    });
    assert.ok(mixed.stdout.equals(piped.stdout), 'file in, pipe out');
  });

  it('ends quietly, with status 0, when its reader stops reading', async () => {
    const child = spawn(process.execPath, CLI, { stdio: [openSync(inFile, 'r'), 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `| head -1`: take the first bytes, then close the pipe.
    await new Promise<void>((resolve) =>
      child.stdout!.once('data', () => {
        resolve();
      }),
    );
    child.stdout!.destroy();
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(status, 0);
  });

  it('stops with IO_ERROR when stdout cannot be written (a full disk)', () => {
    const full = openSync('/dev/full', 'w');
    const result = spawnSync(process.execPath, CLI, {
      stdio: [openSync(inFile, 'r'), full, 'pipe'],
    });
    closeSync(full);
    assert.equal(result.status, 74, result.stderr.toString());
    assert.match(result.stderr.toString(), /IO_ERROR/);
  });
});
