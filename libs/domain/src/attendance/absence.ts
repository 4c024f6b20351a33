import { countsLessonHours, type SchoolSector } from '../organisation';
import type { IsoDate } from './dates';

/** Reason codes of the canonical absence CSV (CONTRACT.md). */
export const AbsenceReason = {
  SICK: 'SICK',
  MEDICAL: 'MEDICAL',
  LATE: 'LATE',
  TRUANCY: 'TRUANCY',
  LUXURY_LEAVE: 'LUXURY_LEAVE',
  SUSPENSION: 'SUSPENSION',
  EXEMPT: 'EXEMPT',
  OTHER: 'OTHER',
} as const;
export type AbsenceReason = (typeof AbsenceReason)[keyof typeof AbsenceReason];

/** One registration from a school's registration system. */
export interface Absence {
  date: IsoDate;
  minutes: number;
  /** VO registers per lesson hour; PO registers (half) days in minutes. */
  lessonHour: number | null;
  authorised: boolean;
  reason: AbsenceReason;
  /** The school that registered it: a pupil who changed school keeps their history. */
  schoolId?: string;
}

/** How a school counts: PO in clock hours, VO in lesson hours (Leerplichtwet art. 21a). */
export interface Counting {
  unit: 'CLOCK_HOURS' | 'LESSON_HOURS';
  /** Length of a lesson hour, for VO registrations given in minutes only. */
  lessonMinutes: number;
  /** Length of a school day, to express absence as days missed. */
  schoolDayMinutes: number;
}

export const PO_COUNTING: Counting = { unit: 'CLOCK_HOURS', lessonMinutes: 60, schoolDayMinutes: 330 };
export const VO_COUNTING: Counting = { unit: 'LESSON_HOURS', lessonMinutes: 50, schoolDayMinutes: 400 };

/** How a school of this sector counts (a school without a sector counts as VO). */
export function countingFor(sector: SchoolSector | null): Counting {
  return sector === null || countsLessonHours(sector) ? VO_COUNTING : PO_COUNTING;
}

/**
 * The hours registrations count for: clock hours (PO) or lesson hours (VO, where a registration per
 * lesson hour counts one and one given in minutes counts its share). Whole lessons and minutes are
 * summed before dividing, so a total is exact ("exactly 16 hours") and the SQL evaluation, which sums
 * the same way, gets the same number to the bit.
 */
export function hoursIn(absences: readonly Absence[], counting: Counting): number {
  let lessons = 0;
  let minutes = 0;
  for (const a of absences) {
    if (counting.unit === 'LESSON_HOURS' && a.lessonHour !== null) lessons++;
    else minutes += a.minutes;
  }
  return lessons + minutes / (counting.unit === 'CLOCK_HOURS' ? 60 : counting.lessonMinutes);
}
