/**
 * A `ringfence phone` thread (see phone-threads.ts): receives chunks of whole stdin lines and
 * returns their output as bytes, formatted by the same code as the main thread (lineFormatter),
 * so that the output does not depend on where the input was cut or which thread formatted it.
 */
import { parentPort } from 'node:worker_threads';
import { defaultPhoneEngine } from '../phone/index.js';
import { lineFormatter } from './phone.js';

/** `ready` answers once the engine is loaded (the thread is warm); `lines` formats a chunk. */
export type PhoneWorkerRequest =
  | { readonly id: number; readonly kind: 'ready' }
  | {
      readonly id: number;
      readonly kind: 'lines';
      readonly bytes: Uint8Array;
      /** Default region index (engine.regionIndex), -1 for none. */
      readonly region: number;
      readonly json: boolean;
    };

export type PhoneWorkerResponse =
  | { readonly id: number; readonly output: Uint8Array }
  | { readonly id: number; readonly error: string };

const engine = defaultPhoneEngine();
const formatters = new Map<string, ReturnType<typeof lineFormatter>>();

parentPort?.on('message', (request: PhoneWorkerRequest) => {
  try {
    if (request.kind === 'ready') {
      parentPort!.postMessage({ id: request.id, output: new Uint8Array(0) });
      return;
    }
    const key = `${request.region} ${request.json}`;
    let format = formatters.get(key);
    if (format === undefined) {
      format = lineFormatter(engine, request.region, request.json);
      formatters.set(key, format);
    }
    const input = request.bytes;
    const formatted = format(Buffer.from(input.buffer, input.byteOffset, input.length));
    let output = typeof formatted === 'string' ? Buffer.from(formatted, 'utf8') : formatted;
    // Small buffers may sit in Buffer's shared pool, which cannot be transferred.
    if (output.buffer.byteLength <= 1 << 16) output = new Uint8Array(output);
    const response: PhoneWorkerResponse = { id: request.id, output };
    parentPort!.postMessage(response, [output.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({
      id: request.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
