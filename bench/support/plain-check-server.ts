/**
 * The alternative the private check is measured against: a plain lookup service, as a naive
 * check site would run it (the number sent in the clear, looked up in the store's number sets),
 * on fastify like ours. Bench only: ringfence itself never offers this.
 *
 *   tsx bench/support/plain-check-server.ts <store>   (prints the address on stdout)
 */
import Fastify from 'fastify';
import { checkNumber } from '../../src/analysis/index.js';
import { defaultPhoneEngine } from '../../src/phone/index.js';
import { LeakStore } from '../../src/store/index.js';

const store = new LeakStore(process.argv[2]!);
const engine = defaultPhoneEngine();
const app = Fastify({ logger: false });
app.post<{ Body: { e164: string } }>('/plain/check', (request) => {
  const result = checkNumber(store, engine, request.body.e164);
  return { found: result.leaks.length > 0, leaks: result.leaks.map((l) => l.name) };
});
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${address}\n`);
