/** Calendar dates as YYYY-MM-DD strings; arithmetic in UTC so no time zone shifts a day. */
export type IsoDate = string;

const DAY_MS = 24 * 60 * 60 * 1000;

export function toDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toDate(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  return ((toDate(date).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the week the date falls in. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);
}

const DUTCH_LONG_DATE = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "1 december 2026": how dates read in Dutch texts (letters, reports, notifications). */
export function formatDutchDate(date: IsoDate): string {
  return DUTCH_LONG_DATE.format(toDate(date));
}
