/**
 * A throwaway Redis for tests: Debian's redis-server (scripts/setup-test-deps.sh installs it) on
 * 127.0.0.1 at a free port, in a temporary directory, with nothing saved to disk, killed and
 * removed by stop(). Loopback only, and protected mode stays on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestRedis {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** Ports are found free, then bound by redis-server: another process can take one in between. */
const ATTEMPTS = 5;

export async function startRedis(): Promise<TestRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'ringfence-redis-'));
  let lastError: unknown;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const port = await freePort();
    try {
      const child = await launch(dir, port);
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        async stop() {
          await kill(child);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      lastError = error;
    }
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`redis-server did not start in ${ATTEMPTS} attempts`, { cause: lastError });
}

/** A loopback port that was free a moment ago (nothing listens on it now). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** Resolves once redis-server says it accepts connections; rejects if it exits first. */
function launch(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    [
      '--bind',
      '127.0.0.1',
      '--port',
      String(port),
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'no',
      '--protected-mode',
      'yes',
      '--daemonize',
      'no',
      '--logfile',
      '',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: string): void => {
      output += chunk;
      if (output.includes('Ready to accept connections')) {
        child.stdout.off('data', onData);
        // Keep draining its log so that a full pipe never blocks it.
        child.stdout.resume();
        child.off('exit', onExit);
        resolve(child);
      }
    };
    const onExit = (code: number | null): void => {
      reject(new Error(`redis-server exited with ${code}: ${output}`));
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', (error) => {
      reject(
        new Error('redis-server cannot run: install it with bash scripts/setup-test-deps.sh', {
          cause: error,
        }),
      );
    });
    child.on('exit', onExit);
  });
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.on('exit', () => {
      resolve();
    });
    child.kill('SIGKILL');
  });
}
