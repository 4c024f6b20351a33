import { AbsenceReason, hoursIn, type Absence, type Counting } from './absence';
import type { SchoolCalendar } from './calendar';
import { mondayOf, type IsoDate } from './dates';

export interface AttendanceSummary {
  /** Share of scheduled school time present, in percent with one decimal. */
  percentage: number;
  /** Absence expressed as school days, in halves: parents see "5 dagen gemist", never only a percentage. */
  daysMissed: number;
  authorisedHours: number;
  unauthorisedHours: number;
  /** Sick spells that started in the period (a spell continues over weekends and holidays). */
  sickReports: number;
  lates: number;
  /** The run of sick school days up to and including the period's last school day. */
  consecutiveSickSchoolDays: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Authorised and unauthorised absence together (the sum is the signal), over the school days of a period. */
export function summarise(
  absences: readonly Absence[],
  calendar: SchoolCalendar,
  from: IsoDate,
  to: IsoDate,
  counting: Counting,
): AttendanceSummary {
  const days = calendar.schoolDays(from, to);
  const inPeriod = absences.filter((a) => a.date >= from && a.date <= to && calendar.isSchoolDay(a.date));
  const scheduled = days.length * counting.schoolDayMinutes;
  const absentMinutes = Math.min(
    scheduled,
    inPeriod.reduce((sum, a) => sum + a.minutes, 0),
  );
  const sickDays = new Set(absences.filter((a) => a.reason === AbsenceReason.SICK).map((a) => a.date));
  let sickReports = 0;
  let previous: IsoDate | null = null;
  for (const day of calendar.schoolDays(calendar.windowStart(from, 1), to)) {
    if (sickDays.has(day) && (previous === null || !sickDays.has(previous)) && day >= from) sickReports++;
    previous = day;
  }
  let run = 0;
  for (let i = days.length - 1; i >= 0 && sickDays.has(days[i]); i--) run++;
  return {
    percentage: scheduled === 0 ? 100 : round1(100 * (1 - absentMinutes / scheduled)),
    daysMissed: Math.round((absentMinutes / counting.schoolDayMinutes) * 2) / 2,
    authorisedHours: round1(
      hoursIn(
        inPeriod.filter((a) => a.authorised),
        counting,
      ),
    ),
    unauthorisedHours: round1(
      hoursIn(
        inPeriod.filter((a) => !a.authorised),
        counting,
      ),
    ),
    sickReports,
    lates: inPeriod.filter((a) => a.reason === AbsenceReason.LATE).length,
    consecutiveSickSchoolDays: run,
  };
}

export interface AttendanceWeek {
  /** The Monday of the week. */
  weekStart: IsoDate;
  /** School days in the week within the period (a study day or a holiday day does not count). */
  schoolDays: number;
  authorisedHours: number;
  unauthorisedHours: number;
}

/**
 * Absence per school week of a period, for a chart of the year so far: weeks without a school day
 * (holidays) are left out, so the weeks line up with the school's own count of school weeks.
 */
export function weeklyAbsence(
  absences: readonly Absence[],
  calendar: SchoolCalendar,
  from: IsoDate,
  to: IsoDate,
  counting: Counting,
): AttendanceWeek[] {
  const weeks = new Map<IsoDate, { days: Set<IsoDate>; absences: Absence[] }>();
  for (const day of calendar.schoolDays(from, to)) {
    const week = weeks.get(mondayOf(day)) ?? { days: new Set<IsoDate>(), absences: [] };
    week.days.add(day);
    weeks.set(mondayOf(day), week);
  }
  for (const absence of absences) {
    const week = weeks.get(mondayOf(absence.date));
    if (week?.days.has(absence.date)) week.absences.push(absence);
  }
  return [...weeks].map(([weekStart, week]) => ({
    weekStart,
    schoolDays: week.days.size,
    authorisedHours: round1(
      hoursIn(
        week.absences.filter((a) => a.authorised),
        counting,
      ),
    ),
    unauthorisedHours: round1(
      hoursIn(
        week.absences.filter((a) => !a.authorised),
        counting,
      ),
    ),
  }));
}
