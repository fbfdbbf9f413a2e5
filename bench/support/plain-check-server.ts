/**
 * The alternative the private check is measured against: a plain lookup service, as a naive
 * check site would run it (the number sent in the clear, looked up in the store's number sets),
 * on fastify like ours. Bench only: ringfence itself never offers this.
 *
 *   tsx bench/support/plain-check-server.ts <store>   (prints the address on stdout)
 */
import Fastify from 'fastify';
import { defaultPhoneEngine } from '../../src/phone/index.js';
import { LeakStore } from '../../src/store/index.js';

const store = new LeakStore(process.argv[2]!);
const engine = defaultPhoneEngine();
// Every leak's number set opened once and kept, as a service would.
const sets = store.names().map((name) => ({ name, set: store.numbers(name) }));
const app = Fastify({ logger: false });
app.post<{ Body: { e164: string } }>('/plain/check', (request) => {
  const parsed = engine.parse(request.body.e164);
  if (!parsed.ok) return { found: false, leaks: [] };
  const nsn = Number(parsed.nationalNumber);
  const leaks = sets
    .filter((s) => s.set.has(parsed.callingCode, parsed.nationalNumber.length, nsn))
    .map((s) => s.name);
  return { found: leaks.length > 0, leaks };
});
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${address}\n`);
