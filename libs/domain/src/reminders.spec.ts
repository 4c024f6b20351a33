import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS, actionReminders, isDigestDay, reminderSettings } from './reminders';

describe('actionReminders', () => {
  const defaults = DEFAULT_REMINDER_SETTINGS;
  it.each([
    ['2026-12-10', '2026-12-01', []],
    ['2026-12-10', '2026-12-06', []],
    ['2026-12-10', '2026-12-07', ['DUE_SOON']],
    ['2026-12-10', '2026-12-09', ['DUE_SOON']],
    ['2026-12-10', '2026-12-10', ['DUE_TODAY']],
    ['2026-12-10', '2026-12-11', ['OVERDUE']],
    ['2026-12-10', '2026-12-16', ['OVERDUE']],
    ['2026-12-10', '2026-12-17', ['OVERDUE', 'ESCALATED']],
    ['2026-12-10', '2027-01-30', ['OVERDUE', 'ESCALATED']],
  ])('due %s, today %s: %j', (due, today, expected) => {
    expect(actionReminders(due, today, defaults)).toEqual(expected);
  });

  it("follows the organisation's settings", () => {
    const settings = reminderSettings({ reminderDaysBefore: 0, escalateAfterDays: 2 });
    expect(actionReminders('2026-12-10', '2026-12-09', settings)).toEqual([]);
    expect(actionReminders('2026-12-10', '2026-12-11', settings)).toEqual(['OVERDUE']);
    expect(actionReminders('2026-12-10', '2026-12-12', settings)).toEqual(['OVERDUE', 'ESCALATED']);
  });
});

describe('reminderSettings', () => {
  it('fills in defaults and ignores values out of range', () => {
    expect(reminderSettings(null)).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(reminderSettings({ reminderDaysBefore: 5, escalateAfterDays: 0, digestWeekday: 9 })).toEqual({
      ...DEFAULT_REMINDER_SETTINGS,
      reminderDaysBefore: 5,
    });
  });

  it('knows the digest day (Monday by default)', () => {
    expect(isDigestDay('2026-11-23', DEFAULT_REMINDER_SETTINGS)).toBe(true);
    expect(isDigestDay('2026-11-24', DEFAULT_REMINDER_SETTINGS)).toBe(false);
    expect(isDigestDay('2026-11-24', reminderSettings({ digestWeekday: 2 }))).toBe(true);
  });
});
