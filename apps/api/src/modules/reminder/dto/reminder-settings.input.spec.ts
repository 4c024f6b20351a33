import { describe, expect, it } from 'vitest';
import { REMINDER_LIMITS } from '@aanwezig/domain';
import { translate } from '@aanwezig/messages';
import type { AppError } from '../../../core/errors/app-error';
import { checkReminderSettings } from './reminder-settings.input';

const thrown = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('nothing thrown');
};

describe('reminder settings input', () => {
  it('keeps the settings given and leaves out unset ones', () => {
    expect(checkReminderSettings({ reminderDaysBefore: 3, escalateAfterDays: null })).toEqual({
      reminderDaysBefore: 3,
    });
  });

  it('names the setting, its limits and its label when a value is out of range', () => {
    const { min, max } = REMINDER_LIMITS.digestWeekday;
    const error = thrown(() => checkReminderSettings({ digestWeekday: max + 1 }));
    expect(error.details).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'reminder.wholeNumber',
      params: { label: 'reminder.digestWeekday', min, max },
      field: 'digestWeekday',
    });
    expect(error.message).toBe(`De dag van het weekoverzicht is een heel getal van ${min} tot ${max}.`);
    expect(translate(`errors.${error.reason}`, error.params, 'en')).toBe(
      `The day of the weekly digest is a whole number from ${min} to ${max}.`,
    );
  });

  it('refuses a fraction', () => {
    expect(thrown(() => checkReminderSettings({ reminderDaysBefore: 1.5 })).field).toBe('reminderDaysBefore');
  });
});
