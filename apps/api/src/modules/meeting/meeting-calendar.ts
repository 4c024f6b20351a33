import type { EntityManager } from 'typeorm';
import { dutchDate, isoWeekday, type SchoolCalendarData } from '@aanwezig/domain';
import { calendarOf, calendarsInForce } from '../attendance/calendars';

/** Why a day is not a school day of its school. */
export const NonSchoolDayReason = {
  WEEKEND: 'WEEKEND',
  HOLIDAY: 'HOLIDAY',
  STUDY_DAY: 'STUDY_DAY',
  /** No school year of the school's calendar covers the day (the summer holiday, or no calendar yet). */
  NO_SCHOOL_YEAR: 'NO_SCHOOL_YEAR',
} as const;
export type NonSchoolDayReason = (typeof NonSchoolDayReason)[keyof typeof NonSchoolDayReason];

export interface NonSchoolDay {
  date: string;
  reason: NonSchoolDayReason;
  /** The holiday's name as the calendar has it (kerstvakantie), for HOLIDAY. */
  holiday: string | null;
}

/** Null when `date` is a school day by `calendar`; otherwise why not (the weekend first, then the calendar's reason). */
export function nonSchoolDay(calendar: SchoolCalendarData | undefined, date: string): NonSchoolDay | null {
  const holiday = calendar?.holidays.find((h) => date >= h.from && date <= h.to);
  const reason =
    isoWeekday(date) > 5
      ? NonSchoolDayReason.WEEKEND
      : !calendar || date < calendar.firstDay || date > calendar.lastDay
        ? NonSchoolDayReason.NO_SCHOOL_YEAR
        : holiday
          ? NonSchoolDayReason.HOLIDAY
          : calendar.studyDays.includes(date)
            ? NonSchoolDayReason.STUDY_DAY
            : null;
  return reason ? { date, reason, holiday: reason === NonSchoolDayReason.HOLIDAY ? holiday!.name : null } : null;
}

/**
 * Whether a meeting of `schoolId` starting at `startsAt` falls on one of its school days, read through
 * the attendance module's calendars (the school's own over its region's), on the Dutch calendar day.
 */
export async function meetingDay(
  manager: EntityManager,
  regionId: string,
  schoolId: string,
  startsAt: Date,
): Promise<NonSchoolDay | null> {
  const date = dutchDate(startsAt);
  const calendar = calendarOf(await calendarsInForce(manager, [regionId], date), regionId, schoolId);
  return nonSchoolDay(calendar, date);
}
