/**
 * What the message analyser reads in a message before it weighs anything: the links, e-mail
 * addresses, cues and brand names in the text. Each step after this one weighs part of it.
 */
import { brandsNamedIn } from './brands.js';
import { findEmails, overlaps } from './contacts.js';
import { findCues } from './lexicon.js';
import { foldSameLength } from './patterns.js';
import { findUrls } from './urls.js';
import type {
  Brand,
  Cue,
  CueMatch,
  EmailIndicator,
  MessageInput,
  Span,
  UrlIndicator,
} from './types.js';

/** Longest text analysed; the rest is ignored (real messages are far shorter). */
export const MAX_TEXT = 10_000;

export interface MessageText {
  /** The message, cut to MAX_TEXT. */
  readonly text: string;
  /** The text folded for the pattern detectors; same length, so their spans hold in `text`. */
  readonly folded: string;
  /** The recipient's region, upper case. */
  readonly region: string | undefined;
  readonly urls: readonly UrlIndicator[];
  readonly emails: readonly EmailIndicator[];
  /** Where the links and e-mail addresses are. */
  readonly taken: readonly Span[];
  /** Cues outside the links and addresses. */
  readonly cues: readonly CueMatch[];
  /** Brands the text names outside the links and addresses. */
  readonly named: readonly Brand[];
}

export function readMessage(input: MessageInput): MessageText {
  const text = input.text.length > MAX_TEXT ? input.text.slice(0, MAX_TEXT) : input.text;
  const urls = findUrls(text);
  const emails = findEmails(text);
  const taken = [...urls.map((u) => u.span), ...emails.map((m) => m.span)];
  return {
    text,
    folded: foldSameLength(text),
    region: input.recipientRegion?.toUpperCase(),
    urls,
    emails,
    taken,
    // Words inside a link's address are the link's business (`dhl-redelivery.top`).
    cues: findCues(text).filter((c) => !overlaps(c.span, taken)),
    named: brandsNamedIn(text)
      .filter((m) => !overlaps(m, taken))
      .map((m) => m.brand),
  };
}

export function firstCue(m: MessageText, cue: Cue): CueMatch | undefined {
  return m.cues.find((c) => c.cue === cue);
}

export function mentions(m: MessageText, cue: Cue): boolean {
  return firstCue(m, cue) !== undefined;
}

export function countCue(m: MessageText, cue: Cue): number {
  return m.cues.filter((c) => c.cue === cue).length;
}
