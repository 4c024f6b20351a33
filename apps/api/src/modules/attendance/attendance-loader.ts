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
 * Null for a pupil whose school has no calendar for today. Keyed by pupil (the last subject of a pupil
 * decides its masking): see attendanceOf for one answer per subject.
 */
export async function loadAttendance(
  dataSource: DataSource,
  subjects: readonly AttendanceSubject[],
  today = dutchDate(),
): Promise<Map<string, AttendanceModel | null>> {
  const found = await attendanceOf(dataSource, subjects, today);
  return new Map(subjects.map((s, i) => [s.pupilId, found[i]]));
}

/** Each subject's attendance, masked for its own reader, in the order of `subjects`. */
export async function attendanceOf(
  dataSource: DataSource,
  subjects: readonly AttendanceSubject[],
  today = dutchDate(),
): Promise<(AttendanceModel | null)[]> {
  if (subjects.length === 0) return [];
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
  return subjects.map((subject) => {
    const data = calendarFor(subject);
    if (!data) return null;
    const to = today < data.lastDay ? today : data.lastDay;
    const absences = byPupil.get(subject.pupilId) ?? [];
    const calendar = new SchoolCalendar(data);
    const counting = countingFor(subject.sector);
    const summary = summarise(absences, calendar, data.firstDay, to, counting);
    const weeks = weeklyAbsence(absences, calendar, data.firstDay, to, counting).map(
      (week) => maskFields('AttendanceWeek', week, subject.reader) as AttendanceWeekModel,
    );
    return maskFields('Attendance', { from: data.firstDay, to, ...summary, weeks }, subject.reader) as AttendanceModel;
  });
}

/**
 * The attendance of cases (the Case.attendance field): their school's region and sector read from the
 * organisation table (a read of the organisation module's table), then as attendanceOf.
 */
export async function caseAttendance(
  dataSource: DataSource,
  cases: readonly { pupilId: string; schoolId: string; reader: CaseReader }[],
): Promise<(AttendanceModel | null)[]> {
  const schools: { id: string; regionId: string; sector: SchoolSector | null }[] = await dataSource.query(
    `SELECT id, region_id AS "regionId", sector FROM organisation WHERE id = ANY($1)`,
    [[...new Set(cases.map((c) => c.schoolId))]],
  );
  const schoolById = new Map(schools.map((s) => [s.id, s]));
  const subjects = cases.map((c) => ({
    pupilId: c.pupilId,
    schoolId: c.schoolId,
    regionId: schoolById.get(c.schoolId)?.regionId ?? '',
    sector: schoolById.get(c.schoolId)?.sector ?? null,
    reader: c.reader,
  }));
  return attendanceOf(dataSource, subjects);
}
