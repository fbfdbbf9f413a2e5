/**
 * Two leaks ingested for real from synthetic dumps, for the page suites: A is a
 * Facebook-2021-like dump (every country of the profile, junk rows, duplicates); B keeps 70% of
 * A's rows and adds a dump of its own, so the two overlap in part.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { LeakStore } from '../../src/store/index.js';
import { synthesise } from '../../src/synth/index.js';

export interface SynthLeaks {
  readonly store: LeakStore;
  readonly a: { readonly name: string; readonly title: string; readonly breachDate: string };
  readonly b: { readonly name: string; readonly title: string; readonly breachDate: string };
  /** Removes the dumps and the store. */
  dispose(): void;
}

async function synthLines(seed: string, rows: number): Promise<string[]> {
  const parts: Buffer[] = [];
  await synthesise(
    { profile: 'facebook-2021', rows, seed },
    (c) => void parts.push(Buffer.from(c)),
  );
  return Buffer.concat(parts)
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '');
}

/** `rows` rows in A (60,000 give all 106 countries of the profile). */
export async function synthLeaks(rows = 60_000): Promise<SynthLeaks> {
  const dir = mkdtempSync(join(tmpdir(), 'ringfence-pages-'));
  const a = {
    name: 'facebook-2021',
    title: 'Facebook 2021 scrape (synthetic)',
    breachDate: '2019-08',
  };
  const b = {
    name: 'whatsapp-2022',
    title: 'WhatsApp 2022 sale (synthetic)',
    breachDate: '2022-11-16',
  };
  const linesA = await synthLines('pages-a', rows);
  const extra = (await synthLines('pages-b', Math.round(rows / 4))).slice(1);
  writeFileSync(join(dir, 'a.csv'), linesA.join('\n') + '\n');
  writeFileSync(
    join(dir, 'b.csv'),
    [...linesA.slice(0, Math.round(rows * 0.7) + 1), ...extra].join('\n') + '\n',
  );
  const store = join(dir, 'store');
  for (const [leak, file] of [
    [a, 'a.csv'],
    [b, 'b.csv'],
  ] as const)
    await ingest({
      input: join(dir, file),
      name: leak.name,
      title: leak.title,
      breachDate: leak.breachDate,
      source: 'ringfence synth --profile facebook-2021',
      store,
      rows: false,
    });
  return {
    store: new LeakStore(store),
    a,
    b,
    dispose: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
