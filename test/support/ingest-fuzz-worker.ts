/**
 * The thread of an ingest fuzz round (ingest-fuzz.ts, runRound): runs the cases it is sent, one
 * at a time, and answers each with its outcome or the property that failed. The round stops it
 * when a case passes its deadline.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  CaseEnv,
  PropertyFailure,
  checkCase,
  fuzzCase,
  type FromWorker,
  type ToWorker,
} from './ingest-fuzz.js';

const { seed, workDir } = workerData as { seed: number; workDir: string };
const env = new CaseEnv(workDir);
const port = parentPort!;

port.on('message', (request: ToWorker) => {
  void answer(request);
});
port.once('close', () => {
  env.close();
});

async function answer({ index, full }: ToWorker): Promise<void> {
  const started = performance.now();
  let message: FromWorker;
  try {
    const outcome = await checkCase(fuzzCase(seed, index), env, full);
    message = { index, outcome, ms: performance.now() - started };
  } catch (error) {
    message = {
      index,
      property: error instanceof PropertyFailure ? error.property : 'exception',
      message:
        error instanceof PropertyFailure
          ? error.detail
          : error instanceof Error
            ? (error.stack ?? error.message)
            : String(error),
      ms: performance.now() - started,
    };
  }
  port.postMessage(message);
}

const ready: FromWorker = { ready: true };
port.postMessage(ready);
