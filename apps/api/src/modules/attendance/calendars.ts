import type { EntityManager } from 'typeorm';
import type { SchoolCalendarData } from '@aanwezig/domain';

export type StoredCalendar = SchoolCalendarData & { regionId: string; schoolId: string | null };

/** The calendars in force on `day` for these regions: each region's, and schools' own. */
export function calendarsInForce(
  manager: EntityManager,
  regionIds: readonly string[],
  day: string,
): Promise<StoredCalendar[]> {
  return manager.query(
    `SELECT region_id AS "regionId", school_id AS "schoolId", first_day::text AS "firstDay", last_day::text AS "lastDay", holidays,
            (SELECT coalesce(array_agg(d::text), '{}') FROM unnest(study_days) d) AS "studyDays"
       FROM school_calendar WHERE region_id = ANY($1) AND first_day <= $2 AND last_day >= $2`,
    [regionIds, day],
  );
}

/** A school's own calendar overrides its region's. */
export function calendarOf(
  calendars: readonly StoredCalendar[],
  regionId: string,
  schoolId: string,
): StoredCalendar | undefined {
  return (
    calendars.find((c) => c.schoolId === schoolId) ??
    calendars.find((c) => c.schoolId === null && c.regionId === regionId)
  );
}
