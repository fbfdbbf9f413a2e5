import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Counter, Histogram, Registry } from 'prom-client';
import { mergeExpositions } from './cluster-metrics.js';

/** A worker's registry with the shapes /metrics has: labelled and bare counters, a histogram. */
async function exposition(requests: number, checks: number, seconds: number[]): Promise<string> {
  const registry = new Registry();
  const counter = new Counter({
    name: 'ringfence_http_requests_total',
    help: 'HTTP requests answered.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const bare = new Counter({
    name: 'ringfence_private_checks_total',
    help: 'Private checks answered.',
    registers: [registry],
  });
  const histogram = new Histogram({
    name: 'ringfence_http_request_duration_seconds',
    help: 'Durations.',
    labelNames: ['route'] as const,
    buckets: [0.01, 0.1],
    registers: [registry],
  });
  counter.inc({ method: 'POST', route: '/v1/private/check', status: '200' }, requests);
  bare.inc(checks);
  for (const s of seconds) histogram.observe({ route: '/v1/private/check' }, s);
  return registry.metrics();
}

/** Sample lines of a family (its name, or name_bucket etc.), by their full text. */
function samples(text: string, prefix: string): string[] {
  return text.split('\n').filter((line) => line.startsWith(prefix));
}

describe('mergeExpositions', () => {
  it('labels every sample with its worker and keeps each family together, once', async () => {
    const merged = mergeExpositions([
      { worker: 1, text: await exposition(3, 2, [0.005]) },
      { worker: 2, text: await exposition(4, 0, [0.05, 0.5]) },
    ]);
    const lines = merged.split('\n');
    for (const name of [
      'ringfence_http_requests_total',
      'ringfence_private_checks_total',
      'ringfence_http_request_duration_seconds',
    ]) {
      assert.equal(lines.filter((l) => l.startsWith(`# HELP ${name} `)).length, 1, name);
      assert.equal(lines.filter((l) => l.startsWith(`# TYPE ${name} `)).length, 1, name);
    }
    assert.deepEqual(samples(merged, 'ringfence_http_requests_total'), [
      'ringfence_http_requests_total{method="POST",route="/v1/private/check",status="200",worker="1"} 3',
      'ringfence_http_requests_total{method="POST",route="/v1/private/check",status="200",worker="2"} 4',
    ]);
    assert.deepEqual(samples(merged, 'ringfence_private_checks_total'), [
      'ringfence_private_checks_total{worker="1"} 2',
      'ringfence_private_checks_total{worker="2"} 0',
    ]);
    assert.deepEqual(samples(merged, 'ringfence_http_request_duration_seconds_count'), [
      'ringfence_http_request_duration_seconds_count{route="/v1/private/check",worker="1"} 1',
      'ringfence_http_request_duration_seconds_count{route="/v1/private/check",worker="2"} 2',
    ]);
    assert.ok(
      merged.includes(
        'ringfence_http_request_duration_seconds_bucket{le="0.1",route="/v1/private/check",worker="2"} 1',
      ),
      merged,
    );
    // Every sample of a family sits right after its header and before the next family's.
    const types = lines.flatMap((l, i) => (l.startsWith('# TYPE ') ? [i] : []));
    for (const [k, at] of types.entries()) {
      const family = lines[at]!.split(' ')[2]!;
      const end = types[k + 1] === undefined ? lines.length : types[k + 1]! - 1;
      for (const line of lines.slice(at + 1, end))
        if (line !== '') assert.ok(line.startsWith(family), `${line} outside ${family}`);
    }
  });

  it('answers an empty exposition when no worker answered', () => {
    assert.equal(mergeExpositions([]), '\n');
  });
});
