import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import { synthesise, type SynthOptions, type SynthSummary } from '../synth/index.js';
import { runSynth } from './synth.js';

async function generate(options: SynthOptions): Promise<{ text: string; summary: SynthSummary }> {
  const chunks: Uint8Array[] = [];
  const summary = await synthesise(options, (chunk) => {
    chunks.push(chunk);
  });
  return { text: Buffer.concat(chunks).toString('utf8'), summary };
}

describe('ringfence synth (CLI)', () => {
  function capture(): { stream: Writable; text: () => string } {
    const chunks: Buffer[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
    });
    return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
  }

  it('writes the file and prints the summary as JSON on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringfence-synth-'));
    try {
      const out = join(dir, 'dump.csv');
      const stdout = capture();
      const stderr = capture();
      await runSynth(
        { profile: 'facebook-2021', rows: 3000, seed: 'cli', out, json: true },
        { stdout: stdout.stream, stderr: stderr.stream },
      );
      const summary = JSON.parse(stdout.text()) as SynthSummary;
      const expected = await generate({ profile: 'facebook-2021', rows: 3000, seed: 'cli' });
      assert.equal(readFileSync(out, 'utf8'), expected.text);
      assert.deepEqual(summary, expected.summary);
      assert.equal(stderr.text(), '');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the data on stdout and the summary on stderr', async () => {
    const stdout = capture();
    const stderr = capture();
    await runSynth(
      { profile: 'facebook-2021', rows: 500, seed: 's', json: false },
      { stdout: stdout.stream, stderr: stderr.stream },
    );
    assert.equal(stdout.text().split('\n').length, 502);
    assert.match(stderr.text(), /500 rows/);
  });

  it('rejects an unknown profile with USAGE and a bad path with IO_ERROR', async () => {
    const io = { stdout: capture().stream, stderr: capture().stream };
    await assert.rejects(
      runSynth({ profile: 'nope', rows: 1, seed: '1', json: false }, io),
      (error) => isRingfenceError(error, 'USAGE'),
    );
    await assert.rejects(
      runSynth(
        { profile: 'facebook-2021', rows: 1, seed: '1', json: false, out: '/nonexistent/x.csv' },
        io,
      ),
      (error) => isRingfenceError(error, 'IO_ERROR'),
    );
  });
});
