/**
 * A thread for src/worker-pool.test.ts: answers each call with its id and thread. A call with
 * `peek` first takes the next message already waiting in the thread's port, if any, says so, and
 * answers that one too; `fail` answers with an error; `exit` ends the thread.
 */
import { parentPort, receiveMessageOnPort, threadId } from 'node:worker_threads';

export interface EchoRequest {
  readonly id: number;
  readonly peek?: boolean;
  readonly fail?: boolean;
  readonly exit?: boolean;
}

export interface EchoResponse {
  readonly id: number;
  readonly thread: number;
  /** With `peek`: whether the next call was already in the port. */
  readonly queued?: boolean;
  readonly error?: string;
}

function answer(request: EchoRequest): void {
  if (request.exit === true) process.exit(3);
  if (request.fail === true) {
    parentPort!.postMessage({ id: request.id, thread: threadId, error: 'asked to fail' });
    return;
  }
  if (request.peek === true) {
    const next = receiveMessageOnPort(parentPort!);
    parentPort!.postMessage({ id: request.id, thread: threadId, queued: next !== undefined });
    if (next !== undefined) answer(next.message as EchoRequest);
    return;
  }
  parentPort!.postMessage({ id: request.id, thread: threadId });
}

parentPort!.on('message', answer);
