/**
 * What kind of scam a message is: its cues, the brands it names or imitates, a code asked for
 * and a stranger's opener each vote, with the weight of how surely they point to a category.
 */
import { brandById } from './brands.js';
import type { MessageText } from './message-text.js';
import type { Brand, Cue, MessageCategory, Span } from './types.js';

const CATEGORY_OF_CUE: Partial<Record<Cue, [MessageCategory, number]>> = {
  delivery: ['delivery', 1],
  'delivery-problem': ['delivery', 2],
  bank: ['bank-account', 1],
  'account-problem': ['bank-account', 1.5],
  'card-data': ['bank-account', 1],
  'safe-account': ['bank-account', 3],
  'pin-password': ['bank-account', 0.5],
  government: ['government-tax-toll', 1.5],
  toll: ['government-tax-toll', 2.5],
  refund: ['government-tax-toll', 1.5],
  prize: ['prize-lottery', 2],
  job: ['job', 2.5],
  investment: ['investment-crypto', 2],
  crypto: ['investment-crypto', 1.5],
  family: ['family-impersonation', 3],
  'wrong-number': ['wrong-number-romance', 2.5],
  'code-request': ['code-theft', 4],
  'shopping-event': ['shopping-event', 3.5],
  discount: ['shopping-event', 0.5],
  telecom: ['telecom', 1.5],
  'points-expire': ['telecom', 1],
};

const CATEGORY_OF_BRAND: Partial<Record<Brand['kind'], MessageCategory>> = {
  delivery: 'delivery',
  bank: 'bank-account',
  payment: 'bank-account',
  government: 'government-tax-toll',
  telecom: 'telecom',
  crypto: 'investment-crypto',
  shopping: 'shopping-event',
};

export function categoryOfMessage(
  m: MessageText,
  found: {
    readonly codeRequest: Span | undefined;
    readonly opener: Span | null;
    readonly senderBrand: Brand | null;
  },
): MessageCategory {
  const votes = new Map<MessageCategory, number>();
  const vote = (c: MessageCategory, w: number): void => void votes.set(c, (votes.get(c) ?? 0) + w);
  for (const c of m.cues) {
    const v = CATEGORY_OF_CUE[c.cue];
    if (v !== undefined) vote(v[0], v[1]);
  }
  if (found.codeRequest !== undefined) vote('code-theft', 4);
  if (found.opener !== null) vote('wrong-number-romance', 3);
  const { senderBrand } = found;
  for (const b of [...m.named, ...(senderBrand === null ? [] : [senderBrand])]) {
    const c = CATEGORY_OF_BRAND[b.kind];
    if (c !== undefined) vote(c, 1);
  }
  // A link that imitates a brand says more of the story than a name in the text.
  for (const u of m.urls) {
    const b = u.imitates === null ? null : brandById(u.imitates.brand);
    const c = b === null ? undefined : CATEGORY_OF_BRAND[b.kind];
    if (c !== undefined) vote(c, 1.5);
  }
  // Of two categories with the same votes, the one voted for first wins.
  let category: MessageCategory = 'other';
  let best = 0;
  for (const [c, w] of votes)
    if (w > best) {
      best = w;
      category = c;
    }
  return category;
}
