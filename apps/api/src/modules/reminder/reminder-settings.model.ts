import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReminderSettings', {
  description: "An organisation's reminders for open actions (defaults 3, 7, Monday).",
})
export class ReminderSettingsModel {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => Int, { description: 'Days before the due date that the owner is reminded (0 = only on the day).' })
  reminderDaysBefore!: number;

  @Field(() => Int, { description: "Days past the due date after which the case's attendance coordinators are told." })
  escalateAfterDays!: number;

  @Field(() => Int, { description: 'Day of the weekly digest: 1 = Monday … 7 = Sunday.' })
  digestWeekday!: number;
}
