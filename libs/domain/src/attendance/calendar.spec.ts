import { describe, expect, it } from 'vitest';
import { calendar } from './calendar.fixture';

describe('school days', () => {
  it.each([
    ['2026-09-01', true],
    ['2026-09-05', false], // Saturday
    ['2026-10-19', false], // autumn holiday
    ['2026-11-11', false], // study day
    ['2026-08-28', false], // before the year
    ['2026-10-26', true],
  ])('%s is a school day: %s', (date, expected) => {
    expect(calendar.isSchoolDay(date)).toBe(expected);
  });

  it('counts the school days of a week with a study day', () => {
    expect(calendar.schoolDays('2026-11-09', '2026-11-15')).toEqual([
      '2026-11-09',
      '2026-11-10',
      '2026-11-12',
      '2026-11-13',
    ]);
  });
});

describe('windows of school weeks', () => {
  it.each([
    // Weeks of 9 Nov, 2 Nov, 26 Oct, (19 Oct is the autumn holiday, not counted), 12 Oct.
    ['2026-11-13', 4, '2026-10-12'],
    ['2026-11-06', 4, '2026-10-05'],
    ['2026-10-30', 1, '2026-10-26'],
    ['2027-01-08', 2, '2026-12-14'],
  ])('the last school weeks up to %s (%i weeks) start on %s', (date, weeks, start) => {
    expect(calendar.windowStart(date, weeks)).toBe(start);
  });
});
