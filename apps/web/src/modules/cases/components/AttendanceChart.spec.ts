import { describe, expect, it } from 'vitest';
import { axisTicks, isoWeekNumber } from './AttendanceChart';

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

describe('the value axis of the attendance chart', () => {
  it.each([
    [0, [0, 0.5, 1]],
    [3, [0, 1, 2, 3]],
    [7.5, [0, 2, 4, 6, 8]],
    [16, [0, 5, 10, 15, 20]],
    [0.8, [0, 0.5, 1]],
  ])('for a tallest week of %d hours has round steps up to at least it', (max, ticks) => {
    expect(axisTicks(max)).toEqual(ticks);
  });
});
