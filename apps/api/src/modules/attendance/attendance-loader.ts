import type { DataSource } from 'typeorm';
import {
  SchoolCalendar,
  countingFor,
  dutchDate,
  summarise,
  weeklyAbsence,
  type Absence,
  type SchoolSector,
} from '@aanwezig/domain';
import type { CaseReader } from '@aanwezig/authz';
import { maskFields } from '../../authz/field-mask';
import type { AttendanceModel, AttendanceWeekModel } from './attendance.model';
import { calendarOf, calendarsInForce } from './calendars';

export interface AttendanceSubject {
  pupilId: string;
  regionId: string;
  schoolId: string;
  sector: SchoolSector | null;
  reader: CaseReader;
}

/**
 * The current school year's attendance of several pupils, in three queries: the calendars in force
 * today (a school's own overrides the region's), and the registrations since the first school day.
 * Null for a pupil whose school has no calendar for today.
 */
export async function loadAttendance(
  dataSource: DataSource,
  subjects: readonly AttendanceSubject[],
  today = dutchDate(),
): Promise<Map<string, AttendanceModel | null>> {
  const result = new Map<string, AttendanceModel | null>();
  if (subjects.length === 0) return result;
  const calendars = await calendarsInForce(dataSource.manager, [...new Set(subjects.map((s) => s.regionId))], today);
  const calendarFor = (s: AttendanceSubject) => calendarOf(calendars, s.regionId, s.schoolId);
  const firstDays = subjects
    .map(calendarFor)
    .filter(Boolean)
    .map((c) => c!.firstDay);
  const since = firstDays.length ? firstDays.sort()[0] : today;
  const rows: (Absence & { pupilId: string })[] = await dataSource.query(
    `SELECT pupil_id AS "pupilId", date::text AS date, minutes, lesson_hour AS "lessonHour", authorised, reason, school_id AS "schoolId"
       FROM absence_record WHERE pupil_id = ANY($1) AND date >= $2 AND date <= $3`,
    [[...new Set(subjects.map((s) => s.pupilId))], since, today],
  );
  const byPupil = new Map<string, Absence[]>();
  for (const { pupilId, ...absence } of rows) byPupil.set(pupilId, [...(byPupil.get(pupilId) ?? []), absence]);
  for (const subject of subjects) {
    const data = calendarFor(subject);
    if (!data) {
      result.set(subject.pupilId, null);
      continue;
    }
    const to = today < data.lastDay ? today : data.lastDay;
    const absences = byPupil.get(subject.pupilId) ?? [];
    const calendar = new SchoolCalendar(data);
    const counting = countingFor(subject.sector);
    const summary = summarise(absences, calendar, data.firstDay, to, counting);
    const weeks = weeklyAbsence(absences, calendar, data.firstDay, to, counting).map(
      (week) => maskFields('AttendanceWeek', week, subject.reader) as AttendanceWeekModel,
    );
    result.set(
      subject.pupilId,
      maskFields('Attendance', { from: data.firstDay, to, ...summary, weeks }, subject.reader) as AttendanceModel,
    );
  }
  return result;
}
