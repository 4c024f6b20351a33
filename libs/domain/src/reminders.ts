import { daysBetween, isoWeekday, type IsoDate } from './attendance/dates';

/** When the owner of an open action hears of it, and when the case's coordinators do. Per organisation. */
export interface ReminderSettings {
  /** Days before the due date that the owner gets a reminder (0 = only on the day). */
  reminderDaysBefore: number;
  /** Days past the due date after which the case's coordinators get "controle op openstaande acties". */
  escalateAfterDays: number;
  /** 1 = Monday … 7 = Sunday: the day of the weekly digest of open actions. */
  digestWeekday: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  reminderDaysBefore: 3,
  escalateAfterDays: 7,
  digestWeekday: 1,
};

export const REMINDER_LIMITS = {
  reminderDaysBefore: { min: 0, max: 30 },
  escalateAfterDays: { min: 1, max: 60 },
  digestWeekday: { min: 1, max: 7 },
} as const satisfies Record<keyof ReminderSettings, { min: number; max: number }>;

/** An organisation's stored settings over the defaults; a value out of range is ignored. */
export function reminderSettings(stored: Partial<ReminderSettings> | null | undefined): ReminderSettings {
  const settings = { ...DEFAULT_REMINDER_SETTINGS };
  for (const key of Object.keys(REMINDER_LIMITS) as (keyof ReminderSettings)[]) {
    const value = stored?.[key];
    if (Number.isInteger(value) && value! >= REMINDER_LIMITS[key].min && value! <= REMINDER_LIMITS[key].max)
      settings[key] = value!;
  }
  return settings;
}

export type ActionReminder = 'DUE_SOON' | 'DUE_TODAY' | 'OVERDUE' | 'ESCALATED';

/**
 * The reminders an open action has earned on `today`: the phase it is in, not every phase it passed
 * through (after downtime nobody gets a "due in 3 days" about something already late). Each reminder
 * is sent once per action, due date and recipient; the sender makes sure of that.
 */
export function actionReminders(dueDate: IsoDate, today: IsoDate, settings: ReminderSettings): ActionReminder[] {
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft > settings.reminderDaysBefore) return [];
  if (daysLeft > 0) return ['DUE_SOON'];
  if (daysLeft === 0) return ['DUE_TODAY'];
  return -daysLeft >= settings.escalateAfterDays ? ['OVERDUE', 'ESCALATED'] : ['OVERDUE'];
}

export function isDigestDay(today: IsoDate, settings: ReminderSettings): boolean {
  return isoWeekday(today) === settings.digestWeekday;
}
