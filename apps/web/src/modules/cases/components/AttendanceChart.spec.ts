import { describe, expect, it } from 'vitest';
import { isoWeekNumber } from './AttendanceChart';

describe('ISO week numbers of Mondays', () => {
  it.each([
    ['2025-12-29', 1], // 2026 starts on a Thursday: this week is its week 1
    ['2026-11-23', 48],
    ['2026-12-28', 53], // a 53-week year
    ['2027-01-04', 1],
    ['2027-08-30', 35],
  ])('%s is week %i', (monday, week) => {
    expect(isoWeekNumber(monday)).toBe(week);
  });
});
