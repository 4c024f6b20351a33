import { describe, expect, it } from 'vitest';
import { calendarOf, type StoredCalendar } from './calendars';

const calendar = (regionId: string, schoolId: string | null, firstDay: string): StoredCalendar => ({
  regionId,
  schoolId,
  firstDay,
  lastDay: '2027-07-09',
  holidays: [],
  studyDays: [],
});

describe('calendarOf', () => {
  const region = calendar('r1', null, '2026-08-24');
  const own = calendar('r1', 's2', '2026-08-31');
  const other = calendar('r2', null, '2026-09-01');
  const calendars = [region, own, other];

  it("takes a school's own calendar over its region's", () => {
    expect(calendarOf(calendars, 'r1', 's2')).toBe(own);
  });

  it("falls back to the school's region, never another region's", () => {
    expect(calendarOf(calendars, 'r1', 's1')).toBe(region);
    expect(calendarOf(calendars, 'r2', 's3')).toBe(other);
    expect(calendarOf([region], 'r3', 's4')).toBeUndefined();
  });
});
