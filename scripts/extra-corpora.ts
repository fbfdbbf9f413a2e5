/**
 * The public labelled corpora of ../shared/data/corpora/<id>/messages.jsonl (source, licence,
 * commit and label mapping in each folder's SOURCE.txt), read for the leave-one-corpus-out
 * measure as left-out test corpora only: nothing here enters the fitting of
 * data/message-model.bin. None are there yet: the folder is read when it exists.
 *
 * Each line is `{"text", "label": "ham" | "spam" | "smishing", "lang"}`; spam and smishing are
 * malicious, ham is benign.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, LabelledCase } from './leave-one-corpus-out.js';
import { keyOf, type SmsClass, type SmsItem } from './sms-corpus.js';

/** Display names of the corpora by folder; a folder not listed here is shown by its id. */
const NAMES: Readonly<Record<string, string>> = {
  'indian-payment-sms': 'Indian payment SMS (SplitEasy, synthetic hard negatives)',
};

interface Row {
  readonly text: string;
  readonly label: SmsClass;
  readonly lang: string;
}

export function loadExtraCorpora(dir: string): Corpus[] {
  if (!existsSync(dir)) return [];
  const corpora: Corpus[] = [];
  for (const id of readdirSync(dir).sort()) {
    const file = join(dir, id, 'messages.jsonl');
    if (!existsSync(file)) continue;
    const cases: LabelledCase[] = [];
    const byKey = new Map<string, SmsItem>();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as Row;
      const malicious = row.label !== 'ham';
      cases.push({
        input: { text: row.text },
        malicious,
        lang: row.lang,
        ...(malicious ? { part: `labelled ${row.label}` } : {}),
      });
      const key = keyOf(row.text);
      if (!byKey.has(key))
        byKey.set(key, { text: row.text, label: row.label, malicious, sources: [id], key });
    }
    corpora.push({ name: NAMES[id] ?? id, cases, items: [...byKey.values()], testOnly: true });
  }
  return corpora;
}
