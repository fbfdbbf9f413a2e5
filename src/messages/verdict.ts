/**
 * From evidence to a verdict, the same for messages and calls: the summed log-odds become a
 * probability, the probability a verdict, and the reasons are put in the order a reader needs.
 */
import type { Reason, Verdict } from './types.js';

/** Probability at or above which a message is called a scam, and suspicious. */
export const SCAM_AT = 0.8;
export const SUSPICIOUS_AT = 0.5;

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function verdictOf(score: number): Verdict {
  return score >= SCAM_AT ? 'scam' : score >= SUSPICIOUS_AT ? 'suspicious' : 'ok';
}

export function judge(logOdds: number): { score: number; verdict: Verdict } {
  const score = sigmoid(logOdds);
  return { score, verdict: verdictOf(score) };
}

/**
 * True when the reasons leave the verdict unexplained: there are none, or the verdict is "ok"
 * and every reason counted against it, which would leave the reader asking why it passed.
 */
export function lacksReason(reasons: readonly Reason[], verdict: Verdict): boolean {
  return reasons.length === 0 || (verdict === 'ok' && reasons.every((r) => r.weight > 0));
}

/** Strongest evidence first, whichever way it points; the sort is stable, so ties keep the order found. */
export function rankReasons(reasons: Reason[]): void {
  reasons.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
}
