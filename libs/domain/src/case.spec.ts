import { describe, expect, it } from 'vitest';
import { CaseStatus, canChangeStatus } from './case';
import { ActionStatus, dutchDate, isOverdue, seriesStarts } from './meeting';
import { retentionCutoff } from './retention';

describe('case status changes', () => {
  it.each([
    [CaseStatus.OPEN, CaseStatus.MONITORING, true],
    [CaseStatus.OPEN, CaseStatus.CLOSED, true],
    [CaseStatus.MONITORING, CaseStatus.OPEN, true],
    [CaseStatus.MONITORING, CaseStatus.CLOSED, true],
    [CaseStatus.CLOSED, CaseStatus.OPEN, false],
    [CaseStatus.CLOSED, CaseStatus.MONITORING, false],
    [CaseStatus.OPEN, CaseStatus.OPEN, true],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canChangeStatus(from, to)).toBe(allowed);
  });
});

describe('meeting series', () => {
  it('repeats every N weeks at the same time of day', () => {
    const starts = seriesStarts(new Date('2026-09-07T13:30:00Z'), 4, 3).map((d) => d.toISOString());
    expect(starts).toEqual(['2026-09-07T13:30:00.000Z', '2026-10-05T13:30:00.000Z', '2026-11-02T13:30:00.000Z']);
  });
  it.each([
    [0, 3],
    [1.5, 3],
    [4, 0],
  ])('refuses every %s weeks × %s meetings', (every, count) => {
    expect(() => seriesStarts(new Date(), every, count)).toThrow(RangeError);
  });
});

describe('overdue actions', () => {
  it.each([
    ['2026-11-22', ActionStatus.OPEN, '2026-11-23', true],
    ['2026-11-23', ActionStatus.OPEN, '2026-11-23', false],
    ['2026-11-24', ActionStatus.OPEN, '2026-11-23', false],
    ['2026-11-01', ActionStatus.DONE, '2026-11-23', false],
  ])('due %s, %s, today %s → overdue %s', (due, status, today, expected) => {
    expect(isOverdue(due, status, today)).toBe(expected);
  });

  it('counts days in Dutch time', () => {
    // 23:30 UTC on 23 November is already 24 November in Amsterdam.
    expect(dutchDate(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
  });
});

describe('retention cut-off', () => {
  it.each([
    ['2026-11-23', 24, '2024-11-23'],
    ['2026-03-31', 1, '2026-02-28'],
    ['2028-03-31', 1, '2028-02-29'],
    ['2027-01-15', 24, '2025-01-15'],
  ])('on %s with %i months: closed before %s', (today, months, expected) => {
    expect(retentionCutoff(today, months)).toBe(expected);
  });
});
