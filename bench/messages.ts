/**
 * Message analyser speed: time per message of `analyseMessage` against a linkifyjs + tldts pass
 * alone (find the links, parse each host), the floor of any URL-aware analyser, over the same
 * messages in the same run. Messages: the de-duplicated shared SMS data and the golden sets.
 *
 *   npm run bench:messages [-- --rounds 5]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as linkify from 'linkifyjs';
import { parse as parseHost } from 'tldts';
import { analyseMessage } from '../src/messages/index.js';
import { loadSmsCorpus } from '../scripts/sms-corpus.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(root, '..', 'shared', 'data') },
    rounds: { type: 'string', default: '5' },
  },
});

const texts = loadSmsCorpus(values.data).items.map((i) => i.text);
for (const file of ['messages-golden.jsonl', 'messages-holdout.jsonl']) {
  const path = join(root, 'test', 'fixtures', file);
  if (!existsSync(path)) continue;
  for (const line of readFileSync(path, 'utf8').split('\n'))
    if (line.trim() !== '') texts.push((JSON.parse(line) as { text: string }).text);
}

function perMessage(run: (text: string) => unknown): { median: number; p99: number; mean: number } {
  const times = new Float64Array(texts.length * Number(values.rounds));
  let k = 0;
  let sink = 0;
  for (let round = 0; round < Number(values.rounds); round++)
    for (const text of texts) {
      const t0 = process.hrtime.bigint();
      const r = run(text);
      times[k++] = Number(process.hrtime.bigint() - t0) / 1000;
      if (r !== undefined) sink++;
    }
  if (sink < 0) console.log(sink);
  times.sort();
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  return {
    median: times[times.length >> 1]!,
    p99: times[Math.floor(times.length * 0.99)]!,
    mean,
  };
}

function floorPass(text: string): number {
  let n = 0;
  for (const link of linkify.find(text, 'url')) {
    const host = parseHost(link.href);
    if (host.domain !== null) n++;
  }
  return n;
}

// Warm both up (first calls load the metadata, the model and compile the phrase lists).
for (const text of texts.slice(0, 2000)) {
  analyseMessage({ text });
  floorPass(text);
}
const floor = perMessage(floorPass);
const ours = perMessage((text) => analyseMessage({ text }));
const fmt = (x: number): string => `${x.toFixed(1)} µs`;
console.log(`${texts.length} messages × ${values.rounds} rounds`);
console.log('| pass | median | p99 | mean |');
console.log('| --- | ---: | ---: | ---: |');
console.log(
  `| linkifyjs find + tldts parse | ${fmt(floor.median)} | ${fmt(floor.p99)} | ${fmt(floor.mean)} |`,
);
console.log(
  `| ringfence analyseMessage | ${fmt(ours.median)} | ${fmt(ours.p99)} | ${fmt(ours.mean)} |`,
);
console.log(
  `analyseMessage median is ${(ours.median / floor.median).toFixed(2)}x the linkify+tldts floor; goal: median under 200 µs (${ours.median < 200 ? 'met' : 'not met'})`,
);
