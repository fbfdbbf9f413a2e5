/**
 * The labelled SMS data of ../shared/data/sms, read and de-duplicated for training and
 * evaluation (build-time only; nothing here ships in the runtime path).
 *
 * - UCI SMS Spam Collection v.1 (Almeida, Gomez Hidalgo, Yamakami 2011): `label<TAB>text`,
 *   labels ham / spam.
 * - SMS Phishing Dataset (Mishra & Soni, Mendeley Data 2022, CC BY 4.0): CSV
 *   LABEL,TEXT,URL,EMAIL,PHONE, labels ham / spam / smishing in varying case.
 *
 * 361 smishing rows of the second set are word-for-word UCI spam, and both sets repeat texts
 * within themselves, so texts are de-duplicated within and across the sets on a normalised key
 * (NFKC, lower case, whitespace collapsed). A key seen with both a benign and a malicious label
 * is dropped as ambiguous; a key seen as spam and as smishing keeps smishing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hardNegatives } from './hard-negatives.js';
import { everydayMessages } from './everyday-messages.js';
import { projectScams } from './project-scams.js';

export type SmsClass = 'ham' | 'spam' | 'smishing';

export interface SmsItem {
  readonly text: string;
  readonly label: SmsClass;
  readonly malicious: boolean;
  /** Which sets held the text: `uci`, `mishra`, the project's templates (see below). */
  readonly sources: readonly string[];
  /** ISO 639-1 language of the text (`en` for the two SMS sets). */
  readonly lang: string;
  /** Stable hash of the normalised text: decides folds and the held-out part. */
  readonly key: string;
}

export interface SmsCorpus {
  readonly items: readonly SmsItem[];
  readonly read: {
    readonly uci: number;
    readonly mishra: number;
    readonly hardNegatives: number;
    readonly projectScams: number;
  };
  readonly duplicatesWithin: number;
  readonly duplicatesAcross: number;
  readonly conflicting: number;
}

export const CORPUS_CITATION = [
  'SMS Spam Collection v.1: Almeida, T.A., Gomez Hidalgo, J.M., Yamakami, A. (2011), DocEng 2011, doi:10.1145/2034691.2034742 (free for all purposes)',
  'SMS Phishing Dataset: Mishra, S., Soni, D. (2022), Mendeley Data, doi:10.17632/f45bkkt8pr.1 (CC BY 4.0)',
];

/** Minimal RFC 4180 reader: quoted fields may hold commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

export function normaliseKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function loadSmsCorpus(dataDir: string): SmsCorpus {
  const raw: { text: string; label: SmsClass; source: string; lang: string }[] = [];
  const uci = readFileSync(join(dataDir, 'sms/uci-sms-spam/SMSSpamCollection'), 'utf8');
  let uciCount = 0;
  for (const line of uci.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const label = line.slice(0, tab);
    if (label !== 'ham' && label !== 'spam') throw new Error(`UCI: unknown label ${label}`);
    raw.push({ text: line.slice(tab + 1), label, source: 'uci', lang: 'en' });
    uciCount++;
  }
  const mishra = readFileSync(join(dataDir, 'sms/mishra-soni-smishing/Dataset_5971.csv'), 'utf8');
  let mishraCount = 0;
  for (const row of parseCsv(mishra).slice(1)) {
    if (row.length < 2) continue;
    const label = row[0]!.trim().toLowerCase();
    if (label !== 'ham' && label !== 'spam' && label !== 'smishing')
      throw new Error(`Mishra-Soni: unknown label ${label}`);
    raw.push({ text: row[1]!, label, source: 'mishra', lang: 'en' });
    mishraCount++;
  }
  // The project's own templates, both classes in every language (legitimate notices alone in a
  // language would teach the model that the language itself is benign, and family words only in
  // scams that family talk is a scam): hard negatives (scripts/hard-negatives.ts), scams
  // (scripts/project-scams.ts) and everyday personal messages (scripts/everyday-messages.ts).
  // English ones are corpora of their own; the 15 other languages form one, project-multilingual.
  const addTemplates = (
    texts: readonly { text: string; lang: string }[],
    label: SmsClass,
    english: string,
  ): void => {
    for (const t of texts)
      raw.push({
        text: t.text,
        label,
        source: t.lang === 'en' ? english : 'project-multilingual',
        lang: t.lang,
      });
  };
  const hard = hardNegatives();
  const scams = projectScams();
  const everyday = everydayMessages();
  addTemplates(hard, 'ham', 'hard-negatives');
  addTemplates(scams, 'smishing', 'project-scams');
  addTemplates(everyday, 'ham', 'hard-negatives');
  const byKey = new Map<
    string,
    { text: string; labels: Set<SmsClass>; sources: Set<string>; lang: string }
  >();
  let duplicatesWithin = 0;
  let duplicatesAcross = 0;
  for (const r of raw) {
    const key = normaliseKey(r.text);
    if (key === '') continue;
    const seen = byKey.get(key);
    if (seen === undefined) {
      byKey.set(key, {
        text: r.text,
        labels: new Set([r.label]),
        sources: new Set([r.source]),
        lang: r.lang,
      });
      continue;
    }
    if (seen.sources.has(r.source)) duplicatesWithin++;
    else duplicatesAcross++;
    seen.labels.add(r.label);
    seen.sources.add(r.source);
  }
  const items: SmsItem[] = [];
  let conflicting = 0;
  for (const [key, v] of byKey) {
    const malicious = v.labels.has('spam') || v.labels.has('smishing');
    if (malicious && v.labels.has('ham')) {
      conflicting++;
      continue;
    }
    const label: SmsClass = v.labels.has('smishing') ? 'smishing' : malicious ? 'spam' : 'ham';
    items.push({
      text: v.text,
      label,
      malicious,
      sources: [...v.sources].sort(),
      lang: v.lang,
      key: createHash('sha256').update(key).digest('hex').slice(0, 16),
    });
  }
  // A stable order that does not depend on the files' order.
  items.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return {
    items,
    read: {
      uci: uciCount,
      mishra: mishraCount,
      hardNegatives: hard.length + everyday.length,
      projectScams: scams.length,
    },
    duplicatesWithin,
    duplicatesAcross,
    conflicting,
  };
}

/**
 * Splits off the held-out part (about `share` of each class, chosen by key) and assigns the rest
 * to `folds` stratified folds: items of each class are dealt round-robin in key order.
 */
export function splitCorpus(
  items: readonly SmsItem[],
  folds: number,
  share = 0.2,
): { heldOut: SmsItem[]; folds: SmsItem[][] } {
  const heldOut: SmsItem[] = [];
  const out: SmsItem[][] = Array.from({ length: folds }, () => []);
  const dealt = new Map<SmsClass, number>();
  for (const item of items) {
    if (parseInt(item.key.slice(0, 8), 16) / 0x100000000 < share) {
      heldOut.push(item);
      continue;
    }
    const n = dealt.get(item.label) ?? 0;
    dealt.set(item.label, n + 1);
    out[n % folds]!.push(item);
  }
  return { heldOut, folds: out };
}

/** The key `loadSmsCorpus` gives a text: for labelled texts from elsewhere (the fixtures). */
export function keyOf(text: string): string {
  return createHash('sha256').update(normaliseKey(text)).digest('hex').slice(0, 16);
}
