import { Field, InputType, Int } from '@nestjs/graphql';
import { REMINDER_LIMITS, type ReminderSettings } from '@aanwezig/domain';
import { notAWholeNumberBetween } from '../reminder.errors';

@InputType()
export class ReminderSettingsInput {
  @Field(() => Int, { nullable: true })
  reminderDaysBefore?: number | null;

  @Field(() => Int, { nullable: true })
  escalateAfterDays?: number | null;

  @Field(() => Int, { nullable: true })
  digestWeekday?: number | null;
}

/** The settings given (unset ones left out), each a whole number within REMINDER_LIMITS. */
export function checkReminderSettings(input: ReminderSettingsInput): Partial<ReminderSettings> {
  const given: Partial<ReminderSettings> = {};
  for (const key of Object.keys(REMINDER_LIMITS) as (keyof ReminderSettings)[]) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    const { min, max } = REMINDER_LIMITS[key];
    if (!Number.isInteger(value) || value < min || value > max) throw notAWholeNumberBetween(key, min, max);
    given[key] = value;
  }
  return given;
}
