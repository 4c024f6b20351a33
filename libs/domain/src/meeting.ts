/** SAT: the school's support team with partners, about every four weeks. MSA: four times a year with the SWV. */
export const MeetingKind = { SAT: 'SAT', MSA: 'MSA' } as const;
export type MeetingKind = (typeof MeetingKind)[keyof typeof MeetingKind];

export const MeetingStatus = { PLANNED: 'PLANNED', CLOSED: 'CLOSED' } as const;
export type MeetingStatus = (typeof MeetingStatus)[keyof typeof MeetingStatus];

export const ActionStatus = { OPEN: 'OPEN', DONE: 'DONE' } as const;
export type ActionStatus = (typeof ActionStatus)[keyof typeof ActionStatus];

const DAY_MS = 24 * 60 * 60 * 1000;

/** The start times of a series: `count` meetings, every `everyWeeks` weeks from `first`. */
export function seriesStarts(first: Date, everyWeeks: number, count: number): Date[] {
  if (!Number.isInteger(everyWeeks) || everyWeeks < 1) throw new RangeError('everyWeeks must be a whole number ≥ 1');
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a whole number ≥ 1');
  return Array.from({ length: count }, (_, i) => new Date(first.getTime() + i * everyWeeks * 7 * DAY_MS));
}

/** An action is overdue from the day after its due date (a date without time, YYYY-MM-DD). */
export function isOverdue(dueDate: string, status: ActionStatus, today: string): boolean {
  return status === ActionStatus.OPEN && dueDate < today;
}

// Built once: constructing an Intl formatter is far more expensive than using one.
const AMSTERDAM_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });

/** Today's date in the Netherlands as YYYY-MM-DD: deadlines are Dutch calendar days. */
export function dutchDate(at: Date = new Date()): string {
  return AMSTERDAM_DATE.format(at);
}
