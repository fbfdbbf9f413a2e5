/**
 * The date a message arrived: a shopping event named far from its season, a fake deal riding on
 * one in season, and the fake delivery notices that peak in the weeks after (events.ts).
 */
import { W, type Evidence } from './evidence.js';
import { eventNamed, inSeason, isDeliveryPeak, parseReceived } from './events.js';
import { firstCue, type MessageText } from './message-text.js';

export function weighDate(
  e: Evidence,
  m: MessageText,
  receivedAt: string | undefined,
  links: { readonly linked: boolean; readonly suspiciousLink: boolean },
): void {
  const received = parseReceived(receivedAt);
  const event = firstCue(m, 'shopping-event');
  if (event !== undefined) {
    const name = m.text.slice(event.span.start, event.span.end);
    const known = eventNamed(name);
    if (received !== null && known !== null && !inSeason(known, received))
      e.add(
        'EVENT_OUT_OF_SEASON',
        W.EVENT_OUT_OF_SEASON,
        `It names a shopping event (${name}) far from its date.`,
        event.span,
        'receivedAt',
      );
    // In season, a retailer's plain link is what genuine offers look like; a lure's link is not.
    else if (links.suspiciousLink)
      e.add(
        'EVENT_LURE',
        W.EVENT_LURE,
        `It rides on a shopping event (${name}) with a link that is not the retailer's; fake deals flood in with the real ones.`,
        event.span,
      );
  }
  const problem = firstCue(m, 'delivery-problem');
  if (received !== null && links.linked && problem !== undefined && isDeliveryPeak(received))
    e.add(
      'DELIVERY_PEAK',
      W.DELIVERY_PEAK,
      'It arrives in the weeks after a shopping event, when fake delivery notices peak.',
      problem.span,
      'receivedAt',
    );
}
