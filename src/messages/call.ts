/**
 * The call analyser: is this caller a vishing attempt? Evidence comes from the caller's number
 * (caller-signals.ts) and, when there is one, from what was said (transcript-signals.ts). A
 * number alone is rarely enough to call a scam: most signals here make a call "suspicious",
 * and the transcript decides. The verdict, reasons and advice are reached as for messages.
 */
import { adviceFor } from './advice.js';
import type { AnalyserDeps } from './analyse.js';
import { CALLER_REASONS, weighCaller } from './caller-signals.js';
import { Evidence } from './evidence.js';
import { TRANSCRIPT_REASONS, categoryOfCall, weighTranscript } from './transcript-signals.js';
import type { CallAnalysis, CallInput } from './types.js';
import { findUrls } from './urls.js';
import { judge, lacksReason, rankReasons } from './verdict.js';

/** Every reason code a call analysis can carry: the number's, the transcript's, and none. */
export const CALL_REASONS: readonly string[] = [
  ...CALLER_REASONS,
  ...TRANSCRIPT_REASONS,
  'NO_SCAM_SIGNALS',
];

/** Prior log-odds of a call being a scam before any evidence. */
const CALL_PRIOR = -3.5;

export function analyseCallWith(deps: AnalyserDeps, input: CallInput): CallAnalysis {
  const e = new Evidence(CALL_PRIOR);
  const { caller, region } = weighCaller(e, deps.engine, input);
  const transcript = input.transcript ?? '';
  const { cues, requests } = weighTranscript(e, transcript);
  const { score, verdict } = judge(e.total);
  if (lacksReason(e.reasons, verdict)) {
    // Said of what was judged: with weak signs found, not that nothing was.
    const weak = e.reasons.length > 0;
    const text =
      transcript === ''
        ? weak
          ? 'The other signs are weak on their own, and without a transcript only the number was judged.'
          : 'The number is valid and nothing about it matches known scam calls; without a transcript, only the number was judged.'
        : weak
          ? 'The other signs are too weak, on their own, to call this a scam.'
          : 'Nothing the caller said or the number matches known scam calls.';
    e.add('NO_SCAM_SIGNALS', 0, text, undefined, transcript === '' ? 'from' : 'transcript');
  }
  rankReasons(e.reasons);
  const category = categoryOfCall(cues);
  return {
    verdict,
    score,
    category,
    reasons: e.reasons,
    advice: adviceFor({
      verdict,
      category,
      hasLink: false,
      requests,
      recipientRegion: region ?? null,
      call: true,
    }),
    caller,
    indicators: {
      urls: transcript === '' ? [] : findUrls(transcript),
      phones: [],
      emails: [],
      requests,
    },
  };
}
