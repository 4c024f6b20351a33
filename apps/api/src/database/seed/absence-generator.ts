import { AbsenceReason, SchoolCalendar, addDays, type IsoDate, type SchoolCalendarData } from '@aanwezig/domain';
import type { EntityManager } from 'typeorm';
import type { SeededRandom } from './random';
import { insertAbsenceRows, type AbsenceRecordRow } from '../../modules/attendance/absence-rows';

export type GeneratedAbsence = AbsenceRecordRow;

export interface PupilToGenerate {
  id: string;
  schoolId: string;
  /** VO registers per lesson hour; PO registers half and whole days in minutes. */
  lessonHours: boolean;
}

/** How a pupil's year goes: most pupils are rarely away; some fall into the patterns the protocol watches for. */
const PROFILES = [
  { name: 'steady', weight: 62, sickSpells: [1, 3], truantDays: 0, lates: [0, 3] },
  { name: 'often-sick', weight: 12, sickSpells: [5, 9], truantDays: 0, lates: [0, 2] },
  { name: 'long-sick', weight: 4, sickSpells: [1, 2], truantDays: 0, lates: [0, 1], longSpell: true },
  { name: 'truant', weight: 10, sickSpells: [1, 3], truantDays: 9, lates: [2, 8] },
  { name: 'late', weight: 8, sickSpells: [0, 2], truantDays: 1, lates: [10, 25] },
  { name: 'home-sitter', weight: 2, sickSpells: [0, 1], truantDays: 0, lates: [0, 0], homeSitter: true },
  { name: 'luxury-leave', weight: 2, sickSpells: [0, 2], truantDays: 0, lates: [0, 2], luxuryLeave: true },
] as const;

const VO_LESSONS = 8;
const LESSON_MINUTES = 50;
const PO_HALF_DAYS = [
  { start: '08:30', end: '11:15', minutes: 165 },
  { start: '12:00', end: '14:45', minutes: 165 },
] as const;

/**
 * A school year of registrations for one pupil up to `until`, deterministic for a given random state:
 * sick spells that run over weekends, truant lesson hours or half days, lates, and for a few pupils a
 * long sick spell, luxury leave before a holiday or weeks at home. Holiday and weekend days are skipped,
 * as registration systems do.
 */
export function generateSchoolYear(
  pupil: PupilToGenerate,
  calendarData: SchoolCalendarData,
  until: IsoDate,
  random: SeededRandom,
): GeneratedAbsence[] {
  const calendar = new SchoolCalendar(calendarData);
  const last = until < calendarData.lastDay ? until : calendarData.lastDay;
  const days = calendar.schoolDays(calendarData.firstDay, last);
  if (days.length === 0) return [];
  const profile = pickProfile(random);
  const rows = new Map<string, GeneratedAbsence>();
  const add = (row: GeneratedAbsence) => rows.set(`${row.date}|${row.slot}|${row.reason}`, row);
  const wholeDay = (date: IsoDate, reason: AbsenceReason, authorised: boolean) => {
    if (pupil.lessonHours)
      for (let hour = 1; hour <= VO_LESSONS; hour++) add(lessonRow(pupil, date, hour, reason, authorised));
    else for (const half of PO_HALF_DAYS) add(halfDayRow(pupil, date, half, reason, authorised));
  };
  const spell = (startIndex: number, length: number, reason: AbsenceReason, authorised: boolean) => {
    // A spell runs in calendar days; the registration only has its school days.
    const from = days[Math.min(startIndex, days.length - 1)];
    for (let d = 0; d < length; d++) {
      const date = addDays(from, d);
      if (date > last) break;
      if (calendar.isSchoolDay(date)) wholeDay(date, reason, authorised);
    }
  };

  for (let n = random.int(profile.sickSpells[0], profile.sickSpells[1]); n > 0; n--)
    spell(random.int(0, days.length - 1), random.int(1, 4), AbsenceReason.SICK, true);
  if ('longSpell' in profile) spell(random.int(0, days.length - 1), random.int(10, 24), AbsenceReason.SICK, true);
  for (let n = 0; n < profile.truantDays * (days.length / 190) * (0.5 + random.next()); n++) {
    const date = random.pick(days);
    if (pupil.lessonHours) {
      const first = random.int(1, VO_LESSONS);
      for (let hour = first; hour <= Math.min(VO_LESSONS, first + random.int(0, 4)); hour++)
        add(lessonRow(pupil, date, hour, AbsenceReason.TRUANCY, false));
    } else add(halfDayRow(pupil, date, random.pick(PO_HALF_DAYS), AbsenceReason.TRUANCY, false));
  }
  for (let n = Math.round(random.int(profile.lates[0], profile.lates[1]) * (days.length / 190)); n > 0; n--) {
    const date = random.pick(days);
    add({
      pupil_id: pupil.id,
      school_id: pupil.schoolId,
      date,
      slot: '08:30',
      start_time: '08:30',
      end_time: null,
      minutes: random.int(5, 20),
      lesson_hour: null,
      authorised: false,
      reason: AbsenceReason.LATE,
    });
  }
  if ('luxuryLeave' in profile) {
    const beforeHoliday = calendarData.holidays
      .map((h) => addDays(h.from, -1))
      .filter((d) => d <= last)
      .map((d) => days.filter((s) => s <= d).at(-1))
      .filter((d): d is IsoDate => d !== undefined);
    if (beforeHoliday.length > 0) wholeDay(random.pick(beforeHoliday), AbsenceReason.LUXURY_LEAVE, false);
  }
  if ('homeSitter' in profile) {
    const from = Math.max(0, days.length - random.int(15, 40));
    for (let i = from; i < days.length; i++) wholeDay(days[i], AbsenceReason.TRUANCY, false);
  }
  return [...rows.values()];
}

function pickProfile(random: SeededRandom) {
  let ticket = random.int(
    1,
    PROFILES.reduce((sum, p) => sum + p.weight, 0),
  );
  for (const profile of PROFILES) {
    ticket -= profile.weight;
    if (ticket <= 0) return profile;
  }
  return PROFILES[0];
}

function lessonRow(
  pupil: PupilToGenerate,
  date: IsoDate,
  hour: number,
  reason: AbsenceReason,
  authorised: boolean,
): GeneratedAbsence {
  return {
    pupil_id: pupil.id,
    school_id: pupil.schoolId,
    date,
    slot: `L${hour}`,
    start_time: null,
    end_time: null,
    minutes: LESSON_MINUTES,
    lesson_hour: hour,
    authorised,
    reason,
  };
}

function halfDayRow(
  pupil: PupilToGenerate,
  date: IsoDate,
  half: (typeof PO_HALF_DAYS)[number],
  reason: AbsenceReason,
  authorised: boolean,
): GeneratedAbsence {
  return {
    pupil_id: pupil.id,
    school_id: pupil.schoolId,
    date,
    slot: half.start,
    start_time: half.start,
    end_time: half.end,
    minutes: half.minutes,
    lesson_hour: null,
    authorised,
    reason,
  };
}

/** Inserts generated rows in chunks of one statement each, skipping any already present. */
export async function insertAbsences(
  manager: Pick<EntityManager, 'query'>,
  regionId: string,
  importedBy: string,
  rows: readonly GeneratedAbsence[],
  chunk = 20_000,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    await insertAbsenceRows(manager, regionId, importedBy, rows.slice(i, i + chunk));
  }
}
