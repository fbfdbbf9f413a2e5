/**
 * Builds data/message-model.bin: the text model of the message analyser, trained on both SMS
 * sets of ../shared/data (de-duplicated within and across the sets, see sms-corpus.ts) and
 * calibrated together with the rule signals on out-of-fold predictions. Deterministic: the same
 * data gives the same bytes, which `npm run check:drift` verifies.
 *
 *   npx tsx scripts/train-message-model.ts [--data ../shared/data]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { encodeTextModel } from '../src/messages/text-model.js';
import { defaultPhoneEngine } from '../src/phone/index.js';
import { fitAnalyser, TRAIN_OPTIONS } from './message-model-fit.js';
import { CORPUS_CITATION, loadSmsCorpus, splitCorpus } from './sms-corpus.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { data: { type: 'string', default: join(root, '..', 'shared', 'data') } },
});
const corpus = loadSmsCorpus(values.data);
const { folds } = splitCorpus(corpus.items, 5, 0);
const malicious = corpus.items.filter((i) => i.malicious).length;
const meta = {
  data: CORPUS_CITATION,
  samples: { benign: corpus.items.length - malicious, malicious },
  corpus: {
    read: corpus.read,
    duplicatesWithin: corpus.duplicatesWithin,
    duplicatesAcross: corpus.duplicatesAcross,
    conflicting: corpus.conflicting,
  },
  training: TRAIN_OPTIONS,
};
const { trained, calibration, model } = fitAnalyser(defaultPhoneEngine(), folds, meta);
// model.meta: the citation and counts above, the calibration and the familiarity section.
const bytes = encodeTextModel(trained.config, trained.weights, trained.bias, model.meta);
const out = join(root, 'data', 'message-model.bin');
writeFileSync(out, bytes);
console.log(
  `data/message-model.bin: ${bytes.length} bytes; ${corpus.items.length} distinct texts (${malicious} malicious); calibration ${JSON.stringify(calibration)}; familiarity ramp ${model.meta.familiarity?.low ?? '-'} to ${model.meta.familiarity?.high ?? '-'}`,
);
