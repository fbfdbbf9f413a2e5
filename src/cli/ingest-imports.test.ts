import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The files a fresh process resolves when it imports `modules` (from src/, through tsx). */
function resolvedFiles(modules: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ringfence-imports-'));
  try {
    const hooks = join(dir, 'hooks.mjs');
    writeFileSync(
      hooks,
      `export async function resolve(specifier, context, next) {
        const result = await next(specifier, context);
        process.stderr.write('RESOLVED ' + result.url + '\\n');
        return result;
      }`,
    );
    const register = join(dir, 'register.mjs');
    writeFileSync(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify('file://' + hooks)});`,
    );
    const script = modules.map((m) => `await import(${JSON.stringify(join(root, m))});`).join('');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--import', register, '--input-type=module', '-e', script],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    return run.stderr
      .split('\n')
      .filter((line) => line.startsWith('RESOLVED file://'))
      .map((line) => line.slice('RESOLVED file://'.length));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the ingest command', () => {
  it('loads no zod before its threads start (80 to 110 ms of the main thread)', () => {
    const files = resolvedFiles(['src/cli/index.ts', 'src/cli/ingest.ts']);
    assert.ok(files.some((f) => f.endsWith('/src/ingest/ingest.ts')));
    assert.deepEqual(
      files.filter((f) => f.includes('/node_modules/zod/')),
      [],
    );
  });

  it('is what keeps zod out: the store that reads manifests loads it', () => {
    const files = resolvedFiles(['src/cli/context.ts']);
    assert.ok(files.some((f) => f.includes('/node_modules/zod/')));
  });
});
