import { describe, expect, it } from 'vitest';
import { AbsenceReason, PO_COUNTING, VO_COUNTING, countingFor, hoursIn, type Absence } from './absence';
import { summarise, weeklyAbsence } from './attendance';
import { calendar } from './calendar.fixture';

const lesson = (date: string, reason: Absence['reason'] = AbsenceReason.TRUANCY, authorised = false): Absence => ({
  date,
  minutes: 50,
  lessonHour: 3,
  authorised,
  reason,
});
const day = (date: string, reason: Absence['reason'] = AbsenceReason.SICK, minutes = 400): Absence => ({
  date,
  minutes,
  lessonHour: null,
  authorised: reason !== AbsenceReason.TRUANCY,
  reason,
});

describe('hours per registration', () => {
  it.each([
    [
      { date: '2026-09-01', minutes: 165, lessonHour: null, authorised: false, reason: AbsenceReason.TRUANCY },
      PO_COUNTING,
      2.75,
    ],
    [
      { date: '2026-09-01', minutes: 45, lessonHour: 2, authorised: false, reason: AbsenceReason.TRUANCY },
      VO_COUNTING,
      1,
    ],
    [
      { date: '2026-09-01', minutes: 100, lessonHour: null, authorised: false, reason: AbsenceReason.TRUANCY },
      VO_COUNTING,
      2,
    ],
  ] as const)('%o counts %s', (absence, counting, hours) => {
    expect(hoursIn([absence], counting)).toBe(hours);
  });

  it('sums before dividing, so twenty-four 40-minute PO registrations make exactly 16 hours', () => {
    const registrations = Array.from({ length: 24 }, () => ({
      date: '2026-09-01',
      minutes: 40,
      lessonHour: null,
      authorised: false,
      reason: AbsenceReason.TRUANCY,
    }));
    expect(hoursIn(registrations, PO_COUNTING)).toBe(16);
    // Dividing first would give 15.999999999999993 and miss the legal threshold.
    expect(registrations.reduce((sum, r) => sum + r.minutes / 60, 0)).not.toBe(16);
  });
});

describe('summary over a period', () => {
  it('adds authorised and unauthorised absence and says it in days missed', () => {
    const absences = [
      day('2026-09-07'),
      day('2026-09-08'),
      lesson('2026-09-09'),
      lesson('2026-09-10'),
      day('2026-09-11', AbsenceReason.LATE, 10),
    ];
    const s = summarise(absences, calendar, '2026-08-31', '2026-09-11', VO_COUNTING);
    expect(s).toMatchObject({ authorisedHours: 16.2, unauthorisedHours: 2, lates: 1, sickReports: 1, daysMissed: 2.5 });
    // 10 school days × 400 minutes = 4000; absent 910 minutes → 77.3 %.
    expect(s.percentage).toBe(77.3);
  });

  it('counts a sick spell across a weekend as one report and its school days in a row', () => {
    const spell = ['2026-09-10', '2026-09-11', '2026-09-14', '2026-09-15'].map((d) => day(d));
    const s = summarise(spell, calendar, '2026-09-07', '2026-09-15', VO_COUNTING);
    expect(s.sickReports).toBe(1);
    expect(s.consecutiveSickSchoolDays).toBe(4);
  });

  it('leaves holidays out of the scheduled time and ignores registrations on them', () => {
    const s = summarise([day('2026-10-19', AbsenceReason.TRUANCY)], calendar, '2026-10-12', '2026-10-25', VO_COUNTING);
    expect(s).toMatchObject({ percentage: 100, unauthorisedHours: 0 });
  });
});

describe('absence per school week', () => {
  it('gives every week with school days its authorised and unauthorised hours, and leaves holiday weeks out', () => {
    const absences = [
      day('2026-10-12'),
      lesson('2026-10-13'),
      lesson('2026-10-14'),
      day('2026-10-19', AbsenceReason.TRUANCY),
      day('2026-10-27', AbsenceReason.TRUANCY, 100),
    ];
    const weeks = weeklyAbsence(absences, calendar, '2026-10-05', '2026-10-30', VO_COUNTING);
    // The autumn holiday week (19-23 October) has no school day: it is not a school week, and its registration counts nowhere.
    expect(weeks).toEqual([
      { weekStart: '2026-10-05', schoolDays: 5, authorisedHours: 0, unauthorisedHours: 0 },
      { weekStart: '2026-10-12', schoolDays: 5, authorisedHours: 8, unauthorisedHours: 2 },
      { weekStart: '2026-10-26', schoolDays: 5, authorisedHours: 0, unauthorisedHours: 2 },
    ]);
  });

  it('counts a week cut by the period or a study day by its school days only', () => {
    const weeks = weeklyAbsence(
      [lesson('2026-11-11'), lesson('2026-11-12')],
      calendar,
      '2026-11-10',
      '2026-11-12',
      VO_COUNTING,
    );
    // 11 November is a study day: its registration does not count.
    expect(weeks).toEqual([{ weekStart: '2026-11-09', schoolDays: 2, authorisedHours: 0, unauthorisedHours: 1 }]);
  });
});

describe('counting by sector', () => {
  it.each([
    ['PO', PO_COUNTING],
    ['SO', PO_COUNTING],
    ['VO', VO_COUNTING],
    ['VSO', VO_COUNTING],
    [null, VO_COUNTING],
  ] as const)('%s counts like %o', (sector, counting) => {
    expect(countingFor(sector)).toBe(counting);
  });
});
