import type { SchoolCalendarData } from '@aanwezig/domain';

/** Monday of ISO week `week` of `year`. */
function isoWeekMonday(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (week - 1) * 7);
  return monday;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const plus = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

/**
 * A plausible school year for the fictional region (holidays in the weeks region Noord usually has):
 * autumn week 43, two weeks at Christmas, spring week 8, May weeks 17-18, summer from week 29.
 */
export function demoSchoolYear(startYear: number): SchoolCalendarData & { schoolYear: string } {
  const next = startYear + 1;
  const week = (year: number, w: number) => isoWeekMonday(year, w);
  const christmasSaturday = (() => {
    const d = new Date(Date.UTC(startYear, 11, 24));
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 1) % 7));
    return d;
  })();
  return {
    schoolYear: `${startYear}-${next}`,
    firstDay: iso(week(startYear, 35)),
    lastDay: iso(plus(week(next, 28), 4)),
    holidays: [
      { name: 'herfstvakantie', from: iso(plus(week(startYear, 43), -2)), to: iso(plus(week(startYear, 43), 6)) },
      { name: 'kerstvakantie', from: iso(christmasSaturday), to: iso(plus(christmasSaturday, 15)) },
      { name: 'voorjaarsvakantie', from: iso(plus(week(next, 8), -2)), to: iso(plus(week(next, 8), 6)) },
      { name: 'meivakantie', from: iso(plus(week(next, 17), -2)), to: iso(plus(week(next, 18), 6)) },
    ],
    studyDays: [],
  };
}
