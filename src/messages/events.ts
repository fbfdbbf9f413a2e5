/**
 * Shopping events and their seasons. Lures that name an event, and fake "delivery problem"
 * notices, follow the real events: a Black Friday deal in March is out of place, and in the
 * weeks after Cyber Monday a failed-delivery text is the most common lure of all. Dates are
 * computed per year (Black Friday is the day after the fourth Thursday of November); Prime Day
 * moves every year, so its season is the month Amazon has used for it (July, and the October
 * "Big Deal Days").
 */

export interface EventSeason {
  readonly event: string;
  /** Inclusive UTC day range of the season (presales and the week after included). */
  readonly from: Date;
  readonly to: Date;
}

const DAY = 86_400_000;

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function blackFriday(year: number): Date {
  const first = utc(year, 11, 1);
  const firstThursday = 1 + ((4 - first.getUTCDay() + 7) % 7);
  return utc(year, 11, firstThursday + 21 + 1);
}

/** The seasons of the year: when lures naming the event are expected. */
export function eventSeasons(year: number): EventSeason[] {
  const bf = blackFriday(year);
  return [
    {
      event: 'Black Friday / Cyber Monday',
      from: new Date(bf.getTime() - 21 * DAY),
      to: new Date(bf.getTime() + 10 * DAY),
    },
    { event: "Singles' Day (11.11)", from: utc(year, 10, 20), to: utc(year, 11, 14) },
    { event: 'Harbolnas (12.12)', from: utc(year, 12, 1), to: utc(year, 12, 14) },
    { event: 'Prime Day', from: utc(year, 6, 25), to: utc(year, 7, 31) },
    { event: 'Prime Big Deal Days', from: utc(year, 10, 1), to: utc(year, 10, 20) },
  ];
}

/** Parses an ISO date or date-time; null when it is not one. */
export function parseReceived(value: string | undefined): Date | null {
  if (value === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Which event a name refers to, for the events whose dates are known (folded, lower case). */
const EVENT_NAMES: readonly [RegExp, string][] = [
  [
    /black|white|cyber|efsane|schwarz|noir|nero|negra|preta|черн|чёрн|سوداء|بيضاء|فرايدي|سايبر/iu,
    'Black Friday / Cyber Monday',
  ],
  [/prime|برايم/iu, 'Prime Day'],
  [/single|11\.11|double 11|双|عزاب/iu, "Singles' Day (11.11)"],
  [/harbolnas|12\.12/iu, 'Harbolnas (12.12)'],
];

/** The event a name such as "Black Friday" or "11.11" refers to, when its dates are known. */
export function eventNamed(name: string): string | null {
  for (const [pattern, event] of EVENT_NAMES) if (pattern.test(name)) return event;
  return null;
}

/** True when `date` falls in the season of `event` (Prime Day: either of its two seasons). */
export function inSeason(event: string, date: Date): boolean {
  return eventSeasons(date.getUTCFullYear()).some(
    (s) =>
      (s.event === event || (event === 'Prime Day' && s.event === 'Prime Big Deal Days')) &&
      date >= s.from &&
      date.getTime() < s.to.getTime() + DAY,
  );
}

/** True in the five weeks after a major shopping event, when delivery lures peak. */
export function isDeliveryPeak(date: Date): boolean {
  const year = date.getUTCFullYear();
  const starts = [blackFriday(year), utc(year, 11, 11), utc(year, 7, 10), utc(year, 12, 12)];
  return starts.some((s) => date >= s && date.getTime() <= s.getTime() + 35 * DAY);
}
